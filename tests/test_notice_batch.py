"""Many notices in one PDF: the receipts due today or the records chosen, each notice
registered on its own, the batch registered and verifiable, cancel leaving nothing; the
CLI command and the requests page's 批量打印… button."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog

from fieldapp import app as fieldapp_app
from fieldapp import cli
from fieldapp.domain.charger import ChargerRequest, RequestDocument, Status
from fieldapp.domain.messages import set_language
from fieldapp.notices import document
from fieldapp.notices.batch import BatchCancelled, due_today, issue_batch, render_batch
from fieldapp.notices.issue import issue, verify
from fieldapp.store import Store
from fieldapp.ui.notices import batch as batch_ui
from fieldapp.ui.requests.page import RequestsPage
from fieldapp.ui.shared.session import Session
from fieldapp.ui.shared.tasks import Progress
from tests.conftest import make_household

# the middle of a local day, so that two hours before is still today
NOW = dt.datetime(2026, 11, 24, 12, 0).astimezone()


def _accept(store, community, n: int, at: dt.datetime) -> ChargerRequest:
    household = store.households.save(make_household(
        community, account_no=f"03300{n:05d}", name=f"客户{n}", room=f"{n}01"))
    return store.charger_requests.accept(ChargerRequest(
        household_uuid=household.uuid, parking_space=f"B1-{n:03d}", power_kw=7.0, phase=1,
        vehicle="比亚迪 海豚", documents=[RequestDocument(kind="id_proof", state="provided"),
                                         RequestDocument(kind="permit", state="provided")]),
        now=at)


@pytest.fixture
def day(store, community):
    """Two requests accepted today, one yesterday, one accepted today but cancelled."""
    today = [_accept(store, community, 1, NOW - dt.timedelta(hours=2)),
             _accept(store, community, 2, NOW - dt.timedelta(hours=1))]
    yesterday = _accept(store, community, 3, NOW - dt.timedelta(days=1))
    cancelled = _accept(store, community, 4, NOW - dt.timedelta(minutes=30))
    store.charger_requests.transition(cancelled.uuid, cancelled.rev, Status.CANCELLED,
                                      "客户放弃", now=NOW - dt.timedelta(minutes=20))
    return {"today": today, "yesterday": yesterday, "cancelled": cancelled}


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _count(store, where: str = "1") -> int:
    return store.conn.execute(f"SELECT count(*) FROM notices WHERE {where}").fetchone()[0]


def test_due_today_is_the_receipts_of_requests_accepted_today_not_cancelled(store, day):
    assert due_today(store, NOW) == [("receipt", r.uuid) for r in day["today"]]
    assert due_today(store, NOW + dt.timedelta(days=2)) == []


def test_the_batch_is_one_pdf_of_every_notice_each_registered(store, day):
    batch = issue_batch(store, due_today(store, NOW), now=NOW)
    sha256 = hashlib.sha256(batch.pdf).hexdigest()
    texts = _page_texts(batch.pdf)
    for text, request, item in zip(texts, day["today"], batch.issued, strict=True):
        assert request.request_no in text and item.notice.number in text
        kept = store.notices.of_record("receipt", request.uuid)
        # the file issued was the batch: its SHA-256 is what the register keeps
        assert kept.sha256 == sha256 and kept.number == item.notice.number
        assert json.loads(kept.snapshot)["hash"] == kept.content_hash
        assert not item.reprint and item.same_as_issued
    kept = store.notices.by_sha256(sha256)
    assert kept.kind == "batch" and kept.number == batch.notice.number
    assert json.loads(kept.snapshot)["notices"] == batch.numbers
    assert _count(store) == 3
    singles = [issue(store, "receipt", r.uuid, now=NOW) for r in day["today"]]
    assert _pages(batch.pdf) == sum(_pages(single.pdf) for single in singles) == 2
    assert all(single.reprint and single.same_as_issued for single in singles)
    # each page of the batch says what the notice printed alone says
    assert [text.splitlines() for text in texts] == \
        [_page_texts(single.pdf)[0].splitlines() for single in singles]


def test_a_notice_of_a_batch_reprinted_alone_verifies_and_a_changed_copy_does_not(
        store, day, capsys, db_path, tmp_path):
    batch = issue_batch(store, due_today(store, NOW), now=NOW)
    request = day["today"][1]
    reprint = issue(store, "receipt", request.request_no, now=NOW).pdf
    assert issue(store, "receipt", request.uuid, now=NOW).pdf == reprint  # every time
    assert batch.issued[1].pdf == reprint
    verdict = verify(store, reprint)
    assert verdict.genuine and verdict.notice.number == batch.numbers[1]
    assert verdict.text.startswith(f"真实有效：{batch.numbers[1]}（电动汽车充电桩报装受理回执）")
    assert request.request_no in verdict.text
    changed = bytearray(reprint)
    changed[len(changed) // 2] ^= 0x01
    verdict = verify(store, bytes(changed))
    assert not verdict.genuine and verdict.notice.number == batch.numbers[1]
    assert verdict.text.startswith("文件已被改动")
    alone = tmp_path / "alone.pdf"
    alone.write_bytes(reprint)
    code = cli.main(["--db", str(db_path), "notice", "verify", str(alone)])
    said = capsys.readouterr().out
    assert code == 0 and said.startswith("真实有效") and batch.numbers[1] in said


def test_the_batch_verifies_as_a_genuine_batch_and_a_changed_one_does_not(store, day):
    batch = issue_batch(store, due_today(store, NOW), now=NOW)
    verdict = verify(store, batch.pdf)
    assert verdict.genuine and verdict.notice.kind == "batch"
    assert verdict.text.startswith(f"真实有效：{batch.notice.number}，共 2 份通知书")
    assert all(number in verdict.text for number in batch.numbers)
    set_language("en")
    assert verify(store, batch.pdf).text.startswith(
        f"Genuine batch of 2 notices: {batch.notice.number} ({', '.join(batch.numbers)})")
    changed = verify(store, batch.pdf.replace(b"/Producer", b"/Producex"))
    assert not changed.genuine and changed.notice.number == batch.notice.number


def test_the_batch_is_byte_reproducible(store, day):
    batch = issue_batch(store, due_today(store, NOW), now=NOW)
    again = render_batch(json.loads(batch.notice.snapshot),
                         [json.loads(item.notice.snapshot) for item in batch.issued])
    assert again == batch.pdf


def test_the_batch_travels_in_the_exchange_workbook(store, day, tmp_path):
    from fieldapp.exchange.export import export_workbook
    from fieldapp.exchange.importer import apply_plan, plan_import

    batch = issue_batch(store, due_today(store, NOW), now=NOW)
    book = export_workbook(store, tmp_path / "laptop.xlsx").path
    with Store.open(tmp_path / "supervisor.sqlite3", operator="李四(20001)") as supervisor:
        plan = plan_import(supervisor, [book])
        assert not plan.refused
        apply_plan(supervisor, plan, {})
        assert supervisor.notices.count() == 3
        verdict = verify(supervisor, batch.pdf)
        assert verdict.genuine and verdict.notice.number == batch.notice.number


def test_a_notice_issued_before_is_a_reprint_in_the_batch(store, day):
    first = issue(store, "receipt", day["today"][0].request_no, now=NOW)
    batch = issue_batch(store, [("receipt", r.request_no) for r in day["today"]], now=NOW)
    assert [item.reprint for item in batch.issued] == [True, False]
    assert batch.issued[0].notice.number == first.notice.number
    assert store.notices.by_number(first.notice.number).reprints == 1
    assert batch.issued[0].pdf == first.pdf


def test_cancel_keeps_nothing_and_writes_nothing(store, day, tmp_path):
    out = tmp_path / "batch.pdf"
    reports: list[tuple[int, int]] = []
    with pytest.raises(BatchCancelled):
        issue_batch(store, due_today(store, NOW), now=NOW, out=out,
                    progress=lambda done, total: reports.append((done, total)),
                    cancelled=lambda: len(reports) == 2)
    assert reports == [(0, 3), (1, 3)]
    assert _count(store) == 0 and not list(tmp_path.glob("*.pdf*"))
    store.conn.execute("SELECT 1").fetchone()  # the connection is usable again
    batch = issue_batch(store, due_today(store, NOW), now=NOW, out=out)
    assert out.read_bytes() == batch.pdf and _count(store) == 3


def test_a_record_that_cannot_have_its_notice_keeps_nothing(store, day):
    with pytest.raises(ValueError, match="取消"):
        issue_batch(store, [("receipt", day["today"][0].uuid),
                            ("receipt", day["cancelled"].uuid)], now=NOW)
    assert _count(store) == 0


def test_each_notice_of_a_batch_counts_its_own_pages():
    def part(number: str, paragraphs: int) -> document.Part:
        frame = document.Frame(company="国网温州供电公司", station="", number=number,
                               title="回执", issued_stamp="2026-11-24T04:00:00.000Z")
        s = document.styles()
        story = [document.paragraph(f"第 {i} 段 {number}", s["heading"])
                 for i in range(paragraphs)]
        return document.Part(frame, story, "zh")

    batch = document.Frame(company="国网温州供电公司", station="", number="PL-1",
                           title="批量", issued_stamp="2026-11-24T04:00:00.000Z")
    pdf = document.render_batch(batch, [part("HZ-1", 45), part("HZ-2", 3)])
    alone = document.render(part("HZ-1", 45).frame, part("HZ-1", 45).story)
    assert _pages(alone) == 2
    texts = _page_texts(pdf)
    assert len(texts) == 3
    assert "第 1 页 / 共 2 页" in texts[0] and "HZ-1" in texts[0]
    assert "第 2 页 / 共 2 页" in texts[1] and "编号：HZ-1" in texts[1]
    assert "页 /" not in texts[2] and "编号：HZ-2" in texts[2]


# -- the command line --------------------------------------------------------------------

def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_prints_the_chosen_records_into_one_file(db_path, day, tmp_path, capsys):
    out = tmp_path / "chosen.pdf"
    code, said, err = _run(capsys, "--db", str(db_path), "notices", "--record",
                           day["today"][0].request_no, "--record", day["yesterday"].uuid,
                           "--out", str(out))
    assert (code, err) == (0, "")
    assert said.startswith("已打印 2 份通知书（新出具 2，补打 0），批次 PL-")
    assert _pages(out.read_bytes()) == 2
    code, said, _ = _run(capsys, "--db", str(db_path), "notice", "verify", str(out))
    assert code == 0 and "共 2 份通知书" in said


def test_cli_due_today_with_nothing_due_makes_no_file(db_path, store, tmp_path, capsys):
    out = tmp_path / "today.pdf"
    code, said, err = _run(capsys, "--db", str(db_path), "notices", "--due", "today",
                           "--out", str(out))
    assert (code, said.strip(), err) == (0, "今天没有要打印的通知书，未生成文件", "")
    assert not out.exists() and _count(store) == 0


def test_cli_refuses_an_unknown_record_and_keeps_nothing(db_path, day, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code, said, err = _run(capsys, "--db", str(db_path), "notices", "--record",
                           day["today"][0].request_no, "--record", "NO-SUCH", "--out",
                           str(out))
    assert code == 2 and "NO-SUCH" in err and not out.exists()
    with Store.open(db_path) as again:
        assert _count(again) == 0


def test_cli_asks_for_due_or_records(db_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--db", str(db_path), "notices", "--out", str(tmp_path / "x.pdf")])
    assert exit_.value.code == 2
    capsys.readouterr()


# -- the window ---------------------------------------------------------------------------

@pytest.fixture
def window_day(store, community):
    """Requests accepted now (two), two days ago, and now but cancelled."""
    now = dt.datetime.now().astimezone()
    today = [_accept(store, community, 1, now), _accept(store, community, 2, now)]
    old = _accept(store, community, 3, now - dt.timedelta(days=2))
    cancelled = _accept(store, community, 4, now)
    store.charger_requests.transition(cancelled.uuid, cancelled.rev, Status.CANCELLED,
                                      "客户放弃")
    return {"today": today, "old": old, "cancelled": cancelled}


@pytest.fixture
def page(qtbot, store, window_day):
    widget = RequestsPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def runs(monkeypatch):
    """Background tasks run inline with their progress recorded; `cancel_after` cancels
    after that many reports."""
    record = {"reports": [], "cancel_after": None}

    def run(parent, label, job, on_done, on_error, cancellable=True):
        def report(done, total):
            record["reports"].append((done, total))
            if record["cancel_after"] == len(record["reports"]):
                progress.cancel()

        progress = Progress(report)
        try:
            result = job(progress)
        except BaseException as error:  # noqa: BLE001 - handed on as run_task does
            on_error(error)
        else:
            on_done(result)

    monkeypatch.setattr(batch_ui, "run_task", run)
    return record


def choose(monkeypatch, option: str, seen: list | None = None) -> None:
    """Answer the batch dialog with `option` ("today" or "selected")."""
    def exec_(dialog):
        if seen is not None:
            seen.append(dialog)
        button = dialog.today_option if option == "today" else dialog.selected_option
        assert button.isEnabled()
        button.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(batch_ui.BatchDialog, "exec", exec_)


def _select(page, uuids) -> None:
    page.table.clearSelection()
    for request_uuid in uuids:
        page.table.selectionModel().select(
            page.model.index(page.model.row_of(request_uuid), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_the_batch_button_prints_todays_receipts_with_progress(qtbot, page, store, runs,
                                                               monkeypatch, window_day):
    assert QKeySequence.mnemonic(page.batch_button.text()).toString() == "Alt+B"
    seen: list = []
    choose(monkeypatch, "today", seen)
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton)
    assert seen[0].today_option.text() == "今天到期的通知书 2 份（受理回执 2 份）"
    assert runs["reports"] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    preview = page.notice_preview
    assert isinstance(preview, batch_ui.BatchPreview) and preview.isVisible()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready,
                    timeout=3000)
    assert preview.document.pageCount() == 2
    number = preview.batch.notice.number
    assert preview.status_label.text() == f"批次 {number}：2 份通知书（新出具 2，补打 0），共 2 页"
    assert store.notices.by_number(number).kind == "batch"
    assert [store.notices.of_record("receipt", r.uuid) is not None
            for r in (*window_day["today"], window_day["old"])] == [True, True, False]


def test_the_selected_requests_are_printed_and_a_cancelled_one_skipped(
        qtbot, page, store, runs, monkeypatch, window_day):
    wanted = [window_day["old"].uuid, window_day["today"][0].uuid,
              window_day["cancelled"].uuid]
    _select(page, wanted)
    assert page.selected() is None and sorted(page.selected_uuids()) == sorted(wanted)
    assert not any(button.isVisible() for button in page.step_buttons.values())
    assert not page.receipt_button.isEnabled()
    seen: list = []
    choose(monkeypatch, "selected", seen)
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton)
    assert seen[0].selected_option.text() == "选中的报装（2 份回执），1 条不能出具回执，略过"
    batch = page.notice_preview.batch
    assert {item.notice.record_uuid for item in batch.issued} == set(wanted[:2])
    assert sorted(page.selected_uuids()) == sorted(wanted)  # the selection is kept


def test_cancelling_the_batch_keeps_nothing(qtbot, page, store, runs, monkeypatch):
    runs["cancel_after"] = 2
    choose(monkeypatch, "today")
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton)
    assert page.notice_preview is None
    assert _count(store) == 0


def test_english_labels_of_the_batch(qtbot, qapp, page, runs, monkeypatch):
    fieldapp_app.install_translations(qapp, "en")
    set_language("en")
    english = RequestsPage(page._session)
    qtbot.addWidget(english)
    english.show()
    assert english.batch_button.text() == "Print &batch…"
    seen: list = []
    choose(monkeypatch, "today", seen)
    qtbot.mouseClick(english.batch_button, Qt.MouseButton.LeftButton)
    assert seen[0].today_option.text() == "Notices due today: 2 (2 receipt(s))"
    assert english.notice_preview.status_label.text().startswith("Batch ")
