"""What the inspection widgets write, through the window's session: each call stores
at once and, where other pages show the result (the lists, the household's hazards),
emits `session.changed("inspection")`. An answer does not: it changes only the filling
dialog, which the lists catch up with when it closes."""
from __future__ import annotations

from fieldapp.domain.inspection import Hazard, Inspection, InspectionItem
from fieldapp.ui.shared.session import Session

INSPECTION = "inspection"


def plan(session: Session, inspection: Inspection) -> Inspection:
    saved = session.store.inspections.plan(inspection)
    session.changed.emit(INSPECTION)
    return saved


def start(session: Session, inspection_uuid: str) -> Inspection:
    """Begin filling (or reopen a draft where it stopped)."""
    started = session.store.inspections.start(inspection_uuid)
    session.changed.emit(INSPECTION)
    return started


def answer(session: Session, inspection_uuid: str, code: str, **changes: str
           ) -> InspectionItem:
    """One item's answer, note, photo or severity, committed before this returns."""
    return session.store.inspections.answer(inspection_uuid, code, **changes)


def finish(session: Session, inspection_uuid: str, deadline: str, customer_signature: str,
           inspector_signature: str) -> Inspection:
    finished = session.store.inspections.finish(
        inspection_uuid, deadline=deadline, customer_signature=customer_signature,
        inspector_signature=inspector_signature)
    session.changed.emit(INSPECTION)
    return finished


def reinspect(session: Session, inspection_uuid: str, planned_on: str = "",
              inspector: str = "") -> Inspection:
    planned = session.store.inspections.reinspect(inspection_uuid, planned_on, inspector)
    session.changed.emit(INSPECTION)
    return planned


def hazards_found(session: Session, inspection: Inspection) -> list[Hazard]:
    """The hazards still open after a finished inspection (a re-inspection's are kept
    with the first inspection)."""
    return session.store.hazards.open_of(inspection.reinspection_of or inspection.uuid)
