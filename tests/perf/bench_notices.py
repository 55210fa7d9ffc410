"""Notices: one receipt rendered warm, and a 1 000-notice batch vs bare reportlab drawing
the same text with the same fonts."""
from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.perf.common import ENV, ROOT, Table

HOUSEHOLDS = 5_000  # the demo gives a request per 5 households: 1 000 receipts


def _database(workdir: Path) -> Path:
    path = workdir / f"notices-{HOUSEHOLDS}.sqlite3"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "fieldapp.cli", "--db", str(path), "demo",
                        "--households", str(HOUSEHOLDS), "--seed", "7"], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL, env=ENV)
    return path


def _batch(source: Path) -> tuple[float, bytes, list[str]]:
    """Seconds to issue and print every receipt of a fresh copy of `source` as one batch,
    the PDF, and the requests' uuids."""
    from fieldapp.notices.batch import issue_batch
    from fieldapp.store import Store

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "n.sqlite3"
        shutil.copy(source, copy)
        with Store.open(copy, operator="bench") as store:
            uuids = [uuid for (uuid,) in store.conn.execute(
                "SELECT uuid FROM charger_requests WHERE status != 'cancelled' ORDER BY id")]
            start = time.perf_counter()
            batch = issue_batch(store, [("receipt", uuid) for uuid in uuids])
            return time.perf_counter() - start, batch.pdf, uuids


def _page_texts(pdf: bytes) -> list[list[str]]:
    from pypdf import PdfReader

    return [page.extract_text().splitlines() for page in PdfReader(io.BytesIO(pdf)).pages]


def _bare(pages: list[list[str]]) -> tuple[float, int]:
    """Seconds for reportlab alone to draw `pages` (lines of text) with the notices' CJK
    and Latin fonts, invariant, into one PDF; and its size."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from fieldapp.notices import document

    document.register_font()
    # the text cut into the two fonts' runs beforehand: only reportlab's work is timed
    laid_out = [[document.runs(line) for line in lines] for lines in pages]
    start = time.perf_counter()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for lines in laid_out:
        y = A4[1] - 60
        for line in lines:
            x = 50
            for font, run in line:
                canvas.setFont(font, 10)
                canvas.drawString(x, y, run)
                x += canvas.stringWidth(run, font, 10)
            y -= 14
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start, len(out.getvalue())


def _one_warm(source: Path, repeats: int) -> float:
    """Median seconds to render one issued receipt again (warm: fonts loaded)."""
    import json

    from fieldapp.notices import document
    from fieldapp.notices.issue import issue, render_snapshot
    from fieldapp.store import Store

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "n.sqlite3"
        shutil.copy(source, copy)
        with Store.open(copy, operator="bench") as store:
            uuid = store.conn.execute("SELECT uuid FROM charger_requests"
                                      " WHERE status != 'cancelled' LIMIT 1").fetchone()[0]
            snapshot = json.loads(issue(store, "receipt", uuid).notice.snapshot)
    render_snapshot(snapshot)
    times = []
    for _ in range(repeats):
        document.qr_modules.cache_clear()  # a notice seen for the first time
        start = time.perf_counter()
        render_snapshot(snapshot)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_notices(table: Table, workdir: Path, repeats: int = 3) -> None:
    source = _database(workdir)
    one = _one_warm(source, repeats=20)
    table.add("one receipt rendered, warm (median of 20)", f"{one * 1000:.0f} ms", "", "",
              "≤ 50 ms", one <= 0.05)
    mine, bare, size, bare_size, count = [], [], 0, 0, 0
    for _ in range(repeats):
        seconds, pdf, uuids = _batch(source)
        mine.append(seconds)
        size, count = len(pdf), len(uuids)
        seconds, bare_size = _bare(_page_texts(pdf))
        bare.append(seconds)
    ours, base = statistics.median(mine), statistics.median(bare)
    table.add(f"batch of {count:,} receipts, issued and printed (median of {repeats})",
              f"{ours:.2f} s", f"{base:.2f} s bare reportlab, same text and fonts",
              f"{ours / base:.2f}x", "≤ 1.5x", ours / base <= 1.5)
    table.add(f"batch of {count:,} receipts, file size", f"{size / 1e6:.1f} MB",
              f"{bare_size / 1e6:.1f} MB bare", f"{size / bare_size:.2f}x", "≤ 10 MB",
              size <= 10e6)
