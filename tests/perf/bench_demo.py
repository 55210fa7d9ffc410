"""Generating demo data vs plain inserts."""
from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from tests.perf.common import SMALL, Table, timed_process


# -- demo data ---------------------------------------------------------------------------
def _plain_inserts(path: Path, n: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a, b, c, d, e, f, g, h, i, j, k, l)")
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         ((f"{i:010d}", "张三", "13800000000", "110105194912310021",
                           "x" * 36, 1, "2026-01-01T00:00:00Z", "demo", "dev", "3", "2", "501")
                          for i in range(n)))
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _remove(workdir: Path, path: Path) -> None:
    """The database, its WAL files and the pictures kept beside it (garage drawings)."""
    for old in workdir.glob(f"{path.name}*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()


def bench_demo(table: Table, workdir: Path, repeats: int) -> None:
    requests = SMALL // 5
    times: dict[int, list[float]] = {0: [], requests: []}
    bases = []
    for attempt in range(repeats):
        path = workdir / f"demo-{attempt}.sqlite3"
        for n_requests, seconds in times.items():
            _remove(workdir, path)
            seconds.append(timed_process([
                sys.executable, "-m", "fieldapp.cli", "--db", str(path), "demo",
                "--households", str(SMALL), "--requests", str(n_requests)]))
        _remove(workdir, path)
        bases.append(_plain_inserts(path, SMALL))
        path.unlink()
    base = statistics.median(bases)
    mine = statistics.median(times[0])
    table.add(f"demo data, {SMALL:,} households (median of {repeats})", f"{mine:.1f} s",
              f"{base:.2f} s plain inserts", f"{mine / base:.0f}x", "≤ 10 s", mine <= 10)
    both = statistics.median(times[requests])
    table.add(f"demo data, {SMALL:,} households + {requests:,} charger requests",
              f"{both:.1f} s", f"{base:.2f} s plain inserts", f"{both / base:.0f}x", "", None)
