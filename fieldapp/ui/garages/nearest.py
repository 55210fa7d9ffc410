"""The survey on the map for one parking space: the meter boxes within the post-meter
limit by route along the aisles, nearest first, with their free positions; the chosen
box's route drawn on the plan; a route the surveyor drew by hand (route_tool.py) beside
it; and 保存为测量, which stores the drawn route, else the suggested one, as a measurement
(method "plan") for a going request at the space."""
from __future__ import annotations

import datetime as dt
import json
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.garage import Garage, MeterBox, ParkingSpace
from fieldapp.domain.measurement import Measurement, Method, over_limit
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import StoreError
from fieldapp.store.survey import NearbyBox, nearest_boxes
from fieldapp.ui.garages.plan_data import going_requests

BOX, ROUTE, STRAIGHT, FREE = range(4)
ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1f6f5c;"
FULL_COLOR = QColor("#8a8a8a")


class NearestPanel(QWidget):
    """Emits `route_chosen(points, over_limit)` (metres; [] when none) and
    `drawn_route_changed(points, over_limit)` (the hand-drawn route; [] when none) for the
    plan, and `measurement_saved(measurement)` after 保存为测量."""

    route_chosen = Signal(list, bool)
    drawn_route_changed = Signal(list, bool)
    measurement_saved = Signal(object)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.space: ParkingSpace | None = None
        self.garage: Garage | None = None
        self.found: list[NearbyBox] = []
        self.drawn_box: MeterBox | None = None
        self.drawn_points: list[tuple[float, float]] = []  # metres, box first, space last
        self.drawn_finished = False
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.boxes = QTreeWidget(self)
        self.boxes.setRootIsDecorated(False)
        self.boxes.setHeaderLabels([self.tr("表箱"), self.tr("路径(米)"), self.tr("直线(米)"),
                                    self.tr("空余表位")])
        header = self.boxes.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.boxes.setToolTip(self.tr("沿通道计算的敷设路径，由近到远；没有空余表位的表箱不能选用"))
        self.boxes.currentItemChanged.connect(lambda *_: self._box_changed())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.rise_spin = QDoubleSpinBox(self)
        self.rise_spin.setRange(0.0, 50.0)
        self.rise_spin.setDecimals(1)
        self.rise_spin.setSingleStep(0.5)
        self.rise_spin.setSuffix(self.tr(" 米"))
        self.rise_spin.setToolTip(self.tr("表箱到地面、地面到充电桩的上下高差，计入表后线"))
        self.rise_spin.valueChanged.connect(lambda *_: self._show_route())
        self.drawn_label = QLabel(self)
        self.drawn_label.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("用建议路径"), self)
        self.suggest_button.setToolTip(self.tr("放弃画的路径，改用沿通道的建议路径"))
        self.suggest_button.clicked.connect(self.use_suggested)
        self.length_label = QLabel(self)
        self.length_label.setWordWrap(True)
        self.request_combo = QComboBox(self)
        self.request_combo.setToolTip(self.tr("测量保存到哪个报装：本车位的报装排在前面"))
        self.request_combo.currentIndexChanged.connect(lambda *_: self._refresh_boxes())
        self.save_button = QPushButton(self.tr("保存为测量"), self)
        self.save_button.setToolTip(self.tr("把所选表箱的路径保存为这个报装的图上测量 (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save_measurement)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.boxes, 1)
        layout.addWidget(self.hint)
        rise = QFormLayout()
        rise.setContentsMargins(0, 0, 0, 0)
        rise.addRow(self.tr("垂直高差"), self.rise_spin)
        layout.addLayout(rise)
        layout.addWidget(self.drawn_label)
        layout.addWidget(self.suggest_button)
        layout.addWidget(self.length_label)
        layout.addWidget(QLabel(self.tr("报装"), self))
        layout.addWidget(self.request_combo)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.set_space(None, None)

    # -- the space -------------------------------------------------------------------------
    def set_space(self, space: ParkingSpace | None, garage: Garage | None) -> None:
        """Show the nearest boxes of `space` (None: ask to pick one)."""
        self.space, self.garage = space, garage
        self._drop_drawn()
        self.status.clear()
        self.request_combo.blockSignals(True)
        self.request_combo.clear()
        if space is not None and garage is not None:
            for choice in going_requests(self._store, garage.community_uuid, space.code):
                request = choice.request
                text = f"{request.request_no}  {choice.household_name}"
                if not choice.at_space:
                    text += self.tr("（车位 %1）").replace("%1", request.parking_space)
                self.request_combo.addItem(text, request.uuid)
        self.request_combo.blockSignals(False)
        if space is None:
            self.title.setText(self.tr("在图上点选一个车位，这里列出 %1 米内的表箱")
                               .replace("%1", f"{self._limit():g}"))
        else:
            self.title.setText(self.tr("车位 %1：%2 米内的表箱（按通道路径由近到远）")
                               .replace("%1", space.code).replace("%2", f"{self._limit():g}"))
        self._refresh_boxes()

    def _limit(self) -> float:
        return self._store.settings().post_meter_limit_m

    def request_uuid(self) -> str:
        return self.request_combo.currentData() or ""

    def refresh(self) -> None:
        """Again after the plan changed (a box moved, an aisle drawn)."""
        if self.space is not None:
            space = self._store.parking_spaces.get(self.space.uuid)
            garage = self._store.garages.get(self.space.garage_uuid)
            if space is None or garage is None:
                self.set_space(None, None)
                return
            self.space, self.garage = space, garage
            self._snap_drawn_ends()
        self._refresh_boxes()

    def _refresh_boxes(self) -> None:
        self.boxes.blockSignals(True)
        self.boxes.clear()
        self.found = [] if self.space is None else nearest_boxes(
            self._store, self.space, request_uuid=self.request_uuid())
        first = None
        for nearby in self.found:
            box, route = nearby.box, nearby.route
            straight = math.dist((box.x, box.y), (self.space.x, self.space.y))
            item = QTreeWidgetItem([box.code, f"{route.length_m:.1f}", f"{straight:.1f}",
                                    str(nearby.available)])
            item.setData(BOX, Qt.ItemDataRole.UserRole, box.uuid)
            for column in (ROUTE, STRAIGHT, FREE):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if nearby.available < 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable
                              & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(BOX, self.tr("没有空余表位，不能选用"))
                for column in range(4):
                    item.setForeground(column, QBrush(FULL_COLOR))
            elif first is None or (self.drawn_box is not None
                                   and box.uuid == self.drawn_box.uuid):
                first = item
            self.boxes.addTopLevelItem(item)
        self.boxes.blockSignals(False)
        if first is not None:
            self.boxes.setCurrentItem(first)
        self._show_route()

    def chosen(self) -> NearbyBox | None:
        item = self.boxes.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        key = item.data(BOX, Qt.ItemDataRole.UserRole)
        return next((nearby for nearby in self.found if nearby.box.uuid == key), None)

    def _show_route(self) -> None:
        nearby = self.chosen()
        if self.space is None:
            self.hint.clear()
        elif not self.found:
            self.hint.setText(self.tr("%1 米内没有表箱").replace("%1", f"{self._limit():g}"))
        elif nearby is None:
            self.hint.setText(self.tr("范围内的表箱都没有空余表位"))
        elif nearby.route.along_aisles:
            self.hint.setText(self.tr("路径沿通道：%1 米").replace(
                "%1", f"{nearby.route.length_m:.1f}"))
        else:
            self.hint.setText(self.tr("没有连通的通道，按直线计：%1 米").replace(
                "%1", f"{nearby.route.length_m:.1f}"))
        drawn = self.has_drawn_route()
        self.suggest_button.setVisible(drawn)
        self.save_button.setEnabled(bool(self.request_uuid()) and (
            self.drawn_finished if drawn else nearby is not None))
        self._show_drawn_length(nearby)
        if nearby is None and not drawn:
            self.length_label.clear()
            self.route_chosen.emit([], False)
            self.drawn_route_changed.emit([], False)
            return
        settings = self._store.settings()
        route_m = self.drawn_length_m() if drawn else nearby.route.length_m
        length = route_m + self.rise_spin.value() + settings.cable_slack_m
        over = over_limit(length, settings)
        text = (self.tr("表后线 = 画的路径 + 高差 + 预留 %1 米 = %2 米") if drawn else
                self.tr("表后线 = 路径 + 高差 + 预留 %1 米 = %2 米")).replace(
            "%1", f"{settings.cable_slack_m:g}").replace("%2", f"{length:.1f}")
        if over:
            text += self.tr("，超过 %1 米").replace("%1", f"{settings.post_meter_limit_m:g}")
        self.length_label.setText(text)
        self.length_label.setStyleSheet(ERROR_STYLE if over else "")
        suggested_over = nearby is not None and over_limit(
            nearby.route.length_m + self.rise_spin.value() + settings.cable_slack_m, settings)
        self.route_chosen.emit([list(p) for p in nearby.route.points] if nearby else [],
                               suggested_over)
        self.drawn_route_changed.emit([list(p) for p in self.drawn_points] if drawn else [],
                                      over)

    # -- the drawn route ---------------------------------------------------------------------
    def has_drawn_route(self) -> bool:
        return self.drawn_box is not None and len(self.drawn_points) >= 2

    def drawn_length_m(self) -> float:
        """The drawn route's length: the sum of its legs, in metres."""
        return sum(math.dist(a, b) for a, b in zip(self.drawn_points, self.drawn_points[1:]))

    def set_drawn_route(self, box: MeterBox, points: list[tuple[float, float]],
                        finished: bool) -> None:
        """A route drawn from `box` (metres, the box's position first); `finished` once it
        reached the space. The box is chosen in the list when listed there."""
        self.drawn_box, self.drawn_points, self.drawn_finished = box, points, finished
        self.status.clear()
        for n in range(self.boxes.topLevelItemCount()):
            item = self.boxes.topLevelItem(n)
            if item.data(BOX, Qt.ItemDataRole.UserRole) == box.uuid \
                    and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.boxes.blockSignals(True)
                self.boxes.setCurrentItem(item)
                self.boxes.blockSignals(False)
        self._show_route()

    def use_suggested(self) -> None:
        """Forget the drawn route: the suggestion along the aisles counts again."""
        self._drop_drawn()
        self._show_route()

    def refuse(self, text: str) -> None:
        """Say why a click or a save did nothing."""
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def _drop_drawn(self) -> None:
        self.drawn_box, self.drawn_points, self.drawn_finished = None, [], False

    def _box_changed(self) -> None:
        """Another box picked in the list: a route drawn from the former one no longer
        applies."""
        nearby = self.chosen()
        if self.drawn_box is not None and (nearby is None
                                           or nearby.box.uuid != self.drawn_box.uuid):
            self._drop_drawn()
        self._show_route()

    def _snap_drawn_ends(self) -> None:
        """After the plan changed, the drawn route still starts at its box and ends at the
        space where they are now (dropped when the box is gone)."""
        if self.drawn_box is None:
            return
        box = self._store.meter_boxes.get(self.drawn_box.uuid)
        if box is None or self.space is None:
            self._drop_drawn()
            return
        self.drawn_box = box
        self.drawn_points[0] = (box.x, box.y)
        if self.drawn_finished:
            self.drawn_points[-1] = (self.space.x, self.space.y)

    def _show_drawn_length(self, nearby: NearbyBox | None) -> None:
        if not self.has_drawn_route():
            self.drawn_label.clear()
            return
        text = self.tr("画的路径：表箱 %1，%2 段，%3 米").replace(
            "%1", self.drawn_box.code).replace("%2", str(len(self.drawn_points) - 1)).replace(
            "%3", f"{self.drawn_length_m():.1f}")
        if nearby is not None:
            text += self.tr("（建议路径 %1 米）").replace("%1", f"{nearby.route.length_m:.1f}")
        if not self.drawn_finished:
            text += self.tr("；画线中：点一下车位、双击或回车结束")
        self.drawn_label.setText(text)

    # -- saving ----------------------------------------------------------------------------
    def save_measurement(self) -> Measurement | None:
        """The drawn route (else the chosen box's suggested route) as a plan measurement
        of the chosen request."""
        nearby, request_uuid = self.chosen(), self.request_uuid()
        if not request_uuid or self.space is None:
            return None
        if self.has_drawn_route():
            if not self.drawn_finished:
                return None
            if self.garage is None or self.garage.scale <= 0:
                self.refuse(self.tr("图纸未标定（比例尺为 0），画的路径不能保存"))
                return None
            box, points, length = self.drawn_box, self.drawn_points, self.drawn_length_m()
        elif nearby is not None:
            box, points, length = nearby.box, nearby.route.points, nearby.route.length_m
        else:
            return None
        settings = self._store.settings()
        straight = math.dist((box.x, box.y), (self.space.x, self.space.y))
        measurement = Measurement(
            request_uuid=request_uuid, meter_box_uuid=box.uuid, method=Method.PLAN.value,
            straight_m=round(straight, 2), route_m=round(max(length, straight), 2),
            rise_m=round(self.rise_spin.value(), 2), slack_m=settings.cable_slack_m,
            route=json.dumps([[round(x, 3), round(y, 3)] for x, y in points],
                             separators=(",", ":")),
            measured_on=dt.date.today().isoformat(), measured_by=self._store.operator)
        try:
            saved = self._store.measurements.record(measurement)
        except (ValidationFailed, StoreError) as error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(error))
            return None
        self.status.setStyleSheet(DONE_STYLE)
        self.status.setText(self.tr("已保存：表箱 %1，表后线 %2 米").replace(
            "%1", box.code).replace("%2", f"{saved.post_meter_m:.1f}"))
        self.measurement_saved.emit(saved)
        self._refresh_boxes()
        return saved
