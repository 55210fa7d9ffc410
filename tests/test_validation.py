import datetime as dt

import pytest

from fieldapp.domain.messages import set_language
from fieldapp.domain.records import Community, Household, Tag, tags_from_text, tags_to_text
from fieldapp.domain.validation import (
    ValidationFailed,
    clean_community,
    clean_household,
    parse_date,
    text_problem,
)

from .conftest import VALID_ID


def test_every_problem_is_named_at_its_field():
    with pytest.raises(ValidationFailed) as failed:
        clean_household(Household(account_no="12a", name=" ", mobile="123",
                                  id_number="110105194912310021"))
    assert set(failed.value.problems) == {"account_no", "name", "mobile", "id_number",
                                          "community_uuid"}
    assert "请填写姓名" == failed.value.problems["name"]


def test_clean_household_trims_and_normalises():
    h = clean_household(Household(account_no=" 0012 ", name=" 李四 ", community_uuid="c",
                                  id_number=VALID_ID.lower()))
    assert (h.account_no, h.name, h.id_number) == ("0012", "李四", VALID_ID)


def test_optional_identifiers_may_be_empty():
    clean_household(Household(account_no="1", name="李四", community_uuid="c"))


def test_overlong_text_is_refused():
    with pytest.raises(ValidationFailed) as failed:
        clean_household(Household(account_no="1", name="李" * 201, community_uuid="c"))
    assert "200" in failed.value.problems["name"]


def test_community_dates_are_checked_and_normalised():
    assert clean_community(Community(name="A", permit_valid_until="2027/6/30")
                           ).permit_valid_until == "2027-06-30"
    assert clean_community(Community(name="A", permit_valid_until="2027年6月30日")
                           ).permit_valid_until == "2027-06-30"
    with pytest.raises(ValidationFailed) as failed:
        clean_community(Community(name="A", permit_valid_until="明年"))
    assert "日期" in failed.value.problems["permit_valid_until"]
    assert clean_community(Community(name="A", permit_valid_until="2027-06-30")
                           ).permit_valid_until == "2027-06-30"


def test_tags_round_trip_in_declaration_order():
    text = tags_to_text((Tag.HARDSHIP, Tag.ELDERLY_ALONE))
    assert text == "elderly_alone;hardship"
    assert tags_from_text(text) == (Tag.ELDERLY_ALONE, Tag.HARDSHIP)
    assert Tag.parse("停电敏感") is Tag.OUTAGE_SENSITIVE


def test_identifiers_typed_in_full_width_are_stored_in_ascii():
    h = clean_household(Household(
        account_no="０３３００１２３４５", name="李四", community_uuid="c",
        mobile="１３８１２３４５６７８", id_number="１１０１０５１９４９１２３１００２ｘ",
        building="１２", unit="２", room="０３０１", meter_no="３３３００００００４２"))
    assert (h.account_no, h.mobile, h.id_number, h.building, h.unit, h.room, h.meter_no) == (
        "0330012345", "13812345678", VALID_ID, "12", "2", "0301", "33300000042")


def test_building_unit_room_and_meter_hold_digits_only_named_in_both_languages():
    household = Household(account_no="1", name="李四", community_uuid="c", building="A",
                          unit="٢", room="3-01", meter_no="3330 42")
    with pytest.raises(ValidationFailed) as failed:
        clean_household(household)
    assert failed.value.problems == {
        "building": "楼幢只能是数字 0–9，不能有 “A”",
        "unit": "单元只能是数字 0–9，不能有 “٢”（U+0662）",
        "room": "房号只能是数字 0–9，不能有 “-”",
        "meter_no": "电表号只能是数字 0–9，不能有 U+0020"}
    set_language("en")
    with pytest.raises(ValidationFailed) as failed:
        clean_household(household)
    assert failed.value.problems["building"] == ("The building may hold only the digits "
                                                 "0–9, not “A”")
    assert failed.value.problems["unit"] == ("The unit may hold only the digits 0–9, "
                                             "not “٢” (U+0662)")


def test_an_account_number_in_arabic_indic_digits_is_refused():
    with pytest.raises(ValidationFailed) as failed:
        clean_household(Household(account_no="١٢٣", name="李四", community_uuid="c"))
    assert failed.value.problems == {"account_no": "户号只能是数字 0–9，不能有 “١”（U+0661）"}


def test_control_characters_are_refused_and_line_breaks_only_in_notes():
    with pytest.raises(ValidationFailed) as failed:
        clean_household(Household(account_no="1", name="李\x07四", community_uuid="c",
                                  address="幸福花园\n3幢", notes="第一行\n第二行\x00"))
    assert failed.value.problems == {
        "name": "姓名含有不可见的控制字符 U+0007，请删除",
        "address": "地址不能换行或含制表符（U+000A），请写在一行内",
        "notes": "备注含有不可见的控制字符 U+0000，请删除"}
    assert clean_household(Household(account_no="1", name="李四", community_uuid="c",
                                     notes="第一行\n\t第二行")).notes == "第一行\n\t第二行"
    with pytest.raises(ValidationFailed) as failed:
        clean_community(Community(name="幸福\x1b花园"))
    assert "控制字符 U+001B" in failed.value.problems["name"]
    set_language("en")
    assert text_problem("a\x85b") == "holds the invisible control character U+0085; remove it"
    assert text_problem("\u3000张三") is None and text_problem("a\nb", multiline=True) is None


def test_a_date_with_the_midnight_time_a_program_adds_is_a_date():
    assert parse_date("2027-06-30 00:00:00") == dt.date(2027, 6, 30)
    assert parse_date("2027/6/30 00:00") == dt.date(2027, 6, 30)
    assert parse_date("2027-06-30 08:00:00") is None
    assert clean_community(Community(name="A", permit_valid_until="2027-06-30 00:00:00")
                           ).permit_valid_until == "2027-06-30"
