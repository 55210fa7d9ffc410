"""The requests page's list queries and summary."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from tests.perf.common import SMALL, Table, database


# -- charger requests ----------------------------------------------------------------------
def bench_requests(table: Table, workdir: Path, repeats: int = 5) -> None:
    """The requests page's queries at 100 000 households (20 000 requests)."""
    from fieldapp.store import Store
    from fieldapp.store.charger_requests import RequestFilter

    db = database(workdir, SMALL)
    with Store.open(db) as store:
        n = store.charger_requests.count()
        account = store.conn.execute("SELECT account_no FROM households h JOIN"
                                     " charger_requests r ON r.household_uuid = h.uuid"
                                     " LIMIT 1").fetchone()[0]
        cases = {"all (first 5 000)": RequestFilter(), "open": RequestFilter(status="open"),
                 "overdue": RequestFilter(overdue=True),
                 "with deferred documents": RequestFilter(has_deferred=True),
                 "search by account number": RequestFilter(text=account)}
        base_times = []
        for _ in range(repeats):
            start = time.perf_counter()
            store.conn.execute("SELECT * FROM charger_requests LIMIT 5000").fetchall()
            base_times.append(time.perf_counter() - start)
        base = statistics.median(base_times) * 1000
        for name, query in cases.items():
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                store.charger_requests.listing(query)
                times.append(time.perf_counter() - start)
            mine = statistics.median(times) * 1000
            table.add(f"requests list {name}, {n:,} requests", f"{mine:.0f} ms",
                      f"{base:.0f} ms plain read of 5 000 rows", f"{mine / base:.1f}x",
                      "≤ 500 ms", mine <= 500)
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            store.charger_requests.summary()
            times.append(time.perf_counter() - start)
        mine = statistics.median(times) * 1000
        table.add(f"requests summary, {n:,} requests", f"{mine:.0f} ms",
                  f"{base:.0f} ms plain read of 5 000 rows", f"{mine / base:.1f}x", "≤ 500 ms",
                  mine <= 500)
