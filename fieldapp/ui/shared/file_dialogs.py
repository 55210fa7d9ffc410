"""Choosing files: every open and save dialog starts in the folder last used (remembered in
the preferences) or the user's Documents (home when there is none), never the program's
working folder.

Qt's dialog falls back to the working folder and puts a folder's name into the file-name
box when the starting folder does not exist (a bare laptop has no Documents), so only an
existing folder is ever passed: alone for opening, with a file name for saving.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldapp.ui.shared import preferences

LAST_FOLDER = preferences.Preference("ui/last_folder", "", str)


def documents_folder() -> Path:
    """The user's Documents folder when it exists, else the home folder."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder() -> Path:
    """Where the next dialog opens: the last used folder while it still exists."""
    last = preferences.get(preferences.settings(), LAST_FOLDER)
    if last and Path(last).is_absolute() and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_folder(chosen: str | Path) -> None:
    """Keep the folder of a chosen file for the next dialog."""
    folder = Path(chosen).parent
    if folder.is_dir():
        settings = preferences.settings()
        preferences.put(settings, LAST_FOLDER, str(folder))
        settings.sync()


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    """One existing file, or "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if path:
        remember_folder(path)
    return path


def open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    """Existing files, or [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters)
    if paths:
        remember_folder(paths[0])
    return list(paths)


def save_file(parent: QWidget | None, title: str, file_name: str, filters: str) -> str:
    """Where to write, offered as `file_name` in the start folder; "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / file_name),
                                          filters)
    if path:
        remember_folder(path)
    return path
