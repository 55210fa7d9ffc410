"""`fieldapp-cli check`'s rules for safety inspections: every inspection, item, hazard and
stored template meets its own rules, and every inspection's checklist is known (the
ones an import enforces too, so that check passes after every import)."""
from __future__ import annotations

from fieldapp.domain.inspection import (
    hazard_problems,
    inspection_problems,
    item_problems,
    template_record_problems,
)
from fieldapp.domain.messages import msg
from fieldapp.store.check_survey import rule_problems

INSPECTION_TABLES = ("checklist_templates", "inspections", "inspection_items", "hazards")


def check_inspections(store) -> list[list[str]]:
    """The problems found, one list per kind (each capped by the caller)."""
    kinds = ((store.checklist_templates, template_record_problems, "key", "检查表"),
             (store.inspections, inspection_problems, "uuid", "安全检查"),
             (store.inspections.items, item_problems, "code", "检查项"),
             (store.hazards, hazard_problems, "item_code", "隐患"))
    found = [rule_problems(repo, rules, name, kind) for repo, rules, name, kind in kinds]
    known = store.checklist_templates.known_versions()
    found.append([msg("check.record_rule", kind="安全检查", name=uuid, problem=msg(
        "template.unknown", key=key, version=version))
        for uuid, key, version in store.conn.execute(
            "SELECT uuid, template_key, template_version FROM inspections")
        if (key, version) not in known])
    return found
