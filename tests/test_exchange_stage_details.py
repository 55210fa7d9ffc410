"""The stage details of a charger request travel in the exchange workbook (format 3): they
round-trip, a meter number is an identifier (ASCII digits; full-width ones converted), a
way of reply is one of the fixed list (key or label), a version 2 workbook written before
the details existed still imports, its requests without them, and an app that reads only
up to version 2 refuses a version 3 workbook instead of dropping the details."""
from __future__ import annotations

import openpyxl
import pytest

from fieldapp import demo
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import apply_plan, plan_import
from fieldapp.store import Store
from fieldapp.store.check import check

from .test_exchange_contract import headers, rejected, row_of
from .test_exchange_import import edited

DETAILS = ("surveyor", "surveyed_on", "survey_note", "replied_on", "reply_channel",
           "meter_no")
LABELS = ("勘查人员", "勘查日期", "勘查说明", "方案答复日期", "答复方式", "电表号")


@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        demo.generate(store, 60, seed=9)
        yield store


@pytest.fixture
def book(laptop, tmp_path):
    return export_workbook(laptop, tmp_path / "laptop.xlsx").path


def connected_uuid(store) -> str:
    return store.conn.execute("SELECT uuid FROM charger_requests WHERE status = 'connected'"
                              " AND meter_no > '' LIMIT 1").fetchone()[0]


def details(store, uuid: str) -> tuple:
    return tuple(store.conn.execute(f"SELECT {', '.join(DETAILS)} FROM charger_requests"
                                    " WHERE uuid = ?", (uuid,)).fetchone())


def test_stage_details_round_trip_shown_by_label(laptop, supervisor, book):
    uuid = connected_uuid(laptop)
    sheet = openpyxl.load_workbook(book)["charger_requests"]
    columns = headers(sheet)
    assert set(LABELS) <= set(columns)
    row = row_of(sheet, uuid)
    shown = sheet.cell(row, columns["答复方式"]).value
    assert shown in ("当面", "电话", "短信", "微信", "上门")  # the label, not the key
    assert sheet.cell(row, columns["电表号"]).data_type == "s"  # kept as text
    apply_plan(supervisor, plan_import(supervisor, [book]))
    assert details(supervisor, uuid) == details(laptop, uuid)
    assert all(details(supervisor, uuid))  # demo requests at this stage have them all
    assert check(supervisor) == []


@pytest.mark.parametrize("value, expected", [
    ("3331-0001", "只能是数字 0–9，不能有 “-”"),
    ("3331OOO1", "只能是数字 0–9，不能有 “O”"),
])
def test_a_meter_number_with_other_characters_is_rejected_at_its_column(
        laptop, supervisor, book, tmp_path, value, expected):
    uuid = connected_uuid(laptop)

    def damage(wb):
        sheet = wb["charger_requests"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["电表号"]).value = value
    plan = plan_import(supervisor, [edited(book, tmp_path / "meter.xlsx", damage)])
    column, reason = rejected(plan)[uuid]
    assert column == "电表号" and expected in reason


def test_full_width_meter_digits_and_a_way_by_its_key_are_taken(laptop, supervisor, book,
                                                               tmp_path):
    uuid = connected_uuid(laptop)

    def retype(wb):
        sheet = wb["charger_requests"]
        row = row_of(sheet, uuid)
        sheet.cell(row, headers(sheet)["电表号"]).value = "３３３１００４２"
        sheet.cell(row, headers(sheet)["答复方式"]).value = "sms"
    apply_plan(supervisor, plan_import(supervisor, [edited(book, tmp_path / "w.xlsx",
                                                           retype)]))
    request = supervisor.charger_requests.get(uuid)
    assert (request.meter_no, request.reply_channel) == ("33310042", "sms")


def test_an_unknown_way_of_reply_is_rejected_naming_the_allowed_ones(laptop, supervisor,
                                                                     book, tmp_path):
    uuid = connected_uuid(laptop)

    def fax(wb):
        sheet = wb["charger_requests"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["答复方式"]).value = "传真"
    plan = plan_import(supervisor, [edited(book, tmp_path / "fax.xlsx", fax)])
    column, reason = rejected(plan)[uuid]
    assert column == "答复方式" and "传真" in reason and "电话" in reason


def test_a_workbook_from_before_the_details_imports_without_them(laptop, supervisor, book,
                                                                 tmp_path):
    def older(wb):
        sheet = wb["charger_requests"]
        for label in sorted(LABELS, key=lambda text: -headers(sheet)[text]):
            sheet.delete_cols(headers(sheet)[label])
        for key, value in wb["_meta"].iter_rows(min_row=2):
            if key.value == "format_version":
                value.value = "2"
    plan = plan_import(supervisor, [edited(book, tmp_path / "v2.xlsx", older)])
    assert plan.refused == [] and rejected(plan) == {}
    assert not [w for w in plan.warnings if "charger_requests" in w]
    apply_plan(supervisor, plan)
    uuid = connected_uuid(laptop)
    request = supervisor.charger_requests.get(uuid)
    assert request.status == "connected" and details(supervisor, uuid) == ("",) * 6
    assert check(supervisor) == []


def test_an_app_that_reads_only_version_2_refuses_the_workbook(supervisor, book,
                                                              monkeypatch):
    from fieldapp.exchange import importer

    monkeypatch.setattr(importer, "READABLE_VERSIONS", (1, 2))
    monkeypatch.setattr(importer, "FORMAT_VERSION", 2)
    plan = plan_import(supervisor, [book])
    assert [p for p in plan.refused if "交换格式第 4 版" in p and "只认第 2 版" in p]
