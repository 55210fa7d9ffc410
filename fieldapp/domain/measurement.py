"""Distance measurements (距离测量): meter box → parking space, and the 50 m rule.

The post-meter cable (表后线) runs from the meter box to the charger at the parking
space: its length is the cable route + the vertical rise + slack. Over the limit
(settings.post_meter_limit_m, 50 m by default) the request is flagged and cannot reach
方案答复 without a recorded reason or a measurement to another meter box.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from fieldapp.domain.labelled import Labelled
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import FIELD_LABELS, Record, field_label
from fieldapp.domain.settings import Settings
from fieldapp.domain.validation import parse_date, text_field_problems

FIELD_LABELS.update({
    "request_uuid": ("报装", "request"),
    "meter_box_uuid": ("表箱", "meter box"),
    "method": ("测量方式", "method"),
    "straight_m": ("直线距离", "straight-line distance"),
    "route_m": ("敷设路径长度", "cable route length"),
    "rise_m": ("垂直高差", "vertical rise"),
    "slack_m": ("预留长度", "slack"),
    "instrument_no": ("仪器编号", "instrument number"),
    "photo_hash": ("读数照片", "reading photo"),
    "route": ("路径", "route"),
    "measured_on": ("测量日期", "measurement date"),
    "measured_by": ("测量人", "measured by"),
    "measurement_uuid": ("选用的测量", "chosen measurement"),
    "over_limit_reason": ("超长原因", "reason for the over-limit length"),
    "reading_again": ("再次读数", "reading, again"),
})

MESSAGES.update({
    "measure.distance": ("{label}应为 0–{max:g} 米之间的数", "{label} must be 0–{max:g} m"),
    "measure.route_short": ("敷设路径（{route:g} 米）不能短于直线距离（{straight:g} 米）",
                            "The cable route ({route:g} m) cannot be shorter than the"
                            " straight line ({straight:g} m)"),
    "measure.bad_method": ("不认识的测量方式“{value}”", "Unknown method \"{value}\""),
    "measure.mismatch": ("两次读数相差 {diff:.2f} 米（超过 {tol:g} 米），请重新测量",
                         "The two readings differ by {diff:.2f} m (over {tol:g} m);"
                         " measure again"),
    "measure.over_limit": ("表后线 {length:.1f} 米，超过 {limit:g} 米：请记录超长原因，"
                           "或测量到另一个表箱",
                           "The post-meter cable is {length:.1f} m, over {limit:g} m: record"
                           " a reason, or measure to another meter box"),
    "measure.not_theirs": ("选用的测量不属于这个报装",
                           "The chosen measurement is not this request's"),
})

# two rangefinder readings of one distance may differ by at most this much
READING_TOLERANCE_M = 0.1


class Method(Labelled):
    RANGEFINDER = "rangefinder"
    TAPE = "tape"
    PLAN = "plan"

    @classmethod
    def _labels(cls):
        return {"rangefinder": ("激光测距仪", "rangefinder"), "tape": ("卷尺", "tape"),
                "plan": ("图上测量", "on the plan")}


@dataclass
class Measurement(Record):
    """距离测量: the distance from a meter box to a request's parking space."""

    request_uuid: str = ""
    meter_box_uuid: str = ""
    method: str = Method.RANGEFINDER.value
    straight_m: float = 0.0     # the straight-line reading
    route_m: float = 0.0        # the cable route along walls and aisles
    rise_m: float = 0.0         # up and down from the box and to the charger
    slack_m: float = 0.0        # kept spare at both ends
    instrument_no: str = ""
    photo_hash: str = ""        # SHA-256 of the display photo kept beside the database
    route: str = ""             # a plan route's points (JSON [[x, y], …] in metres)
    measured_on: str = ""       # YYYY-MM-DD
    measured_by: str = ""
    notes: str = ""

    @property
    def post_meter_m(self) -> float:
        """表后线长度: route + rise + slack."""
        return self.route_m + self.rise_m + self.slack_m


def over_limit(length_m: float, settings: Settings) -> bool:
    return length_m > settings.post_meter_limit_m + 1e-9


def _distance_problem(name: str, value, max_m: float) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value) or not 0 <= value <= max_m:
        return msg("measure.distance", label=field_label(name), max=max_m)
    return None


def measurement_problems(m: Measurement, settings: Settings) -> dict[str, str]:
    """Every rule a measurement breaks, by field: known method, distances 0–500 m (the
    absurd limit is a setting), a route not shorter than the straight line, plain text."""
    problems: dict[str, str] = {}
    for name in ("request_uuid", "meter_box_uuid"):
        if not getattr(m, name):
            problems[name] = msg("required", label=field_label(name))
    if Method.parse(m.method) is None:
        problems["method"] = msg("measure.bad_method", value=m.method)
    for name in ("straight_m", "route_m", "rise_m", "slack_m"):
        if problem := _distance_problem(name, getattr(m, name), settings.distance_max_m):
            problems[name] = problem
    if "route_m" not in problems and "straight_m" not in problems \
            and m.route_m + READING_TOLERANCE_M < m.straight_m:
        problems["route_m"] = msg("measure.route_short", route=m.route_m, straight=m.straight_m)
    if m.measured_on and parse_date(m.measured_on) is None:
        problems["measured_on"] = msg("date.format", label=field_label("measured_on"))
    text_field_problems(m, ("instrument_no", "measured_by", "photo_hash", "notes"), problems)
    return problems


def reading_problem(first: float, second: float) -> str | None:
    """A rangefinder reading is typed twice: a difference over 0.1 m is refused."""
    if abs(first - second) > READING_TOLERANCE_M + 1e-9:
        return msg("measure.mismatch", diff=abs(first - second), tol=READING_TOLERANCE_M)
    return None


def chosen(measurements: list[Measurement], chosen_uuid: str) -> Measurement | None:
    """The measurement a request uses: the one it chose, else its latest."""
    if chosen_uuid:
        return next((m for m in measurements if m.uuid == chosen_uuid), None)
    return max(measurements, key=lambda m: (m.measured_on, m.created_at), default=None)


def reply_gate_problem(measurements: list[Measurement], chosen_uuid: str, reason: str,
                       settings: Settings) -> str | None:
    """Why a request cannot reach 方案答复 because of its distance: the measurement it
    uses is over the limit and no reason is recorded. None when it may (also when it has
    no measurement yet)."""
    used = chosen(measurements, chosen_uuid)
    if used is None or not over_limit(used.post_meter_m, settings) or reason.strip():
        return None
    return msg("measure.over_limit", length=used.post_meter_m,
               limit=settings.post_meter_limit_m)
