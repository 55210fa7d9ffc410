"""The plan scene: the drawing and the garage's items, kept in step with the database.

Scene units are the drawing's pixels; a position in metres is pixels × the garage's scale
(metres per pixel). The scene is the commands' listener: after each write it updates the
one item that changed, and rebuilds itself when the scale or the drawing changed.

Repaints stay cheap at any zoom: zoomed out, the spaces, the supply circles and the aisles
are painted by one layer each (layers.py) while their items, kept for hitting and
dragging, paint nothing unless selected; zoomed in, the spaces paint themselves with
their codes (few are in view then).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGraphicsScene

from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.routing import AisleGraph
from fieldapp.ui.garages.items import (
    LABEL_MIN_PX,
    SPACE_LABEL_M,
    SPACE_SIDE_M,
    AisleSegmentItem,
    DrawnRouteItem,
    MeterBoxItem,
    ParkingSpaceItem,
    PlanMarker,
    RouteItem,
)
from fieldapp.ui.garages.layers import AislesLayer, CirclesLayer, DrawingItem, SpacesLayer
from fieldapp.ui.garages.plan_data import PlanRecords

UNCALIBRATED_SCALE = 0.05  # m/px used to show positions of a garage not calibrated yet
MARGIN_PX = 200.0
OVERVIEW_SIDE_PX = 14.0    # spaces smaller than this on screen are painted by their layer


class PlanScene(QGraphicsScene):
    """Emits `rebuild_needed` when the garage's scale or drawing changed (the page reads
    the plan again), `write_failed(message)` when an undo or redo was refused and
    `records_changed` after each edit."""

    rebuild_needed = Signal()
    write_failed = Signal(str)
    records_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.garage: Garage | None = None
        self.limit_m = 50.0
        self.boxes: dict[str, MeterBoxItem] = {}
        self.spaces: dict[str, ParkingSpaceItem] = {}
        self.aisle_items: list[AisleSegmentItem] = []
        self.graph = AisleGraph()
        self.drawing: DrawingItem | None = None
        self.route = RouteItem()
        self.drawn_route = DrawnRouteItem()
        self.spaces_layer = SpacesLayer()
        self.circles_layer = CirclesLayer()
        self.aisles_layer = AislesLayer()
        self._kept = (self.route, self.drawn_route, self.spaces_layer, self.circles_layer,
                      self.aisles_layer)
        for item in self._kept:
            self.addItem(item)
        self._overview: bool | None = None  # spaces painted by their layer
        self._labels: bool | None = None
        self._movable = True
        self._zoom = 1.0
        self._selected: set = set()
        self.selectionChanged.connect(self._paint_selected)

    # -- the plan --------------------------------------------------------------------------
    @property
    def scale(self) -> float:
        """Metres per scene pixel (a stand-in while the garage is not calibrated)."""
        if self.garage is not None and self.garage.scale > 0:
            return self.garage.scale
        return UNCALIBRATED_SCALE

    @property
    def calibrated(self) -> bool:
        return self.garage is not None and self.garage.scale > 0

    def show_plan(self, plan: PlanRecords | None, limit_m: float,
                  pixmap: QPixmap | None = None) -> None:
        """Show a garage (None: nothing); `pixmap` is its drawing, already read."""
        self.clear_plan()
        if plan is None:
            return
        self.garage, self.limit_m = plan.garage, limit_m
        if pixmap is not None and not pixmap.isNull():
            self.drawing = DrawingItem(pixmap)
            self.addItem(self.drawing)
        for box in plan.boxes:
            self._add_box(box)
        for space in plan.spaces:
            self._add_space(space)
        self._show_aisles(plan.garage.aisles)
        self._fit_rect()
        self._overview = self._labels = None
        self.set_zoom(self._zoom)
        self.refresh_layers()

    def clear_plan(self) -> None:
        self._selected.clear()
        for item in list(self.items()):
            if item not in self._kept and item.parentItem() is None:
                self.removeItem(item)
        self.boxes.clear()
        self.spaces.clear()
        self.aisle_items.clear()
        self.graph = AisleGraph()
        self.drawing = None
        self.garage = None
        self.route.hide()
        self.drawn_route.hide()
        self.refresh_layers()
        self.setSceneRect(QRectF(0, 0, 800, 600))

    def _fit_rect(self) -> None:
        if self.drawing is not None:
            rect = self.drawing.boundingRect()
        elif self.boxes or self.spaces:
            rect = QRectF()
            for item in (*self.boxes.values(), *self.spaces.values()):
                rect = rect.united(item.sceneBoundingRect())
        else:
            rect = QRectF(0, 0, 800, 600)
        self.setSceneRect(rect.adjusted(-MARGIN_PX, -MARGIN_PX, MARGIN_PX, MARGIN_PX))

    def content_rect(self) -> QRectF:
        """What `fit` shows: the drawing, else the items."""
        if self.drawing is not None:
            return self.drawing.sceneBoundingRect()
        return self.sceneRect().adjusted(MARGIN_PX, MARGIN_PX, -MARGIN_PX, -MARGIN_PX)

    # -- metres and pixels -----------------------------------------------------------------
    def to_scene(self, x_m: float, y_m: float) -> QPointF:
        return QPointF(x_m / self.scale, y_m / self.scale)

    def to_metres(self, point: QPointF) -> tuple[float, float]:
        """A scene point in metres, to the millimetre, kept on the plan (not below 0)."""
        return (round(max(point.x(), 0.0) * self.scale, 3),
                round(max(point.y(), 0.0) * self.scale, 3))

    # -- items -----------------------------------------------------------------------------
    def _add_box(self, box: MeterBox) -> MeterBoxItem:
        item = MeterBoxItem(box, 1 / self.scale)
        item.setPos(self.to_scene(box.x, box.y))
        item.set_movable(self._movable)
        self.addItem(item)
        self.boxes[box.uuid] = item
        return item

    def _add_space(self, space: ParkingSpace) -> ParkingSpaceItem:
        item = ParkingSpaceItem(space, 1 / self.scale)
        item.setPos(self.to_scene(space.x, space.y))
        item.set_movable(self._movable)
        item.label.setVisible(bool(self._labels))
        item.set_painted(not self._overview)
        self.addItem(item)
        self.spaces[space.uuid] = item
        return item

    def marker(self, record_uuid: str) -> PlanMarker | None:
        return self.boxes.get(record_uuid) or self.spaces.get(record_uuid)

    def selected_markers(self) -> list[PlanMarker]:
        return [item for item in self.selectedItems() if isinstance(item, PlanMarker)]

    def selected_aisles(self) -> list[AisleSegmentItem]:
        return [item for item in self.selectedItems() if isinstance(item, AisleSegmentItem)]

    def _paint_selected(self) -> None:
        """Selected items paint themselves (a layer does not show selection)."""
        now = set(self.selectedItems())
        for item in self._selected | now:
            if item.scene() is not self:
                continue
            if isinstance(item, AisleSegmentItem):
                item.set_painted(item in now)
            elif isinstance(item, ParkingSpaceItem):
                item.set_painted(item in now or not self._overview)
        self._selected = now

    # -- the commands' listener ------------------------------------------------------------
    def record_saved(self, record) -> None:
        if isinstance(record, Garage):
            before, self.garage = self.garage, record
            if before is None or before.scale != record.scale \
                    or before.image_hash != record.image_hash:
                self.rebuild_needed.emit()
            elif before.aisles != record.aisles:
                self._show_aisles(record.aisles)
            return
        items = self.boxes if isinstance(record, MeterBox) else self.spaces
        item = items.get(record.uuid)
        if item is None:
            item = self._add_box(record) if isinstance(record, MeterBox) \
                else self._add_space(record)
        else:
            item.show_record(record)
            item.setPos(self.to_scene(record.x, record.y))

    def record_removed(self, record_uuid: str) -> None:
        item = self.boxes.pop(record_uuid, None) or self.spaces.pop(record_uuid, None)
        if item is not None:
            self._selected.discard(item)
            self.removeItem(item)

    def edit_done(self) -> None:
        """After a command's writes (once, however many records it wrote)."""
        self.refresh_layers()
        self.records_changed.emit()

    def write_refused(self, message: str) -> None:
        self.write_failed.emit(message)

    # -- layers ----------------------------------------------------------------------------
    def refresh_layers(self) -> None:
        """The layers from the items' positions now (after an edit, not per record)."""
        half = SPACE_SIDE_M / self.scale / 2
        self.spaces_layer.set_rects([QRectF(item.x() - half, item.y() - half, 2 * half,
                                            2 * half) for item in self.spaces.values()])
        self.circles_layer.set_circles([item.pos() for item in self.boxes.values()],
                                       self.limit_m / self.scale)

    def _show_aisles(self, aisles_json: str) -> None:
        for item in self.aisle_items:
            self._selected.discard(item)
            self.removeItem(item)
        self.aisle_items.clear()
        try:
            self.graph = AisleGraph.from_json(aisles_json)
        except ValueError:
            self.graph = AisleGraph()
        lines = []
        for index, (i, j) in enumerate(self.graph.segments):
            start, end = self.to_scene(*self.graph.points[i]), self.to_scene(*self.graph.points[j])
            item = AisleSegmentItem(index, start, end)
            self.addItem(item)
            self.aisle_items.append(item)
            lines.append(QLineF(start, end))
        self.aisles_layer.set_lines(lines)

    # -- what is shown ---------------------------------------------------------------------
    def set_circles_visible(self, visible: bool) -> None:
        """Each box's supply circle (the post-meter limit around it), on or off."""
        self.circles_layer.setVisible(visible)

    @property
    def circles_visible(self) -> bool:
        return self.circles_layer.isVisible()

    def set_movable(self, movable: bool) -> None:
        """Boxes and spaces can be dragged (the select tool) or not (other tools)."""
        self._movable = movable
        for item in (*self.boxes.values(), *self.spaces.values()):
            item.set_movable(movable)

    def set_zoom(self, zoom: float) -> None:
        """The view's zoom (screen pixels per drawing pixel): zoomed out the spaces are
        painted by their layer; their codes only when tall enough to read."""
        self._zoom = zoom
        px_per_m = zoom / self.scale
        overview = SPACE_SIDE_M * px_per_m < OVERVIEW_SIDE_PX
        if overview != self._overview:
            self._overview = overview
            self.spaces_layer.setVisible(overview)
            for item in self.spaces.values():
                item.set_painted(not overview or item.isSelected())
        readable = SPACE_LABEL_M * px_per_m >= LABEL_MIN_PX
        if readable != self._labels:
            self._labels = readable
            for item in self.spaces.values():
                item.label.setVisible(readable)

    @property
    def labels_visible(self) -> bool:
        return bool(self._labels)

    @property
    def overview(self) -> bool:
        return bool(self._overview)

    def show_route(self, points_m: list[tuple[float, float]] | None,
                   over_limit: bool = False) -> None:
        """Draw a cable route (metres) or hide it (None)."""
        if not points_m:
            self.route.hide()
            return
        self.route.show_route([self.to_scene(x, y) for x, y in points_m], over_limit)

    def show_drawn_route(self, points_m: list[tuple[float, float]] | None,
                         over_limit: bool = False) -> None:
        """Draw the route drawn by hand (metres) or hide it (None)."""
        if not points_m:
            self.drawn_route.hide()
            return
        self.drawn_route.show_route([self.to_scene(x, y) for x, y in points_m], over_limit)

    def nearest_aisle_point(self, point: QPointF, tolerance_px: float) -> int | None:
        """The aisle point within `tolerance_px` (scene) of `point`, nearest first."""
        best, best_d = None, tolerance_px
        for index, (x, y) in enumerate(self.graph.points):
            scene = self.to_scene(x, y)
            d = math.hypot(scene.x() - point.x(), scene.y() - point.y())
            if d <= best_d:
                best, best_d = index, d
        return best
