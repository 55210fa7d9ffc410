"""计划: the inspections of one day (previous / next day, today), a new plan, and
opening one to fill it (Enter or 开始检查)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.store.inspections import InspectionRow
from fieldapp.ui.inspections.models import InspectionTableModel
from fieldapp.ui.inspections.notice_button import NoticeButton
from fieldapp.ui.inspections.opening import open_inspection
from fieldapp.ui.inspections.plan_dialog import PlanDialog
from fieldapp.ui.inspections.tables import (
    ColumnFitter,
    record_table,
    select_row,
    selected_row,
)
from fieldapp.ui.shared.session import Session


class PlanTab(QWidget):
    """`opened(uuid)` after an inspection was filled or looked at."""

    opened = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.previous_button = QPushButton(self.tr("◀ 前一天"), self)
        self.today_button = QPushButton(self.tr("今天(&Y)"), self)
        self.next_button = QPushButton(self.tr("后一天 ▶"), self)
        self.previous_button.setToolTip("Alt+←")
        self.next_button.setToolTip("Alt+→")
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd dddd")
        self.date_edit.setDate(QDate.currentDate())
        self.new_button = QPushButton(self.tr("新建检查计划(&N)…"), self)
        self.new_button.setToolTip("Ctrl+N")
        self.start_button = QPushButton(self.tr("开始检查(&S)"), self)
        self.start_button.setToolTip(self.tr("填写选中的检查（Enter）"))
        self.notice_button = NoticeButton(session, self)
        self.status = QLabel(self)
        self.model = InspectionTableModel(self)
        self.table = record_table(self.model, self.model.WIDTHS, self)
        self.fitter = ColumnFitter(self.table, self.model.LONG_COLUMNS)
        top = QHBoxLayout()
        for widget in (self.previous_button, self.date_edit, self.next_button,
                       self.today_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.start_button)
        bottom.addWidget(self.notice_button)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.previous_button.clicked.connect(lambda: self.move_days(-1))
        self.next_button.clicked.connect(lambda: self.move_days(1))
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.move_days(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.move_days(1))
        QShortcut(QKeySequence.StandardKey.New, self, self.new_plan)
        self.date_edit.dateChanged.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_plan())
        self.start_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def move_days(self, days: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(days))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fitter.soon()

    def refresh(self) -> None:
        selected = self.selected()
        rows = self._session.store.inspections.listing(planned_on=self.day().isoformat())
        self.model.set_rows(rows)
        if selected is not None:
            select_row(self.table, self.model.row_of(selected.inspection.uuid))
        self.status.setText(self.tr("当天 %1 项检查").replace("%1", str(len(rows))))
        self._update_buttons()

    def selected(self) -> InspectionRow | None:
        row = selected_row(self.table)
        return self.model.inspection_row(row) if row >= 0 else None

    def select_uuid(self, inspection_uuid: str) -> None:
        select_row(self.table, self.model.row_of(inspection_uuid))

    def _update_buttons(self) -> None:
        row = self.selected()
        self.notice_button.show_for(row.inspection if row is not None else None)
        self.start_button.setEnabled(row is not None)
        if row is None or not row.inspection.finished:
            self.start_button.setText(self.tr("继续检查(&S)") if row is not None and
                                      row.answered else self.tr("开始检查(&S)"))
        else:
            self.start_button.setText(self.tr("查看结果(&S)"))

    def new_plan(self, household_uuid: str = "", request_uuid: str = "") -> None:
        dialog = PlanDialog(self._session, self, planned_on=self.day(),
                            household_uuid=household_uuid, request_uuid=request_uuid)
        dialog.exec()
        if dialog.saved is not None:
            self.set_day(dt.date.fromisoformat(dialog.saved.planned_on))
            self.refresh()
            self.select_uuid(dialog.saved.uuid)
            self.table.setFocus()

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            open_inspection(self, self._session, row.inspection.uuid)
            self.opened.emit(row.inspection.uuid)
