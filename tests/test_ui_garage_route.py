"""画路径 on the garage plan like a user: pick a space and a box, click the cable's own
route, see its length beside the suggestion, save it as the request's plan measurement;
Backspace takes a point back, Esc cancels, an uncalibrated plan is refused."""
from __future__ import annotations

import json
import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldapp.domain.charger import Status
from fieldapp.domain.garage import MeterBox, ParkingSpace
from fieldapp.ui.garages.page import GaragesPage
from fieldapp.ui.shared.session import Session

from .test_charger import details_for
from .test_charger_store import new_request
from .test_ui_garages import click, drawn_garage, language, px, shots_folder  # noqa: F401

SPACE = (33.75, 19.5)   # B1-012 in drawn_garage
BOX = (15.0, 16.0)      # MB-01
WAYPOINTS = [(15.0, 14.0), (33.75, 14.0)]  # up from the box, along the wall
LEGS = [math.dist(a, b) for a, b in zip([BOX, *WAYPOINTS], [*WAYPOINTS, SPACE])]


@pytest.fixture
def plan(store, community, tmp_path):
    return drawn_garage(store, community, tmp_path)


@pytest.fixture
def request_b1_012(store, household):
    request = store.charger_requests.accept(new_request(household, "B1-012"))
    return store.charger_requests.transition(request.uuid, request.rev, Status.SURVEYED,
                                             details=details_for(Status.SURVEYED))


@pytest.fixture
def page(qtbot, store, plan, request_b1_012):
    widget = GaragesPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.scene.garage.uuid == plan.uuid
    return widget


def pick_space_and_box(qtbot, page, code: str = "MB-01") -> None:
    page.tool_actions["select"].trigger()
    click(qtbot, page, px(SPACE))
    panel = page.nearest
    assert panel.space is not None and panel.space.code == "B1-012"
    item = next(panel.boxes.topLevelItem(n) for n in range(panel.boxes.topLevelItemCount())
                if panel.boxes.topLevelItem(n).text(0) == code)
    panel.boxes.setCurrentItem(item)
    assert panel.chosen().box.code == code


def shown_metres(text: str) -> list[float]:
    import re

    return [float(n) for n in re.findall(r"(\d+\.\d)\s*(?:米|m)", text)]


def test_a_drawn_route_is_measured_live_and_saved_as_the_plan_measurement(
        qtbot, page, store, request_b1_012):
    pick_space_and_box(qtbot, page)
    panel = page.nearest
    suggested = panel.chosen().route.length_m
    page.tool_actions["route"].trigger()
    assert page.tool_actions["route"].isChecked()
    for n, waypoint in enumerate(WAYPOINTS):
        click(qtbot, page, px(waypoint))
        so_far = sum(LEGS[:n + 1])
        assert panel.drawn_length_m() == pytest.approx(so_far)
        assert f"{so_far:.1f} 米" in panel.drawn_label.text()
        assert "画线中" in panel.drawn_label.text()
        assert not panel.save_button.isEnabled()  # not at the space yet
    click(qtbot, page, px(SPACE))  # the space: the route ends there
    total = sum(LEGS)
    assert panel.drawn_finished
    assert panel.drawn_points == [BOX, *WAYPOINTS, SPACE]
    assert panel.drawn_length_m() == pytest.approx(total)
    drawn_text = panel.drawn_label.text()
    assert "MB-01" in drawn_text and "3 段" in drawn_text and "画线中" not in drawn_text
    assert shown_metres(drawn_text) == [round(total, 1), round(suggested, 1)]
    assert f"= {total + 2:.1f} 米" in panel.length_label.text()  # + 2 m slack
    assert "画的路径" in panel.length_label.text()
    # drawn on the plan, dashed and purple, beside the green suggestion
    drawn, route = page.scene.drawn_route, page.scene.route
    assert drawn.isVisible() and route.isVisible()
    assert drawn.path().elementCount() == 4
    assert drawn.pen().style() == Qt.PenStyle.DashLine
    assert drawn.pen().color().name() != route.pen().color().name()
    # a deep rise takes it over 50 m: the length turns red, and so does the drawn route
    panel.rise_spin.setValue(30.0)
    assert "超过 50" in panel.length_label.text() and "b3261e" in panel.length_label.styleSheet()
    assert drawn.pen().color().name() == "#b3261e"
    panel.rise_spin.setValue(1.5)

    assert panel.save_button.isEnabled() and panel.suggest_button.isVisible()
    panel.save_button.click()
    [measurement] = store.measurements.of_request(request_b1_012.uuid)
    assert measurement.method == "plan"
    assert measurement.route_m == pytest.approx(round(total, 2))
    assert measurement.straight_m == pytest.approx(round(math.dist(BOX, SPACE), 2))
    assert json.loads(measurement.route) == [list(p) for p in [BOX, *WAYPOINTS, SPACE]]
    assert (measurement.rise_m, measurement.slack_m) == (1.5, 2.0)
    assert store.meter_boxes.get(measurement.meter_box_uuid).code == "MB-01"
    assert store.charger_requests.get(request_b1_012.uuid).measurement_uuid == \
        measurement.uuid
    assert f"{total + 3.5:.1f}" in panel.status.text()
    assert page.scene.drawn_route.isVisible()  # still shown after saving

    # 用建议路径: back to the suggestion, which is what a second save stores
    panel.suggest_button.click()
    assert not page.scene.drawn_route.isVisible() and panel.drawn_label.text() == ""
    assert not panel.suggest_button.isVisible()
    panel.save_button.click()
    latest = max(store.measurements.of_request(request_b1_012.uuid),
                 key=lambda m: m.created_at)
    assert latest.route_m == pytest.approx(round(suggested, 2))


def test_backspace_takes_back_a_point_and_esc_cancels_without_saving(
        qtbot, page, store, request_b1_012):
    pick_space_and_box(qtbot, page)
    panel = page.nearest
    page.tool_actions["route"].trigger()
    click(qtbot, page, px(WAYPOINTS[0]))
    click(qtbot, page, px(WAYPOINTS[1]))
    assert len(panel.drawn_points) == 3
    QTest.keyClick(page.view, Qt.Key.Key_Backspace)
    assert panel.drawn_points == [BOX, WAYPOINTS[0]]
    assert panel.drawn_length_m() == pytest.approx(LEGS[0])
    assert f"{LEGS[0]:.1f} 米" in panel.drawn_label.text()
    QTest.keyClick(page.view, Qt.Key.Key_Escape)
    assert panel.drawn_points == [] and not page.scene.drawn_route.isVisible()
    assert panel.drawn_label.text() == ""
    assert store.measurements.of_request(request_b1_012.uuid) == []
    # Enter ends a route at the selected space
    click(qtbot, page, px(WAYPOINTS[0]))
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert panel.drawn_finished and panel.drawn_points == [BOX, WAYPOINTS[0], SPACE]
    assert panel.drawn_length_m() == pytest.approx(LEGS[0] + math.dist(WAYPOINTS[0], SPACE))
    # a double click ends one at the selected space too (its first click is a point)
    click(qtbot, page, px(WAYPOINTS[0]))
    assert not panel.drawn_finished and panel.drawn_points == [BOX, WAYPOINTS[0]]
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=page.view.mapFromScene(px(WAYPOINTS[1])))
    assert panel.drawn_finished
    assert panel.drawn_points == [BOX, WAYPOINTS[0], WAYPOINTS[1], SPACE]
    assert store.measurements.of_request(request_b1_012.uuid) == []  # saved only on 保存


def test_a_route_begun_on_a_box_picks_the_space_it_ends_on(qtbot, page, store):
    page.tool_actions["route"].trigger()
    assert page.nearest.space is None
    click(qtbot, page, px((30.0, 38.0)))   # MB-04
    click(qtbot, page, px((30.0, 33.5)))
    click(qtbot, page, px((38.75, 30.5)))  # B1-114
    panel = page.nearest
    assert panel.space.code == "B1-114" and panel.drawn_box.code == "MB-04"
    assert panel.drawn_points == [(30.0, 38.0), (30.0, 33.5), (38.75, 30.5)]
    assert panel.chosen().box.code == "MB-04" and panel.drawn_finished


def test_a_route_on_an_uncalibrated_plan_is_refused(qtbot, store, community, household,
                                                   tmp_path):
    from fieldapp.domain.garage import Garage

    garage = store.garages.save(Garage(community_uuid=community.uuid, name="B9"))
    box = store.meter_boxes.save(MeterBox(code="MB-09", community_uuid=community.uuid,
                                          garage_uuid=garage.uuid, x=5, y=5,
                                          free_positions=2))
    store.parking_spaces.save(ParkingSpace(garage_uuid=garage.uuid, code="B9-001", x=10,
                                           y=5))
    page = GaragesPage(Session(store))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.scene.garage.uuid == garage.uuid and not page.scene.calibrated
    page.tool_actions["route"].trigger()
    item = page.scene.boxes[box.uuid]
    page.view.centerOn(item)
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.mapFromScene(item.pos()))
    assert "未标定" in page.nearest.status.text()
    assert page.nearest.drawn_points == [] and not page.scene.drawn_route.isVisible()


def test_the_page_with_a_drawn_route_shows_its_texts_whole(
        qtbot, store, plan, request_b1_012, language):  # noqa: F811 - the fixture
    from fieldapp.ui.shared import preferences
    from fieldapp.ui.window.main_window import GARAGES, MainWindow

    from .test_layout import cut_texts

    window = MainWindow(Session(store), preferences.settings())
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(GARAGES)
    page = window.garages_page
    pick_space_and_box(qtbot, page)
    page.tool_actions["route"].trigger()
    for point in (*WAYPOINTS, SPACE):
        click(qtbot, page, px(point))
    panel = page.nearest
    assert panel.drawn_finished and panel.suggest_button.isVisible()
    page.view.fit()
    qtbot.wait(30)
    assert cut_texts(page) == []
    drawn = "Drawn route" if language == "en" else "画的路径"
    assert panel.drawn_label.text().startswith(drawn)
    assert page.tool_actions["route"].text() == ("Draw route" if language == "en"
                                                 else "画路径")
    window.grab().save(str(shots_folder() / f"{language}_garages_drawn_route.png"))
    page.view.set_zoom(0.5)
    page.view.centerOn(px((25.0, 16.0)))
    qtbot.wait(10)
    window.grab().save(str(shots_folder() / f"{language}_garages_drawn_route_zoomed.png"))
