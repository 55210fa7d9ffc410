"""Peak memory of a window browsing many households."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.perf.common import BARE_WINDOW, ENV, ROOT, Table, database

# -- memory while browsing -----------------------------------------------------------------
BROWSE = """
import resource, sys, time
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from fieldapp import app as fieldapp_app
from fieldapp.store import Store
from fieldapp.ui.shared import preferences
from fieldapp.ui.window.main_window import MainWindow
from fieldapp.ui.shared.session import Session

app = QApplication(sys.argv[:1])
fieldapp_app.register_cjk_font(app)
store = Store.open(sys.argv[1])
window = MainWindow(Session(store), preferences.settings())
window.resize(1200, 800)
window.show()
app.processEvents()
page = window.households_page
table, model = page.table, page.model
rows = model.rowCount()
timings = {}
start = time.perf_counter()
for step in range(400):  # scroll the whole list in 400 jumps
    table.scrollTo(model.index(step * (rows - 1) // 399, 1))
    app.processEvents()
timings["scroll 400 jumps"] = time.perf_counter() - start
for column in range(model.columnCount()):
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        start = time.perf_counter()
        table.sortByColumn(column, order)
        app.processEvents()
        timings[f"sort column {column}"] = max(timings.get(f"sort column {column}", 0),
                                               time.perf_counter() - start)
        table.scrollTo(model.index(rows // 2, 1))
        app.processEvents()
for text in ("王", "王芳", "路", "0330", ""):
    page.search_edit.setText(text)
    page.apply_filters()
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
for name, seconds in timings.items():
    print(name, f"{seconds:.3f}")
"""


def bench_memory(table: Table, workdir: Path, size: int) -> None:
    db = database(workdir, size)
    env = {**ENV, "FIELDAPP_DATA_DIR": str(workdir / "settings")}
    browse = subprocess.run([sys.executable, "-c", BROWSE, str(db)], check=True, cwd=ROOT,
                            env=env, capture_output=True, text=True).stdout.split("\n")
    bare = subprocess.run([sys.executable, "-c", BARE_WINDOW], check=True, cwd=ROOT, env=env,
                          capture_output=True, text=True).stdout.split()
    peak, base = int(browse[0]) / 1024, int(bare[-1]) / 1024
    table.add(f"peak memory browsing {size:,}", f"{peak:.0f} MB", f"{base:.0f} MB bare window",
              f"{peak / base:.1f}x", "≤ 150 MB", peak <= 150)
    slowest = max((line.rsplit(" ", 1) for line in browse[1:] if line.strip()),
                  key=lambda pair: float(pair[1]))
    table.add(f"slowest step browsing {size:,} ({slowest[0]})", f"{float(slowest[1]):.3f} s",
              "", "", "", None)
