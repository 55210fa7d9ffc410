"""画路径 (W): the surveyor draws the cable's own route, point by point, where it will
really run (along walls, on ceiling trays) instead of the suggestion along the aisles.

The route starts at a meter box (the one chosen in the nearest list, or a box clicked
first) and ends at a parking space (a click on it, or a double click / Enter ending at
the selected space); its ends are snapped to the box's and the space's positions.
Backspace takes back the last point, Esc cancels. While drawing, the nearest panel shows
the length so far; once finished the panel keeps the route for 保存为测量.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGraphicsLineItem

from fieldapp.domain.garage import MeterBox
from fieldapp.ui.garages.items import MeterBoxItem, ParkingSpaceItem, PlanMarker
from fieldapp.ui.garages.tools import Tool

Point = tuple[float, float]


class RouteTool(Tool):
    """Click the points of a cable route from a meter box to a parking space."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, bench):
        super().__init__(bench)
        self.box: MeterBox | None = None
        self.points: list[Point] = []  # metres: the box's position, then each click
        self._line: QGraphicsLineItem | None = None

    @property
    def panel(self):
        return self.bench.nearest

    @property
    def drawing(self) -> bool:
        return self.box is not None

    def deactivate(self) -> None:
        if self.drawing:
            self.cancel()

    # -- what is clicked -----------------------------------------------------------------
    def _marker_at(self, point: QPointF) -> PlanMarker | None:
        """The box or space under `point` (a click on a label counts as on its marker)."""
        for item in self.scene.items(point):
            while item is not None and not isinstance(item, PlanMarker):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def press(self, point: QPointF, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if not self.scene.calibrated:
            self.panel.refuse(QCoreApplication.translate(
                "RouteTool", "图纸未标定（比例尺为 0），不能画路径：先用“标定”量一段已知距离"))
            return True
        marker = self._marker_at(point)
        if not self.drawing:
            self._begin(marker, point)
        elif isinstance(marker, ParkingSpaceItem):
            self.finish(marker)
        else:
            self.add_point(self.scene.to_metres(point))
        return True

    def _begin(self, marker: PlanMarker | None, point: QPointF) -> None:
        """Start at the clicked box, else at the box chosen in the panel (the click is
        the first point then; a click on the panel's space goes straight there)."""
        if isinstance(marker, MeterBoxItem):
            self._start(marker.record)
            return
        nearby = self.panel.chosen()
        if nearby is None or self.panel.space is None:
            self.panel.refuse(QCoreApplication.translate(
                "RouteTool", "先选一个车位和右侧列表中的表箱，或先点一下表箱"))
            return
        self._start(nearby.box)
        if isinstance(marker, ParkingSpaceItem):
            self.finish(marker)
        else:
            self.add_point(self.scene.to_metres(point))

    def _start(self, box: MeterBox) -> None:
        self.box, self.points = box, [(box.x, box.y)]
        self._show()

    def add_point(self, point_m: Point) -> None:
        """One more point of the route (metres)."""
        if point_m != self.points[-1]:
            self.points.append(point_m)
        self._show()

    def finish(self, space_item: ParkingSpaceItem | None = None) -> None:
        """End at `space_item` (else the panel's space): the route goes to the panel."""
        if space_item is not None and (self.panel.space is None
                                       or space_item.record.uuid != self.panel.space.uuid):
            self.scene.clearSelection()
            space_item.setSelected(True)  # the page shows this space's boxes
        space = self.panel.space
        if space is None:
            self.panel.refuse(QCoreApplication.translate("RouteTool", "点一下车位结束路径"))
            return
        points = [*self.points, (space.x, space.y)]
        box = self.box
        self._clear_preview()
        self.box, self.points = None, []
        self.panel.set_drawn_route(box, points, finished=True)

    def cancel(self) -> None:
        """Drop the route being drawn; the panel goes back to the suggestion."""
        self._clear_preview()
        self.box, self.points = None, []
        self.panel.use_suggested()

    # -- showing ---------------------------------------------------------------------------
    def _show(self) -> None:
        last = self.scene.to_scene(*self.points[-1])
        if self._line is None:
            self._line = self._preview(last)
        self._line.setLine(QLineF(last, self._line.line().p2()))
        self.panel.set_drawn_route(self.box, list(self.points), finished=False)

    def _clear_preview(self) -> None:
        if self._line is not None:
            if self._line.scene() is not None:
                self._line.scene().removeItem(self._line)
            self._line = None

    def move(self, point: QPointF, event: QMouseEvent) -> None:
        if self._line is not None:
            self._line.setLine(QLineF(self._line.line().p1(), point))

    def double_click(self, point: QPointF, event: QMouseEvent) -> bool:
        """Ends the route at the selected space (or the space double-clicked); the point
        double-clicked is the last before it (its first click usually added it already)."""
        if self.drawing:
            marker = self._marker_at(point)
            if isinstance(marker, ParkingSpaceItem):
                self.finish(marker)
            else:
                self.add_point(self.scene.to_metres(point))
                self.finish()
        return True

    def key(self, event: QKeyEvent) -> bool:
        if not self.drawing:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif key == Qt.Key.Key_Backspace:
            if len(self.points) > 1:
                self.points.pop()
                self._show()
            else:
                self.cancel()
        else:
            return False
        return True
