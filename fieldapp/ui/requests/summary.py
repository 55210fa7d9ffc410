"""The figures above the requests list: open requests per stage, overdue, and how many
days connection took this month and overall (from `charger_requests.summary()`)."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fieldapp.domain.charger import OPEN, ConnectionFigures, Status
from fieldapp.store.charger_requests import Summary

TITLE_STYLE = "color: #555555;"
VALUE_STYLE = "font-size: 18px; font-weight: bold; color: #1f6f5c;"
ALERT_STYLE = "font-size: 18px; font-weight: bold; color: #b3261e;"
DETAIL_STYLE = "color: #777777;"
STAGES = (*OPEN, Status.ON_HOLD)


class _Card(QWidget):
    def __init__(self, title: str, parent: QWidget):
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.value = QLabel(self)
        self.detail = QLabel(self)
        self.title.setStyleSheet(TITLE_STYLE)
        self.value.setStyleSheet(VALUE_STYLE)
        self.detail.setStyleSheet(DETAIL_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)

    def show_value(self, value: str, detail: str = "", alert: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(ALERT_STYLE if alert else VALUE_STYLE)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def text(self) -> str:
        return " ".join(t for t in (self.title.text(), self.value.text(),
                                    self.detail.text()) if t)


class RequestSummary(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.stages = {status: _Card(status.label, self) for status in STAGES}
        self.overdue = _Card(self.tr("超期"), self)
        self.this_month = _Card(self.tr("本月接电"), self)
        self.overall = _Card(self.tr("累计接电"), self)
        for card in (*self.stages.values(), self.overdue):
            layout.addWidget(card)
        layout.addStretch(1)
        layout.addWidget(self.this_month)
        layout.addWidget(self.overall)

    def show_summary(self, summary: Summary) -> None:
        for status, card in self.stages.items():
            card.show_value(str(summary.open_by_stage.get(status, 0)))
        self.overdue.show_value(str(summary.overdue), alert=summary.overdue > 0)
        self._connection(self.this_month, summary.this_month)
        self._connection(self.overall, summary.overall)
        self.setToolTip(self.text())

    def _connection(self, card: _Card, figures: ConnectionFigures) -> None:
        if not figures.count:
            card.show_value("—", self.tr("尚无接电"))
            return
        card.show_value(self.tr("平均 %1 天").replace("%1", f"{figures.average:.1f}"),
                        self.tr("中位 %1 天 · %2 户").replace("%1", f"{figures.median:.1f}")
                        .replace("%2", str(figures.count)))

    def text(self) -> str:
        """Everything the panel shows, as one line (tooltip, tests)."""
        cards = (*self.stages.values(), self.overdue, self.this_month, self.overall)
        return "；".join(card.text() for card in cards)
