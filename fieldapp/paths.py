"""Where things live: the default database and the bundled resources.

Works from a source checkout, an editable install and a PyInstaller bundle alike.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

DATABASE_NAME = "fieldapp.sqlite3"


def data_dir() -> Path:
    """The user's data folder for FieldApp (platform convention), or $FIELDAPP_DATA_DIR."""
    override = os.environ.get("FIELDAPP_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("FieldApp", appauthor=False))


def default_database_path() -> Path:
    """The database used when no --db is given; its folder is created if missing."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DATABASE_NAME


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def asset(*parts: str) -> Path:
    """A file under resources/ (fonts, icons, translations)."""
    return resources_dir().joinpath(*parts)
