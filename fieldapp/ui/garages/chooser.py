"""Choosing the garage to survey: a community, then one of its garages (or a new one)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.garage import Garage
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import StoreError


class GarageChooser(QWidget):
    """Emits `garage_chosen(uuid)` ("" when the community has none) after each change."""

    garage_chosen = Signal(str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.community_combo = QComboBox(self)
        self.community_combo.setToolTip(self.tr("选择小区"))
        self.community_combo.currentIndexChanged.connect(lambda *_: self.reload_garages())
        self.garage_list = QListWidget(self)
        self.garage_list.setToolTip(self.tr("小区的车库；选中一个打开它的车库图"))
        self.garage_list.currentItemChanged.connect(
            lambda *_: self.garage_chosen.emit(self.garage_uuid()))
        self.new_garage_button = QPushButton(self.tr("新建车库…"), self)
        self.new_garage_button.setToolTip(self.tr("在所选小区新建一个车库（如 B1）"))
        self.new_garage_button.clicked.connect(self.new_garage)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("小区"), self))
        layout.addWidget(self.community_combo)
        layout.addWidget(QLabel(self.tr("车库"), self))
        layout.addWidget(self.garage_list, 1)
        layout.addWidget(self.new_garage_button)

    def community_uuid(self) -> str:
        return self.community_combo.currentData() or ""

    def garage_uuid(self) -> str:
        item = self.garage_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def reload_communities(self) -> None:
        current = self.community_combo.currentData()
        self.community_combo.blockSignals(True)
        self.community_combo.clear()
        for community in self._store.communities.all():
            self.community_combo.addItem(community.name, community.uuid)
        self.community_combo.setCurrentIndex(max(self.community_combo.findData(current), 0))
        self.community_combo.blockSignals(False)
        self.reload_garages()

    def reload_garages(self, select_uuid: str = "") -> None:
        """The community's garages, keeping (or making) a selection; then tell."""
        current = select_uuid or self.garage_uuid()
        community_uuid = self.community_uuid()
        self.garage_list.blockSignals(True)
        self.garage_list.clear()
        garages = self._store.garages.of_community(community_uuid) if community_uuid else []
        for garage in garages:
            item = QListWidgetItem(garage.name, self.garage_list)
            item.setData(Qt.ItemDataRole.UserRole, garage.uuid)
            if garage.uuid == current:
                self.garage_list.setCurrentItem(item)
        if self.garage_list.currentItem() is None and garages:
            self.garage_list.setCurrentRow(0)
        self.garage_list.blockSignals(False)
        self.new_garage_button.setEnabled(bool(community_uuid))
        self.garage_chosen.emit(self.garage_uuid())

    def new_garage(self) -> Garage | None:
        """Ask a name and add the garage to the chosen community (refusals shown)."""
        community_uuid = self.community_uuid()
        if not community_uuid:
            return None
        name, ok = QInputDialog.getText(self, self.tr("新建车库"), self.tr("车库名称（如 B1）"))
        if not ok:
            return None
        try:
            garage = self._store.garages.save(Garage(community_uuid=community_uuid, name=name))
        except (ValidationFailed, StoreError) as error:
            QMessageBox.warning(self, self.tr("新建车库"), str(error))
            return None
        self.reload_garages(garage.uuid)
        return garage
