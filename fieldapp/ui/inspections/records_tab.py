"""检查记录: every inspection, filtered by state and result and searched as you type
(household, account number, address, request number, checklist, inspector)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.inspection import InspectionState, Result
from fieldapp.store.inspections import InspectionRow
from fieldapp.ui.inspections import texts
from fieldapp.ui.inspections.models import InspectionTableModel
from fieldapp.ui.inspections.notice_button import NoticeButton
from fieldapp.ui.inspections.opening import open_inspection
from fieldapp.ui.inspections.tables import (
    ColumnFitter,
    record_table,
    select_row,
    selected_row,
)
from fieldapp.ui.shared.record_list import SEARCH_DELAY_MS, fit_combo
from fieldapp.ui.shared.session import Session


def matches(row: InspectionRow, words: list[str]) -> bool:
    """Every typed word is found in one of the row's texts."""
    i = row.inspection
    haystack = " ".join((row.household_name, row.account_no, row.address, row.community,
                         row.request_no, row.template_name, i.inspector, i.planned_on,
                         texts.tags_text(row.tags))).lower()
    return all(word in haystack for word in words)


class RecordsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._rows: list[InspectionRow] = []
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("搜索住户、户号、地址、报装编号、检查人…  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.state_filter = QComboBox(self)
        self.state_filter.addItem(self.tr("全部状态"), "")
        for state in InspectionState:
            self.state_filter.addItem(state.label, state.value)
        self.result_filter = QComboBox(self)
        self.result_filter.addItem(self.tr("全部结果"), "")
        for result in Result:
            self.result_filter.addItem(result.label, result.value)
        for combo in (self.state_filter, self.result_filter):
            fit_combo(combo)
        self.model = InspectionTableModel(self)
        self.table = record_table(self.model, self.model.WIDTHS, self)
        self.fitter = ColumnFitter(self.table, self.model.LONG_COLUMNS)
        self.open_button = QPushButton(self.tr("打开(&O)"), self)
        self.open_button.setToolTip(self.tr("填写未完成的检查，查看已完成的结果（Enter）"))
        self.notice_button = NoticeButton(session, self)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.state_filter)
        top.addWidget(self.result_filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.notice_button)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        self.result_filter.currentIndexChanged.connect(self.refresh)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

    def _selected(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.notice_button.show_for(row.inspection if row is not None else None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fitter.soon()

    def refresh(self) -> None:
        """Read the filtered inspections again from the store, then search them."""
        self._rows = self._session.store.inspections.listing(
            state=self.state_filter.currentData() or "",
            result=self.result_filter.currentData() or "")
        self.apply_search()

    def apply_search(self) -> None:
        selected = self.selected()
        words = self.search_edit.text().lower().split()
        rows = [row for row in self._rows if matches(row, words)] if words else self._rows
        self.model.set_rows(rows)
        if selected is not None:
            select_row(self.table, self.model.row_of(selected.inspection.uuid))
        self.open_button.setEnabled(self.selected() is not None)
        self.status.setText(self.tr("共 %1 次检查").replace("%1", f"{len(rows):,}"))

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.apply_search()
        if self.model.rowCount():
            self.table.setFocus()
            select_row(self.table, 0)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def selected(self) -> InspectionRow | None:
        row = selected_row(self.table)
        return self.model.inspection_row(row) if row >= 0 else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            open_inspection(self, self._session, row.inspection.uuid)
