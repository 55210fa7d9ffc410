"""Asking what a stage move means before making it.

勘查完成 asks who surveyed, on which day, and a short note; 答复方案 the day the plan was
given and how; 装表接电 the new meter's number and the time of connection; 暂停 and 取消
their reason; 归档 and 恢复办理 only a confirmation. Dates start at today (the time at now).
The store checks everything (fieldapp.domain.charger.move_problems); a refused field is
marked in red with the reason under it and the dialog stays open until the move is made
or cancelled. A mark clears as soon as its field is edited.

The rows are declared per stage below; a later feature adds its own with `add_field`
(the garage measurement will attach to 勘查完成 that way).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain import charger
from fieldapp.domain.charger import ChargerRequest, ReplyChannel, Status
from fieldapp.store import StoreError
from fieldapp.store.charger_requests import MoveRefused
from fieldapp.store.clock import to_stamp
from fieldapp.ui.shared.record_form import ERROR_STYLE, INVALID_STYLE
from fieldapp.ui.shared.session import Session

DATE_FORMAT = "yyyy-MM-dd"
TIME_FORMAT = "yyyy-MM-dd HH:mm"
NOTE_MAX = 200


class StageDialog(QDialog):
    """Moves `request` (as read, at its rev) to `target` once the user has said what the
    stage means; `moved` holds the saved request, None when cancelled or refused."""

    def __init__(self, session: Session, request: ChargerRequest, target: Status,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._request = request
        self._target = target
        self.moved: ChargerRequest | None = None
        self.failed = False  # refused for a reason the dialog cannot fix (stale, order)
        self.fields: dict[str, tuple[QWidget, QLabel, Callable[[], str]]] = {}
        resuming = request.state == Status.ON_HOLD and target not in charger.NEEDS_REASON
        action = self.tr("恢复办理") if resuming else self.action_text(target)
        self.setWindowTitle(self.tr("%1 — 报装 %2").replace("%1", action)
                            .replace("%2", request.request_no))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro(), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("不取消") if target == Status.CANCELLED else self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not resuming:
            self._add_stage_fields()
        self.setMinimumWidth(420)

    def action_text(self, target: Status) -> str:
        """The move's name: the OK button's text and the title's first part."""
        return {Status.SURVEYED: self.tr("勘查完成"), Status.PLAN_REPLIED: self.tr("答复方案"),
                Status.CONNECTED: self.tr("装表接电"), Status.ARCHIVED: self.tr("归档"),
                Status.ACCEPTED: self.tr("恢复办理"), Status.ON_HOLD: self.tr("暂停"),
                Status.CANCELLED: self.tr("取消报装")}[target]

    def _intro(self) -> str:
        line = self.tr("报装 %1：%2 → %3").replace("%1", self._request.request_no) \
            .replace("%2", self._request.state.label).replace("%3", self._target.label)
        if self._target in charger.FINAL:
            line += "\n" + self.tr("此后报装不能再修改。")
        return line

    # -- rows ------------------------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget,
                  value: Callable[[], str]) -> None:
        """A row for the detail `name`: `value()` gives what is sent to the store. Its
        error line sits under it, hidden until the store refuses the value."""
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.form.addRow(label, widget)
        self.form.addRow("", error)
        self.form.labelForField(widget).setBuddy(widget)
        self.fields[name] = (widget, error, value)
        widget.installEventFilter(self)
        for signal in ("textEdited", "dateChanged", "dateTimeChanged", "activated"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_, n=name: self.clear_mark(n))
        if len(self.fields) == 1:
            widget.setFocus()

    def _add_stage_fields(self) -> None:
        target, now = self._target, QDateTime.currentDateTime()
        if target == Status.SURVEYED:
            self.surveyor_edit = self._line(self._session.store.operator)
            self.add_field("surveyor", self.tr("勘查人员："), self.surveyor_edit,
                           self.surveyor_edit.text)
            self.surveyed_on_edit = self._date(now.date())
            self.add_field("surveyed_on", self.tr("勘查日期："), self.surveyed_on_edit,
                           lambda: self.surveyed_on_edit.date().toString(DATE_FORMAT))
            self.note_edit = self._line("", self.tr("如表箱位置、线路走向（可不填）"))
            self.add_field("survey_note", self.tr("勘查说明："), self.note_edit,
                           self.note_edit.text)
            self._add_measurement_row()
        elif target == Status.PLAN_REPLIED:
            self.replied_on_edit = self._date(now.date())
            self.add_field("replied_on", self.tr("答复日期："), self.replied_on_edit,
                           lambda: self.replied_on_edit.date().toString(DATE_FORMAT))
            self.channel_combo = QComboBox(self)
            self.channel_combo.setPlaceholderText(self.tr("请选择"))
            for way in ReplyChannel:
                self.channel_combo.addItem(way.label, way.value)
            self.channel_combo.setCurrentIndex(-1)
            self.add_field("reply_channel", self.tr("答复方式："), self.channel_combo,
                           lambda: self.channel_combo.currentData() or "")
        elif target == Status.CONNECTED:
            self.meter_edit = self._line("", self.tr("新装电表的表号，只含数字"))
            self.add_field("meter_no", self.tr("电表号："), self.meter_edit,
                           self.meter_edit.text)
            self.connected_edit = QDateTimeEdit(QDateTime(now.date(), QTime(
                now.time().hour(), now.time().minute())), self)
            self.connected_edit.setDisplayFormat(TIME_FORMAT)
            self.connected_edit.setCalendarPopup(True)
            self.add_field("connected_at", self.tr("接电时间："), self.connected_edit,
                           self._connection_stamp)
        elif target in charger.NEEDS_REASON:
            self.reason_edit = self._line("")
            label = self.tr("暂停原因：") if target == Status.ON_HOLD else self.tr("取消原因：")
            self.add_field("status_reason", label, self.reason_edit, self.reason_edit.text)

    def _add_measurement_row(self) -> None:
        """勘查完成 can attach the distance measurement: recorded here, it is stored at
        once and the request read again (its revision moved)."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.measurement_label = QLabel(row)
        self.measurement_label.setWordWrap(True)
        self.measure_button = QPushButton(self.tr("记录测量(&M)…"), row)
        self.measure_button.clicked.connect(self._record_measurement)
        layout.addWidget(self.measurement_label, 1)
        layout.addWidget(self.measure_button)
        self.form.addRow(self.tr("距离测量："), row)
        self._show_measurement()

    def _show_measurement(self) -> None:
        from fieldapp.store.survey import request_survey
        from fieldapp.ui.measurements.figures import length_text

        survey = request_survey(self._session.store, self._request)
        if survey.measurement is None:
            self.measurement_label.setText(self.tr("尚未测量（可稍后在报装表单中记录）"))
        else:
            self.measurement_label.setText(self.tr("表箱 %1 · %2").replace(
                "%1", survey.box.code if survey.box else "?").replace(
                "%2", length_text(survey.post_meter_m, self._session.store.settings())))

    def _record_measurement(self) -> None:
        from fieldapp.ui.measurements.dialog import MeasurementDialog

        dialog = MeasurementDialog(self._session, self._request, self)
        if dialog.exec() and dialog.saved is not None:
            fresh = self._session.store.charger_requests.get(self._request.uuid)
            if fresh is not None:
                self._request = fresh
            self._show_measurement()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The repeats of a held Alt+key (the step's key that opened the dialog) type
        nothing: on X11 an Alt+letter carries its letter as text."""
        if event.type() == QEvent.Type.KeyPress and event.isAutoRepeat():
            modifiers = event.modifiers()
            if modifiers & Qt.KeyboardModifier.AltModifier \
                    and not modifiers & Qt.KeyboardModifier.ControlModifier:  # not AltGr
                return True
        return super().eventFilter(watched, event)

    def _line(self, text: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setMaxLength(NOTE_MAX)
        edit.setPlaceholderText(hint)
        if hint:  # the hint is read whole, in either language
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(hint) + 24)
        return edit

    def _date(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _connection_stamp(self) -> str:
        local = self.connected_edit.dateTime().toPython()
        return to_stamp(local.astimezone() if local.tzinfo is None else local)

    # -- marks -----------------------------------------------------------------------------
    def mark(self, problems: dict[str, str]) -> None:
        """Each refused field outlined in red with its reason under it; focus on the
        first."""
        first = None
        for name, text in problems.items():
            if name not in self.fields:
                continue
            widget, error, _ = self.fields[name]
            error.setText(text)
            error.show()
            widget.setStyleSheet(INVALID_STYLE)
            first = first or widget
        if first is not None:
            first.setFocus()
        self.adjustSize()  # room for the reasons' lines
        unplaced = [text for name, text in problems.items() if name not in self.fields]
        if unplaced:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(unplaced))

    def clear_mark(self, name: str) -> None:
        widget, error, _ = self.fields[name]
        error.hide()
        error.clear()
        widget.setStyleSheet("")

    def marked(self) -> dict[str, str]:
        """Field → the reason shown under it, for each marked field."""
        return {name: error.text() for name, (_, error, _) in self.fields.items()
                if not error.isHidden()}

    # -- moving --------------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {name: value() for name, (_, _, value) in self.fields.items()}

    def accept(self) -> None:
        """Ask the store to move; stay open with the fields marked when it refuses a
        value, close with a message when the move itself cannot be made."""
        details = self.values()
        reason = details.pop("status_reason", "")
        request = self._request
        try:
            self.moved = self._session.transition_request(
                request.uuid, request.rev, self._target, reason, details=details)
        except MoveRefused as refused:
            if "status" in refused.problems:  # the order of stages: nothing to fix here
                QMessageBox.warning(self, self.windowTitle(), refused.problems["status"])
                self.failed = True
                self.reject()
                return
            for name in self.fields:
                self.clear_mark(name)
            self.mark(refused.problems)
            return
        except StoreError as error:  # changed or deleted elsewhere
            QMessageBox.warning(self, self.windowTitle(), str(error))
            self.failed = True
            self.reject()
            return
        super().accept()
