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
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping


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


class Staging:
    """A scratch database for rows that a thread computes while the store's connection
    works, copied into the store afterwards by one statement a table.

    A bulk insert's derived rows (the search index of 100 000 households) take a second
    of Python. Computed in a thread while SQLite runs whole statements (Meanwhile) they
    cost no time, but held as Python objects until they can be written they took 80 MB;
    written by the thread into this file (its own connection: the store's is busy) they
    take a third of that, and copying them is one statement each instead of a row-by-row
    write. The file is attached to the store's connection as SCHEMA (outside any
    transaction: SQLite allows no ATTACH inside one), detached and deleted on `close`."""

    SCHEMA = "staging"

    def __init__(self, conn: sqlite3.Connection, folder: str | os.PathLike | None = None):
        # beside the database (`folder`): it holds names and numbers for a moment, and
        # should be kept where the database is, not in a shared temporary folder
        handle, self.path = tempfile.mkstemp(prefix=".fieldapp-staging-", suffix=".sqlite3",
                                             dir=folder)
        os.close(handle)  # an empty file is an empty database
        self._conn = conn
        try:
            conn.execute(f"ATTACH DATABASE ? AS {self.SCHEMA}", (self.path,))
        except BaseException:
            os.unlink(self.path)
            raise

    def fill(self, tables: Callable[[], Mapping[str, Iterable[tuple]]]) -> Meanwhile:
        """In a thread: each table of `tables()` written to a table of the same name
        with columns c0, c1… (a table without rows is not created)."""
        return Meanwhile(lambda: self._write(tables()))

    def _write(self, tables: Mapping[str, Iterable[tuple]]) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # scratch: nothing to recover
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("BEGIN")
            for table, rows in tables.items():
                rows = iter(rows)
                first = next(rows, None)
                if first is None:
                    continue
                columns = [f"c{n}" for n in range(len(first))]
                conn.execute(f'CREATE TABLE "{table}" ({", ".join(columns)})')
                insert = (f'INSERT INTO "{table}" VALUES'
                          f' ({", ".join("?" for _ in columns)})')
                conn.execute(insert, first)
                conn.executemany(insert, rows)
            conn.execute("COMMIT")
        finally:
            conn.close()

    def tables(self) -> set[str]:
        """The tables written so far."""
        return {name for (name,) in self._conn.execute(
            f"SELECT name FROM {self.SCHEMA}.sqlite_master WHERE type = 'table'")}

    def close(self) -> None:
        try:
            self._conn.execute(f"DETACH DATABASE {self.SCHEMA}")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
