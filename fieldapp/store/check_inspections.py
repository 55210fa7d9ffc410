"""`fieldapp-cli check`'s rules for safety inspections: every inspection, item, hazard and
stored template meets its own rules (the ones an import enforces too, so that check
passes after every import)."""
from __future__ import annotations

from fieldapp.domain.inspection import (
    hazard_problems,
    inspection_problems,
    item_problems,
    template_record_problems,
)
from fieldapp.store.check_survey import rule_problems

INSPECTION_TABLES = ("checklist_templates", "inspections", "inspection_items", "hazards")


def check_inspections(store) -> list[list[str]]:
    """The problems found, one list per kind (each capped by the caller)."""
    kinds = ((store.checklist_templates, template_record_problems, "key", "检查表"),
             (store.inspections, inspection_problems, "uuid", "安全检查"),
             (store.inspections.items, item_problems, "code", "检查项"),
             (store.hazards, hazard_problems, "item_code", "隐患"))
    return [rule_problems(repo, rules, name, kind) for repo, rules, name, kind in kinds]
