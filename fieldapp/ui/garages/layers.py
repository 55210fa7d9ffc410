"""Layers that paint many things in one call each, so a repaint of a whole garage (2 000
spaces, 200 supply circles, 300 aisle segments) costs a few draw calls, not thousands of
items: the per-item cost of QGraphicsView is what makes a zoomed-out plan slow.

The individual items (items.py) stay in the scene to be hit, selected and dragged; while a
layer paints them they are marked ItemHasNoContents, except the selected ones.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from fieldapp.ui.garages.items import (
    AISLE_COLOR,
    CIRCLE_COLOR,
    SPACE_COLOR,
    Z_AISLE,
    Z_CIRCLE,
    Z_DRAWING,
    Z_SPACE,
    cosmetic,
)

PYRAMID_LEVELS = 4  # the drawing at 1, 1/2, 1/4, 1/8 of its size, for zoomed-out paints
PEN_ROOM_PX = 20.0  # the layers' bounds reach this far beyond what they draw (cosmetic pens)


class _Layer(QGraphicsItem):
    """Base: a fixed bounding rectangle, no mouse, painted by `draw`."""

    def __init__(self, z: float):
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._bounds = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def _set_bounds(self, bounds: QRectF, room: float = PEN_ROOM_PX) -> None:
        if not bounds.isEmpty():
            bounds = bounds.adjusted(-room, -room, room, room)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()


class DrawingItem(_Layer):
    """The garage drawing at its own pixel size. Zoomed out, a smaller copy made once
    (halved step by step, smoothly) is drawn instead of scaling the whole drawing down
    on every paint; zoomed in, only the exposed part is drawn."""

    def __init__(self, pixmap: QPixmap):
        super().__init__(Z_DRAWING)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._levels: list[QPixmap] = [pixmap]
        self._set_bounds(QRectF(pixmap.rect()), room=0.0)

    def pixmap(self) -> QPixmap:
        return self._levels[0]

    def _level(self, zoom: float) -> tuple[QPixmap, float]:
        """The smallest copy still at least as detailed as the screen, and its factor."""
        factor, level = 1.0, 0
        while level + 1 < PYRAMID_LEVELS and factor / 2 >= zoom:
            factor, level = factor / 2, level + 1
        while len(self._levels) <= level:
            previous = self._levels[-1]
            self._levels.append(previous.scaled(
                max(1, previous.width() // 2), max(1, previous.height() // 2),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        return self._levels[level], factor

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        pixmap, factor = self._level(zoom)
        exposed = option.exposedRect.intersected(self._bounds)
        if exposed.isEmpty():
            return
        source = QRectF(exposed.x() * factor, exposed.y() * factor,
                        exposed.width() * factor, exposed.height() * factor)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawPixmap(exposed, pixmap, source)


class SpacesLayer(_Layer):
    """Every parking space as a small filled square, for a zoomed-out plan."""

    def __init__(self):
        super().__init__(Z_SPACE - 0.5)
        self._rects: list[QRectF] = []

    def set_rects(self, rects: list[QRectF]) -> None:
        self._rects = rects
        bounds = QRectF()
        for rect in rects:
            bounds = bounds.united(rect)
        self._set_bounds(bounds)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(cosmetic(SPACE_COLOR, 1.0))
        painter.setBrush(QBrush(QColor(58, 110, 165, 40)))
        painter.drawRects(self._rects)


class CirclesLayer(_Layer):
    """Each meter box's supply circle: the post-meter limit around it (toggled)."""

    def __init__(self):
        super().__init__(Z_CIRCLE)
        self._centres: list[QPointF] = []
        self._radius = 0.0

    @property
    def radius(self) -> float:
        """The circles' radius in scene pixels (the post-meter limit / the scale)."""
        return self._radius

    @property
    def centres(self) -> list[QPointF]:
        return list(self._centres)

    def set_circles(self, centres: list[QPointF], radius: float) -> None:
        self._centres, self._radius = centres, radius
        bounds = QRectF()
        for centre in centres:
            bounds = bounds.united(QRectF(centre.x() - radius, centre.y() - radius,
                                          2 * radius, 2 * radius))
        self._set_bounds(bounds)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(cosmetic(CIRCLE_COLOR, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self._radius
        for centre in self._centres:
            painter.drawEllipse(centre, radius, radius)


class AislesLayer(_Layer):
    """Every aisle centre-line in one call."""

    def __init__(self):
        super().__init__(Z_AISLE - 0.5)
        self._lines: list[QLineF] = []

    def set_lines(self, lines: list[QLineF]) -> None:
        self._lines = lines
        bounds = QRectF()
        for line in lines:
            bounds = bounds.united(QRectF(line.p1(), line.p2()).normalized())
        self._set_bounds(bounds)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(cosmetic(AISLE_COLOR, 3.0))
        painter.drawLines(self._lines)
