"""Picking a household by typing: a line edit whose completer lists the store's matches.

Typing a name, account number, mobile or address asks `households.search(text, 20)` and
pops up the matches in columns: name, masked mobile, and community with building, unit
and room, so that eleven 张婷 can be told apart. The popup is as wide as its widest row
(not the line edit). Down/Up and Enter pick one. Editing the text afterwards drops the
choice, so what the field shows is always what will be saved.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QStyle, QTreeView

from fieldapp.domain.identifiers import mask_mobile
from fieldapp.store.households import HouseholdRow

LIMIT = 20
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the line edit shows once picked
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
_ROOM = re.compile(r"(\d+)(\D{0,2})$")
NAME, MOBILE, PLACE = range(3)  # the popup's columns
CELL_PADDING = 28  # around a popup cell's text (item margins, column gap)


def mask_address(address: str) -> str:
    """The address with its last number (the room) as asterisks: …3幢2单元***室."""
    return _ROOM.sub(lambda m: "*" * len(m.group(1)) + m.group(2), address.strip())


def short_text(name: str, account_no: str) -> str:
    return f"{name}（{account_no}）"


def place_text(row: HouseholdRow) -> str:
    """Community, building, unit and room: the address after the community's name
    (金色公寓 19幢2单元1704室), or the whole address when it does not name it."""
    address, community = row.address.strip(), row.community
    if not address:
        return community
    if community and community in address:
        return f"{community} {address.split(community, 1)[1].strip()}".strip()
    return f"{community} {address}".strip() if community else address


def popup_view() -> QTreeView:
    """A popup of aligned columns without header or tree lines."""
    view = QTreeView()
    view.setRootIsDecorated(False)
    view.setHeaderHidden(True)
    view.setUniformRowHeights(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.header().setStretchLastSection(False)
    return view


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
        self.model = QStandardItemModel(0, 3, self)
        self.completer = QCompleter(self.model, self)
        self.completer.setPopup(popup_view())
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
            self.completer.complete(self._popup_rect())
        else:
            self.completer.popup().hide()

    def _fill(self, text: str) -> list[HouseholdRow]:
        rows = self._households.search(text.strip(), limit=LIMIT)
        self.model.setRowCount(0)
        for row in rows:
            self._rows[row.uuid] = row
            cells = [QStandardItem(text) for text in (row.name, mask_mobile(row.mobile),
                                                       place_text(row))]
            cells[NAME].setData(row.uuid, UUID_ROLE)
            cells[NAME].setData(short_text(row.name, row.account_no), SHORT_ROLE)
            cells[PLACE].setToolTip(f"{row.address}（{row.account_no}）")
            for cell in cells:
                cell.setEditable(False)
            self.model.appendRow(cells)
        self._fit_popup()
        return rows

    def _fit_popup(self) -> None:
        """Each popup column as wide as its widest text (there are at most LIMIT)."""
        popup = self.completer.popup()
        metrics = popup.fontMetrics()
        for column in (NAME, MOBILE, PLACE):
            widest = max((metrics.horizontalAdvance(self.model.item(r, column).text())
                          for r in range(self.model.rowCount())), default=0)
            popup.setColumnWidth(column, widest + CELL_PADDING)

    def _popup_rect(self) -> QRect:
        """Under the line edit, wide enough for every column (and the scroll bar)."""
        popup = self.completer.popup()
        columns = sum(popup.columnWidth(c) for c in (NAME, MOBILE, PLACE))
        scroll_bar = popup.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = columns + scroll_bar + 2 * popup.frameWidth() + 4
        return QRect(0, 0, max(width, self._edit.width()), self._edit.height())

    def _activated(self, index) -> None:
        uuid = index.data(UUID_ROLE) if index is not None and index.isValid() else ""
        if uuid:
            self._choose(uuid, index.data(SHORT_ROLE))
