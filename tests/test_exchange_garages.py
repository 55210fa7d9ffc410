"""Garages, meter boxes, parking spaces and measurements travel in the exchange workbook:
restored exactly, re-saved by LibreOffice without a change, and bad rows rejected at
their sheet, row and column with the domain's own reason."""
from __future__ import annotations

import openpyxl
import pytest

from fieldapp import demo
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.store import Store
from fieldapp.store.check import check

from .test_exchange_contract import headers, rejected, row_of
from .test_exchange_import import edited
from .test_exchange_libreoffice import SOFFICE, resave_with_libreoffice

TABLES = ("garages", "meter_boxes", "parking_spaces", "measurements")


@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        demo.generate(store, 300, seed=11)
        yield store


@pytest.fixture
def book(laptop, tmp_path):
    return export_workbook(laptop, tmp_path / "laptop.xlsx").path


def contents(store, table: str) -> set[tuple]:
    columns = [c for c in (r[1] for r in store.conn.execute(f"PRAGMA table_info({table})"))
               if c != "id"]
    return set(store.conn.execute(f"SELECT {', '.join(columns)} FROM {table}"))


def test_the_survey_travels_and_is_restored_exactly(laptop, supervisor, book):
    assert all(laptop.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    plan = plan_import(supervisor, [book])
    assert plan.refused == [] and plan.by_outcome(Outcome.REJECTED) == []
    apply_plan(supervisor, plan)
    for table in TABLES:
        assert contents(supervisor, table) == contents(laptop, table), table
    chosen = "SELECT uuid, measurement_uuid, over_limit_reason FROM charger_requests"
    assert set(supervisor.conn.execute(chosen)) == set(laptop.conn.execute(chosen))
    assert check(supervisor) == []
    again = plan_import(supervisor, [book])
    assert {d.outcome for d in again.decisions} == {Outcome.UNCHANGED}


def test_the_sheets_show_names_beside_references_and_methods_by_label(book):
    wb = openpyxl.load_workbook(book, read_only=True)
    sheet = wb["measurements"]
    first = [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]
    assert first.index("报装编号") == first.index("报装记录编号") + 1
    assert first.index("表箱编号") == first.index("表箱记录编号") + 1
    methods = {row[first.index("测量方式")] for row in sheet.iter_rows(min_row=2,
                                                                   values_only=True)}
    assert methods <= {"激光测距仪", "卷尺", "图上测量"} and methods


def test_a_space_code_used_twice_in_a_garage_is_a_rejected_row(laptop, supervisor, book,
                                                              tmp_path):
    garage, first, second = laptop.conn.execute(
        "SELECT garage_uuid, min(uuid), max(uuid) FROM parking_spaces GROUP BY garage_uuid"
        " LIMIT 1").fetchone()

    def duplicate(wb):
        sheet = wb["parking_spaces"]
        code = sheet.cell(row_of(sheet, first), headers(sheet)["车位编号"]).value
        sheet.cell(row_of(sheet, second), headers(sheet)["车位编号"]).value = code
    plan = plan_import(supervisor, [edited(book, tmp_path / "dup.xlsx", duplicate)])
    reasons = rejected(plan)
    assert set(reasons) & {first, second}
    column, _ = reasons[next(iter(set(reasons) & {first, second}))]
    assert column in ("车位编号", "车库记录编号")


@pytest.mark.parametrize("header, value, words", [
    ("路径长度(米)", 600, "500"), ("垂直高差(米)", -1, "0"),
    ("测量方式", "目测", "目测"), ("路径长度(米)", 0.5, "直线")])
def test_bad_measurement_values_are_rejected_at_their_column(laptop, supervisor, book,
                                                            tmp_path, header, value, words):
    uuid = laptop.conn.execute("SELECT uuid FROM measurements WHERE straight_m > 5"
                               " LIMIT 1").fetchone()[0]

    def damage(wb):
        sheet = wb["measurements"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)[header]).value = value
    plan = plan_import(supervisor, [edited(book, tmp_path / "bad.xlsx", damage)])
    column, reason = rejected(plan)[uuid]
    assert words in reason
    apply_plan(supervisor, plan)
    assert check(supervisor) == []


def test_a_replied_plan_over_50_m_without_its_reason_is_rejected_with_the_gate_message(
        laptop, supervisor, book, tmp_path):
    uuid, number = laptop.conn.execute(
        "SELECT uuid, request_no FROM charger_requests WHERE over_limit_reason > ''"
        " LIMIT 1").fetchone()

    def blank(wb):
        sheet = wb["charger_requests"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["超长原因"]).value = None
    plan = plan_import(supervisor, [edited(book, tmp_path / "blank.xlsx", blank)])
    reasons = rejected(plan)
    column, reason = reasons[uuid]
    assert column == "超长原因" and "超过 50 米" in reason
    measured = [r[0] for r in laptop.conn.execute(
        "SELECT uuid FROM measurements WHERE request_uuid = ?", (uuid,))]
    for measurement in measured:  # its measurements fall with it, naming the request
        assert number in reasons[measurement][1]
    apply_plan(supervisor, plan)
    assert supervisor.charger_requests.get(uuid) is None
    assert check(supervisor) == []


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_libreoffice_resave_of_the_survey_changes_nothing(supervisor, book, tmp_path):
    apply_plan(supervisor, plan_import(supervisor, [book]))
    again = resave_with_libreoffice(book, tmp_path / "libreoffice")
    plan = plan_import(supervisor, [again])
    assert plan.refused == []
    assert [d.where() + " " + d.reason for d in plan.by_outcome(Outcome.REJECTED)] == []
    assert {d.outcome for d in plan.decisions} == {Outcome.UNCHANGED}


def test_a_measurement_of_a_box_in_another_community_is_rejected(laptop, supervisor, book,
                                                                tmp_path):
    """Edited by hand to a box of another community: the window would refuse it, so the
    import does too, and `check` still passes afterwards."""
    uuid, community = laptop.conn.execute(
        "SELECT m.uuid, b.community_uuid FROM measurements m JOIN meter_boxes b"
        " ON b.uuid = m.meter_box_uuid LIMIT 1").fetchone()
    other = laptop.conn.execute("SELECT uuid FROM meter_boxes WHERE community_uuid != ?"
                                " LIMIT 1", (community,)).fetchone()[0]

    def elsewhere(wb):
        sheet = wb["measurements"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["表箱记录编号"]).value = other
    plan = plan_import(supervisor, [edited(book, tmp_path / "elsewhere.xlsx", elsewhere)])
    column, reason = rejected(plan)[uuid]
    names = dict(laptop.conn.execute("SELECT uuid, name FROM communities"))
    assert column == "表箱记录编号" and "另一个小区" in reason
    assert names[community] in reason  # named, not a uuid
    request = laptop.conn.execute("SELECT uuid FROM charger_requests WHERE"
                                  " measurement_uuid = ?", (uuid,)).fetchone()
    if request:  # the request that chose it cannot arrive without it
        assert "选用的测量" in rejected(plan)[request[0]][1]
    apply_plan(supervisor, plan)
    assert check(supervisor) == []


def test_a_space_code_a_spreadsheet_wrote_full_width_arrives_as_ascii(laptop, supervisor,
                                                                       book, tmp_path):
    uuid, code = laptop.conn.execute("SELECT uuid, code FROM parking_spaces LIMIT 1").fetchone()
    wide = code.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})  # Ｂ１－… as typed

    def widen(wb):
        sheet = wb["parking_spaces"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["车位编号"]).value = wide
    plan = plan_import(supervisor, [edited(book, tmp_path / "wide.xlsx", widen)])
    assert uuid not in rejected(plan)
    apply_plan(supervisor, plan)
    assert supervisor.parking_spaces.get(uuid).code == code
