"""Household rosters from other systems: mapping, row checks, import of the good rows."""
import openpyxl
import pytest

from fieldapp.cli import main
from fieldapp.exchange import roster
from fieldapp.store import Store

from .conftest import VALID_ID

HEADERS = ["用户编号", "户名", "联系电话", "证件号码", "所属小区", "用电地址", "备注", "客户经理"]


def write_roster(path, rows, headers=HEADERS, title="花名册"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


GOOD = ["0330012345", "张三", "13812345678", VALID_ID, "幸福花园", "温州市幸福花园1幢", "", "小王"]


def test_common_header_names_are_guessed_and_unknown_ones_left_out():
    mapping = roster.guess_mapping(HEADERS)
    assert mapping == {"account_no": "用户编号", "name": "户名", "mobile": "联系电话",
                       "id_number": "证件号码", "community": "所属小区",
                       "address": "用电地址", "notes": "备注"}
    assert roster.mapping_problems(mapping) == []
    assert "户号" in roster.mapping_problems({"name": "户名", "community": "所属小区"})[0]
    assert roster.mapping_problems({**mapping, "notes": "户名"}) == ["列“户名”被指定给了两个字段"]


def test_a_confirmed_mapping_is_remembered_for_the_same_headers(store):
    custom = {**roster.guess_mapping(HEADERS), "notes": "客户经理"}
    roster.remember_mapping(store, HEADERS, custom)
    assert roster.remembered_mapping(store, list(reversed(HEADERS))) == custom
    assert roster.remembered_mapping(store, HEADERS[:-1]) == roster.guess_mapping(HEADERS[:-1])


def test_good_rows_are_imported_after_the_bad_ones_are_named(store, tmp_path):
    path = write_roster(tmp_path / "roster.xlsx", [
        GOOD,
        ["0330012346", "李四", "12345", "", "幸福花园", "", "", ""],
        ["0330012347", "", "13812345670", "", "新村", "", "", ""],
        ["0330012348", "王五", "13812345671", VALID_ID[:-1] + "3", "幸福花园", "", "", ""],
        ["0330012345", "张三丰", "", "", "幸福花园", "", "", ""],
        [None, None, None, None, None, None, None, None],
        ["0330012349", "赵六", 13812345672.0, "", "锦绣家园", "", "", ""],
    ])
    plan = roster.plan_roster(store, path, roster.guess_mapping(HEADERS))
    problems = {r.row: r.problem for r in plan.rejected}
    assert problems[3][0] == "联系电话" and "11 位" in problems[3][1]
    assert problems[4][0] == "户名"
    assert problems[5][0] == "证件号码" and "校验" in problems[5][1]
    assert problems[6][0] == "用户编号" and "多次" in problems[6][1]
    assert plan.where(plan.rejected[0]) == "roster.xlsx / 花名册 / 第 3 行 / 联系电话"
    assert plan.counts() == {"new": 2, "update": 0, "unchanged": 0, "rejected": 4,
                             "communities": 2}
    assert store.households.count() == 0  # nothing before the user confirms
    assert roster.apply_roster(store, plan) == 2
    zhao = store.households.by_account_no("0330012349")
    assert zhao.mobile == "13812345672"
    assert sorted(c.name for c in store.communities.all()) == ["幸福花园", "锦绣家园"]
    again = roster.plan_roster(store, path, roster.guess_mapping(HEADERS))
    assert again.counts()["unchanged"] == 2 and roster.apply_roster(store, again) == 0


def test_a_known_account_is_updated_and_unmapped_fields_are_kept(store, household,
                                                                 tmp_path):
    path = write_roster(tmp_path / "r.xlsx", [
        [household.account_no, household.name, "13900000000", "", "幸福花园", "", "", ""]],
        headers=["用户编号", "户名", "联系电话", "证件号码", "所属小区", "x", "y", "z"])
    mapping = {"account_no": "用户编号", "name": "户名", "mobile": "联系电话",
               "community": "所属小区"}
    plan = roster.plan_roster(store, path, mapping)
    assert plan.counts()["update"] == 1
    roster.apply_roster(store, plan)
    updated = store.households.get(household.uuid)
    assert updated.mobile == "13900000000" and updated.id_number == household.id_number
    assert updated.rev == household.rev + 1


def test_account_numbers_that_became_numbers(store, household, tmp_path):
    digits = int(household.account_no)  # "0330012345" shown by Excel as 330012345
    path = write_roster(tmp_path / "r.xlsx", [
        [digits, household.name, "13900000000", "", "幸福花园", "", "", ""],
        [330099999, "新户", "13900000001", "", "幸福花园", "", "", ""]])
    plan = roster.plan_roster(store, path, roster.guess_mapping(HEADERS))
    assert plan.good[0].household.account_no == household.account_no  # zeros back
    assert "开头的 0" in plan.rejected[0].problem[1]  # unknown, and zeros are usual here


def test_the_command_line_maps_checks_and_imports(capsys, db_path, tmp_path):
    path = write_roster(tmp_path / "r.xlsx", [GOOD], headers=[
        "编号", "户名", "联系电话", "证件号码", "所属小区", "用电地址", "备注", "客户经理"])
    assert main(["--db", str(db_path), "import-roster", str(path)]) == 2
    assert "户号" in capsys.readouterr().err  # no column for the account number yet
    assert main(["--db", str(db_path), "import-roster", str(path), "--map",
                 "account_no=编号", "--dry-run"]) == 0
    assert "新增 1 户" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import-roster", str(path), "--map",
                 "account_no=编号"]) == 0
    assert main(["--db", str(db_path), "import-roster", str(path)]) == 0  # remembered
    assert "无变化 1 户" in capsys.readouterr().out
    with Store.open(db_path) as store:
        assert store.households.by_account_no("0330012345").name == "张三"
    assert main(["--db", str(db_path), "import-roster", str(path), "--map",
                 "colour=编号"]) == 2
    assert "colour" in capsys.readouterr().err


def test_a_roster_that_is_not_a_workbook_is_refused(store, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_text("编号,户名\n1,张三\n", encoding="utf-8")
    with pytest.raises(ValueError, match="CSV"):
        roster.read_headers(path)
