"""What travels in an exchange workbook, declared once per record kind.

A record kind is a `SheetSpec`: its sheet, its table and repository, its columns (key,
Chinese label, value type, allowed values, normalisation), its references to other
sheets, the values no two records may share and the domain rules a record must meet.
Export, import and their tests read these declarations; adding a record kind later
means adding one `SheetSpec` here (and round-trip tests), no import or export code.
The sync fields (uuid, rev, created_at, updated_at, updated_by, device_id) lead every
data sheet, in that order.
"""
from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from fieldapp.domain.charger import Channel, DocState, Status
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import Tag, tags_to_text
from fieldapp.domain.validation import community_problems, household_problems

FORMAT = "fieldapp-exchange"
FORMAT_VERSION = 1
META_SHEET = "_meta"
TOMBSTONES = "tombstones"


class ValueType(enum.Enum):
    TEXT = "text"
    IDENTIFIER = "identifier"  # digits/letters that must stay text (account, ID, mobile)
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"              # YYYY-MM-DD
    TIMESTAMP = "timestamp"    # UTC ISO 8601 with milliseconds and Z


@dataclass(frozen=True)
class Column:
    key: str
    label: str                        # Chinese header
    type: ValueType = ValueType.TEXT
    required: bool = False
    width: int = 14                   # column width in the workbook, in characters
    length: int | None = None         # fixed length of an identifier (restores zeros)
    choices: tuple[str, ...] = ()     # the only values allowed (keys), if any
    # brings an imported value to its stored form; ValueError (with a message) refuses it
    normalize: Callable[[str], str] | None = None


@dataclass(frozen=True)
class SheetSpec:
    sheet: str                        # sheet name and record kind's plural key
    kind: str                         # record kind as in the audit log and tombstones
    table: str
    label: str                        # Chinese name of the kind
    columns: tuple[Column, ...]
    repository: str                   # the Store attribute holding this kind's records
    references: dict[str, str] = field(default_factory=dict)  # column key → sheet
    unique: tuple[str, ...] = ()      # columns no two records may share (besides uuid)
    # the domain's rules for a whole record: field → problem (empty when fine)
    validate: Callable[[object], dict[str, str]] | None = None

    @property
    def all_columns(self) -> tuple[Column, ...]:
        return SYNC_COLUMNS + self.columns

    def column(self, key: str) -> Column:
        return next(c for c in self.all_columns if c.key == key)


MESSAGES.update({"schema.bad_tag": ("不认识的标签“{tag}”", "Unknown tag \"{tag}\"")})


def tags_text(text: str) -> str:
    """Tags by key or label, separated by ; , 、 → their storage form."""
    tags = []
    for part in filter(None, (p.strip() for p in text.replace("，", ",").replace("、", ",")
                              .replace(";", ",").split(","))):
        tag = Tag.parse(part)
        if tag is None:
            raise ValueError(msg("schema.bad_tag", tag=part))
        tags.append(tag)
    return tags_to_text(tuple(tags))


def _keys(enum_type) -> tuple[str, ...]:
    return tuple(member.value for member in enum_type)


T, ID, INT, DEC, DATE, TS = (ValueType.TEXT, ValueType.IDENTIFIER, ValueType.INTEGER,
                             ValueType.DECIMAL, ValueType.DATE, ValueType.TIMESTAMP)

SYNC_COLUMNS = (
    Column("uuid", "记录编号", T, required=True, width=38),
    Column("rev", "版本", INT, required=True, width=6),
    Column("created_at", "创建时间", TS, required=True, width=26),
    Column("updated_at", "更新时间", TS, required=True, width=26),
    Column("updated_by", "更新人", T, width=10),
    Column("device_id", "设备", T, width=10),
)

COMMUNITIES = SheetSpec("communities", "community", "communities", "小区", (
    Column("name", "小区名称", T, required=True, width=16),
    Column("district", "区县", T, width=10),
    Column("street", "街道/路", T, width=14),
    Column("station_area", "台区", T, width=14),
    Column("property_company", "物业公司", T, width=24),
    Column("property_contact", "物业联系人", T, width=20),
    Column("permit_no", "批量施工证明编号", T, width=18),
    Column("permit_issuer", "证明出具单位", T, width=18),
    Column("permit_valid_until", "证明有效期至", DATE, width=12),
    Column("notes", "备注", T, width=20),
), repository="communities", unique=("name",), validate=community_problems)

HOUSEHOLDS = SheetSpec("households", "household", "households", "住户", (
    Column("account_no", "户号", ID, required=True, width=12),
    Column("name", "姓名", T, required=True, width=10),
    Column("mobile", "手机", ID, width=13, length=11),
    Column("id_number", "身份证号", ID, width=20, length=18, normalize=str.upper),
    Column("community_uuid", "小区记录编号", T, required=True, width=38),
    Column("building", "楼幢", T, width=6),
    Column("unit", "单元", T, width=6),
    Column("room", "房号", T, width=6),
    Column("address", "地址", T, width=36),
    Column("meter_no", "电表号", ID, width=15),
    Column("tags", "标签", T, width=16, normalize=tags_text),
    Column("notes", "备注", T, width=20),
), repository="households", references={"community_uuid": "communities"},
    unique=("account_no",), validate=household_problems)

_STAGES = (("accepted", "受理"), ("surveyed", "勘查"), ("plan_replied", "方案答复"),
           ("connected", "装表接电"), ("archived", "归档"), ("on_hold", "暂停"),
           ("cancelled", "取消"))

CHARGER_REQUESTS = SheetSpec("charger_requests", "charger_request", "charger_requests",
                             "充电桩报装", (
    Column("request_no", "报装编号", ID, required=True, width=24),
    Column("household_uuid", "住户记录编号", T, required=True, width=38),
    Column("parking_space", "车位", T, required=True, width=10),
    Column("power_kw", "功率(kW)", DEC, required=True, width=8),
    Column("phase", "相数", INT, required=True, width=6),
    Column("vehicle", "车辆", T, width=16),
    Column("channel", "受理渠道", T, width=10, choices=_keys(Channel)),
    Column("status", "状态", T, required=True, width=12, choices=_keys(Status)),
    Column("status_reason", "原因", T, width=20),
    Column("resume_status", "恢复到", T, width=12, choices=("", *_keys(Status))),
    *(column for key, label in _STAGES for column in (
        Column(f"{key}_at", f"{label}时间", TS, width=26),
        Column(f"{key}_by", f"{label}人", T, width=10))),
    Column("notes", "备注", T, width=20),
), repository="charger_requests", references={"household_uuid": "households"},
    unique=("request_no",))

REQUEST_DOCUMENTS = SheetSpec("request_documents", "request_document", "request_documents",
                              "报装材料", (
    Column("request_uuid", "报装记录编号", T, required=True, width=38),
    Column("kind", "材料", T, required=True, width=18),
    Column("state", "状态", T, required=True, width=10, choices=_keys(DocState)),
    Column("supplied_at", "补齐时间", TS, width=26),
    Column("supplied_by", "补齐人", T, width=10),
    Column("note", "备注", T, width=20),
), repository="charger_requests.documents", references={"request_uuid": "charger_requests"})

# In dependency order: a sheet only refers to sheets before it.
SHEETS: tuple[SheetSpec, ...] = (COMMUNITIES, HOUSEHOLDS, CHARGER_REQUESTS, REQUEST_DOCUMENTS)
BY_KIND = {spec.kind: spec for spec in SHEETS}

TOMBSTONE_COLUMNS = (
    Column("uuid", "记录编号", T, required=True, width=38),
    Column("record_kind", "记录类型", T, required=True, width=18),
    Column("rev", "版本", INT, required=True, width=6),
    Column("deleted_at", "删除时间", TS, required=True, width=26),
    Column("deleted_by", "删除人", T, width=10),
    Column("device_id", "设备", T, width=10),
)
