"""Taking and editing a charger request (form from forms/request_dialog.ui).

A new request is accepted by the store, which numbers it; the form then stays open and
shows the number (and any deferred documents with their deadline) so the clerk can tell
the household, and Enter closes it. Refusals are shown at their field, a documents
problem under the checklist. Enter saves, Esc cancels.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from fieldapp.domain import charger
from fieldapp.domain.charger import (
    PERMIT,
    Channel,
    ChargerRequest,
    DocState,
    ReplyChannel,
    RequestDocument,
)
from fieldapp.domain.messages import labelled
from fieldapp.domain.records import field_label
from fieldapp.domain.validation import ValidationFailed
from fieldapp.ui.forms.ui_request_dialog import Ui_RequestDialog
from fieldapp.ui.households.model import local_time
from fieldapp.ui.households.picker import HouseholdPicker, mask_address
from fieldapp.ui.requests.documents import DocumentChecklist, chain_tab_order
from fieldapp.ui.requests.survey_panel import SurveyPanel
from fieldapp.ui.shared.record_form import RecordForm
from fieldapp.ui.shared.session import Session

FRAME_INVALID_STYLE = "QFrame#documentsFrame { border: 1px solid #b3261e; border-radius: 3px; }"
NUMBER_STYLE = "font-size: 15px;"
HINT_STYLE = "color: #666666;"
DONE_STYLE = "color: #1f6f5c; font-size: 14px;"


class _RequestForm(RecordForm):
    """Outlines only the checklist's frame, not every radio button in it."""

    def __init__(self, dialog, fields, frame, recheck):
        super().__init__(dialog, fields, recheck)
        self._frame = frame

    def show_problems(self, problems: dict[str, str], rechecked: bool = False) -> None:
        super().show_problems(problems, rechecked)
        if "documents" in problems:
            self._frame.setStyleSheet(FRAME_INVALID_STYLE)


def stage_lines(r: ChargerRequest) -> list[str]:
    """One line per stage reached with details: 已勘查 — 勘查人员：陈建国 · 勘查日期：…"""
    lines = []
    for status, names in charger.STAGE_DETAILS.items():
        shown = [labelled(field_label(name), _detail_text(name, getattr(r, name)))
                 for name in names if getattr(r, name)]
        if shown:
            lines.append(f"{status.label} — " + " · ".join(shown))
    return lines


def _detail_text(name: str, value: str) -> str:
    if name == "reply_channel":
        channel = ReplyChannel.parse(value)
        return channel.label if channel else value
    return local_time(value) if name == "connected_at" else value


class RequestDialog(QDialog):
    def __init__(self, session: Session, request: ChargerRequest | None = None,
                 parent: QWidget | None = None, household_uuid: str = ""):
        super().__init__(parent)
        self.ui = ui = Ui_RequestDialog()
        ui.setupUi(self)
        self._session = session
        store = session.store
        self._settings = store.settings()
        self._request = request or ChargerRequest(household_uuid=household_uuid)
        self._done = False
        self.saved: ChargerRequest | None = None

        self.picker = HouseholdPicker(store.households, ui.householdEdit)
        self.picker.picked.connect(self._household_changed)
        for power in self._settings.charger_powers_kw:
            ui.powerCombo.addItem(f"{power:g} kW", power)
        ui.phaseCombo.addItem(self.tr("单相"), 1)
        ui.phaseCombo.addItem(self.tr("三相"), 3)
        for channel in Channel:
            ui.channelCombo.addItem(channel.label, channel.value)
        ui.powerCombo.activated.connect(self._power_chosen)
        self.checklist = DocumentChecklist(ui.documentsFrame, ui.documentsGrid,
                                           self._settings.optional_documents, store.operator)
        chain_tab_order([ui.notesEdit, *self.checklist.buttons()])
        ui.documentsLabel.setStyleSheet("font-weight: bold;")
        ui.householdInfo.setStyleSheet(HINT_STYLE)
        ui.documentsHint.setStyleSheet(HINT_STYLE)
        ui.requestNoLabel.setStyleSheet(NUMBER_STYLE)
        self.form = _RequestForm(self, {
            "household_uuid": (ui.householdEdit, ui.householdError),
            "parking_space": (ui.parkingSpaceEdit, ui.parkingSpaceError),
            "power_kw": (ui.powerCombo, ui.powerError),
            "phase": (ui.phaseCombo, ui.phaseError),
            "vehicle": (ui.vehicleEdit, ui.vehicleError),
            "channel": (ui.channelCombo, ui.channelError),
            "notes": (ui.notesEdit, ui.notesError),
            "documents": (ui.documentsFrame, ui.documentsError),
        }, ui.documentsFrame, self._problems_now)
        # a shown reason goes once fixed: a household picked, a paper ticked
        self.picker.picked.connect(lambda *_: self.form.field_edited("household_uuid"))
        self.checklist.changed.connect(lambda: self.form.field_edited("documents"))
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("受理") if not self._request.uuid else self.tr("保存"))
        self.save_button.setDefault(True)
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self._fill(self._request)
        self.survey: SurveyPanel | None = None
        if self._request.uuid:
            self._show_number(self._request)
            self._show_stage_details(self._request)
            self._add_survey(self._request)
        else:
            self.setWindowTitle(self.tr("新建充电桩报装"))
        if self._request.uuid and self._request.state in charger.FINAL:
            self._read_only(self.tr("报装%1，只能查看。").replace(
                "%1", self._request.state.label), HINT_STYLE)
        elif self.picker.uuid:
            ui.parkingSpaceEdit.setFocus()
        else:
            ui.householdEdit.setFocus()

    # -- showing a request --------------------------------------------------------------
    def _fill(self, r: ChargerRequest) -> None:
        ui = self.ui
        households = self._session.store.households
        row_id = households.row_id(r.household_uuid) if r.household_uuid else None
        rows = households.rows([row_id]) if row_id is not None else []
        self.picker.set_household(rows[0] if rows else None)
        self._household_changed(self.picker.uuid)
        ui.parkingSpaceEdit.setText(r.parking_space)
        index = ui.powerCombo.findData(r.power_kw)
        if index < 0 and not r.uuid:
            index = 0  # the default power is not offered here: the first one that is
        if index < 0:  # a power no longer offered: show it, the store names the problem
            ui.powerCombo.addItem(f"{r.power_kw:g} kW", r.power_kw)
            index = ui.powerCombo.count() - 1
        ui.powerCombo.setCurrentIndex(index)
        ui.phaseCombo.setCurrentIndex(max(ui.phaseCombo.findData(r.phase), 0))
        ui.vehicleEdit.setText(r.vehicle)
        ui.channelCombo.setCurrentIndex(max(ui.channelCombo.findData(r.channel), 0))
        ui.notesEdit.setText(r.notes)
        self.checklist.set_documents(r.documents)

    def _household_changed(self, uuid: str) -> None:
        store = self._session.store
        household = store.households.get(uuid) if uuid else None
        community = store.communities.get(household.community_uuid) if household else None
        if household is None:
            self.ui.householdInfo.setText(self.tr("未选择住户") if not uuid else "")
        else:
            address = mask_address(household.display_address())
            if community and community.name not in address:
                address = f"{community.name} {address}"
            self.ui.householdInfo.setText(self.tr("%1 · 户号 %2").replace("%1", address)
                                          .replace("%2", household.account_no))
        self.checklist.set_community(community, dt.date.today())

    def _power_chosen(self) -> None:
        """11 kW and more need three phases; 7 kW and less are single-phase."""
        power = self.ui.powerCombo.currentData()
        self.ui.phaseCombo.setCurrentIndex(self.ui.phaseCombo.findData(3 if power > 7 else 1))

    def _show_number(self, r: ChargerRequest) -> None:
        text = self.tr("报装编号 %1 · %2 · 受理于 %3").replace(
            "%1", f"<b>{r.request_no}</b>").replace("%2", r.state.label).replace(
            "%3", local_time(r.accepted_at))
        self.ui.requestNoLabel.setText(text)
        self.setWindowTitle(self.tr("充电桩报装 %1").replace("%1", r.request_no))

    def _show_stage_details(self, r: ChargerRequest) -> None:
        """What was entered at each stage so far, read-only under the documents."""
        lines = stage_lines(r)
        if not lines:
            return
        self.stage_details = QLabel("\n".join(lines), self)
        self.stage_details.setObjectName("stageDetails")
        self.stage_details.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_details.setWordWrap(True)
        self.ui.documentsLayout.addWidget(self.stage_details)

    def _add_survey(self, r: ChargerRequest) -> None:
        """The survey box under the documents; recording or choosing a measurement
        stores it at once, so the request is read again (its revision moved)."""
        self.survey = SurveyPanel(self._session, r, self)
        left = self.ui.leftLayout
        left.insertWidget(left.count() - 1, self.survey)  # above the closing spacer
        self.form.add_field("over_limit_reason", self.survey.reason_edit,
                            self.survey.reason_error)
        self.survey.changed.connect(self._survey_changed)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _survey_changed(self) -> None:
        fresh = self._session.store.charger_requests.get(self._request.uuid)
        if fresh is None:
            return
        self._request = dataclasses.replace(fresh, over_limit_reason=self.survey.reason())
        self.survey.show_request(self._request)
        self._show_number(fresh)

    # -- the request as the form shows it -----------------------------------------------
    def request(self) -> ChargerRequest:
        ui = self.ui
        return dataclasses.replace(
            self._request, household_uuid=self.picker.uuid,
            parking_space=ui.parkingSpaceEdit.text(),
            power_kw=ui.powerCombo.currentData(), phase=ui.phaseCombo.currentData(),
            vehicle=ui.vehicleEdit.text(), channel=ui.channelCombo.currentData(),
            notes=ui.notesEdit.text(), documents=self.checklist.documents(),
            over_limit_reason=self.survey.reason() if self.survey else
            self._request.over_limit_reason)

    def _save(self) -> ChargerRequest:
        self.picker.resolve()
        request = self.request()
        if not request.household_uuid:
            raise ValidationFailed(self._problems_without_household(request))
        if request.uuid:
            return self._session.save_request(request)
        return self._session.accept_request(request)

    def _problems_now(self) -> dict[str, str]:
        """The rules' problems with the form as it is (without saving): what a shown
        reason is checked against after each edit."""
        request = self.request()
        if not request.household_uuid:
            return self._problems_without_household(request)
        store = self._session.store
        household = store.households.get(request.household_uuid)
        community = store.communities.get(household.community_uuid) if household else None
        return charger.acceptance_problems(request, community, dt.date.today(), self._settings)

    def _problems_without_household(self, request: ChargerRequest) -> dict[str, str]:
        """Every problem at once even before a household is chosen (the store stops at
        the missing household). The permit waits for the household's community."""
        probe = dataclasses.replace(request, documents=[
            *(d for d in request.documents if d.kind != PERMIT),
            RequestDocument(kind=PERMIT, state=DocState.PROVIDED.value)])
        problems = charger.acceptance_problems(probe, None, dt.date.today(), self._settings)
        problems["household_uuid"] = self.tr("请选择住户：输入姓名、户号或手机号，从列表中选一户")
        return problems

    def accept(self) -> None:
        if self._done:
            super().accept()
            return
        saved = self.form.try_save(self._save)
        if saved is None:
            return
        self.form.clear()
        self.saved = saved
        if self._request.uuid:
            super().accept()
        else:
            self._show_accepted(saved)

    def _show_accepted(self, saved: ChargerRequest) -> None:
        """Keep the form open with the new number; Enter closes it."""
        self._show_number(saved)
        lines = [self.tr("已受理，请把报装编号告知住户。")]
        deferred = [d.label for d in saved.documents if d.missing]
        if deferred:
            days = self._settings.deferred_document_days
            deadline = dt.date.today() + dt.timedelta(days=days)
            lines.append(self.tr("容缺材料：%1，请在 %2 天内（%3 前）补齐，补齐后才能装表接电。")
                         .replace("%1", "、".join(deferred)).replace("%2", str(days))
                         .replace("%3", deadline.isoformat()))
        self._read_only("\n".join(lines), DONE_STYLE)
        self.save_button.setText(self.tr("完成"))
        self.save_button.show()
        self.save_button.setDefault(True)
        self.save_button.setFocus()
        self.cancel_button.hide()

    def _read_only(self, note: str, style: str) -> None:
        self._done = True
        self.ui.fieldsWidget.setEnabled(False)
        self.ui.doneLabel.setText(note)
        self.ui.doneLabel.setStyleSheet(style)
        self.ui.doneLabel.show()
        self.save_button.hide()
        self.cancel_button.setText(self.tr("关闭"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
