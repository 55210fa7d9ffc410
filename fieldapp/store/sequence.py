"""Daily counters: request numbers and notice numbers count from 1 each local day."""
from __future__ import annotations

import datetime as dt


def take_next(store, table: str, day: dt.date) -> int:
    """Take the next number of `day` from a counter table (day, last), in a transaction
    (inside the caller's when there is one, so a refused write gives the number back)."""
    with store.transaction():
        store.conn.execute(f"INSERT INTO {table} (day, last) VALUES (?, 1) ON CONFLICT(day)"
                           " DO UPDATE SET last = last + 1", (day.isoformat(),))
        return store.conn.execute(f"SELECT last FROM {table} WHERE day = ?",
                                  (day.isoformat(),)).fetchone()[0]
