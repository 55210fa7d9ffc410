"""`fieldapp-cli check`: SQLite's own integrity check plus FieldApp's consistency rules."""
from __future__ import annotations

import sqlite3

from fieldapp.domain.messages import msg
from fieldapp.domain.validation import ValidationFailed, clean_community, clean_household

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
    for table in ("households", "communities", "charger_requests", "request_documents"):
        n = conn.execute(f"SELECT count(*) FROM {table} WHERE rev < 1").fetchone()[0]
        if n:
            problems.append(msg("check.bad_rev", table=table, n=n))
        problems += _capped([
            msg("check.tombstone_live", kind=r[1], uuid=r[0]) for r in conn.execute(
                f"SELECT t.uuid, t.record_kind FROM tombstones t JOIN {table} x"
                " ON x.uuid = t.uuid")])
    return problems
