"""Table models of the inspections page: inspections (plan and records tabs) and hazards.
They show rows the store listed; filtering and searching happen before `set_rows`."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from fieldapp.store.hazards import HazardRow
from fieldapp.store.inspections import InspectionRow
from fieldapp.ui.inspections import texts
from fieldapp.ui.shared.table_model import HeaderedTableModel

(DATE, WINDOW, HOUSEHOLD, ACCOUNT_NO, ADDRESS, TEMPLATE, INSPECTOR, STATE, RESULT,
 PROGRESS, OPEN_HAZARDS, REQUEST_NO) = range(12)
(H_HOUSEHOLD, H_TAGS, H_COMMUNITY, H_ADDRESS, H_ITEM, H_SEVERITY, H_DEADLINE, H_STATUS,
 H_REQUEST_NO) = range(9)


class _ListedRows(HeaderedTableModel):
    """A table over a list of the store's rows, replaced whole by `set_rows`; `_uuid`
    gives a row's record id, for finding it again."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def _uuid(self, row) -> str:
        raise NotImplementedError

    def row_of(self, record_uuid: str) -> int:
        """The row showing the record, or -1."""
        return next((n for n, r in enumerate(self._rows) if self._uuid(r) == record_uuid), -1)


class InspectionTableModel(_ListedRows):
    # starting widths, and the columns that give way when room is short
    WIDTHS = {DATE: 90, WINDOW: 96, HOUSEHOLD: 150, ACCOUNT_NO: 100, ADDRESS: 230,
              TEMPLATE: 150, INSPECTOR: 80, STATE: 70, RESULT: 60, PROGRESS: 60,
              OPEN_HAZARDS: 80}
    LONG_COLUMNS = (HOUSEHOLD, ADDRESS, TEMPLATE)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._headers = [self.tr("日期"), self.tr("时间段"), self.tr("住户"), self.tr("户号"),
                         self.tr("地址"), self.tr("检查表"), self.tr("检查人"),
                         self.tr("状态"), self.tr("结果"), self.tr("进度"),
                         self.tr("未消除隐患"), self.tr("报装编号")]

    def inspection_row(self, row: int) -> InspectionRow:
        return self._rows[row]

    def _uuid(self, row: InspectionRow) -> str:
        return row.inspection.uuid

    def _text(self, row: InspectionRow, column: int) -> str:
        i = row.inspection
        if column == PROGRESS:
            return f"{row.answered}/{row.items}" if row.items else ""
        if column == OPEN_HAZARDS:
            return str(row.open_hazards) if row.open_hazards else ""
        if column == HOUSEHOLD:
            care = texts.tags_text(row.tags)
            return f"{row.household_name}（{care}）" if care else row.household_name
        if column == ADDRESS:
            return f"{row.community} {row.address}".strip() \
                if row.community and row.community not in row.address else row.address
        return {DATE: i.planned_on, WINDOW: i.planned_window, ACCOUNT_NO: row.account_no,
                TEMPLATE: row.template_name
                + (self.tr("（复查）") if i.reinspection_of else ""),
                INSPECTOR: i.inspector, STATE: texts.state_text(i.state),
                RESULT: texts.result_text(i.result), REQUEST_NO: row.request_no}.get(column, "")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RESULT and row.inspection.result:
                return QBrush(QColor(texts.answer_color(row.inspection.result)))
            if column == OPEN_HAZARDS and row.open_hazards:
                return QBrush(QColor(texts.FAIL_COLOR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PROGRESS, OPEN_HAZARDS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class HazardTableModel(_ListedRows):
    """Overdue hazards in red; care-tagged households' tags in bold."""

    WIDTHS = {H_HOUSEHOLD: 150, H_TAGS: 110, H_COMMUNITY: 100, H_ADDRESS: 170, H_ITEM: 380,
              H_SEVERITY: 70, H_DEADLINE: 140, H_STATUS: 90}
    LONG_COLUMNS = (H_ADDRESS, H_ITEM, H_COMMUNITY)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._headers = [self.tr("住户"), self.tr("关爱标签"), self.tr("小区"), self.tr("地址"),
                         self.tr("隐患"), self.tr("严重程度"), self.tr("整改期限"),
                         self.tr("状态"), self.tr("报装编号")]

    def hazard_row(self, row: int) -> HazardRow:
        return self._rows[row]

    def _uuid(self, row: HazardRow) -> str:
        return row.hazard.uuid

    def _text(self, row: HazardRow, column: int) -> str:
        h = row.hazard
        if column == H_DEADLINE:
            return h.deadline + (self.tr("（已超期）") if row.overdue else "")
        if column == H_STATUS:
            status = self.tr("已消除") if not h.open else self.tr("未消除")
            return f"{status} {h.closed_at[:10]}" if not h.open else status
        return {H_HOUSEHOLD: f"{row.household_name}（{row.account_no}）"
                if row.account_no else row.household_name,
                H_TAGS: texts.tags_text(row.tags), H_COMMUNITY: row.community,
                H_ADDRESS: row.address, H_ITEM: f"{h.item_code} {h.item_text}",
                H_SEVERITY: texts.severity_text(h.severity),
                H_REQUEST_NO: row.request_no}.get(column, "")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(QColor(texts.OVERDUE_COLOR))
            if not row.hazard.open:
                return QBrush(QColor("#757575"))
        if role == Qt.ItemDataRole.FontRole and column == H_TAGS and row.cared_for:
            font = QFont()
            font.setBold(True)
            return font
        return None
