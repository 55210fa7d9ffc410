"""The audit log: who changed which record when, and every field's old → new value."""
from __future__ import annotations

import json
from dataclasses import dataclass

from fieldapp.store.clock import utc_now


@dataclass(frozen=True)
class AuditEntry:
    at: str
    operator: str
    device_id: str
    record_kind: str
    record_uuid: str
    action: str  # create | update | delete
    rev: int
    changes: dict[str, list]  # field -> [old, new]


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
dumps = _ENCODER.encode


class AuditLog:
    def __init__(self, store):
        self._store = store

    def write(self, record_kind: str, record_uuid: str, action: str, rev: int,
              changes: dict[str, list], at: str | None = None) -> None:
        """Append one entry; call inside the transaction that makes the change."""
        self._store.conn.execute(
            "INSERT INTO audit_log (at, operator, device_id, record_kind, record_uuid, action,"
            " rev, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at or utc_now(), self._store.operator, self._store.device_id, record_kind,
             record_uuid, action, rev, json.dumps(changes, ensure_ascii=False)),
        )

    def write_many(self, entries) -> None:
        """Append (record_kind, record_uuid, action, rev, changes) entries at once."""
        at, operator, device = utc_now(), self._store.operator, self._store.device_id
        self._store.conn.executemany(
            "INSERT INTO audit_log (at, operator, device_id, record_kind, record_uuid, action,"
            " rev, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((at, operator, device, kind, uuid, action, rev,
              dumps(changes))
             for kind, uuid, action, rev, changes in entries))

    def history(self, record_uuid: str) -> list[AuditEntry]:
        """Every entry for one record, newest first."""
        rows = self._store.conn.execute(
            "SELECT at, operator, device_id, record_kind, record_uuid, action, rev, changes "
            "FROM audit_log WHERE record_uuid = ? ORDER BY id DESC", (record_uuid,))
        return [AuditEntry(*row[:7], json.loads(row[7])) for row in rows]
