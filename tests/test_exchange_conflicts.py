"""Deferred import conflicts as a person reads and decides them (fieldapp.exchange.
conflicts): kind and name instead of a uuid, the fields that differ with their labels,
blanks that would wipe a value shown as such, and a sentence saying what a decision did."""
import dataclasses

import openpyxl
import pytest

from fieldapp import demo
from fieldapp.domain.messages import set_language
from fieldapp.exchange import conflicts
from fieldapp.exchange.export import export_workbook, last_export
from fieldapp.exchange.importer import MINE, THEIRS, Outcome, apply_plan, plan_import
from fieldapp.store import Store

from .conftest import VALID_ID


@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        demo.generate(store, 20, seed=2)
        yield store


@pytest.fixture
def supervisor(tmp_path, laptop):
    with Store.open(tmp_path / "supervisor.sqlite3", operator="sup") as store:
        apply_plan(store, plan_import(store, [export_workbook(laptop, tmp_path / "0.xlsx")
                                              .path]))
        yield store


def free_households(store, n: int) -> list[str]:
    """Households without charger requests (they can be deleted)."""
    return [r[0] for r in store.conn.execute(
        "SELECT uuid FROM households WHERE uuid NOT IN (SELECT household_uuid FROM"
        " charger_requests) ORDER BY account_no LIMIT ?", (n,))]


def defer_all(store, *books) -> None:
    plan = plan_import(store, books)
    assert plan.refused == [] and plan.by_outcome(Outcome.CONFLICT)
    apply_plan(store, plan)  # conflicts deferred


def edited_on_both_sides(laptop, supervisor, uuid: str) -> None:
    here = supervisor.households.get(uuid)
    supervisor.households.save(dataclasses.replace(here, notes="主管改的"))
    there = laptop.households.get(uuid)
    laptop.households.save(dataclasses.replace(there, name="改名了", notes="台区经理改的"))


def test_a_waiting_conflict_names_its_record_and_the_fields_that_differ(
        laptop, supervisor, tmp_path):
    [uuid] = free_households(laptop, 1)
    edited_on_both_sides(laptop, supervisor, uuid)
    book = export_workbook(laptop, tmp_path / "1.xlsx", since=last_export(laptop)).path
    defer_all(supervisor, book)
    here = supervisor.households.get(uuid)
    [waiting] = conflicts.pending_conflicts(supervisor)
    assert (waiting.uuid, waiting.kind_label) == (uuid, "住户")
    assert waiting.title == f"改名了（户号 {here.account_no}）"
    assert (waiting.local_rev, waiting.incoming_rev) == (2, 2)
    assert "内容不同" in waiting.reason and waiting.source == "1.xlsx / households / 2"
    assert [c.text() for c in waiting.changes] == [f"姓名：{here.name} → 改名了",
                                                   "备注：主管改的 → 台区经理改的"]
    set_language("en")
    [waiting] = conflicts.pending_conflicts(supervisor)
    assert waiting.kind_label == "household"
    assert waiting.title == f"改名了 (account {here.account_no})"
    assert waiting.changes[1].text() == "notes: 主管改的 → 台区经理改的"


def test_resolving_says_what_was_done(laptop, supervisor, tmp_path):
    keep, take = free_households(laptop, 2)
    for uuid in (keep, take):
        edited_on_both_sides(laptop, supervisor, uuid)
    defer_all(supervisor, export_workbook(laptop, tmp_path / "1.xlsx",
                                          since=last_export(laptop)).path)
    kept = supervisor.households.get(keep)
    said = conflicts.resolve(supervisor, keep, MINE)
    assert said == (f"已保留本机的住户 改名了（户号 {kept.account_no}）（现为第 3 版，下次导出时"
                    "对方会收到）")
    assert supervisor.households.get(keep).rev == 3
    before = supervisor.households.get(take)
    said = conflicts.resolve(supervisor, take[:8], THEIRS)  # a unique beginning will do
    assert said == (f"已采用文件中的住户 改名了（户号 {before.account_no}）：改了 2 个字段："
                    f"姓名：{before.name} → 改名了；备注：主管改的 → 台区经理改的")
    assert supervisor.households.get(take).notes == "台区经理改的"
    assert conflicts.pending_conflicts(supervisor) == []
    with pytest.raises(ValueError, match=f"没有记录编号为 {take} 的待处理冲突"):
        conflicts.resolve(supervisor, take, MINE)
    with pytest.raises(ValueError, match="mine 或 theirs"):
        conflicts.resolve(supervisor, take, "both")


def test_a_blank_from_merged_cells_is_shown_before_it_wipes_a_value(laptop, supervisor,
                                                                    tmp_path):
    """Merged cells keep only their first cell's value: the row below arrives blank in
    that column at the same version, and taking the file's version would wipe it."""
    book = export_workbook(laptop, tmp_path / "1.xlsx").path
    workbook = openpyxl.load_workbook(book)
    sheet = workbook["households"]
    column = [c.value for c in sheet[1]].index("地址") + 1
    uuid_column = [c.value for c in sheet[1]].index("记录编号") + 1
    address = sheet.cell(3, column).value
    uuid = sheet.cell(3, uuid_column).value
    assert address and sheet.cell(2, column).value != address
    sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    workbook.save(tmp_path / "merged.xlsx")
    defer_all(supervisor, tmp_path / "merged.xlsx")
    [waiting] = conflicts.pending_conflicts(supervisor)
    assert waiting.uuid == uuid and "地址 是空的" in waiting.reason
    [change] = waiting.changes
    assert change.text() == f"地址：{address} → （空）" and change.blanked
    said = conflicts.resolve(supervisor, uuid, THEIRS)
    assert said.endswith(f"改了 1 个字段：地址：{address} → （空）")
    assert supervisor.households.get(uuid).address == ""


def test_a_deletion_against_an_edit_reads_as_one(laptop, supervisor, tmp_path):
    [uuid] = free_households(laptop, 1)
    gone = laptop.households.get(uuid)
    laptop.households.delete(uuid, gone.rev)
    here = supervisor.households.get(uuid)
    supervisor.households.save(dataclasses.replace(here, notes="刚核实过"))
    defer_all(supervisor, export_workbook(laptop, tmp_path / "1.xlsx",
                                          since=last_export(laptop)).path)
    [waiting] = conflicts.pending_conflicts(supervisor)
    assert waiting.deleted_there and waiting.title == f"{here.name}（户号 {here.account_no}）"
    assert "备注：刚核实过 → （已删除）" in [c.text() for c in waiting.changes]
    assert conflicts.resolve(supervisor, uuid, THEIRS) == \
        f"已按文件删除住户 {here.name}（户号 {here.account_no}）"
    assert supervisor.households.get(uuid) is None


def test_differences_display_would_hide_are_shown_raw(store, household):
    other_id = VALID_ID[:6] + "19501231" + VALID_ID[-4:]   # same masked form
    mine = household.content()
    theirs = dict(mine, id_number=other_id, tags="", mobile="")
    changes = {c.key: c for c in conflicts.field_changes(store, "household", mine, theirs)}
    assert (changes["id_number"].mine, changes["id_number"].theirs) == (VALID_ID, other_id)
    assert changes["mobile"].text() == "手机：13812345678 → （空）" and changes["mobile"].blanked
    assert set(changes) == {"id_number", "mobile"}  # tags were blank on both sides

