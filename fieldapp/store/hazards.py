"""Hazards (隐患) found by inspections: open until a re-inspection passes them, listed
with the households that care tags put first (独居老人, 停电敏感)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from fieldapp.domain.inspection import Hazard, hazard_problems
from fieldapp.domain.records import Tag, room_address, tags_from_text
from fieldapp.domain.validation import ValidationFailed
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

    def _clean(self, record: Hazard) -> Hazard:
        record = dataclasses.replace(record, note=record.note.strip())
        if problems := hazard_problems(record):
            raise ValidationFailed(problems)
        return record

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
        """Hazards by community and household, care-tagged households first, the earliest
        deadline first within; only open or only overdue ones when asked."""
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
        rows = self.conn.execute(
            "SELECT z.*, h.name AS household_name, h.account_no, h.address, h.building,"
            " h.unit, h.room, h.tags, c.name AS community, c.name_key, r.request_no"
            " FROM hazards z LEFT JOIN households h ON h.uuid = z.household_uuid"
            " LEFT JOIN communities c ON c.uuid = h.community_uuid"
            " LEFT JOIN charger_requests r ON r.uuid = z.request_uuid"
            + (" WHERE " + " AND ".join(where) if where else ""), args)
        result = []
        for r in rows:
            hazard = self.from_row(r)
            result.append(HazardRow(
                hazard, r["household_name"] or "", r["account_no"] or "",
                r["address"] or room_address(r["building"] or "", r["unit"] or "",
                                             r["room"] or ""),
                r["community"] or "", r["request_no"] or "", tags_from_text(r["tags"]),
                hazard.overdue(today)))
        result.sort(key=lambda row: (not row.cared_for, row.hazard.status != "open",
                                     row.community, row.household_name,
                                     row.hazard.deadline or "9999", row.hazard.item_code))
        return result
