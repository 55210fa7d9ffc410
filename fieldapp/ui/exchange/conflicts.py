"""Conflicts deferred at import, decided later: see how the two sides differ, then keep
this computer's version or take the file's, for the selected rows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.exchange.conflicts import Conflict, pending_conflicts, resolve
from fieldapp.exchange.importer import MINE, THEIRS
from fieldapp.ui.exchange.compare import DifferencePane
from fieldapp.ui.exchange.describe import sheet_label
from fieldapp.ui.exchange.table import ReadOnlyTable
from fieldapp.ui.households.model import local_time
from fieldapp.ui.shared.session import Session


class PendingConflictsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("待处理冲突"))
        self.resize(1040, 600)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = ReadOnlyTable([self.tr("类型"), self.tr("记录"), self.tr("原因"),
                                    self.tr("本机版本"), self.tr("文件版本"), self.tr("来源"),
                                    self.tr("发现时间")], self, stretch=2)
        self.pane = DifferencePane(self)
        self.table.currentCellChanged.connect(self._show_current)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.mine_button = QPushButton(self.tr("保留本机(&M)"), self)
        self.theirs_button = QPushButton(self.tr("采用文件(&T)"), self)
        self.mine_button.setToolTip(self.tr("选中的记录保留本机的内容，下次导出时对方会收到"))
        self.theirs_button.setToolTip(self.tr("选中的记录改为文件中的内容"))
        self.mine_button.clicked.connect(lambda: self.resolve(MINE))
        self.theirs_button.clicked.connect(lambda: self.resolve(THEIRS))
        for button in (self.mine_button, self.theirs_button):
            button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([280, 200])
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        self.outcome = QLabel(self)  # what the last decision did, in words
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.rows: list[Conflict] = []
        self.reload()

    def reload(self) -> None:
        self.rows = pending_conflicts(self.session.store)
        self.table.setRowCount(0)
        for view in self.rows:
            local = self.tr("已删除") if view.local_rev is None else str(view.local_rev)
            incoming = str(view.incoming_rev)
            if view.deleted_there:
                incoming = self.tr("%1（删除）").replace("%1", incoming)
            self.table.add_row([view.kind_label, view.title, view.reason, local, incoming,
                                self.source(view.source),
                                local_time(view.detected_at)], numeric=(3, 4))
        self.table.fit_columns(limit=220)
        if self.rows:
            self.intro.setText(self.tr("导入时暂缓决定的 %1 条冲突。选中一条查看差异，再决定保留"
                                       "本机的内容还是采用文件中的内容（可多选）。")
                               .replace("%1", str(len(self.rows))))
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.intro.setText(self.tr("没有待处理的冲突。"))
            self.pane.show_conflict(None)
        self._update_buttons()

    def source(self, text: str) -> str:
        """'file / sheet / row' as stored, with the sheet's name and the row in words."""
        parts = text.split(" / ")
        if len(parts) != 3 or not parts[2].isdigit():
            return text
        return " / ".join([parts[0], sheet_label(parts[1]),
                           self.tr("第 %1 行").replace("%1", parts[2])])

    def _show_current(self, row: int, *_) -> None:
        self.pane.show_conflict(self.rows[row] if 0 <= row < len(self.rows) else None)

    def _selected(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[row].uuid for row in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self._selected())
        self.mine_button.setEnabled(chosen)
        self.theirs_button.setEnabled(chosen)

    def rows_title(self, uuid: str) -> str:
        return next((view.title for view in self.rows if view.uuid == uuid), uuid)

    def resolve(self, choice: str) -> None:
        """Decide the selected conflicts; say what was done below the table."""
        done, problems = [], []
        for uuid in self._selected():
            try:
                done.append(resolve(self.session.store, uuid, choice))
            except Exception as error:  # noqa: BLE001 - shown; the others still go ahead
                problems.append(self.tr("%1：%2").replace("%1", self.rows_title(uuid))
                                .replace("%2", str(error)))
        self.session.data_replaced()
        self.reload()
        self.outcome.setText("\n".join(done))
        self.outcome.setVisible(bool(done))
        if problems:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(problems))
