"""`fieldapp-cli check`'s rules for safety inspections: every inspection, item, hazard and
stored template meets its own rules, and an inspection's items are its template's."""
from __future__ import annotations

from fieldapp.domain.inspection import (
    hazard_problems,
    inspection_problems,
    item_problems,
    template_record_problems,
)
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.store.check_survey import rule_problems

MESSAGES.update({
    "check.foreign_item": ("检查 {uuid} 的检查项 {code} 不在检查表 {key} 第 {version} 版中",
                           "Inspection {uuid} has an item {code} that its checklist {key}"
                           " version {version} lacks"),
})

INSPECTION_TABLES = ("checklist_templates", "inspections", "inspection_items", "hazards")


def check_inspections(store) -> list[list[str]]:
    """The problems found, one list per kind (each capped by the caller)."""
    kinds = ((store.checklist_templates, template_record_problems, "key", "检查表"),
             (store.inspections, inspection_problems, "uuid", "安全检查"),
             (store.inspections.items, item_problems, "code", "检查项"),
             (store.hazards, hazard_problems, "item_code", "隐患"))
    found = [rule_problems(repo, rules, name, kind) for repo, rules, name, kind in kinds]
    codes: dict[tuple[str, int], set[str]] = {}
    foreign = []
    for row in store.conn.execute(
            "SELECT i.uuid, i.template_key, i.template_version, x.code FROM inspection_items x"
            " JOIN inspections i ON i.uuid = x.inspection_uuid"):
        key = (row[1], row[2])
        if key not in codes:
            try:
                codes[key] = set(store.checklist_templates.version(*key).codes)
            except Exception:  # noqa: BLE001 - an unknown template: reported by the rules
                codes[key] = set()
        if row[3] not in codes[key]:
            foreign.append(msg("check.foreign_item", uuid=row[0], code=row[3], key=key[0],
                               version=key[1]))
    found.append(foreign)
    return found
