"""The whole application's launch vs a bare window."""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

from tests.perf.common import BARE_WINDOW, ENV, SMALL, Table, database, timed_process


# -- launch ------------------------------------------------------------------------------
def bench_launch(table: Table, workdir: Path, repeats: int) -> None:
    db = database(workdir, SMALL)
    app_cmd = [sys.executable, "-m", "fieldapp.app", "--db", str(db), "--quit-after-show"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    # as installed (pip and the installer ship compiled bytecode): written once, to the
    # work folder, even where the environment says not to write it
    env = {**ENV, "FIELDAPP_DATA_DIR": str(workdir / "settings"),
           "PYTHONPYCACHEPREFIX": str(workdir / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    timed_process(app_cmd, env), timed_process(bare_cmd, env)  # warm the file cache
    app_times, bare_times = [], []
    for _ in range(repeats):
        app_times.append(timed_process(app_cmd, env))
        bare_times.append(timed_process(bare_cmd, env))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    table.add(f"launch, {SMALL:,} households (median of {repeats})", f"{app:.3f} s",
              f"{bare:.3f} s bare window", f"{app / bare:.1f}x", "≤ 0.5 s, ≤ 4x",
              app <= 0.5 and app / bare <= 4)
