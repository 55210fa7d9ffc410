"""Shared by the benchmarks: generated databases, timing, the result table."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
SMALL, LARGE = 100_000, 1_000_000


# -- helpers -----------------------------------------------------------------------------
def database(workdir: Path, households: int, code: Path = ROOT, tag: str = "") -> Path:
    """The demo database of that size, generated once by the FieldApp in `code`."""
    path = workdir / f"households-{households}{tag}.sqlite3"
    if not path.exists():
        print(f"generating {households:,} households into {path} …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "fieldapp.cli", "--db", str(path), "demo",
                        "--households", str(households), "--seed", "7"], check=True,
                       cwd=code, stdout=subprocess.DEVNULL,
                       env={**ENV, "PYTHONPATH": str(code)})
    return path


def timed_process(args: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, cwd=ROOT, env=env or ENV, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


class Table:
    def __init__(self):
        self.rows: list[tuple[str, ...]] = []

    def add(self, name: str, measured: str, baseline: str, ratio: str, target: str,
            ok: bool | None) -> None:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        self.rows.append((name, measured, baseline, ratio, target, verdict))
        print(" | ".join(self.rows[-1]), file=sys.stderr)

    def print(self) -> None:
        header = ("benchmark", "measured", "baseline", "ratio", "target", "")
        widths = [max(len(r[i]) for r in [header, *self.rows]) for i in range(6)]
        for i, row in enumerate([header, *self.rows]):
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
            if i == 0:
                print("  ".join("-" * w for w in widths))


BARE_WINDOW = """
import sys, resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
