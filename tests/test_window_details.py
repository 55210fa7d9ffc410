"""The everyday details of the window: the status bar keeps the database and operator,
file dialogs start in a sensible folder, Qt's own strings follow the interface language,
the About box names only what exists, a form's error goes once its cause is fixed."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit
from PySide6.QtWidgets import QMessageBox as Box

from fieldapp import app as fieldapp_app
from fieldapp.domain.charger import ID_PROOF, PERMIT, DocState
from fieldapp.ui.exchange.import_flow import import_from_window
from fieldapp.ui.requests.dialog import RequestDialog
from fieldapp.ui.roster.import_flow import import_roster_from_window
from fieldapp.ui.shared import file_dialogs, preferences
from fieldapp.ui.shared.session import Session
from fieldapp.ui.window.main_window import MainWindow

from .ui_helpers import type_text


@pytest.fixture
def window(qapp, store, qtbot):
    store.set_operator("张三", "10023", "城东所-笔记本3")
    widget = MainWindow(Session(store), preferences.settings())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def status_bar_text(window: MainWindow) -> str:
    """What the status bar shows now: the passing message and every visible label."""
    bar = window.statusBar()
    labels = [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]
    return " | ".join([bar.currentMessage(), *labels])


# -- the status bar ----------------------------------------------------------------------
def test_database_and_operator_stay_in_the_status_bar_when_menus_pass_over(window, store):
    assert store.path.name in status_bar_text(window)
    assert "张三(10023)" in status_bar_text(window)
    # a menu entry under the mouse sends its status tip, which replaces the message
    QApplication.sendEvent(window, QStatusTipEvent(window.operator_action.statusTip()))
    assert window.statusBar().currentMessage() == "更换操作员的姓名、工号和设备名称"
    QApplication.sendEvent(window, QStatusTipEvent(""))  # leaving the menu clears it
    assert window.statusBar().currentMessage() == ""
    shown = status_bar_text(window)
    assert "张三(10023)" in shown and "城东所-笔记本3" in shown and store.device_id in shown
    assert store.path.name in shown
    assert window.path_label.toolTip() == str(store.path)
    assert window.path_label.text().startswith("数据库：")


def test_a_long_database_path_is_shortened_in_the_middle_not_widening_the_window(
        qapp, tmp_path, qtbot):
    from fieldapp.store import Store

    deep = tmp_path.joinpath(*["很长的文件夹名称"] * 12)
    deep.mkdir(parents=True)
    with Store.open(deep / "fieldapp.sqlite3", operator="t") as store:
        window = MainWindow(Session(store), preferences.settings())
        qtbot.addWidget(window)
        assert "…" in window.path_label.text()
        assert window.path_label.text().endswith("fieldapp.sqlite3")
        assert window.path_label.sizeHint().width() < 500


# -- file dialogs --------------------------------------------------------------------------
@pytest.fixture
def home(tmp_path, monkeypatch):
    """A user's home with Documents; the program runs from another folder."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    return folder


class Chooser:
    """Stands in for QFileDialog's static functions: records where each one started."""

    def __init__(self, monkeypatch, answer: str | list[str] = ""):
        self.started: list[str] = []
        self.answer = answer
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._one)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._many)

    def _one(self, parent, title, start, filters, *args):
        self.started.append(start)
        return (self.answer if isinstance(self.answer, str) else self.answer[0]), filters

    def _many(self, parent, title, start, filters, *args):
        self.started.append(start)
        return ([self.answer] if self.answer else []), filters


def test_dialogs_start_in_documents_then_in_the_last_used_folder(home, tmp_path,
                                                                 monkeypatch):
    chooser = Chooser(monkeypatch)
    assert file_dialogs.open_file(None, "t", "*.xlsx") == ""
    assert chooser.started == [str(home / "Documents")]
    assert Path.cwd().name == "program" and "program" not in chooser.started[0]
    used = tmp_path / "U盘" / "交换"
    used.mkdir(parents=True)
    chooser.answer = str(used / "fieldapp-A-1.xlsx")
    file_dialogs.open_files(None, "t", "*.xlsx")
    file_dialogs.open_file(None, "t", "*.xlsx")
    assert chooser.started[-1] == str(used)
    file_dialogs.save_file(None, "t", "报告.xlsx", "*.xlsx")
    assert chooser.started[-1] == str(used / "报告.xlsx")
    # remembered across windows (the preferences file), forgotten once the folder is gone
    assert preferences.get(preferences.settings(), file_dialogs.LAST_FOLDER) == str(used)
    used.rmdir()
    file_dialogs.open_file(None, "t", "*.xlsx")
    assert chooser.started[-1] == str(home / "Documents")


def test_without_documents_the_home_folder_is_offered_not_a_missing_folder_name(
        home, monkeypatch):
    (home / "Documents").rmdir()
    chooser = Chooser(monkeypatch)
    file_dialogs.open_file(None, "t", "*.xlsx")
    file_dialogs.save_file(None, "t", "x.xlsx", "*.xlsx")
    # Qt puts a missing folder's name into the file-name box and opens the working folder
    assert chooser.started == [str(home), str(home / "x.xlsx")]
    assert all(Path(start).is_dir() for start in chooser.started[:1])


def test_the_window_import_commands_start_in_the_last_used_folder(home, tmp_path, qapp,
                                                                  store, monkeypatch):
    used = tmp_path / "exchange"
    used.mkdir()
    file_dialogs.remember_folder(used / "one.xlsx")
    chooser = Chooser(monkeypatch)  # cancelled: nothing follows
    session = Session(store)
    import_from_window(None, session)
    import_roster_from_window(None, session)
    assert chooser.started == [str(used), str(used)]


# -- Qt's own strings ----------------------------------------------------------------------
def box_buttons() -> set[str]:
    box = Box()
    box.setStandardButtons(Box.StandardButton.Yes | Box.StandardButton.Cancel)
    texts = {button.text() for button in box.buttons()}
    box.deleteLater()
    return texts


def line_edit_menu() -> set[str]:
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    texts = {action.text().split("\t")[0] for action in menu.actions()}
    menu.deleteLater()
    edit.deleteLater()
    return texts


def test_qt_strings_follow_the_interface_language_and_can_change_in_process(qapp):
    fieldapp_app.install_translations(qapp, "zh")
    assert box_buttons() == {"是(&Y)", "取消"}
    assert "全选" in line_edit_menu() and "复制(&C)" in line_edit_menu()
    fieldapp_app.install_translations(qapp, "en")
    assert box_buttons() == {"&Yes", "Cancel"}
    assert "Select All" in line_edit_menu()
    fieldapp_app.install_translations(qapp, "zh")
    assert box_buttons() == {"是(&Y)", "取消"}


@pytest.mark.parametrize("system, language, native", [
    ("zh", "zh", True), ("en", "en", True), ("en", "zh", False), ("zh", "en", False)])
def test_system_dialogs_only_when_the_system_speaks_the_interface_language(
        qapp, monkeypatch, system, language, native):
    monkeypatch.setattr(fieldapp_app, "system_language", lambda: system)
    fieldapp_app.install_translations(qapp, language)
    assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs) is not native


# -- About ---------------------------------------------------------------------------------
def test_about_names_only_what_the_program_does(window, store):
    text = window.about_text()
    for built in ("住户", "小区", "充电桩报装", "交换文件", "花名册", str(store.path),
                  "张三(10023)"):
        assert built in text
    for not_yet in ("安全检查", "车库", "测距", "通知书", "打印"):
        assert not_yet not in text


# -- a request form's errors -------------------------------------------------------------
def test_a_request_form_error_goes_once_its_cause_is_fixed(qapp, store, household, qtbot):
    dialog = RequestDialog(Session(store), household_uuid=household.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    dialog.checklist.button(ID_PROOF, DocState.DEFERRED).click()
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert ui.parkingSpaceError.isVisible() and "车位" in ui.parkingSpaceError.text()
    assert ui.documentsError.isVisible()
    documents_error = ui.documentsError.text()
    type_text(qtbot, ui.vehicleEdit, "比亚迪")  # another field: both reasons stay
    assert ui.parkingSpaceError.isVisible() and ui.documentsError.text() == documents_error
    type_text(qtbot, ui.parkingSpaceEdit, "B2-018")
    assert not ui.parkingSpaceError.isVisible()
    assert ui.parkingSpaceEdit.styleSheet() == ""
    assert ui.documentsError.isVisible()  # still missing
    assert "身份证明" in documents_error and "允许施工证明" in documents_error
    dialog.checklist.button(ID_PROOF, DocState.PROVIDED).click()
    assert ui.documentsError.isVisible()  # checked again: only the permit is missing now
    assert "身份证明" not in ui.documentsError.text()
    assert "允许施工证明" in ui.documentsError.text()
    dialog.checklist.button(PERMIT, DocState.PROVIDED).click()
    assert not ui.documentsError.isVisible()
    assert ui.documentsFrame.styleSheet() == ""


def test_a_refusal_made_from_other_records_stays_until_its_field_is_edited(
        qapp, store, household, qtbot):
    from .test_ui_requests import accepted_request

    accepted_request(store, household, space="B2-001")
    dialog = RequestDialog(Session(store), household_uuid=household.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    type_text(qtbot, ui.parkingSpaceEdit, "B2-001")
    for kind in (ID_PROOF, PERMIT):
        dialog.checklist.button(kind, DocState.PROVIDED).click()
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert ui.parkingSpaceError.isVisible() and "B2-001" in ui.parkingSpaceError.text()
    type_text(qtbot, ui.vehicleEdit, "比亚迪")
    assert ui.parkingSpaceError.isVisible()  # the space is still taken
    qtbot.keyClick(ui.parkingSpaceEdit, Qt.Key.Key_Backspace)
    type_text(qtbot, ui.parkingSpaceEdit, "2")
    assert not ui.parkingSpaceError.isVisible()
