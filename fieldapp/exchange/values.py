"""Turning a cell, as a spreadsheet program may have left it, into a stored value.

Each converter returns the value or raises CellRefused with a reason for the user. What
a spreadsheet program typically does to a file is undone where it can be done exactly:
an account number turned into a number gets its digits back, a date typed as text or
kept as an Excel serial becomes a date, a date pandas wrote back with its midnight time
is a date again; what cannot be undone exactly (an 18-digit ID shown as 3.30106E+17 has
lost digits) is refused with a way to fix it.

Text is text: control characters (also as the workbook's `_x0007_` escapes, which the
reader decodes) and unpaired surrogates are refused in every column, line breaks and
tabs everywhere but free text (`Column.multiline`). Digit columns (`Column.digits`)
follow the identifier rule of fieldapp.domain.identifiers. Numbers are finite and
within their column's bounds, and never beyond what SQLite stores.
"""
from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections.abc import Callable, Sequence

from fieldapp.domain.identifiers import ascii_digits, digits_problem
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.validation import parse_date, text_problem
from fieldapp.exchange.schema import Column, ValueType

MAX_CELL = 2000
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1  # what SQLite's INTEGER holds
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_SCIENTIFIC = re.compile(r"^\s*[0-9.]+[eE][+-]?[0-9]+\s*$")
_WHOLE = re.compile(r"[+-]?[0-9]+")
# exactly as FieldApp writes a time; checked field by field so that the fast path
# refuses a month 13 as the slow one does
_STORED_STAMP = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
                           r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{3}Z")
# ISO 8601 with T or a space, with or without a zone (none: UTC, as FieldApp writes UTC
# and pandas drops the zone when it writes a time back)
_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}"
                    r"(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})?")
# a UTF-16 surrogate written as the workbook's escape: the reader keeps it as text,
# since a surrogate alone is no character
_SURROGATE_ESCAPE = re.compile(r"_x[dD][89a-fA-F][0-9a-fA-F]{2}_")

MESSAGES.update({
    "value.required": ("必填，不能为空", "required, may not be empty"),
    "value.too_long": ("内容过长（{n} 个字符，最多 {max}）", "too long ({n} characters, at most "
                       "{max})"),
    "value.scientific": ("“{text}”被电子表格转成了科学计数法，数字已丢失；"
                         "请把该列设为文本后重新填写",
                         "\"{text}\" was turned into scientific notation by a spreadsheet "
                         "program and digits were lost; set the column to text and re-enter"),
    "value.not_integer": ("“{text}”不是整数", "\"{text}\" is not a whole number"),
    "value.not_number": ("“{text}”不是数字", "\"{text}\" is not a number"),
    "value.too_small": ("“{text}”小于允许的最小值 {minimum}",
                        "\"{text}\" is less than the smallest value allowed, {minimum}"),
    "value.too_large": ("“{text}”大于允许的最大值 {maximum}",
                        "\"{text}\" is more than the largest value allowed, {maximum}"),
    "value.not_date": ("“{text}”不是日期（应为 2027-06-30）",
                       "\"{text}\" is not a date (expected 2027-06-30)"),
    "value.not_stamp": ("“{text}”不是时间（应为 2026-11-23T08:00:00.000Z）",
                        "\"{text}\" is not a time (expected 2026-11-23T08:00:00.000Z)"),
})


class CellRefused(ValueError):
    pass


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number_text(value: float) -> str:
    """A number as a person typed it: 301, 7.5, 1e+30 (not 30 digits of float noise)."""
    if isinstance(value, int):
        return str(value)
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(float(value))


def _plain_text(value: str, multiline: bool = False) -> str:
    """The cell trimmed, or CellRefused when it holds anything but text. A line break
    or tab before or after the text is trimmed like a space."""
    if value.isprintable() and "_x" not in value:
        return value.strip()
    if _SURROGATE_ESCAPE.search(value):
        value = _decode_surrogates(value)
    if problem := text_problem(value.strip(" \t\n\r"), multiline):
        raise CellRefused(problem)
    return value.strip()


def _decode_surrogates(text: str) -> str:
    """`_xD83D__xDE00_` as the one character the pair stands for; a surrogate alone
    stays alone, for text_problem to refuse."""
    raw = _SURROGATE_ESCAPE.sub(lambda m: chr(int(m.group()[2:6], 16)), text)
    return raw.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _identifier(value, column: Column) -> str:
    if isinstance(value, bool):
        raise CellRefused(msg("value.not_integer", text=value))
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise CellRefused(msg("value.not_number", text=_number_text(value)))
        if not float(value).is_integer() or abs(value) >= 2 ** 53 or (
                column.length and len(str(int(value))) > column.length):
            raise CellRefused(msg("value.scientific", text=f"{value:.5E}"))
        text = str(int(value))
        if abs(value) >= 1e15:  # beyond a double's exact digits in a spreadsheet's view
            raise CellRefused(msg("value.scientific", text=f"{value:.5E}"))
        text = text.zfill(column.length) if column.length else text
    else:
        text = str(value)
        if column.digits:
            text = ascii_digits(text, column.last_x)
        if _SCIENTIFIC.match(text):
            raise CellRefused(msg("value.scientific", text=text))
    if column.digits and (problem := digits_problem(text, last_x=column.last_x)):
        raise CellRefused(problem)
    return text


def _bounded(number: float, shown: str, column: Column, low: float | None,
             high: float | None):
    """`number` when within the column's bounds (and `low`/`high` where it has none)."""
    low = column.minimum if column.minimum is not None else low
    high = column.maximum if column.maximum is not None else high
    if low is not None and number < low:
        raise CellRefused(msg("value.too_small", text=shown, minimum=_number_text(low)))
    if high is not None and number > high:
        raise CellRefused(msg("value.too_large", text=shown, maximum=_number_text(high)))
    return number


def _integer(value, column: Column) -> int:
    if isinstance(value, bool):
        raise CellRefused(msg("value.not_integer", text=value))
    if isinstance(value, int):
        number, shown = value, str(value)
    elif isinstance(value, float):
        if not (math.isfinite(value) and value.is_integer()):
            raise CellRefused(msg("value.not_integer", text=_number_text(value)))
        number, shown = int(value), _number_text(value)
    else:
        shown = str(value)
        if _WHOLE.fullmatch(shown):
            number = int(shown)  # exactly, however long
        else:
            try:
                parsed = float(shown)
            except ValueError:
                raise CellRefused(msg("value.not_integer", text=shown)) from None
            if not (math.isfinite(parsed) and parsed.is_integer()):
                raise CellRefused(msg("value.not_integer", text=shown))
            number = int(parsed)
    return _bounded(number, shown, column, INT64_MIN, INT64_MAX)


def _decimal(value, column: Column) -> float:
    if isinstance(value, bool):
        raise CellRefused(msg("value.not_number", text=value))
    if isinstance(value, (int, float)):
        shown = _number_text(value)
        number = float(value)
    else:
        shown = str(value)
        try:
            number = float(shown)
        except ValueError:
            raise CellRefused(msg("value.not_number", text=shown)) from None
    if not math.isfinite(number):  # nan, inf, or a number too big for a double
        raise CellRefused(msg("value.not_number", text=shown))
    return _bounded(number, shown, column, None, None)


def _date(value) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's serial day numbers up to 9999-12-31
            return (_EXCEL_EPOCH + dt.timedelta(days=int(value))).date().isoformat()
        raise CellRefused(msg("value.not_date", text=_number_text(value)))
    text = str(value)
    parsed = parse_date(text)
    if parsed is None:
        raise CellRefused(msg("value.not_date", text=text))
    return parsed.isoformat()


def _stamp(value) -> str:
    from fieldapp.store.clock import to_stamp

    if isinstance(value, dt.datetime):
        return to_stamp(value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc))
    if isinstance(value, dt.date):  # a time at midnight, as the reader gives it
        return to_stamp(dt.datetime(value.year, value.month, value.day,
                                    tzinfo=dt.timezone.utc))
    text = str(value)
    if _is_stored_stamp(text):
        return text  # exactly as FieldApp writes it
    if not _STAMP.fullmatch(text):
        raise CellRefused(msg("value.not_stamp", text=text))
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:  # a month 13 or a 30 February
        raise CellRefused(msg("value.not_stamp", text=text)) from None
    return to_stamp(moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc))


def _is_stored_stamp(text: str) -> bool:
    """A time exactly as FieldApp writes it, on a day that exists (the pattern allows a
    30 February; days after the 28th are checked)."""
    if not _STORED_STAMP.fullmatch(text):
        return False
    if text[8:10] <= "28":
        return True
    try:
        dt.date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return False
    return True


def cell_limit(column: Column) -> int:
    """The longest text a cell of `column` may hold."""
    return column.max_length or MAX_CELL


def convert(value, column: Column):
    """The stored form of a cell for `column`: '' (None for a number) for a blank
    optional cell."""
    if isinstance(value, str):
        if len(value) > (limit := cell_limit(column)):
            raise CellRefused(msg("value.too_long", n=len(value), max=limit))
        value = _plain_text(value, column.multiline)
    if _is_blank(value):
        if column.required:
            raise CellRefused(msg("value.required"))
        return None if column.type in (ValueType.INTEGER, ValueType.DECIMAL) else ""
    kind = column.type
    if kind == ValueType.IDENTIFIER:
        return _identifier(value, column)
    if kind == ValueType.INTEGER:
        return _integer(value, column)
    if kind == ValueType.DECIMAL:
        return _decimal(value, column)
    if kind == ValueType.DATE:
        return _date(value)
    if kind == ValueType.TIMESTAMP:
        return _stamp(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def converter(column: Column):
    """`convert` for one column, with a fast path for the common cell (an import
    converts millions of cells): printable text, a whole number, a stored time."""
    required, limit = column.required, cell_limit(column)
    if column.type == ValueType.TEXT:
        def text(value):
            if type(value) is str and len(value) <= limit and value.isprintable() \
                    and "_x" not in value:
                stripped = value.strip()
                if stripped or not required:
                    return stripped
            return convert(value, column)
        return text
    if column.type == ValueType.IDENTIFIER and column.digits:
        last_x = column.last_x

        def digits(value):
            if type(value) is str and value.isascii() and len(value) <= limit:
                if (value[:-1] if last_x and value[-1:] in ("X", "x") else value).isdigit():
                    return value  # ASCII digits alone: nothing to trim or check
                if not value and not required:
                    return value
            return convert(value, column)
        return digits
    if column.type == ValueType.IDENTIFIER:
        def identifier(value):
            if type(value) is str and len(value) <= limit and value.isascii() \
                    and value.isprintable() and "e" not in value and "E" not in value \
                    and "_x" not in value:
                stripped = value.strip()
                if stripped or not required:
                    return stripped
            return convert(value, column)
        return identifier
    if column.type == ValueType.INTEGER:
        low = column.minimum if column.minimum is not None else INT64_MIN
        high = column.maximum if column.maximum is not None else INT64_MAX

        def integer(value):
            if type(value) is float and value.is_integer() and low <= value <= high:
                return int(value)
            return convert(value, column)
        return integer
    if column.type == ValueType.DECIMAL:
        low = column.minimum if column.minimum is not None else -math.inf
        high = column.maximum if column.maximum is not None else math.inf

        def decimal(value):
            if type(value) is float and low <= value <= high and math.isfinite(value):
                return value
            return convert(value, column)
        return decimal
    if column.type == ValueType.TIMESTAMP:
        def stamp(value):
            if type(value) is str and _STORED_STAMP.fullmatch(value) and value[8:10] <= "28":
                return value
            return convert(value, column)
        return stamp
    return lambda value: convert(value, column)


def all_text(cells: Sequence) -> bool:
    """True when every cell is text (at C speed for a block)."""
    return all(type(cell) is str for cell in cells) if len(cells) < 8 else \
        set(map(type, cells)) == {str}


def _all_floats(cells: Sequence) -> bool:
    return set(map(type, cells)) == {float}


def _plain_texts(cells: Sequence, required: bool, limit: int, ascii_only: bool = False
                 ) -> list | None:
    """The cells trimmed, when all are printable text within `limit` (and ASCII)
    without escapes; else None. Joined by spaces, which are printable and cannot make
    an escape of two cells."""
    if not all_text(cells):
        return None
    joined = " ".join(cells)
    if not joined.isprintable() or "_x" in joined or (ascii_only and not joined.isascii()) \
            or max(map(len, cells)) > limit:
        return None
    stripped = list(map(str.strip, cells))
    return None if required and not all(stripped) else stripped


_DAY = operator.itemgetter(slice(8, 10))


def column_converter(column: Column) -> Callable[[Sequence], list | None] | None:
    """`convert` for a block of one column's cells at once (an import converts
    millions): the stored values when every cell is of the common kind — printable
    text, ASCII digits, whole or finite numbers within bounds as the reader gives them,
    times exactly as FieldApp writes them — checked at C speed; None when some cell is
    not (the caller converts those cells one by one, which names the cell refused).
    None for a column without such a form (dates: their text varies)."""
    required, kind, limit = column.required, column.type, cell_limit(column)
    if kind == ValueType.TEXT:
        return lambda cells: _plain_texts(cells, required, limit)
    if kind == ValueType.IDENTIFIER and column.digits:
        return _digit_cells(column)
    if kind == ValueType.IDENTIFIER:
        def identifiers(cells):
            values = _plain_texts(cells, required, limit, ascii_only=True)
            if values is None or any("e" in v or "E" in v for v in values):
                return None
            return values
        return identifiers
    if kind == ValueType.INTEGER:
        low = column.minimum if column.minimum is not None else INT64_MIN
        high = column.maximum if column.maximum is not None else INT64_MAX

        def integers(cells):
            if not _all_floats(cells) or not all(map(float.is_integer, cells)) \
                    or min(cells) < low or max(cells) > high:
                return None
            return list(map(int, cells))
        return integers
    if kind == ValueType.DECIMAL:
        low = column.minimum if column.minimum is not None else -math.inf
        high = column.maximum if column.maximum is not None else math.inf

        def decimals(cells):
            if not _all_floats(cells) or not all(map(math.isfinite, cells)) \
                    or min(cells) < low or max(cells) > high:
                return None
            return list(cells)
        return decimals
    if kind == ValueType.TIMESTAMP:
        def stamps(cells):
            if not all_text(cells):
                return None
            present = set(cells)
            if not required:
                present.discard("")
            if not all(map(_STORED_STAMP.fullmatch, present)):
                return None
            # the pattern allows a 30 February: days after the 28th are checked
            if max(map(_DAY, present), default="") > "28" and not all(
                    map(_is_stored_stamp, present)):
                return None
            return list(cells)
        return stamps
    return None


def _digit_cells(column: Column) -> Callable[[Sequence], list | None]:
    """Identifier cells of ASCII digits alone (and X last, for an ID number), kept as
    they are; a blank cell where allowed."""
    required, last_x, limit = column.required, column.last_x, cell_limit(column)

    def digits(cells):
        if not all_text(cells) or (required and not all(cells)):
            return None
        joined = "".join(cells)
        if last_x:
            joined = "".join(cell[:-1] if cell[-1:] in ("X", "x") and len(cell) > 1
                             else cell for cell in cells)
        if joined and not (joined.isascii() and joined.isdigit()) \
                or max(map(len, cells)) > limit:
            return None
        return list(cells)
    return digits
