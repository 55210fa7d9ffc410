"""Under the households list, beside its requests: the selected household's open hazards
(overdue ones in red) and a way to plan an inspection for it."""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldapp.ui.inspections import texts
from fieldapp.ui.shared.session import Session

SHOWN = 3  # hazards named in the panel; the rest are counted


class HouseholdHazardsPanel(QFrame):
    """`plan_inspection(household_uuid)` asks the window for a new inspection plan."""

    plan_inspection = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._household_uuid = ""
        self._name = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("安全隐患"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setMinimumHeight(2 * self.text.fontMetrics().lineSpacing() + 4)
        self.plan_button = QPushButton(self.tr("安排安全检查(&J)…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.plan_button)
        self.plan_button.clicked.connect(
            lambda: self._household_uuid and self.plan_inspection.emit(self._household_uuid))
        self.set_household("", "")

    def set_household(self, household_uuid: str, name: str) -> None:
        self._household_uuid = household_uuid
        self._name = name
        self.refresh()

    def refresh(self) -> None:
        self.plan_button.setEnabled(bool(self._household_uuid))
        if not self._household_uuid:
            self.text.setText(self.tr("选择一户，查看其未消除的安全隐患。"))
            return
        hazards = self._session.store.hazards.open_of_household(self._household_uuid)
        if not hazards:
            self.text.setText(self.tr("%1 没有未消除的安全隐患。").replace(
                "%1", escape(self._name)))
            return
        today = dt.date.today()
        parts = []
        for hazard in hazards[:SHOWN]:
            deadline = self.tr("期限 %1").replace("%1", hazard.deadline) \
                if hazard.deadline else self.tr("未定期限")
            part = escape(f"{hazard.item_code} {hazard.item_text}（"
                          f"{texts.severity_text(hazard.severity)}，{deadline}）")
            if hazard.overdue(today):
                part = (f"<span style='color:{texts.OVERDUE_COLOR}'>{part} "
                        + escape(self.tr("已超期")) + "</span>")
            parts.append(part)
        text = escape(self.tr("未消除 %1 项：").replace("%1", str(len(hazards)))) \
            + "；".join(parts)
        if len(hazards) > SHOWN:
            text += escape(self.tr("；另有 %1 项").replace("%1", str(len(hazards) - SHOWN)))
        self.text.setText(text)
