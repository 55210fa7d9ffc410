"""The conflicts of an import, one row each, with a choice per row: keep mine, take the
file's, or decide later. Keys on the table: M / T / D set the selected rows, Space opens
the current row's choice."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from fieldapp.exchange.importer import DEFER, MINE, THEIRS
from fieldapp.ui.exchange.describe import ConflictView
from fieldapp.ui.exchange.table import ReadOnlyTable

CHOICE_COLUMN = 5
_KEYS = {Qt.Key.Key_M: MINE, Qt.Key.Key_T: THEIRS, Qt.Key.Key_D: DEFER}


class ConflictChoices(ReadOnlyTable):
    choices_changed = Signal()

    def __init__(self, conflicts: Sequence[ConflictView], parent: QWidget | None = None):
        super().__init__([self.tr("类型"), self.tr("记录"), self.tr("原因"), self.tr("本机版本"),
                          self.tr("文件版本"), self.tr("处理")], parent, stretch=2)
        self.conflicts = list(conflicts)
        self.verticalHeader().setDefaultSectionSize(30)
        labels = {MINE: self.tr("保留本机"), THEIRS: self.tr("采用文件"), DEFER: self.tr("暂缓")}
        self.combos: list[QComboBox] = []
        for view in self.conflicts:
            local = self.tr("已删除") if view.local_rev is None else str(view.local_rev)
            incoming = str(view.incoming_rev)
            if view.deleted_there:
                incoming = self.tr("%1（删除）").replace("%1", incoming)
            row = self.add_row([view.kind_label, view.title, view.reason, local, incoming, ""],
                               numeric=(3, 4))
            combo = QComboBox(self)
            for choice in (MINE, THEIRS, DEFER):
                combo.addItem(labels[choice], choice)
            combo.setCurrentIndex(2)
            combo.currentIndexChanged.connect(self.choices_changed)
            self.setCellWidget(row, CHOICE_COLUMN, combo)
            self.combos.append(combo)
        self.fit_columns(limit=360)
        widest = max((combo.sizeHint().width() for combo in self.combos), default=100)
        self.setColumnWidth(CHOICE_COLUMN, widest + 8)
        self.setToolTip(self.tr("选中行后按 M 保留本机、T 采用文件、D 暂缓；空格键打开选项"))

    def choices(self) -> dict[str, str]:
        return {view.uuid: combo.currentData() for view, combo in zip(self.conflicts,
                                                                       self.combos)}

    def set_choice(self, rows, choice: str) -> None:
        for row in rows:
            combo = self.combos[row]
            combo.setCurrentIndex(combo.findData(choice))

    def set_all(self, choice: str) -> None:
        self.set_choice(range(len(self.combos)), choice)

    def text(self, row: int, column: int) -> str:
        if column == CHOICE_COLUMN:
            return self.combos[row].currentText()
        return super().text(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        rows = sorted({index.row() for index in self.selectedIndexes()})
        if plain and key in _KEYS and rows:
            self.set_choice(rows, _KEYS[key])
            return
        if plain and key == Qt.Key.Key_Space and self.currentRow() >= 0:
            self.combos[self.currentRow()].showPopup()
            return
        super().keyPressEvent(event)
