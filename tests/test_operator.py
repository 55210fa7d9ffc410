"""Who is working: asked on first start, kept in the database, shown in the status bar,
written as updated_by and in the audit log; the CLI's --operator overrides it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from fieldapp import app as fieldapp_app
from fieldapp import cli
from fieldapp.domain.settings import Operator, operator_problems
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import Store
from fieldapp.ui.shared import preferences
from fieldapp.ui.shared.session import Session
from fieldapp.ui.window.main_window import MainWindow
from fieldapp.ui.window.operator_dialog import OperatorDialog

from .conftest import make_household
from .ui_helpers import Answers, answer_operator


def start_window(monkeypatch, qtbot, *argv) -> MainWindow:
    windows = []
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: QApplication.processEvents() or 0)
    assert fieldapp_app.main(list(argv)) == 0
    qtbot.addWidget(windows[0])
    return windows[0]


def test_first_start_asks_who_works_and_keeps_it_in_the_database(qapp, db_path, monkeypatch,
                                                                 qtbot):
    answers = Answers(monkeypatch, answer=QMessageBox.StandardButton.No)
    shown = answer_operator(monkeypatch, "张三", "10023", "城东所-笔记本3")
    window = start_window(monkeypatch, qtbot, "--db", str(db_path))
    assert len(shown) == 1 and "请填写您的姓名和工号" in shown[0]
    assert answers.asked  # the demo offer still follows
    assert window.operator_label.text() == "操作员：张三(10023)"
    assert "城东所-笔记本3" in window.device_label.text()
    with Store.open(db_path) as store:
        assert store.kept_operator() == Operator("张三", "10023")
        assert store.device_name == "城东所-笔记本3"
        assert store.operator == "张三(10023)"
        assert store.device_id in window.device_label.text()  # the identity is unchanged
    # the next start does not ask again
    shown.clear()
    start_window(monkeypatch, qtbot, "--db", str(db_path))
    assert shown == []


def test_a_declined_first_start_question_is_asked_again_and_said_in_the_status_bar(
        qapp, db_path, monkeypatch, qtbot):
    Answers(monkeypatch, answer=QMessageBox.StandardButton.No)
    shown = []

    def decline(dialog: OperatorDialog) -> int:
        shown.append(dialog)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(OperatorDialog, "exec", decline)
    window = start_window(monkeypatch, qtbot, "--db", str(db_path))
    assert window.operator_label.text().startswith("操作员：未设置")
    start_window(monkeypatch, qtbot, "--db", str(db_path))
    assert len(shown) == 2


def test_operator_on_the_command_line_of_the_window_is_not_asked_for(qapp, db_path,
                                                                    monkeypatch, qtbot):
    Answers(monkeypatch, answer=QMessageBox.StandardButton.No)
    window = start_window(monkeypatch, qtbot, "--db", str(db_path), "--operator", "巡检账号")
    assert window.operator_label.text() == "操作员：巡检账号"


def test_empty_or_malformed_fields_keep_the_dialog_open_with_the_field_marked(qapp, store,
                                                                             qtbot):
    dialog = OperatorDialog(Session(store), first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    errors = dialog.form._fields
    assert errors["name"][1].text() == "请填写操作员姓名" and errors["name"][1].isVisible()
    assert errors["staff_no"][1].text() == "请填写工号"
    assert "b3261e" in dialog.name_edit.styleSheet()
    assert store.kept_operator() is None
    dialog.name_edit.setText("张三")
    dialog.staff_no_edit.setText("10 023")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert errors["name"][1].isHidden()
    assert "字母和数字" in errors["staff_no"][1].text()
    dialog.staff_no_edit.setText("SZ10023")
    qtbot.keyClick(dialog.staff_no_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.operator == "张三(SZ10023)"


def test_the_dialog_is_filled_in_with_the_keyboard_alone(qapp, store, qtbot):
    store.set_operator("张三", "10023")
    dialog = OperatorDialog(Session(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.name_edit.hasFocus())
    assert dialog.name_edit.text() == "张三"  # the kept operator, ready to change
    for edit in (dialog.staff_no_edit, dialog.device_edit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert edit.hasFocus()
    qtbot.keyClicks(dialog.device_edit, "Bike3")
    qtbot.keyClick(dialog.device_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.device_name == "Bike3"


def test_saved_records_and_the_audit_log_carry_the_operator(store, community):
    store.set_operator("张三", "10023", "城东所-笔记本3")
    saved = store.households.save(make_household(community))
    assert saved.updated_by == "张三(10023)"
    [entry] = store.audit.history(saved.uuid)
    assert entry.operator == "张三(10023)"
    assert entry.device_id == store.device_id  # a readable name does not replace it
    row = store.conn.execute("SELECT updated_by FROM households WHERE uuid = ?",
                             (saved.uuid,)).fetchone()
    assert row[0] == "张三(10023)"


def test_the_store_refuses_what_the_dialog_would_refuse(store):
    with pytest.raises(ValidationFailed) as refused:
        store.set_operator("张(三)", "100-23", "x" * 31)
    assert set(refused.value.problems) == {"name", "staff_no", "device_name"}
    assert store.kept_operator() is None
    assert operator_problems(" 张三 ", " 10023 ") == {}


def test_changing_the_operator_from_the_menu_takes_effect(qapp, store, community, qtbot,
                                                          monkeypatch):
    store.set_operator("张三", "10023")
    session = Session(store)
    window = MainWindow(session, preferences.settings())
    qtbot.addWidget(window)
    assert window.operator_label.text() == "操作员：张三(10023)"
    shown = answer_operator(monkeypatch, "李四", "20045", "城西所-笔记本1")
    window.operator_action.trigger()
    assert len(shown) == 1 and "之后保存的记录" in shown[0]
    assert window.operator_label.text() == "操作员：李四(20045)"
    assert "城西所-笔记本1" in window.device_label.text()
    saved = session.save_household(make_household(community))
    assert saved.updated_by == "李四(20045)"
    assert store.audit.history(saved.uuid)[0].operator == "李四(20045)"


def test_cli_operator_overrides_the_kept_one_for_that_command_only(db_path, capsys):
    with Store.open(db_path) as store:
        store.set_operator("张三", "10023")
    assert cli.main(["--db", str(db_path), "--operator", "王五", "demo",
                     "--households", "2", "--requests", "0"]) == 0
    assert cli.main(["--db", str(db_path), "demo", "--households", "2", "--requests", "0",
                     "--seed", "2"]) == 0
    capsys.readouterr()
    with Store.open(db_path) as store:
        by = [row[0] for row in store.conn.execute(
            "SELECT updated_by FROM households ORDER BY id")]
        logged = {row[0] for row in store.conn.execute("SELECT operator FROM audit_log")}
        assert store.kept_operator() == Operator("张三", "10023")  # not replaced
    assert by == ["王五", "王五", "张三(10023)", "张三(10023)"]
    assert logged == {"王五", "张三(10023)"}
