import pytest

from fieldapp.domain.records import Community, Household, Tag, tags_from_text, tags_to_text
from fieldapp.domain.validation import ValidationFailed, clean_community, clean_household

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
