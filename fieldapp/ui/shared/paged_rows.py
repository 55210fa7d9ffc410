"""The rows of a long list, read a page at a time: what the households and requests tables
share so that they stay smooth over hundreds of thousands of rows.

The list holds only the ordered row ids of its query (an array of ints, 8 bytes a row);
the rows a view asks for are read in pages of `page_size` ids, and the most recently
used `max_pages` pages are kept. No Qt here: a model owns one and asks it for rows.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 200
MAX_PAGES = 40


class PagedRows(Generic[T]):
    """Ordered row ids, and their rows read a page at a time through `fetch(ids)`, which
    returns the rows it still finds by row id."""

    def __init__(self, fetch: Callable[[Sequence[int]], Mapping[int, T]],
                 page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES):
        self._fetch = fetch
        self._page_size = page_size
        self._max_pages = max_pages
        self._ids = array("q")
        self._pages: OrderedDict[int, list[T | None]] = OrderedDict()

    @property
    def ids(self) -> array:
        return self._ids

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def reset(self, ids: array) -> None:
        """A new list (a new query or order): every page is read again when asked for."""
        self._ids = ids
        self._pages.clear()

    def index_of(self, row_id: int | None) -> int:
        """Where `row_id` is in the list, or -1."""
        if row_id is None:
            return -1
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row(self, n: int) -> T | None:
        """The row at position `n` (None outside the list, or when it is gone)."""
        if not 0 <= n < len(self._ids):
            return None
        page = n // self._page_size
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * self._page_size:(page + 1) * self._page_size]
            found = self._fetch(ids)
            rows = [found.get(row_id) for row_id in ids]
            self._pages[page] = rows
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[n - page * self._page_size]
