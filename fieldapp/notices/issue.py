"""Issuing, reprinting, verifying and saving notices, the same for every kind.

A notice is rendered from a snapshot (the facts as printed, identifiers masked, in the
language of the day it was issued) that the register keeps: a reprint renders the
snapshot again, so it is the same document even after the record was edited, and its
bytes match the SHA-256 taken at issue (same font and reportlab version). A notice
issued in a batch (notices/batch.py) is drawn once, into the batch: the register keeps
the batch file's SHA-256 for it, and its standalone reprints verify by rendering the
snapshot again.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.messages import MESSAGES, language, msg
from fieldapp.domain.stamps import local_minute
from fieldapp.notices import document
from fieldapp.notices.document import speaking
from fieldapp.notices.kinds import NoticeKind, kind_of
from fieldapp.notices.photos import photos_from
from fieldapp.store.clock import to_stamp
from fieldapp.store.notices import Notice

MESSAGES.update({
    "notice.cannot_write": ("无法写入 {path}（{detail}），未生成文件",
                            "Cannot write {path} ({detail}); no file was made"),
    "notice.genuine": ("真实有效：{number}（{kind}），{record}，{at} 由 {by} 出具",
                       "Genuine: {number} ({kind}), {record}, issued {at} by {by}"),
    "notice.genuine_batch": ("真实有效：{number}，共 {n} 份通知书的批量打印（{numbers}），"
                             "{at} 由 {by} 出具",
                             "Genuine batch of {n} notices: {number} ({numbers}), issued {at} "
                             "by {by}"),
    "notice.changed": ("文件已被改动：与登记的 {number}（{kind}，{record}，{at} 出具）不一致",
                       "Changed: this file differs from the registered {number} ({kind}, "
                       "{record}, issued {at})"),
    "notice.not_registered": ("未登记：本机的通知登记中没有这份 PDF",
                              "Not registered: this PDF is not in this device's notice "
                              "register"),
    "notice.reprint_differs": ("注意：补打的文件与出具时的不完全相同（程序或字体版本不同）",
                               "Note: the reprint is not byte-identical to the issued file "
                               "(a different program or font version)"),
})

@dataclass(frozen=True)
class Issued:
    """A notice printed: its register row, its PDF, whether it was a reprint.

    A notice issued in a batch was printed only there (the register keeps the batch
    file's SHA-256): its own PDF is rendered from its snapshot when first asked for,
    the same bytes as every standalone reprint of it."""

    notice: Notice
    rendered: bytes | None
    reprint: bool
    issued_alone: bool = True  # False: the register's SHA-256 is its batch's
    files: object = None  # the store's FileStore: where its photos are read from

    @functools.cached_property
    def pdf(self) -> bytes:
        if self.rendered is not None:
            return self.rendered
        with photos_from(self.files):
            return render_snapshot(json.loads(self.notice.snapshot))

    @property
    def same_as_issued(self) -> bool:
        """False when this print differs from the standalone file issued (another
        program or font version); a notice issued in a batch has no such file."""
        return not self.issued_alone or \
            hashlib.sha256(self.pdf).hexdigest() == self.notice.sha256


def content_hash(snapshot: dict) -> str:
    """A short hash of what the notice says (12 hex digits, printed in its QR code)."""
    canonical = json.dumps({k: v for k, v in snapshot.items() if k != "hash"},
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def notice_part(snapshot: dict) -> document.Part:
    """A snapshot's frame and body, laid out in the snapshot's language."""
    kind = kind_of(snapshot["kind"])
    with speaking(snapshot["language"]):
        frame = document.Frame(company=snapshot["company"], station=snapshot["station"],
                               number=snapshot["number"],
                               title=kind.title, issued_stamp=snapshot["issued_at"])
        return document.Part(frame, kind.story(snapshot), snapshot["language"])


def render_snapshot(snapshot: dict) -> bytes:
    """The PDF of a snapshot, in the snapshot's language."""
    part = notice_part(snapshot)
    with speaking(part.language):
        return document.render(part.frame, part.story)


def find_record(store, kind: NoticeKind, reference: str):
    """The record numbered (or with uuid) `reference`; ValueError naming it otherwise."""
    record = kind.find(store, reference.strip())
    if record is None:
        raise ValueError(msg("notice.no_record", reference=reference))
    return record


MESSAGES.update({"notice.no_record": ("找不到编号或记录编号为“{reference}”的记录",
                                      "No record has the number or id \"{reference}\"")})


def new_snapshot(store, kind: NoticeKind, record, now: dt.datetime, settings) -> dict:
    """The facts a new notice of `record` prints, with its number taken (ValueError
    naming what is missing, before a number is taken, when it cannot have one)."""
    facts = kind.gather(store, record, settings)
    number = store.notices.next_number(kind.code, now)
    snapshot = {
        "kind": kind.key, "number": number, "record_no": kind.record_no(record),
        "issued_at": to_stamp(now), "issued_local": now.astimezone().strftime(
            "%Y-%m-%d %H:%M"), "issued_by": store.operator, "language": language(),
        "company": settings.company_name, "station": settings.station_name,
        "phone": settings.service_phone, **facts}
    snapshot["hash"] = content_hash(snapshot)
    return snapshot


def register(store, kind: NoticeKind, record, snapshot: dict, sha256: str) -> Notice:
    """Keep a new notice in the register: its snapshot and the SHA-256 of the file it
    was issued in."""
    return store.notices.register(Notice(
        number=snapshot["number"], kind=kind.key, record_kind=kind.record_kind,
        record_uuid=record.uuid, record_no=snapshot["record_no"],
        issued_at=snapshot["issued_at"], issued_by=store.operator,
        language=snapshot["language"],
        snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True,
                            separators=(",", ":")),  # compact: it travels in a cell
        content_hash=snapshot["hash"], sha256=sha256))


def issue(store, kind_key: str, reference: str, now: dt.datetime | None = None,
          out: str | os.PathLike | None = None) -> Issued:
    """The notice of `kind_key` for the record numbered (or with uuid) `reference`:
    issued and registered the first time, reprinted (recorded as such) after that.
    With `out`, the PDF is written there (write_pdf) before the register keeps the
    issue or reprint, so a file that cannot be written leaves no trace. ValueError
    naming what is missing when the record cannot have this notice."""
    kind = kind_of(kind_key)
    record = find_record(store, kind, reference)
    kept = store.notices.of_record(kind.key, record.uuid)
    if kept is not None:
        with photos_from(store.files):
            pdf = render_snapshot(json.loads(kept.snapshot))
        with store.transaction():
            reprinted = store.notices.record_reprint(kept, now)
            if out is not None:
                write_pdf(out, pdf)
        return Issued(reprinted, pdf, True, not store.notices.issued_in_batch(kept),
                      store.files)
    now = now or dt.datetime.now(dt.timezone.utc)
    with store.transaction(), photos_from(store.files):
        snapshot = new_snapshot(store, kind, record, now, store.settings())
        pdf = render_snapshot(snapshot)
        notice = register(store, kind, record, snapshot, hashlib.sha256(pdf).hexdigest())
        if out is not None:
            write_pdf(out, pdf)
    return Issued(notice, pdf, False, files=store.files)


@dataclass(frozen=True)
class Verdict:
    genuine: bool
    notice: Notice | None   # the notice the file is (or claims to be)
    text: str


_SUBJECT = re.compile(rb"/Subject \(([A-Za-z0-9-]{1,80})\)")


def verify(store, pdf: bytes) -> Verdict:
    """Whether `pdf` is a notice the register issued, unchanged: a file whose SHA-256
    the register keeps (a notice issued alone, or a batch), or a notice's own PDF —
    its number read from the file's metadata — that its registered snapshot renders
    again byte for byte (a notice issued in a batch, printed alone). A file naming a
    registered notice that is neither is called changed."""
    found = store.notices.by_sha256(hashlib.sha256(pdf).hexdigest())
    if found is not None and found.kind == "batch":
        numbers = json.loads(found.snapshot)["notices"]
        listed = (", " if language() == "en" else "、").join(numbers)
        return Verdict(True, found, msg("notice.genuine_batch", n=len(numbers),
                                        numbers=listed, **_described(found)))
    if found is not None:
        return Verdict(True, found, msg("notice.genuine", **_described(found)))
    claimed = _SUBJECT.search(pdf)
    notice = store.notices.by_number(claimed.group(1).decode()) if claimed else None
    if notice is None:
        return Verdict(False, None, msg("notice.not_registered"))
    with photos_from(store.files):
        same = notice.kind != "batch" and _renders_as(notice, pdf)
    if same:
        return Verdict(True, notice, msg("notice.genuine", **_described(notice)))
    return Verdict(False, notice, msg("notice.changed", **_described(notice)))


def _renders_as(notice: Notice, pdf: bytes) -> bool:
    """Whether the notice's registered snapshot renders to exactly `pdf`."""
    try:
        snapshot = json.loads(notice.snapshot)
        kind_of(snapshot["kind"])
    except (ValueError, KeyError, TypeError):
        return False  # a snapshot this app cannot read: nothing to compare with
    return render_snapshot(snapshot) == pdf


def _described(notice: Notice) -> dict[str, str]:
    local = local_minute(notice.issued_at)
    if notice.kind == "batch":
        from fieldapp.notices.batch import batch_title

        title = batch_title()
    else:
        title = kind_of(notice.kind).title
    return {"number": notice.number, "kind": title,
            "record": notice.record_no, "at": local, "by": notice.issued_by}


def write_pdf(path: str | os.PathLike, pdf: bytes) -> Path:
    """Write the PDF whole or not at all: a temporary file in the target folder, then a
    rename. ValueError (one line, naming the path) when it cannot be written."""
    path = Path(path)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                             dir=path.parent)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from other users
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise ValueError(msg("notice.cannot_write", path=path,
                             detail=error.strerror or error)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return path
