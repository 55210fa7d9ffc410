"""The records FieldApp keeps: what each carries, in the domain's own words."""
from __future__ import annotations

import dataclasses
import enum
import functools
from dataclasses import dataclass, field

from fieldapp.domain.messages import language

SYNC_FIELDS = ("uuid", "rev", "created_at", "updated_at", "updated_by", "device_id")


class Tag(enum.Enum):
    """Care tags on a household, shown to anyone who plans an outage or a visit."""

    ELDERLY_ALONE = "elderly_alone"
    OUTAGE_SENSITIVE = "outage_sensitive"
    HARDSHIP = "hardship"

    @property
    def label(self) -> str:
        zh, en = _TAG_LABELS[self]
        return en if language() == "en" else zh

    @classmethod
    def parse(cls, text: str) -> Tag | None:
        """A tag from its key or its Chinese or English label."""
        text = text.strip()
        for tag in cls:
            if text in (tag.value, *_TAG_LABELS[tag]):
                return tag
        return None


_TAG_LABELS = {
    Tag.ELDERLY_ALONE: ("独居老人", "Elderly living alone"),
    Tag.OUTAGE_SENSITIVE: ("停电敏感", "Outage-sensitive"),
    Tag.HARDSHIP: ("困难户", "Hardship"),
}


def tags_to_text(tags: tuple[Tag, ...]) -> str:
    """Storage form: keys in declaration order, ';'-separated."""
    return ";".join(t.value for t in Tag if t in tags)


def tags_from_text(text: str | None) -> tuple[Tag, ...]:
    if not text:
        return ()  # most households: no tag (iterating the enum costs more than this)
    keys = set(filter(None, text.split(";")))
    return tuple(t for t in Tag if t.value in keys)


@functools.cache
def content_fields(record_type: type) -> tuple[str, ...]:
    """Names of a record type's own fields, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(record_type) if f.name not in SYNC_FIELDS)


@dataclass
class Record:
    """Fields every record carries so that it can travel between devices."""

    uuid: str = ""
    rev: int = 0
    created_at: str = ""
    updated_at: str = ""
    updated_by: str = ""
    device_id: str = ""

    def content(self) -> dict[str, object]:
        """The record's own fields (without the sync fields), in storage form."""
        return {name: getattr(self, name) for name in content_fields(type(self))}


@dataclass
class Community(Record):
    """小区: a residential community, possibly with a batch construction permit."""

    name: str = ""
    district: str = ""
    street: str = ""
    station_area: str = ""
    property_company: str = ""
    property_contact: str = ""
    permit_no: str = ""
    permit_valid_until: str = ""
    notes: str = ""
    permit_issuer: str = ""


@dataclass
class Household(Record):
    """用电户: an electricity account holder at an address."""

    account_no: str = ""
    name: str = ""
    mobile: str = ""
    id_number: str = ""
    community_uuid: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    address: str = ""
    meter_no: str = ""
    tags: tuple[Tag, ...] = field(default_factory=tuple)
    notes: str = ""

    def content(self) -> dict[str, object]:
        values = super().content()
        values["tags"] = tags_to_text(self.tags)
        return values

    def display_address(self) -> str:
        """The full address if known, else building–unit–room."""
        if self.address:
            return self.address
        return room_address(self.building, self.unit, self.room)


def room_address(building: str, unit: str, room: str) -> str:
    parts = []
    if building:
        parts.append(f"{building}幢" if language() != "en" else f"Bldg {building}")
    if unit:
        parts.append(f"{unit}单元" if language() != "en" else f"Unit {unit}")
    if room:
        parts.append(f"{room}室" if language() != "en" else f"Room {room}")
    return "".join(parts) if language() != "en" else " ".join(parts)


FIELD_LABELS: dict[str, tuple[str, str]] = {
    "account_no": ("户号", "account number"),
    "name": ("姓名", "name"),
    "mobile": ("手机", "mobile"),
    "id_number": ("身份证号", "ID number"),
    "community_uuid": ("小区", "community"),
    "building": ("楼幢", "building"),
    "unit": ("单元", "unit"),
    "room": ("房号", "room"),
    "address": ("地址", "address"),
    "meter_no": ("电表号", "meter number"),
    "tags": ("标签", "tags"),
    "notes": ("备注", "notes"),
    "district": ("区县/街道", "district"),
    "street": ("街道/路", "street"),
    "station_area": ("台区", "station area"),
    "property_company": ("物业公司", "property company"),
    "property_contact": ("物业联系人", "property contact"),
    "permit_no": ("批量施工证明编号", "batch permit number"),
    "permit_valid_until": ("证明有效期至", "permit valid until"),
    "permit_issuer": ("证明出具单位", "permit issuer"),
    "request_no": ("报装编号", "request number"),
    "household_uuid": ("住户", "household"),
    "parking_space": ("车位", "parking space"),
    "power_kw": ("充电桩功率", "charger power"),
    "phase": ("相数", "phase"),
    "vehicle": ("车辆", "vehicle"),
    "channel": ("受理渠道", "channel"),
    "status": ("状态", "status"),
    "status_reason": ("原因", "reason"),
    "documents": ("材料", "documents"),
}


def field_label(name: str) -> str:
    zh, en = FIELD_LABELS.get(name, (name, name))
    return en if language() == "en" else zh
