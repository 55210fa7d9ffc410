"""Underground garages on the map (图上勘查): the garage with its drawing, scale and aisles,
its meter boxes (表箱) and parking spaces (车位), positions in metres on the plan.

A garage's drawing stays on the laptop (referenced by the hash of its file); its scale
(metres per pixel of the drawing) turns picked points into metres; its aisle
centre-lines are a graph in metres (domain/routing.py) along which cable routes run.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from fieldapp.domain.labelled import Labelled
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import FIELD_LABELS, Record, field_label
from fieldapp.domain.validation import text_field_problems

FIELD_LABELS.update({
    "garage_uuid": ("车库", "garage"),
    "image_hash": ("图纸", "drawing"),
    "image_width": ("图纸宽度", "drawing width"),
    "image_height": ("图纸高度", "drawing height"),
    "scale": ("比例尺(米/像素)", "scale (m per pixel)"),
    "aisles": ("通道中心线", "aisle centre-lines"),
    "code": ("编号", "code"),
    "x": ("横坐标", "x"),
    "y": ("纵坐标", "y"),
    "free_positions": ("空余表位", "free meter positions"),
    "ownership": ("产权", "ownership"),
})

MESSAGES.update({
    "garage.position": ("{label}应为 0–{max:g} 米之间的数", "{label} must be 0–{max:g} m"),
    "garage.positions": ("空余表位应为 0–{max} 的整数",
                         "Free positions must be a whole number 0–{max}"),
    "garage.scale": ("比例尺应大于 0（米/像素），请重新标定",
                     "The scale must be above 0 m per pixel; calibrate again"),
    "garage.bad_ownership": ("不认识的产权类型“{value}”", "Unknown ownership \"{value}\""),
    "garage.calibration_same": ("两个标定点太近（{px:.1f} 像素），请选相距较远的两点",
                                "The two calibration points are too close ({px:.1f} px);"
                                " pick two points far apart"),
    "garage.calibration_distance": ("实际距离应在 0.5–{max:g} 米之间",
                                    "The real distance must be 0.5–{max:g} m"),
    "garage.code_chars": ("{label}只能由字母、数字和 - _ 组成",
                          "{label} may hold letters, digits, - and _ only"),
})

# a garage plan is at most this many metres across: beyond it a position is a typo
PLAN_EXTENT_M = 2_000.0
MAX_FREE_POSITIONS = 99
# two picked calibration points must be this far apart on the drawing
MIN_CALIBRATION_PX = 10.0


class Ownership(Labelled):
    OWNED = "owned"
    LEASED = "leased"
    PUBLIC = "public"

    @classmethod
    def _labels(cls):
        return {"owned": ("产权车位", "owned"), "leased": ("租赁车位", "leased"),
                "public": ("公共车位", "public")}


@dataclass
class Garage(Record):
    """车库: a garage level of a community, with its drawing, scale and aisles."""

    community_uuid: str = ""
    name: str = ""
    image_hash: str = ""        # SHA-256 of the drawing (a PNG/JPEG kept on the laptop)
    image_width: int = 0        # pixels
    image_height: int = 0
    scale: float = 0.0         # metres per pixel; 0 until calibrated
    aisles: str = ""            # the aisle graph (domain/routing.py's JSON text)
    notes: str = ""


@dataclass
class MeterBox(Record):
    """表箱: a meter box on a garage plan, with its free meter positions (表位)."""

    code: str = ""
    community_uuid: str = ""
    garage_uuid: str = ""
    x: float = 0.0              # metres from the drawing's left edge
    y: float = 0.0              # metres from the drawing's top edge
    free_positions: int = 0
    notes: str = ""


@dataclass
class ParkingSpace(Record):
    """车位: a parking space on a garage plan."""

    garage_uuid: str = ""
    code: str = ""
    x: float = 0.0
    y: float = 0.0
    ownership: str = Ownership.OWNED.value
    notes: str = ""


def _position_problems(record, problems: dict[str, str]) -> None:
    for name in ("x", "y"):
        value = getattr(record, name)
        if not isinstance(value, (int, float)) or not math.isfinite(value) \
                or not 0 <= value <= PLAN_EXTENT_M:
            problems[name] = msg("garage.position", label=field_label(name), max=PLAN_EXTENT_M)


def normal_code(text: str) -> str:
    """A box or space code as stored: full-width letters and digits typed on a Chinese
    keyboard made ASCII (NFKC), trimmed, in capitals (b1-001 and Ｂ１-００１ are B1-001)."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def _code_problem(code: str) -> str | None:
    if not code:
        return msg("required", label=field_label("code"))
    if not all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in code):
        return msg("garage.code_chars", label=field_label("code"))
    if len(code) > 30:
        return msg("too_long", label=field_label("code"), max=30)
    return None


def garage_problems(garage: Garage) -> dict[str, str]:
    """Every rule a garage breaks, by field (its aisles are checked by routing)."""
    problems: dict[str, str] = {}
    if not garage.community_uuid:
        problems["community_uuid"] = msg("required", label=field_label("community_uuid"))
    if not garage.name:
        problems["name"] = msg("required", label=field_label("name"))
    if not isinstance(garage.scale, (int, float)) or not math.isfinite(garage.scale) \
            or garage.scale < 0 or garage.scale > 10:
        problems["scale"] = msg("garage.scale")
    for name in ("image_width", "image_height"):
        value = getattr(garage, name)
        if not isinstance(value, int) or not 0 <= value <= 100_000:
            problems[name] = msg("garage.position", label=field_label(name), max=100_000)
    if garage.aisles:
        from fieldapp.domain.routing import AisleGraph

        try:
            AisleGraph.from_json(garage.aisles)
        except ValueError as error:
            problems["aisles"] = str(error)
    text_field_problems(garage, ("name", "notes"), problems)
    return problems


def meter_box_problems(box: MeterBox) -> dict[str, str]:
    """Every rule a meter box breaks, by field."""
    problems: dict[str, str] = {}
    if problem := _code_problem(box.code):
        problems["code"] = problem
    for name in ("community_uuid", "garage_uuid"):
        if not getattr(box, name):
            problems[name] = msg("required", label=field_label(name))
    _position_problems(box, problems)
    if not isinstance(box.free_positions, int) or isinstance(box.free_positions, bool) \
            or not 0 <= box.free_positions <= MAX_FREE_POSITIONS:
        problems["free_positions"] = msg("garage.positions", max=MAX_FREE_POSITIONS)
    text_field_problems(box, ("notes",), problems)
    return problems


def parking_space_problems(space: ParkingSpace) -> dict[str, str]:
    """Every rule a parking space breaks, by field."""
    problems: dict[str, str] = {}
    if problem := _code_problem(space.code):
        problems["code"] = problem
    if not space.garage_uuid:
        problems["garage_uuid"] = msg("required", label=field_label("garage_uuid"))
    _position_problems(space, problems)
    if Ownership.parse(space.ownership) is None:
        problems["ownership"] = msg("garage.bad_ownership", value=space.ownership)
    text_field_problems(space, ("notes",), problems)
    return problems


def calibrated_scale(first: tuple[float, float], second: tuple[float, float],
                     metres: float, max_m: float = PLAN_EXTENT_M) -> float:
    """Metres per pixel from two picked points (pixels) and their real distance;
    ValueError when the points are (nearly) the same or the distance is absurd."""
    pixels = math.dist(first, second)
    if pixels < MIN_CALIBRATION_PX:
        raise ValueError(msg("garage.calibration_same", px=pixels))
    if not isinstance(metres, (int, float)) or not math.isfinite(metres) \
            or not 0.5 <= metres <= max_m:
        raise ValueError(msg("garage.calibration_distance", max=max_m))
    return metres / pixels


def numbered_codes(first: str, count: int) -> list[str]:
    """Codes for a row of spaces numbered in one go: 'B1-001', 5 → B1-001 … B1-005 (the
    trailing number counts up, keeping its width; no number: '-1', '-2' … appended)."""
    digits = len(first) - len(first.rstrip("0123456789"))
    if digits == 0:
        return [f"{first}-{n}" for n in range(1, count + 1)]
    head, start = first[:-digits], int(first[-digits:])
    return [f"{head}{start + n:0{digits}d}" for n in range(count)]
