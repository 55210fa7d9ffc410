"""Import conflicts as a person reads and decides them: which record (by name and
number, not uuid), why it is a conflict, and which fields differ between this copy and
the file's version; deciding a deferred one says what was done.

No Qt: the CLI prints these and the window shows them. A value the file's side would
blank always appears among the differences ("张婷 → （空）"), so taking the file's
version never wipes a value unseen.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldapp.domain.charger import document_label
from fieldapp.domain.identifiers import mask_id_number
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import FIELD_LABELS, field_label, tags_from_text
from fieldapp.domain.stamps import local_minute
from fieldapp.exchange.importer import (
    MINE,
    THEIRS,
    open_conflicts,
    repository_of,
    resolve_conflict,
)
from fieldapp.exchange.schema import BY_KIND, BY_SHEET, SHEETS, Column, ValueType

MESSAGES.update({
    "conflicts.household": ("{name}（户号 {account_no}）", "{name} (account {account_no})"),
    "conflicts.request": ("报装编号 {request_no}", "request {request_no}"),
    "conflicts.document": ("{document} — 报装 {request_no}", "{document} — request "
                           "{request_no}"),
    "conflicts.blank": ("（空）", "(blank)"),
    "conflicts.gone": ("（已删除）", "(deleted)"),
    "conflicts.not_waiting": ("没有记录编号为 {uuid} 的待处理冲突（用 conflicts list 查看）",
                              "No conflict is waiting for record {uuid} (see conflicts list)"),
    "conflicts.ambiguous": ("“{uuid}”对应多条待处理冲突（{matches}），请写完整的记录编号",
                            "\"{uuid}\" matches several waiting conflicts ({matches}); give "
                            "the whole record id"),
    "conflicts.bad_choice": ("处理方式应为 mine 或 theirs，不是“{choice}”",
                             "The choice is mine or theirs, not \"{choice}\""),
    "conflicts.kept_mine": ("已保留本机的{kind} {title}（现为第 {rev} 版，下次导出时对方会收到）",
                            "Kept this computer's version of {kind} {title} (now version "
                            "{rev}; the other side gets it with the next export)"),
    "conflicts.kept_deletion": ("已保留本机的删除：{kind} {title} 仍是删除状态",
                                "Kept this computer's deletion: {kind} {title} stays deleted"),
    "conflicts.took_deletion": ("已按文件删除{kind} {title}",
                                "Deleted {kind} {title} as the file does"),
    "conflicts.took_revival": ("已按文件恢复{kind} {title}（本机曾删除）",
                               "Restored {kind} {title} from the file (it had been deleted "
                               "here)"),
    "conflicts.took_theirs": ("已采用文件中的{kind} {title}：改了 {n} 个字段：{changes}",
                              "Took the file's version of {kind} {title}: {n} fields "
                              "changed: {changes}"),
    "conflicts.took_same": ("已采用文件中的{kind} {title}：内容与本机相同，没有字段改动",
                            "Took the file's version of {kind} {title}: same content as "
                            "here, no field changed"),
    "conflicts.change": ("{label}：{mine} → {theirs}", "{label}: {mine} → {theirs}"),
    "conflicts.separator": ("；", "; "),
})

# reference column → the kind it refers to
_REFERENCES = {column: BY_SHEET[sheet].kind
               for spec in SHEETS for column, sheet in spec.references.items()}


def kind_label(kind: str) -> str:
    """A record kind's name in the interface language."""
    return BY_KIND[kind].kind_name if kind in BY_KIND else kind


def repository(store, kind: str):
    """The store's repository for a declared record kind (None if unknown)."""
    spec = BY_KIND.get(kind)
    return repository_of(store, spec) if spec is not None else None


def _local(store, kind: str, uuid: str):
    repo = repository(store, kind)
    return repo.get(uuid) if repo is not None and uuid else None


def record_title(store, kind: str, values: Mapping) -> str:
    """Which record this is, in the words a user knows it by (name, account, number)."""
    def value(key: str) -> str:
        return str(values.get(key) or "")

    if kind == "community":
        return value("name") or value("uuid")
    if kind == "household":
        return msg("conflicts.household", name=value("name"), account_no=value("account_no"))
    if kind == "charger_request":
        return msg("conflicts.request", request_no=value("request_no"))
    if kind == "request_document":
        request = _local(store, "charger_request", value("request_uuid"))
        return msg("conflicts.document", document=document_label(value("kind")),
                   request_no=request.request_no if request else value("request_uuid"))
    return value("uuid")


def column_label(column: Column) -> str:
    """A column's name in the interface language (the workbook's Chinese label when the
    domain has no translated name for it)."""
    return field_label(column.key) if column.key in FIELD_LABELS else column.label


def is_blank(value) -> bool:
    return value is None or value == "" or value == ()


def shown_value(store, column: Column, value) -> str:
    """A stored value as a person reads it: names for references, labels for keys,
    local times, masked ID numbers; a blank says so."""
    if is_blank(value):
        return msg("conflicts.blank")
    key, text = column.key, str(value)
    if key in _REFERENCES:
        record = _local(store, _REFERENCES[key], text)
        return record_title(store, _REFERENCES[key], record.content()) if record else text
    if column.names:  # statuses, channels, document kinds and states
        return column.name_of(text)
    if key == "id_number":
        return mask_id_number(text)
    if key == "tags":
        return "、".join(t.label for t in tags_from_text(text)) or text
    if column.type == ValueType.TIMESTAMP:
        try:
            return local_minute(text)
        except ValueError:
            return text
    if isinstance(value, float):
        return f"{value:g}"
    return text


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: its label and both sides as shown (mine → theirs)."""

    key: str
    label: str
    mine: str
    theirs: str
    blanked: bool = False     # the file's side is blank where this copy has a value

    def text(self) -> str:
        return msg("conflicts.change", label=self.label, mine=self.mine, theirs=self.theirs)


def _same(a, b) -> bool:
    return (is_blank(a) and is_blank(b)) or a == b


def field_changes(store, kind: str, mine: Mapping | None,
                  theirs: Mapping | None) -> list[FieldChange]:
    """The fields of a `kind` record that differ between this copy (`mine`) and the
    file's version (`theirs`); None stands for a side where the record is deleted. A
    difference that display would hide (masked or rounded values) is shown raw."""
    spec = BY_KIND.get(kind)
    if spec is None or (mine is None and theirs is None):
        return []
    gone = msg("conflicts.gone")
    changes = []
    for column in spec.columns:
        here = None if mine is None else mine.get(column.key)
        there = None if theirs is None else theirs.get(column.key)
        if mine is None or theirs is None:
            if is_blank(here if theirs is None else there):
                continue  # nothing is lost or gained by the deletion in this field
        elif _same(here, there):
            continue
        shown_here = gone if mine is None else shown_value(store, column, here)
        shown_there = gone if theirs is None else shown_value(store, column, there)
        if shown_here == shown_there:  # never hide a real difference
            shown_here, shown_there = str(here), str(there)
        changes.append(FieldChange(column.key, column_label(column), shown_here, shown_there,
                                   blanked=theirs is not None and mine is not None
                                   and is_blank(there)))
    return changes


@dataclass
class Conflict:
    """One conflict ready to show: which record, why, and how the two sides differ."""

    uuid: str
    kind: str
    title: str
    reason: str
    incoming_rev: int
    local_rev: int | None                   # None: no longer here (deleted)
    deleted_there: bool = False             # the file deletes the record
    changes: list[FieldChange] = field(default_factory=list)
    pending: bool = False                   # already waiting in 待处理冲突 at this rev
    source: str = ""                        # file / sheet / row it came from
    detected_at: str = ""

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def differences(self) -> list[tuple[str, str, str]]:
        """(field, here, file) for each differing field."""
        return [(c.label, c.mine, c.theirs) for c in self.changes]


def describe_conflict(store, kind: str, uuid: str, values: Mapping, reason: str,
                      incoming_rev: int) -> Conflict:
    """`values`: the incoming row (or tombstone) as the importer read or stored it."""
    local = _local(store, kind, uuid)
    mine = local.content() if local is not None else None
    deleted_there = "record_kind" in values
    theirs = None if deleted_there else values
    title = record_title(store, kind, theirs or mine or {"uuid": uuid})
    return Conflict(uuid, kind, title, reason, incoming_rev,
                    local.rev if local is not None else None, deleted_there,
                    field_changes(store, kind, mine, theirs))


def waiting_revs(store) -> set[tuple[str, int]]:
    """(uuid, incoming rev) of the conflicts already waiting for a decision."""
    return {(row["uuid"], row["incoming_rev"]) for row in open_conflicts(store)}


def _newest_waiting(store) -> dict[str, dict]:
    newest: dict[str, dict] = {}
    for row in open_conflicts(store):
        if row["uuid"] not in newest or row["incoming_rev"] > newest[row["uuid"]]["incoming_rev"]:
            newest[row["uuid"]] = row
    return newest


def pending_conflicts(store) -> list[Conflict]:
    """The conflicts deferred at import and still waiting, one per record (its newest
    deferred version), in the order they were found."""
    result = []
    for row in _newest_waiting(store).values():
        try:
            values = json.loads(row["incoming"])
        except (TypeError, ValueError):
            values = {}
        conflict = describe_conflict(store, row["record_kind"], row["uuid"],
                                     values if isinstance(values, dict) else {},
                                     row["reason"] or "", row["incoming_rev"])
        conflict.pending = True
        conflict.source, conflict.detected_at = row["source"] or "", row["detected_at"] or ""
        result.append(conflict)
    return result


def find_waiting(store, uuid: str) -> str:
    """The record id of the waiting conflict `uuid` names: the whole id or an
    unambiguous beginning of it. ValueError (with a message) otherwise."""
    waiting = list(_newest_waiting(store))
    if uuid in waiting:
        return uuid
    matches = [u for u in waiting if uuid and u.startswith(uuid)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ValueError(msg("conflicts.ambiguous", uuid=uuid, matches="、".join(matches[:5])))
    raise ValueError(msg("conflicts.not_waiting", uuid=uuid))


def resolve(store, uuid: str, choice: str) -> str:
    """Decide the deferred conflict of record `uuid` (or a unique beginning of it):
    MINE keeps this copy, THEIRS takes the file's stored version. Returns what was done,
    as a sentence; ValueError (with a message) when it cannot be done."""
    if choice not in (MINE, THEIRS):
        raise ValueError(msg("conflicts.bad_choice", choice=choice))
    uuid = find_waiting(store, uuid)
    [before] = [c for c in pending_conflicts(store) if c.uuid == uuid]
    resolve_conflict(store, uuid, choice)
    kind, title = before.kind_label, before.title
    if choice == MINE:
        if before.local_rev is None:
            return msg("conflicts.kept_deletion", kind=kind, title=title)
        local = _local(store, before.kind, uuid)
        return msg("conflicts.kept_mine", kind=kind, title=title,
                   rev=local.rev if local else before.local_rev)
    if before.deleted_there:
        return msg("conflicts.took_deletion", kind=kind, title=title)
    if before.local_rev is None:
        return msg("conflicts.took_revival", kind=kind, title=title)
    if not before.changes:
        return msg("conflicts.took_same", kind=kind, title=title)
    return msg("conflicts.took_theirs", kind=kind, title=title, n=len(before.changes),
               changes=msg("conflicts.separator").join(c.text() for c in before.changes))

