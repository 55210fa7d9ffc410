"""Stage moves on the requests page are deliberate and recorded: each asks in a dialog
what the stage means, refuses a bad value at its field, keeps a held key from moving
twice, and the history shows what was entered."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.domain.charger import ChargerRequest, RequestDocument, Status
from fieldapp.ui.requests.page import RequestsPage
from fieldapp.ui.requests.stage_dialog import StageDialog
from fieldapp.ui.shared.history_dialog import HistoryDialog
from fieldapp.ui.shared.session import Session

from .inspection_helpers import pass_charger_inspection
from .test_charger import details_for
from .ui_helpers import Answers, answer_dialogs, type_text


@pytest.fixture
def page(qtbot, store):
    widget = RequestsPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    return widget


@pytest.fixture
def request_(store, household) -> ChargerRequest:
    accepted = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=2)
    made = store.charger_requests.accept(ChargerRequest(
        household_uuid=household.uuid, parking_space="B2-017",
        documents=[RequestDocument(kind="id_proof"), RequestDocument(kind="permit")]),
        now=accepted)
    return made


def selected(page, request_) -> None:
    page.refresh()
    page.select_uuid(request_.uuid)
    assert page.selected().request.uuid == request_.uuid


def moved_to(store, request_, target: Status, when: dt.datetime | None = None):
    """The request moved on in the store (as if done earlier in the window)."""
    current = store.charger_requests.get(request_.uuid)
    return store.charger_requests.transition(current.uuid, current.rev, target,
                                             details=details_for(target, when))


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def cancel(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def stored(store, request_) -> ChargerRequest:
    return store.charger_requests.get(request_.uuid)


def history_rows(page, monkeypatch) -> list[list[str]]:
    shown = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self))
    page.history_button.click()
    table = shown[0].table
    return [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]


# -- the dialog is the move -------------------------------------------------------------------
def test_each_step_has_its_own_key_in_its_text_and_tooltip(qtbot, page, store, request_):
    selected(page, request_)
    survey = page.step_buttons[Status.SURVEYED]
    assert survey.text() == "勘查完成(&S)…"
    assert survey.toolTip() == "状态改为“已勘查”（Alt+S）"
    assert "（Alt+P）" in page.step_buttons[Status.ON_HOLD].toolTip()
    assert "（Alt+X）" in page.step_buttons[Status.CANCELLED].toolTip()
    keys = {s: page.step_shortcuts[s].key().toString() for s in page.step_buttons}
    assert keys == {Status.ACCEPTED: "Alt+U", Status.SURVEYED: "Alt+S",
                    Status.PLAN_REPLIED: "Alt+R", Status.CONNECTED: "Alt+C",
                    Status.ARCHIVED: "Alt+A", Status.ON_HOLD: "Alt+P",
                    Status.CANCELLED: "Alt+X"}


def test_in_english_the_keys_follow_the_translated_text(qtbot, qapp, store, request_,
                                                      monkeypatch):
    from fieldapp import app as fieldapp_app
    from fieldapp.domain.messages import set_language

    translators = fieldapp_app.install_translations(qapp, "en")
    set_language("en")
    try:
        page = RequestsPage(Session(store))
        qtbot.addWidget(page)
        page.show()
        selected(page, request_)
        survey = page.step_buttons[Status.SURVEYED]
        assert survey.text() == "&Surveyed…"
        assert survey.toolTip() == "Change the status to “surveyed” (Alt+S)"
        assert page.step_shortcuts[Status.PLAN_REPLIED].key().toString() == "Alt+R"

        def user(dialog):
            assert dialog.windowTitle() == f"Survey done — request {request_.request_no}"
            dialog.surveyor_edit.clear()
            ok(dialog)
            assert dialog.marked() == {"surveyor": "Enter the surveyor"}
            cancel(dialog)

        answer_dialogs(monkeypatch, StageDialog, user, [])
        survey.click()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_cancelling_the_stage_dialog_moves_nothing(qtbot, page, store, request_, monkeypatch):
    shown = []
    answer_dialogs(monkeypatch, StageDialog, cancel, shown)
    selected(page, request_)
    page.step_buttons[Status.SURVEYED].click()
    assert [d.windowTitle() for d in shown] == [f"勘查完成 — 报装 {request_.request_no}"]
    assert stored(store, request_).status == "accepted"
    assert stored(store, request_).rev == request_.rev


def test_survey_details_are_stored_recorded_and_shown_in_the_history(qtbot, page, store,
                                                                    request_, monkeypatch):
    yesterday = QDate.currentDate().addDays(-1)

    def user(dialog):
        assert dialog.surveyor_edit.text() == "tester"  # the operator, to start with
        assert dialog.surveyed_on_edit.date() == QDate.currentDate()
        dialog.surveyor_edit.clear()
        type_text(qtbot, dialog.surveyor_edit, "陈建国")
        dialog.surveyed_on_edit.setDate(yesterday)
        type_text(qtbot, dialog.note_edit, "表箱在负一层东侧，距车位约 18 m")
        ok(dialog)
        assert not dialog.isVisible()

    answer_dialogs(monkeypatch, StageDialog, user, [])
    selected(page, request_)
    page.step_buttons[Status.SURVEYED].click()
    request = stored(store, request_)
    assert (request.status, request.surveyor, request.surveyed_on, request.survey_note) == (
        "surveyed", "陈建国", yesterday.toString("yyyy-MM-dd"), "表箱在负一层东侧，距车位约 18 m")
    assert request.surveyed_by == "tester"
    [changes] = [json.loads(c) for (c,) in store.conn.execute(
        "SELECT changes FROM audit_log WHERE record_uuid = ? AND action = 'update'",
        (request.uuid,))]
    assert changes["surveyor"] == ["", "陈建国"]
    assert changes["surveyed_on"][1] == yesterday.toString("yyyy-MM-dd")
    rows = [r[3:] for r in history_rows(page, monkeypatch)]
    assert ["勘查人员", "—", "陈建国"] in rows
    assert ["勘查日期", "—", yesterday.toString("yyyy-MM-dd")] in rows
    assert ["勘查说明", "—", "表箱在负一层东侧，距车位约 18 m"] in rows
    assert page.selected().request.uuid == request.uuid
    assert page.step_buttons[Status.PLAN_REPLIED].isVisible()


def test_a_date_in_the_future_is_marked_and_the_mark_clears_when_fixed(
        qtbot, page, store, request_, monkeypatch):
    def user(dialog):
        dialog.surveyed_on_edit.setDate(QDate.currentDate().addDays(1))
        ok(dialog)
        assert dialog.isVisible()
        assert dialog.marked() == {"surveyed_on": "勘查日期不能晚于今天"}
        assert "#b3261e" in dialog.surveyed_on_edit.styleSheet()
        dialog.surveyed_on_edit.setDate(QDate.currentDate().addDays(-30))  # before accepted
        assert dialog.marked() == {}
        ok(dialog)
        assert dialog.marked()["surveyed_on"].startswith("勘查日期不能早于受理日期")
        dialog.surveyed_on_edit.setDate(QDate.currentDate())
        ok(dialog)
        assert not dialog.isVisible()

    answer_dialogs(monkeypatch, StageDialog, user, [])
    selected(page, request_)
    page.step_buttons[Status.SURVEYED].click()
    assert stored(store, request_).surveyed_on == QDate.currentDate().toString("yyyy-MM-dd")


def test_a_reply_needs_its_way_and_is_shown_by_label(qtbot, page, store, request_,
                                                     monkeypatch):
    moved_to(store, request_, Status.SURVEYED)

    def user(dialog):
        assert dialog.channel_combo.currentIndex() == -1  # chosen, not defaulted
        ok(dialog)
        assert dialog.marked() == {"reply_channel": "请选择答复方式"}
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findText("电话"))
        dialog.channel_combo.activated.emit(dialog.channel_combo.currentIndex())
        assert dialog.marked() == {}
        ok(dialog)

    answer_dialogs(monkeypatch, StageDialog, user, [])
    selected(page, request_)
    page.step_buttons[Status.PLAN_REPLIED].click()
    request = stored(store, request_)
    assert (request.status, request.reply_channel) == ("plan_replied", "phone")
    assert request.replied_on == QDate.currentDate().toString("yyyy-MM-dd")
    assert ["答复方式", "—", "电话"] in [r[3:] for r in history_rows(page, monkeypatch)]


def test_a_wrong_meter_number_is_refused_at_its_field(qtbot, page, store, request_,
                                                      monkeypatch):
    earlier = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1.5)
    moved_to(store, request_, Status.SURVEYED, earlier)
    moved_to(store, request_, Status.PLAN_REPLIED, earlier)
    pass_charger_inspection(store, stored(store, request_))
    connected = QDateTime(QDate.currentDate(), QTime(0, 5)).addDays(-1)

    def user(dialog):
        type_text(qtbot, dialog.meter_edit, "3331-00A")
        dialog.connected_edit.setDateTime(connected)
        ok(dialog)
        assert dialog.isVisible()
        assert dialog.marked() == {"meter_no": "电表号只能是数字 0–9，不能有 “-”"}
        assert "#b3261e" in dialog.meter_edit.styleSheet()
        assert dialog.focusWidget() is dialog.meter_edit
        dialog.meter_edit.clear()
        type_text(qtbot, dialog.meter_edit, "３３３１０００１２")  # full width, as typed
        ok(dialog)
        assert not dialog.isVisible()

    answer_dialogs(monkeypatch, StageDialog, user, [])
    selected(page, request_)
    page.step_buttons[Status.CONNECTED].click()
    request = stored(store, request_)
    assert (request.status, request.meter_no) == ("connected", "333100012")
    local = connected.toString("yyyy-MM-dd HH:mm")
    assert request.connected_at == dt.datetime.fromisoformat(local).astimezone(
        dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:00.000Z")  # the time entered
    rows = [r[3:] for r in history_rows(page, monkeypatch)]
    assert ["电表号", "—", "333100012"] in rows
    assert ["接电时间", "—", local] in rows


# -- no double move -------------------------------------------------------------------------
def press(page, key, repeat: bool) -> None:
    QTest.simulateEvent(page, True, key, Qt.KeyboardModifier.AltModifier, "", repeat)


def release(page, key) -> None:
    QTest.simulateEvent(page, False, key, Qt.KeyboardModifier.AltModifier, "", False)


def hold(page, key, repeats: int = 6) -> None:
    """A key held down: one press, then the repeats the keyboard sends, one release."""
    press(page, key, False)
    for _ in range(repeats):
        press(page, key, True)
    release(page, key)


@pytest.fixture
def active(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def test_holding_the_shortcut_moves_one_stage_only(qtbot, active, store, request_,
                                                   monkeypatch):
    shown = []

    def user(dialog):
        # while the dialog is open no step can be started again
        assert not any(b.isEnabled() for b in active.step_buttons.values())
        dialog.surveyor_edit.setText("陈建国")
        dialog.activateWindow()  # as a modal dialog is
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        for _ in range(3):  # the key still held: its repeats reach the dialog's field
            QTest.simulateEvent(dialog.surveyor_edit, True, Qt.Key.Key_S,
                                Qt.KeyboardModifier.AltModifier, "s", True)
        assert dialog.surveyor_edit.text() == "陈建国"
        ok(dialog)

    answer_dialogs(monkeypatch, StageDialog, user, shown)
    selected(active, request_)
    hold(active, Qt.Key.Key_S)
    assert len(shown) == 1
    assert stored(store, request_).status == "surveyed"
    assert active.step_buttons[Status.PLAN_REPLIED].isEnabled()  # enabled again after


def test_holding_the_shortcut_opens_the_dialog_once(qtbot, active, store, request_,
                                                    monkeypatch):
    shown = []
    answer_dialogs(monkeypatch, StageDialog, cancel, shown)
    selected(active, request_)
    hold(active, Qt.Key.Key_S)
    assert len(shown) == 1
    assert stored(store, request_).status == "accepted"
    hold(active, Qt.Key.Key_S)  # a new press is a new request to move
    assert len(shown) == 2


# -- hold and cancel --------------------------------------------------------------------------
def test_an_empty_hold_reason_keeps_the_dialog_open_with_the_field_marked(
        qtbot, page, store, request_, monkeypatch):
    def user(dialog):
        ok(dialog)
        assert dialog.isVisible()
        assert dialog.marked() == {"status_reason": "请填写暂停的原因"}
        type_text(qtbot, dialog.reason_edit, "   ")
        ok(dialog)
        assert dialog.isVisible()
        dialog.reason_edit.clear()
        type_text(qtbot, dialog.reason_edit, "客户要求暂缓，车辆尚未提车")
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter moves
        assert not dialog.isVisible()

    answer_dialogs(monkeypatch, StageDialog, user, [])
    selected(page, request_)
    page.step_buttons[Status.ON_HOLD].click()
    held = stored(store, request_)
    assert (held.status, held.status_reason) == ("on_hold", "客户要求暂缓，车辆尚未提车")


def test_a_resume_asks_no_details_and_cancelling_a_request_asks_its_reason(
        qtbot, page, store, request_, monkeypatch):
    moved_to(store, request_, Status.SURVEYED)
    current = stored(store, request_)
    store.charger_requests.transition(current.uuid, current.rev, Status.ON_HOLD, "客户出差")
    shown = []
    answer_dialogs(monkeypatch, StageDialog, ok, shown)
    selected(page, request_)
    resume = page.step_buttons[Status.SURVEYED]
    assert resume.text() == "恢复办理（已勘查）(&U)…"
    resume.click()
    assert shown[-1].fields == {} and "暂停 → 已勘查" in shown[-1].intro.text()
    assert stored(store, request_).status == "surveyed"

    def user(dialog):
        assert "此后报装不能再修改" in dialog.intro.text()
        type_text(qtbot, dialog.reason_edit, "客户撤回申请")
        ok(dialog)

    answer_dialogs(monkeypatch, StageDialog, user, shown)
    page.step_buttons[Status.CANCELLED].click()
    assert stored(store, request_).status_reason == "客户撤回申请"


def test_a_request_moved_elsewhere_is_refused_before_the_dialog(qtbot, page, store, request_,
                                                                monkeypatch):
    answers = Answers(monkeypatch)
    shown = []
    answer_dialogs(monkeypatch, StageDialog, ok, shown)
    selected(page, request_)
    moved_to(store, request_, Status.SURVEYED)  # another window
    page.move_to(Status.SURVEYED)
    assert shown == [] and "已在别处被修改" in answers.warned[0]


def test_a_request_moved_elsewhere_while_the_dialog_is_open_is_refused_and_shown(
        qtbot, page, store, request_, monkeypatch):
    answers = Answers(monkeypatch)

    def user(dialog):
        current = stored(store, request_)
        store.charger_requests.transition(current.uuid, current.rev, Status.CANCELLED,
                                          "客户撤回申请")  # another window, meanwhile
        ok(dialog)
        assert not dialog.isVisible() and dialog.failed

    answer_dialogs(monkeypatch, StageDialog, user, [])
    selected(page, request_)
    page.step_buttons[Status.SURVEYED].click()
    assert len(answers.warned) == 1 and "已在别处被修改" in answers.warned[0]
    assert stored(store, request_).status == "cancelled"
    assert page.selected().request.status == "cancelled"  # the list shows it now
    assert not any(b.isVisible() for b in page.step_buttons.values())


def test_the_request_form_shows_what_each_stage_recorded(qtbot, store, request_):
    from fieldapp.domain.messages import set_language
    from fieldapp.ui.requests.dialog import RequestDialog

    moved_to(store, request_, Status.SURVEYED)
    moved_to(store, request_, Status.PLAN_REPLIED)
    dialog = RequestDialog(Session(store), stored(store, request_))
    qtbot.addWidget(dialog)
    dialog.show()
    lines = dialog.stage_details.text().splitlines()
    assert lines[0].startswith("已勘查 — 勘查人员：陈建国 · 勘查日期：")
    assert lines[0].endswith("勘查说明：表箱在负一层东侧")
    assert lines[1].startswith("已答复方案 — 答复日期：") and lines[1].endswith("答复方式：电话")
    assert dialog.stage_details.isVisible()
    set_language("en")
    english = RequestDialog(Session(store), stored(store, request_))
    qtbot.addWidget(english)
    assert english.stage_details.text().splitlines()[1].endswith("way of reply: by phone")


def test_a_request_without_stage_details_shows_none(qtbot, store, request_):
    from fieldapp.ui.requests.dialog import RequestDialog

    dialog = RequestDialog(Session(store), stored(store, request_))
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.ui.documentsHint), "stageDetails") is None
