import datetime as dt

import pytest

from fieldapp.domain.identifiers import (
    account_no_problem,
    ascii_digits,
    digits_problem,
    id_check_char,
    id_number_problem,
    mask_id_number,
    mask_mobile,
    mobile_problem,
    normalize_id_number,
)
from fieldapp.domain.messages import set_language

from .conftest import VALID_ID


@pytest.mark.parametrize("number", [VALID_ID, "110105194912310029"[:17] + id_check_char(
    "11010519491231002"), "330302198507150014"[:17] + id_check_char("33030219850715001")])
def test_valid_id_numbers_pass(number):
    assert id_number_problem(number) is None


def test_check_character_follows_gb11643():
    assert id_check_char("11010519491231002") == "X"
    assert id_check_char("44052418800101001") == "4"
    for first17 in ("1101051949123100", "1101051949123100X", "１１０１０５１９４９１２３１００２"):
        with pytest.raises(ValueError):
            id_check_char(first17)


def test_lowercase_x_is_accepted_and_normalised():
    assert id_number_problem(VALID_ID.lower()) is None
    assert normalize_id_number(" 11010519491231002x ") == VALID_ID


@pytest.mark.parametrize("wrong", ["110105194912310021", "110105194912310020"])
def test_wrong_check_digit_is_refused_naming_the_right_one(wrong):
    problem = id_number_problem(wrong)
    assert problem is not None and "校验位" in problem and "X" in problem


@pytest.mark.parametrize("raw, words", [
    ("1101051949123100", "18 位"),
    ("11010519491231002XX", "18 位"),
    ("11010519491331002X", "不存在"),
    ("1101051949123100AX", "数字"),
])
def test_malformed_id_numbers_say_why(raw, words):
    assert words in id_number_problem(raw)


def test_birth_date_in_the_future_is_refused():
    first17 = "33030220990101001"
    assert "不合理" in id_number_problem(first17 + id_check_char(first17),
                                       today=dt.date(2026, 11, 22))


def test_messages_switch_to_english():
    set_language("en")
    assert "check character" in id_number_problem("110105194912310021")


def test_masking_keeps_first_six_and_last_four():
    assert mask_id_number(VALID_ID) == "110105********002X"
    assert mask_mobile("13812345678") == "138****5678"


@pytest.mark.parametrize("mobile, ok", [("13812345678", True), ("19912345678", True),
                                        ("12812345678", False), ("1381234567", False),
                                        ("138-1234-5678", False), ("23812345678", False)])
def test_mobile_rules(mobile, ok):
    assert (mobile_problem(mobile) is None) is ok


@pytest.mark.parametrize("account, ok", [("0012345678", True), ("", False), ("12a4", False),
                                         ("1" * 21, False)])
def test_account_numbers_are_digits_kept_as_text(account, ok):
    assert (account_no_problem(account) is None) is ok


@pytest.mark.parametrize("typed, ascii", [
    ("０３３０", "0330"), ("𝟎𝟑𝟑𝟎", "0330"), ("³", "3"), ("①②", "12"), ("0330", "0330"),
    ("٠٣٣٠", "٠٣٣٠"), ("३", "३"),  # Arabic-Indic and Devanagari: NFKC keeps them
    ("１２Ａ", "12Ａ"),             # only digits are converted
])
def test_digits_become_ascii_where_nfkc_makes_them_ascii(typed, ascii):
    assert ascii_digits(typed) == ascii


def test_a_full_width_x_is_an_id_numbers_check_character_only():
    assert ascii_digits("１１０１０５１９４９１２３１００２Ｘ", last_x=True) == VALID_ID
    assert ascii_digits("Ｘ") == "Ｘ"


@pytest.mark.parametrize("text, problem", [
    ("0301", None), ("", None),
    ("٠٣٠١", "只能是数字 0–9，不能有 “٠”（U+0660）"),
    ("3-01", "只能是数字 0–9，不能有 “-”"),
    ("3\u00a001", "只能是数字 0–9，不能有 U+00A0"),
])
def test_digits_problem_names_the_first_other_character(text, problem):
    assert digits_problem(text) == problem


def test_digits_problem_names_the_field_in_both_languages():
    assert digits_problem("A", "楼幢") == "楼幢只能是数字 0–9，不能有 “A”"
    set_language("en")
    assert digits_problem("A", "building") == ("The building may hold only the digits 0–9, "
                                               "not “A”")


def test_identifiers_in_other_digits_are_refused_by_name():
    assert account_no_problem("٠٣٣٠٠١٢٣٤٥") == "户号只能是数字 0–9，不能有 “٠”（U+0660）"
    assert account_no_problem("０３３００１２３４５") is None
    assert "0–9" in mobile_problem("١٣٨١٢٣٤٥٦٧٨")
    assert mobile_problem("１３８１２３４５６７８") is None
    assert id_number_problem("１１０１０５１９４９１２３１００２ｘ") is None
    assert "U+0661" in id_number_problem("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X")
