"""Loading a workbook's sheets in a thread, ahead of the sheet being read.

python-calamine releases the GIL while it opens a workbook and while it loads a sheet,
which is most of its reading time. So a thread can load the next sheets while the
importer still scans the later ones (sheet_scan) and while it converts and checks the
rows of the sheet before: on two cores most of the loading costs no time.

Nothing reaches calamine before it was checked: the file is opened once every part but
the sheets has passed (`open`), and a sheet is loaded once its own part has passed
(`allow`). Sheets are loaded in the order they will be read; loaded sheets wait for the
reader holding at most BUDGET_CELLS cells between them (each cell takes calamine about
64 bytes) beyond the one being read, or a single sheet of any size.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

BUDGET_CELLS = 2_000_000


class SheetLoader:
    """A thread loading the sheets of `order` (names, in the order the reader will ask
    for them) as they are allowed; the reader takes each with `take`."""

    def __init__(self, path: Path, order: Sequence[str], budget: int = BUDGET_CELLS):
        self._path = str(path)
        self._order = list(dict.fromkeys(order))
        self._budget = budget
        self._state = threading.Condition()
        self._book_lock = threading.Lock()   # calamine's workbook: one caller at a time
        self._may_open = False
        self._allowed: dict[str, int] = {}    # sheet → cells (its upper bound)
        self._all_allowed = False
        self._stopped = False
        self._finished = False                 # the thread has ended
        self._opened = False
        self._failure: BaseException | None = None
        self._names: list[str] = []
        self._book = None
        self._loaded: dict[str, tuple[object, BaseException | None]] = {}
        self._passed: set[str] = set()         # taken (or skipped) by the reader
        self._thread = threading.Thread(target=self._run, name="fieldapp-sheet-loader",
                                        daemon=True)
        self._thread.start()

    # -- the reader's side -------------------------------------------------------------
    def open(self) -> None:
        """Every part but the sheets has passed its checks: the file may be opened."""
        with self._state:
            self._may_open = True
            self._state.notify_all()

    def allow(self, sheet: str, cells: int) -> None:
        """`sheet` has passed its checks (it holds at most `cells` cells)."""
        with self._state:
            self._allowed.setdefault(sheet, cells)
            self._state.notify_all()

    def allow_all(self) -> None:
        """Every part has passed its checks."""
        with self._state:
            self._all_allowed = True
            self._state.notify_all()

    def stop(self) -> None:
        """Load nothing more and let go of what was loaded (the thread ends once a load
        under way, if any, is done)."""
        with self._state:
            self._stopped = True
            self._loaded.clear()
            self._state.notify_all()

    def sheet_names(self) -> list[str]:
        """The workbook's sheets as calamine names them (waits for the file to open);
        raises what opening it raised."""
        with self._state:
            self._state.wait_for(lambda: self._opened or self._finished)
            if self._failure is not None:
                raise self._failure
            return list(self._names)

    def ready(self, sheet: str) -> bool:
        """True when take(sheet) would not wait for the thread: the sheet is loaded, or
        will not be loaded ahead, or the thread has ended."""
        with self._state:
            if self._finished or sheet in self._loaded:
                return True
            if not self._opened:
                return False
            return sheet not in self._order or sheet in self._passed

    def take(self, sheet: str):
        """The loaded sheet (waits for it), or raises what loading it raised. A sheet
        that is not loaded ahead (not in the order, or taken before) is loaded here."""
        self.sheet_names()
        with self._state:
            ahead = sheet in self._order and sheet in self._names \
                and sheet not in self._passed
            if ahead:
                at = self._order.index(sheet)
                self._passed.update(self._order[:at])  # not to be loaded any more
                for name in self._order[:at]:
                    self._loaded.pop(name, None)
                self._state.notify_all()
                self._state.wait_for(lambda: sheet in self._loaded or self._finished)
                self._passed.add(sheet)
                if sheet in self._loaded:
                    loaded, error = self._loaded.pop(sheet)
                    self._state.notify_all()
                    if error is not None:
                        raise error
                    return loaded
        with self._book_lock:
            if self._book is None:
                raise ValueError("the workbook is closed")
            return self._book.get_sheet_by_name(sheet)

    # -- the thread ----------------------------------------------------------------------
    def _wait(self, ready: Callable[[], bool]) -> bool:
        """Wait until `ready()`; False when stopped instead."""
        with self._state:
            self._state.wait_for(lambda: self._stopped or ready())
            return not self._stopped

    def _run(self) -> None:
        try:
            self._load()
        finally:
            with self._state:
                self._finished = True
                self._state.notify_all()

    def _load(self) -> None:
        from python_calamine import CalamineWorkbook

        if not self._wait(lambda: self._may_open):
            return
        try:
            with self._book_lock:
                book = CalamineWorkbook.from_path(self._path)
                names = list(book.sheet_names)
        except BaseException as error:  # noqa: BLE001 - handed to the reader
            with self._state:
                self._failure = error
                self._state.notify_all()
            return
        with self._state:
            self._book, self._names, self._opened = book, names, True
            self._order = [name for name in self._order if name in names]
            self._state.notify_all()
        for sheet in self._order:
            if not self._wait(lambda: sheet in self._passed or (
                    (sheet in self._allowed or self._all_allowed) and self._room_for(sheet))):
                return
            with self._state:
                if sheet in self._passed:
                    continue  # the reader went past it
            with self._book_lock:
                try:
                    loaded, error = book.get_sheet_by_name(sheet), None
                except BaseException as failure:  # noqa: BLE001 - handed to the reader
                    loaded, error = None, failure
            with self._state:
                if not self._stopped and sheet not in self._passed:
                    self._loaded[sheet] = (loaded, error)
                self._state.notify_all()

    def _room_for(self, sheet: str) -> bool:
        """True when loading `sheet` keeps what waits for the reader within the budget
        (or nothing waits)."""
        waiting = sum(self._allowed.get(name, 0) for name in self._loaded)
        return not self._loaded or waiting + self._allowed.get(sheet, 0) <= self._budget


def _malloc_trim():
    """glibc's malloc_trim, or None elsewhere."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_TRIM = _malloc_trim()


def give_back_memory() -> None:
    """Return the pages of sheets let go of to the system. calamine keeps a sheet's
    text in millions of small blocks; once freed, the C heap keeps them for reuse, but
    Python keeps its own objects elsewhere, so without this they would stay unused
    (and counted) for the rest of the import."""
    if _TRIM is not None:
        _TRIM(0)
