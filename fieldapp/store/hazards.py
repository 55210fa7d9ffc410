"""Hazards (隐患) found by inspections: open until a re-inspection passes them, listed
with the households that care tags put first (独居老人, 停电敏感)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fieldapp.domain.inspection import Hazard, hazard_problems
from fieldapp.domain.records import Tag, room_address, tags_from_text
from fieldapp.store.repository import RecordRepository

# households with these tags come first in the hazards list
CARE_FIRST = (Tag.ELDERLY_ALONE, Tag.OUTAGE_SENSITIVE)


@dataclass(frozen=True)
class HazardRow:
    hazard: Hazard
    household_name: str
    account_no: str
    address: str
    community: str
    request_no: str
    tags: tuple[Tag, ...]
    overdue: bool

    @property
    def cared_for(self) -> bool:
        return any(tag in self.tags for tag in CARE_FIRST)


class Hazards(RecordRepository[Hazard]):
    kind = "hazard"
    table = "hazards"
    record_type = Hazard

    trimmed = ("note",)

    def _rules(self, record: Hazard) -> dict[str, str]:
        return hazard_problems(record)

    def open_of(self, inspection_uuid: str) -> list[Hazard]:
        """The hazards found by an inspection that are still open."""
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM hazards WHERE inspection_uuid = ? AND status = 'open' ORDER BY id",
            (inspection_uuid,))]

    def closed_in(self, inspection_uuid: str) -> list[Hazard]:
        """The hazards a re-inspection closed."""
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM hazards WHERE closed_in = ? ORDER BY id", (inspection_uuid,))]

    def open_of_request(self, request_uuid: str) -> list[Hazard]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM hazards WHERE request_uuid = ? AND status = 'open' ORDER BY id",
            (request_uuid,))]

    def open_of_household(self, household_uuid: str) -> list[Hazard]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM hazards WHERE household_uuid = ? AND status = 'open'"
            " ORDER BY deadline, id", (household_uuid,))]

    def listing(self, open_only: bool = False, overdue_only: bool = False,
                community_uuid: str = "", today: dt.date | None = None) -> list[HazardRow]:
        """Hazards by community and household, care-tagged households first, open before
        closed, the earliest deadline first within; only open or only overdue ones when
        asked. Sorted by SQLite and read as plain tuples: tens of thousands of hazards
        open in a fraction of a second."""
        today = today or dt.date.today()
        where, args = [], []
        if open_only or overdue_only:
            where.append("z.status = 'open'")
        if overdue_only:
            where.append("z.deadline > '' AND z.deadline < ?")
            args.append(today.isoformat())
        if community_uuid:
            where.append("h.community_uuid = ?")
            args.append(community_uuid)
        fields = ", ".join(f"coalesce(z.{name}, '')" if name != "rev" else "z.rev"
                           for name in self._fields)
        care = " OR ".join(f"instr(h.tags, '{tag.value}') > 0" for tag in CARE_FIRST)
        cursor = self.conn.cursor()
        cursor.row_factory = None  # tuples: no sqlite3.Row per hazard
        rows = cursor.execute(
            f"SELECT {fields}, coalesce(h.name, ''), coalesce(h.account_no, ''),"
            " coalesce(h.address, ''), h.building, h.unit, h.room, h.tags,"
            " coalesce(c.name, ''), coalesce(r.request_no, '')"
            " FROM hazards z LEFT JOIN households h ON h.uuid = z.household_uuid"
            " LEFT JOIN communities c ON c.uuid = h.community_uuid"
            " LEFT JOIN charger_requests r ON r.uuid = z.request_uuid"
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY coalesce({care}, 0) DESC, z.status != 'open', c.name_key,"
            " h.name_key, z.deadline = '', z.deadline, z.item_code", args)
        width = len(self._fields)
        day = today.isoformat()
        made = []
        for row in rows:
            hazard = Hazard(*row[:width])
            name, account, address, building, unit, room, tags, community, request = \
                row[width:]
            made.append(HazardRow(hazard, name, account,
                                  address or room_address(building or "", unit or "",
                                                          room or ""),
                                  community, request, tags_from_text(tags),
                                  hazard.status == "open" and "" < hazard.deadline < day))
        return made
