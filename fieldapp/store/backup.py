"""Copies of the database file taken before work that changes much of it (a migration,
an import): `<db>.<label>-<UTC time>.bak` beside it, written with SQLite's backup API so
the copy is consistent even in WAL mode."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from fieldapp.store.clock import utc_now


def backup_copy(conn: sqlite3.Connection, path: Path, label: str) -> Path:
    stamp = utc_now().replace(":", "").replace("-", "")[:15]
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target
