"""The garage plan page (车库图) like a user: import a drawing, calibrate, place meter
boxes and a space, draw an aisle, pick the space, see the boxes in aisle order, save the
route as a plan measurement; undo/redo write to the database; refusals are shown."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.domain.charger import Status
from fieldapp.domain.garage import Garage
from fieldapp.ui.garages.dialogs import (
    CalibrationDialog,
    MeterBoxDialog,
    ParkingSpaceDialog,
    SpaceRowDialog,
)
from fieldapp.ui.garages.page import GaragesPage
from fieldapp.ui.shared.session import Session

from .test_charger import details_for
from .test_charger_store import new_request
from .ui_helpers import Answers, answer_dialogs, type_text

SCALE = 0.05  # m per pixel: the drawing is 1000 × 600 px = 50 × 30 m
# the test garage in metres: the space S, box A nearer in a straight line (9 m) but far by
# aisle, box B farther in a straight line (11 m) but near by aisle (2 + 11 + 2 = 15 m)
SPACE, BOX_A, BOX_B = (10.0, 10.0), (10.0, 19.0), (21.0, 10.0)
AISLE = [(5.0, 12.0), (24.0, 12.0), (24.0, 21.0), (12.0, 21.0)]
A_ROUTE = 2 + 14 + 9 + 12 + (2 ** 2 + 2 ** 2) ** 0.5


def plan_png(path: Path, width: int = 1000, height: int = 600) -> Path:
    """A garage drawing: grey walls and pale aisles on white."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("#555555"))
    painter.drawRect(20, 20, width - 40, height - 40)
    painter.fillRect(100, 230, 380, 20, QColor("#e4e4e4"))
    painter.end()
    assert image.save(str(path))
    return path


@pytest.fixture
def garage(store, community):
    return store.garages.save(Garage(community_uuid=community.uuid, name="B1"))


@pytest.fixture
def request_at_space(store, household):
    request = store.charger_requests.accept(new_request(household, "b1-001"))
    return store.charger_requests.transition(request.uuid, request.rev, Status.SURVEYED,
                                             details=details_for(Status.SURVEYED))


@pytest.fixture
def page(qtbot, store, garage):
    widget = GaragesPage(Session(store))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def px(point_m: tuple[float, float]) -> QPointF:
    return QPointF(point_m[0] / SCALE, point_m[1] / SCALE)


def click(qtbot, page, scene_point: QPointF, button=Qt.MouseButton.LeftButton,
          modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = page.view
    view.set_zoom(1.0)  # a screen pixel is a drawing pixel: clicks land exactly
    view.centerOn(scene_point)
    at = view.mapFromScene(scene_point)
    assert view.mapToScene(at) == scene_point
    QTest.mouseClick(view.viewport(), button, modifier, at)


def answer(monkeypatch, dialog_class, fill) -> list:
    """Answer every `dialog_class` shown: `fill(dialog)` types, then OK."""
    shown: list = []

    def user(dialog):
        fill(dialog)
        dialog.buttons.accepted.emit()

    answer_dialogs(monkeypatch, dialog_class, user, shown)
    return shown


def calibrated_page(qtbot, page, monkeypatch, tmp_path) -> GaragesPage:
    assert page.import_drawing(str(plan_png(tmp_path / "b1.png")))
    answer(monkeypatch, CalibrationDialog, lambda d: type_text(qtbot, d.distance_edit, "25"))
    page.tool_actions["calibrate"].trigger()
    click(qtbot, page, QPointF(100, 100))
    click(qtbot, page, QPointF(600, 100))
    return page


def place(qtbot, page, monkeypatch, dialog_class, tool, at_m, code, **fields):
    def fill(dialog):
        dialog.code_edit.clear()
        type_text(qtbot, dialog.code_edit, code)
        if "free" in fields:
            dialog.positions_spin.setValue(fields["free"])

    shown = answer(monkeypatch, dialog_class, fill)
    page.tool_actions[tool].trigger()
    click(qtbot, page, px(at_m))
    return shown


def test_import_calibrate_place_route_and_save_a_plan_measurement(
        qtbot, page, store, garage, request_at_space, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)
    stored = store.garages.get(garage.uuid)
    assert (stored.image_width, stored.image_height) == (1000, 600)
    assert store.files.path(stored.image_hash).read_bytes()[:4] == b"\x89PNG"
    assert stored.scale == pytest.approx(SCALE)
    assert page.scene.drawing is not None
    assert "0.05" in page.garage_info.text()

    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_A, "MB-A", free=2)
    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_B, "MB-B", free=1)
    place(qtbot, page, monkeypatch, ParkingSpaceDialog, "space", SPACE, "B1-001")
    boxes = {b.code: (b.x, b.y, b.free_positions) for b in store.meter_boxes.of_garage(
        garage.uuid)}
    assert boxes == {"MB-A": (*BOX_A, 2), "MB-B": (*BOX_B, 1)}
    [space] = store.parking_spaces.of_garage(garage.uuid)
    assert (space.code, space.x, space.y) == ("B1-001", *SPACE)
    circles = page.scene.circles_layer  # each box at the centre of its 50 m supply circle
    assert circles.radius == pytest.approx(50 / SCALE)
    assert sorted((c.x(), c.y()) for c in circles.centres) == sorted(
        (p.x(), p.y()) for p in (px(BOX_A), px(BOX_B)))
    QTest.keyClick(page.view, Qt.Key.Key_O)
    assert not circles.isVisible() and not page.circles_action.isChecked()
    QTest.keyClick(page.view, Qt.Key.Key_O)
    assert circles.isVisible()

    page.tool_actions["aisle"].trigger()
    for point in AISLE:
        click(qtbot, page, px(point))
    QTest.keyClick(page.view, Qt.Key.Key_Escape)
    assert len(page.scene.aisle_items) == 3
    assert '"segments":[[0,1],[1,2],[2,3]]' in store.garages.get(garage.uuid).aisles

    page.tool_actions["select"].trigger()
    click(qtbot, page, px(SPACE))
    panel = page.nearest
    assert panel.space is not None and panel.space.code == "B1-001"
    listed = [(panel.boxes.topLevelItem(n).text(0), float(panel.boxes.topLevelItem(n).text(1)))
              for n in range(panel.boxes.topLevelItemCount())]
    assert listed == [("MB-B", 15.0), ("MB-A", pytest.approx(round(A_ROUTE, 1)))]
    assert panel.boxes.currentItem().text(0) == "MB-B"
    assert page.scene.route.isVisible()
    assert page.scene.route.path().elementCount() == 4  # space, its foot, box's foot, box
    assert request_at_space.request_no in panel.request_combo.currentText()

    assert "= 17.0" in panel.length_label.text()  # 15 m route + 2 m slack
    panel.rise_spin.setValue(36.0)  # a deep shaft: over the 50 m limit, drawn red
    assert "53.0" in panel.length_label.text() and "超过 50" in panel.length_label.text()
    assert page.scene.route.pen().color().name() == "#b3261e"
    panel.rise_spin.setValue(3.5)
    assert page.scene.route.pen().color().name() != "#b3261e"

    panel.save_button.click()
    [measurement] = store.measurements.of_request(request_at_space.uuid)
    assert measurement.method == "plan"
    assert (measurement.rise_m, measurement.slack_m) == (3.5, 2.0)
    assert measurement.post_meter_m == pytest.approx(20.5)
    assert measurement.route_m == pytest.approx(15.0)
    assert measurement.straight_m == pytest.approx(11.0)
    assert store.meter_boxes.get(measurement.meter_box_uuid).code == "MB-B"
    assert measurement.route.startswith("[[10.0,10.0],[10.0,12.0]")
    assert store.charger_requests.get(request_at_space.uuid).measurement_uuid == \
        measurement.uuid
    assert "MB-B" in panel.status.text()


def test_a_box_without_free_positions_is_listed_but_not_choosable(
        qtbot, page, store, garage, request_at_space, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)
    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_B, "MB-FULL", free=0)
    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_A, "MB-A", free=1)
    place(qtbot, page, monkeypatch, ParkingSpaceDialog, "space", SPACE, "B1-001")
    page.tool_actions["select"].trigger()
    click(qtbot, page, px(SPACE))
    panel = page.nearest
    # no aisles drawn: by straight line, A (9 m) first
    assert [panel.boxes.topLevelItem(n).text(0) for n in range(2)] == ["MB-A", "MB-FULL"]
    assert "直线" in panel.hint.text()
    full = panel.boxes.topLevelItem(1)
    assert not full.flags() & Qt.ItemFlag.ItemIsEnabled
    assert full.text(3) == "0"
    panel.boxes.setCurrentItem(full)
    assert panel.chosen().box.code == "MB-A"
    # once A's position is promised to the request, nothing in range can be chosen
    panel.save_button.click()
    other = store.charger_requests.accept(new_request(
        store.households.get(request_at_space.household_uuid), "B1-001"))
    panel.request_combo.setCurrentIndex(panel.request_combo.findData(other.uuid))
    assert [panel.boxes.topLevelItem(n).text(3) for n in range(2)] == ["0", "0"]
    assert panel.chosen() is None and not panel.save_button.isEnabled()
    assert "都没有空余表位" in panel.hint.text()


def test_undo_and_redo_of_a_placement_change_the_database(
        qtbot, page, store, garage, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)
    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_A, "MB-01", free=3)
    assert [b.code for b in store.meter_boxes.of_garage(garage.uuid)] == ["MB-01"]
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.meter_boxes.of_garage(garage.uuid) == []
    assert page.scene.boxes == {}
    QTest.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    [again] = store.meter_boxes.of_garage(garage.uuid)
    assert (again.code, again.x, again.y, again.free_positions) == ("MB-01", *BOX_A, 3)
    assert list(page.scene.boxes) == [again.uuid]

    # nudges: 0.1 m, Shift 1 m, stored at once; one undo takes back the run of nudges
    page.tool_actions["select"].trigger()
    page.scene.boxes[again.uuid].setSelected(True)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Right)
    QTest.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = store.meter_boxes.get(again.uuid)
    assert (moved.x, moved.y) == (pytest.approx(BOX_A[0] + 0.1), pytest.approx(BOX_A[1] + 1))
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = store.meter_boxes.get(again.uuid)
    assert (back.x, back.y) == BOX_A

    # a double click edits the box's code and free positions
    def fill(dialog):
        assert (dialog.code_edit.text(), dialog.positions_spin.value()) == ("MB-01", 3)
        dialog.positions_spin.setValue(0)

    answer(monkeypatch, MeterBoxDialog, fill)
    page.view.set_zoom(1.0)
    page.view.centerOn(px(BOX_A))
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=page.view.mapFromScene(px(BOX_A)))
    assert store.meter_boxes.get(again.uuid).free_positions == 0
    assert page.scene.boxes[again.uuid].label.text() == "MB-01 (0)"
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.meter_boxes.get(again.uuid).free_positions == 3

    # Delete removes (a tombstone), undo stores it again
    page.scene.boxes[again.uuid].setSelected(True)
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert store.meter_boxes.of_garage(garage.uuid) == []
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.code for b in store.meter_boxes.of_garage(garage.uuid)] == ["MB-01"]


def test_a_row_of_spaces_is_numbered_along_a_dragged_line(
        qtbot, page, store, garage, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)

    def fill(dialog):
        type_text(qtbot, dialog.code_edit, "B1-010")
        dialog.count_spin.setValue(5)

    answer(monkeypatch, SpaceRowDialog, fill)
    page.tool_actions["row"].trigger()
    view = page.view
    view.set_zoom(1.0)
    view.centerOn(px((15.0, 5.0)))
    start, end = view.mapFromScene(px((10.0, 5.0))), view.mapFromScene(px((20.0, 5.0)))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    spaces = store.parking_spaces.of_garage(garage.uuid)
    assert [s.code for s in spaces] == ["B1-010", "B1-011", "B1-012", "B1-013", "B1-014"]
    assert [round(s.x, 1) for s in spaces] == [10.0, 12.5, 15.0, 17.5, 20.0]
    assert len(page.scene.spaces) == 5


def test_a_refused_calibration_shows_the_reason_at_the_field(
        qtbot, page, store, garage, monkeypatch, tmp_path):
    assert page.import_drawing(str(plan_png(tmp_path / "b1.png")))
    seen = []

    def user(dialog):
        type_text(qtbot, dialog.distance_edit, "25")
        dialog.buttons.accepted.emit()
        seen.append(dialog.form._fields["distance"][1].text())
        dialog.distance_edit.clear()
        dialog.reject()

    answer_dialogs(monkeypatch, CalibrationDialog, user, [])
    page.tool_actions["calibrate"].trigger()
    click(qtbot, page, QPointF(100, 100))
    click(qtbot, page, QPointF(103, 100))  # 3 px apart
    assert "太近" in seen[0]
    assert store.garages.get(garage.uuid).scale == 0

    dialog = CalibrationDialog((0, 0), (500, 0), page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.distance_edit, "9000")
    dialog.buttons.accepted.emit()
    assert "0.5–2000" in dialog.form._fields["distance"][1].text()
    assert dialog.isVisible() and dialog.scale is None


def test_recalibrating_keeps_everything_in_its_place_on_the_drawing(
        qtbot, page, store, garage, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)
    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_A, "MB-01", free=1)
    where = page.scene.boxes[store.meter_boxes.of_garage(garage.uuid)[0].uuid].pos()
    answer(monkeypatch, CalibrationDialog, lambda d: type_text(qtbot, d.distance_edit, "50"))
    page.tools["calibrate"].pick((100, 100), (600, 100))  # 50 m, not 25: twice the scale
    [box] = store.meter_boxes.of_garage(garage.uuid)
    assert (box.x, box.y) == (BOX_A[0] * 2, BOX_A[1] * 2)
    assert page.scene.boxes[box.uuid].pos() == where
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.garages.get(garage.uuid).scale == pytest.approx(SCALE)
    assert (store.meter_boxes.get(box.uuid).x, store.meter_boxes.get(box.uuid).y) == BOX_A


def test_a_file_that_is_not_a_picture_is_refused(qtbot, page, store, garage, monkeypatch,
                                                  tmp_path):
    answers = Answers(monkeypatch)
    fake = tmp_path / "plan.png"
    fake.write_text("not a drawing at all", encoding="utf-8")
    assert not page.import_drawing(str(fake))
    assert answers.warned and "plan.png 不是图片" in answers.warned[0]
    assert store.garages.get(garage.uuid).image_hash == ""
    assert page.scene.drawing is None


def test_a_pdf_page_is_rendered_into_the_drawing(qtbot, page, store, garage, tmp_path):
    from PySide6.QtGui import QPageSize, QPdfWriter

    pdf = tmp_path / "b1.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.fillRect(1200, 1200, 2400, 1200, QColor("black"))  # 1200 dpi: 1 in from the corner
    painter.end()
    assert page.import_drawing(str(pdf))
    stored = store.garages.get(garage.uuid)
    assert store.files.path(stored.image_hash).suffix == ".png"
    # A4 (595 × 842 pt) at 200 dpi
    assert (stored.image_width, stored.image_height) == (1653, 2339)
    drawing = page.scene.drawing.pixmap().toImage()
    assert drawing.width() == 1653
    assert drawing.pixelColor(300, 250).lightness() < 30   # inside the black box
    assert drawing.pixelColor(100, 100).lightness() > 240  # white paper around it


# -- how it looks -------------------------------------------------------------------------
def drawn_garage(store, community, tmp_path) -> Garage:
    """An 80 × 50 m garage at 0.05 m/px: a drawing with walls, two aisles and bays; four
    meter boxes, two rows of spaces, the aisles' centre-lines."""
    from fieldapp.domain.garage import MeterBox, ParkingSpace
    from fieldapp.domain.routing import AisleGraph

    image = QImage(1600, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(60, 440, 1480, 120, QColor("#ececec"))   # east–west aisle
    painter.fillRect(740, 100, 120, 800, QColor("#ececec"))   # north–south aisle
    painter.setPen(QColor("#9a9a9a"))
    for x in range(100, 1500, 50):
        painter.drawRect(x, 340, 50, 100)
        painter.drawRect(x, 560, 50, 100)
    painter.setPen(QColor("#444444"))
    painter.drawRect(40, 40, 1520, 920)
    painter.end()
    path = tmp_path / "garage.png"
    image.save(str(path))
    digest = store.files.add(path, 20)
    graph = AisleGraph([(3, 25), (40, 25), (77, 25), (40, 5), (40, 45)],
                       [(0, 1), (1, 2), (3, 1), (1, 4)])
    garage = store.garages.save(Garage(
        community_uuid=community.uuid, name="B1", image_hash=digest, image_width=1600,
        image_height=1000, scale=SCALE, aisles=graph.to_json()))
    for code, x, y, free in (("MB-01", 15, 16, 3), ("MB-02", 37, 12, 0), ("MB-03", 65, 34, 2),
                             ("MB-04", 30, 38, 1)):
        store.meter_boxes.save(MeterBox(code=code, community_uuid=community.uuid,
                                        garage_uuid=garage.uuid, x=x, y=y,
                                        free_positions=free))
    store.parking_spaces.add_row(ParkingSpace(garage_uuid=garage.uuid, x=6.25, y=19.5),
                                 "B1-001", 28, (2.5, 0))
    store.parking_spaces.add_row(ParkingSpace(garage_uuid=garage.uuid, x=6.25, y=30.5),
                                 "B1-101", 28, (2.5, 0))
    return garage


@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    from fieldapp import app as fieldapp_app
    from fieldapp.domain.messages import set_language

    fieldapp_app.register_cjk_font(qapp)
    fieldapp_app.install_translations(qapp, request.param)
    set_language(request.param)
    return request.param  # conftest removes the translations afterwards


def test_the_plan_page_shows_its_texts_whole_in_chinese_and_english(
        qtbot, store, community, household, language, tmp_path):
    from fieldapp.ui.shared import preferences
    from fieldapp.ui.window.main_window import GARAGES, MainWindow

    from .test_layout import cut_texts

    garage = drawn_garage(store, community, tmp_path)
    request = store.charger_requests.accept(new_request(household, "B1-012"))
    window = MainWindow(Session(store), preferences.settings())
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(GARAGES)
    page = window.garages_page
    assert window.pages.currentWidget() is page
    assert page.scene.garage.uuid == garage.uuid and len(page.scene.spaces) == 56
    space = next(i for i in page.scene.spaces.values() if i.record.code == "B1-012")
    space.setSelected(True)
    qtbot.wait(30)
    assert page.nearest.boxes.topLevelItemCount() >= 2
    assert request.request_no in page.nearest.request_combo.currentText()
    assert page.scene.route.isVisible()
    window.grab().save(str(shots_folder() / f"{language}_garages_fit.png"))
    page.view.set_zoom(1.0)
    page.view.centerOn(space)
    qtbot.wait(10)
    window.grab().save(str(shots_folder() / f"{language}_garages_zoomed.png"))
    assert page.scene.labels_visible
    assert cut_texts(page) == []
    title = "Garage plans" if language == "en" else "车库图"
    assert window.navigation.item(GARAGES).text() == title


def shots_folder() -> Path:
    """Where the page's pictures go to be looked at (FIELDAPP_LAYOUT_SHOTS, else a
    temporary folder)."""
    import os
    import tempfile

    folder = Path(os.environ.get("FIELDAPP_LAYOUT_SHOTS") or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_an_aisle_is_selected_and_deleted_and_the_route_falls_back_to_a_straight_line(
        qtbot, page, store, garage, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)
    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_B, "MB-B", free=1)
    place(qtbot, page, monkeypatch, ParkingSpaceDialog, "space", SPACE, "B1-001")
    page.tool_actions["aisle"].trigger()
    click(qtbot, page, px(AISLE[0]))
    click(qtbot, page, px(AISLE[1]))
    QTest.keyClick(page.view, Qt.Key.Key_Escape)
    page.tool_actions["select"].trigger()
    click(qtbot, page, px((15.0, 12.0)))  # on the aisle, away from its ends
    assert [item.index for item in page.scene.selected_aisles()] == [0]
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert store.garages.get(garage.uuid).aisles == ""
    click(qtbot, page, px(SPACE))
    assert page.nearest.found[0].route.length_m == pytest.approx(11.0)  # straight
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert '"segments":[[0,1]]' in store.garages.get(garage.uuid).aisles
    assert page.nearest.found[0].route.length_m == pytest.approx(15.0)  # along it again


def test_zoomed_out_a_space_painted_by_its_layer_is_still_picked_by_a_click(
        qtbot, store, community, tmp_path):
    garage = drawn_garage(store, community, tmp_path)
    page = GaragesPage(Session(store))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.scene.garage.uuid == garage.uuid
    page.view.set_zoom(0.1)  # a space 4.8 px across
    assert page.scene.overview and page.scene.spaces_layer.isVisible()
    space = next(i for i in page.scene.spaces.values() if i.record.code == "B1-105")
    page.view.centerOn(space)
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.mapFromScene(space.pos()))
    assert page.nearest.space is not None and page.nearest.space.code == "B1-105"
    assert not space.flags() & space.GraphicsItemFlag.ItemHasNoContents  # drawn selected
    page.view.set_zoom(1.0)
    assert not page.scene.overview and not page.scene.spaces_layer.isVisible()


def test_drag_pan_and_zoom_to_the_cursor(qtbot, page, store, garage, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)
    place(qtbot, page, monkeypatch, MeterBoxDialog, "box", BOX_A, "MB-01", free=1)
    page.tool_actions["select"].trigger()
    view = page.view
    view.set_zoom(1.0)
    view.centerOn(px(BOX_A))
    start = view.mapFromScene(px(BOX_A))
    end = view.mapFromScene(px((12.0, 19.0)))  # 2 m to the right
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 4)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    [box] = store.meter_boxes.of_garage(garage.uuid)
    assert (box.x, box.y) == (pytest.approx(12.0), pytest.approx(19.0))
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (store.meter_boxes.get(box.uuid).x, store.meter_boxes.get(box.uuid).y) == BOX_A

    # dragging the background (inside a supply circle) pans and moves nothing
    assert page.scene.circles_layer.isVisible()
    empty = view.mapFromScene(px((20.0, 25.0)))
    before = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    QTest.mouseMove(view.viewport(), empty + QPoint(-40, -30))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=empty + QPoint(-40, -30))
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == (
        before[0] + 40, before[1] + 30)
    assert (store.meter_boxes.get(box.uuid).x, store.meter_boxes.get(box.uuid).y) == BOX_A

    # the wheel zooms keeping the point under the cursor where it is; + - 0 from the keys
    cursor = view.mapFromScene(px(BOX_A)) + QPoint(30, 10)
    under = view.mapToScene(cursor)
    wheel = QWheelEvent(QPointF(cursor), QPointF(view.viewport().mapToGlobal(cursor)),
                        QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(1.25)
    after = view.mapToScene(cursor)
    assert abs(after.x() - under.x()) <= 1 and abs(after.y() - under.y()) <= 1
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.25 ** 2)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(1.0)
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == pytest.approx(view.fit_zoom())


def test_a_drawing_over_the_size_limit_is_refused(qtbot, page, store, garage, monkeypatch,
                                                  tmp_path):
    import dataclasses
    import random

    store.save_settings(dataclasses.replace(store.settings(), plan_image_max_mb=1))
    noise = random.Random(5).randbytes(800 * 800 * 4)
    big = tmp_path / "big.png"
    QImage(noise, 800, 800, QImage.Format.Format_RGB32).save(str(big))
    assert big.stat().st_size > 1024 * 1024
    answers = Answers(monkeypatch)
    assert not page.import_drawing(str(big))
    assert answers.warned and "超过上限 1 MB" in answers.warned[0]
    assert store.garages.get(garage.uuid).image_hash == ""
    assert not (store.files.folder.exists() and any(store.files.folder.rglob("*.png")))


def test_drawn_aisles_connect_where_they_meet_or_cross():
    from fieldapp.domain.routing import AisleGraph
    from fieldapp.ui.garages import aisle_edit

    graph = AisleGraph([(0, 10), (40, 10)], [(0, 1)])
    # a click 0.3 m beside the aisle (snap 0.5 m) splits it there
    graph, k = aisle_edit.with_point(graph, (15.0, 10.3), 0.5)
    assert graph.points[k] == (15.0, 10.0) and len(graph.segments) == 2
    # a click near an existing point reuses it
    same, again = aisle_edit.with_point(graph, (0.2, 10.1), 0.5)
    assert again == 0 and same is graph
    # a new aisle crossing the first one splits both at the crossing
    graph, a = aisle_edit.with_point(graph, (30.0, 0.0), 0.5)
    graph, b = aisle_edit.with_point(graph, (30.0, 20.0), 0.5)
    crossed = aisle_edit.with_segment(graph, a, b)
    assert (30.0, 10.0) in crossed.points and len(crossed.segments) == 5
    route = crossed.route((0.0, 10.0), (30.0, 20.0))
    assert route.along_aisles and route.length_m == pytest.approx(40.0)  # 30 east, 10 south
    # removing a segment drops the points no segment uses any more
    east = crossed.segments.index(next(s for s in crossed.segments
                                       if {crossed.points[i] for i in s} ==
                                       {(30.0, 10.0), (40.0, 10.0)}))
    pruned = aisle_edit.without_segments(crossed, {east})
    assert (40.0, 10.0) not in pruned.points and len(pruned.segments) == 4


def test_a_new_garage_is_added_to_the_chosen_community_and_opened(qtbot, page, store,
                                                                  garage, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    names = iter([("B2", True), (" B2 ", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(names))
    answers = Answers(monkeypatch)
    chooser = page.chooser
    assert [chooser.garage_list.item(n).text() for n in range(chooser.garage_list.count())] \
        == ["B1"]
    chooser.new_garage_button.click()
    added = [g for g in store.garages.of_community(garage.community_uuid) if g.name == "B2"]
    assert len(added) == 1
    assert chooser.garage_list.currentItem().text() == "B2"
    assert page.scene.garage.uuid == added[0].uuid and page.scene.drawing is None
    assert "没有图纸" in page.garage_info.text()
    assert not page.tool_actions["box"].isEnabled()  # nothing placed before calibrating
    chooser.new_garage_button.click()  # the same name again: refused with the reason
    assert answers.warned and "已有车库“B2”" in answers.warned[0]
    assert len(store.garages.of_community(garage.community_uuid)) == 2


def test_a_new_drawing_in_the_middle_of_an_aisle_ends_the_line_cleanly(
        qtbot, page, store, garage, monkeypatch, tmp_path):
    calibrated_page(qtbot, page, monkeypatch, tmp_path)
    page.tool_actions["aisle"].trigger()
    click(qtbot, page, px(AISLE[0]))  # a line begun, its preview following the mouse
    assert page.import_drawing(str(plan_png(tmp_path / "b1-new.png", 1200, 600)))
    assert page.scene.drawing.pixmap().width() == 1200
    click(qtbot, page, px(AISLE[1]))  # starts a new line: nothing drawn from the old one
    assert store.garages.get(garage.uuid).aisles == ""
    click(qtbot, page, px(AISLE[2]))
    assert '"segments":[[0,1]]' in store.garages.get(garage.uuid).aisles
