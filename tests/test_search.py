import dataclasses

import pytest

from fieldapp.domain.records import Community, Tag
from fieldapp.store import search
from fieldapp.store.households import HouseholdQuery

from .conftest import make_household


@pytest.fixture
def register(store, community):
    other = store.communities.save(Community(name="锦绣家园"))
    rows = [
        make_household(community, account_no="0330012345", name="王芳", mobile="13812345678",
                       address="温州市鹿城区车站大道幸福花园3幢2单元501室"),
        make_household(community, account_no="0330099999", name="王芳芳", mobile="13900001111",
                       id_number="", address="", building="5", unit="1", room="302"),
        make_household(other, account_no="1200000001", name="李建国", mobile="15000002222",
                       id_number="", address="温州市瓯海区锦绣路锦绣家园1幢1单元101室",
                       tags=(Tag.ELDERLY_ALONE,)),
        make_household(other, account_no="1200000002", name="欧阳修文", mobile="",
                       id_number="", address="温州市瓯海区锦绣路锦绣家园2幢",
                       meter_no="3330000042"),
    ]
    return [store.households.save(h) for h in rows]


def names(store, text, **query):
    ids = store.households.ids(HouseholdQuery(text=text, **query))
    return [row.name for row in store.households.rows(ids)]


def test_two_character_chinese_names_are_found(store, register):
    assert names(store, "王芳") == ["王芳", "王芳芳"]
    assert names(store, "阳修") == ["欧阳修文"]  # the middle of a four-character name


def test_address_fragments_are_found(store, register):
    assert names(store, "车站大道") == ["王芳"]
    assert names(store, "5幢1单元") == ["王芳芳"]  # address built from building/unit/room


def test_account_number_prefixes_and_mobile_fragments(store, register):
    assert names(store, "03300") == ["王芳", "王芳芳"]
    assert names(store, "120") == ["李建国", "欧阳修文"]
    assert names(store, "12") == ["李建国", "欧阳修文", "王芳"]  # and 138[12]345678
    assert names(store, "1") == ["李建国", "欧阳修文", "王芳", "王芳芳"]
    assert names(store, "000000") == ["李建国", "欧阳修文"]  # inside account numbers
    assert names(store, "1111") == ["王芳芳"]  # mobile tail
    assert names(store, "3330000042") == ["欧阳修文"]  # meter number


def test_community_names_match_their_households(store, register):
    assert names(store, "锦绣") == ["李建国", "欧阳修文"]
    assert names(store, "幸福花园") == ["王芳", "王芳芳"]


def test_one_character_queries(store, register):
    assert names(store, "芳") == ["王芳", "王芳芳"]
    assert names(store, "欧") == ["欧阳修文"]


def test_all_terms_must_match(store, register):
    assert names(store, "王芳 302") == ["王芳芳"]
    assert names(store, "王芳 锦绣") == []


def test_no_match_across_separate_words(store, register):
    # "芳1" never stands in one run of text: name and mobile are indexed apart
    assert names(store, "芳1") == []


def test_edits_and_deletes_update_the_index(store, register):
    first = register[0]
    store.households.save(dataclasses.replace(first, name="赵敏"))
    assert names(store, "赵敏") == ["赵敏"]
    assert names(store, "王芳") == ["王芳芳"]
    store.households.delete(first.uuid, 2)
    assert names(store, "赵敏") == []
    count = store.conn.execute("SELECT count(*) FROM household_search").fetchone()[0]
    assert count == 3


def test_filters_and_sorting(store, register, community):
    assert names(store, "", community_uuid=community.uuid) == ["王芳", "王芳芳"]
    assert names(store, "", tag=Tag.ELDERLY_ALONE) == ["李建国"]
    assert names(store, "", sort="account_no", descending=True)[0] == "欧阳修文"
    assert names(store, "", sort="community")[:2] == ["王芳", "王芳芳"]  # 幸福花园 < 锦绣家园


def test_special_characters_do_not_break_queries(store, register):
    for text in ['"', "'", "%", "_", "a OR b", "NEAR(", "*", "王芳\"", "-"]:
        names(store, text)  # must not raise
    assert names(store, "%") == names(store, "")  # punctuation alone filters nothing


def test_grams_cut_runs_into_bigrams():
    assert search.grams(["张三丰", "138"]) == "张三 三丰 sep 13 38"
    assert search.grams(["王"]) == "王"
    assert search.prefix_range("0330") == ("0330", "0331")
