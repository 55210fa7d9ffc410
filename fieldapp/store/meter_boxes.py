"""Meter boxes (表箱) on garage plans, with their free meter positions (表位)."""
from __future__ import annotations

from fieldapp.domain.garage import MeterBox, meter_box_problems, normal_code
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository

MESSAGES.update({
    "box.taken": ("小区里已有表箱 {code}", "The community already has a meter box {code}"),
    "box.wrong_garage": ("所选车库不属于这个小区", "The chosen garage is not in this community"),
    "box.in_use": ("表箱 {code} 已有 {n} 条测量记录，不能删除",
                   "The meter box {code} has {n} measurements and cannot be deleted"),
})

# requests that keep a meter position reserved while they go on (the ones connected
# have their meter: the box's free positions are counted again on the next survey)
RESERVING = ("accepted", "surveyed", "plan_replied", "on_hold")


class MeterBoxes(RecordRepository[MeterBox]):
    kind = "meter_box"
    table = "meter_boxes"
    record_type = MeterBox

    trimmed = ("notes",)
    normal = {"code": normal_code}

    def _rules(self, record: MeterBox) -> dict[str, str]:
        return meter_box_problems(record)

    def _check(self, record: MeterBox) -> None:
        garage = self._store.garages.get(record.garage_uuid)
        if garage is None:
            raise RecordRefused(msg("garage.missing"), field="garage_uuid")
        if garage.community_uuid != record.community_uuid:
            raise RecordRefused(msg("box.wrong_garage"), field="garage_uuid")
        if self.conn.execute("SELECT 1 FROM meter_boxes WHERE community_uuid = ? AND code = ?"
                             " AND uuid != ?", (record.community_uuid, record.code,
                                                record.uuid)).fetchone():
            raise RecordRefused(msg("box.taken", code=record.code), field="code")

    def _before_remove(self, row_id: int, record: MeterBox) -> None:
        n = self.conn.execute("SELECT count(*) FROM measurements WHERE meter_box_uuid = ?",
                              (record.uuid,)).fetchone()[0]
        if n:
            raise RecordRefused(msg("box.in_use", code=record.code, n=n))

    def of_garage(self, garage_uuid: str) -> list[MeterBox]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM meter_boxes WHERE garage_uuid = ? ORDER BY code", (garage_uuid,))]

    def of_community(self, community_uuid: str) -> list[MeterBox]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM meter_boxes WHERE community_uuid = ? ORDER BY code",
            (community_uuid,))]

    def available(self, box_uuid: str, except_request: str = "") -> int:
        """Free positions not yet promised: the box's free positions less the going
        requests (other than `except_request`) that chose it."""
        marks = ", ".join("?" for _ in RESERVING)
        row = self.conn.execute(
            "SELECT b.free_positions - (SELECT count(*) FROM charger_requests r JOIN"
            " measurements m ON m.uuid = r.measurement_uuid WHERE m.meter_box_uuid = b.uuid"
            f" AND r.uuid != ? AND r.status IN ({marks})) FROM meter_boxes b WHERE b.uuid = ?",
            (except_request, *RESERVING, box_uuid)).fetchone()
        return max(row[0], 0) if row else 0
