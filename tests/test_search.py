import dataclasses

import pytest

from fieldapp.domain import pinyin
from fieldapp.domain.records import Community, Tag
from fieldapp.store import Store, households, search, search_plan
from fieldapp.store.households import HouseholdQuery, row_search_fields

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
    # by pinyin: 锦绣家园 (jin xiu) before 幸福花园 (xing fu), though 幸 < 锦 in code points
    assert names(store, "", sort="community")[:2] == ["李建国", "欧阳修文"]


def test_special_characters_do_not_break_queries(store, register):
    for text in ['"', "'", "%", "_", "a OR b", "NEAR(", "*", "王芳\"", "-"]:
        names(store, text)  # must not raise
    assert names(store, "%") == names(store, "")  # punctuation alone filters nothing


def test_grams_cut_runs_into_bigrams():
    assert search.grams(["张三丰", "138"]) == "张三 三丰 sep 13 38"
    assert search.grams(["王"]) == "王"
    assert search.prefix_range("0330") == ("0330", "0331")


# -- every match, however common a word ---------------------------------------------------
@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """A few hundred demo households in 8 communities; every address says 温州."""
    from fieldapp.demo import generate

    with Store.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3") as opened:
        generate(opened, 400, seed=5, communities=8, requests=0)
        yield opened


# How a search is run (store/search_plan.py weighs walking the list in its order
# against collecting candidates from the index): as shipped, then forced each way with
# caps small enough for 400 households, so that every path and fallback takes turns.
LIMITS = {
    "as shipped": {},
    "walked": dict(CANDIDATE_COST=10**9, SAMPLE_ROWS=50),
    "walk gives up": dict(CANDIDATE_COST=10**9, WALK_SLACK=0.01, CANDIDATE_LIMIT=50,
                          SET_LIMIT=5),
    "collected": dict(ROW_COST=10**9, CANDIDATE_LIMIT=50),
    "one candidate": dict(CANDIDATE_COST=10**9, WALK_SLACK=0, SAMPLE_ROWS=1,
                          CANDIDATE_LIMIT=1, SET_LIMIT=0),
}


@pytest.fixture(params=LIMITS)
def limits(request, monkeypatch):
    for name, value in {**LIMITS[request.param], "CANDIDATE_SHARE": 0}.items():
        monkeypatch.setattr(search if hasattr(search, name) else search_plan, name, value)
    return request.param


def expected(store, text, sort="name", descending=False, limit=None, where="1"):
    """What the search paragraph of the README promises, checked row by row."""
    rows = store.conn.execute(
        "SELECT h.*, c.name AS community FROM households h"
        f" JOIN communities c ON c.uuid = h.community_uuid WHERE {where}").fetchall()
    words = search.runs(text)

    def matches(row, word):
        if word in row["community"].lower():
            return True
        if pinyin.is_spelling(word) and (pinyin.spells(word, row["name"])
                                         or pinyin.spells(word, row["community"])):
            return True
        if len(word) == 1:
            return (word in row["name"].lower() or row["account_no"].startswith(word)
                    or (row["mobile"] or "").startswith(word))
        return any(word in (field or "").lower() for field in row_search_fields(row))

    found = [row for row in rows if all(matches(row, word) for word in words)]
    column = {"name": "name_key"}.get(sort, sort)  # names by pinyin
    found.sort(key=lambda row: (row[column] or "", row["id"]), reverse=descending)
    return [row["id"] for row in found[:limit]]


def demo_queries(store):
    """Queries drawn from the data: common and rare words, alone and together."""
    picked = store.conn.execute(
        "SELECT h.name, h.address, h.account_no, h.mobile, c.name FROM households h"
        " JOIN communities c ON c.uuid = h.community_uuid ORDER BY h.id DESC LIMIT 3")
    queries = ["温州", "温", "1", "王", "单元", "温州 1", "0 单元"]
    for name, address, account_no, mobile, community in picked:
        queries += [f"温州 {name}", f"{community} {name}", f"{community[:2]} {name[1:]}",
                    f"{name[0]} {community}", f"{name[0]} 温州 {address[3:5]}",
                    address[-8:-3], account_no[:5], f"{mobile[-4:]} 温州", community,
                    f"{community[:2]} {address[-6:-1]}", f"{name[0]} {mobile[0]}"]
        # pinyin: initials, syllables and their prefixes, with other words
        initials, syllables = pinyin.spellings(name)[0], pinyin.spellings(name)[-1]
        queries += [initials, syllables, syllables[:4], initials[0],
                    f"温州 {initials}", f"{pinyin.spellings(community)[0]} {name[1:]}",
                    f"{syllables[:3]} {mobile[-4:]}", f"{initials} {name[0]}"]
    return queries


def test_a_common_word_finds_the_rows_of_a_rare_one(demo_store, limits):
    last_id, name, community = demo_store.conn.execute(
        "SELECT h.id, h.name, c.name FROM households h JOIN communities c"
        " ON c.uuid = h.community_uuid ORDER BY h.id DESC LIMIT 1").fetchone()
    for text in (f"温州 {name}", f"{name} 温州", f"{community} {name}", f"{name[0]} 温州 {name}"):
        ids = demo_store.households.ids(HouseholdQuery(text=text))
        assert last_id in ids, text
        assert list(ids) == expected(demo_store, text), text


@pytest.mark.parametrize("sort, descending", [("name", False), ("account_no", True),
                                              ("mobile", False), ("address", False),
                                              ("updated_at", True)])  # all equal
def test_every_match_is_found_in_order(demo_store, limits, monkeypatch, sort, descending):
    monkeypatch.setattr(households, "SEARCH_LIMIT", 40)  # pages fill up: order matters
    for text in demo_queries(demo_store):
        ids = demo_store.households.ids(HouseholdQuery(text=text, sort=sort,
                                                       descending=descending))
        assert list(ids) == expected(demo_store, text, sort, descending, limit=40), text


def test_counts_below_the_limit_are_exact(demo_store, limits):
    counts = {text: len(demo_store.households.ids(HouseholdQuery(text=text)))
              for text in ("温州", "温州 王", "单元", "王", "1 温州")}
    assert counts == {text: len(expected(demo_store, text)) for text in counts}
    assert counts["温州"] == 400  # every demo address


def test_a_word_may_match_through_the_community_name(store, limits):
    lake = store.communities.save(Community(name="翠湖名苑"))
    garden = store.communities.save(Community(name="翠湖花园"))
    for n, (where, address) in enumerate([(lake, "学院路88号"), (lake, "人民路3号"),
                                          (garden, "学院路5号"), (garden, "翠湖路学院路2号")]):
        store.households.save(make_household(where, account_no=f"03300{n:05d}",
                                             name=f"住户{n}", address=address))
    assert names(store, "翠湖 学院路") == ["住户0", "住户2", "住户3"]
    assert names(store, "名苑 学院路") == ["住户0"]
    assert names(store, "翠湖 花园 学院路") == ["住户2", "住户3"]
    assert names(store, "翠湖路 花园") == ["住户3"]
    assert names(store, "翠湖 户 2") == ["住户2"]  # 2: name, account or mobile start


def test_filters_narrow_every_match(demo_store, limits, monkeypatch):
    monkeypatch.setattr(households, "SEARCH_LIMIT", 10)
    community_uuid = demo_store.conn.execute(
        "SELECT community_uuid FROM households ORDER BY id DESC").fetchone()[0]
    for text in ("温州", "温州 王", "王", "单元 1"):
        in_community = demo_store.households.ids(
            HouseholdQuery(text=text, community_uuid=community_uuid))
        assert list(in_community) == expected(
            demo_store, text, limit=10, where=f"h.community_uuid = '{community_uuid}'")
        elderly = demo_store.households.ids(HouseholdQuery(text=text, tag=Tag.ELDERLY_ALONE))
        assert list(elderly) == expected(demo_store, text, limit=10,
                                         where="h.tags LIKE '%elderly%'"), text
