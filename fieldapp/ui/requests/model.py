"""The charger requests table: every request the filter shows, read a page at a time.

The model holds the ordered row ids of the filter (store/request_list.py) and reads the
rows in view in pages (ui/shared/paged_rows.py), as the households table does; sorting
asks the store for the ids in the new order, over all requests. Overdue rows are drawn
in red and their status says 超期; the days column shows how long an open request has
been in its stage, and a connected one how many days connection took.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fieldapp.domain import charger
from fieldapp.domain.charger import Channel, Status
from fieldapp.domain.measurement import over_limit
from fieldapp.domain.messages import listed
from fieldapp.store.charger_requests import RequestFilter, RequestRow
from fieldapp.store.request_list import RequestList
from fieldapp.ui.households.model import busy_cursor, local_time
from fieldapp.ui.shared.paged_rows import PagedRows
from fieldapp.ui.shared.table_model import HeaderedTableModel

(NUMBER, HOUSEHOLD, ACCOUNT_NO, COMMUNITY, PARKING, POWER, CHANNEL, STATUS, ACCEPTED_AT,
 STAGE_DAYS, CONNECTION_DAYS, DEFERRED, POST_METER) = range(13)
OVERDUE_COLOR = QColor("#b3261e")
MUTED_COLOR = QColor("#777777")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Sort keys of the store's list (store/request_list.py) by column.
SORT_KEYS = {NUMBER: "request_no", HOUSEHOLD: "household", ACCOUNT_NO: "account_no",
             COMMUNITY: "community", PARKING: "parking_space", POWER: "power",
             CHANNEL: "channel", STATUS: "status", ACCEPTED_AT: "accepted_at",
             STAGE_DAYS: "stage_days", CONNECTION_DAYS: "connection_days",
             DEFERRED: "deferred"}
# Re-reading more ids than this takes a good part of a second on a slow laptop: the
# mouse shows the wait cursor meanwhile.
BUSY_ROWS = 100_000
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def power_text(request: charger.ChargerRequest) -> str:
    return f"{request.power_kw:g} kW"


def days_text(days: float | None) -> str:
    return "" if days is None else f"{days:.1f}"


class RequestTableModel(HeaderedTableModel):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self._list = RequestList(store)
        self._settings = store.settings()
        self._query = RequestFilter()
        self._now = dt.datetime.now(dt.timezone.utc)
        self._sort: tuple[int, bool] = (ACCEPTED_AT, True)  # newest first
        self._read = False  # nothing is read before the first query
        self._rows: PagedRows[RequestRow] = PagedRows(
            lambda ids: self._list.rows_by_id(ids, self._now))
        self._headers = [self.tr("报装编号"), self.tr("住户"), self.tr("户号"), self.tr("小区"),
                         self.tr("车位"), self.tr("功率"), self.tr("渠道"), self.tr("状态"),
                         self.tr("受理时间"), self.tr("本阶段(天)"), self.tr("接电用时(天)"),
                         self.tr("容缺材料"), self.tr("表后线(m)")]

    # -- query ---------------------------------------------------------------------------
    @property
    def query(self) -> RequestFilter:
        return self._query

    def set_query(self, query: RequestFilter) -> None:
        """Show every request of `query` in the current order (rows re-read)."""
        self._now = dt.datetime.now(dt.timezone.utc)
        self._settings = self._store.settings()
        ids = self._ids(query)
        self.beginResetModel()
        self._query = query
        self._rows.reset(ids)
        self._read = True
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def _ids(self, query: RequestFilter):
        column, descending = self._sort
        with busy_cursor(len(self._rows) > BUSY_ROWS):
            return self._list.ids(query, SORT_KEYS.get(column, "accepted_at"), descending,
                                  self._now)

    def request_row(self, row: int) -> RequestRow | None:
        return self._rows.row(row)

    def row_of(self, request_uuid: str) -> int:
        """The row showing `request_uuid`, or -1 when the filter does not show it."""
        return self._rows.index_of(self._list.row_id(request_uuid))

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
            if column == POST_METER and self._over_limit(row):
                return QBrush(OVERDUE_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STAGE_DAYS,
                                                                    CONNECTION_DAYS,
                                                                    POST_METER):
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
            return listed(row.deferred)
        if column == POST_METER:
            if row.post_meter_m is None:
                return ""
            return f"{row.post_meter_m:.1f}" + (" ⚠" if self._over_limit(row) else "")
        return None

    def _over_limit(self, row: RequestRow) -> bool:
        return row.post_meter_m is not None and over_limit(row.post_meter_m, self._settings)

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
            return self.tr("装表接电前须补齐：%1").replace("%1", listed(row.deferred))
        if column == POWER:
            return self.tr("三相") if r.phase == 3 else self.tr("单相")
        if column == POST_METER and self._over_limit(row):
            return self.tr("表后线超过 %1 m：需记录原因或改测其他表箱").replace(
                "%1", f"{self._settings.post_meter_limit_m:g}")
        return None

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Order every request of the filter by `column`. The selection and the current
        row follow their requests (a layout change, not a reset)."""
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        if not self._read:  # the first query will use it
            return
        ids = self._ids(self._query)
        if len(ids) != len(self._rows):  # the requests changed meanwhile
            self.beginResetModel()
            self._rows.reset(ids)
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_ids, moved = self._rows.ids, {}
        persistent = self.persistentIndexList()
        self._rows.reset(ids)
        for index in persistent:
            row_id = old_ids[index.row()]
            if row_id not in moved:
                moved[row_id] = self._rows.index_of(row_id)
        self.changePersistentIndexList(persistent, [
            self.index(moved[old_ids[i.row()]], i.column()) if moved[old_ids[i.row()]] >= 0
            else QModelIndex() for i in persistent])
        self.layoutChanged.emit()
