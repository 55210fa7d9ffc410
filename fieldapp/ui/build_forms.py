"""Developer tool: compile the Designer forms and refresh the translations.

Run after editing a .ui file or an interface string: `python -m fieldapp.ui.build_forms`.
- forms/*.ui → fieldapp/ui/forms/ui_*.py (pyside6-uic). The generated modules are
  committed, so no uic is needed at run time or in a frozen build.
- interface strings → resources/translations/fieldapp_en.ts (pyside6-lupdate, keeps the
  existing translations; translate new entries in Qt Linguist) → fieldapp_en.qm
  (pyside6-lrelease). Both files are committed.
Tests check that all three outputs are up to date and that no translation is unfinished.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
TARGET = Path(__file__).resolve().parent / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
ENGLISH_TS = TRANSLATIONS / "fieldapp_en.ts"


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def compile_form(ui_file: Path, out_file: Path) -> None:
    subprocess.run([tool("pyside6-uic"), str(ui_file), "-o", str(out_file)], check=True)


def translatable_sources() -> list[Path]:
    """Every file whose strings go through tr()/translate(), plus the Designer forms."""
    ui_dir = ROOT / "fieldapp" / "ui"
    widgets = [path for path in ui_dir.rglob("*.py") if path.parent != TARGET]
    return [*sorted(widgets), ROOT / "fieldapp" / "app.py",
            *sorted(FORMS.glob("*.ui"))]


def update_translation(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                    *map(str, translatable_sources()), "-ts", str(ts_file)], check=True,
                   cwd=ROOT)


def release_translation(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def main() -> int:
    for ui_file in sorted(FORMS.glob("*.ui")):
        compile_form(ui_file, TARGET / f"ui_{ui_file.stem}.py")
        print(f"compiled {ui_file.name}")
    update_translation(ENGLISH_TS)
    release_translation(ENGLISH_TS, ENGLISH_TS.with_suffix(".qm"))
    print(f"updated {ENGLISH_TS.name} and {ENGLISH_TS.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
