"""打印方案答复单 on the requests page, and `open_notice` (what the inspections page calls)
for the advance and rectification notices: issued through the session, previewed, and a
refusal said in a message box."""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldapp.ui.notices.preview import open_notice
from fieldapp.ui.requests.page import RequestsPage
from fieldapp.ui.shared.session import Session

from .test_notices_inspection import failed, planned
from .test_notices_survey import measure_on_plan, survey_site


@pytest.fixture
def session(store):
    return Session(store)


@pytest.fixture
def site(store, community, household):
    return survey_site(store, community, household)


@pytest.fixture
def page(qtbot, session, site):
    widget = RequestsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select(page, uuid: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.request_row(row).request.uuid == uuid:
            page.select_row(row)
            return
    raise AssertionError("the request is not listed")


def ready(qtbot, preview):
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready,
                    timeout=3000)
    return preview


def test_the_plan_button_waits_for_a_measurement(qtbot, page, session, site):
    garage, box, space, request_ = site
    select(page, request_.uuid)
    assert not page.plan_button.isEnabled()
    assert "没有距离测量" in page.plan_button.toolTip()
    measure_on_plan(session.store, request_, box, space, garage)
    page.refresh()
    select(page, request_.uuid)
    assert page.plan_button.isEnabled()
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    preview = ready(qtbot, page.notice_preview)
    kept = session.store.notices.of_record("plan", request_.uuid)
    assert kept is not None and kept.kind == "plan"
    assert hashlib.sha256(preview.issued.pdf).hexdigest() == kept.sha256
    assert "勘查及供电方案答复单" in preview.windowTitle()
    assert request_.request_no in preview.windowTitle()
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    again = ready(qtbot, page.notice_preview)
    assert again is not preview and again.issued.pdf == preview.issued.pdf
    assert again.windowTitle().startswith("补打")


def test_open_notice_previews_an_inspections_notices(qtbot, session, household):
    parent = QWidget()
    qtbot.addWidget(parent)
    inspection = planned(session.store, household)
    preview = ready(qtbot, open_notice(session, "advance", inspection.uuid, parent))
    kept = session.store.notices.of_record("advance", inspection.uuid)
    assert preview.isVisible() and kept.number in preview.windowTitle()
    assert "安全检查告知书" in preview.windowTitle()
    done = failed(session.store, household)
    preview = ready(qtbot, open_notice(session, "rectification", done.uuid, parent))
    assert session.store.notices.of_record("rectification", done.uuid).sha256 == \
        hashlib.sha256(preview.issued.pdf).hexdigest()


def test_open_notice_says_why_it_cannot(qtbot, session, household, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *rest: said.append((title, text)))
    inspection = planned(session.store, household)
    assert open_notice(session, "rectification", inspection.uuid, parent) is None
    assert said and said[0][0] == "安全隐患整改通知书"
    assert "尚未完成" in said[0][1] and "不能出具隐患整改通知书" in said[0][1]
    assert session.store.notices.count() == 0


def test_the_batch_dialog_counts_todays_notices_by_kind(qtbot):
    from fieldapp.ui.notices.batch import BatchDialog

    dialog = BatchDialog(4, 0, 0, None, {"receipt": 1, "advance": 2, "rectification": 1})
    qtbot.addWidget(dialog)
    assert dialog.today_option.text() == (
        "今天到期的通知书 4 份（受理回执 1 份，检查告知书 2 份，整改通知书 1 份）")
    assert dialog.today_option.isChecked() and not dialog.selected_option.isEnabled()
