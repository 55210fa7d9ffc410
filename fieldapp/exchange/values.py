"""Turning a cell, as a spreadsheet program may have left it, into a stored value.

Each converter returns the value or raises CellRefused with a reason for the user. What
a spreadsheet program typically does to a file is undone where it can be done exactly:
an account number turned into a number gets its digits back, a date typed as text or
kept as an Excel serial becomes a date; what cannot be undone exactly (an 18-digit ID
shown as 3.30106E+17 has lost digits) is refused with a way to fix it.
"""
from __future__ import annotations

import datetime as dt
import re

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.exchange.schema import Column, ValueType

MAX_CELL = 2000
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_SCIENTIFIC = re.compile(r"^\s*[0-9.]+[eE][+-]?[0-9]+\s*$")
_STORED_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")

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
    return str(int(value)) if float(value).is_integer() else repr(value)


def _identifier(value, column: Column) -> str:
    if isinstance(value, bool):
        raise CellRefused(msg("value.not_integer", text=value))
    if isinstance(value, (int, float)):
        if not float(value).is_integer() or abs(value) >= 2 ** 53 or (
                column.length and len(str(int(value))) > column.length):
            raise CellRefused(msg("value.scientific", text=f"{value:.5E}"))
        text = str(int(value))
        if abs(value) >= 1e15:  # beyond a double's exact digits in a spreadsheet's view
            raise CellRefused(msg("value.scientific", text=f"{value:.5E}"))
        return text.zfill(column.length) if column.length else text
    text = str(value).strip()
    if _SCIENTIFIC.match(text):
        raise CellRefused(msg("value.scientific", text=text))
    return text


def _date(value) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's serial day numbers up to 9999-12-31
            return (_EXCEL_EPOCH + dt.timedelta(days=int(value))).date().isoformat()
        raise CellRefused(msg("value.not_date", text=_number_text(value)))
    from fieldapp.domain.validation import parse_date

    text = str(value).strip()
    parsed = parse_date(text)
    if parsed is None:
        raise CellRefused(msg("value.not_date", text=text))
    return parsed.isoformat()


def _stamp(value) -> str:
    from fieldapp.store.clock import to_stamp

    if isinstance(value, dt.datetime):
        return to_stamp(value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc))
    text = str(value).strip()
    if _STORED_STAMP.fullmatch(text):
        return text  # exactly as FieldApp writes it
    if not _STAMP.match(text):
        raise CellRefused(msg("value.not_stamp", text=text))
    return to_stamp(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))


def convert(value, column: Column):
    """The stored form of a cell for `column`: '' for a blank optional cell."""
    if _is_blank(value):
        if column.required:
            raise CellRefused(msg("value.required"))
        return None if column.type in (ValueType.INTEGER, ValueType.DECIMAL) else ""
    if isinstance(value, str) and len(value) > MAX_CELL:
        raise CellRefused(msg("value.too_long", n=len(value), max=MAX_CELL))
    kind = column.type
    if kind == ValueType.IDENTIFIER:
        return _identifier(value, column)
    if kind == ValueType.INTEGER:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise CellRefused(msg("value.not_integer", text=value)) from None
        if not number.is_integer():
            raise CellRefused(msg("value.not_integer", text=value))
        return int(number)
    if kind == ValueType.DECIMAL:
        try:
            return float(value)
        except (TypeError, ValueError):
            raise CellRefused(msg("value.not_number", text=value)) from None
    if kind == ValueType.DATE:
        return _date(value)
    if kind == ValueType.TIMESTAMP:
        return _stamp(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def converter(column: Column):
    """`convert` for one column, with a fast path for the common case of a plain text
    cell (an import converts millions of cells)."""
    if column.type == ValueType.TEXT:
        required = column.required

        def text(value):
            if type(value) is str and len(value) <= MAX_CELL:
                stripped = value.strip()
                if stripped or not required:
                    return stripped
            return convert(value, column)
        return text
    if column.type == ValueType.IDENTIFIER:
        def identifier(value):
            if type(value) is str and len(value) <= MAX_CELL and "e" not in value \
                    and "E" not in value:
                stripped = value.strip()
                if stripped or not column.required:
                    return stripped
            return convert(value, column)
        return identifier
    if column.type == ValueType.INTEGER:
        def integer(value):
            if type(value) is float and value.is_integer():
                return int(value)
            return convert(value, column)
        return integer
    if column.type == ValueType.TIMESTAMP:
        def stamp(value):
            if type(value) is str and _STORED_STAMP.fullmatch(value):
                return value
            return convert(value, column)
        return stamp
    return lambda value: convert(value, column)
