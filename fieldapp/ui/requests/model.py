"""The charger requests table: one row per request from `charger_requests.listing()`.

Overdue rows are drawn in red and their status says 超期; the days column shows how long
an open request has been in its stage, and a connected one how many days connection took.
Sorting happens here, over the rows already read (a filter never returns more than a few
thousand).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fieldapp.domain import charger
from fieldapp.domain.charger import Channel, Status
from fieldapp.store.charger_requests import RequestFilter, RequestRow
from fieldapp.ui.households.model import local_time
from fieldapp.ui.shared.table_model import HeaderedTableModel

(NUMBER, HOUSEHOLD, ACCOUNT_NO, COMMUNITY, PARKING, POWER, CHANNEL, STATUS, ACCEPTED_AT,
 STAGE_DAYS, CONNECTION_DAYS, DEFERRED) = range(12)
OVERDUE_COLOR = QColor("#b3261e")
MUTED_COLOR = QColor("#777777")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 5000  # rows a listing returns at most (newest first)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def power_text(request: charger.ChargerRequest) -> str:
    return f"{request.power_kw:g} kW"


def days_text(days: float | None) -> str:
    return "" if days is None else f"{days:.1f}"


class RequestTableModel(HeaderedTableModel):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self._requests = store.charger_requests
        self._settings = store.settings()
        self._query = RequestFilter()
        self._rows: list[RequestRow] = []
        self._now = dt.datetime.now(dt.timezone.utc)
        self._sort: tuple[int, bool] | None = None
        self._headers = [self.tr("报装编号"), self.tr("住户"), self.tr("户号"), self.tr("小区"),
                         self.tr("车位"), self.tr("功率"), self.tr("渠道"), self.tr("状态"),
                         self.tr("受理时间"), self.tr("本阶段(天)"), self.tr("接电用时(天)"),
                         self.tr("容缺材料")]

    # -- query ---------------------------------------------------------------------------
    @property
    def query(self) -> RequestFilter:
        return self._query

    def set_query(self, query: RequestFilter) -> None:
        self.beginResetModel()
        self._query = query
        self._now = dt.datetime.now(dt.timezone.utc)
        self._settings = self._store.settings()
        self._rows = self._requests.listing(query, now=self._now, limit=LIMIT)
        self._sort_rows()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def request_row(self, row: int) -> RequestRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.request.uuid == request_uuid), -1)

    def stage_days(self, row: RequestRow) -> float | None:
        request = row.request
        if request.state not in (*charger.OPEN, Status.ON_HOLD):
            return None
        return round(charger.days_in_stage(request, self._now), 1)

    # -- Qt model interface ------------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        row = self.request_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE_COLOR)
            if row.request.state in charger.FINAL:
                return QBrush(MUTED_COLOR)
            if column == DEFERRED and row.deferred:
                return QBrush(OVERDUE_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STAGE_DAYS,
                                                                    CONNECTION_DAYS):
            return _RIGHT
        return None

    def _text(self, row: RequestRow, column: int) -> str | None:
        r = row.request
        if column == NUMBER:
            return r.request_no
        if column == HOUSEHOLD:
            return row.household_name
        if column == ACCOUNT_NO:
            return row.account_no
        if column == COMMUNITY:
            return row.community_name
        if column == PARKING:
            return r.parking_space
        if column == POWER:
            return power_text(r) + (self.tr(" 三相") if r.phase == 3 else "")
        if column == CHANNEL:
            channel = Channel.parse(r.channel)
            return channel.label if channel else r.channel
        if column == STATUS:
            if row.overdue:
                return self.tr("%1·超期").replace("%1", r.state.label)
            return r.state.label
        if column == ACCEPTED_AT:
            return local_time(r.accepted_at)
        if column == STAGE_DAYS:
            return days_text(self.stage_days(row))
        if column == CONNECTION_DAYS:
            return days_text(row.connection_days)
        if column == DEFERRED:
            return "、".join(row.deferred)
        return None

    def _tooltip(self, row: RequestRow, column: int) -> str | None:
        r = row.request
        if column == STATUS:
            lines = []
            if r.status_reason:
                lines.append(self.tr("原因：%1").replace("%1", r.status_reason))
            if row.overdue:
                target = self._settings.stage_target_days.get(r.status, 0)
                lines.append(self.tr("在“%1”阶段已 %2 天，超过时限 %3 天").replace(
                    "%1", r.state.label).replace("%2", days_text(self.stage_days(row)))
                    .replace("%3", f"{target:g}"))
            return "\n".join(lines) or None
        if column == DEFERRED and row.deferred:
            return self.tr("装表接电前须补齐：%1").replace("%1", "、".join(row.deferred))
        if column == POWER:
            return self.tr("三相") if r.phase == 3 else self.tr("单相")
        return None

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, descending = self._sort
        if column == STAGE_DAYS:
            def key(row):
                return (self.stage_days(row) is not None, self.stage_days(row) or 0.0)
        elif column == CONNECTION_DAYS:
            def key(row):
                return (row.connection_days is not None, row.connection_days or 0.0)
        elif column == POWER:
            def key(row):
                return (row.request.power_kw, row.request.phase)
        elif column == ACCEPTED_AT:
            def key(row):
                return row.request.accepted_at
        else:
            def key(row):
                return self._text(row, column) or ""
        self._rows.sort(key=key, reverse=descending)
