"""The open database: one connection, its device and operator, and the repositories."""
from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from fieldapp.domain.settings import Operator, Settings, operator_problems
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store.connection import open_connection

OPERATOR_NAME, OPERATOR_STAFF_NO, DEVICE_NAME = "operator_name", "operator_staff_no", "device_name"


def _default_operator() -> str:
    """The OS account: only when nobody said who works here (scripts on a database whose
    window was never started)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "operator"


class Store:
    """Owns the connection (one per thread) and hands out the repositories."""

    def __init__(self, conn: sqlite3.Connection, path: Path, operator: str | None = None):
        """`operator` (the CLI's --operator) overrides the operator kept in the database
        for this connection only."""
        from fieldapp.store.audit import AuditLog
        from fieldapp.store.charger_requests import ChargerRequests
        from fieldapp.store.checklist_templates import ChecklistTemplates
        from fieldapp.store.communities import Communities
        from fieldapp.store.garages import Garages
        from fieldapp.store.hazards import Hazards
        from fieldapp.store.households import Households
        from fieldapp.store.inspections import Inspections
        from fieldapp.store.measurements import Measurements
        from fieldapp.store.meter_boxes import MeterBoxes
        from fieldapp.store.notices import Notices
        from fieldapp.store.parking_spaces import ParkingSpaces

        self.conn = conn
        self.path = path
        self.device_id = self.meta("device_id") or "UNKNOWN"
        kept = self.kept_operator()
        self.operator = operator or (kept.label if kept else _default_operator())
        # nobody said who works here: the OS account stands in until someone does
        self.operator_unknown = not operator and kept is None
        self.audit = AuditLog(self)
        self.communities = Communities(self)
        self.households = Households(self)
        self.charger_requests = ChargerRequests(self)
        self.notices = Notices(self)
        self.garages = Garages(self)
        self.meter_boxes = MeterBoxes(self)
        self.parking_spaces = ParkingSpaces(self)
        self.measurements = Measurements(self)
        self.checklist_templates = ChecklistTemplates(self)
        self.inspections = Inspections(self)
        self.hazards = Hazards(self)

    @classmethod
    def open(cls, path: str | os.PathLike, operator: str | None = None) -> Store:
        path = Path(path)
        return cls(open_connection(path), path, operator)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                              (key, value))

    def kept_operator(self) -> Operator | None:
        """The operator named in the window (first start or 文件 → 操作员), if any."""
        name, staff_no = self.meta(OPERATOR_NAME), self.meta(OPERATOR_STAFF_NO)
        return Operator(name, staff_no) if name and staff_no else None

    @property
    def device_name(self) -> str:
        """The laptop's readable name (e.g. 城东所-笔记本3); device_id stays its identity."""
        return self.meta(DEVICE_NAME) or ""

    def set_operator(self, name: str, staff_no: str, device_name: str = "") -> Operator:
        """Keep who works here (and the device's readable name); from now on records and
        the audit log carry them. ValidationFailed by field when they do not fit."""
        problems = operator_problems(name, staff_no, device_name)
        if problems:
            raise ValidationFailed(problems)
        kept = Operator(name.strip(), staff_no.strip())
        with self.transaction():
            self.set_meta(OPERATOR_NAME, kept.name)
            self.set_meta(OPERATOR_STAFF_NO, kept.staff_no)
            self.set_meta(DEVICE_NAME, device_name.strip())
        self.operator, self.operator_unknown = kept.label, False
        return kept

    @property
    def files(self):
        """Pictures kept beside the database by content hash (store/files.py)."""
        from fieldapp.store.files import FileStore

        return FileStore(self.path)

    def settings(self) -> Settings:
        """The supervisor-adjustable numbers and lists (defaults until changed)."""
        return Settings.from_json(self.meta("settings"))

    def save_settings(self, settings: Settings) -> None:
        self.set_meta("settings", settings.to_json())

    @contextlib.contextmanager
    def bulk_cache(self, megabytes: int = 64) -> Iterator[None]:
        """A larger page cache while hundreds of thousands of rows go into indexed
        tables (measured: an import of 220 000 rows 2 s faster at 64 MB); the usual
        small cache afterwards."""
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {-1024 * megabytes}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {before}")

    def open_conflict_count(self) -> int:
        """Records with import conflicts still waiting for a decision."""
        return self.conn.execute("SELECT count(DISTINCT uuid) FROM exchange_conflicts"
                                 " WHERE resolved_at IS NULL").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: BEGIN IMMEDIATE at the outermost level, a savepoint inside.
        `immediate=False` begins without taking the write lock of every attached
        database: the caller's first statement must write the main database (which
        takes its lock then, waiting as long as IMMEDIATE would)."""
        conn = self.conn
        if conn.in_transaction:
            conn.execute("SAVEPOINT nested")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK TO nested")
                conn.execute("RELEASE nested")
                raise
            conn.execute("RELEASE nested")
            return
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def is_empty(self) -> bool:
        """No households and no communities yet (first start)."""
        return (self.conn.execute("SELECT 1 FROM households LIMIT 1").fetchone() is None
                and self.conn.execute("SELECT 1 FROM communities LIMIT 1").fetchone() is None)
