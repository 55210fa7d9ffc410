"""打印通知书 on the inspections page: the advance notice while an inspection is planned,
the rectification notice once it failed, none once it passed — each previewed in the app
and entered in the register."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtPdf import QPdfDocument

from fieldapp.domain.inspection import Inspection
from fieldapp.ui.inspections.plan_tab import PlanTab
from fieldapp.ui.inspections.records_tab import RecordsTab
from fieldapp.ui.shared.session import Session

from .inspection_helpers import NOW, answer_all


@pytest.fixture
def session(store):
    return Session(store)


def _planned(store, household, day: dt.date) -> Inspection:
    return store.inspections.plan(Inspection(
        template_key="household_safety", template_version=1, household_uuid=household.uuid,
        planned_on=day.isoformat(), planned_window="09:00-11:00", inspector="陈建国"))


def _previewed(qtbot, button):
    button.click()
    preview = button.preview
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready,
                    timeout=5000)
    assert preview.document.pageCount() >= 1
    preview.close()
    return preview


def test_a_planned_inspection_prints_its_advance_notice(qtbot, session, store, household):
    day = dt.date.today() + dt.timedelta(days=1)
    planned = _planned(store, household, day)
    tab = PlanTab(session)
    qtbot.addWidget(tab)
    tab.set_day(day)
    tab.refresh()
    tab.select_uuid(planned.uuid)
    button = tab.notice_button
    assert button.isEnabled() and "告知书" in button.toolTip()
    _previewed(qtbot, button)
    notice = store.notices.of_record("advance", planned.uuid)
    assert notice is not None and notice.kind == "advance"


def test_a_failed_inspection_prints_its_rectification_notice_and_a_passed_one_none(
        qtbot, session, store, household):
    failed = _planned(store, household, dt.date.today())
    answer_all(store, failed, H02="fail")
    store.inspections.finish(failed.uuid, deadline="2026-12-20", now=NOW)
    passed = _planned(store, household, dt.date.today())
    answer_all(store, passed)
    store.inspections.finish(passed.uuid, now=NOW)
    tab = RecordsTab(session)
    qtbot.addWidget(tab)
    tab.refresh()
    row = tab.model.row_of(failed.uuid)
    tab.table.selectRow(row)
    assert tab.notice_button.isEnabled() and "整改" in tab.notice_button.toolTip()
    _previewed(qtbot, tab.notice_button)
    assert store.notices.of_record("rectification", failed.uuid) is not None
    tab.table.selectRow(tab.model.row_of(passed.uuid))
    assert not tab.notice_button.isEnabled() and "合格" in tab.notice_button.toolTip()
