"""隐患: hazards by community and household, care-tagged households first with their
tags, overdue ones in red; 复查 plans a linked re-inspection of the selected hazard's
inspection (only its open items)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.inspection import Inspection
from fieldapp.store import StoreError
from fieldapp.store.hazards import HazardRow
from fieldapp.ui.inspections import operations
from fieldapp.ui.inspections.models import HazardTableModel
from fieldapp.ui.inspections.opening import open_inspection
from fieldapp.ui.inspections.tables import (
    ColumnFitter,
    record_table,
    select_row,
    selected_row,
)
from fieldapp.ui.shared.record_list import fit_combo
from fieldapp.ui.shared.session import Session

MESSAGE_STYLE = "color: #b3261e;"


class HazardsTab(QWidget):
    """`reinspection_planned(inspection)` after 复查 planned one."""

    reinspection_planned = Signal(Inspection)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.open_check = QCheckBox(self.tr("仅未消除(&U)"), self)
        self.open_check.setChecked(True)
        self.overdue_check = QCheckBox(self.tr("仅超期(&E)"), self)
        self.community_filter = QComboBox(self)
        fit_combo(self.community_filter)
        self.model = HazardTableModel(self)
        self.table = record_table(self.model, self.model.WIDTHS, self)
        self.fitter = ColumnFitter(self.table, self.model.LONG_COLUMNS)
        self.reinspect_button = QPushButton(self.tr("复查(&R)"), self)
        self.reinspect_button.setToolTip(self.tr("为选中隐患所在的检查安排复查，只查未消除的项目"))
        self.open_button = QPushButton(self.tr("查看检查(&O)"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.open_check)
        top.addWidget(self.overdue_check)
        top.addWidget(self.community_filter)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reinspect_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.open_check.toggled.connect(self.refresh)
        self.overdue_check.toggled.connect(self.refresh)
        self.community_filter.currentIndexChanged.connect(self.refresh)
        self.reinspect_button.clicked.connect(self.reinspect_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload_communities()

    def reload_communities(self) -> None:
        combo = self.community_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部小区"), "")
        for uuid, name in self._session.store.communities.names():
            combo.addItem(name, uuid)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fitter.soon()

    def refresh(self) -> None:
        selected = self.selected()
        rows = self._session.store.hazards.listing(
            open_only=self.open_check.isChecked(), overdue_only=self.overdue_check.isChecked(),
            community_uuid=self.community_filter.currentData() or "")
        self.model.set_rows(rows)
        if selected is not None:
            select_row(self.table, self.model.row_of(selected.hazard.uuid))
        overdue = sum(1 for row in rows if row.overdue)
        text = self.tr("共 %1 项隐患").replace("%1", f"{len(rows):,}")
        if overdue:
            text += self.tr("，%1 项超期").replace("%1", f"{overdue:,}")
        self.status.setText(text)
        self._update_buttons()

    def selected(self) -> HazardRow | None:
        row = selected_row(self.table)
        return self.model.hazard_row(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.reinspect_button.setEnabled(row is not None and row.hazard.open)
        self.open_button.setEnabled(row is not None)

    def reinspect_selected(self) -> Inspection | None:
        """Plan the re-inspection on the hazard's deadline (today when that has passed);
        the store refuses when nothing is open any more."""
        row = self.selected()
        if row is None:
            return None
        today = dt.date.today().isoformat()
        day = row.hazard.deadline if row.hazard.deadline > today else today
        try:
            planned = operations.reinspect(self._session, row.hazard.inspection_uuid,
                                           planned_on=day,
                                           inspector=self._session.store.operator)
        except StoreError as refused:
            self.message.setStyleSheet(MESSAGE_STYLE)
            self.message.setText(str(refused))
            return None
        self.message.setStyleSheet("")
        self.message.setText(self.tr("已安排 %1 复查").replace("%1", planned.planned_on))
        self.reinspection_planned.emit(planned)
        return planned

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            open_inspection(self, self._session, row.hazard.inspection_uuid)
