"""Compile the Qt Designer forms in forms/ into fieldapp/ui/forms/ui_*.py.

Run after editing a .ui file: `python -m fieldapp.ui.build_forms`. The generated modules
are committed (no uic needed at run time or in a frozen build); a test checks they match.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
TARGET = Path(__file__).resolve().parent / "forms"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    return [exe]


def compile_form(ui_file: Path, out_file: Path) -> None:
    subprocess.run([*uic_command(), str(ui_file), "-o", str(out_file)], check=True)


def main() -> int:
    for ui_file in sorted(FORMS.glob("*.ui")):
        compile_form(ui_file, TARGET / f"ui_{ui_file.stem}.py")
        print(f"compiled {ui_file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
