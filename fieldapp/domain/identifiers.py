"""Rules for the identifiers a household carries: ID number, mobile, account number,
meter number and the building, unit and room of its address.

They are ASCII digits kept as text. Digits typed or pasted in another form (full-width
０–９ from a Chinese input method, ³, ①, 𝟑) become ASCII where Unicode's NFKC
normalisation makes them ASCII; anything else, Arabic-Indic ٣ included (NFKC keeps it),
is refused with the character named. The form, the roster import and the exchange
workbook all use `ascii_digits` and `digits_problem`.
"""
from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata

from fieldapp.domain.messages import MESSAGES, language, msg
from fieldapp.domain.records import field_label

# GB 11643-1999: weights of the first 17 digits; ISO 7064 MOD 11-2 check character.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
_MOBILE = re.compile(r"1[3-9]\d{9}")
ACCOUNT_NO_MAX = 20

MESSAGES.update({
    "digits.only": ("只能是数字 0–9，不能有 {char}", "may hold only the digits 0–9, not {char}"),
    "digits.only_x": ("只能是数字 0–9（最后一位可以是 X），不能有 {char}",
                      "may hold only the digits 0–9 (the last place may be X), not {char}"),
    "field.problem": ("{label}{problem}", "The {label} {problem}"),
})


def field_problem(label: str, problem: str) -> str:
    """A problem phrased without its subject ("may hold only …"), with the field named:
    for a form whose fields share one error line, and for every English sentence."""
    return msg("field.problem", label=label, problem=problem)


def shown_char(char: str) -> str:
    """A character as a message names it: quoted, with its code point when it is not
    plain ASCII (look-alike digits), only the code point when it is invisible."""
    code = f"U+{ord(char):04X}"
    if not char.isprintable() or char.isspace():
        return code
    if char.isascii():
        return f"“{char}”"
    return f"“{char}”（{code}）" if language() == "zh" else f"“{char}” ({code})"


def ascii_digits(text: str, last_x: bool = False) -> str:
    """`text` with each digit that NFKC writes as ASCII (full-width ０–９, ³, ①, 𝟑)
    written in ASCII, and with `last_x` a full-width Ｘ as X; other characters are left
    for `digits_problem` to name."""
    if text.isascii():
        return text
    converted = []
    for char in text:
        if not char.isascii():
            folded = unicodedata.normalize("NFKC", char)
            if folded.isascii() and (folded.isdigit() or (last_x and folded in ("X", "x"))):
                char = folded
        converted.append(char)
    return "".join(converted)


def digits_problem(text: str, label: str | None = None, last_x: bool = False) -> str | None:
    """Why `text` (already through `ascii_digits`) is not ASCII digits, naming the first
    other character; None when it is (or is empty). With `last_x` the last place may be
    X (an ID number's check character). With `label` the field is named."""
    body = text[:-1] if last_x and text[-1:] in ("X", "x") else text
    if not body or (body.isascii() and body.isdigit()):
        return None
    char = next(c for c in body if not ("0" <= c <= "9"))
    problem = msg("digits.only_x" if last_x else "digits.only", char=shown_char(char))
    return field_problem(label, problem) if label else problem


def id_check_char(first17: str) -> str:
    """The check character for the first 17 digits of a resident ID number."""
    if len(first17) != len(_ID_WEIGHTS) or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"17 digits expected, got {first17!r}")
    # the digits' weighted sum, from their character codes (ord("0") = 48 each)
    total = sum(map(operator.mul, first17.encode(), _ID_WEIGHTS)) - _ZERO_WEIGHT
    return _ID_CHECK_CHARS[total % 11]


_ZERO_WEIGHT = 48 * sum(_ID_WEIGHTS)


def normalize_id_number(raw: str) -> str:
    """Trimmed, in ASCII digits and upper-cased: a lowercase x is accepted as the check
    character."""
    return ascii_digits(raw.strip(), last_x=True).upper()


def id_number_problem(raw: str, today: dt.date | None = None) -> str | None:
    """Why `raw` is not a valid 18-character ID number, or None when it is."""
    value = normalize_id_number(raw)
    if len(value) != 18:
        return msg("id.length", n=len(value))
    plain = value.isascii() and value[:17].isdigit() and value[17] in "0123456789X"
    if not plain and (problem := digits_problem(value, field_label("id_number"),
                                                last_x=True)):
        return problem
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
    value = ascii_digits(raw.strip())
    if not (value.isascii() and value.isdigit()) \
            and (problem := digits_problem(value, field_label("mobile"))):
        return problem
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
    value = ascii_digits(raw.strip())
    if not value:
        return msg("account.required")
    if not (value.isascii() and value.isdigit()) \
            and (problem := digits_problem(value, field_label("account_no"))):
        return problem
    if len(value) > ACCOUNT_NO_MAX:
        return msg("account.length", max=ACCOUNT_NO_MAX)
    return None
