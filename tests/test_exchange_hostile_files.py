"""Workbooks built to hurt the reader: far-out cells, lying counts, entity declarations,
duplicate members, formulas written every way the format allows. None may abort the
process, take more than 500 MB, or end in a traceback; formulas are found where rows()
shows their values.

Files that would make python-calamine abort are read in a child process under a 1.5 GB
address-space limit, so a regression fails one test instead of killing the run."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from fieldapp import demo
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import Outcome, plan_import
from fieldapp.exchange.reader import Workbook, WorkbookRefused
from fieldapp.exchange.sheet_scan import sheet_members
from fieldapp.store import Store

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
LIMITED_READ = r"""
import json, resource, sys
limit = 1_500_000_000
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from fieldapp.exchange.reader import Workbook, WorkbookRefused
from fieldapp.exchange.sheet_scan import sheet_members
try:
    book = Workbook(sys.argv[1])
    sheet = book.sheet_names[0]
    rows = [[str(v) for v in row] for row in book.rows(sheet)]
    result = {"rows": len(rows), "first": rows[:3],
              "formulas": sorted(book.formula_cells(sheet))}
except WorkbookRefused as refused:
    result = {"refused": str(refused)}
result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result, ensure_ascii=False))
"""


def read_limited(path: Path) -> dict:
    """Read the workbook's first sheet in a child process limited to 1.5 GB."""
    done = subprocess.run([sys.executable, "-c", LIMITED_READ, str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]   # an abort is a negative code
    result = json.loads(done.stdout)
    assert result["peak_mb"] < 500, result
    return result


def small_book(path: Path) -> Path:
    """households: a header and two rows, written the way Excel does (shared strings)."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("households")
    for number, row in enumerate([["uuid", "name"], ["u1", "张三"], ["u2", "李四"]]):
        sheet.write_row(number, 0, row)
    book.close()
    return path


def rebuilt(source: Path, target: Path, changes: dict | None = None,
            extra: tuple[tuple[str, bytes], ...] = ()) -> Path:
    """A copy of `source` with some parts changed (bytes, or a function of the old
    bytes) and `extra` members added at the end."""
    changes = changes or {}
    with zipfile.ZipFile(source) as old, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            change = changes.get(info.filename)
            if change is not None:
                data = change(data) if callable(change) else change
            new.writestr(info.filename, data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about duplicate names
            for name, data in extra:
                new.writestr(name, data)
    return target


def before_sheet_end(xml: bytes):
    return lambda data: data.replace(b"</sheetData>", xml + b"</sheetData>")


def sheet_part(rows: str, root: str = f'<worksheet xmlns="{MAIN}">',
               close: str = "</worksheet>", after: str = "") -> bytes:
    """A whole sheet part: `rows` inside sheetData, `after` behind it."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{root}'
            f'<sheetData>{rows}</sheetData>{after}{close}').encode()


def text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


HEADER = f'<row r="1">{text("A1", "uuid")}{text("B1", "value")}</row>'


# -- far-out cells, lying sizes and counts ------------------------------------------------
def test_a_stray_cell_at_the_last_row_and_column_is_refused_in_bounded_memory(tmp_path):
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "stray.xlsx", {
        SHEET: before_sheet_end(b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')})
    refused = read_limited(path)["refused"]
    assert "stray.xlsx" in refused and "households" in refused
    assert "XFD1048576" in refused and "删除该格" in refused


@pytest.mark.parametrize("row", [
    "<row r='1048576'><c r='XFD1048576'><v>1</v></c></row>",         # single quotes
    '<row r="9"><c r="xfd1048576"><v>1</v></c></row>',                 # lower case
    '<row r="9"><c s="0" r="A99999999"><v>1</v></c></row>',            # past Excel's rows
    '<row r="9"><c r="XFD9"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>',  # no r=
    '<row r="1048576"><c><v>1</v></c><c t="inlineStr"><is><t></t></is></c>'
    + '<c r="XFD1048576"><v>1</v></c></row>',
], ids=["quotes", "lowercase", "rows", "no-ref", "empty-string"])
def test_far_cells_however_written_are_refused(tmp_path, row):
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "far.xlsx",
                   {SHEET: before_sheet_end(row.encode())})
    assert "远离数据区" in read_limited(path)["refused"]


def test_far_cells_in_prefixed_elements_are_refused(tmp_path):
    rows = (f'<x:row r="1">{text("A1", "uuid")}</x:row>'
            '<x:row r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>')
    part = sheet_part(rows, root=f'<x:worksheet xmlns:x="{MAIN}">', close="</x:worksheet>")
    part = part.replace(b"<sheetData>", b"<x:sheetData>").replace(b"</sheetData>",
                                                                 b"</x:sheetData>")
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "ns.xlsx", {SHEET: part})
    assert "XFD1048576" in read_limited(path)["refused"]


def test_empty_formatted_cells_far_out_and_a_lying_dimension_do_not_stop_the_reading(
        tmp_path):
    def damage(data):
        data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>',
                      data)
        return data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/>'
                                             b"</row></sheetData>")
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "dim.xlsx", {SHEET: damage})
    result = read_limited(path)
    assert result["rows"] == 3
    assert result["first"] == [["uuid", "name"], ["u1", "张三"], ["u2", "李四"]]


def test_a_shared_string_count_in_the_billions_is_refused(tmp_path):
    def claim(data):
        return re.sub(rb'count="\d+" uniqueCount="\d+"',
                      b'count="4000000000" uniqueCount="4000000000"', data)
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "sst.xlsx",
                   {"xl/sharedStrings.xml": claim})
    refused = read_limited(path)["refused"]
    assert "sst.xlsx" in refused and "4000000000" in refused


@pytest.mark.parametrize("cell", [b'<row r="%d"><c r="A%d" t="s"><v>3</v></c></row>',
                                  b"<row><c t='s'><v>3</v></c></row>"],
                         ids=["plain", "no-ref"])
def test_cells_repeating_one_long_shared_string_are_refused(tmp_path, cell):
    """200 000 cells pointing at one 32 000-character string: a 1 MB file that
    python-calamine would expand into 6 GB."""
    rows = b"".join(cell % (n, n) if b"%d" in cell else cell for n in range(4, 200_004))
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "copies.xlsx", {
        SHEET: before_sheet_end(rows),
        "xl/sharedStrings.xml": lambda d: d.replace("张三".encode(), b"x" * 32_000)})
    refused = read_limited(path)["refused"]
    assert "households" in refused and "共享文字" in refused


def test_many_cells_sharing_short_strings_read_normally(tmp_path):
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>3</v></c></row>' % (n, n)
                    for n in range(4, 20_004))
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "fine.xlsx",
                   {SHEET: before_sheet_end(rows)})
    book = Workbook(path)
    rows = list(book.rows("households"))
    assert len(rows) == 20_003 and rows[-1] == ["张三", ""]


# -- declarations, duplicates, damage -----------------------------------------------------
def test_an_entity_declaration_after_the_first_8_kb_of_a_sheet_is_refused(tmp_path):
    padding = "<!--" + "x" * 10_000 + "-->"
    part = (f'<?xml version="1.0"?>{padding}<!DOCTYPE worksheet [<!ENTITY big "{"y" * 9}">'
            f']><worksheet xmlns="{MAIN}"><sheetData>{HEADER}</sheetData></worksheet>')
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "late.xlsx",
                   {SHEET: part.encode()})
    with pytest.raises(WorkbookRefused) as refused:
        Workbook(path)
    assert "late.xlsx" in str(refused.value) and SHEET in str(refused.value)
    assert "实体" in str(refused.value)


def test_an_entity_declaration_in_a_part_that_is_no_sheet_is_refused(tmp_path):
    def late_doctype(data):
        return data.replace(b"?>", b"?>" + b" " * 9000 + b'<!DOCTYPE x [<!ENTITY a "b">]>', 1)
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "props.xlsx",
                   {"docProps/core.xml": late_doctype})
    with pytest.raises(WorkbookRefused, match="docProps/core.xml"):
        Workbook(path)


@pytest.mark.parametrize("name", [SHEET, "XL/Worksheets/Sheet1.xml"])
def test_two_members_of_one_name_are_refused(tmp_path, name):
    twin = sheet_part(HEADER + f'<row r="2">{text("A2", "other")}</row>')
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "twins.xlsx",
                   extra=((name, twin),))
    with pytest.raises(WorkbookRefused) as refused:
        Workbook(path)
    assert "twins.xlsx" in str(refused.value) and name in str(refused.value)


def test_what_calamine_or_zipfile_raise_comes_out_as_a_refusal(tmp_path):
    source = small_book(tmp_path / "a.xlsx")
    bad_index = rebuilt(source, tmp_path / "index.xlsx", {SHEET: lambda d: d.replace(
        b'<c r="B3" t="s"><v>5</v>', b'<c r="B3" t="s"><v>99</v>')})
    with pytest.raises(WorkbookRefused, match="index.xlsx"):
        list(Workbook(bad_index).rows("households"))
    broken = tmp_path / "broken.xlsx"
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5:start + 25] = b"\xff" * 20        # damage the compressed sheet
    broken.write_bytes(bytes(data))
    with pytest.raises(WorkbookRefused, match="broken.xlsx"):
        Workbook(broken)


# -- formulas, however written ------------------------------------------------------------
FORMULA_SHEETS = {
    "attributes-reversed": (
        f'{HEADER}<row r="2">{text("A2", "u1")}<c r="B2"><v>1</v></c></row>'
        f'<row r="3">{text("A3", "u2")}<c t="str" s="0" r="B3"><f>A2&amp;"x"</f>'
        '<v>u1x</v></c></row>', {(3, 1)}),
    "single-quotes": (
        f"{HEADER}<row r='2'><c r='A2' t='inlineStr'><is><t>u1</t></is></c>"
        "<c r='B2'><f>1+1</f><v>2</v></c></row>", {(2, 1)}),
    "no-r": (
        f'{HEADER}<row r="3"><c t="inlineStr"><is><t>u2</t></is></c><c><f>1+1</f><v>2</v>'
        '</c></row><row><c/><c><f>2+2</f><v>4</v></c></row>', {(3, 1), (4, 1)}),
    "shared": (
        f'{HEADER}<row r="2"><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v>'
        '</c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>4</v></c></row>'
        '<row r="4"><c r="B4"><f t="shared" si="0"/><v>6</v></c></row>',
        {(2, 1), (3, 1), (4, 1)}),
    "array": (
        f'{HEADER}<row r="2"><c r="B2"><f t="array" ref="B2:B3">A2:A3*2</f><v>2</v></c>'
        '</row><row r="3"><c r="B3"><v>4</v></c></row>', {(2, 1), (3, 1)}),
}


@pytest.mark.parametrize("name", FORMULA_SHEETS)
def test_formula_cells_are_found_however_written(tmp_path, name):
    rows, expected = FORMULA_SHEETS[name]
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / f"{name}.xlsx",
                   {SHEET: sheet_part(rows)})
    book = Workbook(path)
    values = list(book.rows("households"))
    assert book.formula_cells("households") == expected
    for row, column in expected:  # where rows() shows the formula's computed value
        assert values[row - 1][column] not in ("", None)


def test_prefixed_formulas_with_a_default_namespace_elsewhere_are_found(tmp_path):
    rows = (f'<x:row r="1">{text("A1", "uuid")}</x:row>'
            '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>u1</x:t></x:is></x:c>'
            '<x:c r="B2"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>')
    part = sheet_part(rows, root=f'<worksheet xmlns="{MAIN}" xmlns:x="{MAIN}">')
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "x.xlsx", {SHEET: part})
    book = Workbook(path)
    assert list(book.rows("households"))[1] == ["u1", 2.0]
    assert book.formula_cells("households") == {(2, 1)}


def test_formula_columns_count_from_the_first_column_rows_shows(tmp_path):
    rows = ('<row r="1"><c r="B1" t="inlineStr"><is><t>uuid</t></is></c></row>'
            '<row r="2"><c r="B2" t="inlineStr"><is><t>u1</t></is></c>'
            '<c r="C2"><f>1+1</f><v>2</v></c></row>')
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "b.xlsx",
                   {SHEET: sheet_part(rows)})
    book = Workbook(path)
    assert list(book.rows("households"))[1] == ["u1", 2.0]    # column B comes first
    assert book.formula_cells("households") == {(2, 1)}


def test_list_sources_after_the_cells_and_plain_workbooks_report_no_formulas(tmp_path):
    after = ('<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
             'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
             '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/'
             'excel/2006/main"><x14:dataValidation type="list"><x14:formula1>'
             '<xm:f>lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2</xm:sqref>'
             '</x14:dataValidation></x14:dataValidations></ext></extLst>')
    path = rebuilt(small_book(tmp_path / "a.xlsx"), tmp_path / "v.xlsx",
                   {SHEET: sheet_part(HEADER, after=after)})
    assert Workbook(path).formula_cells("households") == set()
    assert Workbook(small_book(tmp_path / "plain.xlsx")).formula_cells("households") == set()


# -- through the importer and the command line --------------------------------------------
@pytest.fixture
def export(store, tmp_path) -> Path:
    demo.generate(store, 20, seed=1)
    return export_workbook(store, tmp_path / "export.xlsx").path


@pytest.fixture
def other(tmp_path):
    with Store.open(tmp_path / "other.sqlite3", operator="sup") as opened:
        yield opened


def snapshot(store) -> str:
    digest = hashlib.sha256()
    for table in ("communities", "households", "charger_requests", "request_documents"):
        for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY uuid"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def households_member(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return sheet_members(archive)["households"]


def test_a_formula_written_unusually_rejects_its_row_and_changes_nothing(export, other,
                                                                        tmp_path):
    member = households_member(export)
    with zipfile.ZipFile(export) as archive:
        header = archive.read(member).split(b"</row>")[0]
    names = re.findall(rb'<c r="([A-Z]+)1"[^>]*><is><t>([^<]*)</t>', header)
    column = next(letters for letters, label in names if label.decode() == "姓名")

    def damage(data):  # the name in row 3 becomes a formula: attributes reversed, prefixed
        data = data.replace(b"<worksheet ", f'<worksheet xmlns:x="{MAIN}" '.encode(), 1)
        return re.sub(rb'<c r="' + column + rb'3"[^>]*>.*?</c>',
                      b'<x:c t="str" r="' + column + b'3"><x:f>"x"&amp;"y"</x:f>'
                      b"<x:v>xy</x:v></x:c>", data, count=1)
    path = rebuilt(export, tmp_path / "formula.xlsx", {member: damage})
    before = snapshot(other)
    plan = plan_import(other, [path])
    assert plan.refused == []
    rejected = [d for d in plan.by_outcome(Outcome.REJECTED)
                if d.incoming.sheet == "households"]
    assert [(d.incoming.row, d.column) for d in rejected] == [(3, "姓名")]
    assert "公式" in rejected[0].reason and "households" in rejected[0].where()
    assert snapshot(other) == before


def test_the_command_line_refuses_a_stray_cell_without_a_traceback(export, other,
                                                                  tmp_path):
    member = households_member(export)
    path = rebuilt(export, tmp_path / "stray.xlsx", {member: before_sheet_end(
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')})
    done = subprocess.run([sys.executable, "-m", "fieldapp.cli", "--db",
                           str(tmp_path / "other.sqlite3"), "import", "--dry-run",
                           str(path)],
                          capture_output=True, text=True, timeout=300)
    out = done.stdout + done.stderr
    assert done.returncode > 0 and "Traceback" not in out
    assert "XFD1048576" in out and "households" in out
