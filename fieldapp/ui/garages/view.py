"""The plan view: zoom to the cursor with the wheel, pan by dragging the background (or
with the middle button, or with Space held), fit the drawing; mouse and keys go to the
active tool first. Repaints stay cheap: Qt's own items, cosmetic pens, an item index,
no antialiasing adjustments and painter state left to the items."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView

ZOOM_STEP = 1.25
MAX_ZOOM = 32.0       # screen pixels per drawing pixel
MIN_ZOOM_OF_FIT = 0.5  # the smallest zoom is half of what fits the drawing


class PlanView(QGraphicsView):
    """Emits `zoomed(zoom)` after every zoom (screen pixels per drawing pixel)."""

    zoomed = Signal(float)

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.tool = None  # the active tool (tools.py): gets mouse and keys first
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
                                  | QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.lightGray)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._fitting = True  # fitted and not zoomed since: a resize fits again

    # -- zoom ------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def fit_zoom(self) -> float:
        rect = self.scene().content_rect()
        if rect.isEmpty():
            return 1.0
        viewport = self.viewport().rect()
        return min(viewport.width() / rect.width(), viewport.height() / rect.height())

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to `zoom`, keeping the scene point under `anchor` (viewport) in place."""
        self._fitting = False
        zoom = min(max(zoom, self.fit_zoom() * MIN_ZOOM_OF_FIT), MAX_ZOOM)
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self._keep_under(before, anchor)
        self.zoomed.emit(self.zoom)

    def _keep_under(self, scene_point: QPointF, anchor: QPointF) -> None:
        """Scroll so `scene_point` sits under `anchor` (the view scrolls, not translates)."""
        now = self.mapFromScene(scene_point)
        dx, dy = now.x() - anchor.x(), now.y() - anchor.y()
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() + dx))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() + dy))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole drawing."""
        rect = self.scene().content_rect()
        self.set_zoom(self.fit_zoom())
        self.centerOn(rect.center())
        self._fitting = True

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Still showing the whole drawing: keep showing it (the first show, a resize)."""
        super().resizeEvent(event)
        if self._fitting:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        self.set_zoom(self.zoom * ZOOM_STEP ** steps, event.position())
        event.accept()

    # -- pan -------------------------------------------------------------------------------
    def _wants_pan(self, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.MiddleButton:
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._space_held:
            return True
        return self.on_background(event.position().toPoint()) and (
            self.tool is None or self.tool.pans_on_background)

    def on_background(self, point: QPoint) -> bool:
        """Nothing a click would pick is under `point` (the drawing and the layers that
        paint many things at once do not count)."""
        selectable = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        return not any(item.flags() & selectable for item in self.items(point))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._wants_pan(event):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if not self._space_held and event.button() == Qt.MouseButton.LeftButton:
                self.scene().clearSelection()
            event.accept()
            return
        if self.tool is not None and self.tool.press(self.mapToScene(
                event.position().toPoint()), event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        if self.tool is not None:
            self.tool.move(self.mapToScene(event.position().toPoint()), event)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(self.tool.cursor if self.tool is not None
                                      else Qt.CursorShape.ArrowCursor)
            return
        super().mouseReleaseEvent(event)
        if self.tool is not None:
            self.tool.release(self.mapToScene(event.position().toPoint()), event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.tool is not None and self.tool.double_click(
                self.mapToScene(event.position().toPoint()), event):
            return
        super().mouseDoubleClickEvent(event)

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if self.tool is not None and self.tool.key(event):
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().setCursor(self.tool.cursor if self.tool is not None
                                      else Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)
