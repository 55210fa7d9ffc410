"""Distance measurements (距离测量) of charger requests, and the one each request uses."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from fieldapp.domain.measurement import Measurement, measurement_problems, over_limit
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository

MESSAGES.update({
    "measure.request_gone": ("这个报装已不存在", "This request no longer exists"),
    "measure.box_gone": ("所选表箱已不存在", "The chosen meter box no longer exists"),
    "measure.box_elsewhere": ("表箱 {code} 不在这户所在的小区",
                              "The meter box {code} is not in this household's community"),
    "measure.box_full": ("表箱 {code} 没有空余表位，不能选用",
                         "The meter box {code} has no free meter position and cannot be"
                         " chosen"),
    "measure.in_use": ("报装 {no} 正在使用这条测量，请先选用另一条",
                       "The request {no} uses this measurement; choose another first"),
    "measure.request_final": ("报装已{status}，不能再改测量",
                              "The request is {status}; its measurements cannot change"),
})


@dataclass(frozen=True)
class MeasurementRow:
    measurement: Measurement
    request_no: str
    household: str
    community: str
    box_code: str
    chosen: bool

    @property
    def post_meter_m(self) -> float:
        return self.measurement.post_meter_m


class Measurements(RecordRepository[Measurement]):
    kind = "measurement"
    table = "measurements"
    record_type = Measurement

    trimmed = ("instrument_no", "measured_by", "notes", "measured_on")
    dates = ("measured_on",)

    def _rules(self, record: Measurement) -> dict[str, str]:
        return measurement_problems(record, self._store.settings())

    def _check(self, record: Measurement) -> None:
        row = self.conn.execute(
            "SELECT h.community_uuid, r.status FROM charger_requests r JOIN households h"
            " ON h.uuid = r.household_uuid WHERE r.uuid = ?", (record.request_uuid,)).fetchone()
        if row is None:
            raise RecordRefused(msg("measure.request_gone"), field="request_uuid")
        if row["status"] in ("archived", "cancelled"):
            from fieldapp.domain.charger import Status

            raise RecordRefused(msg("measure.request_final",
                                    status=Status(row["status"]).label))
        box = self._store.meter_boxes.get(record.meter_box_uuid)
        if box is None:
            raise RecordRefused(msg("measure.box_gone"), field="meter_box_uuid")
        if box.community_uuid != row["community_uuid"]:
            raise RecordRefused(msg("measure.box_elsewhere", code=box.code),
                                field="meter_box_uuid")

    def _before_remove(self, row_id: int, record: Measurement) -> None:
        user = self.conn.execute("SELECT request_no FROM charger_requests WHERE"
                                 " measurement_uuid = ?", (record.uuid,)).fetchone()
        if user:
            raise RecordRefused(msg("measure.in_use", no=user[0]))

    # -- reading ---------------------------------------------------------------------------
    def of_request(self, request_uuid: str) -> list[Measurement]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM measurements WHERE request_uuid = ? ORDER BY id", (request_uuid,))]

    def listing(self, over_limit_only: bool = False, request_uuid: str = ""
                ) -> list[MeasurementRow]:
        """Measurements with their request, household and meter box, newest first;
        only those over the post-meter limit when asked."""
        settings = self._store.settings()
        where, args = ("WHERE m.request_uuid = ?", [request_uuid]) if request_uuid else ("", [])
        rows = self.conn.execute(
            "SELECT m.*, r.request_no, r.measurement_uuid AS chosen_uuid, h.name AS household,"
            " c.name AS community, b.code AS box_code FROM measurements m"
            " LEFT JOIN charger_requests r ON r.uuid = m.request_uuid"
            " LEFT JOIN households h ON h.uuid = r.household_uuid"
            " LEFT JOIN communities c ON c.uuid = h.community_uuid"
            f" LEFT JOIN meter_boxes b ON b.uuid = m.meter_box_uuid {where}"
            " ORDER BY m.measured_on DESC, m.id DESC", args)
        result = []
        for r in rows:
            measurement = self.from_row(r)
            if over_limit_only and not over_limit(measurement.post_meter_m, settings):
                continue
            result.append(MeasurementRow(measurement, r["request_no"] or "",
                                         r["household"] or "", r["community"] or "",
                                         r["box_code"] or "",
                                         r["chosen_uuid"] == measurement.uuid))
        return result

    # -- writing ---------------------------------------------------------------------------
    def record(self, measurement: Measurement, choose: bool = True) -> Measurement:
        """Save a measurement and (by default) make it the one its request uses; all or
        nothing. Choosing a meter box without a free position is refused."""
        with self._store.transaction():
            saved = self.save(measurement)
            if choose:
                self.choose(saved.request_uuid, saved.uuid)
        return saved

    def choose(self, request_uuid: str, measurement_uuid: str) -> None:
        """Make `measurement_uuid` the measurement the request uses."""
        with self._store.transaction():
            measurement = self.get(measurement_uuid)
            requests = self._store.charger_requests
            request = requests.get(request_uuid)
            if request is None:
                raise RecordRefused(msg("measure.request_gone"))
            if measurement is None or measurement.request_uuid != request_uuid:
                raise RecordRefused(msg("measure.not_theirs"))
            if request.measurement_uuid == measurement_uuid:
                return
            box = self._store.meter_boxes.get(measurement.meter_box_uuid)
            if box is None:
                raise RecordRefused(msg("measure.box_gone"))
            if self._store.meter_boxes.available(box.uuid, except_request=request_uuid) < 1:
                raise RecordRefused(msg("measure.box_full", code=box.code),
                                    field="meter_box_uuid")
            requests._update(dataclasses.replace(request, measurement_uuid=measurement_uuid))
