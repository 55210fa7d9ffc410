"""The window's handle on the open database: operations per record kind plus signals.

Widgets call `session.save_household(...)` and friends, get the saved record or a clear
error (ValidationFailed, StoreError), and every page refreshes from `changed`.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fieldapp.domain.records import Community, Household
from fieldapp.store import Store


class Session(QObject):
    """Emits `changed(kind)` ("household" or "community") after every write."""

    changed = Signal(str)

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

    def data_replaced(self) -> None:
        """After a bulk job (demo data) written through another connection."""
        self.changed.emit("community")
        self.changed.emit("household")
