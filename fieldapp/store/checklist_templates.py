"""Checklist templates (检查表) kept in the database: the shipped ones and those a
supervisor loads, each version kept for the inspections that used it.

A shipped template is stored with a uuid made from its key and version and fixed sync
fields, so every laptop holds the same record and the exchange finds nothing to merge;
a loaded version is an ordinary record that travels in the workbook to every laptop.
"""
from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import Record
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

    def ensure_shipped(self) -> None:
        """The templates shipped with this version of FieldApp, stored once each."""
        from fieldapp.domain.checklists import shipped_templates

        missing = [t for t in shipped_templates() if self._find(t.key, t.version) is None]
        if not missing:
            return
        with self._store.transaction():
            self.put_new_rows([{
                "uuid": str(uuid_module.uuid5(_NAMESPACE, f"{t.key}:{t.version}")), "rev": 1,
                "created_at": SHIPPED_AT, "updated_at": SHIPPED_AT, "updated_by": SHIPPED_BY,
                "device_id": SHIPPED_DEVICE, **_record(t).content()} for t in missing],
                action="create")

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
        self.ensure_shipped()
        found = self._find(key, version)
        if found is None:
            raise RecordRefused(msg("template.unknown", key=key, version=version))
        return found.template()

    def latest(self, kind: str = "") -> list[TemplateRecord]:
        """The newest version of every template (of `kind` when given), by name."""
        self.ensure_shipped()
        rows = self.conn.execute(
            "SELECT * FROM checklist_templates t WHERE version = (SELECT max(version) FROM"
            " checklist_templates WHERE key = t.key)" + (" AND kind = ?" if kind else "")
            + " ORDER BY name", (kind,) if kind else ())
        return [self.from_row(r) for r in rows]

    def all(self) -> list[TemplateRecord]:
        self.ensure_shipped()
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM checklist_templates ORDER BY key, version")]
