"""What the household and community dialogs share: inline errors and saving."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import RecordRefused, StoreError

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px; padding: 1px;"


class RecordForm:
    """Shows each refused field's reason under it and outlines the field in red.

    `fields` maps a record field name to (input widget, error label).
    """

    def __init__(self, dialog: QDialog, fields: dict[str, tuple[QWidget, QLabel]]):
        self._dialog = dialog
        self._fields = fields
        for widget, label in fields.values():
            label.setStyleSheet(ERROR_STYLE)
            label.hide()

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setStyleSheet("")

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear()
        first = None
        for field, text in problems.items():
            widget, label = self._fields.get(field, (None, None))
            if widget is None:
                continue
            label.setText(text)
            label.show()
            widget.setStyleSheet(INVALID_STYLE)
            first = first or widget
        if first is not None:
            first.setFocus()
        unplaced = [text for field, text in problems.items() if field not in self._fields]
        if unplaced:
            QMessageBox.warning(self._dialog, self._dialog.windowTitle(), "\n".join(unplaced))

    def try_save(self, save: Callable[[], object]) -> object | None:
        """Run `save`; on a refusal show why (at the field when it names one)."""
        try:
            return save()
        except ValidationFailed as failed:
            self.show_problems(failed.problems)
        except RecordRefused as refused:
            if refused.field:
                self.show_problems({refused.field: str(refused)})
            else:
                QMessageBox.warning(self._dialog, self._dialog.windowTitle(), str(refused))
        except StoreError as error:
            QMessageBox.warning(self._dialog, self._dialog.windowTitle(), str(error))
        return None
