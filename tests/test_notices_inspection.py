"""安全检查告知书 (notice kind "advance") and 隐患整改通知书 ("rectification") from
inspections made in the test: what they print, photos read by hash, signatures, the
tear-off receipt, QR codes, reprints, refusals, the CLI and the day's batch."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pytest
from PIL import Image, ImageDraw

from fieldapp import cli
from fieldapp.domain.inspection import Inspection
from fieldapp.domain.messages import set_language
from fieldapp.notices.advance import short
from fieldapp.notices.batch import due_today, issue_batch
from fieldapp.notices.issue import issue, verify

from .inspection_helpers import NOW, answer_all
from .notice_helpers import (
    embedded_font_names,
    flat_text,
    image_count,
    page_operators,
    pdf_text,
    qr_codes,
    register_qr,
)

SIGNATURE = json.dumps([[[0.1, 0.6], [0.2, 0.3], [0.3, 0.7], [0.45, 0.35]],
                        [[0.5, 0.5], [0.9, 0.55]]])
FONTS = {"DroidSansFallback", "BitstreamVeraSans-Roman"}


def planned(store, household, **fields):
    values = dict(template_key="household_safety", template_version=1,
                  household_uuid=household.uuid, planned_on="2026-11-25",
                  planned_window="09:00-11:30", inspector="陈建国", contact="0577-88001234")
    values.update(fields)
    return store.inspections.plan(Inspection(**values))


def photo(store, colour=(200, 170, 120)) -> str:
    picture = Image.new("RGB", (800, 600), colour)
    ImageDraw.Draw(picture).rectangle((200, 150, 600, 450), fill=(40, 40, 40))
    data = io.BytesIO()
    picture.save(data, "JPEG")
    return store.files.add_bytes(data.getvalue(), "photo.jpg", 5)


def failed(store, household, with_photos=True, signed=True):
    """A finished inspection with H01 (general, note and photo on this laptop), H06
    (major, photo taken elsewhere) and H17 (major) failed."""
    inspection = planned(store, household)
    answer_all(store, inspection, H01="fail", H06="fail", H17="fail")
    store.inspections.answer(inspection.uuid, "H01", "fail", note="表箱门锁损坏，无法上锁",
                             photo_hash=photo(store) if with_photos else "", now=NOW)
    store.inspections.answer(inspection.uuid, "H06", "fail", note="厨房插座面板破裂",
                             photo_hash="ab" * 32 if with_photos else "", now=NOW)
    return store.inspections.finish(
        inspection.uuid, deadline="2026-12-10", now=NOW,
        customer_signature=SIGNATURE if signed else "",
        inspector_signature=SIGNATURE if signed else "")


# -- 安全检查告知书 ---------------------------------------------------------------------------
def test_the_advance_notice_says_when_what_and_whom_to_call(store, household):
    inspection = planned(store, household)
    issued = issue(store, "advance", inspection.uuid)
    text = pdf_text(issued.pdf)
    template = store.inspections.template_of(inspection)
    assert "安全检查告知书" in text and issued.notice.number in text
    for value in (household.name, "138****5678", "110105********002X", "幸福花园",
                  "3幢2单元501室", "2026-11-25", "09:00-11:30", "陈建国", "0577-88001234",
                  "居民用电安全检查", "请在约定时间安排成年家庭成员在场"):
        assert value in text, value
    assert household.mobile not in text and household.id_number not in text
    for category in template.categories():
        assert category in text
    flat = flat_text(issued.pdf)
    for item in template.items:
        assert "".join(short(item.text).split()) in flat, item.code
    assert short("表箱箱门完好，能关闭上锁，封印齐全") == "表箱箱门完好"
    assert embedded_font_names(issued.pdf) == FONTS
    assert qr_codes(issued.pdf) == [register_qr(issued.notice)]
    assert issued.notice.record_no == inspection.uuid


def test_without_a_contact_the_service_phone_is_given(store, household):
    inspection = planned(store, household, contact="", planned_window="")
    pdf = issue(store, "advance", inspection.uuid).pdf
    assert "检查人陈建国联系电话95598" in flat_text(pdf)
    assert "如需改约时间，请提前致电 95598" in pdf_text(pdf)
    assert "当天（具体时间电话约定）" in pdf_text(pdf)


def test_a_reinspection_announces_only_the_open_hazards(store, household):
    first = failed(store, household)
    again = store.inspections.reinspect(first.uuid, planned_on="2026-12-11")
    text = pdf_text(issue(store, "advance", again.uuid).pdf)
    assert "复查（上次检查发现的隐患）" in text
    assert "无私拉乱接" not in text and "表箱箱门完好" in text
    assert "电动自行车及其电池不在室内" in text.replace("\n", "")


def test_a_finished_inspection_gets_no_advance_notice(store, household):
    inspection = failed(store, household)
    with pytest.raises(ValueError) as refused:
        issue(store, "advance", inspection.uuid)
    assert str(refused.value).startswith("这次安全检查已于 2026-11-24 完成")
    assert "不能出具安全检查告知书" in str(refused.value)
    assert store.notices.count() == 0


# -- 隐患整改通知书 ---------------------------------------------------------------------------
def test_the_rectification_notice_lists_the_failed_items_and_the_deadline(store, household):
    inspection = failed(store, household)
    issued = issue(store, "rectification", inspection.uuid)
    text = pdf_text(issued.pdf)
    flat = flat_text(issued.pdf)
    assert "安全隐患整改通知书" in text and issued.notice.number in text
    for value in (household.name, "138****5678", "幸福花园", "H01", "H06", "H17",
                  "表箱箱门完好，能关闭上锁，封印齐全", "表箱门锁损坏，无法上锁",
                  "厨房插座面板破裂",
                  "一般", "重大", "请于 2026-12-10 前完成整改", "0577-88001234",
                  "隐患 3 项，其中重大隐患 2 项", "《电力供应与使用条例》", "《供电营业规则》",
                  "电能表以后的线路和用电设备属于客户所有", "照片在采集设备上", "回　执",
                  f"本人已收到编号为 {issued.notice.number} 的隐患整改通知书",
                  "整改期限（2026-12-10）", "沿虚线剪下"):
        assert "".join(value.split()) in flat, value
    assert "H02" not in text  # a passed item is not listed
    assert household.id_number not in text
    assert embedded_font_names(issued.pdf) == FONTS
    assert qr_codes(issued.pdf) == [register_qr(issued.notice)]
    assert image_count(issued.pdf) == 1  # H01's photo; H06's is on another device


def test_the_snapshot_names_the_photos_and_keeps_the_signature(store, household):
    inspection = failed(store, household)
    snapshot = json.loads(issue(store, "rectification", inspection.uuid).notice.snapshot)
    h01 = store.inspections.items.of(inspection.uuid)[0]
    assert snapshot["photos"] == [["H01", {"hash": h01.photo_hash, "kept": True}],
                                  ["H06", {"hash": "ab" * 32, "kept": False}]]
    assert snapshot["customer_signature"] == [[[round(x * 1000), round(y * 1000)]
                                                for x, y in stroke]
                                               for stroke in json.loads(SIGNATURE)]
    assert snapshot["deadline"] == "2026-12-10"


def test_a_reprint_reads_the_photo_again_and_is_byte_identical(store, household):
    inspection = failed(store, household)
    first = issue(store, "rectification", inspection.uuid)
    store.inspections.save(dataclasses.replace(store.inspections.get(inspection.uuid),
                                               inspector="别人"))
    again = issue(store, "rectification", inspection.uuid)
    assert again.reprint and again.pdf == first.pdf and again.same_as_issued
    assert verify(store, first.pdf).genuine
    altered = bytearray(first.pdf)
    altered[len(altered) // 2] ^= 0x01
    refused = verify(store, bytes(altered))
    assert not refused.genuine and "已被改动" in refused.text
    # the photo file gone from this laptop: the reprint says so and is not the same
    store.files.path(json.loads(first.notice.snapshot)["photos"][0][1]["hash"]).unlink()
    gone = issue(store, "rectification", inspection.uuid)
    assert not gone.same_as_issued and image_count(gone.pdf) == 0


def test_a_signature_is_drawn_as_lines(store, household):
    signed = issue(store, "rectification", failed(store, household).uuid).pdf
    other = store.households.save(dataclasses.replace(household, uuid="", account_no="0330099999",
                                                      id_number="", mobile=""))
    unsigned = issue(store, "rectification",
                     failed(store, other, with_photos=False, signed=False).uuid).pdf
    assert b"0.102 0.165 0.424 RG" in page_operators(signed)  # the strokes' ink
    assert b"0.102 0.165 0.424 RG" not in page_operators(unsigned)


def test_passed_and_unfinished_inspections_get_no_rectification_notice(store, household):
    inspection = planned(store, household)
    with pytest.raises(ValueError, match="尚未完成") as refused:
        issue(store, "rectification", inspection.uuid)
    assert "不能出具隐患整改通知书" in str(refused.value)
    answer_all(store, inspection)
    store.inspections.finish(inspection.uuid, now=NOW)
    with pytest.raises(ValueError, match="结果为合格，没有需要整改的隐患"):
        issue(store, "rectification", inspection.uuid)
    assert store.notices.count() == 0


def test_both_notices_in_english(store, household):
    advance = planned(store, household, planned_on="2026-11-26")
    inspection = failed(store, household)
    set_language("en")
    try:
        first = pdf_text(issue(store, "advance", advance.uuid).pdf)
        second = pdf_text(issue(store, "rectification", inspection.uuid).pdf)
    finally:
        set_language("zh")
    assert "Safety Inspection Notice" in first and "Please prepare" in first
    assert "Hazard Rectification Notice" in second
    assert "Please remedy them by 2026-12-10" in second.replace("\n", " ")
    assert "Receipt" in second and "major" in second and "尊敬" not in second


# -- the CLI and the day's batch ------------------------------------------------------------
def test_the_cli_issues_both_by_the_inspections_id(capsys, store, db_path, household, tmp_path):
    advance = planned(store, household, planned_on="2026-11-26")
    inspection = failed(store, household)
    for kind, record in (("advance", advance), ("rectification", inspection)):
        out = tmp_path / f"{kind}.pdf"
        code = cli.main(["--db", str(db_path), "notice", kind, "--record", record.uuid,
                         "--out", str(out)])
        text = capsys.readouterr().out
        assert code == 0 and "已出具" in text and record.uuid in text
        assert verify(store, out.read_bytes()).genuine
    code = cli.main(["--db", str(db_path), "notice", "advance", "--record", inspection.uuid,
                     "--out", str(tmp_path / "no.pdf")])
    assert code != 0 and "不能出具安全检查告知书" in capsys.readouterr().err
    assert not (tmp_path / "no.pdf").exists()


def test_due_today_adds_tomorrows_advance_notices_and_todays_failures(store, household):
    tomorrow = planned(store, household, planned_on="2026-11-25")
    planned(store, household, planned_on="2026-11-27")  # not yet due
    inspection = failed(store, household)  # planned the 25th too, finished today
    now = NOW.astimezone()  # the local day of NOW, as due_today reads it
    day_of_now = now.date().isoformat()
    assert day_of_now == "2026-11-24" or pytest.skip("the machine's time zone moves the day")
    due = due_today(store, NOW)
    assert due == [("advance", tomorrow.uuid), ("rectification", inspection.uuid)]
    assert due_today(store, NOW + dt.timedelta(days=1)) == []
    batch = issue_batch(store, due, now=NOW)
    assert [item.notice.kind for item in batch.issued] == ["advance", "rectification"]
    text = pdf_text(batch.pdf)
    assert "安全检查告知书" in text and "安全隐患整改通知书" in text
    assert image_count(batch.pdf) == 1
    assert verify(store, batch.pdf).genuine


def test_a_signature_is_kept_with_the_points_that_shape_it():
    from fieldapp.notices.signatures import strokes_of

    line = [[i / 100, 0.5] for i in range(101)]
    corner = [[0.1, 0.1], [0.3, 0.12], [0.5, 0.1], [0.5, 0.9]]
    kept = strokes_of(json.dumps([line, corner, [[0.2, 0.2]]]))
    assert kept == [[[0, 500], [1000, 500]], [[100, 100], [300, 120], [500, 100], [500, 900]],
                    [[200, 200]]]
    assert strokes_of("") == [] and strokes_of("not json") == []
