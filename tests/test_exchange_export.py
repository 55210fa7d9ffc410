"""Exchange workbook export: declarations match the records, cells keep their types."""
import dataclasses

import openpyxl
import pytest

from fieldapp import demo
from fieldapp.domain.records import content_fields
from fieldapp.exchange import schema
from fieldapp.exchange.export import ExportCancelled, export_workbook, last_export
from fieldapp.store.repository import RecordRepository

from .conftest import make_household


def test_every_record_kind_is_declared_with_every_field(store):
    from fieldapp.exchange.importer import _repositories

    repos = _repositories(store)
    stored = {name for name, value in vars(store).items() if isinstance(value,
                                                                       RecordRepository)}
    stored |= {"charger_requests.documents", "inspections.items"}
    assert {spec.repository for spec in schema.SHEETS} == stored
    assert all(repos[spec.kind].kind == spec.kind for spec in schema.SHEETS)
    for spec in schema.SHEETS:
        repo = repos[spec.kind]
        fields = set(content_fields(repo.record_type)) - {c.attribute for c in spec.children}
        assert {c.key for c in spec.columns} == fields, spec.sheet
        table = {r[1] for r in store.conn.execute(f"PRAGMA table_info({spec.table})")}
        assert {c.key for c in spec.all_columns} <= table, spec.sheet
        assert len({c.label for c in spec.all_columns}) == len(spec.all_columns)


def test_references_point_to_sheets_exported_before_them():
    order = [spec.sheet for spec in schema.SHEETS]
    for position, spec in enumerate(schema.SHEETS):
        for column, target in spec.references.items():
            assert spec.column(column)
            assert target in order[:position], (spec.sheet, column)


def cells(path, sheet):
    workbook = openpyxl.load_workbook(path)
    return workbook[sheet]


def test_a_full_export_holds_every_row_with_text_kept_as_text(store, community, tmp_path):
    store.households.save(make_household(community, account_no="0012345678",
                                         notes="=HYPERLINK(\"http://x\")", id_number=""))
    community = store.communities.get(community.uuid)
    store.communities.save(dataclasses.replace(community, permit_no="WZ-1",
                                               permit_valid_until="2027-06-30"))
    result = export_workbook(store, tmp_path / "out.xlsx")
    assert result.rows == {**{spec.sheet: 0 for spec in schema.SHEETS}, "tombstones": 0,
                           "communities": 1, "households": 1}
    sheet = cells(result.path, "households")
    headers = [c.value for c in sheet[1]]
    assert headers[:2] == ["记录编号", "版本"] and "户号" in headers
    row = {h: c for h, c in zip(headers, sheet[2])}
    assert row["户号"].value == "0012345678" and row["户号"].data_type == "s"
    assert row["户号"].number_format == "@"
    assert row["手机"].value == "13812345678" and row["手机"].data_type == "s"
    assert row["备注"].value == "=HYPERLINK(\"http://x\")" and row["备注"].data_type == "s"
    assert row["版本"].value == 1
    assert sheet.freeze_panes == "A2"
    permit = cells(result.path, "communities")["O2"]
    assert permit.is_date and permit.value.date().isoformat() == "2027-06-30"
    meta = dict((k.value, v.value) for k, v in cells(result.path, "_meta").iter_rows(min_row=2))
    assert meta["format"] == "fieldapp-exchange" and meta["format_version"] == "4"
    assert meta["device_id"] == store.device_id and meta["rows:households"] == "1"


def test_an_incremental_export_holds_changes_and_deletes_since_the_last(store, community,
                                                                        tmp_path):
    kept = store.households.save(make_household(community))
    gone = store.households.save(make_household(community, account_no="0330000002",
                                                id_number=""))
    first = export_workbook(store, tmp_path)
    assert first.path.name.startswith(f"fieldapp-{store.device_id}-")
    assert last_export(store) == first.exported_at
    store.households.save(dataclasses.replace(kept, name="张三丰"))
    store.households.delete(gone.uuid, gone.rev)
    second = export_workbook(store, tmp_path / "since.xlsx", since=last_export(store))
    assert second.rows["households"] == 1 and second.rows["communities"] == 0
    assert second.rows["tombstones"] == 1
    tomb = [c.value for c in cells(second.path, "tombstones")[2]]
    assert tomb[:3] == [gone.uuid, "household", 2]
    names = [c.value for c in cells(second.path, "households")["H"]]
    assert names == ["姓名", "张三丰"]


def test_an_export_reads_only_once_its_stamp_is_past_so_no_later_change_is_missed(
        store, community, tmp_path, monkeypatch):
    """A change made in the same millisecond as the export's stamp, after the export
    read the database, would be neither in this export nor in the next (changes after
    the stamp): the export waits for the clock to move on before reading."""
    clock = iter(["2026-11-25T02:00:00.000Z"] * 4 + ["2026-11-25T02:00:00.001Z"] * 99)
    asked = []
    monkeypatch.setattr("fieldapp.exchange.export.utc_now",
                        lambda: asked.append(1) or next(clock))
    monkeypatch.setattr("fieldapp.exchange.export.time.sleep", lambda _: None)
    result = export_workbook(store, tmp_path / "a.xlsx")
    assert result.exported_at == "2026-11-25T02:00:00.000Z"
    assert len(asked) >= 5  # asked again until the millisecond was over


def test_a_cancelled_export_leaves_no_file(store, tmp_path):
    demo.generate(store, 5000, seed=1, requests=0)
    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        export_workbook(store, target, cancelled=lambda: True)
    assert list(tmp_path.glob("cancelled*")) == []
    assert last_export(store) == ""


def test_an_export_to_a_missing_folder_is_refused_with_the_folder_named(store, community,
                                                                        tmp_path):
    from fieldapp.exchange.export import ExportRefused

    target = tmp_path / "gone" / "out.xlsx"
    with pytest.raises(ExportRefused, match="gone"):
        export_workbook(store, target)
    assert not (tmp_path / "gone").exists() and last_export(store) == ""
