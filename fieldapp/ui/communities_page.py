"""The communities page: a short list with search, add/edit/delete and history."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.store import StoreError
from fieldapp.store.communities import CommunityRow
from fieldapp.ui.community_dialog import CommunityDialog
from fieldapp.ui.history_dialog import HistoryDialog
from fieldapp.ui.session import Session

(NAME, DISTRICT, STREET, STATION_AREA, PROPERTY, PERMIT, VALID_UNTIL, HOUSEHOLDS) = range(8)
EXPIRED_COLOR = QColor("#b3261e")


class CommunityTableModel(QAbstractTableModel):
    def __init__(self, communities, parent=None):
        super().__init__(parent)
        self._communities = communities
        self._rows: list[CommunityRow] = []
        self._text = ""
        self._headers = [self.tr("小区"), self.tr("区县"), self.tr("街道/路"), self.tr("台区"),
                         self.tr("物业公司"), self.tr("批量施工证明"), self.tr("有效期至"),
                         self.tr("住户数")]

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        self._text = text
        self._rows = self._communities.listing(text)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_text(self._text)

    def community_row(self, row: int) -> CommunityRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _expired(self, row: CommunityRow) -> bool:
        until = row.community.permit_valid_until
        return bool(until) and until < dt.date.today().isoformat()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.community_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == VALID_UNTIL:
            return QBrush(EXPIRED_COLOR) if self._expired(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HOUSEHOLDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = row.community
        if column == VALID_UNTIL:
            if self._expired(row):
                return self.tr("%1（已过期）").replace("%1", c.permit_valid_until)
            return c.permit_valid_until
        return {NAME: c.name, DISTRICT: c.district, STREET: c.street,
                STATION_AREA: c.station_area, PROPERTY: c.property_company,
                PERMIT: c.permit_no, HOUSEHOLDS: f"{row.households:,}"}.get(column)


class CommunitiesPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("搜索小区名称、街道、区县、台区…"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = CommunityTableModel(session.store.communities, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((NAME, 130), (DISTRICT, 80), (STREET, 110), (STATION_AREA, 110),
                              (PROPERTY, 220), (PERMIT, 140), (VALID_UNTIL, 150)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("新增小区"), self)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.history_button = QPushButton(self.tr("变更记录"), self)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(lambda: self.model.set_text(self.search_edit.text()))
        self.search_edit.textChanged.connect(timer.start)
        self.add_button.clicked.connect(self.add_community)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.show_history)
        self.table.activated.connect(lambda _: self.edit_selected())
        self.model.modelReset.connect(self._update_status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        session.changed.connect(lambda kind: self.model.refresh())
        self.model.set_text("")

    def _update_status(self) -> None:
        self.status.setText(self.tr("共 %1 个小区").replace("%1", str(self.model.rowCount())))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(has)

    def selected(self) -> CommunityRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.community_row(rows[0].row()) if rows else None

    def add_community(self) -> None:
        CommunityDialog(self._session, parent=self).exec()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        current = self._session.store.communities.get(row.community.uuid)
        if current is not None:
            CommunityDialog(self._session, current, parent=self).exec()
        else:
            self.model.refresh()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除小区"),
            self.tr("确定删除小区“%1”吗？").replace("%1", row.community.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._session.delete_community(row.community.uuid, row.community.rev)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("删除小区"), str(error))

    def show_history(self) -> None:
        row = self.selected()
        if row is not None:
            HistoryDialog(row.community.name,
                          self._session.store.audit.history(row.community.uuid), None,
                          self).exec()
