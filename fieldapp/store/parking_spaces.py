"""Parking spaces (车位) on garage plans."""
from __future__ import annotations

import dataclasses

from fieldapp.domain.garage import (
    ParkingSpace,
    normal_code,
    numbered_codes,
    parking_space_problems,
)
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository

MESSAGES.update({
    "space.taken": ("车库里已有车位 {code}", "The garage already has a parking space {code}"),
})


class ParkingSpaces(RecordRepository[ParkingSpace]):
    kind = "parking_space"
    table = "parking_spaces"
    record_type = ParkingSpace

    trimmed = ("notes",)
    normal = {"code": normal_code}

    def _rules(self, record: ParkingSpace) -> dict[str, str]:
        return parking_space_problems(record)

    def _check(self, record: ParkingSpace) -> None:
        if self._store.garages.get(record.garage_uuid) is None:
            raise RecordRefused(msg("garage.missing"), field="garage_uuid")
        if self.conn.execute("SELECT 1 FROM parking_spaces WHERE garage_uuid = ? AND code = ?"
                             " AND uuid != ?", (record.garage_uuid, record.code,
                                                record.uuid)).fetchone():
            raise RecordRefused(msg("space.taken", code=record.code), field="code")

    def of_garage(self, garage_uuid: str) -> list[ParkingSpace]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM parking_spaces WHERE garage_uuid = ? ORDER BY code",
            (garage_uuid,))]

    def find(self, community_uuid: str, code: str) -> ParkingSpace | None:
        """The space of `code` in any garage of the community (codes as a request gives
        them: case, spaces and full-width characters ignored)."""
        row = self.conn.execute(
            "SELECT s.* FROM parking_spaces s JOIN garages g ON g.uuid = s.garage_uuid"
            " WHERE g.community_uuid = ? AND s.code = ? ORDER BY g.name LIMIT 1",
            (community_uuid, normal_code(code))).fetchone()
        return self.from_row(row) if row else None

    def add_row(self, template: ParkingSpace, first_code: str, count: int,
                step: tuple[float, float]) -> list[ParkingSpace]:
        """A row of `count` spaces numbered from `first_code`, the first at the
        template's position and each next one `step` (metres) further; all or none."""
        with self._store.transaction():
            return [self.save(dataclasses.replace(
                template, uuid="", code=code, x=template.x + n * step[0],
                y=template.y + n * step[1]))
                for n, code in enumerate(numbered_codes(normal_code(first_code), count))]
