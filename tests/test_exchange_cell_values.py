"""One cell at a time: text is text, identifiers are ASCII digits, numbers are checked,
dates a program wrote back are dates. Every case goes through both the importer's fast
converter and the plain `convert`, which must agree."""
import dataclasses
import datetime as dt
import math

import openpyxl
import pytest

from fieldapp.domain.messages import set_language
from fieldapp.domain.records import Community
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.exchange.reader import Workbook
from fieldapp.exchange.schema import (
    CHARGER_REQUESTS,
    COMMUNITIES,
    HOUSEHOLDS,
    REQUEST_DOCUMENTS,
    SYNC_COLUMNS,
    TOMBSTONE_COLUMNS,
    Column,
    ValueType,
)
from fieldapp.exchange.values import CellRefused, convert, converter
from fieldapp.store import Store

from .conftest import VALID_ID, make_household

NAME = HOUSEHOLDS.column("name")
NOTES = HOUSEHOLDS.column("notes")
ACCOUNT = HOUSEHOLDS.column("account_no")
MOBILE = HOUSEHOLDS.column("mobile")
ID_NUMBER = HOUSEHOLDS.column("id_number")
ROOM = HOUSEHOLDS.column("room")
REV = HOUSEHOLDS.column("rev")
PHASE = CHARGER_REQUESTS.column("phase")
POWER = CHARGER_REQUESTS.column("power_kw")
PERMIT = COMMUNITIES.column("permit_valid_until")
UPDATED = HOUSEHOLDS.column("updated_at")


def taken(value, column):
    """The stored value, the same by both paths."""
    fast = converter(column)(value)
    assert fast == convert(value, column)
    return fast


def reason(value, column) -> str:
    """The reason the cell is refused, the same by both paths."""
    with pytest.raises(CellRefused) as fast:
        converter(column)(value)
    with pytest.raises(CellRefused) as slow:
        convert(value, column)
    assert str(fast.value) == str(slow.value)
    return str(fast.value)


# -- text is text ------------------------------------------------------------------------
@pytest.mark.parametrize("value, code", [
    ("张\x00三", "U+0000"), ("张三\x07", "U+0007"), ("\x1b[31m张三", "U+001B"),
    ("张三\x7f", "U+007F"), ("张\x85三", "U+0085"), ("张三\x9f", "U+009F"),
    ("\x0b张三", "U+000B"), ("张三\x1f", "U+001F"),
])
def test_control_characters_are_refused_in_every_column(value, code):
    for column in (NAME, NOTES, ACCOUNT, ROOM, REQUEST_DOCUMENTS.column("note"),
                   CHARGER_REQUESTS.column("request_no"), CHARGER_REQUESTS.column("status")):
        assert reason(value, column) == f"含有不可见的控制字符 {code}，请删除"


def test_line_breaks_and_tabs_belong_only_in_free_text():
    assert reason("张\n三", NAME) == "不能换行或含制表符（U+000A），请写在一行内"
    assert "U+0009" in reason("张\t三", NAME)
    assert "U+000D" in reason("幸福\r\n花园", COMMUNITIES.column("name"))
    assert taken("  第一行\n第二行\t结束 ", NOTES) == "第一行\n第二行\t结束"
    assert taken("缺\r\n材料", CHARGER_REQUESTS.column("status_reason")) == "缺\r\n材料"
    assert taken("补\n齐", REQUEST_DOCUMENTS.column("note")) == "补\n齐"
    assert taken("张三\n", NAME) == "张三"  # trimmed like a space, nothing stored
    assert taken("\u3000张三\u00a0李", NAME) == "张三\u00a0李"  # wide spaces are text


def test_messages_about_text_switch_to_english():
    set_language("en")
    assert reason("a\x07", NAME) == "holds the invisible control character U+0007; remove it"
    assert reason("a\nb", NAME) == ("may not hold a line break or tab (U+000A); keep it on "
                                    "one line")


def test_unpaired_surrogates_are_refused_and_pairs_decoded():
    assert reason("张三_xD800_", NAME) == ("含有无效字符 U+D800（不成对的代理项），"
                                          "请重新输入")
    assert "U+DC00" in reason("_xdc00_", NOTES)
    assert "U+D83D" in reason("\ud83d", NAME)  # a str from elsewhere may hold one
    assert taken("笑_xD83D__xDE00_", NAME) == "笑\U0001F600"
    assert taken("_x0041_ stays as the reader left it", NAME).startswith("_x0041_")


def test_escaped_control_characters_in_a_workbook_are_refused(tmp_path):
    """The file holds `_x0007_`; the reader decodes it to the character itself."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["张_x0007_三", "a_x000B_b", "_x005F_x0007_", "x_x000A_y",
                            "_xD800_"])
    workbook.save(tmp_path / "escaped.xlsx")
    book = Workbook(tmp_path / "escaped.xlsx")
    cells = next(book.rows(book.sheet_names[0]))
    assert "U+0007" in reason(cells[0], NAME)
    assert "U+000B" in reason(cells[1], NOTES)
    assert taken(cells[2], NAME) == "_x0007_"  # an escaped underscore: literal text
    assert "U+000A" in reason(cells[3], NAME) and taken(cells[3], NOTES) == "x\ny"
    assert "U+D800" in reason(cells[4], NAME)


# -- identifiers are ASCII digits ---------------------------------------------------------
@pytest.mark.parametrize("column, typed, stored", [
    (ACCOUNT, "０３３００１２３４５", "0330012345"),
    (MOBILE, "１３８１２３４５６７８", "13812345678"),
    (ID_NUMBER, "１１０１０５１９４９１２３１００２Ｘ", VALID_ID[:-1] + "X"),
    (ROOM, "０３０１", "0301"),
    (ROOM, "𝟎𝟑𝟎𝟏", "0301"),
    (HOUSEHOLDS.column("building"), "③", "3"),
    (HOUSEHOLDS.column("meter_no"), " ３３３００００００４２ ", "33300000042"),
])
def test_digits_written_another_way_become_ascii(column, typed, stored):
    assert taken(typed, column) == stored


@pytest.mark.parametrize("column, typed, shown", [
    (ACCOUNT, "٠٣٣٠٠١٢٣٤٥", "“٠”（U+0660）"),  # Arabic-Indic: NFKC keeps them
    (ROOM, "۰۳۰۱", "“۰”（U+06F0）"),
    (HOUSEHOLDS.column("unit"), "२", "“२”（U+0968）"),
    (HOUSEHOLDS.column("building"), "A", "“A”"),
    (ROOM, "3-01", "“-”"),
    (MOBILE, "138 1234 5678", "U+0020"),
    (HOUSEHOLDS.column("meter_no"), "3330\u200b0042", "U+200B"),
])
def test_other_characters_in_identifiers_are_refused_by_name(column, typed, shown):
    assert reason(typed, column) == f"只能是数字 0–9，不能有 {shown}"


def test_an_id_number_may_end_in_x_only():
    assert taken("11010519491231002x", ID_NUMBER) == "11010519491231002x"  # upper later
    assert reason("1101051949123100X2", ID_NUMBER) == (
        "只能是数字 0–9（最后一位可以是 X），不能有 “X”")
    set_language("en")
    assert reason("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", ID_NUMBER) == (
        "may hold only the digits 0–9 (the last place may be X), not “١” (U+0661)")


def test_building_unit_and_room_are_identifiers():
    for key in ("building", "unit", "room"):
        column = HOUSEHOLDS.column(key)
        assert column.type is ValueType.IDENTIFIER and column.length is None
    assert taken("0301", ROOM) == "0301"
    assert taken(301.0, ROOM) == "301"  # the importer restores zeros from the local record
    assert "-" in reason(-301.0, ROOM)
    assert reason(math.nan, ROOM) == "“nan”不是数字"


def test_identifiers_that_are_not_digits_keep_their_letters():
    request_no = CHARGER_REQUESTS.column("request_no")
    assert taken("3F2A9C01-20261123-0007", request_no) == "3F2A9C01-20261123-0007"
    assert "U+0007" in reason("3F2A9C01\x07", request_no)


# -- numbers are checked -------------------------------------------------------------------
def test_phase_cells_that_are_no_phase_are_refused():
    for value, words in [
            (math.nan, "“nan”不是整数"), (math.inf, "“inf”不是整数"), ("nan", "“nan”不是整数"),
            ("-inf", "“-inf”不是整数"), (0.0, "“0”小于允许的最小值 1"),
            ("-3", "“-3”小于允许的最小值 1"), (4.0, "“4”大于允许的最大值 3"),
            (1e30, "“1e+30”大于允许的最大值 3"), (True, "“True”不是整数")]:
        assert reason(value, PHASE) == words, value


def test_phase_bounds_let_one_and_three_pass_and_leave_two_to_the_request_rules():
    assert [taken(v, PHASE) for v in (1.0, "3", " 2 ")] == [1, 3, 2]
    assert "最大值 3" in reason(3.5e9, PHASE)


def test_charger_powers_that_are_no_power_are_refused():
    for value, words in [
            (math.nan, "“nan”不是数字"), (-math.inf, "“-inf”不是数字"),
            ("Infinity", "“Infinity”不是数字"), (-7.0, "“-7”小于允许的最小值 1"),
            (0.0, "“0”小于允许的最小值 1"), (7000.0, "“7000”大于允许的最大值 350"),
            ("1e400", "“1e400”不是数字"), ("7 kW", "“7 kW”不是数字")]:
        assert reason(value, POWER) == words, value


def test_power_bounds_let_every_real_power_pass():
    assert [taken(v, POWER) for v in (7.0, "3.5", 21, "１１", 350.0)] == [
        7.0, 3.5, 21.0, 11.0, 350.0]
    assert "最大值 350" in reason(350.5, POWER)


@pytest.mark.parametrize("value", [1e30, "1e30", 2.0 ** 63, "9223372036854775808",
                                   "99999999999999999999999999"])
def test_a_revision_too_big_for_sqlite_is_refused_not_an_overflow(value):
    for column in (REV, TOMBSTONE_COLUMNS[2]):
        assert "大于允许的最大值 9007199254740992" in reason(value, column)


def test_revisions_start_at_one():
    assert "小于允许的最小值 1" in reason(0.0, REV) and "-1" in reason("-1", REV)
    assert taken(2.0 ** 53, REV) == 2 ** 53 and taken("17", REV) == 17


def test_an_integer_column_without_bounds_still_fits_sqlite():
    count = Column("count", "数量", ValueType.INTEGER)
    assert taken(2.0 ** 62, count) == 2 ** 62
    assert "9223372036854775807" in reason("9223372036854775808", count)
    assert "-9223372036854775808" in reason(-1e19, count)


# -- dates written back by a program --------------------------------------------------------
def test_a_date_with_the_midnight_time_pandas_writes_is_a_date():
    """pandas writes a date back as text `2027-06-30 00:00:00` or as a date-time cell,
    which the reader gives as a date at midnight."""
    for value in ("2027-06-30 00:00:00", "2027-06-30T00:00:00", "2027-06-30 00:00:00.000",
                  dt.date(2027, 6, 30), dt.datetime(2027, 6, 30), 46568.0):
        assert taken(value, PERMIT) == "2027-06-30", value
    assert reason("2027-06-30 08:15:00", PERMIT) == (
        "“2027-06-30 08:15:00”不是日期（应为 2027-06-30）")


def test_times_written_back_by_pandas_are_read():
    for value, stored in [
            ("2026-11-23 08:00:00", "2026-11-23T08:00:00.000Z"),  # pandas drops the zone: UTC
            ("2026-11-23T08:00:00.5", "2026-11-23T08:00:00.500Z"),
            (dt.date(2026, 11, 23), "2026-11-23T00:00:00.000Z"),  # midnight, from the reader
            ("2026-11-23T16:00:00+08:00", "2026-11-23T08:00:00.000Z"),
            (dt.datetime(2026, 11, 23, 8, 0, 0, 250000), "2026-11-23T08:00:00.250Z")]:
        assert taken(value, UPDATED) == stored, value


def test_impossible_times_are_refused_not_stored_or_raised():
    for value in ("2026-13-23T08:00:00.000Z", "2026-02-30T08:00:00.000Z",
                  "2026-11-31T08:00:00.000Z", "2026-11-23T25:00:00Z", "2026-11-23 08:00"):
        assert reason(value, UPDATED) == f"“{value}”不是时间（应为 2026-11-23T08:00:00.000Z）"


def test_every_declared_column_converts_a_blank_and_refuses_a_control_character():
    for spec in (COMMUNITIES, HOUSEHOLDS, CHARGER_REQUESTS, REQUEST_DOCUMENTS):
        for column in spec.all_columns:
            if not column.required:
                assert converter(column)("") in ("", None)
            assert "U+0000" in reason("\x00", column), column.key
    assert all(c.minimum == 1 for c in SYNC_COLUMNS if c.key == "rev")


# -- through a whole import ----------------------------------------------------------------
@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        mine = store.communities.save(Community(name="幸福花园"))
        store.households.save(make_household(mine, room="0301"))
        store.households.save(make_household(mine, account_no="0330012346", room="502",
                                             mobile="13812345679", id_number=""))
        yield store


def damaged(source, target, edit):
    workbook = openpyxl.load_workbook(source)
    sheet = workbook["households"]
    columns = {c.value: c.column for c in sheet[1]}
    rows = {sheet.cell(r, columns["户号"]).value: r for r in range(2, sheet.max_row + 1)}
    edit(sheet, columns, rows)
    workbook.save(target)
    return target


def test_an_import_names_the_column_of_a_bad_cell_and_restores_a_room(store, laptop,
                                                                      tmp_path):
    from fieldapp.exchange.export import export_workbook

    first = export_workbook(laptop, tmp_path / "first.xlsx").path
    apply_plan(store, plan_import(store, [first]))
    for account in ("0330012345", "0330012346"):  # edited on the laptop after that
        h = laptop.households.by_account_no(account)
        laptop.households.save(dataclasses.replace(h, notes="复核"))
    second = export_workbook(laptop, tmp_path / "second.xlsx").path

    def edit(sheet, columns, rows):
        sheet.cell(rows["0330012345"], columns["房号"]).value = 301        # Excel's doing
        sheet.cell(rows["0330012346"], columns["姓名"]).value = "李_x0007_四"
    plan = plan_import(store, [damaged(second, tmp_path / "d.xlsx", edit)])
    rejected = plan.by_outcome(Outcome.REJECTED)
    assert [(d.column, d.reason) for d in rejected] == [
        ("姓名", "含有不可见的控制字符 U+0007，请删除")]
    assert rejected[0].where() == f"d.xlsx / households / 第 {rejected[0].incoming.row} 行 / 姓名"
    apply_plan(store, plan)
    assert store.households.by_account_no("0330012345").room == "0301"
    assert store.households.by_account_no("0330012346").name == "张三"


def test_an_absurd_revision_is_a_rejected_row(store, laptop, tmp_path):
    from fieldapp.exchange.export import export_workbook

    book = export_workbook(laptop, tmp_path / "book.xlsx").path

    def edit(sheet, columns, rows):
        sheet.cell(rows["0330012345"], columns["版本"]).value = 1e30
        sheet.cell(rows["0330012346"], columns["房号"]).value = "５０２"
    plan = plan_import(store, [damaged(book, tmp_path / "rev.xlsx", edit)])
    rejected = [(d.column, d.reason) for d in plan.by_outcome(Outcome.REJECTED)]
    assert rejected == [("版本", "“1e+30”大于允许的最大值 9007199254740992")]
    apply_plan(store, plan)
    assert store.households.by_account_no("0330012346").room == "502"
    assert store.households.by_account_no("0330012345") is None


# -- the same rule in a roster from another system ------------------------------------------
def write_roster(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["用户编号", "户名", "联系电话", "证件号码", "所属小区", "楼号", "单元", "房号",
                  "表号", "备注"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_roster_row_in_full_width_digits_is_converted(store, tmp_path):
    from fieldapp.exchange import roster

    path = write_roster(tmp_path / "r.xlsx", [
        ["０３３００１２３４５", "张三", "１３８１２３４５６７８",
         "１１０１０５１９４９１２３１００２ｘ", "幸福花园", "１２", "２", "０３０１",
         "３３３００００００４２", "第一行\n第二行"]])
    plan = roster.plan_roster(store, path, roster.guess_mapping(
        ["用户编号", "户名", "联系电话", "证件号码", "所属小区", "楼号", "单元", "房号", "表号",
         "备注"]))
    assert plan.rejected == []
    roster.apply_roster(store, plan)
    h = store.households.by_account_no("0330012345")
    assert (h.mobile, h.id_number, h.building, h.unit, h.room, h.meter_no, h.notes) == (
        "13812345678", VALID_ID, "12", "2", "0301", "33300000042", "第一行\n第二行")


@pytest.mark.parametrize("cells, header, words", [
    ({0: "٠٣٣٠٠١٢٣٤٥"}, "用户编号", "只能是数字 0–9，不能有 “٠”（U+0660）"),
    ({7: "３Ａ"}, "房号", "只能是数字 0–9，不能有 “Ａ”（U+FF21）"),
    ({5: "A座"}, "楼号", "只能是数字 0–9，不能有 “A”"),
    ({1: "张_x0007_三"}, "户名", "含有不可见的控制字符 U+0007，请删除"),
    ({1: "张\n三"}, "户名", "不能换行或含制表符（U+000A），请写在一行内"),
])
def test_a_roster_row_with_other_characters_is_rejected_at_its_column(store, tmp_path, cells,
                                                                     header, words):
    from fieldapp.exchange import roster

    row = ["0330012345", "张三", "13812345678", "", "幸福花园", "1", "2", "301", "", ""]
    for at, value in cells.items():
        row[at] = value
    path = write_roster(tmp_path / "r.xlsx", [row])
    headers = ["用户编号", "户名", "联系电话", "证件号码", "所属小区", "楼号", "单元", "房号",
               "表号", "备注"]
    plan = roster.plan_roster(store, path, roster.guess_mapping(headers))
    assert [r.problem for r in plan.rejected] == [(header, words)]
