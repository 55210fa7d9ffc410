"""The plan's graphics items: the ones a user hits, selects and drags. Scene units are the
drawing's pixels; the items are Qt's own C++ shapes (rectangles, lines, simple text), so
painting them runs no Python per item; zoomed out, layers.py paints many in one call.
Sizes are given in metres and turned into pixels by the scale."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
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
SELECTED_AISLE_COLOR = QColor("#c2185b")
ROUTE_COLOR = QColor("#1f9d55")
ROUTE_OVER_COLOR = QColor("#b3261e")
DRAWN_ROUTE_COLOR = QColor("#6a1b9a")  # a route drawn by hand: purple, dashed
CIRCLE_COLOR = QColor(234, 178, 120)  # opaque: a translucent pen costs 5x to paint
Z_DRAWING, Z_AISLE, Z_CIRCLE, Z_SPACE, Z_BOX, Z_ROUTE, Z_PREVIEW = range(7)
RECORD_ROLE = 0  # QGraphicsItem.data key holding the record's uuid


def cosmetic(color: QColor, width: float = 1.0, style=Qt.PenStyle.SolidLine) -> QPen:
    """A pen of a fixed width on screen, whatever the zoom (cheap to draw)."""
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


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

    def set_painted(self, painted: bool) -> None:
        """Drawn by itself, or (zoomed out, not selected) by a layer (layers.py)."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not painted)

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
    """表箱: an orange square with its code and free positions (its supply circle is
    drawn by layers.CirclesLayer)."""

    def __init__(self, record: MeterBox, px_per_m: float):
        super().__init__(record, BOX_SIDE_M * px_per_m)
        self.setZValue(Z_BOX)
        self.setPen(cosmetic(QColor("#7a4510"), 1.5))
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        font = QFont()
        font.setPixelSize(12)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBrush(QBrush(QColor("#5c3308")))
        self.show_record(record)

    def show_record(self, record: MeterBox) -> None:
        self.record = record
        self.setBrush(QBrush(BOX_COLOR if record.free_positions else BOX_FULL_COLOR))
        self.label.setText(f"{record.code} ({record.free_positions})")
        self.label.setPos(self.rect().right(), self.rect().top())
        self.setToolTip(QCoreApplication.translate("PlanItems", "表箱 %1：空余表位 %2").replace(
            "%1", record.code).replace("%2", str(record.free_positions)))


class AisleSegmentItem(QGraphicsLineItem):
    """One aisle centre-line segment between two aisle points (scene pixels): hit and
    selected here, drawn by layers.AislesLayer unless selected."""

    def __init__(self, index: int, start: QPointF, end: QPointF):
        super().__init__(start.x(), start.y(), end.x(), end.y())
        self.index = index
        self.setZValue(Z_AISLE)
        self.setPen(cosmetic(SELECTED_AISLE_COLOR, 5.0))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.set_painted(False)

    def set_painted(self, painted: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not painted)


class RouteItem(QGraphicsPathItem):
    """The suggested cable route of the chosen box, drawn over everything."""

    color, width, style = ROUTE_COLOR, 4.0, Qt.PenStyle.SolidLine

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
        pen = cosmetic(ROUTE_OVER_COLOR if over_limit else self.color, self.width,
                       self.style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)
        self.show()


class DrawnRouteItem(RouteItem):
    """A route the surveyor drew by hand: dashed and of its own colour, over the
    suggestion, so both can be compared."""

    color, width, style = DRAWN_ROUTE_COLOR, 3.0, Qt.PenStyle.DashLine

    def __init__(self):
        super().__init__()
        self.setZValue(Z_ROUTE + 0.5)
