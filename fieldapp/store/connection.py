"""Opening a database file safely: inspect first, refuse what is not ours, then migrate."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from fieldapp.domain.messages import msg
from fieldapp.store.errors import DatabaseRefused
from fieldapp.store.migrations import APPLICATION_ID, LATEST_VERSION, migrate

BUSY_TIMEOUT_MS = 5000
# Bytes a page of a new database holds (SQLite's default is 4 096). A first import of a
# large workbook writes hundreds of megabytes: with 16 KB pages it took 0.8 s less of a
# 6.4 s write and its checkpoint half the time (tests/perf/bench_exchange.py); 32 and
# 64 KB gave no more. It is fixed when the file is created (existing files keep theirs).
PAGE_SIZE = 16_384


def _inspect_existing(path: Path) -> None:
    """Read-only look at an existing file; raises DatabaseRefused and writes nothing."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DatabaseRefused(msg("db.not_sqlite", path=path, detail=error)) from error
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(msg("db.not_sqlite", path=path, detail=error)) from error
    finally:
        conn.close()
    if tables and app_id != APPLICATION_ID:
        raise DatabaseRefused(msg("db.not_fieldapp", path=path))
    if version > LATEST_VERSION:
        raise DatabaseRefused(msg("db.too_new", path=path, found=version,
                                  supported=LATEST_VERSION))


def open_connection(path: str | os.PathLike) -> sqlite3.Connection:
    """A connection to the FieldApp database at `path`, created and migrated as needed.

    Raises DatabaseRefused (with a user-facing message) for a file that is not a FieldApp
    database, is damaged, is newer than this program or cannot be written.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DatabaseRefused(msg("db.missing_dir", path=folder))
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _inspect_existing(path)
        if not os.access(path, os.W_OK):
            raise DatabaseRefused(msg("db.read_only", path=path))
    if not os.access(folder, os.W_OK):
        raise DatabaseRefused(msg("db.read_only", path=path))
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=True)
    try:
        if not exists:  # before the first write: afterwards it no longer applies
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        migrate(conn, path if exists else None)
    except sqlite3.OperationalError as error:
        conn.close()
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseRefused(msg("db.busy", detail=error)) from error
        if "readonly" in str(error):
            raise DatabaseRefused(msg("db.read_only", path=path)) from error
        raise DatabaseRefused(msg("db.not_sqlite", path=path, detail=error)) from error
    except sqlite3.DatabaseError as error:
        conn.close()
        raise DatabaseRefused(msg("db.not_sqlite", path=path, detail=error)) from error
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn
