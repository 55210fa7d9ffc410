"""Indexes built once after a large insert: dropped and created again inside the
caller's transaction, never lost, never dropped when the insert is small."""
import os
import sqlite3
import threading

import pytest

from fieldapp.store.bulk import Meanwhile, Staging, indexes_after


def _indexes(conn, table):
    return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                               " AND tbl_name = ? AND sql IS NOT NULL", (table,)))


@pytest.fixture
def conn(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE parents (id INTEGER PRIMARY KEY, uuid TEXT, code TEXT)")
    conn.execute("CREATE UNIQUE INDEX idx_parents_uuid ON parents (uuid)")
    conn.execute("CREATE UNIQUE INDEX idx_parents_code ON parents (code)")
    conn.execute("CREATE TABLE children (id INTEGER PRIMARY KEY, uuid TEXT,"
                 " parent_uuid TEXT REFERENCES parents (uuid), name TEXT)")
    conn.execute("CREATE INDEX idx_children_name ON children (name)")
    yield conn
    conn.close()


def _fill(conn, n, start=0):
    conn.executemany("INSERT INTO parents (uuid, code) VALUES (?, ?)",
                     ((f"p{i}", f"c{i}") for i in range(start, start + n)))
    conn.executemany("INSERT INTO children (uuid, parent_uuid, name) VALUES (?, ?, ?)",
                     ((f"k{i}", f"p{i}", f"n{i}") for i in range(start, start + n)))


def test_a_large_first_load_drops_the_indexes_and_builds_them_again(conn):
    before = _indexes(conn, "parents") + _indexes(conn, "children")
    conn.execute("BEGIN")
    with indexes_after(conn, {"parents": 5000, "children": 5000}):
        inside = [name for name, _ in _indexes(conn, "parents") + _indexes(conn, "children")]
        _fill(conn, 5000)  # the uuid index stays: the children's foreign key needs it
    conn.execute("COMMIT")
    assert inside == ["idx_parents_uuid"]
    assert _indexes(conn, "parents") + _indexes(conn, "children") == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT * FROM parents WHERE code = 'c7'").fetchall()
    assert "idx_parents_code" in str(plan)


def test_a_small_insert_into_a_larger_table_keeps_the_indexes(conn):
    conn.execute("BEGIN")
    _fill(conn, 3000)
    conn.execute("COMMIT")
    before = _indexes(conn, "parents")
    conn.execute("BEGIN")
    with indexes_after(conn, {"parents": 1500}):
        assert _indexes(conn, "parents") == before
        conn.executemany("INSERT INTO parents (uuid, code) VALUES (?, ?)",
                         ((f"q{i}", f"d{i}") for i in range(1500)))
    conn.execute("COMMIT")
    assert _indexes(conn, "parents") == before


def test_a_duplicate_that_got_in_fails_the_rebuild_and_the_rollback_keeps_everything(conn):
    before = _indexes(conn, "parents")
    conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError):
        with indexes_after(conn, {"parents": 2000}):
            conn.executemany("INSERT INTO parents (uuid, code) VALUES (?, ?)",
                             ((f"p{i}", "same") for i in range(2000)))
    conn.execute("ROLLBACK")
    assert _indexes(conn, "parents") == before
    assert conn.execute("SELECT count(*) FROM parents").fetchone()[0] == 0


def test_an_index_a_trigger_looks_rows_up_by_stays(conn):
    conn.execute("CREATE TABLE tally (name TEXT PRIMARY KEY, n INTEGER)")
    conn.execute("CREATE TRIGGER count_children AFTER INSERT ON children BEGIN"
                 " INSERT OR REPLACE INTO tally SELECT new.name,"
                 " (SELECT count(*) FROM children WHERE name = new.name); END")
    conn.execute("BEGIN")
    with indexes_after(conn, {"children": 2000, "parents": 2000}):
        assert [n for n, _ in _indexes(conn, "children")] == ["idx_children_name"]
        _fill(conn, 2000)
    conn.execute("COMMIT")
    assert conn.execute("SELECT n FROM tally WHERE name = 'n7'").fetchone() == (1,)


def test_meanwhile_computes_in_another_thread_and_hands_back_the_result_or_the_error():
    threads = []
    done = Meanwhile(lambda: threads.append(threading.current_thread()) or 42)
    assert done.result() == 42 and threads[0] is not threading.current_thread()
    failed = Meanwhile(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        failed.result()


def test_staging_takes_rows_from_a_thread_inside_the_callers_transaction(conn, tmp_path):
    staging = Staging(conn, tmp_path)
    path = staging.path
    assert os.path.dirname(path) == str(tmp_path)  # beside the database
    conn.execute("BEGIN")  # deferred: the staging file stays unlocked
    conn.execute("INSERT INTO parents (uuid, code) VALUES ('p0', 'c0')")
    filling = staging.fill(lambda: {"names": ((n, f"name {n}") for n in range(3)),
                                    "none": iter(())})
    filling.result()
    assert staging.tables() == {"names"}  # a table without rows is not made
    conn.execute("INSERT INTO children (uuid, parent_uuid, name)"
                 " SELECT 'k' || c0, 'p0', c1 FROM staging.names ORDER BY c0")
    conn.execute("COMMIT")
    staging.close()
    assert [r[0] for r in conn.execute("SELECT name FROM children ORDER BY id")] == [
        "name 0", "name 1", "name 2"]
    assert [r[1] for r in conn.execute("PRAGMA database_list")] == ["main"]
    assert not os.path.exists(path)


def test_staging_hands_back_what_failed_in_the_thread(conn):
    staging = Staging(conn)
    try:
        filling = staging.fill(lambda: {"names": ((1 / 0,) for _ in range(2))})
        with pytest.raises(ZeroDivisionError):
            filling.result()
    finally:
        staging.close()
