"""A workbook opened and saved again by a real spreadsheet program (LibreOffice) must
import with zero changes and zero rejections."""
import dataclasses
import shutil
import subprocess

import pytest

from fieldapp import demo
from fieldapp.exchange.export import export_workbook
from fieldapp.exchange.importer import Outcome, apply_plan, plan_import
from fieldapp.store import Store

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs "
                            "libreoffice-calc-nogui for this test")


def resave_with_libreoffice(source, folder):
    folder.mkdir()
    profile = folder.parent / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=300)
    return folder / source.name


def test_a_workbook_saved_again_by_libreoffice_imports_with_no_changes(tmp_path):
    with Store.open(tmp_path / "laptop.sqlite3", operator="am") as laptop:
        demo.generate(laptop, 300, seed=8)
        tricky = laptop.households.get(laptop.conn.execute(
            "SELECT uuid FROM households LIMIT 1").fetchone()[0])
        laptop.households.save(dataclasses.replace(
            tricky, notes="=SUM(A1:A2) +86 -1 @home", address="0001号 “引号” 地址\t"))
        book = export_workbook(laptop, tmp_path / "fieldapp.xlsx").path
    with Store.open(tmp_path / "supervisor.sqlite3", operator="sup") as supervisor:
        first = plan_import(supervisor, [book])
        assert first.refused == [] and first.by_outcome(Outcome.REJECTED) == []
        apply_plan(supervisor, first)
        again = resave_with_libreoffice(book, tmp_path / "libreoffice")
        plan = plan_import(supervisor, [again])
        assert plan.refused == []
        assert [d.where() + " " + d.reason for d in plan.by_outcome(Outcome.REJECTED)] == []
        assert {d.outcome for d in plan.decisions} == {Outcome.UNCHANGED}
        assert len(plan.decisions) == len(first.decisions)
        assert supervisor.households.get(tricky.uuid).notes == "=SUM(A1:A2) +86 -1 @home"
