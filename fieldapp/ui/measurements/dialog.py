"""Recording a distance measurement (距离测量) for a charger request.

The meter box is chosen among the community's boxes — nearest first by route along the
garage's aisles when the request's parking space is on a plan — and a box without a free
meter position cannot be chosen. A rangefinder reading is typed twice; the post-meter
length (route + rise + slack), its 50 m flag, the cable section, the drop and the cost
are shown live while typing (fieldapp.domain.cable). The store checks everything again
and a refused value is shown at its field.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.charger import ChargerRequest
from fieldapp.domain.measurement import Measurement, Method, over_limit, reading_problem
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store.survey import nearest_boxes
from fieldapp.ui.measurements.figures import cable_text, length_text
from fieldapp.ui.shared.file_dialogs import open_file
from fieldapp.ui.shared.record_form import RecordForm
from fieldapp.ui.shared.session import Session

OK_STYLE = "color: #1f6f5c;"
OVER_STYLE = "color: #b3261e; font-weight: bold;"


def _metres(parent: QWidget, value: float = 0.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0.0, 500.0)
    spin.setDecimals(2)
    spin.setSingleStep(0.1)
    spin.setSuffix(" m")
    spin.setValue(value)
    spin.setKeyboardTracking(True)
    spin.setAccelerated(True)
    return spin


class MeasurementDialog(QDialog):
    """Records one measurement of `request`; `saved` holds it once stored."""

    def __init__(self, session: Session, request: ChargerRequest,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._request = request
        store = session.store
        self._settings = store.settings()
        self.saved: Measurement | None = None
        self._photo_hash = ""
        self.setWindowTitle(self.tr("距离测量 — 报装 %1").replace("%1", request.request_no))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        errors: dict[str, QLabel] = {}

        def row(name: str, label: str, widget: QWidget) -> None:
            error = QLabel(self)
            error.setWordWrap(True)
            errors[name] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            form.labelForField(box).setBuddy(widget)

        self.box_combo = QComboBox(self)
        self.box_combo.setMinimumContentsLength(28)
        row("meter_box_uuid", self.tr("表箱(&B)："), self.box_combo)
        self.method_combo = QComboBox(self)
        for method in Method:
            self.method_combo.addItem(method.label, method.value)
        row("method", self.tr("测量方式(&M)："), self.method_combo)
        self.straight_spin = _metres(self)
        row("straight_m", self.tr("直线读数(&S)："), self.straight_spin)
        self.again_spin = _metres(self)
        row("reading_again", self.tr("再次读数(&A)："), self.again_spin)
        self.route_spin = _metres(self)
        row("route_m", self.tr("敷设路径(&L)："), self.route_spin)
        self.rise_spin = _metres(self)
        row("rise_m", self.tr("垂直高差(&H)："), self.rise_spin)
        self.slack_spin = _metres(self, self._settings.cable_slack_m)
        row("slack_m", self.tr("预留长度(&K)："), self.slack_spin)
        self.instrument_edit = QLineEdit(self)
        self.instrument_edit.setMaxLength(40)
        self.instrument_edit.setPlaceholderText(self.tr("测距仪编号"))
        row("instrument_no", self.tr("仪器编号(&I)："), self.instrument_edit)
        photo = QWidget(self)
        photo_layout = QHBoxLayout(photo)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        self.photo_button = QPushButton(self.tr("选择照片(&P)…"), photo)
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_label = QLabel(self.tr("无（可不附）"), photo)
        photo_layout.addWidget(self.photo_button)
        photo_layout.addWidget(self.photo_label, 1)
        row("photo_hash", self.tr("读数照片："), photo)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        row("measured_on", self.tr("测量日期(&D)："), self.date_edit)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setMaxLength(200)
        row("notes", self.tr("备注(&N)："), self.notes_edit)

        self.length_label = QLabel(self)
        self.length_label.setObjectName("lengthLabel")
        self.cable_label = QLabel(self)
        self.cable_label.setObjectName("cableLabel")
        self.cable_label.setWordWrap(True)
        self.cable_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.length_label)
        layout.addWidget(self.cable_label)
        self.choose_check = QCheckBox(self.tr("用作本报装的测量(&U)"), self)
        self.choose_check.setChecked(True)
        layout.addWidget(self.choose_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.form = RecordForm(self, {
            "meter_box_uuid": (self.box_combo, errors["meter_box_uuid"]),
            "method": (self.method_combo, errors["method"]),
            "straight_m": (self.straight_spin, errors["straight_m"]),
            "reading_again": (self.again_spin, errors["reading_again"]),
            "route_m": (self.route_spin, errors["route_m"]),
            "rise_m": (self.rise_spin, errors["rise_m"]),
            "slack_m": (self.slack_spin, errors["slack_m"]),
            "instrument_no": (self.instrument_edit, errors["instrument_no"]),
            "photo_hash": (self.photo_button, errors["photo_hash"]),
            "measured_on": (self.date_edit, errors["measured_on"]),
            "notes": (self.notes_edit, errors["notes"]),
        })
        self._fill_boxes()
        self._route_typed = False
        self.route_spin.valueChanged.connect(self._route_edited)
        self.straight_spin.valueChanged.connect(self._straight_edited)
        for spin in (self.route_spin, self.rise_spin, self.slack_spin):
            spin.valueChanged.connect(self._update_figures)
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self._update_figures()
        self.box_combo.setFocus()

    # -- meter boxes -------------------------------------------------------------------------
    def _fill_boxes(self) -> None:
        """The community's boxes: nearest by route first when the space is on a plan,
        each with its free positions; a full one shown but not choosable."""
        store = self._session.store
        household = store.households.get(self._request.household_uuid)
        if household is None:
            return
        boxes = store.meter_boxes.of_community(household.community_uuid)
        space = store.parking_spaces.find(household.community_uuid,
                                          self._request.parking_space)
        nearby = {}  # box → its route and free positions, for the boxes on the space's plan
        if space is not None:
            nearby = {near.box.uuid: near for near in
                      nearest_boxes(store, space, limit_m=self._settings.distance_max_m,
                                    request_uuid=self._request.uuid)}
        boxes.sort(key=lambda b: (b.uuid not in nearby,
                                  nearby[b.uuid].route.length_m if b.uuid in nearby else 0.0,
                                  b.code))
        model = self.box_combo.model()
        for box in boxes:
            free = nearby[box.uuid].available if box.uuid in nearby else \
                store.meter_boxes.available(box.uuid, except_request=self._request.uuid)
            text = self.tr("%1 · 空余表位 %2").replace("%1", box.code).replace("%2", str(free))
            if box.uuid in nearby:
                text += self.tr(" · 图上路径 %1 m").replace(
                    "%1", f"{nearby[box.uuid].route.length_m:.1f}")
            self.box_combo.addItem(text, box.uuid)
            if free < 1 and isinstance(model, QStandardItemModel):
                item = model.item(self.box_combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(self.tr("没有空余表位，不能选用"))
        first_free = next((i for i in range(self.box_combo.count())
                           if not isinstance(model, QStandardItemModel)
                           or model.item(i).isEnabled()), -1)
        self.box_combo.setCurrentIndex(first_free)
        if self.box_combo.count() == 0:
            self.box_combo.setPlaceholderText(self.tr("本小区还没有表箱：请先在车库图上添加"))

    # -- live figures ------------------------------------------------------------------------
    def _method_changed(self) -> None:
        twice = self.method_combo.currentData() == Method.RANGEFINDER.value
        self.again_spin.setEnabled(twice)
        self.again_spin.setToolTip(self.tr("激光测距读数需输入两次，相差不超过 0.1 m")
                                   if twice else "")

    def _straight_edited(self, value: float) -> None:
        if not self._route_typed:  # the route starts as the straight line until typed
            self.route_spin.blockSignals(True)
            self.route_spin.setValue(value)
            self.route_spin.blockSignals(False)
            self._update_figures()

    def _route_edited(self) -> None:
        self._route_typed = True

    def post_meter_m(self) -> float:
        return self.route_spin.value() + self.rise_spin.value() + self.slack_spin.value()

    def _update_figures(self) -> None:
        length = self.post_meter_m()
        over = over_limit(length, self._settings)
        self.length_label.setText(length_text(length, self._settings))
        self.length_label.setStyleSheet(OVER_STYLE if over else OK_STYLE)
        self.cable_label.setText(cable_text(self._request.power_kw, self._request.phase,
                                            length, self._settings))

    # -- the photo ---------------------------------------------------------------------------
    def _choose_photo(self) -> None:
        path = open_file(self, self.tr("选择读数照片"), self.tr("图片 (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self._photo_hash = self._session.store.files.add(
                path, self._settings.measurement_photo_max_mb)
        except ValueError as refused:
            self.form.show_problems({"photo_hash": str(refused)})
            return
        self.form.field_edited("photo_hash")
        self.photo_label.setText(path.replace("\\", "/").rsplit("/", 1)[-1])

    # -- saving ------------------------------------------------------------------------------
    def measurement(self) -> Measurement:
        return Measurement(
            request_uuid=self._request.uuid, meter_box_uuid=self.box_combo.currentData() or "",
            method=self.method_combo.currentData(), straight_m=self.straight_spin.value(),
            route_m=self.route_spin.value(), rise_m=self.rise_spin.value(),
            slack_m=self.slack_spin.value(), instrument_no=self.instrument_edit.text(),
            photo_hash=self._photo_hash, measured_on=self.date_edit.date().toString(
                "yyyy-MM-dd"), measured_by=self._session.store.operator,
            notes=self.notes_edit.text())

    def _save(self) -> Measurement:
        measurement = self.measurement()
        if measurement.method == Method.RANGEFINDER.value and (
                problem := reading_problem(measurement.straight_m, self.again_spin.value())):
            raise ValidationFailed({"reading_again": problem})
        return self._session.record_measurement(measurement,
                                                choose=self.choose_check.isChecked())

    def accept(self) -> None:
        saved = self.form.try_save(self._save)
        if saved is None:
            return
        self.saved = saved
        super().accept()
