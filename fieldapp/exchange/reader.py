"""Opening a workbook someone handed over, without trusting it.

Before the spreadsheet reader sees the file: it must be a zip (a renamed CSV, an old .xls
or a password-protected workbook is not), with no two members of one name, whose entries
do not unpack to more than MAX_UNPACKED bytes or at a bomb-like ratio. Every XML part is
then streamed once (sheet_scan.py): no part may declare a DTD or entities, no sheet may
reach further or hold more cells than MAX_SHEET_CELLS, and the shared strings may neither
claim a count they do not have nor be copied into cells beyond MAX_SHARED_TEXT bytes —
python-calamine trusts all of these and would abort the whole process. Only then does
python-calamine read the cells (fast, and it does not expand entities); whatever it or
zipfile raises comes out as WorkbookRefused naming the file.
"""
from __future__ import annotations

import weakref
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.exchange import sheet_scan
from fieldapp.exchange.read_ahead import SheetLoader, give_back_memory
from fieldapp.exchange.sheet_scan import EXCEL_COLUMNS, EXCEL_ROWS, Extent, PartFacts

MAX_UNPACKED = 1_000_000_000   # bytes, all parts together
MAX_RATIO = 200                # unpacked / packed, per part (text compresses ~10-30x)
MAX_SHEET_CELLS = 5_000_000    # rows × columns of a sheet's grid, and cells with a value;
#                                a 220 000-household export has 4 million, and calamine
#                                spends 32 bytes on each grid cell
MAX_SHARED_TEXT = 200_000_000  # bytes of shared strings one sheet's cells may copy
MAX_SHARED_STRINGS = 5_000_000  # strings in the shared-string table
SHARED_COUNT_SLACK = 1_000_000  # a claimed count may exceed the real one by this much
MAX_FORMULA_CELLS = 500_000    # formula cells kept for the importer's row checks
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and encrypted .xlsx
_CALAMINE_PARTS = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedstrings.xml",
                   "xl/styles.xml"}

MESSAGES.update({
    "read.missing": ("找不到文件 {file}", "File {file} not found"),
    "read.encrypted": ("{file} 是加密（设了密码）的工作簿或旧版 .xls 文件，请在 Excel/WPS 中"
                       "去掉密码并另存为 .xlsx 后再导入",
                       "{file} is a password-protected workbook or an old .xls file; remove "
                       "the password and save it as .xlsx first"),
    "read.not_xlsx": ("{file} 不是 Excel 工作簿（.xlsx）{hint}",
                      "{file} is not an Excel workbook (.xlsx){hint}"),
    "read.csv_hint": ("，看起来是改了扩展名的 CSV 文本文件", ", it looks like a renamed CSV file"),
    "read.corrupt": ("{file} 已损坏，无法读取（{detail}）",
                     "{file} is damaged and cannot be read ({detail})"),
    "read.bomb": ("{file} 解压后过大（{part}），拒绝读取", "{file} unpacks to an implausible "
                  "size ({part}); refused"),
    "read.entities": ("{file} 的 {part} 含有 XML 实体声明，拒绝读取",
                      "{file} declares XML entities in {part}; refused"),
    "read.duplicate": ("{file} 中有两个同名的部件 {part}，拒绝读取",
                       "{file} holds two parts named {part}; refused"),
    "read.not_utf8": ("{file} 的 {part} 不是 UTF-8 编码的 XML，拒绝读取",
                      "{file}: {part} is not UTF-8 XML; refused"),
    "read.long_run": ("{file} 的 {part} 含有超长的标记或文字（超过 4 MB），拒绝读取",
                      "{file}: {part} holds a tag or text longer than 4 MB; refused"),
    "read.far_cell": ("{file}：工作表 {sheet} 的 {cells} 格远离数据区（整张表将达 {rows} 行 × "
                      "{columns} 列），请删除该格后重新保存",
                      "{file}: cell {cells} of sheet {sheet} lies far from the data (the "
                      "sheet would span {rows} rows × {columns} columns); delete it and "
                      "save again"),
    "read.too_many_cells": ("{file}：工作表 {sheet} 的单元格超过 {limit} 个，拒绝读取",
                            "{file}: sheet {sheet} holds more than {limit} cells; refused"),
    "read.shared_copies": ("{file}：工作表 {sheet} 的单元格反复引用很长的共享文字（展开后约 "
                           "{size} MB），拒绝读取",
                           "{file}: the cells of sheet {sheet} repeat long shared text "
                           "({size} MB once expanded); refused"),
    "read.shared_count": ("{file} 的共享字符串表声称有 {claimed} 条，实际约 {real} 条，拒绝读取",
                          "{file}: the shared-string table claims {claimed} strings but "
                          "holds about {real}; refused"),
    "read.formulas": ("{file}：工作表 {sheet} 含有超过 {limit} 个公式格，请把公式转为数值后"
                      "重新保存", "{file}: sheet {sheet} holds more than {limit} formula "
                      "cells; turn them into values and save again"),
})


def is_blank_row(cells) -> bool:
    """No value in any cell (empty rows, trailing formatting, whitespace)."""
    return all(c is None or c == "" or (type(c) is str and not c.strip()) for c in cells)


class WorkbookRefused(ValueError):
    """The file cannot be read as a workbook; the message names the file and why."""


def _reader_failure(error: BaseException) -> bool:
    """An error of the reading itself: any exception, and the panic python-calamine
    raises from Rust (a BaseException), but not an interrupt or a closed generator."""
    if isinstance(error, Exception):
        return True
    return type(error).__name__ == "PanicException"


def _check_container(path: Path) -> None:
    name = path.name
    if not path.is_file():
        raise WorkbookRefused(msg("read.missing", file=name))
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(_OLE_SIGNATURE):
        raise WorkbookRefused(msg("read.encrypted", file=name))
    if not zipfile.is_zipfile(path):
        looks_like_text = b"\x00" not in head and (b"," in head or b"\t" in head)
        hint = msg("read.csv_hint") if looks_like_text else ""
        raise WorkbookRefused(msg("read.not_xlsx", file=name, hint=hint))
    try:
        with zipfile.ZipFile(path) as archive:
            total, seen = 0, set()
            for info in archive.infolist():
                if info.flag_bits & 0x1:
                    raise WorkbookRefused(msg("read.encrypted", file=name))
                # zipfile takes the last of two same-named members, calamine the first
                # (and calamine ignores case): which one would be read is not clear
                if info.filename.lower() in seen:
                    raise WorkbookRefused(msg("read.duplicate", file=name,
                                              part=info.filename))
                seen.add(info.filename.lower())
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > MAX_UNPACKED or (info.file_size > 10_000_000
                                            and ratio > MAX_RATIO):
                    raise WorkbookRefused(msg("read.bomb", file=name, part=info.filename))
            if "xl/workbook.xml" not in seen:
                raise WorkbookRefused(msg("read.not_xlsx", file=name, hint=""))
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise WorkbookRefused(msg("read.corrupt", file=name, detail=error)) from None


class _Inspection:
    """Every part streamed once; a refusal for the first thing calamine must not see."""

    def __init__(self, path: Path, archive: zipfile.ZipFile,
                 checked: Callable[[_Inspection, str | None], None] | None = None):
        self.file = path.name
        self.archive = archive
        self.facts: dict[str, PartFacts] = {}
        self.cells: dict[str, sheet_scan.SheetCells] = {}   # exact readings, by member
        self.sizes = None
        members = [i.filename for i in archive.infolist() if not i.filename.endswith("/")]
        self.strings_member = next((m for m in members
                                    if m.lower() == "xl/sharedstrings.xml"), None)
        self.strings: PartFacts | None = None
        if self.strings_member:
            self.strings = self._scan(self.strings_member, shared_strings=True)
            self._check_strings(self.strings)
        for member in members:
            if member != self.strings_member and sheet_scan.is_scanned(member) \
                    and not sheet_scan.is_sheet_member(member):
                self._scan(member)
        self.sheets = sheet_scan.sheet_members(archive)
        self.sheet_of = {member: sheet for sheet, member in reversed(self.sheets.items())}
        self.sheet_parts = [m for m in members if sheet_scan.is_sheet_member(m)]
        if checked:
            checked(self, None)  # every part but the sheets
        for member in self.sheet_parts:
            self._check_sheet(member, self._scan(member, count_shared_cells=bool(
                self.strings and self.strings.longest_string)))
            if checked:
                checked(self, member)

    def _scan(self, member: str, **options) -> PartFacts:
        facts = sheet_scan.scan_part(self.archive, member, **options)
        self.facts[member] = facts
        if facts.declares_entities:
            raise WorkbookRefused(msg("read.entities", file=self.file, part=member))
        read_by_calamine = (member.lower() in _CALAMINE_PARTS
                            or sheet_scan.is_sheet_member(member))
        if facts.not_utf8 and read_by_calamine:
            raise WorkbookRefused(msg("read.not_utf8", file=self.file, part=member))
        if facts.too_long_run:
            raise WorkbookRefused(msg("read.long_run", file=self.file, part=member))
        return facts

    def _check_strings(self, facts: PartFacts) -> None:
        real = facts.string_ends
        if facts.unique_count > real + SHARED_COUNT_SLACK or real > MAX_SHARED_STRINGS:
            raise WorkbookRefused(msg("read.shared_count", file=self.file,
                                      claimed=facts.unique_count, real=real))

    def string_sizes(self):
        if self.sizes is None:
            self.sizes = sheet_scan.string_sizes(self.archive, self.strings_member)
        return self.sizes

    def exact(self, member: str, sizes=None) -> sheet_scan.SheetCells:
        if member not in self.cells:
            self.cells[member] = sheet_scan.read_cells(self.archive, member, sizes,
                                                       MAX_FORMULA_CELLS)
        return self.cells[member]

    def _check_sheet(self, member: str, facts: PartFacts) -> None:
        strings = self.strings
        copies_may_be_long = bool(strings) and (
            facts.shared_cells * strings.longest_string > MAX_SHARED_TEXT)
        sizes = self.string_sizes() if copies_may_be_long else None
        extent, shared_text = facts.extent, 0
        if facts.irregular or extent.cells > MAX_SHEET_CELLS:
            exact = self.exact(member, sizes)
            extent, shared_text = exact.extent, exact.shared_text
        elif copies_may_be_long:
            shared_text = sheet_scan.typical_shared_text(self.archive, member, sizes)
            if shared_text is None:
                shared_text = self.exact(member, sizes).shared_text
        self._check_extent(member, extent)
        if shared_text > MAX_SHARED_TEXT:
            raise WorkbookRefused(msg("read.shared_copies", file=self.file,
                                      sheet=self.sheet_of.get(member, member),
                                      size=shared_text // 1_000_000))

    def _check_extent(self, member: str, extent: Extent) -> None:
        sheet = self.sheet_of.get(member, member)
        if (extent.rows > EXCEL_ROWS or extent.columns > EXCEL_COLUMNS
                or extent.area > MAX_SHEET_CELLS):
            raise WorkbookRefused(msg("read.far_cell", file=self.file, sheet=sheet,
                                      cells="、".join(extent.far_cells),
                                      rows=extent.rows, columns=extent.columns))
        if extent.cells > MAX_SHEET_CELLS:
            raise WorkbookRefused(msg("read.too_many_cells", file=self.file, sheet=sheet,
                                      limit=MAX_SHEET_CELLS))


class Workbook:
    """The sheets of a checked workbook, read with python-calamine. With `read_ahead`
    (the sheets the caller will read, in that order) they are loaded in a thread ahead
    of the caller (read_ahead.py); close() the workbook when done."""

    def __init__(self, path: str | Path, read_ahead: Sequence[str] = ()):
        self.path = Path(path)
        self._sheets: dict = {}
        self._formulas: dict[str, set[tuple[int, int]]] = {}
        _check_container(self.path)
        self._loader = SheetLoader(self.path, read_ahead)
        weakref.finalize(self, self._loader.stop)
        self._announced: set[str] = set()
        try:
            self._inspection = self._guarded(self._inspect)
            self._loader.allow_all()
            self._names = self._guarded(self._loader.sheet_names)
        except BaseException:
            self._loader.stop()
            raise

    def close(self) -> None:
        """Stop reading ahead and let go of the loaded sheets."""
        self._loader.stop()
        self._sheets.clear()
        give_back_memory()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _checked(self, inspection: _Inspection, member: str | None) -> None:
        """Tell the loader what may be read: the file once every part but the sheets
        passed, a sheet once its part passed and no other part of the sheet folders
        (relationships, say) waits to be checked."""
        if member is None:
            self._loader.open()
            self._waiting = set(inspection.sheet_parts)
            self._sheet_parts = set(inspection.sheets.values())
            return
        self._waiting.discard(member)
        if self._waiting - self._sheet_parts:
            return
        for sheet, part in inspection.sheets.items():
            if part not in self._waiting and sheet not in self._announced:
                self._announced.add(sheet)
                self._loader.allow(sheet, inspection.facts[part].extent.cells)

    def _guarded(self, work, *args):
        """Run reading work; any failure of it comes out as WorkbookRefused."""
        try:
            return work(*args)
        except WorkbookRefused:
            raise
        except BaseException as error:  # noqa: BLE001 - calamine also panics
            if not _reader_failure(error):
                raise
            raise WorkbookRefused(msg("read.corrupt", file=self.path.name,
                                      detail=error)) from None

    def _inspect(self) -> _Inspection:
        with zipfile.ZipFile(self.path) as archive:
            inspection = _Inspection(self.path, archive, self._checked)
        inspection.archive = None
        return inspection

    @property
    def sheet_names(self) -> list[str]:
        return list(self._names)

    def ready(self, name: str) -> bool:
        """True when reading the sheet would start at once (it is loaded)."""
        return name in self._sheets or self._loader.ready(name)

    def _sheet(self, name: str):
        """A sheet, loaded once (loading is most of the reading time)."""
        if name not in self._sheets:
            if self._sheets:
                self._sheets.clear()  # one sheet being read at a time
                give_back_memory()
            self._sheets[name] = self._guarded(self._loader.take, name)
        return self._sheets[name]

    def formula_cells(self, sheet: str) -> set[tuple[int, int]]:
        """(row, column), 1-based row and 0-based column as in rows(), of every cell
        holding a formula, written in any form (prefixed, shared, array; the reader
        sees only its last computed value, if any)."""
        if sheet not in self._formulas:
            self._formulas[sheet] = self._guarded(self._read_formulas, sheet)
        return self._formulas[sheet]

    def _read_formulas(self, sheet: str) -> set[tuple[int, int]]:
        inspection = self._inspection
        member = inspection.sheets.get(sheet)
        if member is None or not inspection.facts[member].formula_hint:
            return set()
        cells = inspection.cells.pop(member, None)
        if cells is None:
            with zipfile.ZipFile(self.path) as archive:
                cells = sheet_scan.read_cells(archive, member, None, MAX_FORMULA_CELLS)
        left = cells.first_column
        found = {(row, column - left) for row, column in cells.formulas if column >= left}
        # an array formula is written in its first cell only but fills its whole area;
        # only the part inside the sheet's cells can meet a value
        for top, first, bottom, last in cells.array_areas:
            for row in range(top, min(bottom, cells.extent.rows) + 1):
                for column in range(max(first, left), min(last, cells.extent.columns) + 1):
                    found.add((row, column - left))
                if len(found) > MAX_FORMULA_CELLS:
                    break
        if len(found) > MAX_FORMULA_CELLS or len(cells.formulas) > MAX_FORMULA_CELLS:
            raise WorkbookRefused(msg("read.formulas", file=self.path.name, sheet=sheet,
                                      limit=MAX_FORMULA_CELLS))
        return found

    def merged_ranges(self, sheet: str) -> list[str]:
        """Merged areas of a sheet as A1:B2 texts (a value sits in their first cell only)."""
        try:
            ranges = self._sheet(sheet).merged_cell_ranges or []
        except WorkbookRefused:
            raise
        except Exception:  # noqa: BLE001 - not every format reports them
            return []
        return [f"{_cell_name(*start)}:{_cell_name(*end)}" for start, end in ranges]

    def rows(self, sheet: str) -> Iterator[list]:
        """The sheet's rows as lists of cell values (str, float, int, bool, date,
        datetime, time or ''), trailing empty rows dropped."""
        try:
            yield from self._sheet(sheet).iter_rows()
        except WorkbookRefused:
            raise
        except BaseException as error:  # noqa: BLE001 - calamine also panics
            if not _reader_failure(error):
                raise
            raise WorkbookRefused(msg("read.corrupt", file=f"{self.path.name}/{sheet}",
                                      detail=error)) from None


def _cell_name(row: int, column: int) -> str:
    return f"{sheet_scan.column_letters(column + 1)}{row + 1}"
