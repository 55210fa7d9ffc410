"""Communities (小区): the places households belong to."""
from __future__ import annotations

from dataclasses import dataclass

from fieldapp.domain import pinyin
from fieldapp.domain.messages import msg
from fieldapp.domain.records import Community
from fieldapp.domain.validation import clean_community
from fieldapp.store import search
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
    derived_columns = ("name_key",)  # the order of names: by pinyin (domain/pinyin.py)

    def _derived(self, values) -> tuple:
        return (pinyin.sort_key(values["name"]),)

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
        """Every community by name, in pinyin order (there are hundreds at most)."""
        return [self.from_row(r) for r in
                self.conn.execute("SELECT * FROM communities ORDER BY name_key")]

    def names(self) -> list[tuple[str, str]]:
        """(uuid, name) pairs by name in pinyin order, for pickers and filters."""
        return [(r[0], r[1]) for r in
                self.conn.execute("SELECT uuid, name FROM communities ORDER BY name_key")]

    def listing(self, text: str = "") -> list[CommunityRow]:
        """Communities matching every word of `text` (its name, street, district or
        station area contains it, or a latin word spells the name: "wzhjy" for
        温州华景苑), in pinyin order, with their household counts."""
        words = search.terms(text)
        rows = self.conn.execute(
            "SELECT c.*, (SELECT count(*) FROM households h"
            " WHERE h.community_uuid = c.uuid) AS n FROM communities c ORDER BY c.name_key")
        return [CommunityRow(self.from_row(r), r["n"]) for r in rows
                if all(_matches(word, r) for word in words)]


def _matches(word: str, row) -> bool:
    """Whether one search word finds a community row."""
    text = " ".join(row[k] or "" for k in ("name", "street", "district", "station_area"))
    return word in text.lower() or (pinyin.is_spelling(word)
                                    and pinyin.spells(word, row["name"]))
