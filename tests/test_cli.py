import hashlib
import sqlite3

import pytest

from fieldapp.cli import format_table, main
from fieldapp.store import Store
from fieldapp.store.charger_requests import RequestFilter
from fieldapp.store.households import HouseholdQuery


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
