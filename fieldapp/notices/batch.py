"""Many notices in one PDF: the records chosen, or every notice due today.

Each notice is issued (or reprinted) as it would be alone — its own register row, its
own number, the SHA-256 of its own single-notice PDF — and the batch renders them into
one document, every notice on a new page with its own header, QR code and page numbers,
the fonts embedded once. The batch file is registered too (a row of kind "batch" whose
snapshot lists the notices), so `notice verify` recognises it. All of it is one
transaction: cancelled or failed, nothing is registered and no file is written.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.domain.charger import Status
from fieldapp.domain.messages import MESSAGES, language, msg
from fieldapp.notices import document
from fieldapp.notices.issue import Issued, issue, speaking, write_pdf
from fieldapp.notices.kinds import kind_of
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

    Today: the 受理回执 of every request accepted today that is not cancelled. Later
    kinds add theirs here (advance notices of tomorrow's inspections, rectification
    notices of today's failed ones)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    start = dt.datetime.combine(now.astimezone().date(), dt.time(), now.astimezone().tzinfo)
    start = start.astimezone()  # the local midnight, whatever the offset was at `now`
    end = start + dt.timedelta(days=1)
    rows = store.conn.execute(
        "SELECT uuid FROM charger_requests WHERE accepted_at >= ? AND accepted_at < ?"
        " AND status != ? ORDER BY accepted_at, request_no",
        (to_stamp(start), to_stamp(end), Status.CANCELLED.value)).fetchall()
    return [("receipt", row[0]) for row in rows]


def issue_batch(store, items: list[tuple[str, str]], now: dt.datetime | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                out: str | os.PathLike | None = None) -> Batch:
    """Issue or reprint each (kind, record number or uuid) as of `now` and print them all
    into one registered PDF (written to `out` when given, before the transaction ends).
    ValueError naming the record when one cannot have its notice (nothing kept);
    BatchCancelled when `cancelled()` says so between notices (nothing kept)."""
    if not items:
        raise ValueError(msg("notice.batch_empty"))
    now = now or dt.datetime.now(dt.timezone.utc)
    total = len(items) + 1
    issued: list[Issued] = []
    with store.transaction():
        for done, (kind, reference) in enumerate(items):
            if cancelled and cancelled():
                raise BatchCancelled
            if progress:
                progress(done, total)
            issued.append(issue(store, kind, reference, now=now))
        if cancelled and cancelled():
            raise BatchCancelled
        if progress:
            progress(len(items), total)
        numbers = [item.notice.number for item in issued]
        settings = store.settings()
        number = store.notices.next_number(BATCH_CODE, now)
        snapshot = {"kind": BATCH, "number": number, "issued_at": to_stamp(now),
                    "issued_by": store.operator, "language": language(),
                    "company": settings.company_name, "station": settings.station_name,
                    "notices": numbers}
        pdf = render_batch(snapshot, [json.loads(item.notice.snapshot) for item in issued])
        # a batch is about notices, not one record: it names itself as its record (the
        # exchange workbook requires both; the notices are listed in the snapshot)
        notice = store.notices.register(Notice(
            number=number, kind=BATCH, record_kind="notice", record_uuid=number,
            issued_at=snapshot["issued_at"],
            issued_by=store.operator, language=language(),
            record_no=f"{numbers[0]} … {numbers[-1]}" if len(numbers) > 1 else numbers[0],
            snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            sha256=hashlib.sha256(pdf).hexdigest()))
        if out is not None:
            write_pdf(out, pdf)
    if progress:
        progress(total, total)
    return Batch(notice, pdf, issued)


def render_batch(batch: dict, snapshots: list[dict]) -> bytes:
    """The batch's PDF from its snapshot and its notices' snapshots (each notice in the
    language it was issued in)."""
    parts = []
    for snapshot in snapshots:
        kind = kind_of(snapshot["kind"])
        with speaking(snapshot["language"]):
            frame = document.Frame(company=snapshot["company"], station=snapshot["station"],
                                   number=snapshot["number"], title=kind.title,
                                   issued_stamp=snapshot["issued_at"])
            parts.append(document.Part(frame, kind.story(snapshot), snapshot["language"]))
    with speaking(batch["language"]):
        frame = document.Frame(company=batch["company"], station=batch["station"],
                               number=batch["number"], title=batch_title(),
                               issued_stamp=batch["issued_at"])
    return document.render_batch(frame, parts)


def batch_title() -> str:
    return BATCH_NAMES[1] if language() == "en" else BATCH_NAMES[0]

