"""The plan's graphics items. Scene units are the drawing's pixels; the items are Qt's own
C++ shapes (rectangles, lines, ellipses, simple text) so a repaint of thousands of them
runs no Python per item. Sizes are given in metres and turned into pixels by the scale."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from fieldapp.domain.garage import MeterBox, ParkingSpace

SPACE_SIDE_M = 2.4        # a space drawn as a square of this side
SPACE_LABEL_M = 0.55      # height of a space's code
BOX_SIDE_M = 1.4
LABEL_MIN_PX = 7.0        # a space's code is drawn only when at least this tall on screen
BOX_COLOR = QColor("#d9822b")
BOX_FULL_COLOR = QColor("#9e9e9e")
SPACE_COLOR = QColor("#3a6ea5")
AISLE_COLOR = QColor(31, 111, 92, 150)
ROUTE_COLOR = QColor("#1f9d55")
ROUTE_OVER_COLOR = QColor("#b3261e")
CIRCLE_COLOR = QColor(217, 130, 43, 170)
Z_DRAWING, Z_AISLE, Z_CIRCLE, Z_SPACE, Z_BOX, Z_ROUTE, Z_PREVIEW = range(7)
RECORD_ROLE = 0  # QGraphicsItem.data key holding the record's uuid


def cosmetic(color: QColor, width: float = 1.0, style=Qt.PenStyle.SolidLine) -> QPen:
    """A pen of a fixed width on screen, whatever the zoom (cheap to draw)."""
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


class DrawingItem(QGraphicsPixmapItem):
    """The garage drawing at its own pixel size, the plan's background."""

    def __init__(self, pixmap: QPixmap):
        super().__init__(pixmap)
        self.setZValue(Z_DRAWING)
        self.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class PlanMarker(QGraphicsRectItem):
    """A meter box or parking space: a square centred on its position, with its label."""

    def __init__(self, record: MeterBox | ParkingSpace, side_px: float):
        super().__init__(QRectF(-side_px / 2, -side_px / 2, side_px, side_px))
        self.record = record
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @property
    def uuid(self) -> str:
        return self.record.uuid

    def set_movable(self, movable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)


class ParkingSpaceItem(PlanMarker):
    """车位: a blue square with its code inside, scaled with the plan."""

    def __init__(self, record: ParkingSpace, px_per_m: float):
        super().__init__(record, SPACE_SIDE_M * px_per_m)
        self.setZValue(Z_SPACE)
        self.setPen(cosmetic(SPACE_COLOR, 1.2))
        self.setBrush(QBrush(QColor(58, 110, 165, 40)))
        font = QFont()
        font.setPixelSize(max(1, round(SPACE_LABEL_M * px_per_m)))
        self.label.setFont(font)
        self.label.setBrush(QBrush(QColor("#1d3b5c")))
        self.show_record(record)

    def show_record(self, record: ParkingSpace) -> None:
        self.record = record
        self.label.setText(record.code)
        box = self.label.boundingRect()
        self.label.setPos(-box.width() / 2, -box.height() / 2)
        self.setToolTip(QCoreApplication.translate("PlanItems", "车位 %1").replace(
            "%1", record.code))

    def set_chosen(self, chosen: bool) -> None:
        """The space whose nearest boxes are shown."""
        self.setBrush(QBrush(QColor(31, 157, 85, 110) if chosen else QColor(58, 110, 165, 40)))


class MeterBoxItem(PlanMarker):
    """表箱: an orange square with its code and free positions, and its supply circle."""

    def __init__(self, record: MeterBox, px_per_m: float, limit_m: float):
        super().__init__(record, BOX_SIDE_M * px_per_m)
        self.setZValue(Z_BOX)
        self.setPen(cosmetic(QColor("#7a4510"), 1.5))
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        font = QFont()
        font.setPixelSize(12)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBrush(QBrush(QColor("#5c3308")))
        radius = limit_m * px_per_m
        self.circle = QGraphicsEllipseItem(QRectF(-radius, -radius, 2 * radius, 2 * radius),
                                           self)
        self.circle.setPen(cosmetic(CIRCLE_COLOR, 1.2, Qt.PenStyle.DashLine))
        self.circle.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.circle.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.circle.setZValue(Z_CIRCLE)
        self.show_record(record)

    def show_record(self, record: MeterBox) -> None:
        self.record = record
        self.setBrush(QBrush(BOX_COLOR if record.free_positions else BOX_FULL_COLOR))
        self.label.setText(f"{record.code} ({record.free_positions})")
        self.label.setPos(self.rect().right(), self.rect().top())
        self.setToolTip(QCoreApplication.translate("PlanItems", "表箱 %1：空余表位 %2").replace(
            "%1", record.code).replace("%2", str(record.free_positions)))


class AisleSegmentItem(QGraphicsLineItem):
    """One aisle centre-line segment between two aisle points (scene pixels)."""

    def __init__(self, index: int, start: QPointF, end: QPointF):
        super().__init__(start.x(), start.y(), end.x(), end.y())
        self.index = index
        self.setZValue(Z_AISLE)
        self.setPen(cosmetic(AISLE_COLOR, 4.0))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)


class RouteItem(QGraphicsPathItem):
    """The suggested cable route of the chosen box, drawn over everything."""

    def __init__(self):
        super().__init__()
        self.setZValue(Z_ROUTE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_route(self, points: list[QPointF], over_limit: bool) -> None:
        if len(points) < 2:
            self.hide()
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        self.setPath(path)
        pen = cosmetic(ROUTE_OVER_COLOR if over_limit else ROUTE_COLOR, 4.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)
        self.show()
