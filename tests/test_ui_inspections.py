"""The safety inspections page (安全检查) like a user: plan an inspection, fill it from the
keyboard (each answer committed before the next key), reopen a draft where it stopped,
be refused while items are unanswered or a 重大 failure has no deadline, sign on the
pads, finish, follow the hazard on the 隐患 tab and the household panel, re-inspect and
close it. Screens are grabbed at 1366×768 in Chinese and English."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp import app as fieldapp_app
from fieldapp.domain.inspection import Inspection
from fieldapp.domain.messages import set_language
from fieldapp.domain.records import Tag
from fieldapp.store import Store
from fieldapp.ui.inspections.fill_dialog import FillDialog
from fieldapp.ui.inspections.finish_dialog import FinishDialog
from fieldapp.ui.inspections.household_panel import HouseholdHazardsPanel
from fieldapp.ui.inspections.page import HAZARDS, PLAN, RECORDS, InspectionsPage
from fieldapp.ui.inspections.plan_dialog import PlanDialog
from fieldapp.ui.inspections.signature import render_signature, strokes_of
from fieldapp.ui.shared.record_form import INVALID_STYLE
from fieldapp.ui.shared.session import Session

from .test_charger_store import new_request
from .ui_helpers import answer_dialogs, type_text

SHOTS = os.environ.get("FIELDAPP_INSPECTION_SHOTS", "/tmp/s10/shots")
SIZE = (1366, 768)


# -- helpers --------------------------------------------------------------------------------
def stored_items(db_path, inspection_uuid: str) -> dict[str, tuple[str, str]]:
    """code → (answer, note) as another connection sees the file: only what was
    committed."""
    with Store.open(db_path, operator="reader") as other:
        return {item.code: (item.answer, item.note)
                for item in other.inspections.items.of(inspection_uuid)}


def press(qtbot, dialog: FillDialog, key: Qt.Key) -> None:
    QTest.keyClick(dialog.item_list, key)


def draw(pad, points: list[tuple[int, int]]) -> None:
    """One stroke with the mouse: press, move through the points, release."""
    def send(kind, x, y, buttons):
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove \
            else Qt.MouseButton.NoButton
        QApplication.sendEvent(pad, QMouseEvent(kind, QPointF(x, y), pad.mapToGlobal(
            QPointF(x, y)), button, buttons, Qt.KeyboardModifier.NoModifier))

    (x0, y0), *rest = points
    send(QEvent.Type.MouseButtonPress, x0, y0, Qt.MouseButton.LeftButton)
    for x, y in rest:
        send(QEvent.Type.MouseMove, x, y, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, *points[-1], Qt.MouseButton.NoButton)


def shot(widget, name: str, language: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    assert widget.grab().save(os.path.join(SHOTS, f"{language}_inspections_{name}.png"))


def plan_by_dialog(qtbot, monkeypatch, page: InspectionsPage, typed: str,
                   template_kind: str = "household", request_no: str = "") -> None:
    """新建检查计划 as a user: type the household (or the request number), pick the
    checklist, save."""
    def user(dialog: PlanDialog):
        if typed:
            type_text(qtbot, dialog.household_edit, typed)
        if request_no:
            type_text(qtbot, dialog.request_edit, request_no)
        dialog.choose_kind(template_kind)
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.saved is not None

    answer_dialogs(monkeypatch, PlanDialog, user, [])
    qtbot.mouseClick(page.plan_tab.new_button, Qt.MouseButton.LeftButton)


def _ok_button(dialog: PlanDialog):
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


@pytest.fixture
def page(qtbot, store):
    widget = InspectionsPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the whole life of an inspection ----------------------------------------------------------
def test_plan_fill_by_keys_reopen_refusals_sign_finish_reinspect_close(
        qtbot, monkeypatch, store, db_path, household, page):
    plan_by_dialog(qtbot, monkeypatch, page, household.account_no)
    plan_tab = page.plan_tab
    assert plan_tab.model.rowCount() == 1
    row = plan_tab.selected()
    assert row is not None and row.household_name == household.name
    inspection_uuid = row.inspection.uuid
    planned = store.inspections.get(inspection_uuid)
    assert (planned.state, planned.template_key, planned.planned_on) == (
        "planned", "household_safety", dt.date.today().isoformat())
    assert planned.inspector == store.operator
    assert planned.contact == store.settings().service_phone

    # first visit: keys 1/2/3, each answer in the file before the next key
    seen: list[str] = []

    def first_visit(dialog: FillDialog):
        assert dialog.current_code() == "H01"
        press(qtbot, dialog, Qt.Key.Key_1)
        assert stored_items(db_path, inspection_uuid)["H01"] == ("pass", "")
        assert dialog.current_code() == "H02"
        press(qtbot, dialog, Qt.Key.Key_2)
        assert stored_items(db_path, inspection_uuid)["H02"] == ("fail", "")
        assert dialog.current_code() == "H03"
        press(qtbot, dialog, Qt.Key.Key_3)  # H03 allows only 合格 / 不合格
        assert "H03" in dialog.message.text() and "不适用" in dialog.message.text()
        assert dialog.current_code() == "H03"
        assert stored_items(db_path, inspection_uuid)["H03"] == ("", "")
        press(qtbot, dialog, Qt.Key.Key_1)
        assert dialog.current_code() == "H04"  # 重大
        press(qtbot, dialog, Qt.Key.Key_2)
        assert stored_items(db_path, inspection_uuid)["H04"] == ("fail", "")
        assert dialog.current_code() == "H05"
        dialog.item_view.note_edit.setFocus()
        type_text(qtbot, dialog.item_view.note_edit, "插座发热")
        QTest.keyClick(dialog.item_view.note_edit, Qt.Key.Key_Return)  # saved, list again
        assert stored_items(db_path, inspection_uuid)["H05"] == ("", "插座发热")
        seen.append(dialog.item_list.item(1).text())
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    shown: list[FillDialog] = []
    answer_dialogs(monkeypatch, FillDialog, first_visit, shown)
    plan_tab.table.setFocus()
    QTest.keyClick(plan_tab.table, Qt.Key.Key_Return)  # Enter opens the selected one
    assert len(shown) == 1
    assert "H02" in seen[0] and "不合格" in seen[0]
    assert store.inspections.get(inspection_uuid).state == "in_progress"
    assert plan_tab.selected().answered == 4  # the list shows the progress

    # second visit: the draft reopens at the first unanswered; finishing is refused
    def second_visit(dialog: FillDialog):
        assert dialog.current_code() == "H05"
        assert dialog.item_view.note_edit.text() == "插座发热"
        press(qtbot, dialog, Qt.Key.Key_PageDown)
        press(qtbot, dialog, Qt.Key.Key_1)  # H06
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
        missing = store.inspections.unanswered(inspection_uuid)
        assert dialog.message.text() == f"还有 {len(missing)} 项未检查：{'、'.join(missing)}"
        assert dialog.current_code() == "H05" == missing[0]
        assert dialog.isVisible()
        while dialog.first_unanswered() >= 0:
            code = dialog.current_code()
            key = Qt.Key.Key_3 if code == "H08" else Qt.Key.Key_1
            press(qtbot, dialog, key)
            assert stored_items(db_path, inspection_uuid)[code][0] == (
                "not_applicable" if code == "H08" else "pass")
        assert "Alt+F" in dialog.message.text()
        shot(dialog, "fill_done", "zh")
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)

    finish_views: list[str] = []

    def finishing(dialog: FinishDialog):
        assert dialog.deadline_edit.isVisible()  # something failed
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
        assert dialog.finished is None
        assert dialog.deadline_error.isVisible()
        assert "H04" in dialog.deadline_error.text()
        assert dialog.deadline_edit.styleSheet() == INVALID_STYLE
        assert store.inspections.get(inspection_uuid).state == "in_progress"
        draw(dialog.customer_pad, [(20, 30), (80, 60), (140, 40), (200, 70)])
        draw(dialog.customer_pad, [(60, 20), (60, 90)])
        draw(dialog.inspector_pad, [(30, 50), (120, 55), (180, 30)])
        type_text(qtbot, dialog.deadline_edit,
                  (dt.date.today() + dt.timedelta(days=15)).isoformat())
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
        assert dialog.finished is not None
        finish_views.append(dialog.result_view.result_label.text())
        finish_views.append(dialog.result_view.hazards_label.text())
        assert dialog.result_view.customer_signature.pixmap().width() > 0
        shot(dialog, "finish_result", "zh")
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)  # 关闭

    answer_dialogs(monkeypatch, FillDialog, second_visit, shown)
    answer_dialogs(monkeypatch, FinishDialog, finishing, [])
    QTest.keyClick(plan_tab.table, Qt.Key.Key_Return)
    assert finish_views[0] == "检查结果：不合格"
    assert "H02" in finish_views[1] and "H04" in finish_views[1]
    finished = store.inspections.get(inspection_uuid)
    assert (finished.state, finished.result) == ("finished", "fail")
    assert finished.rectification_deadline == (dt.date.today()
                                               + dt.timedelta(days=15)).isoformat()
    customer = strokes_of(finished.customer_signature)
    assert [len(s) for s in customer] == [4, 2]
    assert all(0 <= x <= 1 and 0 <= y <= 1 for s in customer for x, y in s)
    assert len(strokes_of(finished.inspector_signature)) == 1
    assert plan_tab.selected().inspection.result == "fail"

    # the hazards: on the 隐患 tab and on the household's panel
    page.tabs.setCurrentIndex(HAZARDS)
    hazards_tab = page.hazards_tab
    codes = {hazards_tab.model.hazard_row(r).hazard.item_code
             for r in range(hazards_tab.model.rowCount())}
    assert codes == {"H02", "H04"}
    panel = HouseholdHazardsPanel(Session(store))
    qtbot.addWidget(panel)
    panel.set_household(household.uuid, household.name)
    assert "未消除 2 项" in panel.text.text() and "H04" in panel.text.text()

    # 复查: a linked inspection of only the open items; passing them closes the hazards
    hazards_tab.table.selectRow(0)
    qtbot.mouseClick(hazards_tab.reinspect_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == PLAN
    again = page.plan_tab.selected().inspection
    assert again.reinspection_of == inspection_uuid and again.state == "planned"

    def reinspection(dialog: FillDialog):
        assert [dialog.item_list.item(r).text().split()[0]
                for r in range(dialog.item_list.count())] == ["H02", "H04"]
        press(qtbot, dialog, Qt.Key.Key_1)
        press(qtbot, dialog, Qt.Key.Key_1)
        assert {code: a for code, (a, _) in stored_items(db_path, again.uuid).items()} == {
            "H02": "pass", "H04": "pass"}
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)

    def finishing_again(dialog: FinishDialog):
        assert not dialog.deadline_edit.isVisible()  # nothing failed
        draw(dialog.inspector_pad, [(30, 50), (120, 55)])
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
        assert dialog.result_view.result_label.text() == "检查结果：合格"
        assert "本次复查消除的隐患（2 项）" in dialog.result_view.hazards_label.text()
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)

    answer_dialogs(monkeypatch, FillDialog, reinspection, [])
    answer_dialogs(monkeypatch, FinishDialog, finishing_again, [])
    qtbot.mouseClick(page.plan_tab.start_button, Qt.MouseButton.LeftButton)
    assert store.inspections.get(again.uuid).result == "pass"
    for hazard in store.hazards.listing():
        assert hazard.hazard.status == "closed"
        assert hazard.hazard.closed_in == again.uuid
        assert hazard.hazard.closed_at.startswith(dt.datetime.now(dt.timezone.utc)
                                                  .date().isoformat()[:4])
    page.tabs.setCurrentIndex(HAZARDS)
    assert hazards_tab.model.rowCount() == 0  # 仅未消除
    hazards_tab.open_check.setChecked(False)
    assert hazards_tab.model.rowCount() == 2
    panel.refresh()
    assert "没有未消除的安全隐患" in panel.text.text()


def test_a_charger_checklist_needs_a_request_and_a_request_number_plans_it(
        qtbot, monkeypatch, store, household, page):
    refused: list[str] = []

    def without_request(dialog: PlanDialog):
        type_text(qtbot, dialog.household_edit, household.account_no)
        dialog.choose_kind("charger")
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
        refused.append(dialog.form._fields["request_uuid"][1].text())
        assert dialog.saved is None

    answer_dialogs(monkeypatch, PlanDialog, without_request, [])
    qtbot.mouseClick(page.plan_tab.new_button, Qt.MouseButton.LeftButton)
    assert refused == ["充电桩安装检查须填写报装编号"]
    assert page.plan_tab.model.rowCount() == 0

    request = store.charger_requests.accept(new_request(household))
    plan_by_dialog(qtbot, monkeypatch, page, "", "charger", request.request_no)
    planned = page.plan_tab.selected().inspection
    assert (planned.request_uuid, planned.household_uuid) == (request.uuid, household.uuid)
    assert page.plan_tab.selected().request_no == request.request_no


def test_the_date_navigator_and_the_records_search(qtbot, store, household, page):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    store.inspections.plan(Inspection(template_key="household_safety", template_version=1,
                                      household_uuid=household.uuid,
                                      planned_on=tomorrow.isoformat(),
                                      planned_window="14:00-17:00"))
    page.refresh()
    assert page.plan_tab.model.rowCount() == 0  # today
    QTest.keyClick(page.plan_tab, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.plan_tab.day() == tomorrow
    assert page.plan_tab.model.rowCount() == 1
    assert page.plan_tab.model.index(0, 1).data() == "14:00-17:00"
    qtbot.mouseClick(page.plan_tab.today_button, Qt.MouseButton.LeftButton)
    assert page.plan_tab.model.rowCount() == 0

    page.tabs.setCurrentIndex(RECORDS)
    records = page.records_tab
    assert records.model.rowCount() == 1
    type_text(qtbot, records.search_edit, "没有这个人")
    qtbot.waitUntil(lambda: records.model.rowCount() == 0)
    records.search_edit.clear()
    type_text(qtbot, records.search_edit, household.name)
    qtbot.waitUntil(lambda: records.model.rowCount() == 1)
    records.state_filter.setCurrentIndex(records.state_filter.findData("finished"))
    assert records.model.rowCount() == 0


def test_a_photo_that_is_not_a_picture_is_refused_and_a_picture_is_kept(
        qtbot, store, db_path, household, tmp_path):
    planned = store.inspections.plan(Inspection(
        template_key="household_safety", template_version=1, household_uuid=household.uuid,
        planned_on=dt.date.today().isoformat()))
    dialog = FillDialog(Session(store), planned.uuid)
    qtbot.addWidget(dialog)
    text = tmp_path / "note.png"
    text.write_text("not a picture")
    assert not dialog.attach_photo(str(text))
    assert "note.png" in dialog.message.text()
    picture = tmp_path / "meter.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(picture))
    assert dialog.attach_photo(str(picture))
    with Store.open(db_path, operator="reader") as other:
        item = other.inspections.items.of(planned.uuid)[0]
    assert item.code == "H01" and len(item.photo_hash) == 64
    assert store.files.path(item.photo_hash) is not None


# -- signatures --------------------------------------------------------------------------------
def non_white(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) != white)


def test_render_signature_draws_strokes_and_nothing_for_none(qapp):
    strokes = json.dumps([[[0.1, 0.2], [0.5, 0.8], [0.9, 0.3]], [[0.5, 0.5]]])
    drawn = render_signature(strokes, 200, 80)
    assert (drawn.width(), drawn.height()) == (200, 80)
    assert non_white(drawn) > 150
    assert drawn.pixelColor(60, 40) != QColor("white")  # on the first stroke, half way
    assert drawn.pixelColor(5, 75) == QColor("white")  # far from every stroke
    for empty in ("", "[]", "not json"):
        blank = render_signature(empty, 120, 50)
        assert (blank.width(), blank.height()) == (120, 50) and non_white(blank) == 0


def test_a_pen_signs_the_pad_like_the_mouse_and_clear_empties_it(qtbot):
    from PySide6.QtGui import QPointingDevice, QTabletEvent

    from fieldapp.ui.inspections.signature_pad import SignaturePad

    pad = SignaturePad("签名")
    qtbot.addWidget(pad)
    pad.show()
    device = QPointingDevice.primaryPointingDevice()
    for kind, (x, y), buttons in (
            (QEvent.Type.TabletPress, (0, 0), Qt.MouseButton.LeftButton),
            (QEvent.Type.TabletMove, (pad.width() - 1, (pad.height() - 1) / 2),
             Qt.MouseButton.LeftButton),
            (QEvent.Type.TabletRelease, (pad.width() - 1, pad.height() - 1),
             Qt.MouseButton.NoButton)):
        QApplication.sendEvent(pad, QTabletEvent(
            kind, device, QPointF(x, y), pad.mapToGlobal(QPointF(x, y)), 0.5, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons))
    assert json.loads(pad.signature()) == [[[0, 0], [1, 0.5], [1, 1]]]
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.signature() == "" and pad.is_empty()


# -- screens ------------------------------------------------------------------------------------
@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    fieldapp_app.register_cjk_font(qapp)
    fieldapp_app.install_translations(qapp, request.param)
    set_language(request.param)
    return request.param


def test_every_tab_and_the_fill_dialog_are_grabbed(qtbot, store, household, community,
                                                   language):
    from .conftest import make_household
    from .test_layout import cut_texts

    elder = store.households.save(make_household(
        community, account_no="0330054321", name="李阿婆", mobile="13912345678",
        id_number="", room="302", tags=(Tag.ELDERLY_ALONE,)))
    today = dt.date.today().isoformat()
    failed = store.inspections.plan(Inspection(
        template_key="household_safety", template_version=1, household_uuid=elder.uuid,
        planned_on=today, planned_window="09:00-11:30", inspector="王工"))
    for item in store.inspections.start(failed.uuid) and store.inspections.items.of(
            failed.uuid):
        store.inspections.answer(failed.uuid, item.code,
                                 "fail" if item.code in ("H02", "H04") else "pass")
    store.inspections.finish(failed.uuid, deadline=(dt.date.today() + dt.timedelta(days=10))
                             .isoformat())
    draft = store.inspections.plan(Inspection(
        template_key="household_safety", template_version=1, household_uuid=household.uuid,
        planned_on=today, planned_window="14:00-17:00", inspector="王工"))
    store.inspections.answer(draft.uuid, "H01", "pass")
    page = InspectionsPage(Session(store))
    qtbot.addWidget(page)
    page.resize(*SIZE)
    page.show()
    qtbot.waitExposed(page)
    for index, name in ((PLAN, "plan"), (RECORDS, "records"), (HAZARDS, "hazards")):
        page.tabs.setCurrentIndex(index)
        page.tabs.currentWidget().table.selectRow(0)
        qtbot.wait(20)
        shot(page, name, language)
        assert cut_texts(page) == [], name
    hazards = page.hazards_tab.model
    assert hazards.rowCount() == 2
    assert hazards.index(0, 1).data() == Tag.ELDERLY_ALONE.label  # care-tagged first
    plan = PlanDialog(Session(store), household_uuid=household.uuid)
    qtbot.addWidget(plan)
    plan.show()
    qtbot.waitExposed(plan)
    assert plan.household_edit.text() == f"{household.name}（{household.account_no}）"
    assert plan.template_combo.currentData() == ("household_safety", 1)
    shot(plan, "plan_dialog", language)
    assert cut_texts(plan) == []
    dialog = FillDialog(Session(store), draft.uuid)
    qtbot.addWidget(dialog)
    dialog.resize(*SIZE)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.current_code() == "H02"
    shot(dialog, "fill", language)
    assert cut_texts(dialog) == []


# -- the other pages' parts ---------------------------------------------------------------------
def failed_inspection(store, household, failing=("H02", "H04"), days=10) -> Inspection:
    planned = store.inspections.plan(Inspection(
        template_key="household_safety", template_version=1, household_uuid=household.uuid,
        planned_on=dt.date.today().isoformat(), inspector="王工"))
    store.inspections.start(planned.uuid)
    for item in store.inspections.items.of(planned.uuid):
        store.inspections.answer(planned.uuid, item.code,
                                 "fail" if item.code in failing else "pass")
    return store.inspections.finish(planned.uuid, deadline=(
        dt.date.today() + dt.timedelta(days=days)).isoformat())


def test_the_household_page_shows_open_hazards_and_overdue_ones_in_red(
        qtbot, store, household, page):
    import dataclasses

    from fieldapp.ui.households.page import HouseholdsPage
    from fieldapp.ui.inspections import models, texts

    inspection = failed_inspection(store, household)
    late = next(h for h in store.hazards.open_of(inspection.uuid) if h.item_code == "H02")
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    store.hazards.save(dataclasses.replace(late, deadline=yesterday))
    households = HouseholdsPage(Session(store))
    qtbot.addWidget(households)
    households.show()
    households.select_uuid(household.uuid)
    text = households.hazards_panel.text.text()
    assert "未消除 2 项" in text and "H04" in text
    assert f"color:{texts.OVERDUE_COLOR}'>H02" in text and "已超期" in text

    page.refresh()
    page.tabs.setCurrentIndex(HAZARDS)
    tab = page.hazards_tab
    assert tab.model.rowCount() == 2
    overdue_row = tab.model.row_of(late.uuid)
    assert tab.model.index(overdue_row, models.H_DEADLINE).data().endswith("（已超期）")
    assert tab.model.index(overdue_row, 0).data(Qt.ItemDataRole.ForegroundRole).color() \
        == QColor(texts.OVERDUE_COLOR)
    assert "1 项超期" in tab.status.text()
    qtbot.mouseClick(tab.overdue_check, Qt.MouseButton.LeftButton)
    assert [tab.model.hazard_row(r).hazard.item_code
            for r in range(tab.model.rowCount())] == ["H02"]


def test_the_requests_page_plans_then_opens_the_request_charger_inspection(
        qtbot, monkeypatch, store, household):
    from fieldapp.ui.requests.page import RequestsPage

    request = store.charger_requests.accept(new_request(household))
    requests = RequestsPage(Session(store))
    qtbot.addWidget(requests)
    requests.resize(*SIZE)
    requests.show()
    qtbot.waitExposed(requests)
    assert not requests.inspect_button.isVisible()  # nothing selected
    requests.select_uuid(request.uuid)
    assert requests.inspect_button.isVisible()

    def plan(dialog: PlanDialog):
        assert dialog.request_edit.text() == request.request_no
        assert dialog.household_edit.text().startswith(household.name)
        assert dialog.template_combo.currentData() == ("charger_install", 1)
        qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)

    answer_dialogs(monkeypatch, PlanDialog, plan, [])
    qtbot.mouseClick(requests.inspect_button, Qt.MouseButton.LeftButton)
    rows = store.inspections.listing(request_uuid=request.uuid)
    assert [(r.inspection.template_key, r.inspection.state) for r in rows] == [
        ("charger_install", "planned")]

    opened: list[str] = []
    answer_dialogs(monkeypatch, FillDialog, lambda d: opened.append(d.current_code()), [])
    qtbot.mouseClick(requests.inspect_button, Qt.MouseButton.LeftButton)
    assert opened == ["C01"]
    assert len(store.inspections.listing(request_uuid=request.uuid)) == 1  # opened, not new
    assert store.inspections.get(rows[0].inspection.uuid).state == "in_progress"


def test_the_finish_dialog_and_the_result_are_grabbed(qtbot, store, household, language):
    from fieldapp.ui.inspections.opening import ResultDialog
    from fieldapp.ui.inspections.texts import FAIL_COLOR

    from .test_layout import cut_texts

    planned = store.inspections.plan(Inspection(
        template_key="household_safety", template_version=1, household_uuid=household.uuid,
        planned_on=dt.date.today().isoformat()))
    store.inspections.start(planned.uuid)
    for item in store.inspections.items.of(planned.uuid):
        store.inspections.answer(planned.uuid, item.code,
                                 "fail" if item.code in ("H04", "H09") else "pass")
    session = Session(store)
    items = store.inspections.items.of(planned.uuid)
    dialog = FinishDialog(session, planned, items,
                          store.inspections.template_of(planned))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    draw(dialog.customer_pad, [(30, 60), (90, 30), (150, 80), (230, 40)])
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)  # no deadline
    assert dialog.deadline_error.isVisible() and "H04" in dialog.deadline_error.text()
    shot(dialog, "finish_refused", language)
    assert cut_texts(dialog) == []
    qtbot.mouseClick(dialog.findChildren(type(dialog.finish_button))[0],
                     Qt.MouseButton.LeftButton)  # the first quick deadline: 7 days
    assert dialog.deadline_edit.text() == (dt.date.today()
                                           + dt.timedelta(days=7)).isoformat()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.finished is not None and dialog.finished.result == "fail"
    assert FAIL_COLOR in dialog.result_view.result_label.styleSheet()
    shot(dialog, "finish_result", language)
    assert cut_texts(dialog) == []
    result = ResultDialog(session, store.inspections.get(planned.uuid))
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    assert "H09" in result.view.hazards_label.text()
    assert result.view.inspector_signature.pixmap().isNull()  # not signed: the text shows
    shot(result, "result", language)
