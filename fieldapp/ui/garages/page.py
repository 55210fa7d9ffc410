"""The garage plan page (车库图): pick a community and a garage on the left, edit its plan
in the middle (tools, zoom, undo), see the nearest meter boxes of a space on the right."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldapp.store import StoreError
from fieldapp.ui.garages import aisle_edit
from fieldapp.ui.garages.chooser import GarageChooser
from fieldapp.ui.garages.drawing_import import import_drawing
from fieldapp.ui.garages.edits import PlanEdits
from fieldapp.ui.garages.items import ParkingSpaceItem
from fieldapp.ui.garages.nearest import NearestPanel
from fieldapp.ui.garages.plan_data import load_plan
from fieldapp.ui.garages.route_tool import RouteTool
from fieldapp.ui.garages.scene import PlanScene
from fieldapp.ui.garages.tools import (
    AisleTool,
    CalibrateTool,
    MeterBoxTool,
    ParkingSpaceTool,
    SelectTool,
    SpaceRowTool,
    show_refusal,
)
from fieldapp.ui.garages.view import PlanView
from fieldapp.ui.shared.file_dialogs import open_file
from fieldapp.ui.shared.session import REQUEST, Session

SIDE_WIDTH = 190
PANEL_WIDTH = 320


class GaragesPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self.scene = PlanScene(self)
        self.view = PlanView(self.scene, self)
        self.undo_stack = QUndoStack(self)
        self.edits = PlanEdits(self.store, self.scene, self.undo_stack)
        self.nearest = NearestPanel(self.store, self)
        self.tools = {"select": SelectTool(self), "calibrate": CalibrateTool(self),
                      "box": MeterBoxTool(self), "space": ParkingSpaceTool(self),
                      "row": SpaceRowTool(self), "aisle": AisleTool(self),
                      "route": RouteTool(self)}
        self._build_side()
        self._build_actions()
        self._build_layout()
        self.scene.rebuild_needed.connect(self.reload_plan)
        self.scene.write_failed.connect(self._show_refused)
        self.scene.records_changed.connect(self._plan_changed)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.zoomed.connect(self.scene.set_zoom)
        self.nearest.route_chosen.connect(self.scene.show_route)
        self.nearest.drawn_route_changed.connect(self.scene.show_drawn_route)
        self.nearest.suggest_button.clicked.connect(self.tools["route"].deactivate)
        self.nearest.measurement_saved.connect(lambda _m: session.changed.emit(REQUEST))
        session.changed.connect(self._on_session_changed)
        self.set_tool("select")
        self._stale = True  # read when first shown: no drawing is loaded at start-up

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.chooser.reload_communities()
        super().showEvent(event)

    # -- building --------------------------------------------------------------------------
    def _build_side(self) -> None:
        self.chooser = GarageChooser(self.store, self)
        self.chooser.garage_chosen.connect(self.open_chosen)
        self.import_button = QPushButton(self.tr("导入图纸…"), self)
        self.import_button.setToolTip(self.tr("导入车库图纸：PNG、JPG 或 PDF（第一页）"))
        self.import_button.clicked.connect(self.choose_drawing)
        self.garage_info = QLabel(self)
        self.garage_info.setWordWrap(True)
        self.garage_info.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _action(self, text: str, shortcut: str | QKeySequence, tip: str, slot,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        keys = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        tools = (("select", self.tr("选择"), "V",
                  self.tr("选择、拖动表箱和车位，双击修改；方向键微调，拖动空白处平移")),
                 ("calibrate", self.tr("标定"), "C",
                  self.tr("在图上点两个点，再输入它们的实际距离")),
                 ("box", self.tr("表箱"), "B", self.tr("点一下放一个表箱")),
                 ("space", self.tr("车位"), "P", self.tr("点一下放一个车位")),
                 ("row", self.tr("一排车位"), "R",
                  self.tr("从第一个车位拖到最后一个，一次编号一排")),
                 ("aisle", self.tr("通道"), "A", self.tr("逐点点出通道中心线；Esc 或双击结束")),
                 ("route", self.tr("画路径"), "W",
                  self.tr("从所选表箱沿电缆实际走向逐点点到车位（或双击、回车结束）；"
                          "退格删去上一点，Esc 取消")))
        for key, text, shortcut, tip in tools:
            action = self._action(text, shortcut, tip, lambda _=False, k=key: self.set_tool(k),
                                  checkable=True)
            group.addAction(action)
            self.toolbar.addAction(action)
            self.tool_actions[key] = action
        self.toolbar.addSeparator()
        self.delete_action = self._action(self.tr("删除"), QKeySequence.StandardKey.Delete,
                                          self.tr("删除所选的表箱、车位或通道"),
                                          self.delete_selected)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        for action, keys, tip in ((self.undo_action, ["Ctrl+Z"], self.tr("撤销 (Ctrl+Z)")),
                                  (self.redo_action, ["Ctrl+Y", "Ctrl+Shift+Z"],
                                   self.tr("重做 (Ctrl+Y)"))):
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            self.addAction(action)
        self.toolbar.addActions([self.delete_action, self.undo_action, self.redo_action])
        self.view_bar = QToolBar(self)
        self.view_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.zoom_in_action = self._action(self.tr("放大"), "+", self.tr("放大"),
                                           self.view.zoom_in)
        self.zoom_in_action.setShortcuts([QKeySequence("+"), QKeySequence("=")])
        self.zoom_out_action = self._action(self.tr("缩小"), "-", self.tr("缩小"),
                                            self.view.zoom_out)
        self.fit_action = self._action(self.tr("全图"), "0", self.tr("显示整张图纸"),
                                       self.view.fit)
        self.circles_action = self._action(self.tr("供电半径"), "O",
                                           self.tr("显示或隐藏每个表箱的供电半径圆"),
                                           self.scene.set_circles_visible, checkable=True)
        self.circles_action.setChecked(True)
        self.view_bar.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action,
                                 self.circles_action])

    def _build_layout(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.chooser, 1)
        side_layout.addWidget(self.import_button)
        side_layout.addWidget(self.garage_info)
        side.setMinimumWidth(SIDE_WIDTH - 20)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.toolbar)
        centre_layout.addWidget(self.view, 1)
        self.tool_hint = QLabel(self)
        self.tool_hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.tool_hint, 1)
        bottom.addWidget(self.view_bar)
        centre_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (side, centre, self.nearest):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([SIDE_WIDTH, 700, PANEL_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    # -- the garage ----------------------------------------------------------------------
    def open_chosen(self, garage_uuid: str) -> None:
        """Open the chosen garage's plan (a fresh undo history)."""
        if self.scene.garage is not None and self.scene.garage.uuid == garage_uuid:
            return
        self.undo_stack.clear()
        self.open_garage(garage_uuid)

    def open_garage(self, garage_uuid: str) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._show(load_plan(self.store, garage_uuid) if garage_uuid else None)
            self.view.fit()
        finally:
            QApplication.restoreOverrideCursor()

    def reload_plan(self) -> None:
        """Read the plan again (the scale or the drawing changed), keeping the view."""
        garage = self.scene.garage
        self._show(load_plan(self.store, garage.uuid) if garage else None)

    def _show(self, plan) -> None:
        self.tools[self.current_tool].deactivate()  # its preview goes with the old scene
        pixmap = QPixmap(str(plan.drawing)) if plan is not None and plan.drawing else None
        self.scene.show_plan(plan, self.store.settings().post_meter_limit_m, pixmap)
        self.nearest.set_space(None, None)
        self._plan_changed()
        self.set_tool(self.current_tool if self.scene.calibrated
                      or self.current_tool in ("select", "calibrate") else "select")

    def choose_drawing(self) -> None:
        path = open_file(self, self.tr("导入图纸"),
                         self.tr("图纸 (*.png *.jpg *.jpeg *.pdf);;所有文件 (*)"))
        if path:
            self.import_drawing(path)

    def import_drawing(self, path: str) -> bool:
        """Keep the drawing and make it the open garage's (undoable); False when refused."""
        garage = self.scene.garage
        if garage is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            drawing = import_drawing(self.store, path)
            self.edits.set_drawing(garage, drawing.image_hash, drawing.width, drawing.height)
        except (ValueError, StoreError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("导入图纸"), str(error))
            return False
        QApplication.restoreOverrideCursor()
        self.view.fit()
        return True

    # -- tools -----------------------------------------------------------------------------
    current_tool = "select"

    def set_tool(self, key: str) -> None:
        previous = self.tools.get(self.current_tool)
        if previous is not None and previous is not self.tools[key]:
            previous.deactivate()
        self.current_tool = key
        self.view.tool = self.tools[key]
        self.tools[key].activate()
        self.tool_actions[key].setChecked(True)
        self.tool_hint.setText(self.tool_actions[key].toolTip())

    def apply(self, edit) -> None:
        """Run an edit made outside a dialog; a refusal is shown and the plan redrawn."""
        try:
            edit()
        except Exception as error:  # noqa: BLE001 - show_refusal re-raises the unexpected
            self.reload_plan()
            show_refusal(self, self.tr("车库图"), error)

    def delete_selected(self) -> None:
        markers = self.scene.selected_markers()
        aisles = self.scene.selected_aisles()
        if aisles and self.scene.garage is not None:
            garage = self.scene.garage
            graph = aisle_edit.without_segments(self.scene.graph, {a.index for a in aisles})
            self.apply(lambda: self.edits.set_aisles(garage, graph, removed=True))
        if markers:
            records = [item.record for item in markers]
            self.apply(lambda: self.edits.remove(records))

    # -- what is shown ---------------------------------------------------------------------
    def _plan_changed(self) -> None:
        garage = self.scene.garage
        has_plan = garage is not None
        calibrated = self.scene.calibrated
        for key in ("box", "space", "row", "aisle"):
            self.tool_actions[key].setEnabled(calibrated)
        self.tool_actions["calibrate"].setEnabled(has_plan and self.scene.drawing is not None)
        self.tool_actions["route"].setEnabled(has_plan)  # uncalibrated: it says why not
        self.import_button.setEnabled(has_plan)
        if garage is None:
            self.garage_info.setText(self.tr("这个小区还没有车库，点“新建车库…”。")
                                     if self.chooser.community_combo.count() else
                                     self.tr("先在“小区”页新增小区。"))
        else:
            lines = [self.tr("表箱 %1 个，车位 %2 个，通道 %3 段").replace(
                "%1", str(len(self.scene.boxes))).replace("%2", str(len(self.scene.spaces)))
                .replace("%3", str(len(self.scene.graph.segments)))]
            if self.scene.drawing is None:
                lines.append(self.tr("没有图纸：点“导入图纸…”") if not garage.image_hash
                             else self.tr("图纸不在这台电脑上，请重新导入"))
            if calibrated:
                lines.append(self.tr("比例尺：1 像素 = %1 米").replace(
                    "%1", f"{garage.scale:.4g}"))
            else:
                lines.append(self.tr("未标定：先用“标定”量一段已知距离"))
            self.garage_info.setText("\n".join(lines))
        self.nearest.refresh()

    def _show_refused(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("车库图"), text)

    def _selection_changed(self) -> None:
        """One parking space selected: its nearest boxes on the right."""
        markers = self.scene.selected_markers()
        space = markers[0] if len(markers) == 1 and isinstance(markers[0], ParkingSpaceItem) \
            else None
        chosen = self.scene.spaces.get(self.nearest.space.uuid) if self.nearest.space else None
        if chosen is not None and chosen is not space:
            chosen.set_chosen(False)
        if space is not None:
            space.set_chosen(True)
            if chosen is not space:
                self.nearest.set_space(space.record, self.scene.garage)
        elif self.nearest.space is not None:
            self.nearest.set_space(None, None)

    def _on_session_changed(self, kind: str) -> None:
        if kind == "community":
            if self.isVisible():
                self.chooser.reload_communities()
            else:
                self._stale = True
        elif kind == REQUEST:
            self.nearest.refresh()
