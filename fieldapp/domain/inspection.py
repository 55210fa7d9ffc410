"""Safety inspections (用电安全检查): planned, filled at the door item by item, finished
with signatures, and the hazards (隐患) their failed items leave open until a
re-inspection passes them.

An inspection uses one version of a checklist template (domain/checklists.py) and keeps
it; its items are the template's (a re-inspection's only the open hazards'). Each answer
is stored as it is given, so a half-filled inspection survives anything. Finishing
needs every item answered; any fail makes the result fail, and a failed 重大 item needs
a rectification deadline. Every failed item becomes an open hazard with that deadline;
a re-inspection that passes an item closes its hazard (when, by whom, in which
inspection).
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass

from fieldapp.domain.labelled import Labelled
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import FIELD_LABELS, Record, field_label
from fieldapp.domain.validation import parse_date, text_field_problems

FIELD_LABELS.update({
    "template_key": ("检查表", "checklist"),
    "template_version": ("检查表版本", "checklist version"),
    "planned_on": ("计划日期", "planned date"),
    "planned_window": ("时间段", "time window"),
    "inspector": ("检查人", "inspector"),
    "contact": ("联系电话", "contact"),
    "state": ("状态", "state"),
    "started_at": ("开始时间", "started at"),
    "finished_at": ("完成时间", "finished at"),
    "result": ("检查结果", "result"),
    "rectification_deadline": ("整改期限", "rectification deadline"),
    "customer_signature": ("客户签名", "customer's signature"),
    "inspector_signature": ("检查人签名", "inspector's signature"),
    "reinspection_of": ("复查对象", "re-inspection of"),
    "inspection_uuid": ("检查记录", "inspection"),
    "answer": ("结果", "answer"),
    "severity": ("严重程度", "severity"),
    "note": ("说明", "note"),
    "answered_at": ("检查时间", "answered at"),
    "item_code": ("检查项编号", "item code"),
    "item_text": ("检查项目", "item"),
    "deadline": ("整改期限", "deadline"),
    "closed_at": ("消除时间", "closed at"),
    "closed_by": ("消除确认人", "closed by"),
    "closed_in": ("复查记录", "closed in"),
})

MESSAGES.update({
    "inspect.bad_state": ("不认识的检查状态“{value}”", "Unknown inspection state \"{value}\""),
    "inspect.bad_result": ("不认识的检查结果“{value}”", "Unknown result \"{value}\""),
    "inspect.bad_answer": ("不认识的结果“{value}”", "Unknown answer \"{value}\""),
    "inspect.bad_severity": ("不认识的严重程度“{value}”", "Unknown severity \"{value}\""),
    "inspect.whom": ("请选择住户或报装", "Choose a household or a request"),
    "inspect.window": ("时间段应写成 09:00-11:30 这样", "Write the time window like 09:00-11:30"),
    "inspect.unanswered": ("还有 {n} 项未检查：{codes}", "{n} items are not answered yet: {codes}"),
    "inspect.deadline_needed": ("有重大隐患（{codes}），请填写整改期限",
                                "Major hazards found ({codes}): give a rectification deadline"),
    "inspect.deadline_past": ("整改期限不能早于检查日期", "The deadline cannot be before the"
                              " inspection"),
    "inspect.signature": ("签名数据无效", "The signature data is not valid"),
    "inspect.signature_long": ("签名笔迹过多（超过 {max} 个字符），请重新签得简单些",
                               "The signature has too many strokes (over {max} characters);"
                               " sign again more simply"),
    "inspect.finished_result": ("已完成的检查必须有结果", "A finished inspection has a result"),
    "hazard.bad_status": ("不认识的隐患状态“{value}”", "Unknown hazard state \"{value}\""),
    "hazard.closed_without": ("已消除的隐患须有消除时间和复查记录",
                              "A closed hazard has the time and the inspection that closed it"),
})

TIME_WINDOW_CHARS = set("0123456789:-～~ ")
# a signature's strokes and a template's items are JSON text that must fit in one
# spreadsheet cell of the exchange workbook (32 767 characters at most)
SIGNATURE_MAX = 30_000


class InspectionState(Labelled):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"

    @classmethod
    def _labels(cls):
        return {"planned": ("已计划", "planned"), "in_progress": ("检查中", "in progress"),
                "finished": ("已完成", "finished")}


class Result(Labelled):
    PASS = "pass"
    FAIL = "fail"

    @classmethod
    def _labels(cls):
        return {"pass": ("合格", "passed"), "fail": ("不合格", "failed")}


class HazardStatus(Labelled):
    OPEN = "open"
    CLOSED = "closed"

    @classmethod
    def _labels(cls):
        return {"open": ("未消除", "open"), "closed": ("已消除", "closed")}


@dataclass
class Inspection(Record):
    """安全检查: one visit, from its plan to its signed result."""

    template_key: str = ""
    template_version: int = 1
    household_uuid: str = ""
    request_uuid: str = ""
    planned_on: str = ""            # YYYY-MM-DD
    planned_window: str = ""        # e.g. 09:00-11:30
    inspector: str = ""
    contact: str = ""               # the station's phone for the advance notice
    state: str = InspectionState.PLANNED.value
    started_at: str = ""
    finished_at: str = ""
    result: str = ""                # a Result key once finished
    rectification_deadline: str = ""  # YYYY-MM-DD
    customer_signature: str = ""    # strokes JSON (see signature_problem)
    inspector_signature: str = ""
    reinspection_of: str = ""       # the inspection whose open hazards this one checks
    notes: str = ""

    @property
    def finished(self) -> bool:
        return self.state == InspectionState.FINISHED.value


@dataclass
class InspectionItem(Record):
    """One checklist item of an inspection, answered or not yet."""

    inspection_uuid: str = ""
    code: str = ""
    answer: str = ""                # "" until answered; pass / fail / not_applicable
    severity: str = "general"       # the template's default, changeable at the door
    note: str = ""
    photo_hash: str = ""
    answered_at: str = ""


@dataclass
class Hazard(Record):
    """隐患: a failed item, open until a re-inspection passes it."""

    inspection_uuid: str = ""       # where it was found
    item_code: str = ""
    item_text: str = ""             # the item as the template said it then
    household_uuid: str = ""
    request_uuid: str = ""
    severity: str = "general"
    deadline: str = ""              # YYYY-MM-DD
    status: str = HazardStatus.OPEN.value
    closed_at: str = ""
    closed_by: str = ""
    closed_in: str = ""             # the re-inspection that passed it
    note: str = ""

    @property
    def open(self) -> bool:
        return self.status == HazardStatus.OPEN.value

    def overdue(self, today: dt.date) -> bool:
        return self.open and bool(self.deadline) and self.deadline < today.isoformat()


def _date_problems(record, names: tuple[str, ...], problems: dict[str, str]) -> None:
    for name in names:
        value = getattr(record, name)
        if value and parse_date(value) is None:
            problems[name] = msg("date.format", label=field_label(name))


def signature_problem(text: str) -> str | None:
    """A signature is JSON: a list of strokes, each a list of [x, y] points (0–1 of the
    pad, finite), at most 200 strokes of 2 000 points."""
    if not text:
        return None
    if len(text) > SIGNATURE_MAX:
        return msg("inspect.signature_long", max=SIGNATURE_MAX)
    try:
        strokes = json.loads(text)
    except ValueError:
        return msg("inspect.signature")
    if not isinstance(strokes, list) or len(strokes) > 200:
        return msg("inspect.signature")
    for stroke in strokes:
        if not isinstance(stroke, list) or len(stroke) > 2000:
            return msg("inspect.signature")
        for point in stroke:
            if not (isinstance(point, list) and len(point) == 2 and all(
                    isinstance(v, (int, float)) and not isinstance(v, bool)
                    and math.isfinite(v) and -0.01 <= v <= 1.01 for v in point)):
                return msg("inspect.signature")
    return None


def inspection_problems(i: Inspection) -> dict[str, str]:
    """Every rule a stored inspection breaks, by field."""
    problems: dict[str, str] = {}
    if not i.template_key:
        problems["template_key"] = msg("required", label=field_label("template_key"))
    if not isinstance(i.template_version, int) or i.template_version < 1:
        problems["template_version"] = msg("required", label=field_label("template_version"))
    if not i.household_uuid and not i.request_uuid:
        problems["household_uuid"] = msg("inspect.whom")
    if InspectionState.parse(i.state) is None:
        problems["state"] = msg("inspect.bad_state", value=i.state)
    if i.result and Result.parse(i.result) is None:
        problems["result"] = msg("inspect.bad_result", value=i.result)
    if i.state == InspectionState.FINISHED.value and not i.result:
        problems["result"] = msg("inspect.finished_result")
    if i.planned_window and not set(i.planned_window) <= TIME_WINDOW_CHARS:
        problems["planned_window"] = msg("inspect.window")
    _date_problems(i, ("planned_on", "rectification_deadline"), problems)
    for name in ("customer_signature", "inspector_signature"):
        if problem := signature_problem(getattr(i, name)):
            problems[name] = problem
    text_field_problems(i, ("inspector", "contact", "planned_window", "notes"), problems)
    return problems


def item_problems(item: InspectionItem) -> dict[str, str]:
    from fieldapp.domain.checklists import Answer, Severity

    problems: dict[str, str] = {}
    if not item.inspection_uuid:
        problems["inspection_uuid"] = msg("required", label=field_label("inspection_uuid"))
    if not item.code:
        problems["code"] = msg("required", label=field_label("code"))
    if item.answer and Answer.parse(item.answer) is None:
        problems["answer"] = msg("inspect.bad_answer", value=item.answer)
    if Severity.parse(item.severity) is None:
        problems["severity"] = msg("inspect.bad_severity", value=item.severity)
    text_field_problems(item, ("code", "note", "photo_hash"), problems)
    return problems


def hazard_problems(h: Hazard) -> dict[str, str]:
    from fieldapp.domain.checklists import Severity

    problems: dict[str, str] = {}
    for name in ("inspection_uuid", "item_code"):
        if not getattr(h, name):
            problems[name] = msg("required", label=field_label(name))
    if not h.household_uuid and not h.request_uuid:
        problems["household_uuid"] = msg("inspect.whom")
    if Severity.parse(h.severity) is None:
        problems["severity"] = msg("inspect.bad_severity", value=h.severity)
    status = HazardStatus.parse(h.status)
    if status is None:
        problems["status"] = msg("hazard.bad_status", value=h.status)
    elif status == HazardStatus.CLOSED and not (h.closed_at and h.closed_in):
        problems["status"] = msg("hazard.closed_without")
    _date_problems(h, ("deadline",), problems)
    text_field_problems(h, ("item_code", "item_text", "closed_by", "note"), problems)
    return problems


MESSAGES.update({
    "template.mismatch": ("检查项目中的标识或版本（{inner}）与记录（{outer}）不一致",
                          "The items' key or version ({inner}) differ from the record's"
                          " ({outer})"),
})


def template_record_problems(record) -> dict[str, str]:
    """A stored checklist template: its items are a valid template of the same key and
    version as the record says."""
    from fieldapp.domain.checklists import template_from_json

    try:
        template = template_from_json(record.items)
    except ValueError as refused:
        return {"items": str(refused)}
    if (template.key, template.version) != (record.key, record.version):
        return {"items": msg("template.mismatch", inner=f"{template.key} v{template.version}",
                             outer=f"{record.key} v{record.version}")}
    return {}
