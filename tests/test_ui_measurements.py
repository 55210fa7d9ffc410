"""Recording a distance measurement in the window: meter boxes by aisle route, a full box
not choosable, the rangefinder typed twice, the live length, cable and cost, and the
request form's survey box."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItemModel

from fieldapp.domain.charger import Status
from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.routing import AisleGraph
from fieldapp.ui.measurements.dialog import MeasurementDialog
from fieldapp.ui.requests.dialog import RequestDialog
from fieldapp.ui.shared.session import Session

from .test_garage_store import surveyed


@pytest.fixture
def session(store):
    return Session(store)


@pytest.fixture
def plan(store, community):
    """A garage whose one aisle runs along y = 10: MB-NEAR is nearer the space in a straight
    line but sits beyond a wall, so its route is longer than MB-FAR's."""
    garage = store.garages.save(Garage(
        community_uuid=community.uuid, name="B1", scale=0.05,
        aisles=AisleGraph([(0, 10), (80, 10)], [(0, 1)]).to_json()))
    boxes = {}
    for code, x, y, free in (("MB-NEAR", 30, 30, 2), ("MB-FAR", 10, 11, 1),
                             ("MB-FULL", 26, 11, 0)):
        boxes[code] = store.meter_boxes.save(MeterBox(
            code=code, community_uuid=community.uuid, garage_uuid=garage.uuid, x=x, y=y,
            free_positions=free))
    store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code="B1-023", x=25,
                                           y=24))
    return garage, boxes


def test_boxes_are_offered_nearest_by_route_and_a_full_one_cannot_be_chosen(
        qtbot, session, household, plan):
    request = surveyed(session.store, household, "B1-023")
    dialog = MeasurementDialog(session, request)
    qtbot.addWidget(dialog)
    texts = [dialog.box_combo.itemText(i) for i in range(dialog.box_combo.count())]
    codes = [t.split(" ")[0] for t in texts]
    assert codes == ["MB-FULL", "MB-FAR", "MB-NEAR"]  # by route along the aisle
    model = dialog.box_combo.model()
    assert isinstance(model, QStandardItemModel)
    assert not model.item(0).isEnabled() and "空余表位 0" in texts[0]
    assert dialog.box_combo.currentText().startswith("MB-FAR")  # the first free one


def test_a_rangefinder_mismatch_is_refused_at_its_field_and_nothing_stored(
        qtbot, session, household, plan):
    request = surveyed(session.store, household, "B1-023")
    dialog = MeasurementDialog(session, request)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.straight_spin.setValue(30.0)
    dialog.again_spin.setValue(30.5)
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    error = dialog.form._fields["reading_again"][1]
    assert error.isVisible() and "0.50" in error.text()
    assert session.store.measurements.of_request(request.uuid) == []
    dialog.again_spin.setValue(30.05)
    dialog.accept()
    assert dialog.saved is not None and not dialog.isVisible()
    stored = session.store.charger_requests.get(request.uuid)
    assert stored.measurement_uuid == dialog.saved.uuid
    assert stored.measurements[0].route_m == pytest.approx(30.0)  # route = straight line


def test_length_cable_and_cost_follow_the_typing(qtbot, session, household, plan):
    request = surveyed(session.store, household, "B1-023")
    dialog = MeasurementDialog(session, request)
    qtbot.addWidget(dialog)
    dialog.slack_spin.setValue(0.0)
    dialog.straight_spin.setValue(30.0)  # 7 kW single-phase at 30 m: 6 mm², 3.25 %
    assert "30.0 m（不超过 50 m）" in dialog.length_label.text()
    assert "6 mm²" in dialog.cable_label.text() and "3.25%" in dialog.cable_label.text()
    dialog.route_spin.setValue(50.0)
    dialog.rise_spin.setValue(3.0)  # 53 m: over the limit, and 10 mm²
    assert "53.0 m，超过 50 m" in dialog.length_label.text()
    assert "b3261e" in dialog.length_label.styleSheet()
    assert "10 mm²" in dialog.cable_label.text() and "6 mm²" in dialog.cable_label.text()
    assert "¥" in dialog.cable_label.text()


def test_the_request_form_shows_the_survey_and_asks_a_reason_over_the_limit(
        qtbot, session, household, plan):
    garage, boxes = plan
    request = surveyed(session.store, household, "B1-023")
    from fieldapp.domain.measurement import Measurement

    session.store.measurements.record(Measurement(
        request_uuid=request.uuid, meter_box_uuid=boxes["MB-NEAR"].uuid, method="tape",
        straight_m=40, route_m=55, rise_m=2, slack_m=2, measured_on="2026-11-20"))
    dialog = RequestDialog(session, session.store.charger_requests.get(request.uuid))
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.survey
    assert "MB-NEAR" in panel.box_label.text()
    assert "59.0 m，超过 50 m" in panel.length_label.text()
    assert panel.reason_edit.isVisible()
    panel.reason_edit.setText("唯一有空余表位的表箱")
    dialog.accept()
    stored = session.store.charger_requests.get(request.uuid)
    assert stored.over_limit_reason == "唯一有空余表位的表箱"
    moved = session.store.charger_requests.transition(
        stored.uuid, stored.rev, Status.PLAN_REPLIED,
        details={"replied_on": stored.surveyed_on, "reply_channel": "phone"})
    assert moved.status == "plan_replied"
