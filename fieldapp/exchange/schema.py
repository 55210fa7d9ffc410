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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from fieldapp.domain.charger import (
    DOCUMENT_LABELS,
    Channel,
    DocState,
    ReplyChannel,
    Status,
    request_problems,
)
from fieldapp.domain.garage import (
    Ownership,
    garage_problems,
    meter_box_problems,
    normal_code,
    parking_space_problems,
)
from fieldapp.domain.inspection import (
    SIGNATURE_MAX,
    HazardStatus,
    InspectionState,
    Result,
    hazard_problems,
    inspection_problems,
    item_problems,
    template_record_problems,
)
from fieldapp.domain.measurement import Method, measurement_problems
from fieldapp.domain.messages import MESSAGES, language, msg
from fieldapp.domain.records import Tag, tags_to_text
from fieldapp.domain.settings import Settings
from fieldapp.domain.validation import community_problems, household_problems

FORMAT = "fieldapp-exchange"
FORMAT_VERSION = 4               # 2: reference label columns, choices shown by label
READABLE_VERSIONS = (1, 2, 3, 4)  # 3: the stage details of a request (surveyor … meter_no):
# an older app would drop those columns as unknown and could send the record back at a
# newer rev without them, blanking them here; it refuses a version 3 workbook instead.
# 4: a request's chosen measurement and over-limit reason (same reasoning), the garage
# sheets (garages, meter_boxes, parking_spaces, measurements) and the inspection sheets
# (checklist_templates, inspections, inspection_items, hazards)
META_SHEET = "_meta"
TOMBSTONES = "tombstones"


class ValueType(enum.Enum):
    TEXT = "text"
    IDENTIFIER = "identifier"  # digits/letters that must stay text (account, ID, room)
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
    multiline: bool = False           # free text: line breaks and tabs belong
    digits: bool = False              # ASCII digits only (fieldapp.domain.identifiers)
    last_x: bool = False              # … and X in the last place (an ID number)
    minimum: float | None = None      # bounds of a number (INTEGER: SQLite's by default)
    maximum: float | None = None
    # key → (Chinese, English) label: the workbook shows the Chinese label, the importer
    # takes the key or either label
    names: Mapping[str, tuple[str, str]] | None = None
    # the longest text a cell may hold (values.MAX_CELL when None); a spreadsheet cell
    # holds at most 32 767 characters
    max_length: int | None = None

    def shown(self, key: str) -> str:
        """The value as the workbook shows it (a key's Chinese label)."""
        return self.names[key][0] if self.names and key in self.names else key

    def name_of(self, key: str) -> str:
        """A key's label in the interface language (the key itself when unnamed)."""
        if not self.names or key not in self.names:
            return key
        zh, en = self.names[key]
        return en if language() == "en" else zh


@dataclass(frozen=True)
class ReferenceLabel:
    """A read-only column written beside a reference column so that a person reading
    the workbook sees a name instead of a uuid; the importer ignores it."""

    column: str                       # the reference column it stands beside
    label: str                        # its header
    sql: str                          # SQL expression over the sheet's table (alias t)
    width: int = 16


@dataclass(frozen=True)
class Children:
    """Records of another sheet that belong to this kind's records and that its domain
    rules need (a request's documents): gathered, local and incoming, before checking."""

    sheet: str
    column: str                       # the child's reference column to this kind
    attribute: str                    # the record attribute that holds them


@dataclass(frozen=True)
class SameValue:
    """Two ways through the references that must arrive at the same value (a meter box's
    community and its garage's community). A path is a column of the record, then hops
    `>sheet.column`: the value so far is a record of that sheet, take its column. The
    record is rejected at the first path's column, with `message` (a msg key taking
    {first} and {second}), when both ends are known and differ."""

    first: str
    second: str
    message: str

    def columns(self, path: str) -> tuple[str, list[tuple[str, str]]]:
        head, *hops = path.split(">")
        return head, [tuple(hop.split(".")) for hop in hops]


@dataclass(frozen=True)
class SheetSpec:
    sheet: str                        # sheet name and record kind's plural key
    kind: str                         # record kind as in the audit log and tombstones
    table: str
    label: str                        # Chinese name of the kind
    columns: tuple[Column, ...]
    repository: str                   # the Store attribute holding this kind's records
    references: dict[str, str] = field(default_factory=dict)  # column key → sheet
    # columns (or tuples of columns) no two records may share (besides uuid)
    unique: tuple[str | tuple[str, ...], ...] = ()
    # the domain's rules for a whole record, given the settings: field → problem
    validate: Callable[[object, Settings], dict[str, str]] | None = None
    labels: tuple[ReferenceLabel, ...] = ()
    children: tuple[Children, ...] = ()
    label_en: str = ""                # English name of the kind
    # a workbook may lack the sheet (it came later, and a workbook without it just
    # carries none of these records); any other missing sheet refuses the file
    optional: bool = False
    # what must agree across the references (checked against the records as the import
    # would leave them, incoming or local)
    same: tuple[SameValue, ...] = ()

    @property
    def kind_name(self) -> str:
        """The kind's name in the interface language."""
        return self.label_en if language() == "en" and self.label_en else self.label

    @property
    def all_columns(self) -> tuple[Column, ...]:
        return SYNC_COLUMNS + self.columns

    def column(self, key: str) -> Column:
        return next(c for c in self.all_columns if c.key == key)

    @property
    def written_columns(self) -> tuple[Column | ReferenceLabel, ...]:
        """The columns in the order a workbook shows them: each reference label right
        after its reference column."""
        result: list[Column | ReferenceLabel] = []
        for column in self.all_columns:
            result.append(column)
            result += [label for label in self.labels if label.column == column.key]
        return tuple(result)


MESSAGES.update({
    "schema.bad_tag": ("不认识的标签“{tag}”", "Unknown tag \"{tag}\""),
    "schema.box_community": ("表箱所在的车库属于另一个小区（{second}），与表箱的小区（{first}）"
                             "不一致", "The meter box's garage is in another community"
                             " ({second}) than the box ({first})"),
    "schema.measured_elsewhere": ("测量用的表箱在另一个小区（{first}），不是报装住户所在的小区"
                                  "（{second}）", "The measured meter box is in another"
                                  " community ({first}) than the request's household"
                                  " ({second})"),
})


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


def _names(enum_type) -> dict[str, tuple[str, str]]:
    return {member.value: enum_type._labels()[member.value] for member in enum_type}


def _rules_only(rules: Callable[[object], dict[str, str]]):
    """A record rule that needs no settings, in the declarations' form."""
    def validate(record, settings: Settings) -> dict[str, str]:
        return rules(record)
    return validate


REV_MAX = 2 ** 53  # a revision a spreadsheet holds exactly, far below SQLite's limit
T, ID, INT, DEC, DATE, TS = (ValueType.TEXT, ValueType.IDENTIFIER, ValueType.INTEGER,
                             ValueType.DECIMAL, ValueType.DATE, ValueType.TIMESTAMP)

SYNC_COLUMNS = (
    Column("uuid", "记录编号", T, required=True, width=38),
    Column("rev", "版本", INT, required=True, width=6, minimum=1, maximum=REV_MAX),
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
    Column("notes", "备注", T, width=20, multiline=True),
), repository="communities", label_en="community", unique=("name",),
    validate=_rules_only(community_problems))

HOUSEHOLDS = SheetSpec("households", "household", "households", "住户", (
    Column("account_no", "户号", ID, required=True, width=12, digits=True),
    Column("name", "姓名", T, required=True, width=10),
    Column("mobile", "手机", ID, width=13, length=11, digits=True),
    Column("id_number", "身份证号", ID, width=20, length=18, normalize=str.upper, digits=True,
           last_x=True),
    Column("community_uuid", "小区记录编号", T, required=True, width=38),
    Column("building", "楼幢", ID, width=6, digits=True),
    Column("unit", "单元", ID, width=6, digits=True),
    Column("room", "房号", ID, width=6, digits=True),
    Column("address", "地址", T, width=36),
    Column("meter_no", "电表号", ID, width=15, digits=True),
    Column("tags", "标签", T, width=16, normalize=tags_text),
    Column("notes", "备注", T, width=20, multiline=True),
), repository="households", label_en="household", references={"community_uuid": "communities"},
    unique=("account_no",), validate=_rules_only(household_problems),
    labels=(ReferenceLabel("community_uuid", "小区名称",
                           "(SELECT name FROM communities c WHERE c.uuid = t.community_uuid)"),))

_STAGES = (("accepted", "受理"), ("surveyed", "勘查"), ("plan_replied", "方案答复"),
           ("connected", "装表接电"), ("archived", "归档"), ("on_hold", "暂停"),
           ("cancelled", "取消"))

CHARGER_REQUESTS = SheetSpec("charger_requests", "charger_request", "charger_requests",
                             "充电桩报装", (
    Column("request_no", "报装编号", ID, required=True, width=24),
    Column("household_uuid", "住户记录编号", T, required=True, width=38),
    Column("parking_space", "车位", T, required=True, width=10),
    # bounds catch the absurd; the allowed powers and phases are the requests' own rule
    Column("power_kw", "功率(kW)", DEC, required=True, width=8, minimum=1, maximum=350),
    Column("phase", "相数", INT, required=True, width=6, minimum=1, maximum=3),
    Column("vehicle", "车辆", T, width=16),
    Column("channel", "受理渠道", T, width=10, choices=_keys(Channel), names=_names(Channel)),
    Column("status", "状态", T, required=True, width=12, choices=_keys(Status),
           names=_names(Status)),
    Column("status_reason", "原因", T, width=20, multiline=True),
    Column("resume_status", "恢复到", T, width=12, choices=("", *_keys(Status)),
           names=_names(Status)),
    *(column for key, label in _STAGES for column in (
        Column(f"{key}_at", f"{label}时间", TS, width=26),
        Column(f"{key}_by", f"{label}人", T, width=10))),
    Column("notes", "备注", T, width=20, multiline=True),
    # what each stage meant (charger.STAGE_DETAILS); empty for requests that reached it
    # before they were asked for, and in older workbooks, which lack these columns
    Column("surveyor", "勘查人员", T, width=10),
    Column("surveyed_on", "勘查日期", DATE, width=12),
    Column("survey_note", "勘查说明", T, width=24),
    Column("replied_on", "方案答复日期", DATE, width=12),
    Column("reply_channel", "答复方式", T, width=10, choices=("", *_keys(ReplyChannel)),
           names=_names(ReplyChannel)),
    Column("meter_no", "电表号", ID, width=15, digits=True),
    # the survey on the map (format 4): not a declared reference, measurements come after
    # requests; the request's rules check that it is one of its own measurements
    Column("measurement_uuid", "选用测量记录编号", T, width=38),
    Column("over_limit_reason", "超长原因", T, width=24, multiline=True),
), repository="charger_requests", label_en="charger request",
    references={"household_uuid": "households"},
    unique=("request_no",), validate=request_problems,
    labels=(ReferenceLabel("household_uuid", "住户姓名/户号",
                           "(SELECT h.name || ' / ' || h.account_no FROM households h"
                           " WHERE h.uuid = t.household_uuid)", width=22),),
    children=(Children("request_documents", "request_uuid", "documents"),
              Children("measurements", "request_uuid", "measurements")))

REQUEST_DOCUMENTS = SheetSpec("request_documents", "request_document", "request_documents",
                              "报装材料", (
    Column("request_uuid", "报装记录编号", T, required=True, width=38),
    Column("kind", "材料", T, required=True, width=18, names=DOCUMENT_LABELS),
    Column("state", "状态", T, required=True, width=10, choices=_keys(DocState),
           names=_names(DocState)),
    Column("supplied_at", "补齐时间", TS, width=26),
    Column("supplied_by", "补齐人", T, width=10),
    Column("note", "备注", T, width=20, multiline=True),
), repository="charger_requests.documents", label_en="request document",
    references={"request_uuid": "charger_requests"},
    unique=(("request_uuid", "kind"),),
    labels=(ReferenceLabel("request_uuid", "报装编号",
                           "(SELECT r.request_no FROM charger_requests r"
                           " WHERE r.uuid = t.request_uuid)", width=24),))

# The survey on the map (format 4). The drawing stays on the laptop that has it: the
# workbook carries its hash, size and scale, and the positions in metres.
GARAGES = SheetSpec("garages", "garage", "garages", "车库", (
    Column("community_uuid", "小区记录编号", T, required=True, width=38),
    Column("name", "车库名称", T, required=True, width=10),
    Column("image_hash", "图纸文件摘要", T, width=20),
    Column("image_width", "图纸宽(像素)", INT, width=8, minimum=0, maximum=100_000),
    Column("image_height", "图纸高(像素)", INT, width=8, minimum=0, maximum=100_000),
    Column("scale", "比例尺(米/像素)", DEC, width=10, minimum=0, maximum=10),
    Column("aisles", "通道中心线", T, width=30),
    Column("notes", "备注", T, width=20, multiline=True),
), repository="garages", label_en="garage", references={"community_uuid": "communities"},
    unique=(("community_uuid", "name"),), validate=_rules_only(garage_problems), optional=True,
    labels=(ReferenceLabel("community_uuid", "小区名称",
                           "(SELECT name FROM communities c WHERE c.uuid = t.community_uuid)"),))

_GARAGE_LABEL = ReferenceLabel("garage_uuid", "车库名称",
                               "(SELECT name FROM garages g WHERE g.uuid = t.garage_uuid)",
                               width=10)

METER_BOXES = SheetSpec("meter_boxes", "meter_box", "meter_boxes", "表箱", (
    Column("code", "表箱编号", ID, required=True, width=12, normalize=normal_code),
    Column("community_uuid", "小区记录编号", T, required=True, width=38),
    Column("garage_uuid", "车库记录编号", T, required=True, width=38),
    Column("x", "横坐标(米)", DEC, required=True, width=9, minimum=0, maximum=2_000),
    Column("y", "纵坐标(米)", DEC, required=True, width=9, minimum=0, maximum=2_000),
    Column("free_positions", "空余表位", INT, width=8, minimum=0, maximum=99),
    Column("notes", "备注", T, width=20, multiline=True),
), repository="meter_boxes", label_en="meter box",
    references={"community_uuid": "communities", "garage_uuid": "garages"},
    unique=(("community_uuid", "code"),), validate=_rules_only(meter_box_problems),
    optional=True, labels=(_GARAGE_LABEL,),
    same=(SameValue("community_uuid", "garage_uuid>garages.community_uuid",
                    "schema.box_community"),))

PARKING_SPACES = SheetSpec("parking_spaces", "parking_space", "parking_spaces", "车位", (
    Column("garage_uuid", "车库记录编号", T, required=True, width=38),
    Column("code", "车位编号", ID, required=True, width=10, normalize=normal_code),
    Column("x", "横坐标(米)", DEC, required=True, width=9, minimum=0, maximum=2_000),
    Column("y", "纵坐标(米)", DEC, required=True, width=9, minimum=0, maximum=2_000),
    Column("ownership", "产权", T, width=10, choices=_keys(Ownership), names=_names(Ownership)),
    Column("notes", "备注", T, width=20, multiline=True),
), repository="parking_spaces", label_en="parking space", references={"garage_uuid": "garages"},
    unique=(("garage_uuid", "code"),), validate=_rules_only(parking_space_problems),
    optional=True, labels=(_GARAGE_LABEL,))

MEASUREMENTS = SheetSpec("measurements", "measurement", "measurements", "距离测量", (
    Column("request_uuid", "报装记录编号", T, required=True, width=38),
    Column("meter_box_uuid", "表箱记录编号", T, required=True, width=38),
    Column("method", "测量方式", T, required=True, width=10, choices=_keys(Method),
           names=_names(Method)),
    Column("straight_m", "直线距离(米)", DEC, width=9, minimum=0, maximum=500),
    Column("route_m", "路径长度(米)", DEC, required=True, width=9, minimum=0, maximum=500),
    Column("rise_m", "垂直高差(米)", DEC, width=9, minimum=0, maximum=500),
    Column("slack_m", "预留长度(米)", DEC, width=9, minimum=0, maximum=500),
    Column("instrument_no", "仪器编号", ID, width=12),
    Column("photo_hash", "读数照片摘要", T, width=20),
    Column("route", "路径坐标", T, width=30),
    Column("measured_on", "测量日期", DATE, width=12),
    Column("measured_by", "测量人", T, width=10),
    Column("notes", "备注", T, width=20, multiline=True),
), repository="measurements", label_en="measurement",
    references={"request_uuid": "charger_requests", "meter_box_uuid": "meter_boxes"},
    validate=measurement_problems, optional=True,
    same=(SameValue("meter_box_uuid>meter_boxes.community_uuid",
                    "request_uuid>charger_requests.household_uuid>households.community_uuid",
                    "schema.measured_elsewhere"),),
    labels=(ReferenceLabel("request_uuid", "报装编号",
                           "(SELECT r.request_no FROM charger_requests r"
                           " WHERE r.uuid = t.request_uuid)", width=24),
            ReferenceLabel("meter_box_uuid", "表箱编号",
                           "(SELECT b.code FROM meter_boxes b WHERE b.uuid = t.meter_box_uuid)",
                           width=12)))

# Safety inspections (format 4). Templates travel so that every laptop fills the same
# version; an inspection names the version it used.
CHECKLIST_TEMPLATES = SheetSpec("checklist_templates", "checklist_template",
                                "checklist_templates", "检查表", (
    Column("key", "检查表标识", T, required=True, width=18),
    Column("name", "检查表名称", T, required=True, width=20),
    Column("version", "版本号", INT, required=True, width=6, minimum=1, maximum=10_000),
    Column("kind", "检查对象", T, required=True, width=10, choices=("household", "charger"),
           names={"household": ("住户", "household"), "charger": ("充电桩", "charger")}),
    Column("description", "说明", T, width=24, multiline=True),
    Column("items", "检查项目(JSON)", T, required=True, width=40, multiline=True,
           max_length=SIGNATURE_MAX),
    Column("content_hash", "内容摘要", T, width=14),
), repository="checklist_templates", label_en="checklist template",
    unique=(("key", "version"),), validate=_rules_only(template_record_problems),
    optional=True)

_HOUSEHOLD_LABEL = ReferenceLabel("household_uuid", "住户姓名/户号",
                                  "(SELECT h.name || ' / ' || h.account_no FROM households h"
                                  " WHERE h.uuid = t.household_uuid)", width=22)
_SEVERITY_NAMES = {"general": ("一般", "general"), "major": ("重大", "major")}

INSPECTIONS = SheetSpec("inspections", "inspection", "inspections", "安全检查", (
    Column("template_key", "检查表标识", T, required=True, width=18),
    Column("template_version", "检查表版本", INT, required=True, width=6, minimum=1,
           maximum=10_000),
    Column("household_uuid", "住户记录编号", T, required=True, width=38),
    Column("request_uuid", "报装记录编号", T, width=38),
    Column("planned_on", "计划日期", DATE, width=12),
    Column("planned_window", "时间段", T, width=12),
    Column("inspector", "检查人", T, width=10),
    Column("contact", "联系电话", T, width=14),
    Column("state", "状态", T, required=True, width=8, choices=_keys(InspectionState),
           names=_names(InspectionState)),
    Column("started_at", "开始时间", TS, width=26),
    Column("finished_at", "完成时间", TS, width=26),
    Column("result", "检查结果", T, width=8, choices=("", *_keys(Result)),
           names=_names(Result)),
    Column("rectification_deadline", "整改期限", DATE, width=12),
    Column("customer_signature", "客户签名(笔迹)", T, width=20, max_length=SIGNATURE_MAX),
    Column("inspector_signature", "检查人签名(笔迹)", T, width=20, max_length=SIGNATURE_MAX),
    Column("reinspection_of", "复查对象记录编号", T, width=38),
    Column("notes", "备注", T, width=20, multiline=True),
), repository="inspections", label_en="inspection",
    references={"household_uuid": "households"}, validate=_rules_only(inspection_problems),
    optional=True, labels=(_HOUSEHOLD_LABEL,))

INSPECTION_ITEMS = SheetSpec("inspection_items", "inspection_item", "inspection_items",
                             "检查项", (
    Column("inspection_uuid", "检查记录编号", T, required=True, width=38),
    Column("code", "检查项编号", T, required=True, width=8),
    Column("answer", "结果", T, width=8, choices=("", "pass", "fail", "not_applicable"),
           names={"pass": ("合格", "pass"), "fail": ("不合格", "fail"),
                  "not_applicable": ("不适用", "not applicable")}),
    Column("severity", "严重程度", T, required=True, width=8, choices=("general", "major"),
           names=_SEVERITY_NAMES),
    Column("note", "说明", T, width=24, multiline=True),
    Column("photo_hash", "照片摘要", T, width=20),
    Column("answered_at", "检查时间", TS, width=26),
), repository="inspections.items", label_en="inspection item",
    references={"inspection_uuid": "inspections"}, unique=(("inspection_uuid", "code"),),
    validate=_rules_only(item_problems), optional=True)

HAZARDS = SheetSpec("hazards", "hazard", "hazards", "隐患", (
    Column("inspection_uuid", "发现于检查记录编号", T, required=True, width=38),
    Column("item_code", "检查项编号", T, required=True, width=8),
    Column("item_text", "检查项目", T, width=30),
    Column("household_uuid", "住户记录编号", T, required=True, width=38),
    Column("request_uuid", "报装记录编号", T, width=38),
    Column("severity", "严重程度", T, required=True, width=8, choices=("general", "major"),
           names=_SEVERITY_NAMES),
    Column("deadline", "整改期限", DATE, width=12),
    Column("status", "状态", T, required=True, width=8, choices=_keys(HazardStatus),
           names=_names(HazardStatus)),
    Column("closed_at", "消除时间", TS, width=26),
    Column("closed_by", "消除确认人", T, width=10),
    Column("closed_in", "复查记录编号", T, width=38),
    Column("note", "说明", T, width=24, multiline=True),
), repository="hazards", label_en="hazard",
    references={"inspection_uuid": "inspections", "household_uuid": "households"},
    validate=_rules_only(hazard_problems), optional=True, labels=(_HOUSEHOLD_LABEL,))

# The notice register (store/notices.py). Optional: workbooks of apps from before it
# lack the sheet, and apps from before it ignore it (they cannot change notices, so
# nothing is lost), hence no new format version. The record a notice is for is not a
# declared reference: later kinds are issued for other records than requests.
NOTICES = SheetSpec("notices", "notice", "notices", "通知书登记", (
    Column("number", "通知书编号", T, required=True, width=28),
    Column("kind", "通知书类型", T, required=True, width=10),
    Column("record_kind", "记录类型", T, required=True, width=16),
    Column("record_uuid", "记录编号(所属)", T, required=True, width=38),
    Column("record_no", "业务编号", T, width=24),
    Column("issued_at", "出具时间", TS, required=True, width=26),
    Column("issued_by", "出具人", T, width=12),
    Column("language", "语言", T, width=6, choices=("zh", "en")),
    # everything a notice shows (signature strokes and photo hashes included): its
    # reprint is drawn from it, so it may be long (a spreadsheet cell holds 32 767)
    Column("snapshot", "内容快照", T, width=40, max_length=32_000),
    Column("content_hash", "内容摘要", T, width=14),
    Column("sha256", "PDF SHA-256", T, required=True, width=66),
    Column("reprints", "补打次数", INT, width=8, minimum=0),
    Column("reprinted_at", "最近补打时间", TS, width=26),
    Column("reprinted_by", "最近补打人", T, width=12),
), repository="notices", label_en="notice", unique=("number",), optional=True)

# In dependency order: a sheet only refers to sheets before it.
SHEETS: tuple[SheetSpec, ...] = (COMMUNITIES, GARAGES, METER_BOXES, PARKING_SPACES,
                                 HOUSEHOLDS, CHARGER_REQUESTS, REQUEST_DOCUMENTS,
                                 MEASUREMENTS, CHECKLIST_TEMPLATES, INSPECTIONS,
                                 INSPECTION_ITEMS, HAZARDS, NOTICES)
BY_KIND = {spec.kind: spec for spec in SHEETS}
BY_SHEET = {spec.sheet: spec for spec in SHEETS}

TOMBSTONE_COLUMNS = (
    Column("uuid", "记录编号", T, required=True, width=38),
    Column("record_kind", "记录类型", T, required=True, width=18),
    Column("rev", "版本", INT, required=True, width=6, minimum=1, maximum=REV_MAX),
    Column("deleted_at", "删除时间", TS, required=True, width=26),
    Column("deleted_by", "删除人", T, width=10),
    Column("device_id", "设备", T, width=10),
)
