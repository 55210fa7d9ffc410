"""Searching as Chinese users type: pinyin initials and syllables find names and
communities, names sort by pinyin, and the list says when a match is hidden."""
from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from fieldapp.domain import pinyin
from fieldapp.domain.records import Community
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import apply_plan, plan_import
from fieldapp.store import Store
from fieldapp.store.households import HouseholdQuery
from fieldapp.store.migrations import MIGRATIONS

from .conftest import make_household
from .ui_helpers import type_text


def names(store, text, **query):
    ids = store.households.ids(HouseholdQuery(text=text, **query))
    return [row.name for row in store.households.rows(ids)]


@pytest.fixture
def people(store, community):
    """Households whose names sort differently by pinyin than by code point."""
    huajing = store.communities.save(Community(name="温州华景苑"))
    rows = [("赵敏", community, "13900000001"), ("张婷", community, "13812345678"),
            ("曾单", huajing, "13700000002"), ("安然", huajing, "13600000003"),
            ("白雪", community, "13500000004"), ("陈晨", huajing, "13400000005"),
            ("李娜", community, "13300000006")]
    return [store.households.save(make_household(where, account_no=f"033000000{n}",
                                                 name=name, mobile=mobile, id_number="",
                                                 address=f"鹿城区学院路{n}号"))
            for n, (name, where, mobile) in enumerate(rows)]


def test_initials_syllables_and_their_prefixes_find_a_name(store, people):
    for text in ("zt", "zhangting", "zhang", "zhangt", "ZT"):
        assert names(store, text) == ["张婷"], text
    assert names(store, "z") == ["曾单", "张婷", "赵敏"]  # every name starting with z
    assert names(store, "zhangtingx") == []
    assert names(store, "ting") == []  # spellings start at the name's first character


def test_every_reading_of_a_character_finds_it(store, people):
    # 曾 reads zeng (a surname) or ceng; 单 shan (a surname), dan or chan
    for text in ("zengdan", "cengshan", "zs", "cd", "zengs"):
        assert names(store, text) == ["曾单"], text


def test_readings_no_longer_in_use_do_not_count(store, community):
    # old dictionaries also read 董 zhong and 超 tiao: zt would find 董超文
    store.households.save(make_household(community, name="董超文", id_number=""))
    assert names(store, "dcw") == names(store, "dongchaowen") == ["董超文"]
    assert names(store, "zt") == names(store, "zhongtiao") == []


def test_a_community_spelled_finds_its_households(store, people):
    assert names(store, "wzhjy") == ["安然", "陈晨", "曾单"]
    assert names(store, "wenzhouhua") == ["安然", "陈晨", "曾单"]
    assert names(store, "wzhjy ar") == ["安然"]  # words combine: community and name
    assert names(store, "wzhjy cc") == ["陈晨", "曾单"]  # 曾单 may read ceng chan
    assert names(store, "幸福 zt") == ["张婷"]  # with characters too
    assert names(store, "学院路 ar") == ["安然"]


def test_names_and_communities_sort_by_pinyin_not_code_point(store, people):
    # code points would give 安 李 白 张 曾 赵 陈
    assert names(store, "") == ["安然", "白雪", "陈晨", "李娜", "曾单", "张婷", "赵敏"]
    assert names(store, "", descending=True)[0] == "赵敏"
    store.communities.save(Community(name="安居小区"))
    assert [name for _, name in store.communities.names()] == ["安居小区", "温州华景苑",
                                                              "幸福花园"]
    assert [row.community.name for row in store.communities.listing()] == [
        "安居小区", "温州华景苑", "幸福花园"]


def test_communities_listing_finds_a_community_by_its_initials(store, people):
    assert [row.community.name for row in store.communities.listing("wzhjy")] == ["温州华景苑"]
    assert [row.community.name for row in store.communities.listing("xfhy")] == ["幸福花园"]
    assert [row.community.name for row in store.communities.listing("车站 xf")] == ["幸福花园"]
    assert store.communities.listing("xfhyz") == []


def test_edits_and_deletes_keep_the_spellings(store, people):
    zhang = people[1]
    store.households.save(dataclasses.replace(zhang, name="孙丽"))
    assert names(store, "zt") == []
    assert names(store, "sl") == ["孙丽"]
    assert names(store, "")[-3:] == ["孙丽", "曾单", "赵敏"]  # re-sorted: sun
    store.households.delete(zhang.uuid, 2)
    assert names(store, "sl") == []
    spelled = {row[0] for row in store.conn.execute("SELECT household_id FROM household_pinyin")}
    assert spelled == {row[0] for row in store.conn.execute("SELECT id FROM households")}


def test_an_imported_workbook_is_found_by_pinyin(store, people, tmp_path):
    book = export_workbook(store, tmp_path / "laptop.xlsx").path
    with Store.open(tmp_path / "office.sqlite3", operator="office") as office:
        apply_plan(office, plan_import(office, [book]))  # new rows: the bulk path
        assert names(office, "zt") == ["张婷"]
        assert names(office, "wzhjy") == ["安然", "陈晨", "曾单"]
        assert names(office, "")[:2] == ["安然", "白雪"]


def test_migration_spells_the_households_already_there(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for version, step in MIGRATIONS:
        if version < 5:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO communities (uuid, name, rev) VALUES ('c1', '温州华景苑', 1)")
    for n, name in enumerate(["赵敏", "张婷", "安然"]):
        conn.execute("INSERT INTO households (uuid, account_no, name, community_uuid, rev)"
                     " VALUES (?, ?, ?, 'c1', 1)", (f"h{n}", f"03300{n}", name))
    conn.close()
    with Store.open(path) as store:
        assert names(store, "zt") == ["张婷"]
        assert names(store, "wzhjy") == ["安然", "张婷", "赵敏"]
        assert store.conn.execute("SELECT name_key FROM communities").fetchone()[0] == \
            pinyin.sort_key("温州华景苑")


# -- the households page ----------------------------------------------------------------------
@pytest.fixture
def page(qtbot, store, people):
    from fieldapp.ui.households.page import HouseholdsPage
    from fieldapp.ui.shared.session import Session

    widget = HouseholdsPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def search(qtbot, page, text):
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, text)
    page.search_timer.stop()  # searched now, not after the typing pause
    page.apply_filters()


def test_the_page_says_when_digits_matched_a_masked_mobile(qtbot, page):
    from PySide6.QtCore import Qt

    from fieldapp.ui.households import model as columns

    search(qtbot, page, "1234")  # inside 138[1234]5678, shown as 138****5678
    model = page.model
    assert [model.index(r, columns.NAME).data() for r in range(model.rowCount())] == ["张婷"]
    assert model.index(0, columns.MOBILE).data() == "138****5678"
    assert page.status.text() == "找到 1 户 · 匹配：手机"
    assert "匹配：手机" in model.index(0, columns.MOBILE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, columns.MOBILE).data(Qt.ItemDataRole.ForegroundRole) is not None
    search(qtbot, page, "5678")  # the shown digits: nothing hidden to explain
    assert page.status.text() == "找到 1 户"
    for text in ("张婷", "zt"):  # a name query: the name shows why
        search(qtbot, page, text)
        assert page.status.text() == "找到 1 户", text
        assert page.model.index(0, columns.MOBILE).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_second_reading_of_a_leading_character_is_never_cut_off(store):
    # 长 (zhang/chang), 乐 (le/yue), 和 (he/huo/…), 重 (zhong/chong): many combinations
    changle = store.communities.save(Community(name="长乐和平家园小区"))
    chongqing = store.communities.save(Community(name="重庆长乐和平小区"))
    store.households.save(make_household(changle, account_no="0330000101", name="王芳",
                                          id_number=""))
    store.households.save(make_household(chongqing, account_no="0330000102", name="李娜",
                                          id_number=""))
    store.households.save(make_household(changle, account_no="0330000103", name="长乐和",
                                          id_number=""))
    assert sorted(names(store, "changle")) == ["王芳", "长乐和"]
    assert names(store, "chongqing") == ["李娜"]
    # the name itself, and its community's name, by any reading of each character
    assert sorted(names(store, "zhangyuehuo")) == ["王芳", "长乐和"]
    assert pinyin.spells("changlehe", "长乐和") and pinyin.spells("zhangyuehuo", "长乐和")
    assert [row.community.name for row in store.communities.listing("changle")] == [
        "长乐和平家园小区"]
    assert pinyin.spells("changlehepingjiayuan", "长乐和平家园小区")
    assert not pinyin.spells("lehe", "长乐和平家园小区")  # spellings start at the start


def test_place_names_sort_by_their_place_reading(store):
    # 乐清 is Yueqing (not le qing), 长安 chang an, 重庆 chong qing, 朝晖 zhao hui
    for name in ("乐清花园", "乐园小区", "长安小区", "张家花园", "重庆花园", "中山公寓",
                 "朝晖新村", "银行宿舍"):
        store.communities.save(Community(name=name))
    listed = [row.community.name for row in store.communities.listing("")]
    assert listed == ["长安小区", "重庆花园", "乐园小区", "银行宿舍", "乐清花园", "张家花园",
                      "朝晖新村", "中山公寓"]
    assert pinyin.sort_key("乐乐", person=True).startswith("le le")  # people: by character
