"""Charger requests (充电桩报装) as a user drives them: the form, the list, the workflow
buttons, deferred documents, the summary, and the hooks in the other pages."""
import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from fieldapp.domain.charger import ChargerRequest, DocState, RequestDocument, Status
from fieldapp.domain.records import Community
from fieldapp.store import charger_requests as store_requests
from fieldapp.ui.communities.dialog import CommunityDialog
from fieldapp.ui.households.page import HouseholdsPage
from fieldapp.ui.requests import model as columns
from fieldapp.ui.requests.dialog import RequestDialog
from fieldapp.ui.requests.page import RequestsPage
from fieldapp.ui.requests.stage_dialog import StageDialog
from fieldapp.ui.shared.history_dialog import HistoryDialog
from fieldapp.ui.shared.session import Session

from .conftest import make_household
from .inspection_helpers import pass_charger_inspection
from .test_charger import details_for
from .ui_helpers import Answers, type_text


class Clock:
    """The store's idea of now, moved by the test (the window reads the real time)."""

    def __init__(self, monkeypatch, start: dt.datetime):
        self.now = start
        monkeypatch.setattr(store_requests, "_now", lambda now=None: now or self.now)

    def advance(self, days: float) -> None:
        self.now += dt.timedelta(days=days)


@pytest.fixture
def session(store):
    return Session(store)


@pytest.fixture
def page(qtbot, session):
    widget = RequestsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def open_form(qtbot, session, **kwargs) -> RequestDialog:
    dialog = RequestDialog(session, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pick_household(qtbot, dialog, text: str) -> None:
    """Type into the household field and take the first match from the popup."""
    type_text(qtbot, dialog.ui.householdEdit, text)
    popup = dialog.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def fill(qtbot, dialog, parking_space: str, documents: dict[str, DocState]) -> None:
    dialog.ui.parkingSpaceEdit.clear()
    type_text(qtbot, dialog.ui.parkingSpaceEdit, parking_space)
    for kind, state in documents.items():
        dialog.checklist.button(kind, state).click()


def save(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def accepted_request(store, household, space="B2-001", **fields) -> ChargerRequest:
    documents = [RequestDocument(kind="id_proof"), RequestDocument(kind="permit")]
    return store.charger_requests.accept(ChargerRequest(
        household_uuid=household.uuid, parking_space=space, documents=documents, **fields))


def answer_stages(monkeypatch, when=lambda: None, reasons=()) -> None:
    """Every stage dialog answered with what a user would enter at `when()` (now), and
    a hold or cancel with the next of `reasons`; see test_ui_request_stages.py for the
    dialog's own fields."""
    reasons = iter(reasons)

    def exec_(dialog):
        details = details_for(dialog._target, when())
        if "status_reason" in dialog.fields:
            details["status_reason"] = next(reasons)
        dialog.values = lambda: dict(details)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(StageDialog, "exec", exec_)


def cell(page, row: int, column: int) -> str:
    return page.model.index(row, column).data()


# -- the whole way through ----------------------------------------------------------------
def test_a_request_from_the_form_to_connection(qtbot, page, session, store, household,
                                               monkeypatch):
    clock = Clock(monkeypatch, dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=3.5))
    answers = Answers(monkeypatch)
    answer_stages(monkeypatch, lambda: clock.now)

    def user_takes_a_request(dialog):
        dialog.show()
        pick_household(qtbot, dialog, "张三")
        assert dialog.picker.uuid == household.uuid
        assert "户号 0330012345" in dialog.ui.householdInfo.text()
        assert "***" in dialog.ui.householdInfo.text()  # the room is masked
        fill(qtbot, dialog, "B2-017", {"id_proof": DocState.PROVIDED,
                                       "permit": DocState.PROVIDED,
                                       "parking_right": DocState.DEFERRED})
        type_text(qtbot, dialog.ui.vehicleEdit, "比亚迪 秦PLUS")
        qtbot.keyClick(dialog.ui.vehicleEdit, Qt.Key.Key_Return)  # Enter saves
        assert dialog.isVisible()  # … and shows the new number
        number = dialog.saved.request_no
        assert number in dialog.ui.requestNoLabel.text() and number in dialog.windowTitle()
        assert "车位产权证明" in dialog.ui.doneLabel.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter again closes
        assert not dialog.isVisible()
        return dialog.result()

    monkeypatch.setattr(RequestDialog, "exec", user_takes_a_request)
    page.add_button.click()
    stored = store.charger_requests.listing()[0].request
    request = store.charger_requests.get(stored.uuid)
    assert request.vehicle == "比亚迪 秦PLUS" and request.parking_space == "B2-017"
    assert {d.kind: d.state for d in request.documents}["parking_right"] == "deferred"

    # listed with its number and the deferred document, and selected
    assert page.model.rowCount() == 1
    assert cell(page, 0, columns.NUMBER) == request.request_no
    assert cell(page, 0, columns.HOUSEHOLD) == "张三"
    assert cell(page, 0, columns.DEFERRED) == "车位产权证明"
    assert page.selected().request.uuid == request.uuid
    assert "已受理 1" in page.summary.text()

    assert cell(page, 0, columns.STATUS) == "已受理·超期"  # 3.5 days against 1
    clock.advance(0.5)
    page.step_buttons[Status.SURVEYED].click()
    clock.advance(1.5)
    page.step_buttons[Status.PLAN_REPLIED].click()
    assert cell(page, 0, columns.STATUS) == "已答复方案"
    assert cell(page, 0, columns.STAGE_DAYS) == "1.5"

    # connecting waits for the deferred document
    connect = page.step_buttons[Status.CONNECTED]
    assert connect.isVisible() and not connect.isEnabled()
    assert "车位产权证明" in connect.toolTip()
    page.move_to(Status.CONNECTED)
    assert answers.warned == ["还有 1 份容缺材料未补齐：车位产权证明"]
    assert store.charger_requests.get(request.uuid).status == "plan_replied"

    clock.advance(0.5)
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a:
                        offered.append(items) or (items[0], True))
    page.supply_button.click()
    assert offered == [["车位产权证明"]]
    document = store.charger_requests.get(request.uuid).document("parking_right")
    assert document.state == "provided" and document.supplied_by == "tester"
    assert cell(page, 0, columns.DEFERRED) == ""
    assert not page.supply_button.isEnabled()

    clock.advance(1)
    assert not connect.isEnabled()  # the papers are in: now the safety check is missing
    assert "充电桩安装安全检查尚未通过" in connect.toolTip()
    pass_charger_inspection(store, request)  # the installation passed its safety check
    page.refresh()
    assert connect.isEnabled()
    connect.click()
    assert store.charger_requests.get(request.uuid).status == "connected"
    assert cell(page, 0, columns.STATUS) == "已装表接电"
    assert cell(page, 0, columns.CONNECTION_DAYS) == "3.5"
    assert page.step_buttons[Status.ARCHIVED].isVisible()
    text = page.summary.text()
    assert "已受理 0" in text and "超期 0" in text
    assert "本月接电 平均 3.5 天 中位 3.5 天 · 1 户" in text
    assert "累计接电 平均 3.5 天 中位 3.5 天 · 1 户" in text


# -- refusals in the form -------------------------------------------------------------------
def test_accepting_without_id_proof_is_refused_under_the_checklist(qtbot, session, store,
                                                                   household):
    dialog = open_form(qtbot, session, household_uuid=household.uuid)
    assert dialog.ui.householdEdit.text() == "张三（0330012345）"  # preset
    fill(qtbot, dialog, "B2-017", {"id_proof": DocState.DEFERRED,
                                   "permit": DocState.PROVIDED})
    save(dialog)
    assert dialog.isVisible()
    assert dialog.ui.documentsError.isVisible()
    assert "身份证明" in dialog.ui.documentsError.text()
    assert not dialog.ui.parkingSpaceError.isVisible()
    assert store.charger_requests.count() == 0
    # providing it accepts the request
    dialog.checklist.button("id_proof", DocState.PROVIDED).click()
    save(dialog)
    assert not dialog.ui.documentsError.isVisible()
    assert store.charger_requests.count() == 1


def test_a_form_without_a_household_names_every_problem(qtbot, session, store, household):
    dialog = open_form(qtbot, session)
    assert dialog.focusWidget() is dialog.ui.householdEdit
    save(dialog)
    assert "选择住户" in dialog.ui.householdError.text()
    assert dialog.ui.parkingSpaceError.text() == "请填写车位"
    assert "身份证明" in dialog.ui.documentsError.text()
    assert store.charger_requests.count() == 0


def test_typing_an_account_number_that_matches_one_household_picks_it(qtbot, session, store,
                                                                      household):
    dialog = open_form(qtbot, session)
    type_text(qtbot, dialog.ui.householdEdit, "0330012345")
    fill(qtbot, dialog, "B2-017", {"id_proof": DocState.PROVIDED,
                                   "permit": DocState.PROVIDED})
    save(dialog)
    assert dialog.saved is not None and dialog.saved.household_uuid == household.uuid


def test_a_parking_space_with_an_open_request_is_refused_at_the_field(qtbot, session, store,
                                                                     community, household):
    first = accepted_request(store, household, space="B2-017")
    neighbour = store.households.save(make_household(community, account_no="0330099999",
                                                     name="李四", id_number=""))
    dialog = open_form(qtbot, session, household_uuid=neighbour.uuid)
    fill(qtbot, dialog, "B2-017", {"id_proof": DocState.PROVIDED,
                                   "permit": DocState.PROVIDED})
    save(dialog)
    assert dialog.ui.parkingSpaceError.isVisible()
    assert dialog.ui.parkingSpaceError.text() == \
        f"车位 B2-017 已有未办结的报装 {first.request_no}"
    assert store.charger_requests.count() == 1


def test_an_expired_batch_certificate_is_shown_as_expired(qtbot, session, store, household,
                                                          community):
    store.communities.save(dataclasses.replace(
        community, permit_no="WZ-YJ-2026-0007", permit_valid_until="2025-01-31"))
    dialog = open_form(qtbot, session, household_uuid=household.uuid)
    label = dialog.checklist.batch_label
    assert label.isVisible()
    assert "WZ-YJ-2026-0007" in label.text() and "已于 2025-01-31 过期" in label.text()
    assert "#b3261e" in label.styleSheet()  # red
    assert not dialog.checklist.button("permit", DocState.NOT_NEEDED).isVisible()
    assert dialog.checklist.state("permit") is None
    fill(qtbot, dialog, "B2-017", {"id_proof": DocState.PROVIDED})
    save(dialog)
    assert "允许施工证明" in dialog.ui.documentsError.text()
    assert "过期" in dialog.ui.documentsError.text()
    assert store.charger_requests.count() == 0


def test_a_valid_batch_certificate_stands_in_for_the_permit(qtbot, session, store, household,
                                                            community):
    until = (dt.date.today() + dt.timedelta(days=200)).isoformat()
    store.communities.save(dataclasses.replace(
        community, permit_no="WZ-YJ-2026-0008", permit_valid_until=until,
        permit_issuer="幸福花园业主委员会"))
    dialog = open_form(qtbot, session, household_uuid=household.uuid)
    text = dialog.checklist.batch_label.text()
    assert f"小区批量证明 WZ-YJ-2026-0008 有效期至 {until}" in text
    assert "幸福花园业主委员会" in text
    assert dialog.checklist.state("permit") == DocState.NOT_NEEDED
    assert dialog.checklist.button("permit", DocState.NOT_NEEDED).text() == "用小区证明"
    fill(qtbot, dialog, "B2-017", {"id_proof": DocState.PROVIDED})
    save(dialog)
    assert dialog.saved is not None
    assert dialog.saved.document("permit").state == "not_needed"


def test_escape_cancels_and_the_tab_order_follows_the_form(qtbot, session, store, household):
    dialog = open_form(qtbot, session)
    ui = dialog.ui
    order = [ui.householdEdit]
    for _ in range(7):
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    assert order[:7] == [ui.householdEdit, ui.parkingSpaceEdit, ui.powerCombo, ui.phaseCombo,
                         ui.vehicleEdit, ui.channelCombo, ui.notesEdit]
    assert order[7] is dialog.checklist.button("id_proof", DocState.PROVIDED)
    type_text(qtbot, ui.parkingSpaceEdit, "B2-017")
    qtbot.keyClick(ui.parkingSpaceEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.charger_requests.count() == 0


def test_choosing_a_large_charger_switches_to_three_phase(qtbot, session, household):
    dialog = open_form(qtbot, session, household_uuid=household.uuid)
    combo = dialog.ui.powerCombo
    assert [combo.itemText(i) for i in range(combo.count())] == \
        ["3.5 kW", "7 kW", "11 kW", "21 kW"]
    assert combo.currentText() == "7 kW" and dialog.ui.phaseCombo.currentText() == "单相"
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert dialog.ui.phaseCombo.currentText() == "三相"


def test_editing_a_request_keeps_its_number_and_saves_changes(qtbot, session, store,
                                                              household):
    request = store.charger_requests.get(accepted_request(store, household).uuid)
    dialog = open_form(qtbot, session, request=request)
    assert request.request_no in dialog.ui.requestNoLabel.text()
    assert request.request_no in dialog.windowTitle()
    assert dialog.ui.parkingSpaceEdit.text() == "B2-001"
    dialog.ui.parkingSpaceEdit.clear()
    type_text(qtbot, dialog.ui.parkingSpaceEdit, "B2-002")
    save(dialog)
    assert not dialog.isVisible()
    assert store.charger_requests.get(request.uuid).parking_space == "B2-002"
    assert store.charger_requests.get(request.uuid).request_no == request.request_no


# -- the workflow on the page ---------------------------------------------------------------
def test_hold_needs_a_reason(qtbot, page, store, household, monkeypatch):
    answers = Answers(monkeypatch)
    request = accepted_request(store, household)
    page.refresh()
    page.table.selectRow(0)
    answer_stages(monkeypatch, reasons=["", "客户要求暂缓，车辆尚未提车"])
    hold = page.step_buttons[Status.ON_HOLD]
    assert hold.isVisible() and hold.isEnabled()
    hold.click()  # an empty reason keeps the dialog open: cancelled here
    assert answers.warned == []
    assert store.charger_requests.get(request.uuid).status == "accepted"
    hold.click()
    held = store.charger_requests.get(request.uuid)
    assert held.status == "on_hold" and held.status_reason == "客户要求暂缓，车辆尚未提车"
    assert cell(page, 0, columns.STATUS) == "暂停"
    assert "客户要求暂缓" in page.model.index(0, columns.STATUS).data(
        Qt.ItemDataRole.ToolTipRole)
    resume = page.step_buttons[Status.ACCEPTED]
    assert resume.isVisible() and "恢复办理（已受理）" in resume.text()
    answer_stages(monkeypatch)
    assert not hold.isVisible() and page.step_buttons[Status.CANCELLED].isVisible()
    resume.click()
    assert store.charger_requests.get(request.uuid).status == "accepted"


def test_cancelling_asks_for_a_reason_and_ends_the_request(qtbot, page, store, household,
                                                          monkeypatch):
    request = accepted_request(store, household)
    page.refresh()
    page.table.selectRow(0)
    answer_stages(monkeypatch, reasons=["客户撤回申请"])
    page.step_buttons[Status.CANCELLED].click()
    assert store.charger_requests.get(request.uuid).status == "cancelled"
    assert not any(b.isVisible() for b in page.step_buttons.values())
    assert page.edit_button.text() == "查看"


def test_a_stale_row_is_refused_with_the_store_message(qtbot, page, store, household,
                                                       monkeypatch):
    answers = Answers(monkeypatch)
    request = accepted_request(store, household)
    page.refresh()
    page.table.selectRow(0)
    store.charger_requests.transition(request.uuid, request.rev, Status.SURVEYED,  # elsewhere
                                      details=details_for(Status.SURVEYED))
    page.move_to(Status.SURVEYED)
    assert answers.warned and "已在别处被修改" in answers.warned[0]


def test_overdue_requests_are_flagged_and_filtered(qtbot, page, store, community, household):
    old = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=3)
    late = store.charger_requests.accept(ChargerRequest(
        household_uuid=household.uuid, parking_space="B2-001",
        documents=[RequestDocument(kind="id_proof"), RequestDocument(kind="permit"),
                   RequestDocument(kind="parking_right", state="deferred")]), now=old)
    other = store.households.save(make_household(community, account_no="0330099999",
                                                 name="李四", id_number=""))
    accepted_request(store, other, space="B2-002", channel="dealer")
    page.refresh()
    assert page.model.rowCount() == 2
    row = page.model.row_of(late.uuid)
    assert cell(page, row, columns.STATUS) == "已受理·超期"
    assert page.model.index(row, columns.NUMBER).data(
        Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert "超期 1" in page.summary.text()
    page.overdue_check.setChecked(True)
    assert [cell(page, r, columns.NUMBER) for r in range(page.model.rowCount())] == \
        [late.request_no]
    page.overdue_check.setChecked(False)
    page.deferred_check.setChecked(True)
    assert page.model.rowCount() == 1
    page.deferred_check.setChecked(False)
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("dealer"))
    assert [cell(page, r, columns.HOUSEHOLD) for r in range(page.model.rowCount())] == ["李四"]
    page.channel_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("surveyed"))
    assert page.model.rowCount() == 0
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    assert page.model.rowCount() == 2


def test_search_finds_by_number_name_account_and_space(qtbot, page, store, community,
                                                       household):
    request = accepted_request(store, household, space="B2-017")
    other = store.households.save(make_household(community, account_no="0330099999",
                                                 name="李四", id_number=""))
    accepted_request(store, other, space="B1-003")
    page.refresh()
    for text, expected in ((request.request_no, 1), ("李四", 1), ("0330012345", 1),
                           ("B1-003", 1), ("B", 2)):
        page.search_edit.clear()
        type_text(qtbot, page.search_edit, text)
        qtbot.waitUntil(lambda n=expected: page.model.rowCount() == n, timeout=2000)
    assert page.status.text() == "共 2 件"


def test_history_names_the_steps_and_documents(qtbot, page, store, household, monkeypatch):
    request = store.charger_requests.accept(ChargerRequest(
        household_uuid=household.uuid, parking_space="B2-001",
        documents=[RequestDocument(kind="id_proof"), RequestDocument(kind="permit"),
                   RequestDocument(kind="parking_right", state="deferred")]))
    store.charger_requests.transition(request.uuid, request.rev, Status.SURVEYED,
                                      details=details_for(Status.SURVEYED))
    store.charger_requests.supply_document(request.uuid, "parking_right")
    page.refresh()
    page.table.selectRow(0)
    shown = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self))
    page.history_button.click()
    table = shown[0].table
    cells = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert ["状态", "已受理", "已勘查"] in [c[3:] for c in cells]
    assert ["材料“车位产权证明”", "容缺", "已提供"] in [c[3:] for c in cells]
    assert any(c[3] == "住户" and c[5] == "张三（0330012345）" for c in cells)


# -- the other pages ------------------------------------------------------------------------
def test_the_households_page_shows_requests_and_starts_one(qtbot, session, store, household,
                                                           monkeypatch):
    request = store.charger_requests.accept(ChargerRequest(
        household_uuid=household.uuid, parking_space="B2-017",
        documents=[RequestDocument(kind="id_proof"), RequestDocument(kind="permit"),
                   RequestDocument(kind="parking_right", state="deferred")]))
    page = HouseholdsPage(session)
    qtbot.addWidget(page)
    page.show()
    panel = page.requests_panel
    assert not panel.new_button.isEnabled()
    page.table.selectRow(0)
    assert request.request_no in panel.text.text() and "B2-017" in panel.text.text()
    assert "待补齐容缺材料" in panel.text.text() and "车位产权证明" in panel.text.text()
    opened = []
    monkeypatch.setattr(RequestDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    panel.new_button.click()
    assert opened[0].picker.uuid == household.uuid
    asked = []
    panel.show_requests.connect(asked.append)
    panel.show_button.click()
    assert asked == ["0330012345"]
    # a supplied document disappears from the panel
    session.supply_document(request.uuid, "parking_right")
    assert "待补齐" not in panel.text.text()


def test_the_window_has_a_requests_page(qtbot, session, household):
    from fieldapp.ui.shared import preferences
    from fieldapp.ui.window.main_window import REQUESTS, MainWindow

    window = MainWindow(session, preferences.settings())
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.item(REQUESTS).text() == "充电桩报装"
    go = [a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+3"]
    assert [a.text() for a in go] == ["充电桩报装"]
    go[0].trigger()
    assert window.pages.currentWidget() is window.requests_page
    window.navigation.setCurrentRow(0)
    file_menu = window.menuBar().actions()[0].menu()
    assert "新建报装(&R)…" in [a.text() for a in file_menu.actions()]
    window.households_page.table.selectRow(0)
    window.households_page.requests_panel.show_requests.emit("0330012345")
    assert window.pages.currentWidget() is window.requests_page
    assert window.requests_page.search_edit.text() == "0330012345"


def test_the_community_form_records_who_issued_the_permit(qtbot, session, store):
    dialog = CommunityDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.nameEdit, "锦绣家园")
    type_text(qtbot, dialog.ui.permitNoEdit, "WZ-YJ-2026-0009")
    type_text(qtbot, dialog.ui.permitIssuerEdit, "锦绣家园业主委员会")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    saved = [c for c in store.communities.all() if c.name == "锦绣家园"][0]
    assert saved.permit_issuer == "锦绣家园业主委员会"
    edit = CommunityDialog(session, saved)
    qtbot.addWidget(edit)
    assert edit.ui.permitIssuerEdit.text() == "锦绣家园业主委员会"


def test_an_archived_request_opens_read_only(qtbot, session, store, household):
    request = accepted_request(store, household)
    for target in (Status.SURVEYED, Status.PLAN_REPLIED, Status.CONNECTED, Status.ARCHIVED):
        if target == Status.CONNECTED:
            pass_charger_inspection(store, request)
        request = store.charger_requests.transition(request.uuid, request.rev, target,
                                                    details=details_for(target))
    dialog = open_form(qtbot, session, request=store.charger_requests.get(request.uuid))
    assert not dialog.ui.fieldsWidget.isEnabled()
    assert "已归档" in dialog.ui.doneLabel.text()
    assert not dialog.save_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_a_community_without_a_batch_certificate_is_said_so(qtbot, session, store):
    community = store.communities.save(Community(name="锦绣家园"))
    household = store.households.save(make_household(community, id_number=""))
    dialog = open_form(qtbot, session, household_uuid=household.uuid)
    assert dialog.checklist.batch_label.text() == "小区没有批量施工证明"


def test_the_form_offers_the_powers_and_documents_of_the_settings(qtbot, session, store,
                                                                  household):
    settings = store.settings()
    store.save_settings(dataclasses.replace(settings, charger_powers_kw=(11.0, 21.0),
                                            optional_documents=("parking_lease",)))
    dialog = open_form(qtbot, session, household_uuid=household.uuid)
    combo = dialog.ui.powerCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["11 kW", "21 kW"]
    assert combo.currentText() == "11 kW"
    labels = [b.accessibleName() for b in dialog.checklist.buttons()
              if b.accessibleName().endswith("已提供")]
    assert labels == ["身份证明：已提供", "允许施工证明：已提供", "车位租赁合同：已提供"]


def test_the_requests_page_fills_in_when_first_shown(qtbot, session, store, household):
    accepted_request(store, household)
    hidden = RequestsPage(session)
    qtbot.addWidget(hidden)
    assert hidden.model.rowCount() == 0  # nothing read while nobody looks
    hidden.show()
    assert hidden.model.rowCount() == 1
    assert hidden.summary.text().startswith("已受理 1")
