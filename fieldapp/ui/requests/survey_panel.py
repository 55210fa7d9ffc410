"""The request form's survey box (勘查测量): the meter box the request uses, the post-meter
length and its 50 m flag, the cable section, drop and cost; which measurement to use
when there are several; the reason an over-limit length is accepted; and 记录测量.

The reason is part of the request (saved with the form); recording or choosing a
measurement is stored at once and raises the request's revision, so `changed` tells
the form to take the request again.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.charger import FINAL, ChargerRequest
from fieldapp.domain.measurement import Method
from fieldapp.store import StoreError
from fieldapp.store.survey import request_survey
from fieldapp.ui.measurements.dialog import MeasurementDialog
from fieldapp.ui.measurements.figures import cable_text, length_text
from fieldapp.ui.shared.session import Session

OK_STYLE = "color: #1f6f5c;"
OVER_STYLE = "color: #b3261e; font-weight: bold;"


class SurveyPanel(QGroupBox):
    changed = Signal()  # a measurement was recorded or chosen: the request's rev moved

    def __init__(self, session: Session, request: ChargerRequest,
                 parent: QWidget | None = None):
        super().__init__(self.tr("勘查测量"), parent)
        self.setObjectName("surveyPanel")
        self._session = session
        self._request = request
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self.box_label = QLabel(self)
        self.box_label.setObjectName("surveyBox")
        self.box_label.setWordWrap(True)
        self.length_label = QLabel(self)
        self.length_label.setObjectName("surveyLength")
        self.cable_label = QLabel(self)
        self.cable_label.setObjectName("surveyCable")
        self.cable_label.setWordWrap(True)
        self.choice_combo = QComboBox(self)
        self.choice_combo.setToolTip(self.tr("本报装使用哪一次测量"))
        self.choice_combo.activated.connect(self._choose)
        self.reason_edit = QLineEdit(request.over_limit_reason, self)
        self.reason_edit.setObjectName("overLimitReason")
        self.reason_edit.setMaxLength(200)
        self.reason_error = QLabel(self)  # the form (RecordForm) shows a refusal here
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        self.measure_button = QPushButton(self.tr("记录测量(&M)…"), self)
        self.measure_button.setToolTip(self.tr("记录表箱到车位的距离测量（Alt+M）"))
        self.measure_button.clicked.connect(self.record_measurement)
        row = QHBoxLayout()
        row.addWidget(self.choice_combo, 1)
        row.addStretch(0)
        row.addWidget(self.measure_button)
        for widget in (self.box_label, self.length_label, self.cable_label):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.reason_caption = QLabel(self.tr("超长原因(&O)："), self)
        self.reason_caption.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_caption)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.reason_error)
        self.show_request(request)

    def reason(self) -> str:
        return self.reason_edit.text()

    def show_request(self, request: ChargerRequest) -> None:
        """Show `request`'s survey (read again from the store)."""
        self._request = request
        store = self._session.store
        settings = store.settings()
        survey = request_survey(store, request)
        self.reason_edit.setPlaceholderText(self.tr("超过 %1 m 的原因（如：唯一有空余表位的表箱）")
                                            .replace("%1", f"{settings.post_meter_limit_m:g}"))
        measurements = survey.measurements
        self.choice_combo.clear()
        boxes = {b.uuid: b.code for b in store.meter_boxes.of_community(
            self._community_uuid())}
        for m in reversed(measurements):
            method = Method.parse(m.method)
            self.choice_combo.addItem(
                self.tr("%1 · %2 · %3 m · %4").replace("%1", boxes.get(m.meter_box_uuid, "?"))
                .replace("%2", method.label if method else m.method)
                .replace("%3", f"{m.post_meter_m:.1f}").replace("%4", m.measured_on), m.uuid)
        self.choice_combo.setVisible(len(measurements) > 1)
        if survey.measurement is not None:
            self.choice_combo.setCurrentIndex(self.choice_combo.findData(survey.measurement.uuid))
        if survey.measurement is None:
            self.box_label.setText(self.tr("尚未测量：记录表箱到车位的距离后，这里显示表后线长度、"
                                           "电缆截面、压降和费用估算。"))
            self.length_label.clear()
            self.cable_label.clear()
        else:
            m = survey.measurement
            method = Method.parse(m.method)
            self.box_label.setText(self.tr("表箱 %1 · %2 · %3").replace(
                "%1", survey.box.code if survey.box else "?").replace(
                "%2", method.label if method else m.method).replace("%3", m.measured_on))
            self.length_label.setText(length_text(survey.post_meter_m, settings))
            self.length_label.setStyleSheet(OVER_STYLE if survey.over_limit else OK_STYLE)
            self.cable_label.setText(cable_text(request.power_kw, request.phase,
                                                survey.post_meter_m, settings))
        over = survey.over_limit or bool(request.over_limit_reason)
        for widget in (self.reason_caption, self.reason_edit):
            widget.setVisible(over)
        final = request.state in FINAL
        self.measure_button.setEnabled(not final)
        self.choice_combo.setEnabled(not final)

    def _community_uuid(self) -> str:
        household = self._session.store.households.get(self._request.household_uuid)
        return household.community_uuid if household else ""

    def record_measurement(self) -> None:
        dialog = MeasurementDialog(self._session, self._request, self)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit()

    def _choose(self) -> None:
        uuid = self.choice_combo.currentData()
        if not uuid or uuid == self._request.measurement_uuid:
            return
        try:
            self._session.choose_measurement(self._request.uuid, uuid)
        except StoreError as refused:
            QMessageBox.warning(self, self.title(), str(refused))
        self.changed.emit()
