"""The import's fast paths give exactly what the plain paths give, and keep their guards:
cells converted a block and a column at a time, sheets loaded ahead in a thread, the
bigram index filled in a larger buffer, references rechecked only where a parent fell,
the cycle collector paused only while importing."""
import dataclasses
import gc
import math
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import xlsxwriter

from fieldapp import demo
from fieldapp.exchange import importer, sheet_rows
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.exchange.reader import Workbook, WorkbookRefused
from fieldapp.exchange.schema import HOUSEHOLDS, SHEETS, TOMBSTONE_COLUMNS, ValueType
from fieldapp.exchange.values import CellRefused, cell_limit, converter
from fieldapp.store import Store, search

from .conftest import VALID_ID
from .test_exchange_hostile_files import before_sheet_end, rebuilt

STAMP = "2026-11-23T08:00:00.000Z"


def samples(column) -> list:
    """Cells a spreadsheet program may leave in a column: plain ones and every kind of
    trouble the converters know."""
    limit = cell_limit(column)
    return ["", " ", "张三", " 张三 ", "a\tb", "a\nb", "a_x0007_b", "_xD83D_", "e5", "1E5",
            "0301", "１２３", "12X", "12x", "X", "301", "3.30106E+17", VALID_ID, "7", "7.5",
            STAMP, "2026-02-30T08:00:00.000Z", "2028-02-29T08:00:00.000Z",
            "2026-11-31T08:00:00.000Z", "2027-06-30 00:00:00", "2027-06-30", "x" * limit,
            "x" * (limit + 1), 301.0, 7.0, 7.5, -1.0, 1e30, 0.0, math.nan, math.inf, 12, True,
            "已提供", "provided", "elderly", "独居老人；困难户"]


def stored(convert, cells) -> list:
    """What converting each cell alone gives: (type, value), or the refusal."""
    result = []
    for cell in cells:
        try:
            value = convert(cell)
        except CellRefused as refused:
            result.append(("refused", str(refused)))
        else:
            result.append((type(value), value))
    return result


def every_column():
    for spec in SHEETS:
        for column in spec.all_columns:
            yield spec, column
    for column in TOMBSTONE_COLUMNS:
        yield None, column


@pytest.mark.parametrize("spec,column", list(every_column()),
                         ids=[f"{s.sheet if s else 'tombstones'}.{c.key}"
                              for s, c in every_column()])
def test_a_block_of_cells_converts_as_each_cell_alone_or_not_at_all(spec, column):
    [sheet_column] = sheet_rows.sheet_columns((column,), {column.key: 0}, spec)
    alone = sheet_column.convert
    for cell in samples(column):
        for block in ([cell], [cell] * 9, [cell, *([STAMP] * 8)]):
            expected = stored(alone, block)
            got = sheet_column.convert_block(block)
            if any(kind == "refused" for kind, _ in expected):
                assert got is None, (column.key, block)
            elif got is not None:
                assert [(type(value), value) for value in got] == expected, (column.key, block)


def test_common_cells_take_the_block_path():
    """The fast path is taken for what an export holds (else it would only be slow)."""
    columns = {c.key: c for c in HOUSEHOLDS.all_columns}
    cases = {"name": ["张三", "李四"], "account_no": ["0343423564", "1"], "rev": [1.0, 2.0],
             "updated_at": [STAMP, "2026-11-30T08:00:00.000Z"], "id_number": [VALID_ID, ""],
             "notes": ["", "楼下"]}
    for key, cells in cases.items():
        [sheet_column] = sheet_rows.sheet_columns((columns[key],), {key: 0}, HOUSEHOLDS)
        block = sheet_column.convert_block(cells)
        assert block is not None, key
        assert block == list(map(sheet_column.convert, cells))
    assert converter(columns["rev"])(2.0) == 2


def household_cells(uuid: str, **changes) -> list:
    values = {"uuid": uuid, "rev": 1.0, "created_at": STAMP, "updated_at": STAMP,
              "updated_by": "am01", "device_id": "d1", "account_no": "0343423564",
              "name": "张三", "mobile": "13800138000", "id_number": VALID_ID,
              "community_uuid": "c1", "building": "1", "unit": "2", "room": "0301",
              "address": "江滨路 1 幢", "meter_no": "3330000000000", "tags": "elderly",
              "notes": ""}
    values.update(changes)
    return [values[c.key] for c in HOUSEHOLDS.all_columns]


def test_rows_in_blocks_give_what_rows_one_by_one_give(monkeypatch):
    monkeypatch.setattr(sheet_rows, "BLOCK", 4)
    columns = HOUSEHOLDS.all_columns
    positions = {c.key: n for n, c in enumerate(columns)}
    rows = [household_cells(f"u{n}") for n in range(13)]
    rows[1] = household_cells("u1", mobile=13800138000.0, account_no=343423564.0)
    rows[2] = household_cells("u2", rev="one")                # refused cell
    rows[5] = household_cells("u5", name="", notes="a\x07b")   # refused twice: first named
    rows[6] = [""] * len(columns)                             # blank row
    rows[9] = household_cells("u9")[:4]                       # short row
    rows[11] = household_cells("u11", tags="独居老人、困难户")
    formulas = {(9 + 2, positions["rev"]), (4 + 2, positions["name"]),
                (3 + 2, positions["address"])}
    sheet_columns = sheet_rows.sheet_columns(columns, positions, HOUSEHOLDS)
    got = list(sheet_rows.converted_rows(iter(rows), sheet_columns, 0, formulas))
    expected = []
    for number, cells in enumerate(rows, start=2):
        if cells[0] == "":
            continue
        data, problem = sheet_rows.convert_row(sheet_columns, cells, number, formulas)
        numeric = tuple(key for key in ("account_no", "building", "unit", "room", "meter_no")
                        if positions[key] < len(cells)
                        and type(cells[positions[key]]) in (int, float))
        expected.append((number, data, problem, numeric))
    assert got == expected
    problems = {number: problem for number, _, problem, _ in got if problem}
    assert problems[4][0] == "版本"
    assert problems[7][0] == "姓名"                 # the first of two refused cells
    assert "公式" in problems[6][1] and problems[6][0] == "姓名"
    assert problems[11][0] == "版本"                # a short row with a formula
    assert problems[5][0] == "地址"                 # a formula in a block taken whole
    assert got[1][3] == ("account_no",) and got[1][1][positions["mobile"]] == "13800138000"
    assert [number for number, *_ in got] == [n for n in range(2, 15) if n != 8]


# -- sheets loaded ahead ------------------------------------------------------------------
def two_sheet_book(path: Path, second_rows: int = 5) -> Path:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    for name, rows in (("first", 300), ("second", second_rows)):
        sheet = book.add_worksheet(name)
        for number in range(rows):
            sheet.write_row(number, 0, [f"{name}-{number}", number, "张三"])
    book.close()
    return path


def loader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "fieldapp-sheet-loader"]


def test_sheets_read_ahead_are_the_sheets_read_in_place_and_the_thread_ends(tmp_path):
    path = two_sheet_book(tmp_path / "two.xlsx")
    plain = Workbook(path)
    expected = {name: list(plain.rows(name)) for name in ("first", "second")}
    with Workbook(path, read_ahead=["second", "first"]) as ahead:
        assert ahead.sheet_names == ["first", "second"]
        assert list(ahead.rows("second")) == expected["second"]
        assert list(ahead.rows("first")) == expected["first"]   # passed: loaded in place
        assert list(ahead.rows("second")) == expected["second"]
    for thread in loader_threads():
        thread.join(timeout=10)
    assert loader_threads() == []
    assert len(expected["first"]) == 300 and expected["second"][4][0] == "second-4"


def test_a_sheet_is_ready_once_loaded_ahead_and_one_not_loaded_ahead_never_waits(tmp_path):
    path = two_sheet_book(tmp_path / "two.xlsx")
    with Workbook(path, read_ahead=["first"]) as ahead:
        for _ in range(1000):  # the thread loads "first" soon after the file opens
            if ahead.ready("first"):
                break
            threading.Event().wait(0.01)
        assert ahead.ready("first")
        assert ahead.ready("second")  # not loaded ahead: read in place, nothing to wait for
        assert list(ahead.rows("first"))[0]
        assert ahead.ready("first")  # being read


READ_AHEAD_LIMITED = r"""
import resource, sys, threading
limit = 1_500_000_000
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from fieldapp.exchange.reader import Workbook, WorkbookRefused
try:
    with Workbook(sys.argv[1], read_ahead=["first", "second"]) as book:
        print("read", len(list(book.rows("second"))))
except WorkbookRefused as refused:
    print(refused)
for thread in threading.enumerate():  # a load under way would end in an abort
    if thread.name == "fieldapp-sheet-loader":
        thread.join(timeout=60)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def test_a_sheet_loaded_ahead_is_loaded_only_once_its_part_passed(tmp_path):
    """A stray cell at XFD1048576 would make calamine ask for 512 GB and abort: the
    thread loading ahead never hands it a sheet the scan has not let through (the sheet
    is long enough for the thread to be ready long before the scan reaches the cell)."""
    source = two_sheet_book(tmp_path / "two.xlsx", second_rows=60_000)
    path = rebuilt(source, tmp_path / "stray.xlsx", {"xl/worksheets/sheet2.xml": before_sheet_end(
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')})
    done = subprocess.run([sys.executable, "-c", READ_AHEAD_LIMITED, str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    refusal, peak = done.stdout.strip().splitlines()
    assert "stray.xlsx" in refusal and "second" in refusal and "XFD1048576" in refusal
    assert int(peak) < 500


# -- through the importer -------------------------------------------------------------------
@pytest.fixture
def laptop(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as store:
        demo.generate(store, 40, seed=3)
        yield store


def fts_rows(store, terms: list[str]) -> list:
    return [sorted(r[0] for r in store.conn.execute(
        "SELECT rowid FROM household_search WHERE household_search MATCH ?",
        (search._phrase(term) if len(term) > 1 else term,))) for term in terms]


def test_a_bulk_filled_index_finds_the_same_and_leaves_no_option_behind(laptop, tmp_path,
                                                                      monkeypatch):
    book = export_workbook(laptop, tmp_path / "a.xlsx").path
    found = {}
    for bulk_from in (1, 10**9):
        monkeypatch.setattr(search, "BULK_ROWS", bulk_from)
        with Store.open(tmp_path / f"into-{bulk_from}.sqlite3", operator="sup") as store:
            apply_plan(store, plan_import(store, [book]))
            names = [r[0] for r in store.conn.execute("SELECT name FROM households")]
            terms = [*names[:10], *(a[-4:] for a, in store.conn.execute(
                "SELECT account_no FROM households LIMIT 5"))]
            found[bulk_from] = (fts_rows(store, terms), [tuple(row) for row in store.conn.execute(
                "SELECT k, v FROM household_search_config ORDER BY k")],
                [row.name for row in store.households.search(names[0])])
    assert found[1] == found[10**9]
    matches, config, listed = found[1]
    assert config == [("version", 4)] and all(matches) and listed


def test_a_household_dropped_late_takes_its_requests_and_their_documents(laptop,
                                                                          supervisor, tmp_path):
    """The account number is taken here: the household falls after the first reference
    pass, and the recheck drops its requests and, through them, their documents."""
    request = laptop.conn.execute(
        "SELECT r.uuid, h.uuid, h.account_no FROM charger_requests r JOIN households h"
        " ON h.uuid = r.household_uuid JOIN request_documents d ON d.request_uuid = r.uuid"
        " LIMIT 1").fetchone()
    request_uuid, household_uuid, account_no = request
    book = export_workbook(laptop, tmp_path / "a.xlsx").path
    community = laptop.communities.get(laptop.households.get(household_uuid).community_uuid)
    supervisor.communities.put(community)
    mine = laptop.households.get(household_uuid)
    supervisor.households.put(dataclasses.replace(mine, uuid="local-one", rev=1))
    plan = plan_import(supervisor, [book])
    rejected = {d.incoming.uuid: d for d in plan.by_outcome(Outcome.REJECTED)}
    assert "已被另一条记录" in rejected[household_uuid].reason
    assert account_no in rejected[household_uuid].reason
    assert "住户被拒绝" in rejected[request_uuid].reason
    documents = [uuid for uuid, in laptop.conn.execute(
        "SELECT uuid FROM request_documents WHERE request_uuid = ?", (request_uuid,))]
    assert documents and all("报装被拒绝" in rejected[d].reason for d in documents)
    others = [d.outcome for d in plan.decisions if d.incoming.uuid not in rejected]
    assert Outcome.NEW in others and set(others) <= {Outcome.NEW, Outcome.UNCHANGED}


def test_the_cycle_collector_runs_again_after_an_import(laptop, supervisor, tmp_path):
    book = export_workbook(laptop, tmp_path / "a.xlsx").path
    assert gc.isenabled()
    plan = plan_import(supervisor, [book])
    assert gc.isenabled()
    apply_plan(supervisor, plan)
    assert gc.isenabled()
    refused = plan_import(supervisor, [tmp_path / "missing.xlsx"])
    with pytest.raises(WorkbookRefused):
        apply_plan(supervisor, refused)
    assert gc.isenabled()
    gc.disable()
    try:
        plan_import(supervisor, [book])
        assert not gc.isenabled()   # left as the caller had it
    finally:
        gc.enable()
    assert plan.changes == sum(
        supervisor.conn.execute(f"SELECT count(*) FROM {s.table}").fetchone()[0]
        for s in SHEETS)


def test_text_limits_of_a_column_hold_in_the_block_path():
    long_text = next(c for spec in SHEETS for c in spec.all_columns
                     if c.max_length and c.max_length > 2000 and c.type == ValueType.TEXT)
    [sheet_column] = sheet_rows.sheet_columns((long_text,), {long_text.key: 0}, None)
    cells = ["x" * 5000, "y"]
    assert sheet_column.convert_block(cells) in (None, cells)
    assert stored(sheet_column.convert, cells) == [(str, "x" * 5000), (str, "y")]
    over = ["x" * (long_text.max_length + 1)]
    assert sheet_column.convert_block(over) is None


def test_rows_checked_while_a_sheet_loads_are_decided_as_if_checked_at_the_end(
        laptop, tmp_path, monkeypatch):
    """Rows are checked a step at a time while the reader waits for the next sheet; the
    plan is the same whether that happens between every sheet or never."""
    with laptop.transaction():  # two rows that break the rules
        laptop.conn.execute("UPDATE households SET mobile = '12345' WHERE id = 1")
        laptop.conn.execute("UPDATE households SET name = '' WHERE id = 2")
    book = export_workbook(laptop, tmp_path / "a.xlsx").path
    plans, waits = {}, []
    for loaded in (False, True):
        calls = iter([False, False])  # with `loaded` False: each sheet waits twice

        def ready(self, name, loaded=loaded, calls=calls):
            return loaded or next(calls, True)

        monkeypatch.setattr(Workbook, "ready", ready)
        monkeypatch.setattr("fieldapp.exchange.importer._RowRules.STEP", 7)
        original = importer._RowRules.step

        def step(self, original=original):
            waits.append(getattr(self, "finishing", False))
            return original(self)

        def finish(self, original=importer._RowRules.finish):
            self.finishing = True
            original(self)

        monkeypatch.setattr(importer._RowRules, "step", step)
        monkeypatch.setattr(importer._RowRules, "finish", finish)
        with Store.open(tmp_path / f"into-{loaded}.sqlite3", operator="sup") as store:
            plan = plan_import(store, [book])
        plans[loaded] = [(d.outcome, d.incoming.uuid, d.reason, d.column)
                         for d in plan.decisions]
        # with the sheets loaded at once, nothing was checked before the reading ended
        assert (False in waits) is (not loaded)
        waits.clear()
    assert plans[False] == plans[True]
    rejected = [d for d in plans[True] if d[0] is Outcome.REJECTED]
    assert len(rejected) >= 2 and {"手机", "姓名"} <= {d[3] for d in rejected}


def test_records_made_by_position_are_the_records_made_by_name(laptop):
    """An import builds its records from a row's list by position (the fast way); they
    equal what the store builds by field name, tags and missing values included."""
    for repo, table in ((laptop.households, "households"),
                        (laptop.charger_requests, "charger_requests"),
                        (laptop.charger_requests.documents, "request_documents")):
        rows = laptop.conn.execute(f"SELECT * FROM {table} ORDER BY id LIMIT 30").fetchall()
        keys = list(reversed(rows[0].keys()))  # a sheet's own column order
        make = repo.maker(keys)
        for row in rows:
            values = [row[key] for key in keys]
            assert make(values) == repo.from_row(row)
        blank = list(values)
        blank[keys.index("notes" if "notes" in keys else "state")] = None  # as openpyxl
        assert make(blank) == repo.from_values({
            key: ("" if value is None else value) for key, value in zip(keys, blank)
            if key in {f.name for f in dataclasses.fields(repo.record_type)}})
    tagged = laptop.conn.execute("SELECT * FROM households WHERE tags != '' LIMIT 1"
                                 ).fetchone()
    made = laptop.households.maker(tagged.keys())([tagged[k] for k in tagged.keys()])
    assert made.tags and made.tags == laptop.households.from_row(tagged).tags
    # a field missing before others: still right, by name
    keys = [k for k in tagged.keys() if k != "account_no"]
    made = laptop.households.maker(keys)([tagged[k] for k in keys])
    assert made.account_no == "" and made.name == tagged["name"]
