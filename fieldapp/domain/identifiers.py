"""Rules for the identifiers a household carries: ID number, mobile, account number."""
from __future__ import annotations

import datetime as dt
import re

from fieldapp.domain.messages import msg

# GB 11643-1999: weights of the first 17 digits; ISO 7064 MOD 11-2 check character.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
_MOBILE = re.compile(r"1[3-9]\d{9}")
ACCOUNT_NO_MAX = 20


def id_check_char(first17: str) -> str:
    """The check character for the first 17 digits of a resident ID number."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def normalize_id_number(raw: str) -> str:
    """Trimmed and upper-cased: a lowercase x is accepted as the check character."""
    return raw.strip().upper()


def id_number_problem(raw: str, today: dt.date | None = None) -> str | None:
    """Why `raw` is not a valid 18-character ID number, or None when it is."""
    value = normalize_id_number(raw)
    if len(value) != 18:
        return msg("id.length", n=len(value))
    if not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        return msg("id.chars")
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return msg("id.birth_missing", date=value[6:14])
    if born > (today or dt.date.today()) or born.year < 1900:
        return msg("id.birth_odd", date=value[6:14])
    expected = id_check_char(value[:17])
    if value[17] != expected:
        return msg("id.check", expected=expected)
    return None


def mask_id_number(value: str) -> str:
    """First 6 and last 4 characters visible, the rest as asterisks."""
    if len(value) <= 10:
        return value
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mobile_problem(raw: str) -> str | None:
    """Why `raw` is not an 11-digit mainland mobile number, or None."""
    value = raw.strip()
    if not value.isdigit():
        return msg("mobile.digits")
    if len(value) != 11:
        return msg("mobile.length", n=len(value))
    if not _MOBILE.fullmatch(value):
        return msg("mobile.prefix")
    return None


def mask_mobile(value: str) -> str:
    """138****5678."""
    if len(value) != 11:
        return value
    return value[:3] + "****" + value[-4:]


def account_no_problem(raw: str) -> str | None:
    """Account numbers are digits kept as text (leading zeros matter)."""
    value = raw.strip()
    if not value:
        return msg("account.required")
    if not value.isdigit():
        return msg("account.digits")
    if len(value) > ACCOUNT_NO_MAX:
        return msg("account.length", max=ACCOUNT_NO_MAX)
    return None
