"""`fieldapp-cli reindex`: the data derived from the records, made anew from them.

The search bigrams, the pinyin spellings and sort keys, and the requests list's sort keys
are written beside every save and import. `check` compares them with the records; when
they drifted (a database edited by hand, a newer pinyin library reading a character
differently) this writes them all again, in one transaction, from the records alone,
through the same repository hooks that write them on save and import.
"""
from __future__ import annotations

from fieldapp.store.migrations import fill_request_list_keys


def reindex(store) -> dict[str, int]:
    """Rewrite every derived row; returns how many of each were written."""
    conn = store.conn
    with store.transaction(), store.bulk_cache():
        households = store.households.rewrite_derived()
        store.communities.rewrite_derived()
        fill_request_list_keys(conn)
        spellings = conn.execute("SELECT count(*) FROM household_pinyin").fetchone()[0]
        requests = conn.execute("SELECT count(*) FROM request_list_keys").fetchone()[0]
    return {"households": households, "spellings": spellings, "requests": requests}
