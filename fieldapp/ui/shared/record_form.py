"""What the record dialogs share: inline errors that go away once fixed, and saving."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import RecordRefused, StoreError

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px; padding: 1px;"


def edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a field's widget sends when its value changes (None: the dialog tells
    the form itself, with `field_edited`)."""
    for kind, name in ((QLineEdit, "textChanged"), (QComboBox, "currentIndexChanged"),
                       (QPlainTextEdit, "textChanged"), (QTextEdit, "textChanged"),
                       (QDateEdit, "dateChanged"), (QSpinBox, "valueChanged"),
                       (QDoubleSpinBox, "valueChanged"), (QAbstractButton, "toggled")):
        if isinstance(widget, kind):
            return getattr(widget, name)
    return None


class RecordForm:
    """Shows each refused field's reason under it and outlines the field in red.

    `fields` maps a record field name to (input widget, error label). A shown reason goes
    away once its cause is fixed: when the form can check itself (`recheck` returns the
    problems of what it shows now) every shown reason is checked again on each edit;
    otherwise a field's reason goes when that field is edited.
    """

    def __init__(self, dialog: QDialog, fields: dict[str, tuple[QWidget, QLabel]],
                 recheck: Callable[[], dict[str, str]] | None = None):
        self._dialog = dialog
        self._fields = fields
        self._recheck = recheck
        self._shown: dict[str, str] = {}  # field -> reason shown at it
        self._rechecked: set[str] = set()  # reasons that `recheck` can confirm
        for field, (widget, label) in dict(fields).items():
            self.add_field(field, widget, label)

    def add_field(self, field: str, widget: QWidget, label: QLabel) -> None:
        """A field placed after the form was made (e.g. by a panel of the dialog)."""
        self._fields[field] = (widget, label)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        signal = edited_signal(widget)
        if signal is not None:
            signal.connect(lambda *_, f=field: self.field_edited(f))

    def clear(self) -> None:
        self._shown.clear()
        self._rechecked.clear()
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setStyleSheet("")

    def show_problems(self, problems: dict[str, str], rechecked: bool = False) -> None:
        """Show each reason at its field; `rechecked` when `recheck` would find them too
        (rule problems, not a refusal the store made from other records)."""
        self.clear()
        first = None
        for field, text in problems.items():
            widget, label = self._fields.get(field, (None, None))
            if widget is None:
                continue
            label.setText(text)
            label.show()
            widget.setStyleSheet(INVALID_STYLE)
            self._shown[field] = text
            if rechecked:
                self._rechecked.add(field)
            first = first or widget
        if first is not None:
            first.setFocus()
        unplaced = [text for field, text in problems.items() if field not in self._fields]
        if unplaced:
            QMessageBox.warning(self._dialog, self._dialog.windowTitle(), "\n".join(unplaced))

    def field_edited(self, field: str) -> None:
        """After an edit: drop the reasons whose cause is gone, keep the others."""
        if not self._shown:
            return
        if self._recheck is None:
            if field in self._shown:
                self._drop(field)
            return
        problems = self._recheck()
        for shown in list(self._shown):
            if shown != field and shown not in self._rechecked:
                continue  # a refusal made from other records: only its own field fixes it
            if shown in problems:
                self._shown[shown] = problems[shown]
                self._rechecked.add(shown)
                self._fields[shown][1].setText(problems[shown])
            else:
                self._drop(shown)

    def _drop(self, field: str) -> None:
        widget, label = self._fields[field]
        del self._shown[field]
        self._rechecked.discard(field)
        widget.setStyleSheet("")
        sharing = [f for f in self._shown if self._fields[f][1] is label]
        if sharing:  # another field's reason shown in the same label stays
            label.setText(self._shown[sharing[0]])
        else:
            label.hide()
            label.clear()

    def try_save(self, save: Callable[[], object]) -> object | None:
        """Run `save`; on a refusal show why (at the field when it names one)."""
        try:
            return save()
        except ValidationFailed as failed:
            self.show_problems(failed.problems, rechecked=self._recheck is not None)
        except RecordRefused as refused:
            if refused.field:
                self.show_problems({refused.field: str(refused)})
            else:
                QMessageBox.warning(self._dialog, self._dialog.windowTitle(), str(refused))
        except StoreError as error:
            QMessageBox.warning(self._dialog, self._dialog.windowTitle(), str(error))
        return None
