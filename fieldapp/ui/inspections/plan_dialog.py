"""新建检查计划: whom (a household picked by typing, or a request number), which checklist
(the newest version of each), when (date and time window), who inspects (the operator
by default) and the phone the advance notice gives (the station's by default).

A charger checklist inspects an installation, so it needs a request; the request's
household is taken from it. Refusals are shown at their fields."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.inspection import Inspection
from fieldapp.ui.households.picker import HouseholdPicker
from fieldapp.ui.inspections import operations
from fieldapp.ui.shared.record_form import RecordForm
from fieldapp.ui.shared.session import Session

WINDOWS = ("09:00-11:30", "14:00-17:00", "08:30-10:00", "10:00-11:30", "14:00-15:30",
           "15:30-17:00")


class PlanDialog(QDialog):
    """`saved` holds the planned inspection after OK."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 planned_on: dt.date | None = None, household_uuid: str = "",
                 request_uuid: str = ""):
        super().__init__(parent)
        self._session = session
        self.saved: Inspection | None = None
        store = session.store
        self.setWindowTitle(self.tr("新建检查计划"))
        self.household_edit = QLineEdit(self)
        self.household_edit.setPlaceholderText(self.tr("输入姓名、户号、手机号或地址"))
        self.picker = HouseholdPicker(store.households, self.household_edit)
        self.request_edit = QLineEdit(self)
        self.request_edit.setPlaceholderText(self.tr("充电桩检查填写报装编号"))
        self.template_combo = QComboBox(self)
        self._kinds: dict[str, str] = {}
        for record in store.checklist_templates.latest():
            self.template_combo.addItem(self.tr("%1（第 %2 版）").replace("%1", record.name)
                                        .replace("%2", str(record.version)),
                                        (record.key, record.version))
            self._kinds[record.key] = record.kind
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        day = planned_on or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.window_combo = QComboBox(self)
        self.window_combo.setEditable(True)
        self.window_combo.addItems(WINDOWS)
        self.inspector_edit = QLineEdit(store.operator, self)
        self.contact_edit = QLineEdit(store.settings().service_phone, self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        fields = {}
        for name, label, widget in (
                ("household_uuid", self.tr("住户(&H)"), self.household_edit),
                ("request_uuid", self.tr("报装编号(&R)"), self.request_edit),
                ("template_key", self.tr("检查表(&T)"), self.template_combo),
                ("planned_on", self.tr("日期(&D)"), self.date_edit),
                ("planned_window", self.tr("时间段(&W)"), self.window_combo),
                ("inspector", self.tr("检查人(&I)"), self.inspector_edit),
                ("contact", self.tr("联系电话(&P)"), self.contact_edit)):
            error = QLabel(self)
            error.setWordWrap(True)
            form.addRow(label, widget)
            form.addRow("", error)
            fields[name] = (widget, error)
        layout.addLayout(form)
        self.form = RecordForm(self, fields)
        self.picker.picked.connect(lambda *_: self.form.field_edited("household_uuid"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存计划"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._preset(household_uuid, request_uuid)
        self.setMinimumWidth(460)

    def _preset(self, household_uuid: str, request_uuid: str) -> None:
        store = self._session.store
        self.choose_kind("household")  # a household's own inspection unless a request
        if request_uuid:
            request = store.charger_requests.get(request_uuid)
            if request is not None:
                self.request_edit.setText(request.request_no)
                household_uuid = household_uuid or request.household_uuid
                self.choose_kind("charger")
        if household_uuid:
            row_id = store.households.row_id(household_uuid)
            rows = store.households.rows([row_id]) if row_id is not None else []
            self.picker.set_household(rows[0] if rows else None)
        (self.template_combo if household_uuid else self.household_edit).setFocus()

    def choose_kind(self, kind: str) -> None:
        """Select the first checklist of `kind` (household or charger)."""
        for n in range(self.template_combo.count()):
            key, _version = self.template_combo.itemData(n)
            if self._kinds.get(key) == kind:
                self.template_combo.setCurrentIndex(n)
                return

    def inspection(self) -> tuple[Inspection, dict[str, str]]:
        """The inspection the dialog describes, and what is wrong before the store sees
        it (an unknown request number, a charger checklist without a request)."""
        problems: dict[str, str] = {}
        store = self._session.store
        request_no = self.request_edit.text().strip()
        request_uuid = ""
        if request_no:
            request = store.charger_requests.by_number(request_no)
            if request is None:
                problems["request_uuid"] = self.tr("没有编号为 %1 的报装").replace("%1",
                                                                              request_no)
            else:
                request_uuid = request.uuid
        key, version = self.template_combo.currentData() or ("", 1)
        if self._kinds.get(key) == "charger" and not request_no:
            problems["request_uuid"] = self.tr("充电桩安装检查须填写报装编号")
        household_uuid = self.picker.resolve()
        if not household_uuid and self.household_edit.text().strip() and not request_uuid:
            problems["household_uuid"] = self.tr("请从列表中选择住户")
        return Inspection(
            template_key=key, template_version=version, household_uuid=household_uuid,
            request_uuid=request_uuid,
            planned_on=self.date_edit.date().toString("yyyy-MM-dd"),
            planned_window=self.window_combo.currentText(),
            inspector=self.inspector_edit.text(), contact=self.contact_edit.text()), problems

    def save(self) -> None:
        inspection, problems = self.inspection()
        if problems:
            self.form.show_problems(problems)
            return
        saved = self.form.try_save(lambda: operations.plan(self._session, inspection))
        if saved is not None:
            self.saved = saved
            self.accept()
