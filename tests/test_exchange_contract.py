"""The exchange contract holds whatever happened to the workbook on the way: rows lost or
deleted by hand are noticed, every imported record meets the same rules as one saved in
the window, rejections point at their cause, and the workbook reads well to a person."""
from __future__ import annotations

import openpyxl
import pytest

from fieldapp import demo
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.store import Store
from fieldapp.store.check import check

from .test_charger_store import new_request
from .test_exchange_import import edited, snapshot


@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        demo.generate(store, 80, seed=5)
        free = store.households.get(store.conn.execute(
            "SELECT uuid FROM households WHERE uuid NOT IN (SELECT household_uuid FROM"
            " charger_requests) LIMIT 1").fetchone()[0])
        store.charger_requests.accept(new_request(free, "B3-001", parking_right="deferred"))
        yield store


@pytest.fixture
def book(laptop, tmp_path):
    return export_workbook(laptop, tmp_path / "laptop.xlsx").path


def headers(sheet) -> dict[str, int]:
    return {c.value: c.column for c in sheet[1]}


def row_of(sheet, uuid: str) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == uuid)


def rejected(plan) -> dict[str, tuple[str, str]]:
    """uuid → (column, reason) of every rejected row."""
    return {d.incoming.uuid: (d.column, d.reason) for d in plan.by_outcome(Outcome.REJECTED)}


# -- 1. no silent loss ---------------------------------------------------------------------
def test_a_row_deleted_by_hand_refuses_the_file_naming_the_counts(supervisor, book,
                                                                  tmp_path):
    before = snapshot(supervisor)
    damaged = edited(book, tmp_path / "cut.xlsx", lambda wb: wb["households"].delete_rows(5))
    plan = plan_import(supervisor, [damaged])
    [problem] = plan.refused
    assert "households" in problem and "应有 80 行" in problem and "实际有 79 行" in problem
    assert "在 FieldApp 中" in problem
    with pytest.raises(ValueError):
        apply_plan(supervisor, plan)
    assert snapshot(supervisor) == before


def test_a_sheet_cut_short_by_an_old_format_is_refused_and_so_is_an_extra_row(
        supervisor, book, tmp_path):
    def truncate(wb):
        sheet = wb["request_documents"]
        sheet.delete_rows(20, sheet.max_row)
    plan = plan_import(supervisor, [edited(book, tmp_path / "xls.xlsx", truncate)])
    assert any("request_documents" in p and "实际有 18 行" in p for p in plan.refused)

    def extra(wb):
        sheet = wb["communities"]
        sheet.append([c.value for c in sheet[2]])
    plan = plan_import(supervisor, [edited(book, tmp_path / "extra.xlsx", extra)])
    assert any("communities" in p and "应有" in p for p in plan.refused)


# -- 5. every record meets the domain's rules ----------------------------------------------
def _request_with_deferred_paper(laptop) -> tuple[str, str]:
    return laptop.conn.execute(
        "SELECT r.uuid, r.request_no FROM charger_requests r JOIN request_documents d"
        " ON d.request_uuid = r.uuid WHERE d.state = 'deferred' AND r.status IN"
        " ('accepted', 'surveyed', 'plan_replied')"
        " LIMIT 1").fetchone()


def test_a_connected_request_with_a_deferred_paper_is_rejected_with_the_workflow_message(
        laptop, supervisor, book, tmp_path):
    uuid, number = _request_with_deferred_paper(laptop)

    def connect(wb):
        sheet = wb["charger_requests"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["状态"]).value = "已装表接电"
    plan = plan_import(supervisor, [edited(book, tmp_path / "connected.xlsx", connect)])
    reasons = rejected(plan)
    column, reason = reasons[uuid]
    assert column == "状态" and "份容缺材料未补齐" in reason
    documents = [r[0] for r in laptop.conn.execute(
        "SELECT uuid FROM request_documents WHERE request_uuid = ?", (uuid,))]
    for document in documents:  # its papers go with it, saying why
        assert number in reasons[document][1] and "未补齐" in reasons[document][1]
    assert len(reasons) == 1 + len(documents)
    apply_plan(supervisor, plan)
    assert supervisor.charger_requests.get(uuid) is None
    assert check(supervisor) == []


def test_a_deferred_paper_arriving_for_a_connected_request_here_is_rejected(
        laptop, supervisor, book, tmp_path):
    apply_plan(supervisor, plan_import(supervisor, [book]))
    uuid = laptop.conn.execute("SELECT request_uuid FROM request_documents d JOIN"
                               " charger_requests r ON r.uuid = d.request_uuid WHERE"
                               " r.status = 'connected' AND d.state = 'provided'"
                               " LIMIT 1").fetchone()[0]
    document = laptop.conn.execute("SELECT uuid, rev FROM request_documents WHERE"
                                   " request_uuid = ? AND state = 'provided' LIMIT 1",
                                   (uuid,)).fetchone()

    def defer(wb):
        sheet = wb["request_documents"]
        row = row_of(sheet, document["uuid"])
        sheet.cell(row, headers(sheet)["状态"]).value = "容缺"
        sheet.cell(row, headers(sheet)["版本"]).value = document["rev"] + 1
    plan = plan_import(supervisor, [edited(book, tmp_path / "defer.xlsx", defer)])
    column, reason = rejected(plan)[document["uuid"]]
    assert "未补齐" in reason and column == "报装记录编号"
    apply_plan(supervisor, plan)
    assert check(supervisor) == []


@pytest.mark.parametrize("header, value, expected", [
    ("功率(kW)", 8, "不在允许范围内"),
    ("相数", 2, "相数"),
    ("受理渠道", "电话", "电话"),
    ("状态", "已完成", "已完成"),
])
def test_request_numbers_and_choices_are_checked(supervisor, book, tmp_path, header, value,
                                                 expected):
    def damage(wb):
        sheet = wb["charger_requests"]
        sheet.cell(2, headers(sheet)[header]).value = value
    plan = plan_import(supervisor, [edited(book, tmp_path / "bad.xlsx", damage)])
    uuid = openpyxl.load_workbook(book)["charger_requests"].cell(2, 1).value
    column, reason = rejected(plan)[uuid]
    assert column == header and expected in reason


# -- 6. messages that point at the cause ---------------------------------------------------
def test_a_rejected_household_takes_its_requests_and_papers_along_naming_where(
        laptop, supervisor, book, tmp_path):
    uuid = laptop.conn.execute("SELECT household_uuid FROM charger_requests LIMIT 1"
                               ).fetchone()[0]

    def bad_id(wb):
        sheet = wb["households"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["身份证号"]).value = "110105194912310021"
    plan = plan_import(supervisor, [edited(book, tmp_path / "id.xlsx", bad_id)])
    reasons = rejected(plan)
    row = row_of(openpyxl.load_workbook(book)["households"], uuid)
    assert reasons[uuid][0] == "身份证号" and "校验位" in reasons[uuid][1]
    requests = [r[0] for r in laptop.conn.execute(
        "SELECT uuid FROM charger_requests WHERE household_uuid = ?", (uuid,))]
    for request in requests:
        assert reasons[request] == ("住户记录编号", f"所属的住户被拒绝（id.xlsx / households /"
                                    f" 第 {row} 行），这一行随之拒绝")
    papers = [r[0] for r in laptop.conn.execute(
        "SELECT uuid FROM request_documents WHERE request_uuid IN (SELECT uuid FROM"
        " charger_requests WHERE household_uuid = ?)", (uuid,))]
    assert papers and all("所属的充电桩报装被拒绝" in reasons[p][1] for p in papers)
    assert not any("不存在" in reason for _, reason in reasons.values())


# -- 7. blanks are named -------------------------------------------------------------------
def test_a_same_rev_conflict_made_only_of_blanks_says_so(laptop, supervisor, book, tmp_path):
    apply_plan(supervisor, plan_import(supervisor, [book]))
    uuid = laptop.conn.execute("SELECT uuid FROM households WHERE address != ''"
                               " LIMIT 1").fetchone()[0]

    def blank(wb):
        sheet = wb["households"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["地址"]).value = None
    laptop_book = edited(book, tmp_path / "blank.xlsx", blank)
    with Store.open(tmp_path / "third.sqlite3", operator="x") as third:
        apply_plan(third, plan_import(third, [book]))
        plan = plan_import(third, [laptop_book])
        [conflict] = plan.by_outcome(Outcome.CONFLICT)
        assert conflict.incoming.uuid == uuid
        assert "地址 是空的" in conflict.reason or "地址是空的" in conflict.reason.replace(" ", "")


# -- 8. a workbook a person can read -------------------------------------------------------
def test_reference_columns_have_a_readable_name_beside_them_and_choices_show_labels(
        laptop, book):
    wb = openpyxl.load_workbook(book)
    households = wb["households"]
    columns = headers(households)
    assert columns["小区名称"] == columns["小区记录编号"] + 1
    community = laptop.communities.get(households.cell(2, columns["小区记录编号"]).value)
    assert households.cell(2, columns["小区名称"]).value == community.name
    requests = wb["charger_requests"]
    columns = headers(requests)
    assert columns["住户姓名/户号"] == columns["住户记录编号"] + 1
    household = laptop.households.get(requests.cell(2, columns["住户记录编号"]).value)
    assert requests.cell(2, columns["住户姓名/户号"]).value == (
        f"{household.name} / {household.account_no}")
    statuses = {requests.cell(r, columns["状态"]).value for r in range(2, requests.max_row + 1)}
    assert "已受理" in statuses and not statuses & {"accepted", "connected"}
    assert {requests.cell(r, columns["受理渠道"]).value
            for r in range(2, requests.max_row + 1)} <= {"营业厅", "4S 店", "村级服务站", "物业"}
    documents = wb["request_documents"]
    columns = headers(documents)
    assert columns["报装编号"] == columns["报装记录编号"] + 1
    kinds = {documents.cell(r, columns["材料"]).value for r in range(2, documents.max_row + 1)}
    assert "身份证明" in kinds and "id_proof" not in kinds
    meta = {k.value: v.value for k, v in wb["_meta"].iter_rows(min_row=2)}
    assert meta["format_version"] == "4"


def test_label_columns_are_ignored_and_keys_still_accepted(laptop, supervisor, book,
                                                           tmp_path):
    def as_version_1(wb):
        for name, label in (("households", "小区名称"), ("charger_requests", "住户姓名/户号"),
                            ("request_documents", "报装编号")):
            sheet = wb[name]
            if name == "request_documents":  # the label column, not the request number
                sheet.delete_cols(headers(sheet)["报装记录编号"] + 1)
            else:
                sheet.delete_cols(headers(sheet)[label])
        keys = {"已受理": "accepted", "已勘查": "surveyed", "已答复方案": "plan_replied",
                "已装表接电": "connected", "已归档": "archived", "暂停": "on_hold",
                "已取消": "cancelled", "营业厅": "counter", "4S 店": "dealer",
                "村级服务站": "village", "物业": "property", "已提供": "provided",
                "容缺": "deferred", "无需": "not_needed", "身份证明": "id_proof",
                "允许施工证明": "permit"}
        for name in ("charger_requests", "request_documents"):
            for row in wb[name].iter_rows(min_row=2):
                for cell in row:
                    if cell.value in keys:
                        cell.value = keys[cell.value]
        for key, value in wb["_meta"].iter_rows(min_row=2):
            if key.value == "format_version":
                value.value = "1"
    old = edited(book, tmp_path / "v1.xlsx", as_version_1)
    for path in (book, old):
        with Store.open(tmp_path / f"import-{path.stem}.sqlite3", operator="s") as store:
            plan = plan_import(store, [path])
            assert plan.refused == [] and plan.warnings == []
            assert plan.by_outcome(Outcome.REJECTED) == []
            apply_plan(store, plan)
            for table in ("households", "charger_requests", "request_documents"):
                keys = "uuid, rev, " + ("status, channel" if table == "charger_requests"
                                        else "kind, state" if table == "request_documents"
                                        else "account_no, community_uuid")
                query = f"SELECT {keys} FROM {table} ORDER BY uuid"
                assert store.conn.execute(query).fetchall() == \
                    laptop.conn.execute(query).fetchall()


def test_cascaded_rejections_name_the_parent_kind_in_english_too(laptop, supervisor, book,
                                                                  tmp_path):
    from fieldapp.domain.messages import set_language

    uuid = laptop.conn.execute("SELECT household_uuid FROM charger_requests LIMIT 1"
                               ).fetchone()[0]

    def bad_id(wb):
        sheet = wb["households"]
        sheet.cell(row_of(sheet, uuid), headers(sheet)["身份证号"]).value = "110105194912310021"
    damaged = edited(book, tmp_path / "id.xlsx", bad_id)
    set_language("en")
    reasons = rejected(plan_import(supervisor, [damaged]))
    request = laptop.conn.execute("SELECT uuid FROM charger_requests WHERE household_uuid = ?",
                                  (uuid,)).fetchone()[0]
    assert reasons[request][1].startswith("its household was rejected (id.xlsx / households /")
    assert not any("住户" in reason or "报装" in reason for _, reason in reasons.values())
