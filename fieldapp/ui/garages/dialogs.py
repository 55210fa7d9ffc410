"""The small dialogs of the plan tools: the real distance of a calibration, a meter box's
code and free positions, a parking space's code and ownership, a numbered row of spaces.
Each shows a refusal at its field and stays open until the write is accepted."""
from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.garage import MAX_FREE_POSITIONS, Ownership, calibrated_scale
from fieldapp.domain.messages import msg
from fieldapp.ui.shared.record_form import RecordForm

Point = tuple[float, float]


class _PlanDialog(QDialog):
    """A form of rows, each with its error label under it, and OK / Cancel."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._layout = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.intro)
        outer.addLayout(self._layout)
        outer.addWidget(self.buttons)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        error = QLabel(self)
        error.setWordWrap(True)
        self._layout.addRow(label, widget)
        self._layout.addRow("", error)
        self._fields[field] = (widget, error)
        return widget

    def finish(self) -> None:
        self.form = RecordForm(self, self._fields)

    def submit(self) -> None:
        raise NotImplementedError


class CalibrationDialog(_PlanDialog):
    """标定比例尺: the real distance between the two picked points; `scale` once accepted."""

    def __init__(self, first: Point, second: Point, parent: QWidget | None = None):
        super().__init__(self.tr("标定比例尺"), parent)
        self.first, self.second = first, second
        self.scale: float | None = None
        self.intro.setText(self.tr("两点在图上相距 %1 像素。请输入它们的实际距离（米）。")
                           .replace("%1", f"{math.dist(first, second):.1f}"))
        self.distance_edit = self.add_row("distance", self.tr("实际距离（米）"), QLineEdit(self))
        self.distance_edit.setPlaceholderText(self.tr("例如 25.6"))
        self.finish()

    def submit(self) -> None:
        text = self.distance_edit.text().strip().replace("，", ".").replace(",", ".")
        try:
            metres = float(text) if text else math.nan
        except ValueError:
            metres = math.nan
        try:
            self.scale = calibrated_scale(self.first, self.second, metres)
        except ValueError as error:
            self.form.show_problems({"distance": str(error)})
            return
        self.accept()


class MeterBoxDialog(_PlanDialog):
    """新增表箱: code and free positions; `save(code, free_positions)` writes it."""

    def __init__(self, save: Callable[[str, int], object], parent: QWidget | None = None,
                 code: str = "", free_positions: int = 1):
        super().__init__(self.tr("表箱"), parent)
        self._save = save
        self.intro.setText(self.tr("表箱编号在小区内唯一；空余表位是还能接新电表的位置数。"))
        self.code_edit = self.add_row("code", self.tr("表箱编号"), QLineEdit(code, self))
        self.positions_spin = self.add_row("free_positions", self.tr("空余表位"), QSpinBox(self))
        self.positions_spin.setRange(0, MAX_FREE_POSITIONS)
        self.positions_spin.setValue(free_positions)
        self.finish()

    def submit(self) -> None:
        saved = self.form.try_save(lambda: self._save(self.code_edit.text(),
                                                      self.positions_spin.value()))
        if saved is not None:
            self.accept()


class ParkingSpaceDialog(_PlanDialog):
    """新增车位: code and ownership; `save(code, ownership)` writes it."""

    def __init__(self, save: Callable[[str, str], object], parent: QWidget | None = None,
                 code: str = "", ownership: str = Ownership.OWNED.value):
        super().__init__(self.tr("车位"), parent)
        self._save = save
        self.code_edit = self.add_row("code", self.tr("车位编号"), QLineEdit(code, self))
        self.ownership_combo = self.add_row("ownership", self.tr("产权"), QComboBox(self))
        for kind in Ownership:
            self.ownership_combo.addItem(kind.label, kind.value)
        self.ownership_combo.setCurrentIndex(max(self.ownership_combo.findData(ownership), 0))
        self.finish()

    def submit(self) -> None:
        saved = self.form.try_save(lambda: self._save(
            self.code_edit.text(), self.ownership_combo.currentData()))
        if saved is not None:
            self.accept()


class SpaceRowDialog(_PlanDialog):
    """一排车位: the first code and how many, spread evenly along the dragged line;
    `save(first_code, count)` writes them all or none."""

    def __init__(self, length_m: float, save: Callable[[str, int], object],
                 parent: QWidget | None = None, first_code: str = ""):
        super().__init__(self.tr("一排车位"), parent)
        self._save = save
        self._length_m = length_m
        self.code_edit = self.add_row("code", self.tr("第一个车位编号"),
                                      QLineEdit(first_code, self))
        self.code_edit.setPlaceholderText(self.tr("例如 B1-001，后面的依次加一"))
        self.count_spin = self.add_row("count", self.tr("车位数"), QSpinBox(self))
        self.count_spin.setRange(1, 500)
        self.count_spin.setValue(max(2, round(length_m / 2.5) + 1))
        self.count_spin.valueChanged.connect(self._show_spacing)
        self._show_spacing()
        self.finish()

    def spacing_m(self) -> float:
        count = self.count_spin.value()
        return self._length_m / (count - 1) if count > 1 else 0.0

    def _show_spacing(self) -> None:
        self.intro.setText(self.tr("沿拖出的线（%1 米）均匀排列，间距 %2 米。")
                           .replace("%1", f"{self._length_m:.2f}")
                           .replace("%2", f"{self.spacing_m():.2f}"))

    def submit(self) -> None:
        if not self.code_edit.text().strip():
            self.form.show_problems({"code": msg("required", label=self.tr("第一个车位编号"))})
            return
        saved = self.form.try_save(lambda: self._save(self.code_edit.text(),
                                                      self.count_spin.value()))
        if saved is not None:
            self.accept()
