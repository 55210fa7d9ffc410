"""`fieldapp-cli check`: SQLite's own integrity check plus FieldApp's consistency rules."""
from __future__ import annotations

import sqlite3

from fieldapp.domain import pinyin
from fieldapp.domain.messages import msg
from fieldapp.domain.validation import ValidationFailed, clean_community, clean_household
from fieldapp.store.check_inspections import INSPECTION_TABLES, check_inspections
from fieldapp.store.check_survey import SURVEY_TABLES, check_survey
from fieldapp.store.migrations import request_list_keys_select

MAX_PER_KIND = 20


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PER_KIND:
        return problems
    return problems[:MAX_PER_KIND] + [msg("check.more", n=len(problems) - MAX_PER_KIND)]


def check(store) -> list[str]:
    """Every problem found, as user-facing sentences; an empty list means all is well."""
    conn = store.conn
    problems: list[str] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        return [msg("check.integrity", detail=error)]
    if rows != ["ok"]:
        return [msg("check.integrity", detail=r) for r in rows]
    problems += _capped([msg("check.foreign_key", table=r[0], rowid=r[1], parent=r[2])
                         for r in conn.execute("PRAGMA foreign_key_check")])
    try:
        conn.execute("INSERT INTO household_search (household_search) VALUES"
                     " ('integrity-check')")
    except sqlite3.DatabaseError as error:
        problems.append(msg("check.fts", detail=error))
    households = store.households.count()
    indexed = conn.execute("SELECT count(*) FROM household_search").fetchone()[0]
    if indexed != households:
        problems.append(msg("check.search_index", indexed=indexed, households=households))
    problems += _capped(_pinyin_problems(store))
    problems += _request_key_problems(conn)
    bad = []
    for row in conn.execute("SELECT * FROM households"):
        household = store.households.from_row(row)
        try:
            clean_household(household)
        except ValidationFailed as failed:
            bad += [msg("check.household", account_no=household.account_no,
                        name=household.name, problem=p) for p in failed.problems.values()]
    problems += _capped(bad)
    bad = []
    for community in store.communities.all():
        try:
            clean_community(community)
        except ValidationFailed as failed:
            bad += [msg("check.community", name=community.name, problem=p)
                    for p in failed.problems.values()]
    problems += _capped(bad)
    problems += _capped([
        msg("check.connected_with_deferred", no=r[0], status=r[1], n=r[2])
        for r in conn.execute(
            "SELECT r.request_no, r.status, count(*) FROM charger_requests r JOIN"
            " request_documents d ON d.request_uuid = r.uuid WHERE d.state = 'deferred'"
            " AND r.status IN ('connected', 'archived') GROUP BY r.id")])
    problems += [line for kind in (*check_survey(store), *check_inspections(store))
                 for line in _capped(kind)]
    for table in ("households", "communities", "charger_requests", "request_documents",
                  *SURVEY_TABLES, *INSPECTION_TABLES):
        n = conn.execute(f"SELECT count(*) FROM {table} WHERE rev < 1").fetchone()[0]
        if n:
            problems.append(msg("check.bad_rev", table=table, n=n))
        problems += _capped([
            msg("check.tombstone_live", kind=r[1], uuid=r[0]) for r in conn.execute(
                f"SELECT t.uuid, t.record_kind FROM tombstones t JOIN {table} x"
                " ON x.uuid = t.uuid")])
    return problems


def _pinyin_problems(store) -> list[str]:
    """Households and communities whose sort key, and households whose stored spellings,
    are not what their name gives (written by another version of the pinyin data, or
    changed behind FieldApp). The keys are made by the repositories' own `_derived`."""
    conn = store.conn
    stored: dict[int, set[str]] = {}
    for spelling, household_id in conn.execute(
            "SELECT spelling, household_id FROM household_pinyin"):
        stored.setdefault(household_id, set()).add(spelling)
    households = [msg("check.pinyin", account_no=row["account_no"], name=row["name"])
                  for row in conn.execute("SELECT id, account_no, name, name_key"
                                          " FROM households")
                  if (row["name_key"],) != store.households._derived(row)
                  or stored.pop(row["id"], set()) != set(pinyin.spellings(row["name"]))]
    return households + [msg("check.community_pinyin", name=row["name"]) for row in
                         conn.execute("SELECT name, name_key FROM communities")
                         if (row["name_key"],) != store.communities._derived(row)]


def _request_key_problems(conn: sqlite3.Connection) -> list[str]:
    """Rows of request_list_keys (kept by triggers) that differ from the records."""
    wrong = conn.execute(
        "WITH expected (request_id, household_name, household_key, account_no,"
        f" community_uuid, community_key, deferred_kinds) AS ({request_list_keys_select()}),"
        " differing AS (SELECT * FROM expected EXCEPT SELECT * FROM request_list_keys"
        " UNION ALL SELECT * FROM (SELECT * FROM request_list_keys EXCEPT"
        " SELECT * FROM expected))"
        " SELECT count(DISTINCT request_id) FROM differing").fetchone()[0]
    return [msg("check.request_keys", n=wrong)] if wrong else []
