"""A charger request's change history for the history dialog: the request's own audit
entries and those of its documents, newest first, with keys and values in words (the
details given at each stage move among them: surveyor, dates, way of reply, meter)."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from fieldapp.domain import charger
from fieldapp.domain.charger import (
    Channel,
    ChargerRequest,
    DocState,
    ReplyChannel,
    Status,
)
from fieldapp.store.audit import AuditEntry
from fieldapp.ui.households.model import local_time

_HIDDEN = {"request_uuid", "kind"}


translate = QCoreApplication.translate


def _field_names() -> dict[str, str]:
    names = {}
    for status, (at, by) in charger.STAGE_FIELDS.items():
        names[at] = translate("RequestHistory", "%1时间").replace("%1", status.label)
        names[by] = translate("RequestHistory", "%1经办人").replace("%1", status.label)
    names["resume_status"] = translate("RequestHistory", "暂停前状态")
    names["connected_at"] = translate("RequestHistory", "接电时间")
    names.update({
        "surveyor": translate("RequestHistory", "勘查人员"),
        "surveyed_on": translate("RequestHistory", "勘查日期"),
        "survey_note": translate("RequestHistory", "勘查说明"),
        "replied_on": translate("RequestHistory", "方案答复日期"),
        "reply_channel": translate("RequestHistory", "答复方式"),
        "meter_no": translate("RequestHistory", "电表号"),
    })
    return names


def _value(field: str, value):
    if value in (None, ""):
        return value
    if field in ("status", "resume_status"):
        status = Status.parse(str(value))
        return status.label if status else value
    if field == "channel":
        channel = Channel.parse(str(value))
        return channel.label if channel else value
    if field == "reply_channel":
        way = ReplyChannel.parse(str(value))
        return way.label if way else value
    if field == "phase":
        if int(value) == 3:
            return translate("RequestHistory", "三相")
        return translate("RequestHistory", "单相")
    if field == "power_kw":
        return f"{float(value):g} kW"
    if field.endswith("_at"):
        return local_time(str(value))
    return value


def _request_entry(entry: AuditEntry, households: dict[str, str]) -> AuditEntry:
    names = _field_names()
    changes = {}
    for field, (old, new) in entry.changes.items():
        if field == "household_uuid":
            old, new = households.get(old, old), households.get(new, new)
        changes[names.get(field, field)] = [_value(field, old), _value(field, new)]
    return dataclasses.replace(entry, changes=changes)


def _document_entry(entry: AuditEntry, label: str) -> AuditEntry:
    changes = {}
    for field, (old, new) in entry.changes.items():
        if field in _HIDDEN:
            continue
        if field == "state":
            old = DocState(old).label if old else old
            new = DocState(new).label if new else new
            name = translate("RequestHistory", "材料“%1”").replace("%1", label)
        elif field == "supplied_at":
            old, new = _value(field, old), _value(field, new)
            name = translate("RequestHistory", "“%1”补齐时间").replace("%1", label)
        elif field == "supplied_by":
            name = translate("RequestHistory", "“%1”补齐经办人").replace("%1", label)
        else:
            name = f"{label} {field}"
        changes[name] = [old, new]
    return dataclasses.replace(entry, changes=changes)


def request_history(store, request: ChargerRequest) -> list[AuditEntry]:
    """Every change of the request and its documents, newest first."""
    household = store.households.get(request.household_uuid)
    households = {household.uuid: f"{household.name}（{household.account_no}）"} \
        if household else {}
    entries = [_request_entry(e, households) for e in store.audit.history(request.uuid)]
    for document in request.documents:
        entries += [_document_entry(e, document.label)
                    for e in store.audit.history(document.uuid)]
    entries.sort(key=lambda e: (e.at, e.rev), reverse=True)
    return entries
