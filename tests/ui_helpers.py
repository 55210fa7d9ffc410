"""Helpers for the pytest-qt tests: a main window on a test database, answered dialogs."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


class Answers:
    """Stands in for QMessageBox's static functions: records what was asked and answers."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes):
        self.asked: list[str] = []
        self.warned: list[str] = []
        self.answer = answer
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(QMessageBox, "critical", self._warning)
        monkeypatch.setattr(QMessageBox, "information", self._warning)

    def _question(self, parent, title, text, *args, **kwargs):
        self.asked.append(text)
        return self.answer

    def _warning(self, parent, title, text, *args, **kwargs):
        self.warned.append(text)
        return QMessageBox.StandardButton.Ok


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user. QTest only knows ASCII keys, so other characters (Chinese from
    an input method) arrive as key events carrying their text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, ch))


def answer_dialogs(monkeypatch, dialog_class, user, shown: list) -> None:
    """Stand in for `dialog_class.exec`: show the dialog, let `user(dialog)` look and
    answer, and record it in `shown`."""

    def exec_(dialog):
        shown.append(dialog)
        dialog.show()
        user(dialog)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def answer_operator(monkeypatch, name: str = "测试员", staff_no: str = "T001",
                    device_name: str = "") -> list[str]:
    """Answer the operator dialog like a user (type, press Enter); returns the list of
    the dialogs' introductions, one per time it was shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from fieldapp.ui.window.operator_dialog import OperatorDialog

    asked: list[str] = []

    def user(dialog):
        asked.append(dialog.intro.text())
        for edit, text in ((dialog.name_edit, name), (dialog.staff_no_edit, staff_no),
                           (dialog.device_edit, device_name)):
            edit.clear()
            edit.insert(text)
        QTest.keyClick(dialog.staff_no_edit, Qt.Key.Key_Return)

    answer_dialogs(monkeypatch, OperatorDialog, user, [])
    return asked
