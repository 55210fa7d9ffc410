"""Checklist templates (检查表) kept in the database: the shipped ones and those a
supervisor loads, each version kept for the inspections that used it.

A shipped template is stored with a uuid made from its key and version and fixed sync
fields, so every laptop holds the same record and the exchange finds nothing to merge;
a loaded version is an ordinary record that travels in the workbook to every laptop.
"""
from __future__ import annotations

import dataclasses
import uuid as uuid_module
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import SYNC_FIELDS, Record
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository

if TYPE_CHECKING:  # the checklists module is read when a template is first needed
    from fieldapp.domain.checklists import ChecklistTemplate

MESSAGES.update({
    "template.taken": ("检查表“{name}”第 {version} 版已存在，内容不同：新的版本请用更大的版本号",
                       "The checklist \"{name}\" version {version} exists with other"
                       " content: give the new one a higher version"),
    "template.same": ("检查表“{name}”第 {version} 版已存在，内容相同，未重复载入",
                      "The checklist \"{name}\" version {version} is already here"),
    "template.unknown": ("没有检查表“{key}”第 {version} 版", "There is no checklist \"{key}\""
                         " version {version}"),
})

_NAMESPACE = uuid_module.UUID("6f1b7a52-3c1e-4a57-9a4e-0c6b1f1f2d11")
SHIPPED_AT = "2026-11-24T00:00:00.000Z"
SHIPPED_BY, SHIPPED_DEVICE = "FieldApp", "SHIPPED"


@dataclass
class TemplateRecord(Record):
    """A checklist template version as stored (its items as the template's JSON)."""

    key: str = ""
    name: str = ""
    version: int = 1
    kind: str = ""
    description: str = ""
    items: str = ""
    content_hash: str = ""

    def template(self) -> ChecklistTemplate:
        from fieldapp.domain.checklists import ChecklistTemplate

        return ChecklistTemplate.from_json(self.items)


def _record(template: ChecklistTemplate) -> TemplateRecord:
    return TemplateRecord(key=template.key, name=template.name, version=template.version,
                          kind=template.kind, description=template.description,
                          items=template.to_json(), content_hash=template.content_hash())


class ChecklistTemplates(RecordRepository[TemplateRecord]):
    kind = "checklist_template"
    table = "checklist_templates"
    record_type = TemplateRecord

    def _shipped_missing(self) -> list[TemplateRecord]:
        """The shipped templates not stored yet, as the records they would be."""
        from fieldapp.domain.checklists import shipped_templates

        return [dataclasses.replace(
            _record(t), uuid=str(uuid_module.uuid5(_NAMESPACE, f"{t.key}:{t.version}")),
            rev=1, created_at=SHIPPED_AT, updated_at=SHIPPED_AT, updated_by=SHIPPED_BY,
            device_id=SHIPPED_DEVICE)
            for t in shipped_templates() if self._find(t.key, t.version) is None]

    def ensure_shipped(self) -> None:
        """The templates shipped with this version of FieldApp, stored once each (before
        an inspection uses one, so that the workbook carries it to older apps)."""
        missing = self._shipped_missing()
        if missing:
            with self._store.transaction():
                self.put_new_rows([{**{name: getattr(r, name) for name in SYNC_FIELDS},
                                    **r.content()} for r in missing], action="create")

    def known_versions(self) -> set[tuple[str, int]]:
        """(key, version) of every template an inspection may use here: stored, or
        shipped with this version of FieldApp."""
        from fieldapp.domain.checklists import shipped_templates

        return {*((t.key, t.version) for t in shipped_templates()),
                *((key, version) for key, version in self.conn.execute(
                    "SELECT key, version FROM checklist_templates"))}

    def _find(self, key: str, version: int) -> TemplateRecord | None:
        row = self.conn.execute("SELECT * FROM checklist_templates WHERE key = ? AND"
                                " version = ?", (key, version)).fetchone()
        return self.from_row(row) if row else None

    def load(self, template: ChecklistTemplate) -> TemplateRecord:
        """Keep a template version a supervisor gives; the same key and version with
        other content is refused (a new version needs a new number)."""
        self.ensure_shipped()
        existing = self._find(template.key, template.version)
        if existing is not None:
            key = "template.same" if existing.content_hash == template.content_hash() \
                else "template.taken"
            raise RecordRefused(msg(key, name=template.name, version=template.version))
        return self.save(_record(template))

    def version(self, key: str, version: int) -> ChecklistTemplate:
        found = self._find(key, version) or next(
            (r for r in self._shipped_missing() if (r.key, r.version) == (key, version)), None)
        if found is None:
            raise RecordRefused(msg("template.unknown", key=key, version=version))
        return found.template()

    def latest(self, kind: str = "") -> list[TemplateRecord]:
        """The newest version of every template (of `kind` when given), by name."""
        newest: dict[str, TemplateRecord] = {}
        for record in self.all():
            if (not kind or record.kind == kind) and (
                    record.key not in newest or record.version > newest[record.key].version):
                newest[record.key] = record
        return sorted(newest.values(), key=lambda r: r.name)

    def all(self) -> list[TemplateRecord]:
        """Every stored version and the shipped ones (stored when first used)."""
        stored = [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM checklist_templates ORDER BY key, version")]
        return sorted(stored + self._shipped_missing(), key=lambda r: (r.key, r.version))
