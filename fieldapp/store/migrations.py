"""Numbered schema migrations, run once each, recorded in PRAGMA user_version.

Each step runs in its own transaction. Before an existing database is migrated, a copy
of it is written beside it with SQLite's backup API (consistent even in WAL mode).
"""
from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from fieldapp.store.backup import backup_copy
from fieldapp.store.clock import utc_now

# PRAGMA application_id of every FieldApp database: "FApp".
APPLICATION_ID = 0x46417070


def _v1_initial(conn: sqlite3.Connection) -> None:
    import sqlite_utils  # imported here: only creating or upgrading a database needs it

    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.create_table("app_meta", {"key": str, "value": str}, pk="key", not_null={"value"})
    sync = {"rev": int, "created_at": str, "updated_at": str, "updated_by": str,
            "device_id": str}
    db.create_table(
        "communities",
        {"id": int, "uuid": str, "name": str, "district": str, "street": str,
         "station_area": str, "property_company": str, "property_contact": str,
         "permit_no": str, "permit_valid_until": str, "notes": str, **sync},
        pk="id", not_null={"uuid", "name", "rev"},
    )
    db["communities"].create_index(["uuid"], unique=True)
    db["communities"].create_index(["name"], unique=True)
    db.create_table(
        "households",
        {"id": int, "uuid": str, "account_no": str, "name": str, "mobile": str,
         "id_number": str, "community_uuid": str, "building": str, "unit": str,
         "room": str, "address": str, "meter_no": str, "tags": str, "notes": str, **sync},
        pk="id", not_null={"uuid", "account_no", "name", "community_uuid", "rev"},
        foreign_keys=[("community_uuid", "communities", "uuid")],
    )
    db["households"].create_index(["uuid"], unique=True)
    db["households"].create_index(["account_no"], unique=True)
    db["households"].create_index(["name"])
    db["households"].create_index(["community_uuid", "name"])
    db["households"].create_index(["mobile"])
    db["households"].create_index(["updated_at"])
    # Bigram index, contentless (the grams are derived from the row): see store/search.py.
    # Changing search.grams() needs a migration that rebuilds this index.
    conn.execute("CREATE VIRTUAL TABLE household_search USING fts5("
                 "grams, content = '', tokenize = 'unicode61 remove_diacritics 0')")
    db.create_table(
        "tombstones",
        {"uuid": str, "record_kind": str, "rev": int, "deleted_at": str, "deleted_by": str,
         "device_id": str},
        pk="uuid", not_null={"record_kind", "rev", "deleted_at"},
    )
    db.create_table(
        "audit_log",
        {"id": int, "at": str, "operator": str, "device_id": str, "record_kind": str,
         "record_uuid": str, "action": str, "rev": int, "changes": str},
        pk="id", not_null={"at", "record_kind", "record_uuid", "action", "changes"},
    )
    db["audit_log"].create_index(["record_uuid", "id"])
    device_id = uuid.uuid4().hex[:8].upper()
    conn.executemany("INSERT INTO app_meta (key, value) VALUES (?, ?)",
                     [("device_id", device_id), ("created_at", utc_now())])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v2_charger_requests(conn: sqlite3.Connection) -> None:
    """EV home-charger requests, their documents, the per-day request sequence, and the
    issuer of a community's batch certificate."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    db["communities"].add_column("permit_issuer", str)
    sync = {"rev": int, "created_at": str, "updated_at": str, "updated_by": str,
            "device_id": str}
    stages = {f"{stage}_{what}": str
              for stage in ("accepted", "surveyed", "plan_replied", "connected", "archived",
                            "on_hold", "cancelled") for what in ("at", "by")}
    db.create_table(
        "charger_requests",
        {"id": int, "uuid": str, "request_no": str, "household_uuid": str,
         "parking_space": str, "power_kw": float, "phase": int, "vehicle": str,
         "channel": str, "status": str, "status_reason": str, "resume_status": str,
         **stages, "notes": str, **sync},
        pk="id", not_null={"uuid", "request_no", "household_uuid", "status", "rev"},
        foreign_keys=[("household_uuid", "households", "uuid")],
    )
    db["charger_requests"].create_index(["uuid"], unique=True)
    db["charger_requests"].create_index(["request_no"], unique=True)
    db["charger_requests"].create_index(["household_uuid"])
    db["charger_requests"].create_index(["status", "accepted_at"])
    db["charger_requests"].create_index(["parking_space"])
    db.create_table(
        "request_documents",
        {"id": int, "uuid": str, "request_uuid": str, "kind": str, "state": str,
         "supplied_at": str, "supplied_by": str, "note": str, **sync},
        pk="id", not_null={"uuid", "request_uuid", "kind", "state", "rev"},
        foreign_keys=[("request_uuid", "charger_requests", "uuid")],
    )
    db["request_documents"].create_index(["uuid"], unique=True)
    db["request_documents"].create_index(["request_uuid", "kind"], unique=True)
    db["request_documents"].create_index(["state"])
    db.create_table("request_sequence", {"day": str, "last": int}, pk="day",
                    not_null={"last"})


def _v3_exchange(conn: sqlite3.Connection) -> None:
    """What the exchange remembers: the rev of every record last sent or received
    (edits on both sides since then are a conflict), conflicts the supervisor deferred,
    and the workbooks imported."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.create_table("exchange_seen", {"uuid": str, "rev": int}, pk="uuid", not_null={"rev"})
    db.create_table(
        "exchange_conflicts",
        {"id": int, "uuid": str, "record_kind": str, "incoming_rev": int, "incoming": str,
         "source": str, "reason": str, "detected_at": str, "resolved_at": str,
         "resolution": str},
        pk="id", not_null={"uuid", "record_kind", "incoming_rev", "incoming", "detected_at"})
    db["exchange_conflicts"].create_index(["uuid", "incoming_rev"], unique=True)
    db.create_table(
        "exchange_imports",
        {"id": int, "file": str, "device_id": str, "exported_at": str, "imported_at": str,
         "operator": str, "summary": str},
        pk="id", not_null={"file", "imported_at"})


def _v4_stage_details(conn: sqlite3.Connection) -> None:
    """What entering a stage means, on the request: who surveyed, when, a note; when and
    how the plan was given; the meter installed (the connection time is connected_at).
    Requests already past those stages keep them empty."""
    for column in ("surveyor", "surveyed_on", "survey_note", "replied_on", "reply_channel",
                   "meter_no"):
        conn.execute(f"ALTER TABLE charger_requests ADD COLUMN {column} TEXT")


def _v5_pinyin(conn: sqlite3.Connection) -> None:
    """Names found and ordered by pinyin (domain/pinyin.py): each household's spellings
    in household_pinyin, ordered for prefix ranges; households and communities sorted
    by name_key (the syllables, then the name) instead of the name's code points."""
    from fieldapp.domain import pinyin

    conn.execute("CREATE TABLE household_pinyin (spelling TEXT NOT NULL, household_id"
                 " INTEGER NOT NULL, PRIMARY KEY (spelling, household_id)) WITHOUT ROWID")
    conn.create_function("pinyin_sort_key", 2, pinyin.sort_key, deterministic=True)
    for table, person in (("households", 1), ("communities", 0)):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN name_key TEXT")
        conn.execute(f"UPDATE {table} SET name_key = pinyin_sort_key(name, {person})")
    conn.executemany("INSERT OR IGNORE INTO household_pinyin (spelling, household_id)"
                     " VALUES (?, ?)",
                     ((spelling, row_id) for row_id, name in
                      conn.execute("SELECT id, name FROM households")
                      for spelling in pinyin.spellings(name)))
    # the list's name order walks these (search_plan.Walk); the name indexes had no
    # other reader
    conn.execute("DROP INDEX IF EXISTS idx_households_name")
    conn.execute("DROP INDEX IF EXISTS idx_households_community_uuid_name")
    conn.execute("CREATE INDEX idx_households_name_key ON households (name_key)")
    conn.execute("CREATE INDEX idx_households_community_uuid_name_key"
                 " ON households (community_uuid, name_key)")


# What the requests list sorts and filters by that lives outside charger_requests (the
# household's name, name order and account number, its community, the deferred
# documents), one row per request, kept by triggers: sorting 200 000 requests by
# household walks an index instead of joining every request to its household (see
# store/request_list.py).
_DEFERRED_KINDS = ("(SELECT group_concat(kind, ';') FROM (SELECT d.kind FROM request_documents d"
                   " WHERE d.request_uuid = {uuid} AND d.state = 'deferred' ORDER BY d.kind))")
_REQUEST_KEYS = (
    "INSERT OR REPLACE INTO request_list_keys (request_id, household_name, household_key,"
    " account_no, community_uuid, community_key, deferred_kinds)"
    " SELECT {id}, h.name, h.name_key, h.account_no, h.community_uuid, c.name_key, "
    + _DEFERRED_KINDS.format(uuid="{uuid}")
    + " FROM (SELECT 1) LEFT JOIN households h ON h.uuid = {household}"
    " LEFT JOIN communities c ON c.uuid = h.community_uuid")
_KEEP_DEFERRED = (
    "UPDATE request_list_keys SET deferred_kinds = "
    + _DEFERRED_KINDS.format(uuid="{uuid}")
    + " WHERE request_id = (SELECT id FROM charger_requests WHERE uuid = {uuid})")


def request_list_keys_select() -> str:
    """A SELECT giving request_list_keys' rows as the records say they should be."""
    statement = _REQUEST_KEYS.format(id="r.id", uuid="r.uuid", household="r.household_uuid")
    return statement[statement.index(" SELECT ") + 1:].replace("FROM (SELECT 1)",
                                                              "FROM charger_requests r")


def fill_request_list_keys(conn: sqlite3.Connection) -> None:
    """request_list_keys made anew from every request (its triggers keep it afterwards;
    a bulk insert sets them aside and calls this instead: see store/bulk.py)."""
    conn.execute("DELETE FROM request_list_keys")
    conn.execute(_REQUEST_KEYS.format(id="r.id", uuid="r.uuid", household="r.household_uuid")
                 .replace("FROM (SELECT 1)", "FROM charger_requests r"))


# The sort expressions of the requests list as migration 6 indexed them, written out:
# a later change of request_list.SORTS needs a new migration (tests/test_requests_paging.py
# checks that they still agree), never an edit here.
V6_SORT_INDEXES = {
    "channel": (
        "CASE channel WHEN 'counter' THEN 0 WHEN 'dealer' THEN 1 WHEN 'village' "
        "THEN 2 WHEN 'property' THEN 3 ELSE 4 END"),
    "status": (
        "CASE status WHEN 'accepted' THEN 0 WHEN 'surveyed' THEN 1 WHEN "
        "'plan_replied' THEN 2 WHEN 'connected' THEN 3 WHEN 'archived' THEN 4 "
        "WHEN 'on_hold' THEN 5 WHEN 'cancelled' THEN 6 ELSE 7 END"),
    "stage_days": (
        "CASE WHEN status IN ('accepted', 'surveyed', 'plan_replied', "
        "'on_hold') THEN coalesce(nullif(CASE status WHEN 'accepted' THEN "
        "accepted_at WHEN 'surveyed' THEN surveyed_at WHEN 'plan_replied' THEN "
        "plan_replied_at WHEN 'connected' THEN connected_at WHEN 'archived' "
        "THEN archived_at WHEN 'on_hold' THEN on_hold_at WHEN 'cancelled' THEN "
        "cancelled_at END, ''), accepted_at) ELSE 'Z' END"),
    "connection_days": (
        "CASE WHEN connected_at > '' AND accepted_at > '' THEN "
        'julianday(connected_at) - julianday(accepted_at) END'),
}


def _v6_request_list(conn: sqlite3.Connection) -> None:
    """Sort keys of the requests list (request_list_keys, filled and kept by triggers)
    and the indexes its sorts walk."""
    conn.execute("CREATE TABLE request_list_keys (request_id INTEGER PRIMARY KEY,"
                 " household_name TEXT, household_key TEXT, account_no TEXT,"
                 " community_uuid TEXT, community_key TEXT, deferred_kinds TEXT)")
    fill_request_list_keys(conn)
    for column in ("household_key", "account_no", "community_uuid", "community_key",
                   "deferred_kinds"):
        conn.execute(f"CREATE INDEX idx_request_list_keys_{column}"
                     f" ON request_list_keys ({column})")
    # (connected_at, accepted_at): the summary's connection days, read from the index
    for columns in ("accepted_at", "power_kw, phase", "connected_at, accepted_at"):
        conn.execute(f"CREATE INDEX idx_charger_requests_{columns.replace(', ', '_')}"
                     f" ON charger_requests ({columns})")
    for sort, expression in V6_SORT_INDEXES.items():
        conn.execute(f"CREATE INDEX idx_charger_requests_sort_{sort}"
                     f" ON charger_requests ({expression})")
    household = ("UPDATE request_list_keys SET household_name = new.name,"
                 " household_key = new.name_key, account_no = new.account_no,"
                 " community_uuid = new.community_uuid, community_key ="
                 " (SELECT name_key FROM communities WHERE uuid = new.community_uuid)"
                 " WHERE request_id IN (SELECT id FROM charger_requests"
                 " WHERE household_uuid = new.uuid)")
    triggers = {
        "AFTER INSERT ON charger_requests": _REQUEST_KEYS.format(
            id="new.id", uuid="new.uuid", household="new.household_uuid"),
        "AFTER UPDATE OF household_uuid ON charger_requests"
        " WHEN old.household_uuid IS NOT new.household_uuid": _REQUEST_KEYS.format(
            id="new.id", uuid="new.uuid", household="new.household_uuid"),
        "AFTER DELETE ON charger_requests":
            "DELETE FROM request_list_keys WHERE request_id = old.id",
        "AFTER UPDATE OF name, name_key, account_no, community_uuid ON households"
        " WHEN old.name IS NOT new.name OR old.name_key IS NOT new.name_key"
        " OR old.account_no IS NOT new.account_no"
        " OR old.community_uuid IS NOT new.community_uuid": household,
        "AFTER UPDATE OF name_key ON communities WHEN old.name_key IS NOT new.name_key":
            "UPDATE request_list_keys SET community_key = new.name_key"
            " WHERE community_uuid = new.uuid",
        "AFTER INSERT ON request_documents WHEN new.state = 'deferred'":
            _KEEP_DEFERRED.format(uuid="new.request_uuid"),
        "AFTER UPDATE OF state, kind, request_uuid ON request_documents"
        " WHEN old.state = 'deferred' OR new.state = 'deferred'":
            _KEEP_DEFERRED.format(uuid="old.request_uuid") + "; "
            + _KEEP_DEFERRED.format(uuid="new.request_uuid"),
        "AFTER DELETE ON request_documents WHEN old.state = 'deferred'":
            _KEEP_DEFERRED.format(uuid="old.request_uuid"),
    }
    for n, (when, action) in enumerate(triggers.items(), 1):
        conn.execute(f"CREATE TRIGGER request_list_keys_{n} {when} BEGIN {action}; END")


def _v7_notices(conn: sqlite3.Connection) -> None:
    """The notice register (store/notices.py) and the per-day notice sequence."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    sync = {"rev": int, "created_at": str, "updated_at": str, "updated_by": str,
            "device_id": str}
    db.create_table(
        "notices",
        {"id": int, "uuid": str, "number": str, "kind": str, "record_kind": str,
         "record_uuid": str, "record_no": str, "issued_at": str, "issued_by": str,
         "language": str, "snapshot": str, "content_hash": str, "sha256": str,
         "reprints": int, "reprinted_at": str, "reprinted_by": str, **sync},
        pk="id", not_null={"uuid", "number", "kind", "record_uuid", "issued_at", "sha256",
                           "rev"})
    db["notices"].create_index(["uuid"], unique=True)
    db["notices"].create_index(["number"], unique=True)
    db["notices"].create_index(["sha256"])
    db["notices"].create_index(["kind", "record_uuid"])
    db.create_table("notice_sequence", {"day": str, "last": int}, pk="day",
                    not_null={"last"})


def _record_tables(db, tables: dict) -> None:
    """Tables of synced records (id, uuid, their columns, the sync fields), each with its
    foreign keys (not null), a unique uuid index and its other indexes. The sync fields
    are written out here, not taken from the domain: a migration stays as it was."""
    sync = {"rev": int, "created_at": str, "updated_at": str, "updated_by": str,
            "device_id": str}
    for table, (columns, foreign_keys, indexes) in tables.items():
        db.create_table(table, {"id": int, "uuid": str, **columns, **sync}, pk="id",
                        not_null={"uuid", "rev", *(key for key, _, _ in foreign_keys)},
                        foreign_keys=foreign_keys)
        db[table].create_index(["uuid"], unique=True)
        for index in indexes:
            db[table].create_index(index)


def _v8_garages(conn: sqlite3.Connection) -> None:
    """The survey on the map: garages, meter boxes, parking spaces, distance measurements,
    and the measurement a request uses with the reason for an over-limit cable."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    tables = {
        "garages": ({"community_uuid": str, "name": str, "image_hash": str,
                     "image_width": int, "image_height": int, "scale": float,
                     "aisles": str, "notes": str},
                    [("community_uuid", "communities", "uuid")],
                    [["community_uuid", "name"]]),
        "meter_boxes": ({"code": str, "community_uuid": str, "garage_uuid": str, "x": float,
                         "y": float, "free_positions": int, "notes": str},
                        [("community_uuid", "communities", "uuid"),
                         ("garage_uuid", "garages", "uuid")],
                        [["garage_uuid"], ["community_uuid", "code"]]),
        "parking_spaces": ({"garage_uuid": str, "code": str, "x": float, "y": float,
                            "ownership": str, "notes": str},
                           [("garage_uuid", "garages", "uuid")],
                           [["garage_uuid", "code"]]),
        "measurements": ({"request_uuid": str, "meter_box_uuid": str, "method": str,
                          "straight_m": float, "route_m": float, "rise_m": float,
                          "slack_m": float, "instrument_no": str, "photo_hash": str,
                          "route": str, "measured_on": str, "measured_by": str,
                          "notes": str},
                         [("request_uuid", "charger_requests", "uuid"),
                          ("meter_box_uuid", "meter_boxes", "uuid")],
                         [["request_uuid"], ["meter_box_uuid"]]),
    }
    _record_tables(db, tables)
    db["charger_requests"].add_column("measurement_uuid", str)
    db["charger_requests"].add_column("over_limit_reason", str)


def _v9_inspections(conn: sqlite3.Connection) -> None:
    """Safety inspections: the checklist templates they use, the inspections, their items
    (each answer stored as it is given) and the hazards failed items leave open."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    tables = {
        "checklist_templates": ({"key": str, "name": str, "version": int, "kind": str,
                                 "description": str, "items": str, "content_hash": str},
                                [], [["key", "version"]]),
        "inspections": ({"template_key": str, "template_version": int,
                         "household_uuid": str, "request_uuid": str, "planned_on": str,
                         "planned_window": str, "inspector": str, "contact": str,
                         "state": str, "started_at": str, "finished_at": str, "result": str,
                         "rectification_deadline": str, "customer_signature": str,
                         "inspector_signature": str, "reinspection_of": str, "notes": str},
                        [("household_uuid", "households", "uuid")],
                        [["household_uuid"], ["request_uuid"], ["planned_on"],
                         ["reinspection_of"]]),
        "inspection_items": ({"inspection_uuid": str, "code": str, "answer": str,
                              "severity": str, "note": str, "photo_hash": str,
                              "answered_at": str},
                             [("inspection_uuid", "inspections", "uuid")],
                             [["inspection_uuid", "code"]]),
        "hazards": ({"inspection_uuid": str, "item_code": str, "item_text": str,
                     "household_uuid": str, "request_uuid": str, "severity": str,
                     "deadline": str, "status": str, "closed_at": str, "closed_by": str,
                     "closed_in": str, "note": str},
                    [("inspection_uuid", "inspections", "uuid"),
                     ("household_uuid", "households", "uuid")],
                    [["household_uuid"], ["request_uuid"], ["status", "deadline"],
                     ["inspection_uuid"]]),
    }
    _record_tables(db, tables)


MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1_initial),
    (2, _v2_charger_requests),
    (3, _v3_exchange),
    (4, _v4_stage_details),
    (5, _v5_pinyin),
    (6, _v6_request_list),
    (7, _v7_notices),
    (8, _v8_garages),
    (9, _v9_inspections),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: Path | None) -> Path | None:
    """Bring the schema to LATEST_VERSION; returns the backup taken, if any."""
    current = user_version(conn)
    if current >= LATEST_VERSION:
        return None
    backup = None
    if current > 0 and path is not None:
        backup = backup_copy(conn, path, f"v{current}")
    for version, step in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return backup
