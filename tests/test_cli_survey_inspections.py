"""The survey and inspection commands of fieldapp-cli on a demo database: what they print,
their filters, loading a checklist version, and bad arguments said in one line."""
from __future__ import annotations

import json

import openpyxl
import pytest

from fieldapp.cli import main
from fieldapp.store import Store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--households", "600", "--seed", "5"]) == 0
    return path


def test_garages_list_counts_what_each_plan_holds(capsys, demo_db):
    code, out, _ = run(capsys, "--db", str(demo_db), "garages", "list")
    with Store.open(demo_db) as store:
        garages = store.garages.listing()
    assert code == 0 and garages
    first = garages[0]
    line = next(line for line in out.splitlines() if line.startswith(first.community))
    assert f" {first.garage.name} " in line and f" {first.spaces} " in line


def test_nearest_lists_boxes_by_route_and_refuses_unknown_places(capsys, demo_db):
    with Store.open(demo_db) as store:
        row = store.conn.execute(
            "SELECT s.code, c.name FROM parking_spaces s JOIN garages g ON g.uuid ="
            " s.garage_uuid JOIN communities c ON c.uuid = g.community_uuid LIMIT 1").fetchone()
    code, out, _ = run(capsys, "--db", str(demo_db), "nearest", "--space", row[0],
                       "--community", row[1], "--limit", "500", "--json")
    found = json.loads(out)
    routes = [b["route_m"] for b in found["boxes"]]
    assert code == 0 and routes == sorted(routes) and len(routes) >= 2
    assert all(b["route_m"] >= b["straight_m"] - 0.01 for b in found["boxes"])
    code, _, err = run(capsys, "--db", str(demo_db), "nearest", "--space", "ZZ-999",
                       "--community", row[1])
    assert code == 2 and "ZZ-999" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", str(demo_db), "nearest", "--space", row[0],
                       "--community", "没有这个小区")
    assert code == 2 and "没有这个小区" in err


def test_measurements_over_the_limit_are_the_flagged_ones(capsys, demo_db):
    code, out, _ = run(capsys, "--db", str(demo_db), "measurements", "list", "--over-limit",
                       "--limit", "1000")
    with Store.open(demo_db) as store:
        over = [r for r in store.measurements.listing() if r.post_meter_m > 50]
    assert code == 0 and over
    assert out.splitlines()[-1] == f"共 {len(over)} 条测量"


def test_inspections_and_hazards_filters(capsys, demo_db):
    with Store.open(demo_db) as store:
        failed = store.inspections.listing(result="fail")
        day = store.inspections.listing(state="planned")[0].inspection.planned_on
        planned = store.inspections.listing(planned_on=day)
        open_hazards = store.hazards.listing(open_only=True)
    code, out, _ = run(capsys, "--db", str(demo_db), "inspections", "list", "--result", "fail")
    assert code == 0 and out.splitlines()[-1] == f"共 {len(failed)} 次检查"
    assert "合格 " not in out.replace("不合格", "")
    code, out, _ = run(capsys, "--db", str(demo_db), "inspections", "list", "--planned", day)
    assert out.splitlines()[-1] == f"共 {len(planned)} 次检查"
    code, out, _ = run(capsys, "--db", str(demo_db), "hazards", "list", "--open")
    assert code == 0 and f"未消除 {len(open_hazards)}" in out.splitlines()[-1]
    assert "已消除" not in out
    code, _, err = run(capsys, "--db", str(demo_db), "inspections", "list", "--planned", "明天")
    assert code == 2 and "明天" in err


def _template_book(path, rows):
    book = openpyxl.Workbook()
    meta = book.active
    meta.title = "_template"
    for pair in (("key", "garage_fire"), ("name", "车库消防用电检查"), ("version", 1),
                 ("kind", "household")):
        meta.append(pair)
    items = book.create_sheet("items")
    for row in rows:
        items.append(row)
    book.save(path)
    return path


def test_templates_load_a_new_version_and_refuse_a_bad_sheet_naming_rows(capsys, tmp_path):
    db = tmp_path / "t.sqlite3"
    good = _template_book(tmp_path / "good.xlsx", [
        ("严重程度", "检查项目", "编号", "类别"), ("重大", "消防通道无充电线缆横穿", "F01", "通道"),
        ("一般", "配电箱前无杂物", "F02", "配电")])
    code, out, err = run(capsys, "--db", str(db), "templates", "load", str(good),
                         "--sheet", "items")
    assert code == 0 and "车库消防用电检查" in out and "2 项" in out, err
    code, out, _ = run(capsys, "--db", str(db), "templates", "list")
    assert "garage_fire" in out and "household_safety" in out and "charger_install" in out
    code, _, err = run(capsys, "--db", str(db), "templates", "load", str(good),
                       "--sheet", "items")
    assert code == 2 and "已存在" in err
    bad = _template_book(tmp_path / "bad.xlsx", [
        ("编号", "检查项目", "类别", "严重程度"), ("F01", "消防通道", "通道", "致命"),
        ("F01", "", "配电", "一般")])
    code, _, err = run(capsys, "--db", str(db), "templates", "load", str(bad),
                       "--sheet", "items")
    assert code == 2 and "致命" in err and "F01" in err
    with Store.open(db) as store:
        assert [r.key for r in store.checklist_templates.all()].count("garage_fire") == 1
