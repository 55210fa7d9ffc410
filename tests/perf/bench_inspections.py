"""Safety inspections at the door and at the desk, on the 100 000-household demo database
with inspections added until there are 20 000:

  answer   a key pressed in the fill dialog (1 合格 / 2 不合格) until the answer is stored
           (its own transaction, synchronous=FULL) and the next item is shown, median
           over a whole checklist, vs a bare one-row UPDATE committed on the same database
  hazards  the 隐患 tab opened (every hazard read, sorted care-tagged first, shown) vs a
           plain read of the hazards table's rows
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from tests.perf.common import ENV, ROOT, SMALL, Table, database

INSPECTIONS = 20_000

ADD_INSPECTIONS = """
import sys, datetime as dt
import fieldapp.demo_inspections as made
from fieldapp.demo import _rows
from fieldapp.store import Store
from fieldapp.store.clock import to_stamp
store = Store.open(sys.argv[1], operator="bench")
have = store.inspections.count()
households = [u for (u,) in store.conn.execute("SELECT uuid FROM households")]
made.HOUSEHOLD_SHARE = (int(sys.argv[2]) - have) / len(households)
made.HOUSEHOLD_MAX = len(households)
templates = {r.kind: r.template() for r in store.checklist_templates.latest()}
now = dt.datetime.now(dt.timezone.utc)
extra = made.make_inspections(households, [], templates, 99, now, "95598")
with store.transaction():
    for repo, records in ((store.inspections, extra.inspections),
                          (store.inspections.items, extra.items),
                          (store.hazards, extra.hazards)):
        repo.put_new_rows(_rows(store, records, to_stamp(now)), action="create")
print(store.inspections.count(), store.hazards.count())
"""

MEASURE = """
import os, sys, time, statistics, sqlite3
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(["bench"])
from fieldapp.domain.inspection import Inspection
from fieldapp.store import Store
from fieldapp.ui.shared.session import Session
from fieldapp.ui.inspections.fill_dialog import FillDialog
from fieldapp.ui.inspections.hazards_tab import HazardsTab
store = Store.open(sys.argv[1], operator="bench")
session = Session(store)
what = sys.argv[2]
if what == "answer":
    household = store.conn.execute("SELECT uuid FROM households LIMIT 1").fetchone()[0]
    times = []
    for _ in range(2):
        planned = store.inspections.plan(Inspection(
            template_key="household_safety", template_version=1, household_uuid=household,
            planned_on="2026-11-25", inspector="bench"))
        dialog = FillDialog(session, planned.uuid)
        dialog.resize(1200, 700)
        dialog.show()
        app.processEvents()
        for n in range(len(store.inspections.items.of(planned.uuid)) - 1):
            before = dialog.current_code()
            start = time.perf_counter()
            QTest.keyClick(dialog, "1" if n % 5 else "2")
            app.processEvents()
            times.append(time.perf_counter() - start)
            assert dialog.current_code() != before
        dialog.close()
    stored = store.conn.execute("SELECT count(*) FROM inspection_items WHERE answer > ''"
                                " AND inspection_uuid IN (SELECT uuid FROM inspections"
                                " WHERE inspector = 'bench')").fetchone()[0]
    assert stored == len(times), (stored, len(times))
    bare = sqlite3.connect(sys.argv[1], isolation_level=None)
    bare.execute("PRAGMA synchronous = FULL")
    base = []
    for n in range(len(times)):
        start = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("UPDATE inspection_items SET note = ? WHERE id = 1", (str(n),))
        bare.execute("COMMIT")
        base.append(time.perf_counter() - start)
    print(statistics.median(times), statistics.median(base))
else:
    opens, base = [], []
    for _ in range(5):
        start = time.perf_counter()
        tab = HazardsTab(session)
        tab.resize(1200, 640)
        tab.show()
        tab.refresh()
        app.processEvents()
        opens.append(time.perf_counter() - start)
        rows = tab.model.rowCount()
        tab.close()
        start = time.perf_counter()
        plain = store.conn.execute("SELECT * FROM hazards").fetchall()
        base.append(time.perf_counter() - start)
    print(statistics.median(opens), statistics.median(base), rows, len(plain))
"""


def _inspections_database(workdir: Path) -> Path:
    path = workdir / f"inspections-{SMALL}-{INSPECTIONS}.sqlite3"
    if not path.exists():
        source = database(workdir, SMALL)
        shutil.copy(source, path)
        print(f"adding inspections up to {INSPECTIONS:,} into {path} …", file=sys.stderr)
        subprocess.run([sys.executable, "-c", ADD_INSPECTIONS, str(path), str(INSPECTIONS)],
                       check=True, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL)
    return path


def _measure(path: Path, what: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(path), what], check=True,
                         cwd=ROOT, env=ENV, capture_output=True, text=True).stdout.split()
    return [float(x) for x in out]


def bench_inspections(table: Table, workdir: Path, repeats: int = 3) -> None:
    path = _inspections_database(workdir)
    work = workdir / "inspections-work.sqlite3"
    answers, bares = [], []
    for _ in range(repeats):
        shutil.copy(path, work)
        answer, bare = _measure(work, "answer")
        answers.append(answer)
        bares.append(bare)
    answer, bare = statistics.median(answers), statistics.median(bares)
    table.add("inspections: answer key → stored + next item (FULL)", f"{answer * 1000:.1f} ms",
              f"{bare * 1000:.1f} ms", f"{answer / bare:.1f}x", "≤ 30 ms", answer <= 0.030)
    opens, plains = [], []
    for _ in range(repeats):
        opened, plain, rows, _ = _measure(path, "hazards")
        opens.append(opened)
        plains.append(plain)
    opened, plain = statistics.median(opens), statistics.median(plains)
    table.add(f"inspections: hazards tab opened ({int(rows):,} hazards, "
              f"{INSPECTIONS:,} inspections, 100 000 households)", f"{opened:.3f} s",
              f"{plain:.3f} s", f"{opened / plain:.1f}x", "≤ 0.3 s", opened <= 0.3)
