"""Safety inspections in the database: planning, filling item by item (each answer
committed as it is given), finishing with the result and the hazards, re-inspections,
and the charger gate a request passes before 装表接电."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldapp.domain.inspection import (
    Hazard,
    HazardStatus,
    Inspection,
    InspectionItem,
    InspectionState,
    Result,
    inspection_problems,
    item_problems,
)
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.stamps import to_stamp
from fieldapp.domain.validation import ValidationFailed, parse_date
from fieldapp.store.errors import RecordGone, RecordRefused
from fieldapp.store.repository import RecordRepository

if TYPE_CHECKING:
    from fieldapp.domain.checklists import ChecklistTemplate

MESSAGES.update({
    "inspect.household_gone": ("所选住户已不存在", "The chosen household no longer exists"),
    "inspect.request_gone": ("所选报装已不存在", "The chosen request no longer exists"),
    "inspect.request_elsewhere": ("报装不属于所选住户", "The request is not the chosen"
                                  " household's"),
    "inspect.finished": ("这次检查已完成，不能再修改", "This inspection is finished and"
                         " cannot change"),
    "inspect.no_item": ("这次检查没有检查项 {code}", "This inspection has no item {code}"),
    "inspect.answer_not_allowed": ("检查项 {code} 不能选“{answer}”",
                                   "The item {code} cannot be answered \"{answer}\""),
    "inspect.nothing_open": ("这次检查没有未消除的隐患，无需复查",
                             "This inspection has no open hazard; nothing to re-inspect"),
    "inspect.reinspect_unfinished": ("检查尚未完成，不能复查", "The inspection is not finished;"
                                     " it cannot be re-inspected"),
    "inspect.charger_gate": ("充电桩安装安全检查尚未通过，不能装表接电",
                             "The charger installation safety inspection has not passed;"
                             " the meter cannot be connected"),
    "inspect.charger_gate_open": ("充电桩安装安全检查还有 {n} 项隐患未消除，不能装表接电",
                                  "The charger installation inspection left {n} hazards"
                                  " open; the meter cannot be connected"),
})


@dataclass(frozen=True)
class InspectionRow:
    """A line of the inspections list."""

    inspection: Inspection
    template_name: str
    household_name: str
    account_no: str
    address: str
    community: str
    request_no: str
    tags: str
    answered: int
    items: int
    open_hazards: int


class InspectionItems(RecordRepository[InspectionItem]):
    kind = "inspection_item"
    table = "inspection_items"
    record_type = InspectionItem

    def _rules(self, record: InspectionItem) -> dict[str, str]:
        return item_problems(record)

    def of(self, inspection_uuid: str) -> list[InspectionItem]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM inspection_items WHERE inspection_uuid = ? ORDER BY id",
            (inspection_uuid,))]


def _item(template: ChecklistTemplate, code: str):
    """The template's item of `code`, or None (an item of an older version)."""
    try:
        return template.item(code)
    except KeyError:
        return None


def _today(now: dt.datetime) -> str:
    return now.astimezone().date().isoformat()


class Inspections(RecordRepository[Inspection]):
    kind = "inspection"
    table = "inspections"
    record_type = Inspection

    def __init__(self, store):
        super().__init__(store)
        self.items = InspectionItems(store)

    # -- rules -----------------------------------------------------------------------------
    trimmed = ("inspector", "contact", "planned_window", "notes", "planned_on",
               "rectification_deadline")
    dates = ("planned_on", "rectification_deadline")

    def _rules(self, record: Inspection) -> dict[str, str]:
        return inspection_problems(record)

    def _check(self, record: Inspection) -> None:
        if record.request_uuid:
            request = self._store.charger_requests.get(record.request_uuid)
            if request is None:
                raise RecordRefused(msg("inspect.request_gone"), field="request_uuid")
            if record.household_uuid and record.household_uuid != request.household_uuid:
                raise RecordRefused(msg("inspect.request_elsewhere"), field="request_uuid")
        if self._store.households.get(record.household_uuid) is None:
            raise RecordRefused(msg("inspect.household_gone"), field="household_uuid")
        self._store.checklist_templates.version(record.template_key, record.template_version)

    def _before_remove(self, row_id: int, record: Inspection) -> None:
        for item in self.items.of(record.uuid):
            self.items.delete(item.uuid, item.rev)

    def template_of(self, inspection: Inspection) -> ChecklistTemplate:
        return self._store.checklist_templates.version(inspection.template_key,
                                                       inspection.template_version)

    # -- planning --------------------------------------------------------------------------
    def plan(self, inspection: Inspection) -> Inspection:
        """Schedule an inspection (a request's household is taken from the request)."""
        if inspection.request_uuid and not inspection.household_uuid:
            request = self._store.charger_requests.get(inspection.request_uuid)
            if request is None:
                raise RecordRefused(msg("inspect.request_gone"), field="request_uuid")
            inspection = dataclasses.replace(inspection, household_uuid=request.household_uuid)
        self._store.checklist_templates.ensure_shipped()
        return self.save(dataclasses.replace(inspection, uuid="",
                                             state=InspectionState.PLANNED.value, result=""))

    # -- filling ---------------------------------------------------------------------------
    def _open(self, inspection_uuid: str) -> Inspection:
        inspection = self.get(inspection_uuid)
        if inspection is None:
            raise RecordGone(msg("store.gone"))
        if inspection.finished:
            raise RecordRefused(msg("inspect.finished"))
        return inspection

    def start(self, inspection_uuid: str, now: dt.datetime | None = None) -> Inspection:
        """Begin filling: the items are made (the template's, or for a re-inspection the
        items of the hazards still open) and the inspection is in progress. Starting one
        already in progress changes nothing: the draft reopens where it stopped."""
        now = now or dt.datetime.now(dt.timezone.utc)
        with self._store.transaction():
            inspection = self._open(inspection_uuid)
            if inspection.state == InspectionState.IN_PROGRESS.value:
                return inspection
            template = self.template_of(inspection)
            if inspection.reinspection_of:
                open_hazards = self._store.hazards.open_of(inspection.reinspection_of)
                codes = [(h.item_code, h.severity) for h in open_hazards]
            else:
                codes = [(item.code, item.severity.value) for item in template.items]
            for code, severity in codes:
                self.items._insert(InspectionItem(inspection_uuid=inspection.uuid, code=code,
                                                  severity=severity))
            return self._update(dataclasses.replace(
                inspection, state=InspectionState.IN_PROGRESS.value,
                started_at=to_stamp(now)))

    def answer(self, inspection_uuid: str, code: str, answer: str | None = None,
               note: str | None = None, photo_hash: str | None = None,
               severity: str | None = None, now: dt.datetime | None = None
               ) -> InspectionItem:
        """Store one item's answer (and/or note, photo, severity) at once, in its own
        transaction: killing the process afterwards loses nothing of it."""
        from fieldapp.domain.checklists import Answer, Severity

        now = now or dt.datetime.now(dt.timezone.utc)
        with self._store.transaction():
            inspection = self._open(inspection_uuid)
            if inspection.state == InspectionState.PLANNED.value:
                self.start(inspection_uuid, now)
            item = next((i for i in self.items.of(inspection_uuid) if i.code == code), None)
            if item is None:
                raise RecordRefused(msg("inspect.no_item", code=code))
            changes: dict[str, str] = {}
            if answer is not None:
                parsed = Answer.parse(answer) if answer else None
                if answer and parsed is None:
                    raise RecordRefused(msg("inspect.bad_answer", value=answer), field="answer")
                template_item = _item(self.template_of(inspection), code)
                if parsed is not None and template_item is not None \
                        and parsed.value not in template_item.answers:
                    raise RecordRefused(msg("inspect.answer_not_allowed", code=code,
                                            answer=parsed.label), field="answer")
                changes["answer"] = parsed.value if parsed else ""
                changes["answered_at"] = to_stamp(now) if parsed else ""
            if note is not None:
                changes["note"] = note.strip()
            if photo_hash is not None:
                changes["photo_hash"] = photo_hash
            if severity is not None:
                parsed_severity = Severity.parse(severity)
                if parsed_severity is None:
                    raise RecordRefused(msg("inspect.bad_severity", value=severity),
                                        field="severity")
                changes["severity"] = parsed_severity.value
            return self.items._update(dataclasses.replace(item, **changes))

    def unanswered(self, inspection_uuid: str) -> list[str]:
        return [i.code for i in self.items.of(inspection_uuid) if not i.answer]

    def finish(self, inspection_uuid: str, deadline: str = "", customer_signature: str = "",
               inspector_signature: str = "", now: dt.datetime | None = None) -> Inspection:
        """Close the inspection: every item answered (else refused, listing them); the
        result (any fail → fail); a failed 重大 item needs a deadline; each failed item an
        open hazard; a re-inspection closes the hazards whose items pass."""
        from fieldapp.domain.checklists import Answer, Severity

        now = now or dt.datetime.now(dt.timezone.utc)
        with self._store.transaction():
            inspection = self._open(inspection_uuid)
            if inspection.state == InspectionState.PLANNED.value:
                inspection = self.start(inspection_uuid, now)
            items = self.items.of(inspection_uuid)
            missing = [i.code for i in items if not i.answer]
            if missing:
                raise ValidationFailed({"result": msg("inspect.unanswered", n=len(missing),
                                                      codes="、".join(missing))})
            failed = [i for i in items if i.answer == Answer.FAIL.value]
            major = [i.code for i in failed if i.severity == Severity.MAJOR.value]
            deadline = deadline.strip()
            if deadline and (day := parse_date(deadline)) is not None:
                deadline = day.isoformat()
            if major and not deadline:
                raise ValidationFailed({"rectification_deadline": msg(
                    "inspect.deadline_needed", codes="、".join(major))})
            if deadline and deadline < _today(now):
                raise ValidationFailed({"rectification_deadline": msg("inspect.deadline_past")})
            finished = self._update(dataclasses.replace(
                inspection, state=InspectionState.FINISHED.value, finished_at=to_stamp(now),
                result=(Result.FAIL if failed else Result.PASS).value,
                rectification_deadline=deadline if failed else "",
                customer_signature=customer_signature,
                inspector_signature=inspector_signature))
            self._settle_hazards(finished, items, now)
        return finished

    def _settle_hazards(self, inspection: Inspection, items: list[InspectionItem],
                        now: dt.datetime) -> None:
        hazards = self._store.hazards
        template = self.template_of(inspection)
        earlier = {h.item_code: h for h in hazards.open_of(inspection.reinspection_of)} \
            if inspection.reinspection_of else {}
        for item in items:
            previous = earlier.get(item.code)
            if item.answer == "fail":
                if previous is not None:  # still there: the new deadline applies
                    hazards._update(dataclasses.replace(
                        previous, deadline=inspection.rectification_deadline,
                        severity=item.severity))
                    continue
                template_item = _item(template, item.code)
                hazards._insert(Hazard(
                    inspection_uuid=inspection.uuid, item_code=item.code,
                    item_text=template_item.text if template_item else item.code,
                    household_uuid=inspection.household_uuid,
                    request_uuid=inspection.request_uuid, severity=item.severity,
                    deadline=inspection.rectification_deadline, note=item.note))
            elif previous is not None:
                hazards._update(dataclasses.replace(
                    previous, status=HazardStatus.CLOSED.value, closed_at=to_stamp(now),
                    closed_by=inspection.inspector or self._store.operator,
                    closed_in=inspection.uuid))

    def reinspect(self, inspection_uuid: str, planned_on: str = "", inspector: str = ""
                  ) -> Inspection:
        """A linked inspection of only the items whose hazards are still open."""
        original = self.get(inspection_uuid)
        if original is None:
            raise RecordGone(msg("store.gone"))
        if not original.finished:
            raise RecordRefused(msg("inspect.reinspect_unfinished"))
        root = original.reinspection_of or original.uuid  # hazards stay with the first
        if not self._store.hazards.open_of(root):
            raise RecordRefused(msg("inspect.nothing_open"))
        return self.plan(Inspection(
            template_key=original.template_key, template_version=original.template_version,
            household_uuid=original.household_uuid, request_uuid=original.request_uuid,
            planned_on=planned_on or _today(dt.datetime.now(dt.timezone.utc)),
            inspector=inspector or original.inspector, contact=original.contact,
            reinspection_of=root))

    # -- the charger gate ------------------------------------------------------------------
    def charger_gate_problem(self, request_uuid: str) -> str | None:
        """Why the request cannot be connected yet for its safety inspection: none of its
        charger inspections has passed, or hazards they found are still open."""
        rows = self.conn.execute(
            "SELECT i.uuid, i.result FROM inspections i JOIN checklist_templates t"
            " ON t.key = i.template_key AND t.version = i.template_version"
            " WHERE i.request_uuid = ? AND t.kind = 'charger' AND i.state = 'finished'",
            (request_uuid,)).fetchall()
        open_here = self._store.hazards.open_of_request(request_uuid) if rows else []
        if open_here:
            return msg("inspect.charger_gate_open", n=len(open_here))
        if not any(r["result"] == Result.PASS.value for r in rows):
            return msg("inspect.charger_gate")
        return None

    # -- lists -----------------------------------------------------------------------------
    def listing(self, result: str = "", planned_on: str = "", state: str = "",
                household_uuid: str = "", request_uuid: str = "") -> list[InspectionRow]:
        """Inspections with their household, request and progress: by planned date, then
        the newest first."""
        where, args = [], []
        for column, value in (("i.result", result), ("i.planned_on", planned_on),
                              ("i.state", state), ("i.household_uuid", household_uuid),
                              ("i.request_uuid", request_uuid)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        rows = self.conn.execute(
            "SELECT i.*, t.name AS template_name, h.name AS household_name, h.account_no,"
            " h.address, h.building, h.unit, h.room, h.tags, c.name AS community,"
            " r.request_no,"
            " (SELECT count(*) FROM inspection_items x WHERE x.inspection_uuid = i.uuid"
            "  AND x.answer > '') AS answered,"
            " (SELECT count(*) FROM inspection_items x WHERE x.inspection_uuid = i.uuid)"
            "  AS items,"
            " (SELECT count(*) FROM hazards z WHERE z.inspection_uuid = i.uuid"
            "  AND z.status = 'open') AS open_hazards"
            " FROM inspections i"
            " LEFT JOIN checklist_templates t ON t.key = i.template_key"
            "  AND t.version = i.template_version"
            " LEFT JOIN households h ON h.uuid = i.household_uuid"
            " LEFT JOIN communities c ON c.uuid = h.community_uuid"
            " LEFT JOIN charger_requests r ON r.uuid = i.request_uuid"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY i.planned_on DESC, i.planned_window, i.id DESC", args)
        from fieldapp.domain.records import room_address

        return [InspectionRow(self.from_row(r), r["template_name"] or r["template_key"],
                              r["household_name"] or "", r["account_no"] or "",
                              r["address"] or room_address(r["building"] or "", r["unit"] or "",
                                                           r["room"] or ""),
                              r["community"] or "", r["request_no"] or "", r["tags"] or "",
                              r["answered"], r["items"], r["open_hazards"]) for r in rows]
