"""Picking a household by typing: a line edit whose completer lists the store's matches.

Typing a name, account number, mobile or address asks `households.search(text, 20)` and
pops up the matches (name, account number, address with the room masked); Down/Up and
Enter pick one. Editing the text afterwards drops the choice, so what the field shows is
always what will be saved.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from fieldapp.store.households import HouseholdRow

LIMIT = 20
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the line edit shows once picked
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
_ROOM = re.compile(r"(\d+)(\D{0,2})$")


def mask_address(address: str) -> str:
    """The address with its last number (the room) as asterisks: …3幢2单元***室."""
    return _ROOM.sub(lambda m: "*" * len(m.group(1)) + m.group(2), address.strip())


def short_text(name: str, account_no: str) -> str:
    return f"{name}（{account_no}）"


class HouseholdPicker(QObject):
    """Attaches to `edit`; `picked(uuid)` is emitted on every change of the choice
    ("" when the text no longer names a picked household)."""

    picked = Signal(str)

    def __init__(self, households, edit: QLineEdit):
        super().__init__(edit)
        self._households = households
        self._edit = edit
        self._uuid = ""
        self._rows: dict[str, HouseholdRow] = {}
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(SHORT_ROLE)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[QModelIndex].connect(self._activated)
        # Not edit.setCompleter(): the line edit would filter our matches by its text
        # a second time. The completer still pops up under `edit` and handles the keys.
        self.completer.setWidget(edit)
        edit.textEdited.connect(self._edited)

    # -- state --------------------------------------------------------------------------
    @property
    def uuid(self) -> str:
        return self._uuid

    def row(self) -> HouseholdRow | None:
        return self._rows.get(self._uuid)

    def set_household(self, row: HouseholdRow | None) -> None:
        """Preset the choice (opening the form from a household, or an edit)."""
        if row is None:
            self._choose("", "")
            return
        self._rows[row.uuid] = row
        self._choose(row.uuid, short_text(row.name, row.account_no))

    def resolve(self) -> str:
        """Before saving: typed text that matches exactly one household picks it."""
        if not self._uuid and self._edit.text().strip():
            matches = self._fill(self._edit.text())
            if len(matches) == 1:
                self.set_household(matches[0])
        return self._uuid

    # -- behaviour ---------------------------------------------------------------------------
    def _choose(self, uuid: str, text: str) -> None:
        changed = uuid != self._uuid
        self._uuid = uuid
        if text:
            self._edit.setText(text)
        if changed:
            self.picked.emit(uuid)

    def _edited(self, text: str) -> None:
        if self._uuid:
            self._uuid = ""
            self.picked.emit("")
        self._search()

    def _search(self) -> None:
        text = self._edit.text()
        rows = self._fill(text) if text.strip() else []
        if rows and self._edit.isVisible():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _fill(self, text: str) -> list[HouseholdRow]:
        rows = self._households.search(text.strip(), limit=LIMIT)
        self.model.clear()
        for row in rows:
            self._rows[row.uuid] = row
            item = QStandardItem(f"{row.name}    {row.account_no}    "
                                 f"{mask_address(row.address) or row.community}")
            item.setData(row.uuid, UUID_ROLE)
            item.setData(short_text(row.name, row.account_no), SHORT_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        return rows

    def _activated(self, index) -> None:
        uuid = index.data(UUID_ROLE) if index is not None and index.isValid() else ""
        if uuid:
            self._choose(uuid, index.data(SHORT_ROLE))
