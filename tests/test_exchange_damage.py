"""Property-style: random databases exported, damaged the way spreadsheet programs and
people damage workbooks, and imported again. Every record must come back exactly or be
rejected with a message naming its place — never changed silently."""
from __future__ import annotations

import datetime as dt
import random

import openpyxl
import pytest

from fieldapp import demo
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.exchange.schema import SHEETS, ValueType
from fieldapp.store import Store

TABLES = [spec.table for spec in SHEETS]


def _digits_to_number(value):
    """What a spreadsheet does to an identifier typed into a General cell."""
    if isinstance(value, str) and value.isdigit() and len(value) < 15:
        return int(value)
    return value


def _date_as_text(value, rng: random.Random):
    if isinstance(value, dt.datetime):
        return value.strftime(rng.choice(["%Y-%m-%d", "%Y/%m/%d", "%Y-%m-%d %H:%M:%S",
                                          "%Y年%m月%d日"]))
    return value


def _number_as_text(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def damage(source, target, rng: random.Random) -> list[str]:
    """Apply random damage to every data sheet; returns what was done (for the message
    of a failing run)."""
    workbook = openpyxl.load_workbook(source)
    done = []
    for spec in SHEETS:
        sheet = workbook[spec.sheet]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        if len(rows) < 2:
            continue
        header = rows[0]
        types = {c.label: c.type for c in spec.all_columns}
        for index, label in enumerate(header):
            kind = types.get(label)
            action = rng.choice(["none", "zeros", "dates", "numbers"])
            if action == "zeros" and kind == ValueType.IDENTIFIER:
                change = _digits_to_number
            elif action == "dates" and kind == ValueType.DATE:
                def change(value):
                    return _date_as_text(value, rng)
            elif action == "numbers" and kind in (ValueType.INTEGER, ValueType.DECIMAL):
                change = _number_as_text
            else:
                continue
            done.append(f"{spec.sheet}/{label}: {action}")
            for row in rows[1:]:
                row[index] = change(row[index])
        order = list(range(len(header)))
        if rng.random() < 0.5:
            rng.shuffle(order)
            done.append(f"{spec.sheet}: columns reordered")
        if rng.random() < 0.3:
            rows.insert(rng.randrange(1, len(rows) + 1), [None] * len(header))
            done.append(f"{spec.sheet}: a blank row inserted")
        sheet.delete_rows(1, sheet.max_row)
        for number, row in enumerate(rows, start=1):
            for column, index in enumerate(order, start=1):
                sheet.cell(number, column).value = row[index]
    workbook.save(target)
    return done


def table_rows(store, table: str) -> dict[str, tuple]:
    rows = store.conn.execute(f"SELECT * FROM {table}").fetchall()
    return {r["uuid"]: tuple(r[k] for k in r.keys() if k != "id") for r in rows}


@pytest.mark.parametrize("seed", range(10))
def test_damaged_workbooks_restore_every_record_exactly_or_reject_it(tmp_path, seed):
    rng = random.Random(seed)
    with Store.open(tmp_path / "laptop.sqlite3", operator="am") as laptop, \
            Store.open(tmp_path / "office.sqlite3", operator="sup") as office:
        demo.generate(laptop, rng.randrange(15, 40), seed=seed + 10)
        book = export_workbook(laptop, tmp_path / "clean.xlsx").path
        if seed % 2:  # half the time the office already holds the records
            apply_plan(office, plan_import(office, [book]))
        damaged = tmp_path / "damaged.xlsx"
        done = damage(book, damaged, rng)
        plan = plan_import(office, [damaged])
        assert plan.refused == [], (done, plan.refused)
        rejected = {d.incoming.uuid: d for d in plan.by_outcome(Outcome.REJECTED)}
        for decision in rejected.values():
            assert decision.reason and "damaged.xlsx" in decision.where(), done
        assert plan.by_outcome(Outcome.CONFLICT) == [], done
        apply_plan(office, plan)
        for table in TABLES:
            original, imported = table_rows(laptop, table), table_rows(office, table)
            for uuid, row in original.items():
                if uuid in rejected:
                    continue
                assert imported.get(uuid) == row, (done, table, uuid)
            assert set(imported) <= set(original)
