"""Bulk writes: indexes built once after a large insert instead of row by row.

Each row inserted into an indexed table updates every index of it at a random place
(uuids, account numbers); for an import as large as the table itself, dropping those
indexes and creating them again afterwards builds each one from sorted data in one pass
(measured: see tests/perf/bench_exchange.py). Both happen inside the caller's
transaction, so a failure leaves the indexes as they were; a UNIQUE index that cannot be
built again (a duplicate got in) raises and the whole import rolls back.
"""
from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping


def _indexes(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the table's own indexes that may be dropped: not
    those of constraints, not the unique uuid index that foreign keys refer to, and not
    one whose leading column a trigger names (the trigger may look rows up by it for
    every row inserted: without the index each lookup would read the whole table)."""
    triggers = " ".join(sql for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger'"))
    droppable = []
    for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL ORDER BY name", (table,)).fetchall():
        columns = [column for *_, column in conn.execute(f'PRAGMA index_info("{name}")')]
        if columns == ["uuid"] or (columns and columns[0] and re.search(
                rf"\b{re.escape(columns[0])}\b", triggers)):
            continue
        droppable.append((name, sql))
    return droppable


def _rows(conn: sqlite3.Connection, table: str) -> int:
    row = conn.execute(f"SELECT max(id) - min(id) + 1 FROM {table}").fetchone()
    return row[0] or 0


# Tables kept by triggers, each with what fills it anew from the records.
def _derived_tables() -> dict[str, Callable[[sqlite3.Connection], None]]:
    from fieldapp.store.migrations import fill_request_list_keys

    return {"request_list_keys": fill_request_list_keys}


def large_arrivals(conn: sqlite3.Connection, arriving: Mapping[str, int]) -> list[str]:
    """The tables indexes_after would rebuild: those receiving at least 1 000 rows and at
    least as many as they hold."""
    return [table for table, count in arriving.items()
            if count >= 1000 and count >= _rows(conn, table)]


@contextlib.contextmanager
def indexes_after(conn: sqlite3.Connection, arriving: Mapping[str, int]) -> Iterator[None]:
    """Inside a transaction: when some table is about to receive at least as many rows
    as it holds (`arriving`: table → rows), set aside the triggers that keep derived
    tables (each row would fire them) and that table's indexes; when the block ends,
    create the indexes again, fill the derived tables anew and put the triggers back.
    Smaller arrivals change nothing (rebuilding would cost more than it saves)."""
    large = large_arrivals(conn, arriving)
    if not large:
        yield
        return
    derived = _derived_tables()
    triggers = [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        if any(re.search(rf"\b{table}\b", sql) for table in derived)]
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    dropped: list[tuple[str, str]] = []
    for table in large:
        for name, sql in _indexes(conn, table):
            conn.execute(f'DROP INDEX "{name}"')
            dropped.append((name, sql))
    yield
    for _, sql in dropped:
        conn.execute(sql)
    if triggers:
        for fill in derived.values():
            fill(conn)
        for _, sql in triggers:
            conn.execute(sql)


class Meanwhile:
    """`compute()` run in a thread from now on; `result()` waits for it and returns it
    (or raises what it raised).

    For work without the database while SQLite works: SQLite lets go of Python's lock
    (the GIL) while a statement runs, so on a second core the computing costs no time.
    Only while statements that run whole inside SQLite (one step each: INSERT … SELECT,
    CREATE INDEX) are executed: a statement executed row by row takes the lock back
    after every row and would wait for the thread each time."""

    def __init__(self, compute: Callable[[], object]):
        self._compute = compute
        self._value: object = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="fieldapp-meanwhile",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._compute()
        except BaseException as error:  # noqa: BLE001 - raised again by result()
            self._error = error
        finally:
            self._compute = None

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value
