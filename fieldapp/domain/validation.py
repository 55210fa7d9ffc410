"""Checking a record before it is stored: every problem named at its field."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from fieldapp.domain.identifiers import (
    account_no_problem,
    id_number_problem,
    mobile_problem,
    normalize_id_number,
)
from fieldapp.domain.messages import msg
from fieldapp.domain.records import Community, Household, field_label

MAX_TEXT = 200


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


def _check_lengths(record, problems: dict[str, str], skip: tuple[str, ...] = ()) -> None:
    for name, value in record.content().items():
        if name in skip or name in problems or not isinstance(value, str):
            continue
        if len(value) > MAX_TEXT:
            problems[name] = msg("too_long", label=field_label(name), max=MAX_TEXT)


def clean_household(household: Household) -> Household:
    """The household trimmed and normalised, or ValidationFailed naming every problem."""
    h = _strip_text(household)
    h = dataclasses.replace(h, id_number=normalize_id_number(h.id_number))
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
    _check_lengths(h, problems, skip=("notes",))
    return problems


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> dt.date | None:
    """A date written 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日; else None."""
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
    _check_lengths(c, problems, skip=("notes",))
    return problems
