"""How exchange records read in the window: sheet and record-kind names, a line that
says which record it is, and a conflict's two sides field by field.

Works on any open store, so a background job can prepare the views with its own
connection and hand plain data to the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.charger import Channel, DocState, Status, document_label
from fieldapp.domain.identifiers import mask_id_number
from fieldapp.domain.records import FIELD_LABELS, field_label, tags_from_text
from fieldapp.exchange.schema import BY_KIND, TOMBSTONES, Column, ValueType
from fieldapp.ui.household_model import local_time

translate = QCoreApplication.translate
NOTHING = "—"


def sheet_label(sheet: str) -> str:
    labels = {"communities": translate("Exchange", "小区"),
              "households": translate("Exchange", "住户"),
              "charger_requests": translate("Exchange", "充电桩报装"),
              "request_documents": translate("Exchange", "报装材料"),
              TOMBSTONES: translate("Exchange", "删除记录")}
    return labels.get(sheet, sheet)


def kind_label(kind: str) -> str:
    """One record's kind (a sheet holds many: 住户 is "Households" there, "Household" here)."""
    labels = {"community": translate("ExchangeKind", "小区"),
              "household": translate("ExchangeKind", "住户"),
              "charger_request": translate("ExchangeKind", "充电桩报装"),
              "request_document": translate("ExchangeKind", "报装材料")}
    return labels.get(kind, kind)


def repositories(store) -> dict:
    return {r.kind: r for r in (store.communities, store.households, store.charger_requests,
                                store.charger_requests.documents)}


def _request_no(store, request_uuid: str) -> str:
    request = store.charger_requests.get(request_uuid) if request_uuid else None
    return request.request_no if request else request_uuid


def describe(store, kind: str, values: dict) -> str:
    """Which record this is, in the words a user knows it by (name, account, number)."""
    if kind == "community":
        return values.get("name") or values.get("uuid", "")
    if kind == "household":
        return translate("Exchange", "%1（户号 %2）").replace("%1", values.get("name", "")) \
            .replace("%2", values.get("account_no", ""))
    if kind == "charger_request":
        return translate("Exchange", "报装编号 %1").replace("%1", values.get("request_no", ""))
    if kind == "request_document":
        return translate("Exchange", "%1 — 报装 %2").replace(
            "%1", document_label(values.get("kind", ""))).replace(
            "%2", _request_no(store, values.get("request_uuid", "")))
    return values.get("uuid", "")


def _name_of(store, kind: str, uuid: str) -> str:
    record = repositories(store)[kind].get(uuid) if uuid else None
    return describe(store, kind, record.content()) if record else uuid


_REFERENCES = {"community_uuid": "community", "household_uuid": "household",
               "request_uuid": "charger_request"}
_LABELLED = {"status": Status, "resume_status": Status, "channel": Channel, "state": DocState}


def shown(store, column: Column, value) -> str:
    """A stored value as the pages show it (labels, local times, masked ID numbers)."""
    if value is None or value == "":
        return NOTHING
    key = column.key
    if key in _REFERENCES:
        return _name_of(store, _REFERENCES[key], str(value))
    if key in _LABELLED:
        member = _LABELLED[key].parse(str(value))
        return member.label if member else str(value)
    if key == "kind":
        return document_label(str(value))
    if key == "id_number":
        return mask_id_number(str(value))
    if key == "tags":
        return "、".join(t.label for t in tags_from_text(str(value))) or NOTHING
    if column.type == ValueType.TIMESTAMP:
        return local_time(str(value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def column_label(column: Column) -> str:
    label = field_label(column.key) if column.key in FIELD_LABELS else column.label
    return label[:1].upper() + label[1:]


@dataclass
class ConflictView:
    """One conflict ready to show: which record, why, and how the two sides differ."""

    uuid: str
    kind: str
    title: str
    reason: str
    incoming_rev: int
    local_rev: int | None                   # None: no longer here (deleted)
    deleted_there: bool = False             # the file deletes the record
    differences: list[tuple[str, str, str]] = field(default_factory=list)  # field, here, file

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


def conflict_view(store, kind: str, uuid: str, values: dict, reason: str,
                  incoming_rev: int) -> ConflictView:
    """`values` are the incoming row (or tombstone) as the importer read it."""
    spec = BY_KIND.get(kind)
    repo = repositories(store).get(kind)
    local = repo.get(uuid) if repo else None
    mine = local.content() if local else None
    deleted_there = "record_kind" in values
    theirs = None if deleted_there else values
    view = ConflictView(uuid, kind, describe(store, kind, theirs or mine or {"uuid": uuid}),
                        reason, incoming_rev, local.rev if local else None, deleted_there)
    gone = translate("Exchange", "（已删除）")
    for column in spec.columns if spec else ():
        here = shown(store, column, mine.get(column.key)) if mine is not None else gone
        there = shown(store, column, theirs.get(column.key)) if theirs is not None else gone
        if here != there and not (here == gone and there == NOTHING) \
                and not (there == gone and here == NOTHING):
            view.differences.append((column_label(column), here, there))
    return view
