"""The numbers and lists a supervisor may change, in one place, with their defaults.

Stored as JSON in the database (app_meta 'settings'), so that every window and the CLI
on that database use the same values. Unknown keys are ignored; missing ones default.
"""
from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass, field

from fieldapp.domain.messages import MESSAGES, msg

MESSAGES.update({
    "settings.unknown": ("没有名为“{name}”的设置（可用：{known}）",
                         "There is no setting \"{name}\" (known: {known})"),
    "settings.bad_value": ("设置“{name}”的值不合适，应写成这样：{expected}",
                           "The value for \"{name}\" does not fit; write it like {expected}"),
    "operator.name_required": ("请填写操作员姓名", "Enter the operator's name"),
    "operator.staff_no_required": ("请填写工号", "Enter the staff number"),
    "operator.staff_no_format": ("工号只能由字母和数字组成，最多 {n} 位",
                                 "A staff number is letters and digits only, at most {n}"),
    "operator.too_long": ("最多 {n} 个字", "At most {n} characters"),
    "operator.brackets": ("姓名中不能有括号", "A name cannot contain brackets"),
    "settings.out_of_range": ("设置“{name}”应在 {low} 到 {high} 之间，不是 {value}",
                              "\"{name}\" must be between {low} and {high}, not {value}"),
    "settings.section_missing": ("截面 {section} mm² 在设置“{table}”中没有数值，"
                                 "请先在“{table}”中补上",
                                 "The section {section} mm² has no value in \"{table}\"; "
                                 "add it there first"),
})

# Days a request may stay in each open stage before it is flagged (the programme's
# published average connection time is 4.06 days).
DEFAULT_STAGE_TARGETS = {"accepted": 1.0, "surveyed": 2.0, "plan_replied": 2.0}

# Post-meter copper cable (DESIGN.md "Cable sizing"). Tables are keyed by the section's
# text ("4", "6", …: JSON keys are text) so a supervisor can add a size to every table
# before adding it to the standard sections.
# Ampacity in A at 30 °C, PVC, in conduit: IEC 60364-5-52 method B2.
DEFAULT_AMPACITY_TWO_LOADED = {"4": 31.0, "6": 40.0, "10": 54.0, "16": 73.0, "25": 95.0}
DEFAULT_AMPACITY_THREE_LOADED = {"4": 28.0, "6": 36.0, "10": 50.0, "16": 66.0, "25": 84.0}
# Cable prices in yuan per metre, copper: three cores for a single-phase charger (L, N,
# PE), five for a three-phase one. Rough market figures as defaults; the supervisor sets
# the office's own prices (so do the conduit price and fixed items below).
DEFAULT_CABLE_PRICE_SINGLE = {"4": 18.0, "6": 26.0, "10": 42.0, "16": 65.0, "25": 100.0}
DEFAULT_CABLE_PRICE_THREE = {"4": 30.0, "6": 43.0, "10": 70.0, "16": 108.0, "25": 165.0}
# Items every installation needs once, in yuan (names: messages "cable.item.<key>" when
# declared, else the key itself, so a supervisor may add an item in Chinese).
DEFAULT_FIXED_ITEMS = {"rcd_box": 280.0, "labour": 400.0}

# The allowed range of each number a supervisor may set (inclusive).
RANGES: dict[str, tuple[float, float]] = {
    "drop_limit_percent": (2.0, 5.0),
    "voltage_v": (100.0, 1000.0),
    "line_voltage_v": (100.0, 1000.0),
    "copper_resistivity": (0.01, 0.05),
    "conduit_price_yuan_per_m": (0.0, 1000.0),
    "post_meter_limit_m": (1.0, 500.0),
    "cable_slack_m": (0.0, 20.0),
    "distance_max_m": (1.0, 10_000.0),
    "measurement_photo_max_mb": (1, 100),
    "plan_image_max_mb": (1, 500),
}
SECTION_TABLES = ("ampacity_two_loaded_a", "ampacity_three_loaded_a",
                  "cable_price_single_yuan_per_m", "cable_price_three_yuan_per_m")


def section_key(section_mm2: float) -> str:
    """How a section is written as a table key and shown: 4, 6, 2.5."""
    return f"{float(section_mm2):g}"


@dataclass(frozen=True)
class Settings:
    stage_target_days: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_STAGE_TARGETS))
    charger_powers_kw: tuple[float, ...] = (3.5, 7.0, 11.0, 21.0)
    # Documents besides ID proof and the permission-to-construct certificate, in the
    # order the request form lists them; each may be provided, deferred or not needed.
    optional_documents: tuple[str, ...] = ("vehicle_purchase", "parking_right",
                                           "parking_lease", "property_consent",
                                           "authorization")
    # deferred documents are due this many days after the request was accepted (and in
    # any case before connection): the date printed on the receipt (受理回执)
    deferred_document_days: int = 15
    # who issues the notices: the letterhead, the issuing office and the contact line
    company_name: str = "国网温州供电公司"
    station_name: str = ""
    service_phone: str = "95598"
    # post-meter cable sizing and cost (fieldapp/domain/cable.py)
    voltage_v: float = 220.0
    line_voltage_v: float = 380.0
    copper_resistivity: float = 0.0225  # Ω·mm²/m, conductor at operating temperature
    drop_limit_percent: float = 4.0
    cable_sections_mm2: tuple[float, ...] = (4.0, 6.0, 10.0, 16.0, 25.0)
    ampacity_two_loaded_a: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_AMPACITY_TWO_LOADED))
    ampacity_three_loaded_a: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_AMPACITY_THREE_LOADED))
    cable_price_single_yuan_per_m: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_CABLE_PRICE_SINGLE))
    cable_price_three_yuan_per_m: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_CABLE_PRICE_THREE))
    conduit_price_yuan_per_m: float = 12.0
    fixed_cost_items_yuan: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_FIXED_ITEMS))
    # distances (DESIGN.md "Distance"): the post-meter limit, the slack added to a
    # measured route, and the length above which a distance is a typing mistake
    post_meter_limit_m: float = 50.0
    cable_slack_m: float = 2.0
    distance_max_m: float = 500.0
    # largest files accepted, in MB: a photo of a rangefinder's display, a garage drawing
    measurement_photo_max_mb: int = 5
    plan_image_max_mb: int = 20

    def with_value(self, name: str, text: str) -> Settings:
        """A copy with `name` set from JSON text (e.g. '[7, 11]', '{"accepted": 2}');
        ValueError naming the key and the expected form when it does not fit."""
        fields = {f.name: f for f in dataclasses.fields(self)}
        if name not in fields:
            raise ValueError(msg("settings.unknown", name=name, known="、".join(fields)))
        current = getattr(self, name)
        try:
            value = json.loads(text)
        except ValueError:
            value = text  # a bare word, e.g. a document name
        expected = json.dumps(current if not isinstance(current, tuple) else list(current),
                              ensure_ascii=False)
        bad = ValueError(msg("settings.bad_value", name=name, expected=expected))
        if isinstance(current, str):
            value = value if isinstance(value, str) else text.strip()  # e.g. a phone number
        elif isinstance(current, tuple):
            if not isinstance(value, list) or not value:
                raise bad
            value = tuple(value)
        elif isinstance(current, dict):
            if not isinstance(value, dict) or not all(
                    _is_number(v) and v > 0 for v in value.values()):
                raise bad
            if name in SECTION_TABLES:
                if not all(_is_section_text(k) for k in value):
                    raise bad
                value = {section_key(float(k)): float(v) for k, v in value.items()}
        elif isinstance(current, float):
            if not _is_number(value):
                raise bad
            value = float(value)
        elif isinstance(current, int) and (not isinstance(value, int) or value < 0):
            raise bad
        if name == "charger_powers_kw" and not all(
                isinstance(v, (int, float)) and 0 < v <= 350 for v in value):
            raise bad
        if name == "cable_sections_mm2":
            if not all(_is_number(v) and v > 0 for v in value):
                raise bad
            value = tuple(sorted({float(v) for v in value}))
        if name in RANGES:
            low, high = RANGES[name]
            if not low <= value <= high:
                raise ValueError(msg("settings.out_of_range", name=name, low=low, high=high,
                                     value=value))
        changed = dataclasses.replace(self, **{name: value})
        if name == "cable_sections_mm2" or name in SECTION_TABLES:
            changed._check_section_tables()
        return changed

    def _check_section_tables(self) -> None:
        """Every standard section needs its ampacity and price in each table."""
        for table in SECTION_TABLES:
            known = getattr(self, table)
            for section in self.cable_sections_mm2:
                if section_key(section) not in known:
                    raise ValueError(msg("settings.section_missing",
                                         section=section_key(section), table=table))

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Settings:
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        known = {f.name for f in dataclasses.fields(cls)}
        values = {}
        for name, value in data.items():
            if name not in known:
                continue
            current = getattr(defaults, name)
            if isinstance(current, tuple) and isinstance(value, list):
                value = tuple(value)
            elif isinstance(current, float) and _is_number(value):
                value = float(value)
            elif isinstance(current, (tuple, float, dict, int)) and (
                    not isinstance(value, type(current)) or isinstance(value, bool)):
                continue  # a hand-edited value of the wrong shape: the default stands
            values[name] = value
        return cls(**values)


def _is_number(value: object) -> bool:
    """A finite int or float (JSON true/false are not numbers here)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def _is_section_text(key: str) -> bool:
    try:
        return math.isfinite(float(key)) and float(key) > 0
    except ValueError:
        return False


STAFF_NO = re.compile(r"[A-Za-z0-9]+")
STAFF_NO_MAX, NAME_MAX, DEVICE_NAME_MAX = 20, 20, 30


@dataclass(frozen=True)
class Operator:
    """Who works on this laptop (kept in the database, app_meta).

    `label` is what records carry as `updated_by` and the audit log as operator: the
    name a supervisor reads and the staff number (工号) that identifies the person, e.g.
    "张三(10023)". The laptop's own identity stays `device_id`; its readable name is a
    separate setting shown in the window only."""

    name: str
    staff_no: str

    @property
    def label(self) -> str:
        return f"{self.name}({self.staff_no})"


def operator_problems(name: str, staff_no: str, device_name: str = "") -> dict[str, str]:
    """What is wrong with an operator's name, staff number and the device's readable
    name, by field ('name', 'staff_no', 'device_name'); empty when they may be kept."""
    problems: dict[str, str] = {}
    name, staff_no, device_name = name.strip(), staff_no.strip(), device_name.strip()
    if not name:
        problems["name"] = msg("operator.name_required")
    elif len(name) > NAME_MAX:
        problems["name"] = msg("operator.too_long", n=NAME_MAX)
    elif any(ch in name for ch in "()（）"):
        problems["name"] = msg("operator.brackets")
    if not staff_no:
        problems["staff_no"] = msg("operator.staff_no_required")
    elif len(staff_no) > STAFF_NO_MAX or not STAFF_NO.fullmatch(staff_no):
        problems["staff_no"] = msg("operator.staff_no_format", n=STAFF_NO_MAX)
    if len(device_name) > DEVICE_NAME_MAX:
        problems["device_name"] = msg("operator.too_long", n=DEVICE_NAME_MAX)
    return problems
