"""The safety inspections page (安全检查): 计划 (by day), 检查记录 (all, filtered and
searched) and 隐患 (followed to closure), refreshed when inspections change."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from fieldapp.domain.inspection import Inspection
from fieldapp.ui.inspections.hazards_tab import HazardsTab
from fieldapp.ui.inspections.operations import INSPECTION
from fieldapp.ui.inspections.plan_tab import PlanTab
from fieldapp.ui.inspections.records_tab import RecordsTab
from fieldapp.ui.shared.session import REQUEST, Session

PLAN, RECORDS, HAZARDS = range(3)


class InspectionsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.plan_tab = PlanTab(session, self)
        self.records_tab = RecordsTab(session, self)
        self.hazards_tab = HazardsTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.plan_tab, self.tr("计划"))
        self.tabs.addTab(self.records_tab, self.tr("检查记录"))
        self.tabs.addTab(self.hazards_tab, self.tr("隐患"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._stale = {PLAN, RECORDS, HAZARDS}  # each tab is read when first shown
        self.tabs.currentChanged.connect(self._tab_shown)
        self.hazards_tab.reinspection_planned.connect(self._show_planned)
        session.changed.connect(self._on_changed)

    def _on_changed(self, kind: str) -> None:
        if kind == "community":
            self.hazards_tab.reload_communities()
        if kind in (INSPECTION, "household", "community", REQUEST):
            self.refresh()

    def refresh(self) -> None:
        """After a change: the tab in view is read again, the others when shown (the
        records and hazards lists can be long; nobody waits for a list not looked at)."""
        self._stale = {PLAN, RECORDS, HAZARDS}
        if self.isVisible():
            self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            (self.plan_tab, self.records_tab, self.hazards_tab)[index].refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._tab_shown(self.tabs.currentIndex())

    def plan_for(self, household_uuid: str = "", request_uuid: str = "") -> None:
        """新建检查计划 for a household or a request (from other pages)."""
        self.tabs.setCurrentIndex(PLAN)
        self._tab_shown(PLAN)
        self.plan_tab.new_plan(household_uuid, request_uuid)

    def show_inspection(self, inspection: Inspection) -> None:
        """The plan tab on the inspection's day, with it selected."""
        import datetime as dt

        self.tabs.setCurrentIndex(PLAN)
        self._stale.discard(PLAN)
        self.plan_tab.set_day(dt.date.fromisoformat(inspection.planned_on))
        self.plan_tab.refresh()
        self.plan_tab.select_uuid(inspection.uuid)
        self.plan_tab.table.setFocus()

    def _show_planned(self, inspection: Inspection) -> None:
        self.show_inspection(inspection)
