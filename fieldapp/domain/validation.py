"""Checking a record before it is stored: every problem named at its field."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from fieldapp.domain.identifiers import (
    account_no_problem,
    ascii_digits,
    digits_problem,
    field_problem,
    id_number_problem,
    mobile_problem,
    normalize_id_number,
)
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import Community, Household, field_label

MAX_TEXT = 200
MULTILINE = ("notes",)  # free text where a line break or tab belongs
# household fields that hold digits only (the ID number has its own rule)
DIGIT_FIELDS = ("account_no", "mobile", "building", "unit", "room", "meter_no")
_PLACE_FIELDS = ("building", "unit", "room", "meter_no")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

MESSAGES.update({
    "text.control": ("含有不可见的控制字符 {code}，请删除",
                     "holds the invisible control character {code}; remove it"),
    "text.line_break": ("不能换行或含制表符（{code}），请写在一行内",
                        "may not hold a line break or tab ({code}); keep it on one line"),
    "text.surrogate": ("含有无效字符 {code}（不成对的代理项），请重新输入",
                       "holds an invalid character {code} (an unpaired surrogate); "
                       "type it again"),
})


def text_problem(text: str, multiline: bool = False) -> str | None:
    """Why `text` is not plain text, or None: control characters (C0, DEL, C1, NUL) and
    unpaired surrogates are refused; a line break or tab only where `multiline`."""
    if text.isprintable():  # the common case, at C speed
        return None
    found = (_CONTROL_BUT_LINES if multiline else _CONTROL).search(text)
    if found is None:
        return None  # printable after all: wide spaces and other separators
    char = found.group()
    code = f"U+{ord(char):04X}"
    if char in "\t\n\r":
        return msg("text.line_break", code=code)
    if "\ud800" <= char <= "\udfff":
        return msg("text.surrogate", code=code)
    return msg("text.control", code=code)


class ValidationFailed(ValueError):
    """A record was refused; `problems` maps each offending field to its reason."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field_label(k)}: {v}" for k, v in problems.items()))


def _strip_text(record):
    """A copy with every text field trimmed."""
    changes = {f.name: getattr(record, f.name).strip() for f in dataclasses.fields(record)
               if isinstance(getattr(record, f.name), str)}
    return dataclasses.replace(record, **changes)


def _check_text(record, problems: dict[str, str]) -> None:
    """Every text field plain text and (free text aside) at most MAX_TEXT long."""
    # the common case, checked at C speed over every text the record holds (its sync
    # fields too: they are plain text when its content is); else find the field below
    texts = [v for v in vars(record).values() if type(v) is str]
    if "".join(texts).isprintable() and max(map(len, texts), default=0) <= MAX_TEXT:
        return
    for name, value in record.content().items():
        if name in problems or not isinstance(value, str):
            continue
        if problem := text_problem(value, multiline=name in MULTILINE):
            problems[name] = field_problem(field_label(name), problem)
        elif len(value) > MAX_TEXT and name not in MULTILINE:
            problems[name] = msg("too_long", label=field_label(name), max=MAX_TEXT)


def text_field_problems(record, names: tuple[str, ...], problems: dict[str, str],
                        free_text: tuple[str, ...] = ("notes", "note")) -> None:
    """Each of `names` plain text and, unless free text (line breaks allowed, no length
    limit), at most MAX_TEXT long; a field that already has a problem is left as it is."""
    for name in names:
        value = getattr(record, name)
        if name in problems:
            continue
        if problem := text_problem(value, multiline=name in free_text):
            problems[name] = field_problem(field_label(name), problem)
        elif len(value) > MAX_TEXT and name not in free_text:
            problems[name] = msg("too_long", label=field_label(name), max=MAX_TEXT)


def clean_household(household: Household) -> Household:
    """The household trimmed and normalised, or ValidationFailed naming every problem."""
    h = _strip_text(household)
    h = dataclasses.replace(h, id_number=normalize_id_number(h.id_number),
                            **{name: ascii_digits(getattr(h, name)) for name in DIGIT_FIELDS})
    problems = household_problems(h)
    if problems:
        raise ValidationFailed(problems)
    return h


def household_problems(h: Household) -> dict[str, str]:
    """Every rule a trimmed, normalised household breaks, by field (empty: none)."""
    problems: dict[str, str] = {}
    if problem := account_no_problem(h.account_no):
        problems["account_no"] = problem
    if not h.name:
        problems["name"] = msg("required", label=field_label("name"))
    if h.mobile and (problem := mobile_problem(h.mobile)):
        problems["mobile"] = problem
    if h.id_number and (problem := id_number_problem(h.id_number)):
        problems["id_number"] = problem
    if not h.community_uuid:
        problems["community_uuid"] = msg("required", label=field_label("community_uuid"))
    for name in _PLACE_FIELDS:
        value = getattr(h, name)
        if value and not (value.isascii() and value.isdigit()) \
                and (problem := digits_problem(value, field_label(name))):
            problems[name] = problem
    _check_text(h, problems)
    return problems


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:[ T]00:00(?::00(?:\.0+)?)?)?")


def parse_date(text: str) -> dt.date | None:
    """A date written 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日, also with the
    midnight time a program writes after a date (2026-12-31 00:00:00, as pandas does);
    else None."""
    match = _DATE.fullmatch(text.strip())
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def clean_community(community: Community) -> Community:
    """The community trimmed, or ValidationFailed naming every problem."""
    c = _strip_text(community)
    if c.permit_valid_until and (date := parse_date(c.permit_valid_until)) is not None:
        c = dataclasses.replace(c, permit_valid_until=date.isoformat())
    problems = community_problems(c)
    if problems:
        raise ValidationFailed(problems)
    return c


def community_problems(c: Community) -> dict[str, str]:
    """Every rule a trimmed community breaks, by field (empty: none)."""
    problems: dict[str, str] = {}
    if not c.name:
        problems["name"] = msg("required", label=field_label("name"))
    if c.permit_valid_until and parse_date(c.permit_valid_until) is None:
        problems["permit_valid_until"] = msg(
            "date.format", label=field_label("permit_valid_until"))
    _check_text(c, problems)
    return problems
