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

    def write_created(self, record_kind: str, table: str, columns: list[str], ids: range,
                      action: str) -> None:
        """One entry for each row of `table` with an id in `ids`, just inserted: every
        non-empty field as [None, value]. Built by SQLite (bulk inserts bring hundreds of
        thousands of rows; encoding them in Python was a third of an import's write)."""
        fields = ", ".join(f"'{c}', json_array(NULL, {c})" for c in columns)
        blanks = ", ".join(f"CASE WHEN {c} IS NULL OR {c} = '' THEN '$.{c}' ELSE '$.-' END"
                           for c in columns)
        self._store.conn.execute(
            "INSERT INTO audit_log (at, operator, device_id, record_kind, record_uuid, action,"
            f" rev, changes) SELECT ?, ?, ?, ?, uuid, ?, rev, json_remove(json_object({fields}),"
            f" {blanks}) FROM {table} WHERE id BETWEEN ? AND ? ORDER BY id",
            (utc_now(), self._store.operator, self._store.device_id, record_kind, action,
             ids.start, ids.stop - 1))

    def history(self, record_uuid: str) -> list[AuditEntry]:
        """Every entry for one record, newest first."""
        rows = self._store.conn.execute(
            "SELECT at, operator, device_id, record_kind, record_uuid, action, rev, changes "
            "FROM audit_log WHERE record_uuid = ? ORDER BY id DESC", (record_uuid,))
        return [AuditEntry(*row[:7], json.loads(row[7])) for row in rows]
