"""Communities (小区): the places households belong to."""
from __future__ import annotations

from dataclasses import dataclass

from fieldapp.domain.messages import msg
from fieldapp.domain.records import Community
from fieldapp.domain.validation import clean_community
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository


@dataclass(frozen=True)
class CommunityRow:
    community: Community
    households: int


class Communities(RecordRepository[Community]):
    kind = "community"
    table = "communities"
    record_type = Community

    def _clean(self, record: Community) -> Community:
        return clean_community(record)

    def _check(self, record: Community) -> None:
        if self.conn.execute("SELECT 1 FROM communities WHERE name = ? AND uuid != ?",
                             (record.name, record.uuid)).fetchone():
            raise RecordRefused(msg("store.community_taken", name=record.name), field="name")

    def _before_remove(self, row_id: int, record: Community) -> None:
        n = self.conn.execute("SELECT count(*) FROM households WHERE community_uuid = ?",
                              (record.uuid,)).fetchone()[0]
        if n:
            raise RecordRefused(msg("store.community_in_use", name=record.name, n=n))

    def all(self) -> list[Community]:
        """Every community by name (there are hundreds at most)."""
        return [self.from_row(r) for r in
                self.conn.execute("SELECT * FROM communities ORDER BY name")]

    def names(self) -> list[tuple[str, str]]:
        """(uuid, name) pairs by name, for pickers and filters."""
        return [(r[0], r[1]) for r in
                self.conn.execute("SELECT uuid, name FROM communities ORDER BY name")]

    def listing(self, text: str = "") -> list[CommunityRow]:
        """Communities whose name, street, district or station area contains `text`,
        with their household counts."""
        like = f"%{text.strip()}%"
        rows = self.conn.execute(
            "SELECT c.*, (SELECT count(*) FROM households h"
            " WHERE h.community_uuid = c.uuid) AS n FROM communities c"
            " WHERE c.name LIKE ? OR c.street LIKE ? OR c.district LIKE ?"
            " OR c.station_area LIKE ? ORDER BY c.name", (like, like, like, like))
        return [CommunityRow(self.from_row(r), r["n"]) for r in rows]
