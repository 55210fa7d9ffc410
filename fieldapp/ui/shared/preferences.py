"""Window preferences, declared once with their defaults, kept with QSettings."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from fieldapp.paths import data_dir


@dataclass(frozen=True)
class Preference:
    key: str
    default: object
    type: type


LANGUAGE = Preference("ui/language", "zh", str)
GEOMETRY = Preference("ui/main_window_geometry", QByteArray(), QByteArray)
WINDOW_STATE = Preference("ui/main_window_state", QByteArray(), QByteArray)
HOUSEHOLD_HEADER = Preference("ui/households_header", QByteArray(), QByteArray)
DEMO_OFFERED = Preference("ui/demo_offered", False, bool)


def settings() -> QSettings:
    """The settings file in the user's data folder (INI, readable and portable)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def get(store: QSettings, pref: Preference):
    value = store.value(pref.key, pref.default)
    if pref.type is bool and isinstance(value, str):
        return value.lower() == "true"
    if pref.type is QByteArray and not isinstance(value, QByteArray):
        return pref.default
    return pref.type(value) if not isinstance(value, pref.type) else value


def put(store: QSettings, pref: Preference, value) -> None:
    store.setValue(pref.key, value)
