"""What a workbook's XML parts really hold, found before python-calamine is trusted with them.

python-calamine (0.9, checked by experiment) believes what a file says about itself:
- it builds a dense grid from the first to the furthest cell holding a value, so one cell
  at XFD1048576 asks for 512 GB and aborts the process (not an exception);
- it reserves room for the `uniqueCount` the shared-string table claims;
- it copies a shared string into every cell that refers to it, so a 1 MB file whose cells
  all point at one 32 000-character string needs gigabytes.
It does not trust `<dimension ref>`. Cells without a value (`<c r="X1" s="1"/>`) are skipped.

So every part is streamed once here, in chunks, with byte searches that cost about a
tenth of calamine's own read: entity declarations, the furthest cells, how many cells
there can be, whether a formula could be present, and whether any cell is written in a
form the quick scan cannot place (no `r=`, other quoting, namespace prefixes). Only then,
and only for such sheets, an XML parser (pyexpat, namespace-aware) reads the cells exactly
as calamine would place them.
"""
from __future__ import annotations

import re
import zipfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from xml.parsers import expat

CHUNK = 1 << 20
MAX_RUN = 4 << 20          # bytes from one '<' to the next: more is no spreadsheet's XML
MAX_ROUNDS = 200           # far-cell searches in one chunk before the exact reading takes over
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
SHEET_FOLDERS = {"worksheets", "chartsheets", "dialogsheets"}  # calamine reads no others
_NOT_XML = (".bin", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf",
            ".wmf", ".wdp", ".ico", ".jfif", ".pdf", ".xlsx", ".xlsm", ".docx", ".pptx")

_DECLARATION = re.compile(rb"<!(?!--|\[CDATA\[)")
_WIDE_DECLARATION = re.compile(rb"<\x00{1,3}!(?!\x00{1,3}-)")   # UTF-16/32 parts
_FORMULA = re.compile(rb"<f[\s/>]")
_PREFIXED = re.compile(rb":[cfv][\s/>]")
_PREFIXED_TAG = re.compile(rb"<[^\s<>/!?:]+:([cfv])[\s/>]")
_SHEET_DATA_END = re.compile(rb"</(?:[^\s<>/!?:]+:)?sheetData\s*>"
                             rb"|<(?:[^\s<>/!?:]+:)?sheetData\s*/>")
_PLAIN_CELL = re.compile(rb'<c r="([A-Za-z]+)([0-9]+)"')
_ANY_CELL = re.compile(rb"<c(?=[\s/>])")
_SST_ROOT = re.compile(rb"<(?:[^\s<>/!?:]+:)?sst(?=[\s/>])([^>]*)>")
_UNIQUE_COUNT = re.compile(rb"""uniqueCount\s*=\s*["']([^"']*)["']""")
_PREFIXED_ELEMENT = re.compile(rb"</?[^\s<>/!?:]+:")
_SHARED_CELL = re.compile(rb't="s"[^>]*><v>([0-9]+)</v>')
_REF = re.compile(r"([A-Za-z]+)([0-9]+)")


def column_number(letters: str) -> int:
    """1-based column of letters (A = 1), case as calamine takes it."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    """Letters of a 1-based column."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_ref(text: str) -> tuple[int, int] | None:
    """(1-based row, 1-based column) of a reference such as B7; None where calamine
    would refuse it."""
    match = _REF.fullmatch(text)
    if not match or int(match.group(2)) == 0:
        return None
    return int(match.group(2)), column_number(match.group(1))


@dataclass
class Extent:
    """How far a sheet's cells really reach, and how many there can be."""
    cells: int = 0
    rows: int = 0
    columns: int = 0
    far_row_cell: str = ""
    far_column_cell: str = ""

    def reach(self, row: int, column: int, name: str) -> bool:
        """Take a cell in; True when it moved the extent."""
        moved = False
        if row > self.rows:
            self.rows, self.far_row_cell, moved = row, name, True
        if column > self.columns:
            self.columns, self.far_column_cell, moved = column, name, True
        return moved

    @property
    def area(self) -> int:
        return self.rows * self.columns

    @property
    def far_cells(self) -> list[str]:
        return list(dict.fromkeys(c for c in (self.far_row_cell, self.far_column_cell) if c))


@dataclass
class PartFacts:
    """One streaming pass over a part."""
    member: str
    declares_entities: bool = False
    not_utf8: bool = False
    too_long_run: bool = False
    extent: Extent = field(default_factory=Extent)
    shared_cells: int = 0         # cells that may refer to a shared string (upper bound)
    irregular: bool = False       # a cell the quick scan cannot place
    formula_hint: bool = False
    # the shared-string part
    unique_count: int = 0
    string_ends: int = 0
    longest_string: int = 0       # bytes; no shared string is longer


def is_sheet_member(name: str) -> bool:
    """A part calamine could read as a sheet (its path is xl/<folder>/...)."""
    parts = name.split("/")
    return len(parts) > 2 and parts[1].lower() in SHEET_FOLDERS


def is_scanned(name: str) -> bool:
    """Every part except pictures, embedded files and other binaries."""
    lowered = name.lower()
    if is_sheet_member(name):
        return True
    return not (lowered.endswith(_NOT_XML) or "/media/" in lowered or lowered.endswith("/"))


def _buffers(archive: zipfile.ZipFile, member: str, facts: PartFacts,
             cut: bytes = b"<") -> Iterator[bytes]:
    """The part's bytes in pieces that end just before a `cut` mark, so a tag (and, with
    cut=b"<c", a cell) is never split between two pieces."""
    carry = b""
    with archive.open(member) as handle:
        while True:
            chunk = handle.read(CHUNK)
            if not chunk:
                break
            data = carry + chunk
            at = data.rfind(cut)
            if cut != b"<" and (at < 0 or len(data) - at > 65536):
                at = data.rfind(b"<")
            if at <= 0:
                if len(data) > MAX_RUN:
                    facts.too_long_run = True
                    return
                carry = data
                continue
            carry = data[at:]
            yield data[:at]
    if carry:
        yield carry


def _declares(buffer: bytes) -> bool:
    if b"!" not in buffer:
        return False
    return bool(_DECLARATION.search(buffer)
                or (b"\x00" in buffer and _WIDE_DECLARATION.search(buffer)))


def scan_part(archive: zipfile.ZipFile, member: str, shared_strings: bool = False,
              count_shared_cells: bool = False) -> PartFacts:
    """One pass over a part: declarations, and for sheets the extent, cell count,
    formula hint and irregular cells (and, when the workbook has shared strings, how
    many cells may use one); for the shared strings the claimed and real count and the
    longest string."""
    facts = PartFacts(member)
    scan = _StringScan(facts) if shared_strings else _SheetScan(facts, count_shared_cells)
    offset = 0
    for buffer in _buffers(archive, member, facts):
        if _declares(buffer):
            facts.declares_entities = True
            return facts
        if b"\x00" in buffer:
            facts.not_utf8 = True
        if not facts.not_utf8:
            scan.feed(buffer, offset)
        offset += len(buffer)
    scan.finish()
    return facts


def _not_above(text: str, first: str, low: str, high: str) -> str:
    """A pattern for the canonical strings not above `text` (shorter ones, or as long
    and not after it), over the contiguous alphabet low..high; `first` bounds the
    leading character."""
    size, options = len(text), []
    if size > 1:
        options.append(f"[{first}-{high}][{low}-{high}]{{0,{size - 2}}}")
    for at, char in enumerate(text):
        bottom = first if at == 0 else low
        if char > bottom:
            tail = f"[{low}-{high}]{{{size - at - 1}}}" if at < size - 1 else ""
            options.append(f"{text[:at]}[{bottom}-{chr(ord(char) - 1)}]{tail}")
    options.append(text)
    return "(?:" + "|".join(options) + ")"


def _outside(rows: int, columns: int) -> re.Pattern[bytes]:
    """Cells not plainly written inside rows × columns."""
    if not rows or not columns:
        return _ANY_CELL
    inside = (_not_above(column_letters(columns), "A", "A", "Z")
              + _not_above(str(rows), "1", "0", "9"))
    return re.compile(b'<c(?=[\\s/>])(?! r="' + inside.encode() + b'")')


class _SheetScan:
    def __init__(self, facts: PartFacts, count_shared_cells: bool):
        self.facts = facts
        self.count_shared_cells = count_shared_cells
        self.sheet_data_end: int | None = None
        self.outside = _ANY_CELL

    def feed(self, buffer: bytes, offset: int) -> None:
        facts = self.facts
        facts.extent.cells += buffer.count(b"</c")  # every cell with a value ends so
        if self.count_shared_cells:  # a shared-string cell says t="s" or t='s'
            facts.shared_cells += buffer.count(b'"s"') + (
                buffer.count(b"'s'") if b"'" in buffer else 0)  # (one byte: found fast)
        if self.sheet_data_end is None and b"sheetData" in buffer:
            end = _SHEET_DATA_END.search(buffer)
            if end:
                self.sheet_data_end = offset + end.start()
        if not facts.formula_hint and _FORMULA.search(buffer):
            facts.formula_hint = True
        if _PREFIXED.search(buffer):
            for tag in _PREFIXED_TAG.finditer(buffer):
                if tag.group(1) != b"f":
                    facts.irregular = True
                elif self.sheet_data_end is None or offset + tag.start() < self.sheet_data_end:
                    facts.formula_hint = True   # <xm:f> after the cells is a list source
        if not facts.irregular:
            self._reach(buffer)

    def _reach(self, buffer: bytes) -> None:
        """Move the extent to every plainly written cell outside it."""
        extent = self.facts.extent
        if extent.rows > EXCEL_ROWS or extent.columns > EXCEL_COLUMNS:
            return  # already absurd: the file is refused
        last = buffer.rfind(b'<c r="')
        if last >= 0:
            self._take(buffer, last)
        at, rounds = 0, 0
        while not self.facts.irregular:
            found = self.outside.search(buffer, at)
            if found is None:
                return
            rounds += 1
            if rounds > MAX_ROUNDS:
                self.facts.irregular = True
                return
            self._take(buffer, found.start())
            if extent.rows > EXCEL_ROWS or extent.columns > EXCEL_COLUMNS:
                return
            at = found.end()

    def _take(self, buffer: bytes, at: int) -> None:
        cell = _PLAIN_CELL.match(buffer, at)
        if cell is None:
            self.facts.irregular = True
            return
        end = buffer.find(b">", cell.end())
        if end > 0 and buffer[end - 1] == 0x2F:  # "/>": no value, calamine skips it
            return
        letters, digits = cell.group(1).decode(), cell.group(2).decode()
        if self.facts.extent.reach(int(digits), column_number(letters), letters + digits):
            extent = self.facts.extent
            if extent.rows <= EXCEL_ROWS and extent.columns <= EXCEL_COLUMNS:
                self.outside = _outside(extent.rows, extent.columns)

    def finish(self) -> None:
        pass


class _StringScan:
    def __init__(self, facts: PartFacts):
        self.facts = facts
        self.pending = 0
        self.root_seen = False

    def feed(self, buffer: bytes, offset: int) -> None:
        facts = self.facts
        if not self.root_seen:
            root = _SST_ROOT.search(buffer)
            if root:
                self.root_seen = True
                claim = _UNIQUE_COUNT.search(root.group(1))
                digits = re.sub(rb"[^0-9]", b"", claim.group(1)) if claim else b""
                facts.unique_count = int(digits) if digits else 0
        # every string lies between two string ends; an end written otherwise only
        # merges two pieces, which can only make the longest longer
        pieces = buffer.split(b"</si>")
        if len(pieces) == 1:
            self.pending += len(buffer)
            return
        facts.string_ends += len(pieces) - 1
        first = self.pending + len(pieces[0])
        facts.longest_string = max(facts.longest_string, first, *map(len, pieces[1:-1]))
        self.pending = len(pieces[-1])

    def finish(self) -> None:
        self.facts.longest_string = max(self.facts.longest_string, self.pending)


# -- shared strings, exactly ------------------------------------------------------------------
def string_sizes(archive: zipfile.ZipFile, member: str) -> array:
    """Bytes each shared string can take, by calamine's index: from the plain form (each
    string one `<si>` holding a `<t>`) when every string is so written, else by an XML
    parser that follows calamine's rules (a string without `<t>` or `<r>` takes no
    index, the first `</si>` ends a string)."""
    facts = PartFacts(member)
    sizes = array("Q")
    size, starts, has_text = 0, 0, False
    for buffer in _buffers(archive, member, facts):
        if b"<rPh" in buffer or b"<si/" in buffer or _PREFIXED_ELEMENT.search(buffer):
            return _parsed_string_sizes(archive, member)
        pieces = buffer.split(b"</si>")
        head = pieces[0]
        size += len(head)
        starts += head.count(b"<si")
        has_text = has_text or b"<t" in head
        if len(pieces) == 1:
            continue
        if starts != 1 or not has_text:
            return _parsed_string_sizes(archive, member)
        sizes.append(size)
        whole = pieces[1:-1]
        starts_each = list(map(bytes.count, whole, repeat(b"<si")))
        if starts_each.count(1) != len(whole) or not all(
                map(bytes.__contains__, whole, repeat(b"<t"))):
            return _parsed_string_sizes(archive, member)
        sizes.extend(map(len, whole))
        tail = pieces[-1]
        size, starts, has_text = len(tail), tail.count(b"<si"), b"<t" in tail
    if facts.too_long_run:
        return _parsed_string_sizes(archive, member)
    return sizes


def _parsed_string_sizes(archive: zipfile.ZipFile, member: str) -> array:
    sizes = array("Q")
    state = {"depth": 0, "start": 0, "kept": False, "phonetic": False}
    parser = expat.ParserCreate(namespace_separator=" ")

    def start(name: str, attributes) -> None:
        local = name.rpartition(" ")[2]
        if state["depth"] == 0:
            if local == "si":
                state.update(depth=1, start=parser.CurrentByteIndex, kept=False,
                             phonetic=False)
            return
        if local == "r":
            state["kept"] = True
        elif local == "rPh":
            state["phonetic"] = True
        elif local == "t" and not state["phonetic"]:
            state["kept"] = True

    def end(name: str) -> None:
        local = name.rpartition(" ")[2]
        if state["depth"] and local == "si":
            state["depth"] = 0
            if state["kept"]:
                sizes.append(max(parser.CurrentByteIndex - state["start"], 0))
        elif local == "rPh":
            state["phonetic"] = False

    parser.StartElementHandler, parser.EndElementHandler = start, end
    _parse(archive, member, parser)
    return sizes


def _parse(archive: zipfile.ZipFile, member: str, parser) -> None:
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args) -> None:
        raise ValueError("entity declaration")

    parser.EntityDeclHandler = refuse
    with archive.open(member) as handle:
        while chunk := handle.read(CHUNK):
            parser.Parse(chunk, False)
    parser.Parse(b"", True)


def typical_shared_text(archive: zipfile.ZipFile, member: str, sizes: array) -> int | None:
    """Bytes of shared text the sheet's cells copy, when every shared-string cell is
    written plainly (`t="s"` … `><v>7</v>`); None when some may not be."""
    facts = PartFacts(member)
    total = quoted = matched = 0
    size_of = sizes.__getitem__
    for buffer in _buffers(archive, member, facts, cut=b"<c"):
        found = _SHARED_CELL.findall(buffer)
        matched += len(found)
        quoted += buffer.count(b'"s"') + buffer.count(b"'s'")
        if quoted != matched:
            return None
        try:
            total += sum(map(size_of, map(int, found)))
        except IndexError:  # a string past the end: calamine refuses the sheet
            count = len(sizes)
            total += sum(size_of(i) for i in map(int, found) if i < count)
    return None if facts.too_long_run else total


# -- cells, exactly ---------------------------------------------------------------------------
@dataclass
class SheetCells:
    """A sheet's cells placed as calamine places them."""
    extent: Extent = field(default_factory=Extent)
    first_column: int = 0             # 1-based; calamine's rows start at this column
    shared_text: int = 0              # bytes of shared strings copied into cells
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 1-based
    array_areas: list[tuple[int, int, int, int]] = field(default_factory=list)


def read_cells(archive: zipfile.ZipFile, member: str, sizes: array | None,
               formula_limit: int) -> SheetCells:
    """Every cell's place, value-or-not, shared-string use and formula, following
    calamine: a cell's `r` places it, else it follows the previous cell of its row; a
    row's `r` sets the row, else it follows the previous row. Element names are taken
    by their local part whatever their namespace, as calamine does. Stops counting
    formulas past `formula_limit` (the caller refuses such a file)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    reading = _CellReading(parser, sizes, formula_limit)
    parser.buffer_text = True
    parser.StartElementHandler = reading.start
    parser.EndElementHandler = reading.end
    _parse(archive, member, parser)
    reading.result.first_column = reading.first_column or 1
    return reading.result


class _CellReading:
    """pyexpat handlers placing cells; kept lean, as they run for every element."""

    def __init__(self, parser, sizes: array | None, formula_limit: int):
        self.parser = parser            # text is listened to only inside <v>
        self.result = SheetCells()
        self.sizes = sizes
        self.string_count = len(sizes) if sizes is not None else 0
        self.formula_limit = formula_limit
        self.locals: dict[str, str] = {}
        self.columns: dict[str, int] = {}
        self.row = self.column = 0          # calamine's 0-based counters
        self.first_column = 0
        self.in_cell = False
        self.depth = 0
        self.cell_row = self.cell_column = 0
        self.cell_type: str | None = None
        self.valued = self.formula = False
        self.value: list[str] | None = None
        self.array: str | None = None

    def local(self, name: str) -> str:
        local = self.locals.get(name)
        if local is None:
            local = self.locals[name] = name.rpartition(" ")[2]
        return local

    def place(self, reference: str) -> tuple[int, int] | None:
        """(1-based row, 1-based column) of a reference, or None."""
        at = 0
        for char in reference:
            if char.isdigit():
                break
            at += 1
        letters, digits = reference[:at], reference[at:]
        column = self.columns.get(letters)
        if column is None:
            if not letters.isascii() or not letters.isalpha():
                return None
            column = self.columns[letters] = column_number(letters)
        if not digits.isdigit() or not digits.isascii() or int(digits) == 0:
            return None
        return int(digits), column

    def start(self, name: str, attributes: dict) -> None:
        local = self.locals.get(name) or self.local(name)
        if self.in_cell:
            if self.depth == 0:
                if local == "v":
                    self.value = []
                    self.parser.CharacterDataHandler = self.value.append
                elif local == "f":
                    self.formula = True
                    if attributes.get("t") == "array":
                        self.array = attributes.get("ref")
                elif local == "is":
                    self.valued = True
            self.depth += 1
        elif local == "c":
            reference = attributes.get("r")
            where = self.place(reference) if reference is not None else None
            if where is None:
                self.cell_row, self.cell_column = self.row + 1, self.column + 1
            else:
                self.cell_row, self.cell_column = where
                self.column = where[1] - 1
            self.in_cell, self.depth = True, 0
            self.cell_type = attributes.get("t")
            self.valued = self.formula = False
            self.value = self.array = None
        elif local == "row":
            reference = attributes.get("r")
            if reference is not None:
                digits = "".join(c for c in reference if c.isdigit())
                if digits:
                    self.row = int(digits) - 1

    def end(self, name: str) -> None:
        if not self.in_cell:
            if (self.locals.get(name) or self.local(name)) == "row":
                self.row += 1
                self.column = 0
            return
        if self.depth:
            self.depth -= 1
            if self.depth == 0 and self.value is not None:
                self.parser.CharacterDataHandler = None
            return
        if (self.locals.get(name) or self.local(name)) != "c":
            return
        self.in_cell = False
        self.column += 1
        self.settle()

    def settle(self) -> None:
        row, column, result = self.cell_row, self.cell_column, self.result
        value = "".join(self.value) if self.value else ""
        if value and self.cell_type not in ("inlineStr", "is"):
            self.valued = True
        if self.valued:
            extent = result.extent
            extent.cells += 1
            if row > extent.rows or column > extent.columns:
                extent.reach(row, column, f"{column_letters(column)}{row}")
            if not self.first_column or column < self.first_column:
                self.first_column = column
            if self.cell_type == "s" and value.isdigit() and int(value) < self.string_count:
                result.shared_text += self.sizes[int(value)]
        if self.formula and len(result.formulas) <= self.formula_limit:
            result.formulas.add((row, column))
            if self.array:
                area = [self.place(part) for part in self.array.split(":")]
                if all(area):
                    (top, left), (bottom, right) = area[0], area[-1]
                    result.array_areas.append((top, left, bottom, right))


# -- which part is which sheet ----------------------------------------------------------------
def sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → zip member, found the way calamine finds it (workbook.xml's sheets,
    their relationship targets under xl/, member names compared without case)."""
    members = {name.lower(): name for name in reversed(archive.namelist())}
    book = members.get("xl/workbook.xml")
    rels = members.get("xl/_rels/workbook.xml.rels")
    if book is None or rels is None:
        return {}
    targets: dict[str, str] = {}
    sheets: list[tuple[str, str]] = []

    def relationship(name: str, attributes: dict) -> None:
        if name.rpartition(":")[2] == "Relationship" and "Id" in attributes:
            targets[attributes["Id"]] = attributes.get("Target", "")

    def sheet(name: str, attributes: dict) -> None:
        if name.rpartition(":")[2] == "sheet":
            rid = attributes.get("r:id", attributes.get("relationships:id"))
            sheets.append((attributes.get("name", ""), rid or ""))

    for member, handler in ((rels, relationship), (book, sheet)):
        parser = expat.ParserCreate()
        parser.StartElementHandler = handler
        _parse(archive, member, parser)
    found: dict[str, str] = {}
    for name, rid in sheets:
        target = targets.get(rid, "")
        if target.startswith("/xl/"):
            path = target[1:]
        elif target.startswith("xl/"):
            path = target
        else:
            path = f"xl/{target}"
        if path.lower() in members:
            found.setdefault(name, members[path.lower()])
    return found
