"""A data sheet's rows as stored values, converted a block of rows and a column at a time.

An import converts millions of cells. Taken BLOCK rows at a time and one column of them
at once, the common cells (printable text, ASCII digits, whole numbers, times as
FieldApp writes them) are checked at C speed (values.column_converter), and values that
repeat down a column (sync times, operators, references, keys) are converted once and
kept once in memory. A column of a block holding any other cell is converted cell by
cell (values.converter); a row with a refused cell or a formula is converted again by
`convert_row`, which names the first such cell. A block with a blank or short row goes
row by row. Every path gives the same values and the same refusals.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.exchange.reader import is_blank_row
from fieldapp.exchange.schema import Column, SheetSpec, ValueType
from fieldapp.exchange.values import CellRefused, all_text, column_converter, converter

MESSAGES.update({
    "import.formula": ("这一格是公式，应填写数值本身（复制后“选择性粘贴 → 数值”）",
                       "this cell holds a formula; a value is expected (copy and paste "
                       "values only)"),
})

BLOCK = 2048       # rows converted together
MEMO_SIZE = 50_000  # repeating values remembered per column

_REPEATING = {"created_at", "updated_at", "updated_by", "device_id", "status", "channel",
              "kind", "state", "resume_status", "tags", "district", "street", "record_kind",
              "building", "unit"}


@dataclass(frozen=True)
class SheetColumn:
    """A declared column as one sheet holds it."""

    column: Column
    position: int | None          # in the sheet's rows; None: the sheet lacks it
    convert: Callable             # one cell → stored value (normalised); CellRefused
    convert_block: Callable       # a block's cells → stored values, or None
    unsized: bool                 # an identifier of no fixed length (zeros may be lost)


def sheet_columns(columns: tuple[Column, ...], positions: dict[str, int],
                  spec: SheetSpec | None) -> list[SheetColumn]:
    """The converters of `columns` as found at `positions` (key → place in a row)."""
    result = []
    for column in columns:
        convert = normalized(column)
        position = positions.get(column.key)
        result.append(SheetColumn(
            column, position, convert, _block_converter(column, convert, position,
                                                         _repeats(column, spec)),
            column.type == ValueType.IDENTIFIER and column.length is None))
    return result


def normalized(column: Column) -> Callable:
    """The column's converter, followed by its normalisation when it declares one (a
    label shown for a key becomes the key)."""
    convert_cell = converter(column)
    if column.names:
        keys = {name: key for key, labels in column.names.items()
                for name in (key, *labels)}

        def named(value):
            result = convert_cell(value)
            return keys.get(result, result)
        return named
    if column.normalize is None:
        return convert_cell

    def normalizing(value):
        result = convert_cell(value)
        if not result:
            return result
        try:
            return column.normalize(result)
        except ValueError as refused:
            raise CellRefused(str(refused)) from None
    return normalizing


def _repeats(column: Column, spec: SheetSpec | None) -> bool:
    """Columns whose values repeat across rows: times of one sync, operators, keys,
    references."""
    return (column.key in _REPEATING or column.key.endswith("_by")
            or (spec is not None and column.key in spec.references))


def _block_converter(column: Column, convert: Callable, position: int | None,
                     repeats: bool) -> Callable:
    """A block's cells of `column` → their stored values, or None when some cell must
    be converted alone. A column missing from the sheet gives its blank value; text
    columns that repeat, or that are normalised, go through their distinct values."""
    if position is None:
        try:
            blank = convert("")
        except CellRefused:  # a required column is missing: the sheet was refused
            blank = ""
        return lambda cells: [blank] * len(cells)
    plain = column_converter(column)
    if plain is not None and not repeats and not column.names and not column.normalize:
        return plain
    memo: dict[str, object] = {}
    keep = sys.intern if repeats else (lambda value: value)

    def distinct(cells):
        if not all_text(cells):
            return None
        if len(memo) > MEMO_SIZE:
            memo.clear()
        for cell in dict.fromkeys(cells):
            if cell not in memo:
                try:
                    value = convert(cell)
                except CellRefused:
                    return None
                memo[cell] = keep(value) if type(value) is str else value
        return list(map(memo.__getitem__, cells))
    return distinct


def convert_row(columns: list[SheetColumn], cells, number: int, formulas
                ) -> tuple[list, tuple[str, str] | None]:
    """A row's values cell by cell, stopping at the first cell that is refused or holds
    a formula: (values, (column label, reason) or None)."""
    width = len(cells)
    data: list = [""] * len(columns)
    for at, sheet_column in enumerate(columns):
        column, position = sheet_column.column, sheet_column.position
        if formulas and (number, position) in formulas:
            return data, (column.label, msg("import.formula"))
        raw = cells[position] if position is not None and position < width else ""
        try:
            data[at] = sheet_column.convert(raw)
        except CellRefused as refused:
            return data, (column.label, str(refused))
    return data, None


# (row number, values, (column label, reason) of a refused cell or None, the keys of
# unsized identifier columns whose cell was a number)
ConvertedRow = tuple[int, list, "tuple[str, str] | None", tuple[str, ...]]


def converted_rows(rows: Iterator[list], columns: list[SheetColumn], key_position: int,
                   formulas: set[tuple[int, int]]) -> Iterator[ConvertedRow]:
    """Every row of `rows` (the sheet's rows after its header, row 2 on) that is not
    blank, converted."""
    formula_rows = {row for row, _ in formulas}
    needed = max((c.position for c in columns if c.position is not None), default=0) + 1
    unsized = [(c.position, c.column.key) for c in columns
               if c.unsized and c.position is not None]
    first = 2
    while block := list(islice(rows, BLOCK)):
        numbers = range(first, first + len(block))
        first += len(block)
        if min(map(len, block)) < needed or not _all_keyed(block, key_position):
            yield from _row_by_row(block, numbers, columns, key_position, formulas, unsized)
            continue
        values, refused = _convert_block(block, columns)
        if formula_rows:
            refused.update(at for at, number in enumerate(numbers) if number in formula_rows)
        numeric = _numeric(block, unsized)
        for at, data in enumerate(values):
            problem = None
            if at in refused:
                data, problem = convert_row(columns, block[at], numbers[at], formulas)
            yield numbers[at], data, problem, numeric[at] if numeric else ()


def _all_keyed(block: list[list], key_position: int) -> bool:
    """True when every row's record id is non-blank text (so no row is blank)."""
    keys = list(map(itemgetter(key_position), block))
    return set(map(type, keys)) == {str} and all(keys) and not any(map(str.isspace, keys))


def _convert_block(block: list[list], columns: list[SheetColumn]
                   ) -> tuple[list[list], set[int]]:
    """The block's rows converted column by column, and the rows (by place in the
    block) holding a cell that is refused (their values are incomplete)."""
    cells_of = list(zip(*block))
    converted, refused = [], set()
    for sheet_column in columns:
        if sheet_column.position is None:
            converted.append(sheet_column.convert_block(block))
            continue
        cells = cells_of[sheet_column.position]
        values = sheet_column.convert_block(cells)
        if values is None:
            values = []
            for at, cell in enumerate(cells):
                try:
                    values.append(sheet_column.convert(cell))
                except CellRefused:
                    values.append(None)
                    refused.add(at)
        converted.append(values)
    return list(map(list, zip(*converted))), refused


def _numeric(block: list[list], unsized: list[tuple[int, str]]) -> list[tuple[str, ...]]:
    """For each row, the unsized identifier columns whose cell was a number (empty when
    there are none in the block)."""
    found = []
    for position, key in unsized:
        cells = list(map(itemgetter(position), block))
        if {int, float} & set(map(type, cells)):
            found.append((key, cells))
    if not found:
        return []
    return [tuple(key for key, cells in found if type(cells[at]) in (int, float))
            for at in range(len(block))]


def _row_by_row(block: list[list], numbers: range, columns: list[SheetColumn],
                key_position: int, formulas, unsized) -> Iterator[ConvertedRow]:
    """The block's rows one at a time (some is blank, or short)."""
    for number, cells in zip(numbers, block):
        width = len(cells)
        first = cells[key_position] if key_position < width else None
        if not (type(first) is str and first.strip()) and is_blank_row(cells):
            continue  # empty rows and trailing formatting
        data, problem = convert_row(columns, cells, number, formulas)
        numeric = tuple(key for position, key in unsized if position < width
                        and type(cells[position]) in (int, float))
        yield number, data, problem, numeric
