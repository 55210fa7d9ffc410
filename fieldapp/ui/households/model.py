"""The households table: a paged model that stays smooth over a million rows.

The model holds only the ordered row ids of the current query (an array of ints, 8 bytes
a row) and fetches the visible rows in pages of PAGE_SIZE, keeping the most recent
MAX_PAGES pages (ui/shared/paged_rows.py). Sorting and filtering ask the store for a new
id list.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from fieldapp.domain import pinyin
from fieldapp.domain.identifiers import mask_id_number, mask_mobile
from fieldapp.domain.messages import listed
from fieldapp.domain.stamps import local_minute
from fieldapp.store import search
from fieldapp.store.households import SEARCH_LIMIT, HouseholdQuery, HouseholdRow
from fieldapp.ui.shared.paged_rows import PagedRows
from fieldapp.ui.shared.table_model import HeaderedTableModel

PAGE_SIZE = 200
# Re-reading more rows than this (sorting a very large register) can take close to a
# second: the mouse shows the wait cursor meanwhile.
BUSY_ROWS = 200_000
MAX_PAGES = 40
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the HouseholdRow itself
# A masked mobile that holds what the search matched (its hidden digits may).
MATCHED_COLOR = QColor("#1a5fb4")
# Rows whose hidden matches the page names (the first page: what is seen first).
HINT_ROWS = PAGE_SIZE

(ACCOUNT_NO, NAME, MOBILE, ID_NUMBER, COMMUNITY, ADDRESS, TAGS, UPDATED_AT) = range(8)
METER_NO = -1  # searched but not a column
_SORT_KEYS = {ACCOUNT_NO: "account_no", NAME: "name", MOBILE: "mobile",
              ID_NUMBER: "id_number", COMMUNITY: "community", ADDRESS: "address",
              TAGS: "tags", UPDATED_AT: "updated_at"}


class HouseholdTableModel(HeaderedTableModel):
    def __init__(self, households, parent=None):
        """`households` is the store's Households repository (or anything with
        `ids(query)` and `rows(ids)`)."""
        super().__init__(parent)
        self._households = households
        self._query = HouseholdQuery()
        self._rows: PagedRows[HouseholdRow] = PagedRows(
            lambda ids: {r.id: r for r in self._households.rows(ids)}, PAGE_SIZE, MAX_PAGES)
        self._headers = [self.tr("户号"), self.tr("姓名"), self.tr("手机"), self.tr("身份证号"),
                         self.tr("小区"), self.tr("地址"), self.tr("标签"), self.tr("更新时间")]

    # -- query -------------------------------------------------------------------------
    @property
    def query(self) -> HouseholdQuery:
        return self._query

    def set_query(self, query: HouseholdQuery) -> None:
        with busy_cursor(len(self._rows) > BUSY_ROWS):
            ids = self._households.ids(query)
        self.beginResetModel()
        self._query = query
        self._rows.reset(ids)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def capped(self) -> bool:
        """True when a search found more rows than it shows."""
        return bool(self._query.text.strip()) and len(self._rows) >= SEARCH_LIMIT

    def row_of(self, household_uuid: str) -> int:
        """The row showing `household_uuid`, or -1 when the query does not show it."""
        return self._rows.index_of(self._households.row_id(household_uuid))

    def household_row(self, row: int) -> HouseholdRow | None:
        return self._rows.row(row)

    # -- why a row is there -------------------------------------------------------------
    def hidden_matches(self, row: HouseholdRow) -> list[int]:
        """Where a search word matched that the row does not show: MOBILE (masked) or
        METER_NO (not a column), so that a row found by 1234 in 138****5678 is not a
        puzzle. Empty when every word is seen in the row (or spells its name)."""
        words = search.terms(self._query.text)
        if not words:
            return []
        seen = " ".join((row.account_no, row.name, mask_mobile(row.mobile),
                         mask_id_number(row.id_number), row.community, row.address)).lower()
        hidden = []
        for word in words:
            if word in seen or (pinyin.is_spelling(word) and (
                    pinyin.spells(word, row.name) or pinyin.spells(word, row.community))):
                continue
            if word in row.mobile.lower():
                hidden.append(MOBILE)
            elif word in row.meter_no.lower():
                hidden.append(METER_NO)
        return list(dict.fromkeys(hidden))

    def hidden_match_names(self) -> list[str]:
        """What hidden_matches() names among the first rows, for the page's hint."""
        found: dict[int, None] = {}
        for n in range(min(len(self._rows), HINT_ROWS)):
            row = self.household_row(n)
            found.update(dict.fromkeys(self.hidden_matches(row) if row else []))
        names = {MOBILE: self._headers[MOBILE], METER_NO: self.tr("电表号")}
        return [names[column] for column in found]

    # -- Qt model interface --------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.household_row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = index.column()
        if column == MOBILE and role != Qt.ItemDataRole.DisplayRole:
            matched = self._query.text.strip() and MOBILE in self.hidden_matches(row)
            if not matched:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MATCHED_COLOR)
            return self.tr("匹配：%1（号码中间几位不显示）").replace("%1", self._headers[MOBILE])
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.address if column == ADDRESS else None
        if column == ACCOUNT_NO:
            return row.account_no
        if column == NAME:
            return row.name
        if column == MOBILE:
            return mask_mobile(row.mobile)
        if column == ID_NUMBER:
            return mask_id_number(row.id_number)
        if column == COMMUNITY:
            return row.community
        if column == ADDRESS:
            return row.address
        if column == TAGS:
            return listed(tag.label for tag in row.tags)
        if column == UPDATED_AT:
            return local_time(row.updated_at)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(column, "name")
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))


@contextlib.contextmanager
def busy_cursor(busy: bool = True) -> Iterator[None]:
    """The wait cursor while `busy` work runs on the GUI thread."""
    if not busy or QGuiApplication.instance() is None:
        yield
        return
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def local_time(stamp: str) -> str:
    """A stored UTC stamp as local 'YYYY-MM-DD HH:MM'."""
    return local_minute(stamp)
