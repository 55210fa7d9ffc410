"""Opening a workbook someone handed over, without trusting it.

Before the spreadsheet reader sees the file: it must be a zip (a renamed CSV, an old .xls
or a password-protected workbook is not), its entries must not unpack to more than
MAX_UNPACKED bytes or at a bomb-like ratio, and no XML part may declare a DTD or
entities. Then python-calamine reads the cells (fast, and it does not expand entities).
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from fieldapp.domain.messages import MESSAGES, msg

MAX_UNPACKED = 1_000_000_000   # bytes, all parts together
MAX_RATIO = 200                # unpacked / packed, per part (text compresses ~10-30x)
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and encrypted .xlsx

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
})


_FORMULA_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"[^>]*>\s*<f[ >/]')


def is_blank_row(cells) -> bool:
    """No value in any cell (empty rows, trailing formatting, whitespace)."""
    return all(c is None or c == "" or (type(c) is str and not c.strip()) for c in cells)


class WorkbookRefused(ValueError):
    """The file cannot be read as a workbook; the message names the file and why."""


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
            total = 0
            for info in archive.infolist():
                if info.flag_bits & 0x1:
                    raise WorkbookRefused(msg("read.encrypted", file=name))
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > MAX_UNPACKED or (info.file_size > 10_000_000
                                            and ratio > MAX_RATIO):
                    raise WorkbookRefused(msg("read.bomb", file=name, part=info.filename))
            if "xl/workbook.xml" not in archive.namelist():
                raise WorkbookRefused(msg("read.not_xlsx", file=name, hint=""))
            for info in archive.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        start = part.read(8192)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        raise WorkbookRefused(msg("read.entities", file=name,
                                                  part=info.filename))
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise WorkbookRefused(msg("read.corrupt", file=name, detail=error)) from None


class Workbook:
    """The sheets of a checked workbook, read with python-calamine."""

    def __init__(self, path: str | Path):
        from python_calamine import CalamineWorkbook

        self.path = Path(path)
        self._sheets: dict = {}
        _check_container(self.path)
        try:
            self._book = CalamineWorkbook.from_path(str(self.path))
        except Exception as error:  # noqa: BLE001 - calamine raises its own kinds
            raise WorkbookRefused(msg("read.corrupt", file=self.path.name,
                                      detail=error)) from None

    @property
    def sheet_names(self) -> list[str]:
        return list(self._book.sheet_names)

    def _sheet(self, name: str):
        """A sheet, loaded once (loading is most of the reading time)."""
        if name not in self._sheets:
            self._sheets.clear()  # one sheet in memory at a time
            self._sheets[name] = self._book.get_sheet_by_name(name)
        return self._sheets[name]

    def formula_cells(self, sheet: str) -> set[tuple[int, int]]:
        """(row, column), 1-based row and 0-based column, of every cell holding a formula
        (the reader sees only its last computed value, if any)."""
        part = self._sheet_parts().get(sheet)
        if part is None:
            return set()
        with zipfile.ZipFile(self.path) as archive, archive.open(part) as handle:
            data = handle.read()
        if b"<f" not in data:
            return set()
        cells = set()
        for match in _FORMULA_CELL.finditer(data):
            letters, digits = match.group(1), match.group(2)
            column = 0
            for letter in letters.decode():
                column = column * 26 + ord(letter) - 64
            cells.add((int(digits), column - 1))
        return cells

    def _sheet_parts(self) -> dict[str, str]:
        """Sheet name → its XML part inside the zip."""
        import xml.etree.ElementTree as ET

        with zipfile.ZipFile(self.path) as archive:
            book = ET.fromstring(archive.read("xl/workbook.xml"))
            try:
                rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            except KeyError:
                return {}
        targets = {r.get("Id"): r.get("Target", "") for r in rels}
        parts = {}
        for element in book.iter():
            if element.tag.endswith("}sheet") or element.tag == "sheet":
                rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
                target = targets.get(rid, "")
                target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                parts[element.get("name")] = target
        return parts

    def merged_ranges(self, sheet: str) -> list[str]:
        """Merged areas of a sheet as A1:B2 texts (a value sits in their first cell only)."""
        try:
            ranges = self._sheet(sheet).merged_cell_ranges or []
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
        except Exception as error:  # noqa: BLE001
            raise WorkbookRefused(msg("read.corrupt", file=f"{self.path.name}/{sheet}",
                                      detail=error)) from None


def _cell_name(row: int, column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"
