"""PDF notices: the receipt (受理回执) from demo records, the register, reprints,
verification, safe writing and the CLI."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json

import pytest
from pypdf import PdfReader

from fieldapp import cli, demo
from fieldapp.domain.charger import Status, moment
from fieldapp.domain.identifiers import mask_id_number, mask_mobile
from fieldapp.domain.messages import set_language
from fieldapp.domain.settings import Settings
from fieldapp.notices import document, fonts
from fieldapp.notices.issue import issue, render_snapshot, verify, write_pdf
from fieldapp.store import Store


@pytest.fixture
def demo_store(db_path):
    with Store.open(db_path, operator="张三(10023)") as store:
        demo.generate(store, 60, seed=3, requests=30)
        yield store


def _request(store, deferred: bool = True, status: str | None = None):
    """A demo request (with a deferred document, or in `status`) whose household has
    a mobile and an ID number."""
    for row in store.charger_requests.listing(limit=100):
        request = store.charger_requests.get(row.request.uuid)
        household = store.households.get(request.household_uuid)
        if not (household.mobile and household.id_number):
            continue
        if status is not None:
            if request.status == status:
                return request, household
            continue
        if request.state != Status.CANCELLED and \
                any(d.missing for d in request.documents) == deferred:
            return request, household
    pytest.skip("the demo data has no such request")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_receipt_prints_the_request_with_identifiers_masked(demo_store):
    request, household = _request(demo_store)
    issued = issue(demo_store, "receipt", request.request_no)
    text = _text(issued.pdf)
    assert "电动汽车充电桩报装受理回执" in text
    assert "国网温州供电公司" in text
    for value in (request.request_no, household.name, mask_mobile(household.mobile),
                  mask_id_number(household.id_number), request.parking_space,
                  issued.notice.number, request.accepted_by):
        assert value in text, value
    assert household.mobile not in text and household.id_number not in text
    due = moment(request.accepted_at).astimezone().date() + dt.timedelta(days=15)
    assert f"请于 {due.isoformat()} 前补交" in text
    for document_ in request.documents:
        assert document_.label in text
    assert "页 /" not in text  # one page: no page numbers
    assert len(PdfReader(io.BytesIO(issued.pdf)).pages) == 1


def test_the_register_keeps_the_issue(demo_store):
    request, _ = _request(demo_store)
    issued = issue(demo_store, "receipt", request.uuid)
    kept = demo_store.notices.by_number(issued.notice.number)
    assert not issued.reprint
    assert (kept.kind, kept.record_kind, kept.record_uuid, kept.record_no) == \
        ("receipt", "charger_request", request.uuid, request.request_no)
    assert kept.sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert kept.issued_by == "张三(10023)" and kept.reprints == 0
    assert kept.number.startswith(f"HZ-{demo_store.device_id}-")
    snapshot = json.loads(kept.snapshot)
    assert snapshot["hash"] == kept.content_hash and len(kept.content_hash) == 12


def test_every_font_is_embedded_as_a_subset(demo_store):
    request, _ = _request(demo_store)
    reader = PdfReader(io.BytesIO(issue(demo_store, "receipt", request.request_no).pdf))
    fonts = [font.get_object() for page in reader.pages
             for font in page["/Resources"]["/Font"].values()]
    assert fonts
    names = set()
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded TrueType
        name = str(font["/BaseFont"])
        assert name[7] == "+", name  # a subset's tag: AAAAAA+
        names.add(name[8:])
    assert names == {"DroidSansFallback", "BitstreamVeraSans-Roman"}


def test_the_qr_code_decodes_to_the_register(demo_store):
    pdfium = pytest.importorskip("pypdfium2")
    zxingcpp = pytest.importorskip("zxingcpp")
    request, _ = _request(demo_store)
    issued = issue(demo_store, "receipt", request.request_no)
    image = pdfium.PdfDocument(issued.pdf)[0].render(scale=3).to_pil()
    codes = [code.text for code in zxingcpp.read_barcodes(image)]
    assert codes == ["|".join(("FIELDAPP-NOTICE", issued.notice.number, request.request_no,
                               issued.notice.content_hash))]


def test_a_reprint_is_the_same_document_after_the_request_was_edited(demo_store):
    request, household = _request(demo_store)
    first = issue(demo_store, "receipt", request.request_no)
    demo_store.households.save(dataclasses.replace(household, name="改过的名字"))
    request = demo_store.charger_requests.get(request.uuid)
    demo_store.charger_requests.save(dataclasses.replace(request, vehicle="另一辆车"))
    again = issue(demo_store, "receipt", request.request_no)
    assert again.reprint and again.pdf == first.pdf and again.same_as_issued
    assert again.notice.number == first.notice.number
    assert again.notice.reprints == 1 and again.notice.reprinted_by == "张三(10023)"
    assert demo_store.notices.count() == 1
    audit = demo_store.conn.execute(
        "SELECT changes FROM audit_log WHERE record_kind = 'notice' AND action = 'update'"
    ).fetchall()
    assert len(audit) == 1 and json.loads(audit[0][0])["reprints"] == [0, 1]
    assert household.name in _text(again.pdf) and "改过的名字" not in _text(again.pdf)


def test_rendering_the_same_snapshot_twice_is_byte_identical(demo_store):
    request, _ = _request(demo_store)
    issued = issue(demo_store, "receipt", request.request_no)
    snapshot = json.loads(issued.notice.snapshot)
    assert render_snapshot(snapshot) == render_snapshot(snapshot) == issued.pdf
    metadata = PdfReader(io.BytesIO(issued.pdf)).metadata
    stamp = issued.notice.issued_at
    assert metadata["/CreationDate"] == "D:" + "".join(c for c in stamp[:19]
                                                       if c.isdigit()) + "Z"
    assert metadata["/Subject"] == issued.notice.number
    assert metadata["/Producer"] == metadata["/Creator"] == "FieldApp notices"


def test_verify_tells_genuine_changed_and_unregistered(demo_store):
    request, _ = _request(demo_store)
    issued = issue(demo_store, "receipt", request.request_no)
    genuine = verify(demo_store, issued.pdf)
    assert genuine.genuine and issued.notice.number in genuine.text
    altered = bytearray(issued.pdf)
    altered[len(altered) // 2] ^= 0x01
    changed = verify(demo_store, bytes(altered))
    assert not changed.genuine and changed.notice.number == issued.notice.number
    assert "已被改动" in changed.text
    frame = document.Frame("某公司", "", "X-1", "t", "2026-01-01T00:00:00.000Z")
    other = document.render(frame, [document.paragraph("别的文件", document.styles()["body"])])
    unregistered = verify(demo_store, other)
    assert not unregistered.genuine and unregistered.notice is None
    assert "未登记" in unregistered.text


def test_the_cli_issues_reprints_and_verifies(capsys, demo_store, db_path, tmp_path):
    request, _ = _request(demo_store)
    out = tmp_path / "回执.pdf"
    code, text, _ = _run(capsys, "--db", str(db_path), "notice", "receipt", "--record",
                         request.request_no, "--out", str(out))
    assert code == 0 and "已出具 HZ-" in text and request.request_no in text
    issued = out.read_bytes()
    code, text, _ = _run(capsys, "--db", str(db_path), "notice", "receipt", "--record",
                         request.uuid, "--out", str(tmp_path / "again.pdf"))
    assert code == 0 and "已补打" in text and "第 1 次补打" in text
    assert (tmp_path / "again.pdf").read_bytes() == issued
    code, text, _ = _run(capsys, "--db", str(db_path), "notice", "verify", str(out))
    number = demo_store.notices.of_record("receipt", request.uuid).number
    assert code == 0 and text.startswith("真实有效") and number in text
    assert request.request_no in text and "电动汽车充电桩报装受理回执" in text
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(issued[:-40] + b"X" + issued[-39:])
    code, text, _ = _run(capsys, "--db", str(db_path), "--lang", "en", "notice", "verify",
                         str(changed))
    assert code == 1 and text.startswith("Changed") and number in text
    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, text, _ = _run(capsys, "--db", str(db_path), "notice", "verify", str(stranger))
    assert code == 1 and text.startswith("未登记")


def test_verify_refuses_a_missing_database(capsys, tmp_path):
    code, _, err = _run(capsys, "--db", str(tmp_path / "typo.sqlite3"), "notice", "verify",
                        str(tmp_path / "x.pdf"))
    assert code == 2 and "typo.sqlite3" in err and not (tmp_path / "typo.sqlite3").exists()


def test_an_unwritable_path_leaves_no_file_and_no_register_entry(capsys, demo_store,
                                                                 db_path, tmp_path):
    request, _ = _request(demo_store)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    code, out, err = _run(capsys, "--db", str(db_path), "notice", "receipt", "--record",
                          request.request_no, "--out", str(blocker / "回执.pdf"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "无法写入" in err and "not-a-folder" in err
    folder = tmp_path / "a-folder.pdf"  # the temporary file is written, the rename fails
    folder.mkdir()
    code, out, err = _run(capsys, "--db", str(db_path), "notice", "receipt", "--record",
                          request.request_no, "--out", str(folder))
    assert code == 2 and "无法写入" in err and "a-folder.pdf" in err
    assert [p.name for p in tmp_path.rglob("*") if p.is_file() and ".pdf" in p.name] == []
    assert demo_store.notices.count() == 0


def test_write_pdf_replaces_whole_and_cleans_up_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "a.pdf"
    write_pdf(target, b"%PDF-old")
    import os

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ValueError, match="a.pdf"):
        write_pdf(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_missing_font_is_named(capsys, demo_store, db_path, tmp_path, monkeypatch):
    request, _ = _request(demo_store)
    missing = tmp_path / "fonts" / "DroidSansFallbackFull.ttf"
    monkeypatch.setattr(fonts, "font_path", lambda: missing)
    code, _, err = _run(capsys, "--db", str(db_path), "notice", "receipt", "--record",
                        request.request_no, "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and str(missing) in err and "字体" in err
    assert not (tmp_path / "r.pdf").exists() and demo_store.notices.count() == 0


def test_a_cancelled_request_gets_no_receipt(capsys, demo_store, db_path, tmp_path):
    request, _ = _request(demo_store, status="cancelled")
    code, _, err = _run(capsys, "--db", str(db_path), "notice", "receipt", "--record",
                        request.request_no, "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and request.request_no in err and "已取消" in err
    code, _, err = _run(capsys, "--db", str(db_path), "notice", "receipt", "--record",
                        "NO-SUCH-1", "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and "NO-SUCH-1" in err
    assert not (tmp_path / "r.pdf").exists()


def test_the_english_receipt_is_in_english(demo_store):
    request, household = _request(demo_store)
    set_language("en")
    issued = issue(demo_store, "receipt", request.request_no)
    set_language("zh")
    text = _text(issued.pdf)
    assert "EV Charger Request Receipt" in text and "Customer's signature" in text
    assert "Due by" in text and household.name in text
    assert "受理回执" not in text and "客户签字" not in text
    # a reprint keeps the language it was issued in
    assert issue(demo_store, "receipt", request.request_no).pdf == issued.pdf


def test_company_station_and_phone_come_from_settings(demo_store):
    settings = Settings().with_value("company_name", "国网测试供电公司") \
        .with_value("station_name", "城东供电所").with_value("service_phone", "0577-12345")
    assert settings.service_phone == "0577-12345"
    assert Settings().with_value("service_phone", "95598").service_phone == "95598"
    demo_store.save_settings(settings)
    request, _ = _request(demo_store, deferred=False)
    text = _text(issue(demo_store, "receipt", request.request_no).pdf)
    assert "国网测试供电公司" in text and "城东供电所" in text and "0577-12345" in text
    assert "补交" not in text  # nothing deferred, no deadline


def test_settings_saved_before_notices_still_load():
    old = '{"deferred_document_days": 10, "charger_powers_kw": [7.0]}'
    settings = Settings.from_json(old)
    assert settings.company_name == "国网温州供电公司" and settings.service_phone == "95598"
    assert settings.deferred_document_days == 10


def test_a_notice_over_one_page_numbers_its_pages():
    style = document.styles()["body"]
    frame = document.Frame("国网温州供电公司", "", "HZ-X-1", "t", "2026-01-01T00:00:00.000Z")
    pdf = document.render(frame, [document.paragraph(f"第 {n} 行：测试文字", style)
                                  for n in range(80)])
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert "第 1 页 / 共 2 页" in reader.pages[0].extract_text()
    assert "第 2 页 / 共 2 页" in reader.pages[1].extract_text()


def test_a_table_over_a_page_is_cut_between_rows_each_page_ruled_and_numbered():
    s = document.styles()
    frame = document.Frame("国网温州供电公司", "城东供电所", "HZ-X-2", "t",
                           "2026-01-01T00:00:00.000Z")
    rows = [[document.paragraph(f"第{n:02d}项材料，名称较长需要在单元格内换行显示", s["cell"]),
             document.paragraph(f"row{n:02d}", s["cell"])] for n in range(70)]
    width = document.BODY_WIDTH
    pdf = document.render(frame, [document.grid(rows, [width * 0.3, width * 0.7])])
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert f"第 {number} 页 / 共 {len(pages)} 页" in text
        assert "编号：HZ-X-2" in text and "城东供电所" in text
    whole = "".join("".join(text.split()) for text in pages)
    for n in range(70):  # every row once, whole: a row is never cut between pages
        assert whole.count(f"row{n:02d}") == 1
        assert f"第{n:02d}项材料，名称较长需要在单元格内换行显示" in whole


def test_lines_break_chinese_per_character_and_latin_per_word():
    from fieldapp.notices import layout

    chinese = "尊敬的客户：您的电动汽车充电桩报装申请已受理，请妥善保管本回执（凭编号查询）。" * 3
    lines = layout.lines(chinese, 150, 10.5)
    assert len(lines) > 3
    texts = ["".join(run for _, run in line.runs) for line in lines]
    assert "".join(texts) == chinese  # nothing lost or added
    for line, text in zip(lines, texts):
        assert line.width <= 150 + 1e-6
        assert text[0] not in "，。：）" and text[-1] not in "（"
    english = "Please supply the deferred documents by 2026-12-08 (within 15 days of " \
              "acceptance); the charger is connected only once they are complete."
    words = english.split()
    lines = layout.lines(english, 120, 10.5)
    texts = ["".join(run for _, run in line.runs) for line in lines]
    assert " ".join(texts).split() == words  # broken between words only
    assert all(line.width <= 120 + 1e-6 for line in lines)
    long_word = "X" * 80  # wider than the line: cut where it must be
    texts = ["".join(run for _, run in line.runs) for line in layout.lines(long_word, 100, 10)]
    assert len(texts) > 1 and "".join(texts) == long_word
    assert layout.lines("第一行\n第二行", 500, 10)[1].runs == (("FieldAppCJK", "第二行"),)


@pytest.mark.parametrize("text", ["A", "FIELDAPP-NOTICE|HZ-3F2A9C01-20261124-0001|"
                                  "3F2A9C01-20261124-0001|468b66e0e2a2", "x" * 150,
                                  "长" * 60, "y" * 300])
def test_the_qr_code_is_reportlabs_own_with_one_mask_and_decodes(text):
    from PIL import Image
    from reportlab.graphics.barcode import qrencoder

    from fieldapp.notices import qr

    reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    reference.addData(qrencoder.QR8bitByte(text))
    reference.version = reference.calculate_version()
    reference.makeImpl(False, qr.MASK)
    ours = qr.modules(text)
    assert [list(row) for row in ours] == \
        [[int(bool(dark)) for dark in row] for row in reference.modules]
    zxingcpp = pytest.importorskip("zxingcpp")
    scale, size = 4, len(ours) + 2 * qr.BORDER
    image = Image.new("L", (size * scale, size * scale), 255)
    for r, row in enumerate(ours):
        for c, dark in enumerate(row):
            if dark:
                x, y = (c + qr.BORDER) * scale, (r + qr.BORDER) * scale
                image.paste(0, (x, y, x + scale, y + scale))
    assert [code.text for code in zxingcpp.read_barcodes(image)] == [text]


def test_the_register_travels_in_the_exchange_workbook(demo_store, tmp_path):
    import openpyxl

    from fieldapp.exchange.export import export_workbook
    from fieldapp.exchange.importer import apply_plan, plan_import

    request, _ = _request(demo_store)
    issued = issue(demo_store, "receipt", request.request_no)
    issue(demo_store, "receipt", request.request_no)  # a reprint travels as the count
    book = export_workbook(demo_store, tmp_path / "laptop.xlsx").path
    with Store.open(tmp_path / "supervisor.sqlite3", operator="李四(20001)") as supervisor:
        assert not verify(supervisor, issued.pdf).genuine
        plan = plan_import(supervisor, [book])
        assert not plan.refused
        apply_plan(supervisor, plan, {})
        verdict = verify(supervisor, issued.pdf)
        assert verdict.genuine and verdict.notice.number == issued.notice.number
        assert verdict.notice.reprints == 1
        assert verdict.notice.snapshot == issued.notice.snapshot
    # a workbook from an app without notices (no such sheet) is still taken
    workbook = openpyxl.load_workbook(book)
    del workbook["notices"]
    workbook.save(tmp_path / "older.xlsx")
    with Store.open(tmp_path / "other.sqlite3") as other:
        plan = plan_import(other, [tmp_path / "older.xlsx"])
        assert not plan.refused
        apply_plan(other, plan, {})
        assert other.notices.count() == 0 and other.charger_requests.count() > 0


def test_a_reprint_that_cannot_be_written_is_not_counted(demo_store, tmp_path):
    request, _ = _request(demo_store)
    issue(demo_store, "receipt", request.request_no)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ValueError, match="无法写入"):
        issue(demo_store, "receipt", request.request_no, out=blocker / "r.pdf")
    assert demo_store.notices.of_record("receipt", request.uuid).reprints == 0
