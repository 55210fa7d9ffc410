"""Garages (车库): a community's garage levels with their drawing, scale and aisles."""
from __future__ import annotations

from dataclasses import dataclass

from fieldapp.domain.garage import Garage, garage_problems
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository

MESSAGES.update({
    "garage.taken": ("小区里已有车库“{name}”", "The community already has a garage \"{name}\""),
    "garage.in_use": ("车库“{name}”里还有 {boxes} 个表箱、{spaces} 个车位，不能删除",
                      "The garage \"{name}\" still holds {boxes} meter boxes and {spaces}"
                      " parking spaces and cannot be deleted"),
    "garage.missing": ("所选车库已不存在", "The chosen garage no longer exists"),
})


@dataclass(frozen=True)
class GarageRow:
    garage: Garage
    community: str
    boxes: int
    spaces: int
    measurements: int


class Garages(RecordRepository[Garage]):
    kind = "garage"
    table = "garages"
    record_type = Garage

    trimmed = ("name", "notes")

    def _rules(self, record: Garage) -> dict[str, str]:
        return garage_problems(record)

    def _check(self, record: Garage) -> None:
        if self._store.communities.get(record.community_uuid) is None:
            raise RecordRefused(msg("store.community_missing"), field="community_uuid")
        if self.conn.execute("SELECT 1 FROM garages WHERE community_uuid = ? AND name = ?"
                             " AND uuid != ?", (record.community_uuid, record.name,
                                                record.uuid)).fetchone():
            raise RecordRefused(msg("garage.taken", name=record.name), field="name")

    def _before_remove(self, row_id: int, record: Garage) -> None:
        boxes, spaces = (self.conn.execute(f"SELECT count(*) FROM {table} WHERE garage_uuid"
                                           " = ?", (record.uuid,)).fetchone()[0]
                         for table in ("meter_boxes", "parking_spaces"))
        if boxes or spaces:
            raise RecordRefused(msg("garage.in_use", name=record.name, boxes=boxes,
                                    spaces=spaces))

    def of_community(self, community_uuid: str) -> list[Garage]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM garages WHERE community_uuid = ? ORDER BY name", (community_uuid,))]

    def listing(self) -> list[GarageRow]:
        """Every garage with its community's name and what it holds, by community."""
        rows = self.conn.execute(
            "SELECT g.*, c.name AS community_name,"
            " (SELECT count(*) FROM meter_boxes b WHERE b.garage_uuid = g.uuid) AS boxes,"
            " (SELECT count(*) FROM parking_spaces s WHERE s.garage_uuid = g.uuid) AS spaces,"
            " (SELECT count(*) FROM measurements m JOIN meter_boxes b"
            "  ON b.uuid = m.meter_box_uuid WHERE b.garage_uuid = g.uuid) AS measured"
            " FROM garages g LEFT JOIN communities c ON c.uuid = g.community_uuid"
            " ORDER BY c.name_key, g.name")
        return [GarageRow(self.from_row(r), r["community_name"] or "", r["boxes"],
                          r["spaces"], r["measured"]) for r in rows]
