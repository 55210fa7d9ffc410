"""The households table: a paged model that stays smooth over a million rows.

The model holds only the ordered row ids of the current query (an array of ints, 8 bytes
a row) and fetches the visible rows in pages of PAGE_SIZE, keeping the most recent
MAX_PAGES pages. Sorting and filtering ask the store for a new id list.
"""
from __future__ import annotations

import contextlib
from array import array
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from fieldapp.domain.identifiers import mask_id_number, mask_mobile
from fieldapp.store.clock import from_stamp
from fieldapp.store.households import SEARCH_LIMIT, HouseholdQuery, HouseholdRow
from fieldapp.ui.shared.table_model import HeaderedTableModel

PAGE_SIZE = 200
# Re-reading more rows than this (sorting a very large register) can take close to a
# second: the mouse shows the wait cursor meanwhile.
BUSY_ROWS = 200_000
MAX_PAGES = 40
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the HouseholdRow itself

(ACCOUNT_NO, NAME, MOBILE, ID_NUMBER, COMMUNITY, ADDRESS, TAGS, UPDATED_AT) = range(8)
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
        self._ids = array("q")
        self._pages: OrderedDict[int, list[HouseholdRow]] = OrderedDict()
        self._headers = [self.tr("户号"), self.tr("姓名"), self.tr("手机"), self.tr("身份证号"),
                         self.tr("小区"), self.tr("地址"), self.tr("标签"), self.tr("更新时间")]

    # -- query -------------------------------------------------------------------------
    @property
    def query(self) -> HouseholdQuery:
        return self._query

    def set_query(self, query: HouseholdQuery) -> None:
        with busy_cursor(len(self._ids) > BUSY_ROWS):
            ids = self._households.ids(query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def capped(self) -> bool:
        """True when a search found more rows than it shows."""
        return bool(self._query.text.strip()) and len(self._ids) >= SEARCH_LIMIT

    def row_of(self, household_uuid: str) -> int:
        """The row showing `household_uuid`, or -1 when the query does not show it."""
        row_id = self._households.row_id(household_uuid)
        try:
            return self._ids.index(row_id) if row_id is not None else -1
        except ValueError:
            return -1

    def household_row(self, row: int) -> HouseholdRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._households.rows(self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE])
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    # -- Qt model interface --------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None
        row = self.household_row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = index.column()
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
            return "、".join(tag.label for tag in row.tags)
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
    if not stamp:
        return ""
    return from_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
