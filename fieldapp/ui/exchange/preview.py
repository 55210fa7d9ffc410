"""What importing the chosen files would do, before anything is written: refused files
with their reasons (and no way to import), or counts per file and sheet, the rows that
will not be imported and why, warnings, and the conflicts to decide."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.messages import listed
from fieldapp.exchange.importer import DEFER, MINE, THEIRS, Decision, ImportPlan, Outcome
from fieldapp.exchange.schema import SHEETS, TOMBSTONES
from fieldapp.ui.exchange.choices import ConflictChoices
from fieldapp.ui.exchange.compare import DifferencePane
from fieldapp.ui.exchange.describe import ConflictView, file_origin, sheet_label
from fieldapp.ui.exchange.table import ReadOnlyTable

SHEET_ORDER = [spec.sheet for spec in SHEETS] + [TOMBSTONES]
WRAP_LIMIT = 500  # more rejected rows than this: one line each (measuring rows is slow)
SUMMARY_OUTCOMES = (Outcome.NEW, Outcome.UPDATE, Outcome.DELETE, Outcome.CONFLICT,
                    Outcome.REJECTED, Outcome.UNCHANGED, Outcome.OLDER)


def split_refusal(message: str, files: Sequence[str]) -> tuple[str, str]:
    """(file, reason) from a refusal that names its file first."""
    for name in sorted(files, key=len, reverse=True):
        if message.startswith(name):
            return name, message[len(name):].strip(" ：:")
    return next((name for name in files if name in message), ""), message


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, conflicts: Sequence[ConflictView],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("导入预览"))
        self.resize(1200, 700)  # fits a 1366-wide laptop
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary: ReadOnlyTable | None = None
        self.refusals: ReadOnlyTable | None = None
        self.rejected: ReadOnlyTable | None = None
        self.conflicts: ConflictChoices | None = None
        self.warnings: QPlainTextEdit | None = None
        self.differences: DifferencePane | None = None
        self.tabs = QTabWidget(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button: QPushButton | None = None
        self.hint = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        if plan.refused:
            self._build_refused()
            self.tabs.hide()
            layout.addWidget(self.refusals, 1)
            self.resize(780, 340)
        else:
            self._build_summary()
            layout.addWidget(self.summary)
            self._build_details(conflicts)
            layout.addWidget(self.tabs, 1)
            if not self.tabs.count():  # nothing to look into: a compact dialog
                layout.addStretch(1)
                self.resize(1200, self.summary.height() + 150)
        bottom = QHBoxLayout()
        self.report_button = QPushButton(self.tr("保存问题报告(&R)…"), self)
        self.report_button.setAutoDefault(False)
        self.report_button.setToolTip(
            self.tr("把有问题的行和冲突存为 Excel 工作簿，可发回给台区经理"))
        self.report_button.clicked.connect(self.save_report)
        self.report_button.setVisible(bool(plan.refused or plan.by_outcome(Outcome.REJECTED)
                                           or plan.by_outcome(Outcome.CONFLICT)))
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_button()
        if self.conflicts is not None:
            self.conflicts.setFocus()  # M / T / D decide the selected rows at once
        elif self.import_button is not None:
            self.import_button.setFocus()

    # -- refused files ------------------------------------------------------------------
    def _build_refused(self) -> None:
        self.headline.setText(self.tr("以下文件无法导入，没有导入任何数据。请修正这些文件，"
                                      "或不选它们，再重新导入。"))
        self.refusals = ReadOnlyTable([self.tr("文件"), self.tr("原因")], self, wrap=True,
                                      stretch=1)
        for message in self.plan.refused:
            self.refusals.add_row(split_refusal(message, self.plan.files))
        self.refusals.fit_columns(limit=260)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setDefault(True)
        self.buttons.rejected.connect(self.reject)

    # -- a readable plan ----------------------------------------------------------------
    def _build_summary(self) -> None:
        plan = self.plan
        counts = Counter(d.outcome for d in plan.decisions)
        parts = [self.tr("将新增 %1 条、更新 %2 条、删除 %3 条记录。")
                 .replace("%1", f"{counts[Outcome.NEW]:,}")
                 .replace("%2", f"{counts[Outcome.UPDATE]:,}")
                 .replace("%3", f"{counts[Outcome.DELETE]:,}")]
        if counts[Outcome.CONFLICT]:
            parts.append(self.tr("%1 条记录在两边都改过（冲突），请在下面逐条决定；暂缓的以后"
                                 "可在“文件 → 待处理冲突”中处理。")
                         .replace("%1", f"{counts[Outcome.CONFLICT]:,}"))
        if counts[Outcome.REJECTED]:
            parts.append(self.tr("%1 行有问题，不会导入，原因见“有问题的行”。")
                         .replace("%1", f"{counts[Outcome.REJECTED]:,}"))
        if not plan.changes and not counts[Outcome.CONFLICT]:
            parts.append(self.tr("文件中没有本机需要的新数据。"))
        self.headline.setText("\n".join(parts))

        outcomes = SUMMARY_OUTCOMES
        self.summary = ReadOnlyTable([self.tr("文件"), self.tr("来自"), self.tr("工作表"),
                                      *(o.label for o in outcomes)], self, stretch=1)
        numeric = range(3, 3 + len(outcomes))
        reports = sorted(plan.sheets(), key=lambda r: (
            plan.files.index(r.file) if r.file in plan.files else len(plan.files),
            SHEET_ORDER.index(r.sheet) if r.sheet in SHEET_ORDER else len(SHEET_ORDER)))
        for report in reports:
            self.summary.add_row([report.file, file_origin(plan.metas.get(report.file, {})),
                                  sheet_label(report.sheet),
                                  *(_count(report.counts[o]) for o in outcomes)], numeric)
        if len(reports) > 1:
            self.summary.add_row([self.tr("合计"), "", "",
                                  *(_count(counts[o]) for o in outcomes)], numeric, bold=True)
        self.summary.fit_columns()
        rows = max(self.summary.rowCount(), 1)
        self.summary.setFixedHeight(min(rows, 8) * 26 + self.summary.horizontalHeader()
                                    .sizeHint().height() + 4)
        self.summary.setVisible(bool(reports))

        self.import_button = self.buttons.addButton(self.tr("导入(&I)"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_details(self, conflicts: Sequence[ConflictView]) -> None:
        if conflicts:
            self.tabs.addTab(self._conflicts_tab(conflicts),
                             self.tr("冲突 (%1)").replace("%1", str(len(conflicts))))
        rejected = self.plan.by_outcome(Outcome.REJECTED)
        if rejected:
            self.tabs.addTab(self._rejected_tab(rejected),
                             self.tr("有问题的行 (%1)").replace("%1", str(len(rejected))))
        if self.plan.warnings:
            self.warnings = QPlainTextEdit("\n".join(self.plan.warnings), self)
            self.warnings.setReadOnly(True)
            self.tabs.addTab(self.warnings, self.tr("提示 (%1)")
                             .replace("%1", str(len(self.plan.warnings))))
        self.tabs.setVisible(self.tabs.count() > 0)

    def _conflicts_tab(self, conflicts: Sequence[ConflictView]) -> QWidget:
        page = QWidget(self)
        self.conflicts = ConflictChoices(conflicts, page)
        self.conflicts.choices_changed.connect(self._update_button)
        pane = self.differences = DifferencePane(page)
        self.conflicts.currentCellChanged.connect(
            lambda row, *_: pane.show_conflict(conflicts[row] if row >= 0 else None))
        self.conflicts.selectRow(0)
        buttons = QHBoxLayout()
        for text, choice in ((self.tr("全部保留本机(&M)"), MINE),
                             (self.tr("全部采用文件(&T)"), THEIRS),
                             (self.tr("全部暂缓(&D)"), DEFER)):
            button = QPushButton(text, page)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self.conflicts.set_all(c))
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.conflicts)
        splitter.addWidget(pane)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([170, 190])
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return page

    def _rejected_tab(self, rejected: Sequence[Decision]) -> QWidget:
        page = QWidget(self)
        self.rejected = ReadOnlyTable([self.tr("文件"), self.tr("工作表"), self.tr("行"),
                                       self.tr("列"), self.tr("原因")], page,
                                      wrap=len(rejected) <= WRAP_LIMIT, stretch=4)
        for decision in rejected:
            item = decision.incoming
            self.rejected.add_row([item.file, sheet_label(item.sheet), item.row,
                                   decision.column, decision.reason], numeric=(2,))
        self.rejected.fit_columns({2: 56}, limit=320)
        self.rejected.setColumnHidden(0, len(self.plan.files) == 1)  # still copied
        copy = QPushButton(self.tr("复制全部(&C)"), page)
        copy.setAutoDefault(False)
        copy.setToolTip(self.tr("复制为表格文本，可粘贴到 Excel/WPS；Ctrl+C 只复制选中的行"))
        copy.clicked.connect(lambda: self.rejected.copy_all())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("这些行不会导入。请在原表格中修正后重新导出，或在本机补录。"),
                             page), 1)
        top.addWidget(copy)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.rejected, 1)
        return page

    def save_report(self) -> None:
        """The rejected rows and conflicts as a workbook for the area manager."""
        from fieldapp.exchange.report import write_report
        from fieldapp.ui.shared.file_dialogs import save_file

        path = save_file(self, self.tr("保存问题报告"), self.tr("导入问题报告.xlsx"),
                         self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = write_report(self.plan, path, self.choices())
        except OSError as error:
            QMessageBox.warning(self, self.tr("保存问题报告"), str(error))
            return
        QMessageBox.information(self, self.tr("保存问题报告"),
                                self.tr("报告已保存到 %1").replace("%1", str(written)))

    # -- the answer -----------------------------------------------------------------------
    def choices(self) -> dict[str, str]:
        return self.conflicts.choices() if self.conflicts else {}

    def _update_button(self) -> None:
        """The import button says what it will do: changes to write, conflicts settled
        now, conflicts to keep under 文件 → 待处理冲突; with nothing to do it is off."""
        if self.import_button is None:
            return
        choices = self.choices()
        views = self.conflicts.conflicts if self.conflicts else []
        deferred = [v for v in views if choices.get(v.uuid, DEFER) == DEFER]
        settled = len(views) - len(deferred)
        to_keep = sum(1 for v in deferred if not v.pending)  # the rest already wait
        parts = []
        if self.plan.changes:
            parts.append(self.tr("导入 %1 条变更").replace("%1", f"{self.plan.changes:,}"))
        if settled:
            parts.append(self.tr("处理 %1 条冲突").replace("%1", f"{settled:,}"))
        if to_keep:
            parts.append(self.tr("记下 %1 条待处理冲突").replace("%1", f"{to_keep:,}"))
        if not parts:
            self.import_button.setText(self.tr("导入(&I)"))
            self.import_button.setEnabled(False)
            self.hint.setText(self.tr("这些冲突已在“文件 → 待处理冲突”中等待处理，没有新的内容"
                                      "需要导入。") if views else self.tr("没有需要导入的变更。"))
            return
        action = parts[0] if len(parts) == 1 else \
            self.tr("%1并%2").replace("%1", listed(parts[:-1])).replace("%2", parts[-1])
        # the access key: (&I) after Chinese text, the first letter of an English one
        self.import_button.setText(self.tr("%1(&I)").replace(
            "%1", action[:1].upper() + action[1:]))
        self.import_button.setEnabled(True)
        self.hint.setText("")


def _count(n: int) -> str:
    return f"{n:,}" if n else ""
