"""The households page as a user drives it: type, add, see refusals, edit, delete."""
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp import demo
from fieldapp.ui.households import model as columns
from fieldapp.ui.households.dialog import HouseholdDialog
from fieldapp.ui.households.page import HouseholdsPage
from fieldapp.ui.shared.session import Session

from .ui_helpers import Answers, type_text


@pytest.fixture
def page(qtbot, store):
    demo.generate(store, 300, seed=2)
    widget = HouseholdsPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def shown_names(page):
    model = page.model
    return [model.index(r, columns.NAME).data() for r in range(model.rowCount())]


def fill(qtbot, dialog, **fields):
    ui = dialog.ui
    widgets = {"account_no": ui.accountNoEdit, "name": ui.nameEdit, "mobile": ui.mobileEdit,
               "id_number": ui.idNumberEdit, "room": ui.roomEdit, "address": ui.addressEdit}
    for field, text in fields.items():
        if field == "community":
            ui.communityCombo.setEditText(text)
            continue
        widgets[field].clear()
        type_text(qtbot, widgets[field], text)


def test_typing_in_the_search_box_filters_as_you_type(qtbot, page, store):
    target = store.conn.execute("SELECT name FROM households WHERE length(name) = 2 LIMIT 1"
                                ).fetchone()[0]
    type_text(qtbot, page.search_edit, target)
    qtbot.waitUntil(lambda: page.model.rowCount() < 300, timeout=2000)
    assert shown_names(page) and all(target in name for name in shown_names(page))
    assert "找到" in page.status.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=2000)
    assert page.status.text() == "共 300 户"


def test_community_filter(qtbot, page, store):
    uuid, name = store.communities.names()[0]
    page.community_filter.setCurrentIndex(page.community_filter.findData(uuid))
    expected = store.conn.execute("SELECT count(*) FROM households WHERE community_uuid = ?",
                                  (uuid,)).fetchone()[0]
    assert page.model.rowCount() == expected > 0
    assert {page.model.index(r, columns.COMMUNITY).data()
            for r in range(page.model.rowCount())} == {name}


def test_add_a_household_through_the_form(qtbot, page, store, monkeypatch):
    community = store.communities.names()[0][1]

    def user_fills_in(dialog):
        dialog.show()
        fill(qtbot, dialog, account_no="0099887766", name="林小雨", mobile="13912345678",
             id_number="11010519491231002x", community=community, room="1203")
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # Enter saves
        return dialog.result()

    monkeypatch.setattr(HouseholdDialog, "exec", user_fills_in)
    page.add_button.click()
    saved = store.households.by_account_no("0099887766")
    assert saved is not None and saved.name == "林小雨"
    assert saved.id_number == "11010519491231002X" and saved.room == "1203"
    assert page.model.rowCount() == 301
    assert page.selected().name == "林小雨"  # the new row is selected


def test_a_wrong_id_number_is_shown_at_the_field_and_nothing_is_written(qtbot, page, store):
    dialog = HouseholdDialog(page._session, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, account_no="0099887766", name="林小雨", id_number="110105194912310021",
         mobile="1391234", community=store.communities.names()[0][1])
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()  # still open, nothing lost
    assert dialog.ui.idNumberError.isVisible()
    assert "校验位" in dialog.ui.idNumberError.text()
    assert "11 位" in dialog.ui.mobileError.text()
    assert not dialog.ui.nameError.isVisible()
    assert store.households.by_account_no("0099887766") is None
    # correcting the field and saving again works
    fill(qtbot, dialog, id_number="11010519491231002X", mobile="13912345678")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert store.households.by_account_no("0099887766").mobile == "13912345678"


def test_an_empty_required_field_is_refused(qtbot, page, store):
    dialog = HouseholdDialog(page._session, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.accountNoError.text() == "请填写户号"
    assert dialog.ui.nameError.text() == "请填写姓名"
    assert dialog.ui.communityError.text() == "请填写小区"
    assert dialog.focusWidget() is dialog.ui.accountNoEdit


def test_escape_cancels_without_saving(qtbot, page, store):
    dialog = HouseholdDialog(page._session, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.nameEdit, "不保存")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.households.count() == 300


def test_edit_the_selected_household(qtbot, page, store, monkeypatch):
    page.table.selectRow(0)
    row = page.selected()

    def user_renames(dialog):
        dialog.show()
        fill(qtbot, dialog, name="改过的名字")
        qtbot.keyClick(dialog.ui.mobileEdit, Qt.Key.Key_Enter)
        return dialog.result()

    monkeypatch.setattr(HouseholdDialog, "exec", user_renames)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    stored = store.households.get(row.uuid)
    assert stored.name == "改过的名字" and stored.rev == row.rev + 1
    assert "改过的名字" in shown_names(page)


def test_double_click_opens_the_form_once(qtbot, page, monkeypatch):
    opened = []
    monkeypatch.setattr(HouseholdDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    table = page.table
    rect = table.visualRect(page.model.index(2, columns.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    assert opened[0].ui.nameEdit.text() == page.model.index(2, columns.NAME).data()


def test_delete_asks_first_and_then_removes(qtbot, page, store, monkeypatch):
    answers = Answers(monkeypatch)
    # the first household without charger requests (those refuse to be deleted)
    page.table.selectRow(next(n for n in range(page.model.rowCount())
                              if not store.charger_requests.count_of_household(
                                  page.model.household_row(n).uuid)))
    row = page.selected()
    answers.answer = answers.answer.No
    page.delete_button.click()
    assert store.households.get(row.uuid) is not None and row.name in answers.asked[0]
    answers.answer = answers.answer.Yes
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.households.get(row.uuid) is None
    assert page.model.rowCount() == 299


def test_history_shows_old_and_new_values(qtbot, page, store, monkeypatch):
    page.table.selectRow(0)
    row = page.selected()
    household = store.households.get(row.uuid)
    household.name = "新名字"
    page._session.save_household(household)
    page.table.selectRow(page.model.row_of(row.uuid))
    shown = []
    from fieldapp.ui.shared.history_dialog import HistoryDialog
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self))
    page.history_button.click()
    table = shown[0].table
    cells = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert ["修改", "姓名", row.name, "新名字"] == cells[0][2:]
    assert any(c[2] == "新建" and c[3] == "身份证号" and "****" in c[5] for c in cells) or \
        not household.id_number


def test_buttons_need_a_selection(qtbot, page):
    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.table.selectRow(3)
    assert page.edit_button.isEnabled() and page.history_button.isEnabled()


def test_history_names_a_record_that_arrived_by_import(qtbot, tmp_path, monkeypatch):
    from fieldapp import demo
    from fieldapp.exchange.export import export_workbook
    from fieldapp.exchange.importer import apply_plan, plan_import
    from fieldapp.store import Store
    from fieldapp.ui.shared.history_dialog import HistoryDialog

    with Store.open(tmp_path / "laptop.sqlite3", operator="am") as laptop, \
            Store.open(tmp_path / "office.sqlite3", operator="sup") as office:
        demo.generate(laptop, 5, seed=3)
        book = export_workbook(laptop, tmp_path / "a.xlsx").path
        apply_plan(office, plan_import(office, [book]))
        uuid, name = office.conn.execute("SELECT uuid, name FROM households").fetchone()
        dialog = HistoryDialog(name, office.audit.history(uuid))
        qtbot.addWidget(dialog)
        table = dialog.table
        cells = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
        assert cells and all(row[1] == "sup" and row[2] == "导入" for row in cells)
        assert ["姓名", "—", name] == [c for c in cells if c[3] == "姓名"][0][3:]


def test_the_list_is_read_once_when_the_page_opens_in_name_order(qtbot, store, monkeypatch):
    """A million households take a while to list: opening the page reads them once,
    already in the order the header shows (by name), not once per sort set up."""
    demo.generate(store, 50, seed=4)
    queries = []
    ids = type(store.households).ids
    monkeypatch.setattr(type(store.households), "ids",
                        lambda self, query: queries.append(query) or ids(self, query))
    widget = HouseholdsPage(Session(store))
    qtbot.addWidget(widget)
    assert [(q.sort, q.descending) for q in queries] == [("name", False)]
    header = widget.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        columns.NAME, Qt.SortOrder.AscendingOrder)
    assert widget.model.rowCount() == 50


def test_the_window_starts_without_loading_the_pdf_library():
    """reportlab takes a tenth of a second to load: it waits for the first notice."""
    code = ("import sys; import fieldapp.ui.window.main_window; "
            "print(sorted(m for m in sys.modules if m.startswith('reportlab')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
