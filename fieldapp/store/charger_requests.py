"""Charger requests (充电桩报装) and their documents: taking, moving through the workflow,
supplying deferred papers, lists and the summary."""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from fieldapp.domain import charger
from fieldapp.domain.charger import (
    ChargerRequest,
    ConnectionFigures,
    DocState,
    RequestDocument,
    Status,
)
from fieldapp.domain.measurement import reply_gate_problem
from fieldapp.domain.messages import msg
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store.clock import to_stamp
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository
from fieldapp.store.sequence import take_next


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.timezone.utc)


class MoveRefused(RecordRefused):
    """A stage move refused: `problems` names each field ('status' for the order of the
    stages, 'status_reason', or a stage detail), so a dialog can mark them."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("；".join(problems.values()), field=next(iter(problems)))
        self.problems = dict(problems)


@dataclass(frozen=True)
class RequestFilter:
    status: str = ""           # a Status key, "open" for every open stage, "" for all
    community_uuid: str = ""
    channel: str = ""
    overdue: bool = False
    has_deferred: bool = False
    text: str = ""             # request number, household name, account number, space
    household_uuid: str = ""


@dataclass(frozen=True)
class RequestRow:
    """A line of the requests list."""

    request: ChargerRequest
    household_name: str
    account_no: str
    community_name: str
    overdue: bool
    connection_days: float | None
    deferred: tuple[str, ...]  # labels of documents still missing
    post_meter_m: float | None = None  # the chosen measurement's post-meter length


@dataclass(frozen=True)
class Summary:
    open_by_stage: dict[Status, int]
    overdue: int
    this_month: ConnectionFigures
    overall: ConnectionFigures


class RequestDocuments(RecordRepository[RequestDocument]):
    kind = "request_document"
    table = "request_documents"
    record_type = RequestDocument

    def of(self, request_uuid: str) -> list[RequestDocument]:
        return [self.from_row(r) for r in self.conn.execute(
            "SELECT * FROM request_documents WHERE request_uuid = ? ORDER BY id",
            (request_uuid,))]


class ChargerRequests(RecordRepository[ChargerRequest]):
    kind = "charger_request"
    table = "charger_requests"
    record_type = ChargerRequest

    def __init__(self, store):
        super().__init__(store)
        self._fields.remove("documents")
        self._fields.remove("measurements")
        self.documents = RequestDocuments(store)

    # -- reading -------------------------------------------------------------------------
    def get(self, record_uuid: str) -> ChargerRequest | None:
        request = super().get(record_uuid)
        if request is not None:
            request.documents = self.documents.of(request.uuid)
            request.measurements = self._store.measurements.of_request(request.uuid)
        return request

    def by_number(self, request_no: str) -> ChargerRequest | None:
        row = self.conn.execute("SELECT uuid FROM charger_requests WHERE request_no = ?",
                                (request_no,)).fetchone()
        return self.get(row[0]) if row else None

    def _community_of(self, household_uuid: str):
        row = self.conn.execute("SELECT community_uuid FROM households WHERE uuid = ?",
                                (household_uuid,)).fetchone()
        if row is None:
            raise RecordRefused(msg("charger.household_gone"), field="household_uuid")
        return self._store.communities.get(row[0])

    # -- rules that need other records ------------------------------------------------------
    def _check(self, record: ChargerRequest) -> None:
        community = self._community_of(record.household_uuid)
        if record.state in charger.FINAL:
            return
        taken = self.conn.execute(
            "SELECT r.request_no FROM charger_requests r JOIN households h"
            " ON h.uuid = r.household_uuid WHERE h.community_uuid = ? AND r.parking_space = ?"
            " AND r.uuid != ? AND r.status NOT IN ('archived', 'cancelled')",
            (community.uuid, record.parking_space.strip(), record.uuid)).fetchone()
        if taken:
            raise RecordRefused(msg("charger.parking_taken", space=record.parking_space,
                                    no=taken[0]), field="parking_space")

    def _problems(self, record: ChargerRequest, now: dt.datetime) -> None:
        """Every field problem at once (a missing household among them)."""
        community, problems = None, {}
        if record.household_uuid:
            try:
                community = self._community_of(record.household_uuid)
            except RecordRefused as gone:
                problems["household_uuid"] = str(gone)
        problems = {**charger.acceptance_problems(record, community, now.astimezone().date(),
                                                  self._store.settings()), **problems}
        if problems:
            raise ValidationFailed(problems)

    def next_number(self, now: dt.datetime | None = None) -> str:
        """Take the device's next request number for today (inside a transaction)."""
        day = _now(now).astimezone().date()
        last = take_next(self._store, "request_sequence", day)
        return charger.request_number(self._store.device_id, day, last)

    # -- writing -----------------------------------------------------------------------------
    def accept(self, request: ChargerRequest, now: dt.datetime | None = None) -> ChargerRequest:
        """Take a new request: check it, number it, store it and its documents at once."""
        now = _now(now)
        stamp = to_stamp(now)
        request = dataclasses.replace(request, parking_space=request.parking_space.strip(),
                                      vehicle=request.vehicle.strip())
        self._problems(request, now)
        with self._store.transaction():
            self._check(request)
            fresh = dataclasses.replace(
                request, uuid="", request_no=self.next_number(now),
                status=Status.ACCEPTED.value, accepted_at=stamp,
                accepted_by=self._store.operator, documents=[])
            saved = self._insert(fresh, now=stamp)
            saved.documents = [self.documents._insert(dataclasses.replace(
                d, uuid="", request_uuid=saved.uuid), now=stamp) for d in request.documents]
        return saved

    def save(self, record: ChargerRequest) -> ChargerRequest:
        """Save edits of an existing request (not its status) and of its documents."""
        if not record.uuid:
            return self.accept(record)
        now = _now(None)
        with self._store.transaction():
            current = self.get(record.uuid)
            if current is not None and current.state in charger.FINAL:
                raise RecordRefused(msg("charger.final", status=current.state.label))
            if current is not None:
                kept = {name: getattr(current, name) for name in _WORKFLOW_FIELDS}
                record = dataclasses.replace(record, **kept)
            self._problems(record, now)
            record.measurements = self._store.measurements.of_request(record.uuid)
            if survey := charger.survey_problems(record, self._store.settings()):
                raise ValidationFailed(survey)
            self._check(record)
            saved = self._update(record)
            stored = {d.kind: d for d in self.documents.of(saved.uuid)}
            documents = []
            for document in record.documents:
                old = stored.get(document.kind)
                if old is None:
                    documents.append(self.documents._insert(dataclasses.replace(
                        document, uuid="", request_uuid=saved.uuid)))
                else:
                    supplied = {}
                    if old.missing and document.state == DocState.PROVIDED.value \
                            and not document.supplied_at:
                        supplied = dict(supplied_at=to_stamp(now),
                                        supplied_by=self._store.operator)
                    documents.append(self.documents._update(dataclasses.replace(
                        document, uuid=old.uuid, request_uuid=saved.uuid,
                        rev=document.rev or old.rev, **supplied)))
            saved.documents = documents
        return saved

    def _gate_problems(self, request: ChargerRequest, target: Status) -> dict[str, str]:
        """The gates of a move that need other records, by field: the charger inspection
        before 装表接电 ('status', refused like the papers), the post-meter length before
        答复方案 ('over_limit_reason', where the reason is given)."""
        if target == Status.CONNECTED and (
                gate := self._store.inspections.charger_gate_problem(request.uuid)):
            return {"status": gate}
        if target == Status.PLAN_REPLIED and (gate := reply_gate_problem(
                self._store.measurements.of_request(request.uuid), request.measurement_uuid,
                request.over_limit_reason, self._store.settings())):
            return {"over_limit_reason": gate}
        return {}

    def move_blockers(self, request: ChargerRequest, target: Status) -> list[str]:
        """Why `request` cannot move to `target` now, as a button's tooltip says it: the
        workflow's order and papers, and the gates that need other records. A missing
        reason is not counted: it is asked for on the click."""
        return (charger.transition_problems(request, target, "…")
                or list(self._gate_problems(request, target).values()))

    def transition(self, request_uuid: str, read_rev: int, target: Status, reason: str = "",
                   now: dt.datetime | None = None,
                   details: Mapping[str, str] | None = None) -> ChargerRequest:
        """Move the request to `target`, recording when and by whom, and what entering
        the stage means (`details`: see charger.STAGE_DETAILS; a connection time given
        there is the stage's time). Refused with MoveRefused naming each field."""
        now = _now(now)
        with self._store.transaction():
            row_id, current = self._current(request_uuid, read_rev)
            current.documents = self.documents.of(request_uuid)
            needed = charger.details_needed(current, target)
            details = charger.clean_details({name: value for name, value in
                                             (details or {}).items() if name in needed})
            problems = charger.move_problems(current, target, now, reason, details)
            if "status" not in problems and (gates := self._gate_problems(current, target)):
                # a refused order stands alone; a missing inspection too
                problems = gates if "status" in gates else {**problems, **gates}
            if problems:
                raise MoveRefused(problems)
            at, by = charger.STAGE_FIELDS[target]
            changes = {"status": target.value, at: to_stamp(now), by: self._store.operator,
                       **details}
            if target in charger.NEEDS_REASON:
                changes["status_reason"] = reason.strip()
                if target == Status.ON_HOLD:
                    changes["resume_status"] = current.status
            elif current.state == Status.ON_HOLD:
                changes.update(status_reason="", resume_status="")
            moved = dataclasses.replace(current, **changes)
            if target == Status.ON_HOLD or current.state == Status.ON_HOLD:
                self._check(moved)
            saved = self._update(moved)
            saved.documents = current.documents
        return saved

    def supply_document(self, request_uuid: str, kind: str,
                        now: dt.datetime | None = None) -> ChargerRequest:
        """A deferred document has arrived: mark it provided, with when and by whom."""
        now = _now(now)
        with self._store.transaction():
            request = self.get(request_uuid)
            if request is None:
                raise RecordRefused(msg("store.gone"))
            if request.state in charger.FINAL:
                raise RecordRefused(msg("charger.final", status=request.state.label))
            document = request.document(kind)
            if document is None:
                raise RecordRefused(msg("charger.no_document", doc=charger.document_label(kind)))
            if not document.missing:
                raise RecordRefused(msg("charger.not_deferred", doc=document.label))
            self.documents._update(dataclasses.replace(
                document, state=DocState.PROVIDED.value, supplied_at=to_stamp(now),
                supplied_by=self._store.operator))
        return self.get(request_uuid)

    def _before_remove(self, row_id: int, record: ChargerRequest) -> None:
        for document in self.documents.of(record.uuid):
            self.documents.delete(document.uuid, document.rev)

    # -- lists --------------------------------------------------------------------------------
    def listing(self, query: RequestFilter = RequestFilter(),  # noqa: B008
                now: dt.datetime | None = None, limit: int | None = None
                ) -> list[RequestRow]:
        """The requests a filter shows, newest first (the first `limit`); the list page
        reads them in pages through store/request_list.py."""
        from fieldapp.store.request_list import RequestList

        return RequestList(self._store).listing(query, now=_now(now), limit=limit)

    def _row(self, r: sqlite3.Row, now: dt.datetime, settings) -> RequestRow:
        request = self.from_row(r)
        deferred = tuple(charger.document_label(k)
                         for k in filter(None, (r["deferred_kinds"] or "").split(";")))
        return RequestRow(request, r["household_name"], r["account_no"],
                          r["community_name"] or "",
                          charger.is_overdue(request, now, settings),
                          charger.connection_days(request), deferred,
                          r["post_meter_m"] if "post_meter_m" in r.keys() else None)

    def summary(self, now: dt.datetime | None = None) -> Summary:
        """Open requests per stage, overdue count, connection days this month and overall
        (the month of `now` in its own time zone). Reads only the columns it needs."""
        now = _now(now)
        settings = self._store.settings()
        by_stage = {status: 0 for status in (*charger.OPEN, Status.ON_HOLD)}
        overdue = 0
        for status in by_stage:
            by_stage[status] = self.conn.execute(
                "SELECT count(*) FROM charger_requests WHERE status = ?",
                (status.value,)).fetchone()[0]
        for status in charger.OPEN:
            target = settings.stage_target_days.get(status.value)
            if target is not None:
                at = charger.STAGE_FIELDS[status][0]
                overdue += self.conn.execute(
                    f"SELECT count(*) FROM charger_requests WHERE status = ? AND"
                    f" coalesce(nullif({at}, ''), accepted_at) < ?",
                    (status.value, to_stamp(now - dt.timedelta(days=target)))).fetchone()[0]
        # SQLite takes the time apart to the millisecond and the month is a range of
        # stamps: building a request per row took a second at 200 000 requests
        start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        month = (to_stamp(start), to_stamp((start + dt.timedelta(days=32)).replace(day=1)))
        this_month, overall = [], []
        for ms, connected_at in self.conn.execute(
                "SELECT CAST(round((julianday(connected_at) - julianday(accepted_at))"
                " * 86400000) AS INTEGER), connected_at FROM charger_requests"
                " WHERE connected_at > '' AND accepted_at > ''"):
            days = round(ms / 1000 / 86400, 1)  # as charger.connection_days()
            overall.append(days)
            if month[0] <= connected_at < month[1]:
                this_month.append(days)
        return Summary(by_stage, overdue, charger.connection_figures(this_month),
                       charger.connection_figures(overall))

    def deferred_of_household(self, household_uuid: str) -> list[tuple[str, str]]:
        """(request number, document label) of every missing deferred document."""
        return [(r[0], charger.document_label(r[1])) for r in self.conn.execute(
            "SELECT r.request_no, d.kind FROM request_documents d JOIN charger_requests r"
            " ON r.uuid = d.request_uuid WHERE r.household_uuid = ? AND d.state = 'deferred'"
            " AND r.status NOT IN ('archived', 'cancelled') ORDER BY r.request_no, d.id",
            (household_uuid,))]

    def count_of_household(self, household_uuid: str) -> int:
        return self.conn.execute("SELECT count(*) FROM charger_requests WHERE"
                                 " household_uuid = ?", (household_uuid,)).fetchone()[0]


# Fields only the workflow changes; an edit through save() keeps the stored values.
_WORKFLOW_FIELDS = ("request_no", "status", "status_reason", "resume_status",
                    "measurement_uuid",
                    *(name for pair in charger.STAGE_FIELDS.values() for name in pair),
                    *(name for names in charger.STAGE_DETAILS.values() for name in names))
