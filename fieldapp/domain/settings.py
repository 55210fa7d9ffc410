"""The numbers and lists a supervisor may change, in one place, with their defaults.

Stored as JSON in the database (app_meta 'settings'), so that every window and the CLI
on that database use the same values. Unknown keys are ignored; missing ones default.
"""
from __future__ import annotations

import dataclasses
import json
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
})

# Days a request may stay in each open stage before it is flagged (the programme's
# published average connection time is 4.06 days).
DEFAULT_STAGE_TARGETS = {"accepted": 1.0, "surveyed": 2.0, "plan_replied": 2.0}


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
        if isinstance(current, str):
            value = value if isinstance(value, str) else text.strip()  # e.g. a phone number
        elif isinstance(current, tuple):
            if not isinstance(value, list) or not value:
                raise ValueError(msg("settings.bad_value", name=name, expected=expected))
            value = tuple(value)
        elif isinstance(current, dict):
            if not isinstance(value, dict) or not all(
                    isinstance(v, (int, float)) and v > 0 for v in value.values()):
                raise ValueError(msg("settings.bad_value", name=name, expected=expected))
        elif isinstance(current, int) and (not isinstance(value, int) or value < 0):
            raise ValueError(msg("settings.bad_value", name=name, expected=expected))
        if name == "charger_powers_kw" and not all(
                isinstance(v, (int, float)) and 0 < v <= 350 for v in value):
            raise ValueError(msg("settings.bad_value", name=name, expected=expected))
        return dataclasses.replace(self, **{name: value})

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
        known = {f.name: f for f in dataclasses.fields(cls)}
        values = {}
        for name, value in data.items():
            if name not in known:
                continue
            if name in ("charger_powers_kw", "optional_documents"):
                value = tuple(value)
            values[name] = value
        return cls(**values)


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
