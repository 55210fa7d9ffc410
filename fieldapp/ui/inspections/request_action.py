"""安全检查 for a charger request (from the requests page): open its charger-installation
inspection (the unfinished one to fill it, else the latest to see its result), or plan
one when it has none."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldapp.store.inspections import InspectionRow
from fieldapp.ui.inspections.opening import open_inspection
from fieldapp.ui.inspections.plan_dialog import PlanDialog
from fieldapp.ui.shared.session import Session


def charger_inspections(session: Session, request_uuid: str) -> list[InspectionRow]:
    """The request's inspections with a charger checklist, newest plan first."""
    store = session.store
    charger_keys = {record.key for record in store.checklist_templates.latest("charger")}
    return [row for row in store.inspections.listing(request_uuid=request_uuid)
            if row.inspection.template_key in charger_keys]


def inspect_request(parent: QWidget, session: Session, request_uuid: str) -> str:
    """Open or plan; the inspection's uuid ("" when nothing was planned)."""
    rows = charger_inspections(session, request_uuid)
    unfinished = [row for row in rows if not row.inspection.finished]
    chosen = (unfinished or rows)[0] if rows else None
    if chosen is not None:
        open_inspection(parent, session, chosen.inspection.uuid)
        return chosen.inspection.uuid
    dialog = PlanDialog(session, parent, request_uuid=request_uuid)
    dialog.exec()
    return dialog.saved.uuid if dialog.saved is not None else ""
