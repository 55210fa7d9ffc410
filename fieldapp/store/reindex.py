"""`fieldapp-cli reindex`: the data derived from the records, made anew from them.

The search bigrams, the pinyin spellings and sort keys, and the requests list's sort keys
are written beside every save and import. `check` compares them with the records; when
they drifted (a database edited by hand, a newer pinyin library reading a character
differently) this writes them all again, in one transaction, from the records alone.
"""
from __future__ import annotations

from fieldapp.domain import pinyin
from fieldapp.store import search
from fieldapp.store.households import _SPELLING, row_search_fields
from fieldapp.store.migrations import fill_request_list_keys


def reindex(store) -> dict[str, int]:
    """Rewrite every derived row; returns how many of each were written."""
    conn = store.conn
    with store.transaction(), store.bulk_cache():
        households = conn.execute("SELECT * FROM households").fetchall()
        # a contentless FTS5 table is emptied whole by 'delete-all'
        conn.execute("INSERT INTO household_search (household_search) VALUES ('delete-all')")
        conn.executemany("INSERT INTO household_search (rowid, grams) VALUES (?, ?)",
                         ((row["id"], search.grams(row_search_fields(row)))
                          for row in households))
        conn.execute("DELETE FROM household_pinyin")
        spellings = [(spelling, row["id"]) for row in households
                     for spelling in pinyin.spellings(row["name"])]
        spellings.sort()  # in the table's order: each insert appends
        conn.executemany(f"INSERT OR IGNORE INTO household_pinyin {_SPELLING}", spellings)
        for table, person in (("households", True), ("communities", False)):
            conn.executemany(f"UPDATE {table} SET name_key = ? WHERE id = ?",
                             ((pinyin.sort_key(name, person=person), row_id) for row_id, name
                              in conn.execute(f"SELECT id, name FROM {table}").fetchall()))
        fill_request_list_keys(conn)
        requests = conn.execute("SELECT count(*) FROM request_list_keys").fetchone()[0]
    return {"households": len(households), "spellings": len(spellings),
            "requests": requests}
