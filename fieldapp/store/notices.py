"""The notice register: every notice issued (number, kind, record, who, when, the
SHA-256 of its PDF) with the snapshot it was rendered from, so that a reprint is the
same document even after the record was edited, and a PDF can be verified later."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from fieldapp.domain.records import Record
from fieldapp.store.clock import to_stamp, utc_now
from fieldapp.store.repository import RecordRepository
from fieldapp.store.sequence import take_next


@dataclass
class Notice(Record):
    """A notice as issued. `snapshot` is the JSON the PDF was rendered from (masked
    identifiers only); `content_hash` its short hash (in the QR code); `sha256` that of
    the file it was issued in: its own PDF, or for a notice issued in a batch the batch
    file's (the row of kind "batch" has the same). A reprint counts up `reprints` and
    records when and by whom."""

    number: str = ""
    kind: str = ""            # receipt, … (fieldapp.notices.kinds)
    record_kind: str = ""     # charger_request, …
    record_uuid: str = ""
    record_no: str = ""
    issued_at: str = ""
    issued_by: str = ""
    language: str = "zh"
    snapshot: str = ""
    content_hash: str = ""
    sha256: str = ""
    reprints: int = 0
    reprinted_at: str = ""
    reprinted_by: str = ""


def notice_number(code: str, device_id: str, day: dt.date, sequence: int) -> str:
    """Unique across laptops as request numbers are: the kind's code, the device, the
    local day and the device's own sequence that day, e.g. HZ-3F2A9C01-20261124-0003."""
    return f"{code}-{device_id}-{day:%Y%m%d}-{sequence:04d}"


class Notices(RecordRepository[Notice]):
    kind = "notice"
    table = "notices"
    record_type = Notice

    def _one(self, where: str, *values, first: str = "") -> Notice | None:
        row = self.conn.execute(f"SELECT * FROM notices WHERE {where} ORDER BY {first}"
                                " issued_at, id LIMIT 1", values).fetchone()
        return self.from_row(row) if row else None

    def by_number(self, number: str) -> Notice | None:
        return self._one("number = ?", number)

    def by_sha256(self, sha256: str) -> Notice | None:
        """The notice issued as the file of that SHA-256: a batch's own row before the
        rows of the notices issued in it."""
        return self._one("sha256 = ?", sha256, first="kind = 'batch' DESC,")

    def issued_in_batch(self, notice: Notice) -> bool:
        """Whether `notice` was issued in a batch (its SHA-256 is the batch file's)."""
        return notice.kind != "batch" and self.conn.execute(
            "SELECT 1 FROM notices WHERE sha256 = ? AND kind = 'batch' LIMIT 1",
            (notice.sha256,)).fetchone() is not None

    def of_record(self, kind: str, record_uuid: str) -> Notice | None:
        """The first notice of `kind` issued for the record (later prints are reprints)."""
        return self._one("kind = ? AND record_uuid = ?", kind, record_uuid)

    def next_number(self, code: str, now: dt.datetime) -> str:
        """Take the device's next notice number for the local day of `now`."""
        day = now.astimezone().date()
        last = take_next(self._store, "notice_sequence", day)
        return notice_number(code, self._store.device_id, day, last)

    def register(self, notice: Notice) -> Notice:
        """Keep a newly issued notice (its number taken with next_number)."""
        with self._store.transaction():
            return self._insert(dataclasses.replace(notice, uuid=""))

    def record_reprint(self, notice: Notice, now: dt.datetime | None = None) -> Notice:
        """Count a reprint (the audit log keeps each one, with who and when)."""
        at = to_stamp(now) if now else utc_now()
        with self._store.transaction():
            return self._update(dataclasses.replace(
                notice, reprints=notice.reprints + 1, reprinted_at=at,
                reprinted_by=self._store.operator))
