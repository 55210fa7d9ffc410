"""A pad to sign on with the mouse, a finger or a pen (tablet events): the strokes are
kept as points 0–1 of the pad, so the stored signature does not depend on the pad's size
and renders at any size (signature.py)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldapp.ui.inspections.signature import (
    PAD_ASPECT,
    Stroke,
    render_signature,
    strokes_json,
)

BASELINE = QColor("#9e9e9e")
PAD_WIDTH = 380  # px; the height follows PAD_ASPECT, so signatures keep their shape


class SignaturePad(QWidget):
    """`changed` after each stroke and after `clear()`; `signature()` is the JSON to
    store ("" when nothing is drawn)."""

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._placeholder = placeholder
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setFixedSize(PAD_WIDTH, round(PAD_WIDTH / PAD_ASPECT))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(PAD_WIDTH, round(PAD_WIDTH / PAD_ASPECT))

    # -- what it holds --------------------------------------------------------------------
    def signature(self) -> str:
        return strokes_json(self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    # -- drawing ----------------------------------------------------------------------------
    def _share(self, position: QPointF) -> tuple[float, float]:
        width, height = max(self.width() - 1, 1), max(self.height() - 1, 1)
        return (min(max(position.x() / width, 0.0), 1.0),
                min(max(position.y() / height, 0.0), 1.0))

    def _begin(self, position: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._share(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        if self._drawing and self._strokes:
            point = self._share(position)
            if point != self._strokes[-1][-1]:
                self._strokes[-1].append(point)
                self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt's name
        """A pen: the same strokes as the mouse, taken from the pen's own events (finer
        than the mouse events synthesised from them, which are then not sent)."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.drawImage(0, 0, render_signature(strokes_json(self._strokes),
                                                 self.width(), self.height()))
        painter.setPen(BASELINE)
        painter.drawRect(0, 0, self.width() - 1, self.height() - 1)
        y = int(self.height() * 0.78)
        painter.drawLine(12, y, self.width() - 12, y)
        if not self._strokes:
            painter.drawText(self.rect().adjusted(12, 0, -12, -(self.height() - y) - 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             self._placeholder)
        painter.end()
