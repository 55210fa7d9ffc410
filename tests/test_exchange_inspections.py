"""Checklist templates, inspections, their items and hazards travel in the exchange
workbook: restored exactly, and bad rows rejected at their column with the domain's
reason."""
from __future__ import annotations

import dataclasses

import pytest

from fieldapp import demo
from fieldapp.domain.checklists import shipped_templates
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.store import Store
from fieldapp.store.check import check
from fieldapp.store.errors import RecordRefused

from .test_exchange_contract import headers, rejected, row_of
from .test_exchange_garages import contents
from .test_exchange_import import edited

TABLES = ("checklist_templates", "inspections", "inspection_items", "hazards")


@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        demo.generate(store, 400, seed=12)
        yield store


@pytest.fixture
def book(laptop, tmp_path):
    return export_workbook(laptop, tmp_path / "laptop.xlsx").path


def test_inspections_travel_and_are_restored_exactly(laptop, supervisor, book):
    assert all(laptop.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    plan = plan_import(supervisor, [book])
    assert plan.refused == [] and plan.by_outcome(Outcome.REJECTED) == []
    apply_plan(supervisor, plan)
    for table in TABLES:
        assert contents(supervisor, table) == contents(laptop, table), table
    assert check(supervisor) == []
    assert len(supervisor.hazards.listing(open_only=True)) == len(
        laptop.hazards.listing(open_only=True))


@pytest.mark.parametrize("sheet, header, value, words", [
    ("hazards", "状态", "不知道", "不知道"),
    ("inspections", "客户签名(笔迹)", "[[1, 2", "签名"),
    ("inspection_items", "严重程度", "致命", "致命"),
    ("inspections", "时间段", "上午", "09:00-11:30")])
def test_bad_inspection_values_are_rejected_at_their_column(laptop, supervisor, book,
                                                           tmp_path, sheet, header, value,
                                                           words):
    table = {"hazards": "hazards", "inspections": "inspections",
             "inspection_items": "inspection_items"}[sheet]
    uuid = laptop.conn.execute(f"SELECT uuid FROM {table} LIMIT 1").fetchone()[0]

    def damage(wb):
        rows = wb[sheet]
        rows.cell(row_of(rows, uuid), headers(rows)[header]).value = value
    plan = plan_import(supervisor, [edited(book, tmp_path / "bad.xlsx", damage)])
    reasons = rejected(plan)
    assert words in reasons[uuid][1]
    apply_plan(supervisor, plan)
    assert check(supervisor) == []


def test_a_finished_inspection_without_its_result_is_rejected(laptop, supervisor, book,
                                                              tmp_path):
    uuid = laptop.conn.execute("SELECT uuid FROM inspections WHERE state = 'finished'"
                               " LIMIT 1").fetchone()[0]

    def blank(wb):
        rows = wb["inspections"]
        rows.cell(row_of(rows, uuid), headers(rows)["检查结果"]).value = None
    plan = plan_import(supervisor, [edited(book, tmp_path / "blank.xlsx", blank)])
    column, reason = rejected(plan)[uuid]
    assert column == "检查结果" and "结果" in reason
    items = [r[0] for r in laptop.conn.execute(
        "SELECT uuid FROM inspection_items WHERE inspection_uuid = ?", (uuid,))]
    assert set(items) <= set(rejected(plan))  # its items fall with it


@pytest.mark.parametrize("header, value", [("检查表标识", "no_such_list"), ("检查表版本", 99)])
def test_an_inspection_on_an_unknown_checklist_is_rejected_with_its_items(
        laptop, supervisor, book, tmp_path, header, value):
    """The window refuses an inspection whose checklist it does not know; so does the
    import, whether the key or the version is unknown."""
    uuid, key = laptop.conn.execute(
        "SELECT uuid, template_key FROM inspections i WHERE EXISTS (SELECT 1 FROM"
        " inspection_items t WHERE t.inspection_uuid = i.uuid) LIMIT 1").fetchone()

    def unknown(wb):
        rows = wb["inspections"]
        rows.cell(row_of(rows, uuid), headers(rows)[header]).value = value
    plan = plan_import(supervisor, [edited(book, tmp_path / "unknown.xlsx", unknown)])
    column, reason = rejected(plan)[uuid]
    assert column == "检查表标识"
    assert "没有检查表" in reason and str(value) in reason
    items = [r[0] for r in laptop.conn.execute(
        "SELECT uuid FROM inspection_items WHERE inspection_uuid = ?", (uuid,))]
    assert items and all("检查" in rejected(plan)[item][1] for item in items)
    apply_plan(supervisor, plan)
    assert supervisor.inspections.get(uuid) is None
    assert check(supervisor) == []
    assert key  # (the others, on known checklists, came in)
    assert supervisor.inspections.count() == laptop.inspections.count() - 1


def test_a_checklist_known_only_from_the_workbook_is_enough(laptop, supervisor, book,
                                                            tmp_path):
    """A supervisor's own checklist version travels with the inspections that use it."""
    uuid, key = laptop.conn.execute("SELECT uuid, template_key FROM inspections LIMIT 1"
                                    ).fetchone()
    shipped = next(t for t in shipped_templates() if t.key == key)
    laptop.checklist_templates.load(dataclasses.replace(shipped, version=7))
    with laptop.transaction():
        laptop.conn.execute("UPDATE inspections SET template_version = 7 WHERE uuid = ?",
                            (uuid,))
    plan = plan_import(supervisor, [export_workbook(laptop, tmp_path / "v7.xlsx").path])
    assert uuid not in rejected(plan)
    apply_plan(supervisor, plan)
    assert supervisor.inspections.get(uuid).template_version == 7
    assert check(supervisor) == []


def test_the_window_refuses_an_unknown_checklist_with_a_message(laptop):
    with pytest.raises(RecordRefused, match="没有检查表“nope”第 3 版"):
        laptop.checklist_templates.version("nope", 3)


def test_check_names_an_inspection_whose_checklist_is_unknown(laptop):
    uuid = laptop.conn.execute("SELECT uuid FROM inspections LIMIT 1").fetchone()[0]
    assert check(laptop) == []
    with laptop.transaction():
        laptop.conn.execute("UPDATE inspections SET template_version = 42 WHERE uuid = ?",
                            (uuid,))
    found = check(laptop)
    assert any(uuid in line and "第 42 版" in line for line in found)


def test_a_signed_rectification_notice_travels_whole(supervisor, store, household, tmp_path):
    """A notice's snapshot holds the signatures' strokes: more than an ordinary cell, and
    the register row must still arrive (and reprint the same there)."""
    import json
    import math

    from fieldapp.notices.issue import issue

    from .test_notices_inspection import planned

    strokes = json.dumps([[[round(0.05 + 0.9 * k / 150, 4),
                            round(0.5 + 0.4 * math.sin(k / 7 + s), 4)] for k in range(150)]
                          for s in range(6)])
    inspection = planned(store, household)
    from .inspection_helpers import NOW, answer_all
    answer_all(store, inspection, H01="fail")
    store.inspections.finish(inspection.uuid, deadline="2026-12-10", now=NOW,
                             customer_signature=strokes, inspector_signature=strokes)
    issued = issue(store, "rectification", inspection.uuid)
    assert len(issued.notice.snapshot) > 2000
    book = export_workbook(store, tmp_path / "signed.xlsx").path
    plan = plan_import(supervisor, [book])
    assert plan.by_outcome(Outcome.REJECTED) == []
    apply_plan(supervisor, plan)
    arrived = supervisor.notices.by_number(issued.notice.number)
    assert arrived is not None and arrived.snapshot == issued.notice.snapshot
