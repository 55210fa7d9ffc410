"""FieldApp benchmarks: `python -m tests.perf.run` prints one table.

Not part of the pass/fail suite; the machine is shared and noisy, so every figure is a
median (or p95) over repeats, next to a baseline measured in the same run.

  launch   whole `fieldapp` process until the main window is shown (100 000 households)
           vs a bare QApplication + empty QMainWindow process
  search   first page of the households list (ids + first 200 rows) for 2-character
           names, 3+-character address fragments, account-number prefixes and
           several words one of which is common (温州 + a name), at 100 000 and
           1 000 000 households, vs a naive LIKE scan of the same fields; a query that
           misses the household it was drawn from counts as missed
  memory   peak RSS of a window browsing 1 000 000 households (scrolling end to end,
           sorting, searching) vs the bare window
  requests the requests list (first page, each sort, a page anywhere, filters) and
           summary at 20 000 and 200 000 charger requests (the 100 000 and 1 000 000
           household databases) vs a plain read of 5 000 request rows
  exchange export of the 100 000-household database vs xlsxwriter's constant_memory
           mode writing the same rows; import (dry run and real) of that workbook vs a
           bare read with python-calamine (target: real import ≤ 4x, ≤ 400 MB); peak
           memory of each; `--before REV` measures REV's import the same way
  notices  one receipt rendered warm; every receipt of a 5 000-household demo (1 000)
           issued and printed as one batch vs bare reportlab drawing the same text with
           the same fonts; the batch file's size
  demo     100 000 demo households generated and stored vs plain inserts of as many
           rows into an unindexed table
  garage   nearest meter boxes by aisle route in a generated garage (2 000 spaces, 200
           boxes, 300 aisle segments) for one space and for every space vs sorting the
           boxes by straight-line distance; the plan view of that garage opened and
           painted, and repainted after a zoom (fitted and zoomed in) vs the bare drawing
  inspections  an answer key in the fill dialog until stored (synchronous=FULL) and the
           next item shown, vs a bare one-row commit; the hazards tab opened at 100 000
           households / 20 000 inspections vs a plain read of the hazards

Databases are generated once into --workdir (default: a folder in the temp dir) and
reused. `--quick` skips the million-household database.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from tests.perf.bench_demo import bench_demo
from tests.perf.bench_exchange import bench_exchange
from tests.perf.bench_garage import bench_garage
from tests.perf.bench_inspections import bench_inspections
from tests.perf.bench_launch import bench_launch
from tests.perf.bench_memory import bench_memory
from tests.perf.bench_notices import bench_notices
from tests.perf.bench_requests import bench_requests
from tests.perf.bench_search import bench_search
from tests.perf.common import LARGE, SMALL, Table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "fieldapp-perf")
    parser.add_argument("--quick", action="store_true", help="skip 1 000 000 households")
    parser.add_argument("--before", default="", metavar="REV",
                        help="also measure the import of git revision REV (e.g. a commit"
                             " before a change), in the same run")
    parser.add_argument("--only",
                        default="launch,search,requests,exchange,memory,notices,demo,garage,"
                                "inspections",
                        help="comma-separated subset of launch,search,requests,exchange,"
                             "memory,notices,demo,garage,inspections")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    chosen = set(re.split(r"[,\s]+", args.only))
    sizes = [SMALL] if args.quick else [SMALL, LARGE]
    table = Table()
    if "launch" in chosen:
        bench_launch(table, args.workdir, repeats=5)
    if "search" in chosen:
        bench_search(table, args.workdir, sizes, repeats=20)
    if "requests" in chosen:
        bench_requests(table, args.workdir, sizes=tuple(sizes))
    if "exchange" in chosen:
        bench_exchange(table, args.workdir, before=args.before)
    if "memory" in chosen:
        bench_memory(table, args.workdir, sizes[-1])
    if "notices" in chosen:
        bench_notices(table, args.workdir)
    if "demo" in chosen:
        bench_demo(table, args.workdir, repeats=3)
    if "garage" in chosen:
        bench_garage(table, repeats=3 if args.quick else 5)
    if "inspections" in chosen:
        bench_inspections(table, args.workdir, repeats=3)
    print()
    table.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
