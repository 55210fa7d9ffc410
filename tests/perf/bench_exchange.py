"""Exchange workbooks: export and import vs bare xlsxwriter / calamine."""
from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

from tests.perf.common import ENV, ROOT, SMALL, Table, database

# -- exchange workbooks -----------------------------------------------------------------------
EXPORT = """
import resource, sys, time
from fieldapp.store import Store
from fieldapp.exchange.export import export_workbook
store = Store.open(sys.argv[1])
start = time.perf_counter()
result = export_workbook(store, sys.argv[2])
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      sum(result.rows.values()))
"""

XLSXWRITER = """
import resource, sqlite3, sys, time
import xlsxwriter
from fieldapp.exchange.schema import SHEETS
conn = sqlite3.connect(sys.argv[1])
start = time.perf_counter()
book = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
for spec in SHEETS:
    sheet = book.add_worksheet(spec.sheet)
    keys = [c.key for c in spec.all_columns]
    sheet.write_row(0, 0, [c.label for c in spec.all_columns])
    for n, row in enumerate(conn.execute(f"SELECT {', '.join(keys)} FROM {spec.table}"), 1):
        sheet.write_row(n, 0, row)
book.close()
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

IMPORT = """
import resource, sys, time
from fieldapp.store import Store
from fieldapp.exchange import importer
store = Store.open(sys.argv[1], operator="bench")
start = time.perf_counter()
plan = importer.plan_import(store, [sys.argv[2]])
assert not plan.refused, plan.refused
if sys.argv[3] == "real":
    importer.apply_plan(store, plan)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      plan.changes)
"""

BARE_READ = """
import resource, sys, time
from python_calamine import CalamineWorkbook
start = time.perf_counter()
book = CalamineWorkbook.from_path(sys.argv[1])
rows = sum(1 for name in book.sheet_names for _ in book.get_sheet_by_name(name).iter_rows())
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows)
"""


def _run(script: str, *args: str, code: Path = ROOT) -> list[float]:
    """Run `script` with the FieldApp found in `code` (this checkout, or an older one)."""
    env = {**ENV, "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, "-c", script, *args], check=True, cwd=code,
                         capture_output=True, text=True, env=env).stdout.split()
    return [float(x) for x in out]


def _checkout(workdir: Path, rev: str) -> Path:
    """A worktree of `rev` to measure the code as it was, in the same run."""
    path = workdir / f"before-{rev}"
    if not path.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(path), rev], check=True,
                       cwd=ROOT, capture_output=True)
    return path


def _import_run(workdir: Path, book: Path, mode: str, code: Path, tag: str,
                attempt: int) -> list[float]:
    """One import of `book` into an empty database: seconds, peak KB, changes."""
    target = workdir / f"import-{tag}-{mode}-{attempt}.sqlite3"
    for old in workdir.glob(f"{target.name}*"):
        old.unlink()
    result = _run(IMPORT, str(target), str(book), mode, code=code)
    for old in workdir.glob(f"{target.name}*"):
        old.unlink()
    return result


def bench_exchange(table: Table, workdir: Path, repeats: int = 3, before: str = "") -> None:
    """Export and import of the 100 000-household database (20 000 requests), each
    import against a bare read of the same workbook just before it; with `before`, the
    import of the same database by that older revision, measured the same way in the
    same run against its own workbook."""
    db = database(workdir, SMALL)
    book = workdir / "exchange.xlsx"
    mine, base = [], []
    for _ in range(repeats):
        mine.append(_run(EXPORT, str(db), str(book)))
        base.append(_run(XLSXWRITER, str(db), str(workdir / "xlsxwriter.xlsx")))
    seconds = statistics.median(m[0] for m in mine)
    peak = max(m[1] for m in mine) / 1024
    bare = statistics.median(b[0] for b in base)
    rows = int(mine[0][2])
    table.add(f"export {rows:,} rows (median of {repeats})", f"{seconds:.1f} s",
              f"{bare:.1f} s xlsxwriter constant_memory", f"{seconds / bare:.2f}x",
              "≤ 1.3x", seconds / bare <= 1.3)
    table.add("export peak memory", f"{peak:.0f} MB", "", "", "≤ 250 MB", peak <= 250)
    versions = [("now", ROOT, book)]
    if before:
        code = _checkout(workdir, before)
        old_book = workdir / f"exchange-{before}.xlsx"
        _run(EXPORT, str(database(workdir, SMALL, code, f"-{before}")), str(old_book),
             code=code)
        versions.append((before, code, old_book))
    for tag, code, workbook in versions:
        # each import right after a bare read of the same file, so that both see the
        # same machine (it is shared): the ratio is the median of these pairs
        runs: dict[str, list[tuple[list[float], float]]] = {"dry-run": [], "real": []}
        for attempt in range(repeats):
            for mode in runs:
                bare = _run(BARE_READ, str(workbook))[0]
                runs[mode].append((_import_run(workdir, workbook, mode, code, tag, attempt),
                                   bare))
        for mode, pairs in runs.items():
            seconds = statistics.median(run[0] for run, _ in pairs)
            peak = max(run[1] for run, _ in pairs) / 1024
            bare_read = statistics.median(bare for _, bare in pairs)
            ratio = statistics.median(run[0] / bare for run, bare in pairs)
            table.add(f"import {mode}, empty database, {tag} (median of {repeats})",
                      f"{seconds:.1f} s, {peak:.0f} MB",
                      f"{bare_read:.1f} s bare calamine read", f"{ratio:.1f}x",
                      "≤ 4x, ≤ 400 MB" if mode == "real" else "≤ 400 MB",
                      (ratio <= 4 or mode != "real") and peak <= 400)
