import hashlib
import os
import sqlite3

import pytest

from fieldapp.domain.records import Community
from fieldapp.store import DatabaseRefused, Store, migrations
from fieldapp.store.connection import PAGE_SIZE
from fieldapp.store.migrations import APPLICATION_ID, LATEST_VERSION


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_created_at_the_latest_version(db_path):
    with Store.open(db_path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert len(store.device_id) == 8
    assert not list(db_path.parent.glob("*.bak"))


def test_a_new_database_has_large_pages_and_an_existing_one_keeps_its_own(db_path, tmp_path):
    with Store.open(db_path) as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 16_384
    older = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(older)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")  # the header written: the file exists, with its page size
    conn.close()
    with Store.open(older) as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_reopening_runs_nothing_again(db_path):
    with Store.open(db_path) as store:
        device = store.device_id
        store.communities.save(Community(name="幸福花园"))
    with Store.open(db_path) as store:
        assert store.device_id == device
        assert store.communities.count() == 1
    assert not list(db_path.parent.glob("*.bak"))


def test_a_new_migration_runs_once_after_a_backup(db_path, monkeypatch):
    with Store.open(db_path) as store:
        store.communities.save(Community(name="幸福花园"))
    calls = []

    def v2(conn):
        calls.append(1)
        conn.execute("ALTER TABLE communities ADD COLUMN extra TEXT")

    current, new = migrations.LATEST_VERSION, migrations.LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (new, v2)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", new)
    monkeypatch.setattr("fieldapp.store.connection.LATEST_VERSION", new)
    for _ in range(2):
        with Store.open(db_path) as store:
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == new
    assert calls == [1]
    backups = list(db_path.parent.glob("*.bak"))
    assert len(backups) == 1 and f".v{current}-" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == current
    assert old.execute("SELECT name FROM communities").fetchall() == [("幸福花园",)]


def test_a_version_1_database_gains_charger_requests_and_keeps_its_data(db_path,
                                                                        monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    monkeypatch.setattr("fieldapp.store.connection.LATEST_VERSION", 1)
    with Store.open(db_path) as store:
        store.conn.execute("INSERT INTO communities (uuid, name, rev) VALUES ('c1', '老小区', 1)")
    monkeypatch.undo()
    with Store.open(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert store.communities.get("c1").name == "老小区"
        assert store.communities.get("c1").permit_issuer == ""
        assert store.conn.execute("SELECT count(*) FROM charger_requests").fetchone()[0] == 0
    assert len(list(db_path.parent.glob("*.v1-*.bak"))) == 1


def test_a_failing_migration_leaves_the_database_as_it_was(db_path, monkeypatch):
    with Store.open(db_path) as store:
        store.communities.save(Community(name="幸福花园"))

    def broken(conn):
        conn.execute("ALTER TABLE communities ADD COLUMN extra TEXT")
        raise RuntimeError("step failed")

    current, new = migrations.LATEST_VERSION, migrations.LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (new, broken)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", new)
    monkeypatch.setattr("fieldapp.store.connection.LATEST_VERSION", new)
    with pytest.raises(RuntimeError):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    columns = [r[1] for r in conn.execute("PRAGMA table_info(communities)")]
    assert "extra" not in columns


def test_a_database_newer_than_the_app_is_refused_untouched(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseRefused, match="更新版本"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="不是 FieldApp 数据库"):
        Store.open(path)
    assert digest(path) == before
    assert not (tmp_path / "other.db-wal").exists()


@pytest.mark.parametrize("content", [b"hello, not a database\n" * 10,
                                     b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseRefused, match="不是数据库文件，或已损坏"):
        Store.open(path)
    assert path.read_bytes() == content


def test_a_read_only_file_is_refused(db_path, monkeypatch):
    Store.open(db_path).close()
    before = digest(db_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(db_path)
                        else real_access(p, mode))
    with pytest.raises(DatabaseRefused, match="只读"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(DatabaseRefused, match="不存在"):
        Store.open(tmp_path / "nowhere" / "x.sqlite3")
