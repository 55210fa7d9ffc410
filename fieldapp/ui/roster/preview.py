"""What importing a household roster would do, before anything is written: how many rows
are new, updated, unchanged or rejected, which communities will be created, and every
rejected row with where it is and why (copyable). The import button says how many rows
will be written; the rejected ones never are. "Back" returns to the column mapping."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.messages import listed
from fieldapp.exchange.roster import RosterPlan
from fieldapp.ui.exchange.preview import WRAP_LIMIT
from fieldapp.ui.exchange.table import ReadOnlyTable
from fieldapp.ui.roster.mapping import PROBLEM_COLOUR

BACK = 2  # done() code: change the mapping
NAMES_SHOWN = 20  # new communities named in the summary; all of them in the tooltip


def rows_to_write(plan: RosterPlan) -> int:
    counts = plan.counts()
    return counts["new"] + counts["update"]


class RosterPreviewDialog(QDialog):
    def __init__(self, plan: RosterPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        counts = plan.counts()
        self.setWindowTitle(self.tr("导入住户花名册 — 预览"))
        self.headline = QLabel(self.tr("文件 %1，工作表“%2”：%3 行数据已逐行检查，"
                                       "还没有写入任何数据。")
                               .replace("%1", plan.file).replace("%2", plan.sheet)
                               .replace("%3", f"{len(plan.rows):,}"), self)
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows = self.tr("%1 行")
        for key, label, unit in (("new", self.tr("新增住户："), rows),
                                 ("update", self.tr("更新住户："), rows),
                                 ("unchanged", self.tr("无变化："),
                                  self.tr("%1 行（与本机相同，不会写入）")),
                                 ("rejected", self.tr("有问题："),
                                  self.tr("%1 行（不会导入）")),
                                 ("communities", self.tr("新建小区："), self.tr("%1 个"))):
            unit = unit if counts[key] else rows if key != "communities" else unit
            value = QLabel(unit.replace("%1", f"{counts[key]:,}"), self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.counts[key] = value
            form.addRow(label, value)
        if counts["rejected"]:
            self.counts["rejected"].setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        names = plan.new_communities
        if names:
            named = self.tr("%1 个：%2") if len(names) <= NAMES_SHOWN else \
                self.tr("%1 个：%2 等")
            self.counts["communities"].setText(
                named.replace("%1", f"{len(names):,}")
                .replace("%2", listed(names[:NAMES_SHOWN])))
            self.counts["communities"].setToolTip("\n".join(names))

        self.rejected: ReadOnlyTable | None = None
        self.copy_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        if plan.rejected:
            layout.addLayout(self._rejected_header(len(plan.rejected)))
            layout.addWidget(self._rejected_table(), 1)
            self.resize(900, 600)
        else:
            ok = QLabel(self.tr("所有行都通过了检查。"), self)
            layout.addWidget(ok)
            layout.addStretch(1)
            self.resize(560, 300)

        written = rows_to_write(plan)
        self.buttons = QDialogButtonBox(self)
        self.back_button = self.buttons.addButton(self.tr("上一步(&B)"),
                                                  QDialogButtonBox.ButtonRole.ResetRole)
        self.back_button.setAutoDefault(False)
        self.back_button.setToolTip(self.tr("回到列的对应，重新指定"))
        self.back_button.clicked.connect(lambda: self.done(BACK))
        self.import_button = self.buttons.addButton(
            self.tr("导入 %1 行(&I)").replace("%1", f"{written:,}"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(written > 0)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        if not written:
            self.hint.setText(self.tr("没有需要导入的变更。"))
        elif counts["rejected"]:
            self.hint.setText(self.tr("只导入通过检查的 %1 行；有问题的 %2 行不会导入。")
                              .replace("%1", f"{written:,}")
                              .replace("%2", f"{counts['rejected']:,}"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        if written:
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        else:
            cancel.setDefault(True)

    def _rejected_header(self, n: int) -> QHBoxLayout:
        note = QLabel(self.tr("下面 %1 行有问题，不会导入。请在原表格中修正后重新导入，"
                              "或在本机补录。")
                      .replace("%1", f"{n:,}"), self)
        note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("复制全部(&C)"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            self.tr("复制为表格文本，可粘贴到 Excel/WPS；Ctrl+C 只复制选中的行"))
        self.copy_button.clicked.connect(lambda: self.rejected.copy_all())
        top = QHBoxLayout()
        top.addWidget(note, 1)
        top.addWidget(self.copy_button)
        return top

    def _rejected_table(self) -> ReadOnlyTable:
        rows = self.plan.rejected
        self.rejected = ReadOnlyTable([self.tr("位置"), self.tr("原因")], self,
                                      wrap=len(rows) <= WRAP_LIMIT, stretch=1)
        for row in rows:
            self.rejected.add_row([self.plan.where(row), row.problem[1]])
        self.rejected.fit_columns(limit=380)
        return self.rejected
