"""`fieldapp`, the window's entry point: checks that the libraries Qt needs to open a
window are there before any Qt module is imported, then starts the application.

Checked first because a missing library ends badly either way: a missing libglib or
libGL makes the PySide6 import itself fail with a traceback, and a missing xcb library
makes Qt abort naming a package that may well be installed. The check prints one line
naming what is missing instead (fieldapp/platform_check.py).
"""
from __future__ import annotations

import sys
from collections.abc import Sequence

from fieldapp import platform_check


def _language(args: Sequence[str]) -> str | None:
    """The --lang given on the command line, if any (the saved preference needs Qt)."""
    for at, arg in enumerate(args):
        if arg == "--lang" and at + 1 < len(args):
            return args[at + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not platform_check.window_can_open(_language(args)):
        return platform_check.EXIT_MISSING_LIBRARIES
    from fieldapp.app import main as start_application

    return start_application(args)


if __name__ == "__main__":
    sys.exit(main())
