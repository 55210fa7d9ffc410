"""The project's own shape: generated files up to date, translations complete, layers kept."""
from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldapp.ui import build_forms

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fieldapp"
BELOW_UI = ["domain", "store", "exchange", "notices", "cli.py", "demo.py", "paths.py"]


def _strip_generated_header(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "Created by:" not in line)


@pytest.mark.parametrize("ui_file", sorted(build_forms.FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_forms_match_their_ui_files(ui_file, tmp_path):
    fresh = tmp_path / "fresh.py"
    build_forms.compile_form(ui_file, fresh)
    committed = build_forms.TARGET / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"run python -m fieldapp.ui.build_forms ({committed.name})"
    assert _strip_generated_header(committed.read_text("utf-8")) == \
        _strip_generated_header(fresh.read_text("utf-8")), \
        f"{committed.name} is stale: run python -m fieldapp.ui.build_forms"


def _messages(ts_file: Path):
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_interface_string_has_a_finished_english_translation(tmp_path):
    fresh = tmp_path / "fieldapp_en.ts"
    shutil.copy(build_forms.ENGLISH_TS, fresh)
    build_forms.update_translation(fresh)  # picks up strings added since the last update
    unfinished = [(context, message.findtext("source"))
                  for context, message in _messages(fresh)
                  if message.find("translation").get("type") == "unfinished"
                  or not message.findtext("translation")]
    assert unfinished == [], "translate these, then run python -m fieldapp.ui.build_forms"
    assert len(list(_messages(fresh))) > 100


def test_translations_keep_the_sources_mnemonics_and_no_escaped_markup():
    """A translation shows an ampersand as a mnemonic (&M), never the text "&amp;" (an
    entity escaped twice), and keeps a mnemonic where the source has one."""
    wrong = []
    for context, message in _messages(build_forms.ENGLISH_TS):
        source, translation = message.findtext("source"), message.findtext("translation")
        if "&amp;" in translation or ("(&" in source and "&" not in translation):
            wrong.append((context, source, translation))
    assert wrong == []


def test_the_committed_qm_matches_the_ts_file(tmp_path):
    fresh = tmp_path / "fieldapp_en.qm"
    build_forms.release_translation(build_forms.ENGLISH_TS, fresh)
    committed = build_forms.ENGLISH_TS.with_suffix(".qm")
    assert committed.read_bytes() == fresh.read_bytes(), \
        "fieldapp_en.qm is stale: run python -m fieldapp.ui.build_forms"


def _python_files(*names: str):
    for name in names:
        path = PACKAGE / name
        yield from ([path] if path.is_file() else sorted(path.rglob("*.py")))


def _imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_no_qt_below_the_ui_layer():
    offenders = {str(path.relative_to(ROOT)): sorted(m for m in _imported_modules(path)
                                                     if m.startswith(("PySide6", "fieldapp.ui")))
                 for path in _python_files(*BELOW_UI)}
    assert {path: mods for path, mods in offenders.items() if mods} == {}


SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b",
                 re.IGNORECASE)


def test_no_sql_in_widgets():
    """Widgets talk to the store's repositories, never to SQLite directly."""
    offenders = [path.name for path in sorted((PACKAGE / "ui").glob("*.py"))
                 if "sqlite3" in _imported_modules(path) or ".execute(" in path.read_text("utf-8")
                 or SQL.search(path.read_text("utf-8"))]
    assert offenders == []
