"""Writing records the same way for every kind: rev, timestamps, audit, tombstones."""
from __future__ import annotations

import dataclasses
import operator
import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from fieldapp.domain.messages import msg
from fieldapp.domain.records import SYNC_FIELDS, Record
from fieldapp.domain.validation import ValidationFailed, parse_date
from fieldapp.store.clock import utc_now
from fieldapp.store.errors import RecordGone, StaleRecord

R = TypeVar("R", bound=Record)


class RecordRepository(Generic[R]):
    """Base of the per-kind repositories. Subclasses set `kind`, `table`, `record_type`
    and may override the hooks `_clean`, `_check`, `_after_write`, `_before_remove`."""

    kind: str
    table: str
    record_type: type[R]
    # Columns derived from a row's own values (e.g. a sort key), written with the row.
    derived_columns: tuple[str, ...] = ()
    # what `_clean` does before the kind's `_rules`: text fields trimmed, dates written
    # YYYY-MM-DD when they read as a date (else left for the rules to name), and any
    # field given its stored form by `normal` (field → function, e.g. a code's)
    trimmed: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    normal: dict[str, Callable[[str], str]] = {}

    def __init__(self, store):
        self._store = store
        self._fields = [f.name for f in dataclasses.fields(self.record_type)]

    @property
    def conn(self) -> sqlite3.Connection:
        return self._store.conn

    # -- reading ---------------------------------------------------------------------
    def from_row(self, row: sqlite3.Row) -> R:
        keys = row.keys()
        return self.from_values({name: row[name] for name in self._fields if name in keys})

    def from_values(self, values: dict) -> R:
        """A record from stored values by field (a dict of the record's fields only,
        taken over)."""
        if None in values.values():  # rare: checked at C speed first
            for name, value in values.items():
                if value is None and name != "rev":
                    values[name] = ""
        return self._made(self.record_type(**values))

    def maker(self, keys: Sequence[str]) -> Callable[[Sequence], R]:
        """A function making a record from a row's values given in `keys` order (the
        record's fields among others, in any order), as from_values would. It passes
        them by position, in the record's own field order: the quickest way to build a
        dataclass, for an import that builds hundreds of thousands."""
        at = {key: n for n, key in enumerate(keys)}
        present = tuple(name for name in self._fields if name in at)
        pick = operator.itemgetter(*(at[name] for name in present))

        def by_name(values: Sequence) -> R:
            return self.from_values(dict(zip(present, pick(values))))
        if present != tuple(self._fields[:len(present)]):
            return by_name  # a field missing before a present one: by name
        make, made = self.record_type, self._made

        def by_position(values: Sequence) -> R:
            args = pick(values)
            return by_name(values) if None in args else made(make(*args))
        return by_position

    def _made(self, record: R) -> R:
        """A record just built from stored values, its fields turned into their own
        form where storage differs (default: as stored)."""
        return record

    def get(self, record_uuid: str) -> R | None:
        row = self.conn.execute(f"SELECT * FROM {self.table} WHERE uuid = ?",
                                (record_uuid,)).fetchone()
        return self.from_row(row) if row else None

    def count(self) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    # -- hooks -----------------------------------------------------------------------
    def _clean(self, record: R) -> R:
        """The record tidied (`trimmed`, `normal`, `dates`), or ValidationFailed naming
        every problem `_rules` finds."""
        changes = {name: getattr(record, name).strip() for name in self.trimmed}
        for name, normal in self.normal.items():
            changes[name] = normal(changes.get(name, getattr(record, name)))
        for name in self.dates:
            text = changes.get(name, getattr(record, name))
            if text and (day := parse_date(text)) is not None:
                changes[name] = day.isoformat()
        if changes:
            record = dataclasses.replace(record, **changes)
        if problems := self._rules(record):
            raise ValidationFailed(problems)
        return record

    def _rules(self, record: R) -> dict[str, str]:
        """The domain's rules for one record, by field (none by default)."""
        return {}

    def _check(self, record: R) -> None:
        """Raise RecordRefused for conflicts with other stored records."""

    def _derived(self, values) -> tuple:
        """The `derived_columns` of a row, from its stored values by column key."""
        return ()

    def _with_derived(self, values: dict) -> dict:
        return {**values, **dict(zip(self.derived_columns, self._derived(values)))}

    def _after_write(self, row_id: int, old: R | None, new: R) -> None:
        """Keep derived data (e.g. the search index) in step with the row."""

    def _before_remove(self, row_id: int, record: R) -> None:
        """Refuse a delete or drop derived data."""

    # -- writing ---------------------------------------------------------------------
    def save(self, record: R) -> R:
        """Insert a new record (empty uuid) or update one at the revision it was read."""
        record = self._clean(record)
        with self._store.transaction():
            self._check(record)
            if not record.uuid:
                return self._insert(record)
            return self._update(record)

    def _insert(self, record: R, now: str | None = None) -> R:
        now = now or utc_now()
        record = dataclasses.replace(
            record, uuid=record.uuid or str(uuid_module.uuid4()), rev=1, created_at=now,
            updated_at=now, updated_by=self._store.operator, device_id=self._store.device_id)
        content = record.content()
        row = self._with_derived({**{name: getattr(record, name) for name in SYNC_FIELDS},
                                  **content})
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(f"INSERT INTO {self.table} ({columns}) VALUES ({marks})",
                                   list(row.values()))
        self._store.audit.write(self.kind, record.uuid, "create", 1,
                                {k: [None, v] for k, v in content.items() if v not in ("", None)},
                                at=now)
        self._after_write(cursor.lastrowid, None, record)
        return record

    def _current(self, record_uuid: str, read_rev: int) -> tuple[int, R]:
        row = self.conn.execute(f"SELECT * FROM {self.table} WHERE uuid = ?",
                                (record_uuid,)).fetchone()
        if row is None:
            raise RecordGone(msg("store.gone"))
        current = self.from_row(row)
        if current.rev != read_rev:
            raise StaleRecord(msg("store.stale", theirs=current.rev, mine=read_rev))
        return row["id"], current

    def _update(self, record: R) -> R:
        row_id, current = self._current(record.uuid, record.rev)
        old, new = current.content(), record.content()
        changes = {k: [old[k], v] for k, v in new.items() if old[k] != v}
        if not changes:
            return current
        now = utc_now()
        saved = dataclasses.replace(record, rev=current.rev + 1, created_at=current.created_at,
                                    updated_at=now, updated_by=self._store.operator,
                                    device_id=self._store.device_id)
        values = {**{k: v for k, v in new.items() if k in changes}, "rev": saved.rev,
                  "updated_at": now, "updated_by": saved.updated_by,
                  "device_id": saved.device_id,
                  **dict(zip(self.derived_columns, self._derived(new)))}
        assignments = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE {self.table} SET {assignments} WHERE id = ?",
                          [*values.values(), row_id])
        self._store.audit.write(self.kind, saved.uuid, "update", saved.rev, changes, at=now)
        self._after_write(row_id, current, saved)
        return saved

    def delete(self, record_uuid: str, read_rev: int) -> None:
        """Remove the record, leaving a tombstone (so the delete travels) and an audit entry."""
        with self._store.transaction():
            row_id, current = self._current(record_uuid, read_rev)
            self._remove(row_id, current, current.rev + 1, utc_now(), self._store.operator,
                         self._store.device_id)

    def _remove(self, row_id: int, current: R, rev: int, at: str, by: str,
                device_id: str) -> None:
        self._before_remove(row_id, current)
        self.conn.execute(
            "INSERT INTO tombstones (uuid, record_kind, rev, deleted_at, deleted_by,"
            " device_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET"
            " rev = excluded.rev, deleted_at = excluded.deleted_at,"
            " deleted_by = excluded.deleted_by, device_id = excluded.device_id",
            (current.uuid, self.kind, rev, at, by, device_id))
        content = current.content()
        self._store.audit.write(self.kind, current.uuid, "delete", rev,
                                {k: [v, None] for k, v in content.items()
                                 if v not in ("", None)}, at=at)
        self.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (row_id,))

    # -- the exchange ------------------------------------------------------------------
    def put(self, record: R, action: str = "import") -> None:
        """Write `record` exactly as it arrived (its own rev and sync fields), replacing
        the local row of the same uuid; audited, derived data kept in step. For merging
        exchange workbooks, inside the caller's transaction."""
        row = self.conn.execute(f"SELECT * FROM {self.table} WHERE uuid = ?",
                                (record.uuid,)).fetchone()
        values = self._with_derived({**{name: getattr(record, name) for name in SYNC_FIELDS},
                                     **record.content()})
        if row is None:
            old = None
            columns = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            row_id = self.conn.execute(
                f"INSERT INTO {self.table} ({columns}) VALUES ({marks})",
                list(values.values())).lastrowid
            changes = {k: [None, v] for k, v in record.content().items()
                       if v not in ("", None)}
            self.conn.execute("DELETE FROM tombstones WHERE uuid = ?", (record.uuid,))
        else:
            old = self.from_row(row)
            row_id = row["id"]
            before = old.content()
            changes = {k: [before[k], v] for k, v in record.content().items()
                       if before[k] != v}
            assignments = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(f"UPDATE {self.table} SET {assignments} WHERE id = ?",
                              [*values.values(), row_id])
        self._store.audit.write(self.kind, record.uuid, action, record.rev, changes)
        self._after_write(row_id, old, record)

    def put_new_rows(self, rows: list, action: str = "import",
                     ordered: Callable[[object], Sequence] | None = None) -> range:
        """Insert records that do not exist here yet, in bulk (an import or demo data
        brings hundreds of thousands), from rows of stored values by column key (sync
        fields and content in storage form), audited and with their derived data.
        `ordered(row)`, when given, returns a row's values in `insert_columns` order
        (faster than looking each up by key). Returns the new rows' ids."""
        ids = self.insert_rows(rows, ordered)
        if ids:
            self.audit_created(ids, action)
            self.write_derived(ids, rows)
        return ids

    def insert_rows(self, rows: list, ordered: Callable[[object], Sequence] | None = None
                    ) -> range:
        """put_new_rows' first part: the rows themselves, with their derived columns;
        the audit and the derived data kept elsewhere are the caller's to write."""
        if not rows:
            return range(0)
        columns = ["id", *self.insert_columns, *self.derived_columns]
        if ordered is None:
            names = self.insert_columns

            def ordered(row):
                return [row[name] for name in names]
        first = self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {self.table}"
                                  ).fetchone()[0]
        ids = range(first, first + len(rows))
        marks = ", ".join("?" for _ in columns)
        self.conn.executemany(
            f"INSERT INTO {self.table} ({', '.join(columns)}) VALUES ({marks})",
            ((row_id, *ordered(row), *self._derived(row)) for row_id, row in zip(ids, rows)))
        return ids

    def audit_created(self, ids: range, action: str) -> None:
        """The audit entries of rows insert_rows just wrote (one statement)."""
        self._store.audit.write_created(self.kind, self.table, self.content_columns, ids,
                                        action)

    def derived_rows(self, row_ids: Sequence[int], rows: Sequence
                     ) -> dict[str, Iterable[tuple]]:
        """For rows just inserted, the rows of the tables kept beside this one (a search
        index), by table, as iterators (default: none). Computed from the rows alone,
        without the database, so that another thread may compute them (store/bulk.py
        Staging) while the database works."""
        return {}

    def write_derived(self, row_ids: Sequence[int], rows: Sequence) -> None:
        """Write the derived rows of rows just inserted (default: none)."""

    def copy_derived(self, staging) -> None:
        """Write the derived rows a store/bulk.py Staging wrote (its tables named as
        ours, columns c0, c1… in derived_rows' order; a table without rows missing)."""

    @property
    def content_columns(self) -> list[str]:
        """The record's own fields as stored columns."""
        return list(self.record_type().content())

    @property
    def insert_columns(self) -> list[str]:
        """The columns put_new_rows writes, in order: sync fields, then content."""
        return [*SYNC_FIELDS, *self.content_columns]

    def _forget_derived(self) -> None:
        """Drop every row's derived data kept outside the table (default: none)."""

    def rewrite_derived(self) -> int:
        """Every row's derived data written anew from its stored values, with the same
        hooks that write it on save and import (`fieldapp-cli reindex`). Returns the rows."""
        rows = self.conn.execute(f"SELECT * FROM {self.table}").fetchall()
        if self.derived_columns:
            assigned = ", ".join(f"{column} = ?" for column in self.derived_columns)
            self.conn.executemany(f"UPDATE {self.table} SET {assigned} WHERE id = ?",
                                  ((*self._derived(row), row["id"]) for row in rows))
        self._forget_derived()
        self.write_derived([row["id"] for row in rows], rows)
        return len(rows)

    def remove_as(self, record_uuid: str, rev: int, at: str, by: str,
                  device_id: str) -> bool:
        """Apply a delete that arrived from elsewhere (its tombstone's fields)."""
        row = self.conn.execute(f"SELECT * FROM {self.table} WHERE uuid = ?",
                                (record_uuid,)).fetchone()
        if row is None:
            return False
        self._remove(row["id"], self.from_row(row), rev, at, by, device_id)
        return True
