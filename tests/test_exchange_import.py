"""Importing exchange workbooks: merge rules, idempotence, and bad input of every kind.
Whatever is refused leaves the database exactly as it was."""
import dataclasses
import hashlib
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fieldapp import demo
from fieldapp.domain import pinyin
from fieldapp.domain.charger import ChargerRequest, RequestDocument
from fieldapp.exchange import importer
from fieldapp.exchange.export import export_workbook, last_export
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.exchange.schema import FORMAT_VERSION, SHEETS
from fieldapp.store import Store
from fieldapp.store.check import check
from fieldapp.store.migrations import fill_request_list_keys

from .conftest import VALID_ID, make_household


@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        demo.generate(store, 60, seed=2)
        yield store


def counts(plan) -> dict[str, int]:
    return {o.value: len(plan.by_outcome(o)) for o in Outcome if plan.by_outcome(o)}


def snapshot(store) -> str:
    """Everything a user would call "the data"."""
    digest = hashlib.sha256()
    for table in ("communities", "households", "charger_requests", "request_documents",
                  "tombstones", "exchange_conflicts"):
        for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY uuid"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def set_meta_rows(wb, sheet: str, n: int) -> None:
    """Make _meta state `n` data rows for `sheet` (as an edit made in FieldApp would)."""
    for key, value in wb["_meta"].iter_rows(min_row=2):
        if key.value == f"rows:{sheet}":
            value.value = str(n)


def every_record(store) -> int:
    """How many records the store holds, of every kind the workbook carries."""
    return sum(store.conn.execute(f"SELECT count(*) FROM {spec.table}").fetchone()[0]
               for spec in SHEETS)


def import_all(store, *files, choices=None):
    plan = plan_import(store, files)
    assert plan.refused == []
    apply_plan(store, plan, choices)
    return plan


def test_a_laptops_export_arrives_whole_and_twice_changes_nothing(laptop, supervisor,
                                                                 tmp_path):
    book = export_workbook(laptop, tmp_path / "a.xlsx").path
    plan = import_all(supervisor, book)
    assert counts(plan) == {"new": every_record(laptop)}
    for table in (spec.table for spec in SHEETS):
        mine = laptop.conn.execute(f"SELECT * FROM {table} ORDER BY uuid").fetchall()
        theirs = supervisor.conn.execute(f"SELECT * FROM {table} ORDER BY uuid").fetchall()
        assert len(mine) == len(theirs), table
        if not mine:
            continue
        drop = {"id"}
        keys = [k for k in mine[0].keys() if k not in drop]
        assert [[r[k] for k in keys] for r in mine] == [[r[k] for k in keys] for r in theirs]
    assert supervisor.households.search(laptop.households.search("")[0].name)
    before = snapshot(supervisor)
    again = import_all(supervisor, book)
    assert again.changes == 0 and snapshot(supervisor) == before
    assert check(supervisor) == []


def test_newer_revs_update_and_deletes_travel(laptop, supervisor, community, tmp_path):
    first = export_workbook(laptop, tmp_path / "1.xlsx").path
    import_all(supervisor, first)
    h = laptop.households.get(laptop.conn.execute(
        "SELECT uuid FROM households WHERE uuid NOT IN (SELECT household_uuid FROM"
        " charger_requests) LIMIT 1").fetchone()[0])
    other = laptop.households.get(laptop.conn.execute(
        "SELECT uuid FROM households WHERE uuid NOT IN (SELECT household_uuid FROM"
        " charger_requests) AND uuid != ? LIMIT 1", (h.uuid,)).fetchone()[0])
    laptop.households.save(dataclasses.replace(h, name="改名了"))
    laptop.households.delete(other.uuid, other.rev)
    second = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path
    plan = import_all(supervisor, second)
    assert counts(plan) == {"update": 1, "delete": 1}
    assert supervisor.households.get(h.uuid).name == "改名了"
    assert supervisor.households.get(other.uuid) is None
    assert supervisor.conn.execute("SELECT rev FROM tombstones WHERE uuid = ?",
                                   (other.uuid,)).fetchone()[0] == other.rev + 1
    assert supervisor.households.search("改名了")[0].uuid == h.uuid  # search index kept


def test_edits_on_both_sides_are_a_conflict_decided_per_record(laptop, supervisor, tmp_path):
    import_all(supervisor, export_workbook(laptop, tmp_path / "1.xlsx").path)
    uuid = laptop.conn.execute("SELECT uuid FROM households LIMIT 1").fetchone()[0]
    mine = supervisor.households.get(uuid)
    supervisor.households.save(dataclasses.replace(mine, notes="主管改的"))
    theirs = laptop.households.get(uuid)
    theirs = laptop.households.save(dataclasses.replace(theirs, notes="台区经理改的"))
    laptop.households.save(dataclasses.replace(theirs, room="9901"))  # rev 3 > 2
    book = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path
    plan = plan_import(supervisor, [book])
    [conflict] = plan.by_outcome(Outcome.CONFLICT)
    assert conflict.incoming.uuid == uuid and "双方都修改过" in conflict.reason
    apply_plan(supervisor, plan)  # deferred by default
    assert supervisor.households.get(uuid).notes == "主管改的"
    assert [c["uuid"] for c in importer.open_conflicts(supervisor)] == [uuid]
    apply_plan(supervisor, plan_import(supervisor, [book]))  # still listed once
    assert len(importer.open_conflicts(supervisor)) == 1
    importer.resolve_conflict(supervisor, uuid, importer.THEIRS)
    taken = supervisor.households.get(uuid)
    assert (taken.notes, taken.room) == ("台区经理改的", "9901") and taken.rev == 4
    assert importer.open_conflicts(supervisor) == []


def test_the_same_rev_with_different_content_is_a_conflict_and_mine_can_win(
        laptop, supervisor, tmp_path):
    import_all(supervisor, export_workbook(laptop, tmp_path / "1.xlsx").path)
    uuid = laptop.conn.execute("SELECT uuid FROM communities LIMIT 1").fetchone()[0]
    for store, notes in ((laptop, "甲"), (supervisor, "乙")):
        community = store.communities.get(uuid)
        store.communities.save(dataclasses.replace(community, notes=notes))
    book = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path
    plan = plan_import(supervisor, [book])
    [conflict] = plan.by_outcome(Outcome.CONFLICT)
    assert "第 2 版" in conflict.reason
    apply_plan(supervisor, plan, {uuid: importer.MINE})
    kept = supervisor.communities.get(uuid)
    assert kept.notes == "乙" and kept.rev == 3  # so that it wins at the laptop too


def test_a_delete_of_a_record_changed_here_afterwards_is_a_conflict(laptop, supervisor,
                                                                    tmp_path):
    import_all(supervisor, export_workbook(laptop, tmp_path / "1.xlsx").path)
    uuid = laptop.conn.execute("SELECT uuid FROM households WHERE uuid NOT IN (SELECT"
                               " household_uuid FROM charger_requests) LIMIT 1").fetchone()[0]
    gone = laptop.households.get(uuid)
    laptop.households.delete(uuid, gone.rev)
    here = supervisor.households.get(uuid)
    supervisor.households.save(dataclasses.replace(here, notes="刚上门核实过"))
    book = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path
    plan = plan_import(supervisor, [book])
    assert [d.reason for d in plan.by_outcome(Outcome.CONFLICT)] == [
        "对方删除了这条记录，但本机在删除之后又修改过"]
    apply_plan(supervisor, plan)
    assert supervisor.households.get(uuid).notes == "刚上门核实过"


def test_references_resolve_across_files_in_any_order(tmp_path, supervisor):
    with Store.open(tmp_path / "l.sqlite3", operator="am") as laptop:
        c = laptop.communities.save(demo.make_communities(1, 3, demo.dt.datetime.now(
            demo.dt.timezone.utc))[0])
        communities_only = export_workbook(laptop, tmp_path / "c.xlsx").path
        h = laptop.households.save(make_household(c))
        laptop.charger_requests.accept(ChargerRequest(
            household_uuid=h.uuid, parking_space="B1-1", documents=[
                RequestDocument(kind="id_proof"), RequestDocument(kind="permit")]))
        rest = export_workbook(laptop, tmp_path / "r.xlsx", since=last_export(laptop)).path
    alone = plan_import(supervisor, [rest])
    assert {d.reason for d in alone.by_outcome(Outcome.REJECTED)} >= {
        f"引用的小区（{c.uuid}）在本机和导入的文件中都不存在"}
    assert alone.by_outcome(Outcome.NEW) == []  # the request and its papers fall with it
    plan = import_all(supervisor, rest, communities_only)  # children's file first
    assert counts(plan) == {"new": 5}
    assert supervisor.charger_requests.count() == 1


# -- bad input ----------------------------------------------------------------------------------
def refused(store, path) -> str:
    before = snapshot(store)
    plan = plan_import(store, [path])
    assert plan.refused, "expected the file to be refused"
    with pytest.raises(ValueError):
        apply_plan(store, plan)
    assert snapshot(store) == before
    return "\n".join(plan.refused)


def test_files_that_are_not_workbooks_are_refused(supervisor, tmp_path):
    csv = tmp_path / "roster.xlsx"
    csv.write_text("户号,姓名\n0330012345,张三\n", encoding="utf-8")
    assert "改了扩展名的 CSV" in refused(supervisor, csv)
    ole = tmp_path / "locked.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    assert "密码" in refused(supervisor, ole)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert "broken.xlsx" in refused(supervisor, broken)
    assert "找不到" in refused(supervisor, tmp_path / "missing.xlsx")


def test_an_xml_entity_bomb_is_refused_unread(supervisor, tmp_path):
    path = tmp_path / "bomb.xlsx"
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<si><t>&lol2;</t></si></sst>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", lol)
    assert "实体" in refused(supervisor, path)


def test_a_zip_bomb_is_refused_unread(supervisor, tmp_path, monkeypatch):
    from fieldapp.exchange import reader

    monkeypatch.setattr(reader, "MAX_UNPACKED", 5_000_000)
    path = tmp_path / "zipbomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * 20_000_000)
    assert "过大" in refused(supervisor, path)


def edited(source, target, edit):
    workbook = openpyxl.load_workbook(source)
    edit(workbook)
    workbook.save(target)
    return target


@pytest.fixture
def book(laptop, tmp_path):
    return export_workbook(laptop, tmp_path / "laptop.xlsx").path


def test_workbooks_that_are_not_fieldapp_exchanges_are_refused(supervisor, book, tmp_path):
    no_meta = edited(book, tmp_path / "nometa.xlsx", lambda wb: wb.remove(wb["_meta"]))
    assert "缺少 _meta" in refused(supervisor, no_meta)

    def newer(wb):
        wb["_meta"]["B3"] = str(FORMAT_VERSION + 1)
    assert "更新版本" in refused(supervisor, edited(book, tmp_path / "newer.xlsx", newer))

    def renamed(wb):
        wb["households"]["G1"] = "账号"
    text = refused(supervisor, edited(book, tmp_path / "renamed.xlsx", renamed))
    assert "households" in text and "户号" in text


def test_a_file_from_this_same_device_is_refused(laptop, book):
    assert "本机" in refused(laptop, book)


def household_rows(workbook):
    sheet = workbook["households"]
    headers = [c.value for c in sheet[1]]
    return sheet, {h: i + 1 for i, h in enumerate(headers)}


def test_spreadsheet_damage_is_undone_or_refused_row_by_row(supervisor, book, tmp_path):
    def damage(wb):
        sheet, col = household_rows(wb)
        sheet.cell(2, col["户号"]).value = int(sheet.cell(2, col["户号"]).value)  # zeros lost
        sheet.cell(3, col["身份证号"]).value = 3.30106e17                         # digits lost
        sheet.cell(4, col["身份证号"]).value = "3.30106E+17"
        sheet.cell(5, col["手机"]).value = float(sheet.cell(5, col["手机"]).value)  # number
        sheet.cell(6, col["姓名"]).value = "张" * 100_000
        sheet.cell(7, col["身份证号"]).value = VALID_ID[:-1] + "3"           # check digit
        sheet.cell(8, col["姓名"]).value = None                              # required
        sheet.append([])  # empty rows and trailing formatting
        sheet.append([None] * 5)
        communities = wb["communities"]
        communities["O2"] = 46203  # an Excel serial: 2026-06-30
        communities["O3"] = "2027年6月30日"
    plan = plan_import(supervisor, [edited(book, tmp_path / "damaged.xlsx", damage)])
    rejected = {d.incoming.row: (d.column, d.reason) for d in plan.by_outcome(Outcome.REJECTED)
                if d.incoming.kind == "household"}  # records of theirs fall with them
    assert rejected[3][0] == "身份证号" and "科学计数法" in rejected[3][1]
    assert rejected[4][0] == "身份证号" and "科学计数法" in rejected[4][1]
    assert rejected[6][0] == "姓名" and "过长" in rejected[6][1]
    assert rejected[7][0] == "身份证号" and "校验" in rejected[7][1]
    assert rejected[8][0] == "姓名"
    # an account number of unknown length that lost its zeros cannot be trusted here
    assert rejected[2][0] == "户号" and "开头的 0" in rejected[2][1]
    assert 5 not in rejected  # an 11-digit mobile as a number is restored exactly
    where = plan.by_outcome(Outcome.REJECTED)[0].where()
    assert "damaged.xlsx / households / 第" in where
    apply_plan(supervisor, plan)
    assert all(h.mobile.startswith("1") and len(h.mobile) == 11
               for h in map(supervisor.households.get,
                            (d.incoming.uuid for d in plan.by_outcome(Outcome.NEW)
                             if d.incoming.kind == "household")))
    dates = sorted(c.permit_valid_until for c in supervisor.communities.all()
                   if c.permit_valid_until in ("2026-06-30", "2027-06-30"))
    assert dates == ["2026-06-30", "2027-06-30"]


def test_duplicate_uuids_and_rev_going_backwards_are_rejected(laptop, supervisor, book,
                                                             tmp_path):
    def duplicate(wb):
        sheet = wb["households"]
        sheet.append([c.value for c in sheet[2]])
        set_meta_rows(wb, "households", sheet.max_row - 1)
    plan = plan_import(supervisor, [edited(book, tmp_path / "dup.xlsx", duplicate)])
    reasons = [d.reason for d in plan.by_outcome(Outcome.REJECTED)]
    assert len([r for r in reasons if "重复" in r]) == 2
    # its requests fall with it, saying where the household was rejected
    assert all("重复" in r or "住户被拒绝（dup.xlsx / households / 第 2 行" in r
               or "报装被拒绝" in r for r in reasons)
    import_all(supervisor, book)
    uuid = laptop.conn.execute("SELECT uuid FROM households LIMIT 1").fetchone()[0]
    for _ in range(2):
        h = laptop.households.get(uuid)
        laptop.households.save(dataclasses.replace(h, notes=f"第 {h.rev} 次"))
    import_all(supervisor, export_workbook(laptop, tmp_path / "new.xlsx").path)

    def backwards(wb):
        sheet, col = household_rows(wb)
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, 1).value == uuid:
                sheet.cell(row, col["备注"]).value = "旧版本被改过"
    plan = plan_import(supervisor, [edited(book, tmp_path / "old.xlsx", backwards)])
    [d] = [d for d in plan.decisions if d.incoming.uuid == uuid]
    assert d.outcome == Outcome.REJECTED and "版本倒退" in d.reason


def test_account_numbers_turned_into_numbers_get_their_zeros_back_from_the_local_record(
        laptop, supervisor, book, tmp_path):
    import_all(supervisor, book)
    h = laptop.households.get(laptop.conn.execute("SELECT uuid FROM households LIMIT 1")
                              .fetchone()[0])
    laptop.households.save(dataclasses.replace(h, notes="新备注"))
    changed = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path

    def numbers(wb):
        sheet, col = household_rows(wb)
        sheet.cell(2, col["户号"]).value = int(sheet.cell(2, col["户号"]).value)
    plan = import_all(supervisor, edited(changed, tmp_path / "n.xlsx", numbers))
    assert counts(plan) == {"update": 1}
    assert supervisor.households.get(h.uuid).account_no == h.account_no


def test_an_account_number_used_by_another_household_is_rejected(laptop, supervisor, book,
                                                                 community):
    taken = laptop.conn.execute("SELECT account_no FROM households LIMIT 1").fetchone()[0]
    supervisor.communities.save(dataclasses.replace(community, uuid="", rev=0))
    local_community = supervisor.communities.all()[0]
    supervisor.households.save(make_household(local_community, account_no=taken))
    plan = plan_import(supervisor, [book])
    reasons = [d.reason for d in plan.by_outcome(Outcome.REJECTED)]
    assert any(f"户号“{taken}”已被另一条记录" in r for r in reasons)


def test_the_report_lists_rejected_rows_and_conflicts_for_the_area_manager(
        laptop, supervisor, book, tmp_path):
    from fieldapp.exchange.report import write_report

    import_all(supervisor, book)
    uuid = laptop.conn.execute("SELECT uuid FROM households LIMIT 1").fetchone()[0]
    for store, notes in ((laptop, "甲"), (supervisor, "乙")):
        h = store.households.get(uuid)
        store.households.save(dataclasses.replace(h, notes=notes))

    def damage(wb):
        sheet, col = household_rows(wb)
        sheet.cell(3, col["身份证号"]).value = "3.30106E+17"
    changed = export_workbook(laptop, tmp_path / "2.xlsx").path
    plan = plan_import(supervisor, [edited(changed, tmp_path / "d.xlsx", damage)])
    report = write_report(plan, tmp_path / "report.xlsx")
    workbook = openpyxl.load_workbook(report)
    rejected = list(workbook["拒绝的行"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2], r[3]) for r in rejected] == [("d.xlsx", "households", 3,
                                                            "身份证号")]
    assert "科学计数法" in rejected[0][5]
    conflicts = list(workbook["冲突"].iter_rows(min_row=2, values_only=True))
    h = supervisor.households.get(uuid)
    assert len(conflicts) == 1 and conflicts[0][0] == "住户"
    assert h.account_no in conflicts[0][1] and conflicts[0][8] == uuid
    assert workbook["冲突"].freeze_panes == "A2"


def test_reading_can_be_cancelled_and_reports_progress(supervisor, book):
    steps = []
    plan = plan_import(supervisor, [book], progress=lambda done, total: steps.append(
        (done, total)))
    sheets = len(SHEETS) + 1  # the data sheets and tombstones
    assert steps[0] == (0, sheets) and steps[-1] == (sheets - 2, sheets) and not plan.refused
    with pytest.raises(importer.ImportCancelled):
        plan_import(supervisor, [book], cancelled=lambda: True)


def test_formulas_where_values_are_expected_are_rejected_and_merged_cells_named(
        supervisor, book, tmp_path):
    def damage(wb):
        sheet, col = household_rows(wb)
        sheet.cell(4, col["姓名"]).value = "=B2&\"先生\""
        sheet.merge_cells(start_row=6, start_column=col["地址"], end_row=7,
                          end_column=col["地址"])
    plan = plan_import(supervisor, [edited(book, tmp_path / "f.xlsx", damage)])
    rejected = {d.incoming.row: (d.column, d.reason) for d in plan.by_outcome(Outcome.REJECTED)}
    assert rejected[4][0] == "姓名" and "公式" in rejected[4][1]
    assert any("合并单元格" in w for w in plan.warnings)


def test_declared_choices_and_normalisation_apply_to_every_kind(laptop, supervisor, book,
                                                                tmp_path):
    def edit(wb):
        sheet, col = household_rows(wb)
        sheet.cell(2, col["标签"]).value = "独居老人、困难户"      # labels → keys
        sheet.cell(3, col["标签"]).value = "VIP"                   # unknown
        sheet.cell(4, col["身份证号"]).value = VALID_ID.lower()    # lowercase x
        requests = wb["charger_requests"]
        status = [c.value for c in requests[1]].index("状态") + 1
        requests.cell(2, status).value = "done"
    plan = plan_import(supervisor, [edited(book, tmp_path / "c.xlsx", edit)])
    rejected = {(d.incoming.sheet, d.incoming.row): (d.column, d.reason)
                for d in plan.by_outcome(Outcome.REJECTED)}
    assert rejected[("households", 3)] == ("标签", "不认识的标签“VIP”")
    assert rejected[("charger_requests", 2)][0] == "状态"
    assert "done" in rejected[("charger_requests", 2)][1]
    new = {(d.incoming.sheet, d.incoming.row): d.incoming.values
           for d in plan.by_outcome(Outcome.NEW)}
    assert new[("households", 2)]["tags"] == "elderly_alone;hardship"
    assert new[("households", 4)]["id_number"] == VALID_ID


def test_places_and_reasons_read_in_english_too(supervisor, book, tmp_path):
    from fieldapp.domain.messages import set_language

    def damage(wb):
        sheet, col = household_rows(wb)
        sheet.cell(3, col["身份证号"]).value = "3.30106E+17"
    set_language("en")
    plan = plan_import(supervisor, [edited(book, tmp_path / "e.xlsx", damage)])
    [decision] = [d for d in plan.by_outcome(Outcome.REJECTED) if d.incoming.row == 3]
    assert decision.where() == "e.xlsx / households / row 3 / 身份证号"
    assert "scientific notation" in decision.reason


def _schema(store) -> list:
    return sorted(map(tuple, store.conn.execute("SELECT type, name, sql FROM sqlite_master")))


def test_a_first_load_rebuilds_the_indexes_it_set_aside_and_a_second_import_keeps_them(
        tmp_path, supervisor, monkeypatch):
    with Store.open(tmp_path / "big.sqlite3", operator="am02") as big:
        demo.generate(big, 1200, seed=5)
        path = tmp_path / "big.xlsx"
        export_workbook(big, path)
    fresh = _schema(supervisor)
    made = []  # the scratch databases: beside the database, gone afterwards

    class Watched(importer.Staging):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(self.path)
    monkeypatch.setattr(importer, "Staging", Watched)
    plan = import_all(supervisor, path)
    assert counts(plan)["new"] > 1200
    assert _schema(supervisor) == fresh  # every index back, none added
    assert supervisor.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = supervisor.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM households WHERE account_no = '1'").fetchall()
    assert "idx_households_account_no" in str([tuple(row) for row in found])
    assert check(supervisor) == []
    assert supervisor.households.count() == 1200
    # the audit and the search index of the new records, written after the indexes
    audited = supervisor.conn.execute(
        "SELECT count(*), count(DISTINCT record_uuid) FROM audit_log WHERE action = 'import'"
    ).fetchone()
    assert tuple(audited) == (counts(plan)["new"],) * 2
    assert supervisor.conn.execute(
        "SELECT count(*) FROM household_search_docsize").fetchone()[0] == 1200
    for household in supervisor.conn.execute(
            "SELECT uuid, name, account_no FROM households ORDER BY id DESC LIMIT 5"):
        for text in (household["name"], household["account_no"][-5:],
                     pinyin.spellings(household["name"])[0]):
            assert household["uuid"] in {r.uuid for r in supervisor.households.search(text)}
    assert "staging" not in [r[1] for r in supervisor.conn.execute("PRAGMA database_list")]
    assert made and all(Path(p).parent == tmp_path and not Path(p).exists() for p in made)
    # the requests list's keys, filled at the end instead of by triggers row by row
    keys = "SELECT * FROM request_list_keys ORDER BY request_id"
    filled = [tuple(row) for row in supervisor.conn.execute(keys)]
    assert len(filled) == supervisor.charger_requests.count() > 0
    with supervisor.transaction():
        fill_request_list_keys(supervisor.conn)
    assert [tuple(row) for row in supervisor.conn.execute(keys)] == filled
    assert any(row[-1] for row in filled)  # deferred papers among them
    plan = import_all(supervisor, path)  # nothing new: nothing set aside
    assert counts(plan) == {"unchanged": counts(plan)["unchanged"]}
    assert _schema(supervisor) == fresh
