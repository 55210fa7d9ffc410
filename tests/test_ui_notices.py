"""打印回执 on the requests page: the receipt issued (then reprinted) through the session,
shown in the in-app preview, printed and saved byte for byte."""
from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QMessageBox

from fieldapp import app as fieldapp_app
from fieldapp import demo
from fieldapp.domain.charger import Status
from fieldapp.domain.messages import set_language
from fieldapp.notices.issue import Issued
from fieldapp.store.notices import Notice
from fieldapp.ui.notices import preview as preview_module
from fieldapp.ui.requests.page import RequestsPage
from fieldapp.ui.shared.session import Session


@pytest.fixture
def session(store):
    demo.generate(store, 60, seed=3, requests=30)
    return Session(store)


@pytest.fixture
def page(qtbot, session):
    widget = RequestsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select(page, state_wanted) -> str:
    """Select the first listed request whose state passes `state_wanted`; its uuid."""
    for row in range(page.model.rowCount()):
        request = page.model.request_row(row).request
        if state_wanted(request.state):
            page.select_row(row)
            return request.uuid
    pytest.skip("the demo data has no such request")


def print_receipt(qtbot, page) -> preview_module.NoticePreview:
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    preview = page.notice_preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready,
                    timeout=3000)
    return preview


def test_the_button_issues_the_receipt_and_previews_it(qtbot, page, session):
    uuid = select(page, lambda state: state != Status.CANCELLED)
    assert session.store.notices.of_record("receipt", uuid) is None
    assert page.receipt_button.isEnabled()
    preview = print_receipt(qtbot, page)
    kept = session.store.notices.of_record("receipt", uuid)
    assert kept is not None and kept.reprints == 0
    assert preview.document.pageCount() >= 1
    assert hashlib.sha256(preview.issued.pdf).hexdigest() == kept.sha256
    assert kept.number in preview.status_label.text()
    assert "补打" not in preview.windowTitle() and "受理回执" in preview.windowTitle()
    assert not preview.next_button.isVisible()  # one page: no navigation


def test_a_second_click_reprints_the_same_bytes(qtbot, page, session):
    uuid = select(page, lambda state: state != Status.CANCELLED)
    first = print_receipt(qtbot, page).issued.pdf
    second = print_receipt(qtbot, page)
    kept = session.store.notices.of_record("receipt", uuid)
    assert kept.reprints == 1
    assert second.issued.reprint and second.issued.pdf == first
    assert "补打" in second.windowTitle() and "补打" in second.status_label.text()


def test_save_as_writes_the_registered_bytes(qtbot, page, session, tmp_path, monkeypatch):
    uuid = select(page, lambda state: state != Status.CANCELLED)
    preview = print_receipt(qtbot, page)
    target = tmp_path / "回执.pdf"
    offered = []
    monkeypatch.setattr(preview_module, "save_file",
                        lambda parent, title, name, filters: offered.append(name)
                        or str(target))
    assert preview.save_as() == str(target)
    kept = session.store.notices.of_record("receipt", uuid)
    assert offered == [f"{kept.number}.pdf"]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == kept.sha256
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_save_as_into_a_missing_folder_says_so(qtbot, page, tmp_path, monkeypatch):
    select(page, lambda state: state != Status.CANCELLED)
    preview = print_receipt(qtbot, page)
    target = tmp_path / "gone" / "回执.pdf"
    monkeypatch.setattr(preview_module, "save_file", lambda *args: str(target))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warned.append(text))
    assert preview.save_as() == ""
    assert len(warned) == 1 and str(target) in warned[0] and not target.exists()


def test_print_draws_every_page_onto_the_chosen_printer(qtbot, page, tmp_path,
                                                        monkeypatch):
    select(page, lambda state: state != Status.CANCELLED)
    preview = print_receipt(qtbot, page)
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFileName(str(out))  # print to a PDF file
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert preview.print_notice()
    assert out.exists() and out.stat().st_size > 10_000  # a page image, not a blank
    assert len(PdfReader(out).pages) == preview.document.pageCount()


def test_a_cancelled_print_dialog_prints_nothing(qtbot, page, monkeypatch):
    select(page, lambda state: state != Status.CANCELLED)
    preview = print_receipt(qtbot, page)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert not preview.print_notice()


def test_a_cancelled_request_has_no_receipt_button(qtbot, page, session, monkeypatch):
    uuid = select(page, lambda state: state == Status.CANCELLED)
    qtbot.wait(10)
    request = session.store.charger_requests.get(uuid)
    assert not page.receipt_button.isEnabled()
    assert "已取消" in page.receipt_button.toolTip()
    assert request.request_no in page.receipt_button.toolTip()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warned.append(text))
    page.print_receipt()  # even when called: the refusal is shown, nothing registered
    assert warned == [f"报装 {request.request_no} 已取消，不能出具受理回执"]
    assert session.store.notices.of_record("receipt", uuid) is None


def test_english_labels(qtbot, qapp, session):
    fieldapp_app.install_translations(qapp, "en")
    set_language("en")
    english = RequestsPage(session)
    qtbot.addWidget(english)
    english.show()
    select(english, lambda state: state != Status.CANCELLED)
    assert english.receipt_button.text() == "Print receip&t…"
    preview = print_receipt(qtbot, english)
    assert [b.text() for b in (preview.print_button, preview.save_button,
                               preview.close_button)] == ["&Print…", "&Save as…", "Close"]
    assert preview.windowTitle().startswith("Receipt")
    assert preview.status_label.text().startswith("Issued")


def two_pages() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    for n in (1, 2):
        sheet.drawString(100, 700, f"page {n}")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def test_a_notice_of_two_pages_can_be_paged_through(qtbot):
    pdf = two_pages()
    notice = Notice(number="HZ-TEST-20261124-0001", kind="receipt",
                    record_kind="charger_request", record_uuid="x", record_no="x",
                    issued_at="", issued_by="", language="zh", snapshot="{}",
                    content_hash="", sha256=hashlib.sha256(pdf).hexdigest())
    preview = preview_module.NoticePreview(Issued(notice, pdf, False), "two pages")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.document.pageCount() == 2, timeout=3000)
    assert preview.next_button.isVisible() and not preview.previous_button.isEnabled()
    assert preview.page_label.text() == "第 1 / 2 页"
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.current_page() == 1, timeout=2000)
    assert preview.page_label.text() == "第 2 / 2 页"
    assert not preview.next_button.isEnabled() and preview.previous_button.isEnabled()
