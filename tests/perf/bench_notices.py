"""Notices: one receipt rendered warm, and a 1 000-notice batch vs bare reportlab drawing
the same text with the same fonts.

The baseline reads every line of text back out of the batch PDF (pypdf: its runs, fonts,
sizes and origins) and draws just that with reportlab's canvas — a text object per line,
setFont and textOut per run, the same canvas settings — and checks that its PDF shows
the same text page by page. The batch's time covers everything else too: finding the
records, the register, laying out, rules, shading and QR codes."""
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


def _text_lines(pdf: bytes) -> list[list[tuple[float, float, list[tuple[str, float, str]]]]]:
    """Every line of text the PDF shows, page by page, as found in the file (pypdf):
    its origin and its runs as (font, size, text), the font mapped back to the notices'
    registered TrueType fonts."""
    from pypdf import PdfReader
    from reportlab.pdfbase import pdfmetrics

    from fieldapp.notices import fonts

    fonts.register_font()
    by_face = {pdfmetrics.getFont(name).face.name.decode(): name
               for name in (fonts.FONT_NAME, fonts.LATIN_FONT)}
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines: dict[tuple[float, float], list] = {}

        def visit(text, cm, tm, font, size, lines=lines):
            if not text or text == "\n" or font is None:
                return
            origin = (round(tm[4], 2), round(tm[5], 2))
            runs = lines.setdefault(origin, [])
            if not runs and text == " ":  # pypdf's own space before a new line
                return
            face = str(font["/BaseFont"]).split("+", 1)[-1]
            runs.append((by_face[face], size, text))

        page.extract_text(visitor_text=visit)
        pages.append([(x, y, runs) for (x, y), runs in lines.items() if runs])
    return pages


def _bare(pages) -> tuple[float, bytes]:
    """Seconds for reportlab alone to draw `pages` into one PDF with the same canvas
    settings as the notices (A4, invariant): each line one text object at its origin,
    each run in its font and size (setFont, textOut). No rules, shading, QR codes,
    colours, layout, database or register: only the text. And the PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from fieldapp.notices import fonts

    fonts.register_font()
    start = time.perf_counter()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=fonts.LATIN_FONT)
    for lines in pages:
        for x, y, runs in lines:
            text = canvas.beginText(x, y)
            for font, size, run in runs:
                text.setFont(font, size)
                text.textOut(run)
            canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start, out.getvalue()


def _same_text(ours: bytes, bare: bytes) -> None:
    """The bare PDF shows the same text as the batch, page by page (whitespace aside):
    the baseline is not drawing less."""
    from pypdf import PdfReader

    def texts(pdf):
        return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]

    mine, theirs = texts(ours), texts(bare)
    if mine != theirs:
        differing = next(i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b)
        raise AssertionError(f"the bare baseline draws other text (page {differing + 1})")


# a record of each kind of notice in the demo data (the first one found)
RECORDS = {
    "receipt": "SELECT uuid FROM charger_requests WHERE status != 'cancelled' LIMIT 1",
    "plan": "SELECT r.uuid FROM charger_requests r JOIN measurements m"
            " ON m.request_uuid = r.uuid WHERE r.status != 'cancelled' LIMIT 1",
    "advance": "SELECT uuid FROM inspections WHERE state != 'finished' LIMIT 1",
    "rectification": "SELECT uuid FROM inspections WHERE result = 'fail' LIMIT 1",
}


def _one_warm(source: Path, repeats: int, kind: str = "receipt") -> float | None:
    """Median seconds to render one issued notice of `kind` again (warm: fonts loaded);
    None when the demo data has no record that can have one."""
    import json

    from fieldapp.notices import fonts, layout, qr
    from fieldapp.notices.issue import issue, render_snapshot
    from fieldapp.notices.photos import photos_from
    from fieldapp.store import Store

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "n.sqlite3"
        shutil.copy(source, copy)
        with Store.open(copy, operator="bench") as store:
            found = store.conn.execute(RECORDS[kind]).fetchone()
            if found is None:
                return None
            try:
                snapshot = json.loads(issue(store, kind, found[0]).notice.snapshot)
            except ValueError:
                return None
            files = store.files
    with photos_from(files):
        render_snapshot(snapshot)
        times = []
        for _ in range(repeats):
            for cache in (qr.modules, layout.lines, fonts.measured):  # a notice seen afresh
                cache.cache_clear()
            start = time.perf_counter()
            render_snapshot(snapshot)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_notices(table: Table, workdir: Path, repeats: int = 3) -> None:
    source = _database(workdir)
    one = _one_warm(source, repeats=20)
    table.add("one receipt rendered, warm (median of 20)", f"{one * 1000:.0f} ms", "", "",
              "≤ 50 ms", one <= 0.05)
    for kind, name in (("plan", "supply-plan reply"), ("advance", "advance notice"),
                       ("rectification", "rectification notice")):
        one = _one_warm(source, repeats=20, kind=kind)
        if one is not None:
            table.add(f"one {name} rendered, warm (median of 20)", f"{one * 1000:.0f} ms",
                      "", "", "≤ 50 ms", one <= 0.05)
    mine, bare, size, bare_size, count, lines = [], [], 0, 0, 0, None
    for _ in range(repeats):
        seconds, pdf, uuids = _batch(source)
        mine.append(seconds)
        size, count = len(pdf), len(uuids)
        if lines is None:  # the same text every time (but for the issue times)
            lines = _text_lines(pdf)
            _same_text(pdf, _bare(lines)[1])
        seconds, bare_pdf = _bare(lines)
        bare.append(seconds)
        bare_size = len(bare_pdf)
    ours, base = statistics.median(mine), statistics.median(bare)
    runs = sum(len(line[2]) for page in lines for line in page)
    table.add(f"batch of {count:,} receipts, issued and printed (median of {repeats})",
              f"{ours:.2f} s", f"{base:.2f} s bare reportlab: the same {runs:,} text runs, "
              "fonts, sizes, places",
              f"{ours / base:.2f}x", "≤ 1.5x", ours / base <= 1.5)
    table.add(f"batch of {count:,} receipts, file size", f"{size / 1e6:.1f} MB",
              f"{bare_size / 1e6:.1f} MB bare", f"{size / bare_size:.2f}x", "≤ 10 MB",
              size <= 10e6)
