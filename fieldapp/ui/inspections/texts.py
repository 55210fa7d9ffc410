"""How inspection facts read in the lists and dialogs: states, results, answers, tags,
whom an inspection is for. Labels come from the domain's enums (Chinese or English)."""
from __future__ import annotations

from fieldapp.domain.checklists import Answer, Severity
from fieldapp.domain.inspection import InspectionState, Result
from fieldapp.domain.records import Tag, tags_from_text

PASS_COLOR = "#1b5e20"
FAIL_COLOR = "#b3261e"
OVERDUE_COLOR = "#b3261e"
CARE_COLOR = "#8a4b00"


def state_text(state: str) -> str:
    parsed = InspectionState.parse(state)
    return parsed.label if parsed else state


def result_text(result: str) -> str:
    parsed = Result.parse(result)
    return parsed.label if parsed else ""


def answer_text(answer: str) -> str:
    parsed = Answer.parse(answer) if answer else None
    return parsed.label if parsed else ""


def severity_text(severity: str) -> str:
    parsed = Severity.parse(severity)
    return parsed.label if parsed else severity


def tags_text(tags: str | tuple[Tag, ...]) -> str:
    """Care tags as their labels (独居老人、停电敏感), from stored text or from tags."""
    if isinstance(tags, str):
        tags = tags_from_text(tags)
    return "、".join(tag.label for tag in tags)


def answer_color(answer: str) -> str:
    return {"pass": PASS_COLOR, "fail": FAIL_COLOR}.get(answer, "")
