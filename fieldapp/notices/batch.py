"""Many notices in one PDF: the records chosen, or every notice due today.

Each notice is issued (or reprinted) as it would be alone — its own register row, its
own number and snapshot — and drawn once, into one document: every notice on a new
page with its own header, QR code and page numbers, the fonts embedded once. The batch
file is what was issued: its SHA-256 is registered on a row of kind "batch" (whose
snapshot lists the notices) and on the row of every notice first issued in it, so
`notice verify` recognises the file; a notice reprinted alone later renders from its
snapshot and verifies by that. All of it is one transaction: cancelled or failed,
nothing is registered and no file is written.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from fieldapp.domain.charger import Status
from fieldapp.domain.inspection import InspectionState, Result
from fieldapp.domain.messages import MESSAGES, language, msg
from fieldapp.notices import document
from fieldapp.notices.issue import (
    Issued,
    find_record,
    new_snapshot,
    notice_part,
    register,
    speaking,
    write_pdf,
)
from fieldapp.notices.kinds import kind_of
from fieldapp.notices.photos import photos_from
from fieldapp.store.clock import to_stamp
from fieldapp.store.notices import Notice

BATCH = "batch"
BATCH_CODE = "PL"
BATCH_NAMES = ("通知书批量打印", "Notices, printed together")

MESSAGES.update({
    "notice.batch_empty": ("没有要打印的通知书", "There are no notices to print"),
})


class BatchCancelled(Exception):
    """The user cancelled the batch; nothing was registered or written."""


@dataclass(frozen=True)
class Batch:
    """A batch printed: its register row, the one PDF, and each notice in it."""

    notice: Notice
    pdf: bytes
    issued: list[Issued]

    @property
    def numbers(self) -> list[str]:
        return [item.notice.number for item in self.issued]


def due_today(store, now: dt.datetime | None = None) -> list[tuple[str, str]]:
    """The notices due on the local day of `now`, as (kind, record uuid), in order.

    The 受理回执 of every request accepted today that is not cancelled, then the
    安全检查告知书 of every inspection planned for tomorrow and not finished, then the
    隐患整改通知书 of every inspection finished today that failed."""
    now = now or dt.datetime.now(dt.timezone.utc)
    today = now.astimezone().date()
    start = dt.datetime.combine(today, dt.time(), now.astimezone().tzinfo)
    start = start.astimezone()  # the local midnight, whatever the offset was at `now`
    end = start + dt.timedelta(days=1)
    rows = store.conn.execute(
        "SELECT uuid FROM charger_requests WHERE accepted_at >= ? AND accepted_at < ?"
        " AND status != ? ORDER BY accepted_at, request_no",
        (to_stamp(start), to_stamp(end), Status.CANCELLED.value)).fetchall()
    due = [("receipt", row[0]) for row in rows]
    rows = store.conn.execute(
        "SELECT uuid FROM inspections WHERE planned_on = ? AND state != ?"
        " ORDER BY planned_window, id",
        ((today + dt.timedelta(days=1)).isoformat(), InspectionState.FINISHED.value))
    due += [("advance", row[0]) for row in rows]
    rows = store.conn.execute(
        "SELECT uuid FROM inspections WHERE state = ? AND result = ? AND finished_at >= ?"
        " AND finished_at < ? ORDER BY finished_at, id",
        (InspectionState.FINISHED.value, Result.FAIL.value, to_stamp(start), to_stamp(end)))
    due += [("rectification", row[0]) for row in rows]
    return due


def issue_batch(store, items: list[tuple[str, str]], now: dt.datetime | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                out: str | os.PathLike | None = None) -> Batch:
    """Issue or reprint each (kind, record number or uuid) as of `now` and print them all
    into one registered PDF (written to `out` when given, before the transaction ends).
    Progress counts the notices drawn. ValueError naming the record when one cannot
    have its notice (nothing kept); BatchCancelled when `cancelled()` says so between
    notices (nothing kept)."""
    if not items:
        raise ValueError(msg("notice.batch_empty"))
    now = now or dt.datetime.now(dt.timezone.utc)
    total = len(items) + 1
    settings = store.settings()
    with store.transaction():
        chosen = []  # (kind, record, snapshot, the register's row when a reprint)
        for kind_key, reference in items:
            kind = kind_of(kind_key)
            record = find_record(store, kind, reference)
            kept = store.notices.of_record(kind.key, record.uuid)
            if kept is not None:
                chosen.append((kind, record, json.loads(kept.snapshot), kept))
            else:
                chosen.append((kind, record, new_snapshot(store, kind, record, now,
                                                          settings), None))
        numbers = [snapshot["number"] for _, _, snapshot, _ in chosen]
        number = store.notices.next_number(BATCH_CODE, now)
        snapshot = {"kind": BATCH, "number": number, "issued_at": to_stamp(now),
                    "issued_by": store.operator, "language": language(),
                    "company": settings.company_name, "station": settings.station_name,
                    "notices": numbers}
        with photos_from(store.files):
            pdf = render_batch(snapshot, [item[2] for item in chosen], progress, cancelled)
        sha256 = hashlib.sha256(pdf).hexdigest()
        issued = []
        for kind, record, facts, kept in chosen:
            if kept is None:
                issued.append(Issued(register(store, kind, record, facts, sha256), None,
                                     False, issued_alone=False, files=store.files))
            else:
                issued.append(Issued(store.notices.record_reprint(kept, now), None, True,
                                     not store.notices.issued_in_batch(kept), store.files))
        # a batch is about notices, not one record: it names itself as its record (the
        # exchange workbook requires both; the notices are listed in the snapshot)
        notice = store.notices.register(Notice(
            number=number, kind=BATCH, record_kind="notice", record_uuid=number,
            issued_at=snapshot["issued_at"],
            issued_by=store.operator, language=language(),
            record_no=f"{numbers[0]} … {numbers[-1]}" if len(numbers) > 1 else numbers[0],
            snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            sha256=sha256))
        if out is not None:
            write_pdf(out, pdf)
    if progress:
        progress(total, total)
    return Batch(notice, pdf, issued)


def render_batch(batch: dict, snapshots: list[dict],
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> bytes:
    """The batch's PDF from its snapshot and its notices' snapshots (each notice in the
    language it was issued in), each notice laid out and drawn once. `progress(done,
    total)` before each notice and once all are drawn; BatchCancelled when
    `cancelled()` says so between notices."""
    total = len(snapshots) + 1

    def parts() -> Iterator[document.Part]:
        for done, snapshot in enumerate(snapshots):
            if cancelled and cancelled():
                raise BatchCancelled
            if progress:
                progress(done, total)
            yield notice_part(snapshot)
        if cancelled and cancelled():
            raise BatchCancelled
        if progress:
            progress(len(snapshots), total)

    with speaking(batch["language"]):
        frame = document.Frame(company=batch["company"], station=batch["station"],
                               number=batch["number"], title=batch_title(),
                               issued_stamp=batch["issued_at"])
    return document.render_batch(frame, parts())


def batch_title() -> str:
    return BATCH_NAMES[1] if language() == "en" else BATCH_NAMES[0]

