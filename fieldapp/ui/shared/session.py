"""The window's handle on the open database: operations per record kind plus signals.

Widgets call `session.save_household(...)` and friends, get the saved record or a clear
error (ValidationFailed, StoreError), and every page refreshes from `changed`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from fieldapp.domain.charger import ChargerRequest, Status
from fieldapp.domain.messages import msg
from fieldapp.domain.records import Community, Household
from fieldapp.domain.settings import Operator
from fieldapp.notices.kinds import kind_of
from fieldapp.store import Store

if TYPE_CHECKING:
    from fieldapp.notices.issue import Issued

REQUEST = "charger_request"


class Session(QObject):
    """Emits `changed(kind)` ("household", "community" or "charger_request") after every
    write; `operator_changed` after the operator or the device's name changed."""

    changed = Signal(str)
    operator_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store

    @property
    def path(self):
        return self.store.path

    def save_household(self, household: Household) -> Household:
        saved = self.store.households.save(household)
        self.changed.emit("household")
        return saved

    def delete_household(self, household_uuid: str, rev: int) -> None:
        self.store.households.delete(household_uuid, rev)
        self.changed.emit("household")

    def save_community(self, community: Community) -> Community:
        saved = self.store.communities.save(community)
        self.changed.emit("community")
        return saved

    def delete_community(self, community_uuid: str, rev: int) -> None:
        self.store.communities.delete(community_uuid, rev)
        self.changed.emit("community")

    def accept_request(self, request: ChargerRequest) -> ChargerRequest:
        """Take a new charger request; the store numbers it."""
        saved = self.store.charger_requests.accept(request)
        self.changed.emit(REQUEST)
        return saved

    def save_request(self, request: ChargerRequest) -> ChargerRequest:
        saved = self.store.charger_requests.save(request)
        self.changed.emit(REQUEST)
        return saved

    def transition_request(self, request_uuid: str, rev: int, target: Status,
                           reason: str = "", details: dict[str, str] | None = None
                           ) -> ChargerRequest:
        saved = self.store.charger_requests.transition(request_uuid, rev, target, reason,
                                                       details=details)
        self.changed.emit(REQUEST)
        return saved

    def record_measurement(self, measurement, choose: bool = True):
        """Store a distance measurement (and make it the one its request uses)."""
        saved = self.store.measurements.record(measurement, choose=choose)
        self.changed.emit(REQUEST)
        return saved

    def choose_measurement(self, request_uuid: str, measurement_uuid: str) -> None:
        self.store.measurements.choose(request_uuid, measurement_uuid)
        self.changed.emit(REQUEST)

    def supply_document(self, request_uuid: str, kind: str) -> ChargerRequest:
        saved = self.store.charger_requests.supply_document(request_uuid, kind)
        self.changed.emit(REQUEST)
        return saved

    def notice_problem(self, kind: str, record_uuid: str) -> str:
        """Why the notice `kind` cannot be printed for the record now ("" when it can:
        issued already, so a reprint, or the record has all the notice needs)."""
        notice_kind = kind_of(kind)
        store = self.store
        if store.notices.of_record(notice_kind.key, record_uuid) is not None:
            return ""
        record = notice_kind.find(store, record_uuid)
        try:
            if record is None:
                raise ValueError(msg("notice.no_record", reference=record_uuid))
            notice_kind.gather(store, record, store.settings())
        except ValueError as error:
            return str(error)
        return ""

    def issue_notice(self, kind: str, record_uuid: str) -> Issued:
        """The notice `kind` of the record: issued and registered the first time, a
        reprint after that (ValueError naming what is missing when it cannot be)."""
        from fieldapp.notices import issue as notices  # reportlab: not at start-up

        return notices.issue(self.store, kind, record_uuid)

    def notices_due_today(self) -> list[tuple[str, str]]:
        """The (notice kind, record uuid) of every notice due today (notices.batch)."""
        from fieldapp.notices.batch import due_today

        return due_today(self.store)

    def set_operator(self, name: str, staff_no: str, device_name: str = "") -> Operator:
        """Who works here from now on (ValidationFailed by field when it does not fit)."""
        kept = self.store.set_operator(name, staff_no, device_name)
        self.operator_changed.emit()
        return kept

    def data_replaced(self) -> None:
        """After a bulk job (demo data) written through another connection."""
        self.changed.emit("community")
        self.changed.emit("household")
        self.changed.emit(REQUEST)
