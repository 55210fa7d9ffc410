"""fieldapp-cli cable: the post-meter cable for a charger, as text or JSON."""
from __future__ import annotations

import json

import pytest

from fieldapp.cli import main
from fieldapp.store import Store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_7_kw_charger_at_50_m_takes_10_mm2_and_says_why_not_6(capsys, tmp_path):
    code, out, err = run(capsys, "cable", "--kw", "7", "--phase", "1", "--length", "50")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:5] == ["电流：31.82 A", "截面：10 mm²", "压降：3.25%（限值 4%）",
                         "为何不选更小截面：6 mm² 的压降为 5.42%，超过限值 4%",
                         "费用估算：3380.00 元"]
    assert any(line.split()[:4] == ["电缆", "10", "mm²", "50"] for line in lines)
    # no --db: the default settings, and no database made in the data folder
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


def test_json_has_the_numbers_a_script_needs(capsys):
    code, out, _ = run(capsys, "--lang", "en", "cable", "--kw", "21", "--phase", "3",
                       "--length", "50", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["current_a"], data["section_mm2"], data["drop_percent"]) == (31.91, 6, 2.73)
    assert data["reason"] == ""
    assert data["cost_yuan"] == sum(line["amount_yuan"] for line in data["cost_lines"])
    assert data["cost_lines"][0] == {"name": "cable 6 mm²", "quantity": 50, "unit": "m",
                                     "unit_price_yuan": 43.0, "amount_yuan": 2150.0}


def test_when_no_standard_size_fits_the_section_is_null_with_the_reason(capsys):
    code, out, _ = run(capsys, "cable", "--kw", "7", "--phase", "1", "--length", "200",
                       "--json")
    data = json.loads(out)
    assert code == 1
    assert data["section_mm2"] is None and data["drop_percent"] is None
    assert data["cost_yuan"] is None and data["cost_lines"] == []
    assert "25 mm² 的压降 5.21%" in data["reason"]
    code, out, _ = run(capsys, "cable", "--kw", "7", "--phase", "1", "--length", "200")
    assert code == 1
    assert out.splitlines()[1:] == ["截面：无合适的标准截面", data["reason"]]


def test_the_databases_settings_are_used_with_db(capsys, db_path):
    with Store.open(db_path, operator="sup") as store:
        store.save_settings(store.settings().with_value("drop_limit_percent", "5")
                            .with_value("fixed_cost_items_yuan", "{}"))
    code, out, _ = run(capsys, "--db", str(db_path), "cable", "--kw", "7", "--phase", "1",
                       "--length", "45", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["section_mm2"], data["drop_percent"]) == (6, 4.88)  # 10 mm² at 4 %
    assert data["cost_yuan"] == 45 * (26 + 12)  # cable and conduit only


def test_a_mistyped_db_is_refused_and_not_created(capsys, tmp_path):
    typo = tmp_path / "supervisr.sqlite3"
    code, out, err = run(capsys, "--db", str(typo), "cable", "--kw", "7", "--phase", "1",
                         "--length", "5")
    assert code == 2 and out == ""
    assert err.startswith(f"fieldapp-cli: 数据库 {typo} 不存在")
    assert not typo.exists()


@pytest.mark.parametrize("args, words", [
    (["--kw", "0", "--phase", "1", "--length", "5"], "充电桩功率应为大于 0 的数"),
    (["--kw", "nan", "--phase", "1", "--length", "5"], "充电桩功率"),
    (["--kw", "7", "--phase", "1", "--length", "-3"], "电缆长度应为不小于 0 的数"),
    (["--kw", "7", "--phase", "1", "--length", "501"], "超过 500 米"),
])
def test_impossible_values_give_one_line_and_exit_2(capsys, args, words):
    code, out, err = run(capsys, "cable", *args)
    assert code == 2 and out == ""
    assert err.startswith("fieldapp-cli: ") and words in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("args, words", [
    (["--kw", "seven", "--phase", "1", "--length", "5"], "--kw"),
    (["--kw", "7", "--phase", "2", "--length", "5"], "--phase"),
    (["--kw", "7", "--phase", "1"], "--length"),
])
def test_words_where_numbers_belong_are_a_usage_error(capsys, args, words):
    with pytest.raises(SystemExit) as stopped:
        main(["cable", *args])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert words in err and "Traceback" not in err
