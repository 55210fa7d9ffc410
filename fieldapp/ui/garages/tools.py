"""The plan's tools: what a click, a drag and a key do in each mode.

选择 (V) selects, drags and nudges boxes and spaces; 标定 (C) picks two points and asks
their real distance; 表箱 (B) and 车位 (P) place one; 一排车位 (R) drags a line along
which a numbered row is placed; 通道 (A) draws aisle centre-lines point by point,
snapping to points and segments already drawn (Esc, a right click or a double click ends
the line). The page (`bench`) gives the tools its scene, view, edits and garage.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDialog, QGraphicsLineItem, QMessageBox

from fieldapp.domain.garage import numbered_codes
from fieldapp.store import StoreError
from fieldapp.ui.garages import aisle_edit
from fieldapp.ui.garages.dialogs import (
    CalibrationDialog,
    MeterBoxDialog,
    ParkingSpaceDialog,
    SpaceRowDialog,
)
from fieldapp.ui.garages.items import Z_PREVIEW, MeterBoxItem, PlanMarker, cosmetic

NUDGE_M, NUDGE_BIG_M = 0.1, 1.0
SNAP_PX = 10.0  # screen pixels within which a click joins an aisle point or segment
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
          Qt.Key.Key_Down: (0, 1)}


class Tool:
    """Base: does nothing, so the view's own selection and dragging apply."""

    cursor = Qt.CursorShape.ArrowCursor
    pans_on_background = False
    movable = False  # boxes and spaces can be dragged in this mode

    def __init__(self, bench):
        self.bench = bench

    @property
    def scene(self):
        return self.bench.scene

    def activate(self) -> None:
        self.scene.set_movable(self.movable)
        self.bench.view.viewport().setCursor(self.cursor)

    def deactivate(self) -> None:
        pass

    def press(self, point: QPointF, event: QMouseEvent) -> bool:
        return False

    def move(self, point: QPointF, event: QMouseEvent) -> None:
        pass

    def release(self, point: QPointF, event: QMouseEvent) -> None:
        pass

    def double_click(self, point: QPointF, event: QMouseEvent) -> bool:
        return False

    def key(self, event: QKeyEvent) -> bool:
        return False

    def snap_m(self) -> float:
        """SNAP_PX on screen, in metres at the present zoom."""
        return SNAP_PX / max(self.bench.view.zoom, 1e-6) * self.scene.scale

    def _preview(self, start: QPointF) -> QGraphicsLineItem:
        line = QGraphicsLineItem(QLineF(start, start))
        line.setPen(cosmetic(QColor("#c2185b"), 2.0, Qt.PenStyle.DashLine))
        line.setZValue(Z_PREVIEW)
        self.scene.addItem(line)
        return line


class SelectTool(Tool):
    """Select, drag, nudge with the arrows (0.1 m, Shift 1 m); the background pans."""

    pans_on_background = True
    movable = True

    def release(self, point: QPointF, event: QMouseEvent) -> None:
        moves = []
        for item in self.scene.selected_markers():
            x, y = self.scene.to_metres(item.pos())
            if abs(x - item.record.x) > 5e-4 or abs(y - item.record.y) > 5e-4:
                moves.append((item.record, x, y))
        if moves:
            self.bench.apply(lambda: self.bench.edits.move(moves))

    def double_click(self, point: QPointF, event: QMouseEvent) -> bool:
        """A double click on a box or space edits its code (and free positions or
        ownership)."""
        item = next((i for i in self.scene.items(point) if isinstance(i, PlanMarker)), None)
        if item is None:
            return False
        record, edits = item.record, self.bench.edits
        if isinstance(item, MeterBoxItem):
            MeterBoxDialog(lambda code, free: edits.edit(record, code=code,
                                                         free_positions=free),
                           self.bench, record.code, record.free_positions).exec()
        else:
            ParkingSpaceDialog(lambda code, ownership: edits.edit(record, code=code,
                                                                  ownership=ownership),
                               self.bench, record.code, record.ownership).exec()
        return True

    def key(self, event: QKeyEvent) -> bool:
        direction = ARROWS.get(Qt.Key(event.key()))
        markers = self.scene.selected_markers()
        if direction is None or not markers:
            return False
        step = NUDGE_BIG_M if event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
            else NUDGE_M
        moves = [(item.record, round(max(item.record.x + direction[0] * step, 0.0), 3),
                  round(max(item.record.y + direction[1] * step, 0.0), 3)) for item in markers]
        self.bench.apply(lambda: self.bench.edits.move(moves, nudge=True))
        return True


class CalibrateTool(Tool):
    """Two clicks on the drawing, then their real distance."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, bench):
        super().__init__(bench)
        self._first: QPointF | None = None
        self._line: QGraphicsLineItem | None = None

    def deactivate(self) -> None:
        self._cancel()

    def _cancel(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
        self._first, self._line = None, None

    def press(self, point: QPointF, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            self._cancel()
            return True
        if self._first is None:
            self._first = point
            self._line = self._preview(point)
            return True
        first = (self._first.x(), self._first.y())
        self._cancel()
        self.pick(first, (point.x(), point.y()))
        return True

    def pick(self, first: tuple[float, float], second: tuple[float, float]) -> None:
        """Both points picked (drawing pixels): ask their distance and calibrate."""
        dialog = CalibrationDialog(first, second, self.bench)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.scale:
            garage = self.scene.garage
            self.bench.apply(lambda: self.bench.edits.calibrate(garage, dialog.scale))

    def move(self, point: QPointF, event: QMouseEvent) -> None:
        if self._line is not None:
            self._line.setLine(QLineF(self._first, point))

    def key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and self._first is not None:
            self._cancel()
            return True
        return False


class _PlacingTool(Tool):
    """A click places a record there, asking its details in a dialog that offers the
    code after the highest one already placed."""

    cursor = Qt.CursorShape.CrossCursor
    first_code = ""

    def placed(self) -> dict:
        raise NotImplementedError

    def ask(self, garage, x: float, y: float, suggested: str):
        raise NotImplementedError

    def press(self, point: QPointF, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        x, y = self.scene.to_metres(point)
        codes = sorted(item.record.code for item in self.placed().values())
        suggested = numbered_codes(codes[-1], 2)[1] if codes else self.first_code
        self.ask(self.scene.garage, x, y, suggested).exec()
        return True


class MeterBoxTool(_PlacingTool):
    """A click places a meter box there (its code and free positions asked)."""

    first_code = "MB-01"

    def placed(self) -> dict:
        return self.scene.boxes

    def ask(self, garage, x: float, y: float, suggested: str):
        return MeterBoxDialog(lambda code, free: self.bench.edits.add_box(
            garage, x, y, code, free), self.bench, suggested)


class ParkingSpaceTool(_PlacingTool):
    """A click places a parking space there (its code and ownership asked)."""

    def placed(self) -> dict:
        return self.scene.spaces

    def ask(self, garage, x: float, y: float, suggested: str):
        return ParkingSpaceDialog(lambda code, ownership: self.bench.edits.add_space(
            garage, x, y, code, ownership), self.bench, suggested)


class SpaceRowTool(Tool):
    """Drag from the first space's centre to the last's: a numbered row along the line."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, bench):
        super().__init__(bench)
        self._start: QPointF | None = None
        self._line: QGraphicsLineItem | None = None

    def deactivate(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
        self._start, self._line = None, None

    def press(self, point: QPointF, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._start = point
        self._line = self._preview(point)
        return True

    def move(self, point: QPointF, event: QMouseEvent) -> None:
        if self._line is not None:
            self._line.setLine(QLineF(self._start, point))

    def release(self, point: QPointF, event: QMouseEvent) -> None:
        if self._start is None:
            return
        start, end = self.scene.to_metres(self._start), self.scene.to_metres(point)
        self.deactivate()
        self.place(start, end)

    def place(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        """Ask the first code and the count of a row from `start` to `end` (metres)."""
        garage = self.scene.garage
        length = math.dist(start, end)
        codes = sorted(item.record.code for item in self.scene.spaces.values())
        suggested = numbered_codes(codes[-1], 2)[1] if codes else ""

        def save(first_code: str, count: int):
            n = max(count - 1, 1)
            step = ((end[0] - start[0]) / n, (end[1] - start[1]) / n)
            return self.bench.edits.add_row(garage, start, step, first_code, count)

        SpaceRowDialog(length, save, self.bench, suggested).exec()


class AisleTool(Tool):
    """Click point after point along an aisle's centre; each click adds a segment."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, bench):
        super().__init__(bench)
        self._last: tuple[float, float] | None = None  # metres
        self._line: QGraphicsLineItem | None = None

    def deactivate(self) -> None:
        self.end_line()

    def end_line(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
        self._last, self._line = None, None

    def _snapped(self, point: QPointF) -> tuple[float, float]:
        index = self.scene.nearest_aisle_point(point, SNAP_PX / max(self.bench.view.zoom,
                                                                    1e-6))
        if index is not None:
            return self.scene.graph.points[index]
        return self.scene.to_metres(point)

    def press(self, point: QPointF, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            self.end_line()
            return True
        here = self._snapped(point)
        if self._last is not None:
            self.add_segment(self._last, here)
            if self._line is not None:
                self.scene.removeItem(self._line)
        self._last = here
        self._line = self._preview(self.scene.to_scene(*here))
        return True

    def add_segment(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        """An aisle from `start` to `end` (metres), joined to what it meets."""
        if math.dist(start, end) < 0.05:
            return
        snap = self.snap_m()
        graph, i = aisle_edit.with_point(self.scene.graph, start, snap)
        graph, j = aisle_edit.with_point(graph, end, snap)
        graph = aisle_edit.with_segment(graph, i, j)
        garage = self.scene.garage
        self.bench.apply(lambda: self.bench.edits.set_aisles(garage, graph))

    def move(self, point: QPointF, event: QMouseEvent) -> None:
        if self._line is not None:
            self._line.setLine(QLineF(self._line.line().p1(), point))

    def double_click(self, point: QPointF, event: QMouseEvent) -> bool:
        self.end_line()
        return True

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.end_line()
            return True
        return False


def show_refusal(parent, title: str, error: Exception) -> None:
    """A refused write outside a dialog (a drag, a nudge, a delete)."""
    if isinstance(error, (StoreError, ValueError)):
        QMessageBox.warning(parent, title, str(error))
    else:
        raise error
