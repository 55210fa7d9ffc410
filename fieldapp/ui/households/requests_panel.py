"""Under the households list: the selected household's charger requests and the deferred
documents it still owes, with 新建报装 for that household and a way to the requests page."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldapp.store.charger_requests import RequestFilter
from fieldapp.store.households import HouseholdRow
from fieldapp.ui.requests.dialog import RequestDialog
from fieldapp.ui.requests.model import power_text
from fieldapp.ui.shared.session import Session

SHOWN = 3  # requests named in the panel; the rest are counted
DEFERRED_COLOR = "#b3261e"


class HouseholdRequestsPanel(QFrame):
    """`show_requests(account_no)` asks the window for the requests page."""

    show_requests = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._household: HouseholdRow | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("充电桩报装"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setMinimumHeight(2 * self.text.fontMetrics().lineSpacing() + 4)
        self.new_button = QPushButton(self.tr("为该户新建报装(&B)…"), self)
        self.show_button = QPushButton(self.tr("查看报装"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.show_button)
        self.new_button.clicked.connect(self.new_request)
        self.show_button.clicked.connect(
            lambda: self._household and self.show_requests.emit(self._household.account_no))
        self.set_household(None)

    def set_household(self, household: HouseholdRow | None) -> None:
        self._household = household
        self.refresh()

    def refresh(self) -> None:
        household = self._household
        self.new_button.setEnabled(household is not None)
        if household is None:
            self.text.setText(self.tr("选择一户，查看其充电桩报装。"))
            self.show_button.setEnabled(False)
            return
        store = self._session.store.charger_requests
        rows = store.listing(RequestFilter(household_uuid=household.uuid))
        self.show_button.setEnabled(bool(rows))
        if not rows:
            self.text.setText(self.tr("%1 还没有充电桩报装。").replace("%1",
                                                                escape(household.name)))
            return
        parts = []
        for row in rows[:SHOWN]:
            r = row.request
            parts.append(" · ".join(escape(p) for p in (
                r.request_no, r.state.label, self.tr("车位 %1").replace("%1", r.parking_space),
                power_text(r))))
        text = "；".join(parts)
        if len(rows) > SHOWN:
            text += self.tr("；另有 %1 件").replace("%1", str(len(rows) - SHOWN))
        owed: dict[str, list[str]] = {}
        for no, label in store.deferred_of_household(household.uuid):
            owed.setdefault(no, []).append(escape(label))
        if owed:
            listed = "；".join(f"{escape(no)}：{'、'.join(labels)}"
                              for no, labels in owed.items())
            text += (f"<br><span style='color:{DEFERRED_COLOR}'>"
                     + self.tr("待补齐容缺材料 %1").replace("%1", listed) + "</span>")
        self.text.setText(text)

    def new_request(self) -> None:
        if self._household is not None:
            RequestDialog(self._session, parent=self,
                          household_uuid=self._household.uuid).exec()
