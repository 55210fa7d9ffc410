import hashlib
import sqlite3

import pytest

from fieldapp.cli import format_table, main
from fieldapp.store import Store
from fieldapp.store.charger_requests import RequestFilter
from fieldapp.store.households import HouseholdQuery

from .test_exchange_import import every_record


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_check_passes(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--households", "500",
                       "--seed", "7")
    assert code == 0 and "500 户" in out
    with Store.open(db_path) as store:
        assert store.households.count() == 500
        assert store.communities.count() >= 3
        [one] = store.households.rows(store.households.ids(HouseholdQuery())[:1])
        assert one.account_no.startswith("0") and len(one.account_no) == 10
    code, out, err = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "检查通过" in out and err == ""


def test_demo_data_is_reproducible_with_a_seed(tmp_path, capsys):
    names = []
    for i in range(2):
        path = tmp_path / f"{i}.sqlite3"
        run(capsys, "--db", str(path), "demo", "--households", "50", "--seed", "11")
        with Store.open(path) as store:
            names.append([r[0] for r in store.conn.execute(
                "SELECT name || account_no || id_number FROM households ORDER BY account_no")])
    assert names[0] == names[1]


def test_check_reports_inconsistent_rows(capsys, db_path):
    run(capsys, "--db", str(db_path), "demo", "--households", "20")
    conn = sqlite3.connect(db_path)
    account = conn.execute("SELECT account_no FROM households LIMIT 1").fetchone()[0]
    conn.execute("UPDATE households SET id_number = '110105194912310021' WHERE account_no = ?",
                 (account,))
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "--db", str(db_path), "check")
    assert code == 1 and account in err and "校验位" in err


def test_check_reports_a_stale_search_index(capsys, db_path):
    run(capsys, "--db", str(db_path), "demo", "--households", "20")
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO households (uuid, account_no, name, community_uuid, rev) "
                 "SELECT 'x-1', '999', '漏索引', community_uuid, 1 FROM households LIMIT 1")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--db", str(db_path), "check")
    assert code == 1 and "搜索索引" in err


def test_households_search_prints_masked_rows(capsys, db_path, store, household):
    code, out, _ = run(capsys, "--db", str(db_path), "households", "search", "张三")
    assert code == 0
    assert "张三" in out and "138****5678" in out and "110105********002X" in out
    assert "13812345678" not in out


@pytest.mark.parametrize("content", [b"not a database at all\n" * 20])
def test_a_file_that_is_not_a_database_exits_non_zero_untouched(capsys, tmp_path, content):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 2 and "不是数据库文件" in err and "Traceback" not in err
    assert path.read_bytes() == content


def test_english_messages(capsys, tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"garbage" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, _, err = run(capsys, "--lang", "en", "--db", str(path), "info")
    assert code == 2 and "not a database file" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_default_database_lives_in_the_data_folder(capsys, tmp_path):
    code, out, _ = run(capsys, "info")
    assert code == 0 and str(tmp_path / "data" / "fieldapp.sqlite3") in out


def test_table_columns_line_up_with_chinese():
    text = format_table(["名", "x"], [("张三", "1"), ("a", "22")])
    lines = text.splitlines()
    assert lines[0] == "名    x"
    assert lines[2] == "张三  1" and lines[3] == "a     22"


def test_requests_list_filters_by_status_and_overdue(capsys, db_path):
    run(capsys, "--db", str(db_path), "demo", "--households", "600", "--seed", "5")
    with Store.open(db_path) as store:
        connected = {r[0] for r in store.conn.execute(
            "SELECT request_no FROM charger_requests WHERE status = 'connected'")}
        overdue = {r.request.request_no
                   for r in store.charger_requests.listing(RequestFilter(overdue=True))}
    code, out, _ = run(capsys, "--db", str(db_path), "requests", "list", "--status",
                       "connected")
    listed = {line.split()[0] for line in out.splitlines()[2:-1]}
    assert code == 0 and listed == connected and "已装表接电" in out
    assert f"共 {len(connected)} 条报装" in out
    code, out, _ = run(capsys, "--db", str(db_path), "requests", "list", "--overdue")
    assert {line.split()[0] for line in out.splitlines()[2:-1]} == overdue
    code, out, _ = run(capsys, "--db", str(db_path), "--lang", "en", "requests", "list",
                       "--status", "archived", "--limit", "3")
    assert "request number" in out and "archived" in out and "first 3" in out


def test_requests_list_refuses_an_unknown_status(capsys, db_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "requests", "list", "--status", "done"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'done'" in capsys.readouterr().err


def test_settings_are_shown_changed_and_refused_with_a_reason(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "settings", "--set",
                       "charger_powers_kw", "[7, 11]", "--set", "stage_target_days",
                       '{"accepted": 2, "surveyed": 2, "plan_replied": 3}')
    assert code == 0 and '"accepted": 2' in out
    with Store.open(db_path) as store:
        assert store.settings().charger_powers_kw == (7, 11)
        assert store.settings().stage_target_days["plan_replied"] == 3
    code, _, err = run(capsys, "--db", str(db_path), "settings", "--set",
                       "charger_powers_kw", "7")
    assert code == 2 and "charger_powers_kw" in err and "[7, 11]" in err
    code, _, err = run(capsys, "--db", str(db_path), "settings", "--set", "colour", "red")
    assert code == 2 and "colour" in err and "optional_documents" in err
    with Store.open(db_path) as store:
        assert store.settings().charger_powers_kw == (7, 11)  # refused changes: none kept


# -- a mistyped --db, exit codes, no tracebacks ------------------------------------------
READING = [["info"], ["check"], ["households", "search", "张"], ["requests", "list"],
           ["conflicts", "list"], ["import", "a.xlsx", "--dry-run"],
           ["export", "--out", "x.xlsx"], ["settings"],
           ["import-roster", "roster.xlsx", "--dry-run"], ["garages", "list"],
           ["nearest", "--space", "B1-001", "--community", "幸福花园"],
           ["measurements", "list"], ["templates", "list"], ["inspections", "list"],
           ["hazards", "list"], ["cable", "--kw", "7", "--phase", "1", "--length", "30"]]


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_commands_that_only_read_never_create_a_mistyped_database(capsys, tmp_path,
                                                                   command):
    typo = tmp_path / "supervisr.sqlite3"
    code, out, err = run(capsys, "--db", str(typo), *command)
    assert code == 2 and out == ""
    assert err.startswith(f"fieldapp-cli: 数据库 {typo} 不存在") and "--db" in err
    assert err.count("\n") == 1
    assert not typo.exists() and list(tmp_path.iterdir()) == []


def test_an_empty_file_or_a_folder_is_not_taken_for_a_database(capsys, tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    code, _, err = run(capsys, "--lang", "en", "--db", str(empty), "info")
    assert code == 2 and f"{empty} is an empty file" in err
    assert empty.stat().st_size == 0 and list(tmp_path.iterdir()) == [empty]
    code, _, err = run(capsys, "--db", str(tmp_path), "conflicts", "list")
    assert code == 2 and f"{tmp_path} 是文件夹" in err


def test_commands_that_write_may_create_the_database(capsys, tmp_path):
    new = tmp_path / "new.sqlite3"
    code, _, _ = run(capsys, "--db", str(new), "settings", "--set", "charger_powers_kw",
                     "[7]")
    assert code == 0 and new.exists()


def test_an_unexpected_failure_is_one_line_naming_it(capsys, db_path, monkeypatch):
    from fieldapp.exchange import importer

    def broken(*args, **kwargs):
        raise KeyError("households")

    monkeypatch.setattr(importer, "plan_import", broken)
    run(capsys, "--db", str(db_path), "demo", "--households", "5")
    code, out, err = run(capsys, "--db", str(db_path), "import", "x.xlsx")
    assert code == 3 and out == ""
    assert err.startswith("fieldapp-cli: 内部错误（KeyError：'households'）")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_exit_codes_are_in_the_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert "退出码" in out and "1 完成但有拒绝的行或暂缓的冲突" in out and "3 内部错误" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "2 refused, nothing written" in capsys.readouterr().out


# -- import: counts, exit codes, the report, conflicts -----------------------------------
@pytest.fixture
def laptop_book(tmp_path):
    """A laptop's full export; the laptop's database stays open for later edits."""
    from fieldapp import demo
    from fieldapp.exchange.export import export_workbook

    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as laptop:
        demo.generate(laptop, 20, seed=2)
        yield laptop, export_workbook(laptop, tmp_path / "laptop.xlsx").path


def damaged(book, target, rows=(3, 4)):
    import openpyxl

    workbook = openpyxl.load_workbook(book)
    sheet = workbook["households"]
    column = [c.value for c in sheet[1]].index("姓名") + 1
    for row in rows:
        sheet.cell(row, column).value = None
    workbook.save(target)
    return target


def summary_sheet(path) -> dict[str, int]:
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[0] == "摘要"  # the counts head the report
    return {label: n for label, n in workbook["摘要"].iter_rows(values_only=True)}


def test_import_exit_code_and_counts_follow_what_was_rejected(capsys, db_path, tmp_path,
                                                              laptop_book):
    laptop, book = laptop_book
    bad = damaged(book, tmp_path / "bad.xlsx")
    report = tmp_path / "report.xlsx"
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--households", "1")
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(bad), "--dry-run",
                       "--report", str(report))
    # the shipped checklist templates are in both databases already: unchanged
    changes = every_record(laptop) - 2 - laptop.checklist_templates.count()
    assert code == 1 and "（试运行，未写入任何数据）" in out
    assert f"1 个文件：变更 {changes} 条，拒绝 2 行，冲突 0 条（其中暂缓 0 条）" in out
    assert summary_sheet(report) == {"文件": 1, "整个文件无法导入的问题": 0,
                                     "变更（新增、更新、删除）": changes, "拒绝的行": 2,
                                     "冲突": 0, "其中暂缓（记入待处理冲突）": 0}
    with Store.open(db_path) as store:
        assert store.households.count() == 1  # a dry run writes nothing
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(bad))
    assert code == 1 and "拒绝 2 行" in out and f"已导入：{changes} 条变更" in out
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(book))  # the fixed file
    assert code == 0 and "变更 2 条，拒绝 0 行，冲突 0 条" in out


def test_a_refused_file_exits_2_and_writes_nothing(capsys, db_path, tmp_path, laptop_book):
    _, book = laptop_book
    renamed = tmp_path / "roster.xlsx"
    renamed.write_text("户号,姓名\n0330012345,张三\n", encoding="utf-8")
    run(capsys, "--db", str(db_path), "demo", "--households", "3")
    code, out, err = run(capsys, "--db", str(db_path), "import", str(book), str(renamed))
    assert code == 2 and "roster.xlsx" in err and "数据库未作任何改动" in err
    assert "2 个文件：1 个问题使文件无法导入" in err
    with Store.open(db_path) as store:
        assert store.households.count() == 3


def make_conflicts(capsys, db_path, tmp_path, laptop, book, n=2):
    """Import `book`, then edit `n` households on both sides: their uuids and the
    laptop's new export."""
    import dataclasses

    from fieldapp.exchange.export import export_workbook, last_export

    assert run(capsys, "--db", str(db_path), "import", str(book))[0] == 0
    uuids = [h.uuid for h in laptop.households.search("")[:n]]
    with Store.open(db_path, operator="sup") as store:
        for uuid in uuids:
            here = store.households.get(uuid)
            store.households.save(dataclasses.replace(here, notes="主管改的"))
            there = laptop.households.get(uuid)
            laptop.households.save(dataclasses.replace(there, name="改名了", notes="经理改的"))
    return uuids, export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path


def test_deferred_conflicts_exit_1_then_list_by_name_and_resolve_saying_what(
        capsys, db_path, tmp_path, laptop_book):
    laptop, book = laptop_book
    (first, second), changed = make_conflicts(capsys, db_path, tmp_path, laptop, book)
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(changed))
    assert code == 1 and "冲突 2 条（其中暂缓 2 条）" in out
    assert "暂缓的 2 条冲突已记下" in out
    with Store.open(db_path) as store:
        accounts = {u: store.households.get(u).account_no for u in (first, second)}
        names = {u: store.households.get(u).name for u in (first, second)}
    code, out, _ = run(capsys, "--db", str(db_path), "conflicts", "list")
    assert code == 0
    assert f"住户 改名了（户号 {accounts[first]}）" in out
    assert f"记录编号 {first}  本机第 2 版，文件第 2 版" in out
    assert f"姓名：{names[first]} → 改名了" in out and "备注：主管改的 → 经理改的" in out
    assert "原因：双方都是第 2 版但内容不同" in out and "来源：2.xlsx / households / " in out
    assert "共 2 条待处理冲突" in out
    code, out, _ = run(capsys, "--db", str(db_path), "conflicts", "resolve", first, "mine")
    assert code == 0
    assert out.splitlines() == [f"已保留本机的住户 改名了（户号 {accounts[first]}）（现为第 3 版，"
                                "下次导出时对方会收到）", "还有 1 条待处理冲突"]
    code, out, _ = run(capsys, "--db", str(db_path), "--lang", "en", "conflicts", "resolve",
                       second[:8], "theirs")
    assert code == 0 and out.splitlines() == [
        f"Took the file's version of household 改名了 (account {accounts[second]}): 2 fields "
        f"changed: name: {names[second]} → 改名了; notes: 主管改的 → 经理改的",
        "No conflicts waiting"]
    code, _, err = run(capsys, "--db", str(db_path), "conflicts", "resolve", second, "mine")
    assert code == 2 and f"没有记录编号为 {second} 的待处理冲突" in err


def test_conflicts_settled_on_import_exit_0(capsys, db_path, tmp_path, laptop_book):
    laptop, book = laptop_book
    (first, _), changed = make_conflicts(capsys, db_path, tmp_path, laptop, book)
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(changed), "--dry-run")
    assert code == 1 and "冲突 2 条（其中暂缓 2 条）" in out
    report = tmp_path / "r.xlsx"
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(changed), "--theirs",
                       "--report", str(report))
    assert code == 0 and "冲突 2 条（其中暂缓 0 条）" in out
    assert summary_sheet(report)["冲突"] == 2
    assert summary_sheet(report)["其中暂缓（记入待处理冲突）"] == 0
    with Store.open(db_path) as store:
        assert store.households.get(first).notes == "经理改的"
        assert store.open_conflict_count() == 0


@pytest.mark.parametrize("argv, message", [
    (["demo", "--households", "-5"], "argument --households: 应为不小于 0 的整数，不是“-5”"),
    (["requests", "list", "--limit", "0"], "argument --limit: 应为不小于 1 的整数，不是“0”"),
    (["households", "search", "张", "--limit", "x"], "应为不小于 1 的整数，不是“x”")])
def test_counts_and_limits_are_checked_as_arguments(capsys, db_path, argv, message):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), *argv])
    assert exit_info.value.code == 2 and message in capsys.readouterr().err
    assert not db_path.exists()


def test_reindex_rebuilds_what_check_finds_drifted(capsys, db_path):
    run(capsys, "--db", str(db_path), "demo", "--households", "60", "--requests", "20")
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    # a household written behind FieldApp's back: no bigrams, no pinyin, no sort key
    conn.execute("INSERT INTO households (uuid, account_no, name, community_uuid, rev) "
                 "SELECT 'x-1', '999', '漏索引', community_uuid, 1 FROM households LIMIT 1")
    conn.execute("DELETE FROM household_pinyin WHERE household_id = 1")
    conn.execute("UPDATE communities SET name_key = 'zzz' WHERE id = 1")
    conn.execute("UPDATE request_list_keys SET household_name = '错名' WHERE request_id ="
                 " (SELECT min(request_id) FROM request_list_keys)")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--db", str(db_path), "check")
    assert code == 1
    assert "搜索索引" in err and "拼音索引" in err and "报装列表的排序键有 1 条" in err
    assert "的拼音排序键与名称不符" in err
    assert "fieldapp-cli reindex" in err
    code, out, _ = run(capsys, "--db", str(db_path), "reindex")
    assert code == 0 and "61 户" in out and "20 件报装" in out
    code, _, err = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and err == ""
    with Store.open(db_path) as store:
        for text in ("漏索引", "lsy", "lousuoyin"):
            found = store.households.rows(store.households.ids(HouseholdQuery(text=text)))
            assert [h.name for h in found] == ["漏索引"], text


def test_reindex_never_creates_a_database(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path / "typo.sqlite3"), "reindex")
    assert code == 2 and "typo.sqlite3" in err
    assert not (tmp_path / "typo.sqlite3").exists()
