"""Which column of a household roster feeds which field: a sheet chooser (when the
workbook has several), one row per field with a choice of the sheet's headers (preset
from the mapping remembered for these headers, else guessed), the first rows as they
would be imported, and what is still wrong with the mapping (next is disabled then)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.messages import listed, msg
from fieldapp.domain.records import field_label
from fieldapp.exchange.reader import Workbook, WorkbookRefused, is_blank_row
from fieldapp.exchange.roster import (
    COMMUNITY,
    TARGETS,
    guess_mapping,
    mapping_problems,
    remembered_mapping,
    sheet_headers,
)
from fieldapp.exchange.values import CellRefused, convert
from fieldapp.ui.exchange.table import ReadOnlyTable
from fieldapp.ui.shared.tasks import run_task

translate = QCoreApplication.translate
SAMPLE_ROWS = 5
PROBLEM_COLOUR = "#b3261e"


@dataclass
class RosterSample:
    """A roster sheet's headers and first data rows, read off the GUI thread."""

    path: str
    sheet: str
    sheet_names: list[str]
    headers: list[str]
    rows: list[list] = field(default_factory=list)

    @property
    def file(self) -> str:
        return Path(self.path).name

    def choices(self) -> list[str]:
        """The headers a field can take: named ones, each once, in sheet order."""
        return list(dict.fromkeys(h for h in self.headers if h))

    def examples(self, header: str, limit: int = 3) -> list[str]:
        index = self.headers.index(header)
        values = (row[index] if index < len(row) else "" for row in self.rows)
        return [text for text in map(cell_text, values) if text][:limit]


def read_sample(path: str, sheet: str | None = None, limit: int = SAMPLE_ROWS) -> RosterSample:
    """Headers and the first `limit` non-blank rows; WorkbookRefused for a bad file."""
    book = Workbook(path)
    names = book.sheet_names
    if sheet is None:
        sheet, headers = _likely_sheet(book)
    else:
        sheet, headers = sheet_headers(book, sheet)
    rows = []
    cells = book.rows(sheet)
    next(cells, None)
    for row in cells:
        if not is_blank_row(row):
            rows.append(list(row))
            if len(rows) >= limit:
                break
    return RosterSample(str(path), sheet, names, headers, rows)


def _likely_sheet(book: Workbook) -> tuple[str, list[str]]:
    """The first sheet whose headers name the required fields, else the first sheet with
    a header row (a cover sheet or notes may come before the roster)."""
    found, first_error = None, None
    for name in book.sheet_names:
        try:
            sheet, headers = sheet_headers(book, name)
        except WorkbookRefused as error:
            first_error = first_error or error
            continue
        if not mapping_problems(guess_mapping(headers)):
            return sheet, headers
        found = found or (sheet, headers)
    if found:
        return found
    raise first_error or WorkbookRefused(msg("read.not_xlsx", file=book.path.name, hint=""))


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def target_label(key: str) -> str:
    """A target field's name in the interface language ("Account number" in English)."""
    label = field_label("community_uuid" if key == COMMUNITY else key)
    return label[:1].upper() + label[1:]


class RosterMappingDialog(QDialog):
    """`mapping()` is the user's choice (field → header), `sample` the sheet it is for."""

    def __init__(self, store, sample: RosterSample, mapping: dict[str, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.sample = sample
        self.setWindowTitle(self.tr("导入住户花名册 — 指定列"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sheet_label = QLabel(self.tr("工作表(&S)："), self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setMinimumContentsLength(16)
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)

        self.fields = QGroupBox(self.tr("花名册中的列（带 * 的必须指定）"), self)
        grid = QGridLayout(self.fields)
        grid.setHorizontalSpacing(10)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        half = (len(TARGETS) + 1) // 2
        for index, (key, (column, _)) in enumerate(TARGETS.items()):
            combo = QComboBox(self.fields)
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            text = target_label(key)
            if column.required:
                text += f' <span style="color:{PROBLEM_COLOUR}">*</span>'
            label = QLabel(self.tr("%1：", "a field's label").replace("%1", text),
                           self.fields)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._mapping_changed)
            row, part = index % half, index // half
            grid.addWidget(label, row, part * 3, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, part * 3 + 1)
            self.combos[key], self.labels[key] = combo, label
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        self.unused = QLabel(self.fields)
        self.unused.setWordWrap(True)
        grid.addWidget(self.unused, half, 0, 1, 5)

        self.preview_title = QLabel(self)
        self.preview = ReadOnlyTable([], self, stretch=None)
        self.preview.setMinimumHeight(26 * SAMPLE_ROWS + 34)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.next_button: QPushButton = self.buttons.addButton(
            self.tr("下一步：检查数据(&N)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(sheet_row)
        layout.addWidget(self.fields)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(860, 600)

        self._filling = False
        self._sheet_problem = ""
        self.sheet_combo.addItems(sample.sheet_names)
        self.sheet_combo.setCurrentText(sample.sheet)
        several = len(sample.sheet_names) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        self.sheet_combo.currentTextChanged.connect(self._choose_sheet)
        self._show_sample(sample, mapping)

    # -- the sheet ----------------------------------------------------------------------
    def _choose_sheet(self, sheet: str) -> None:
        if not sheet:
            return
        if sheet == self.sample.sheet:  # back to the sheet shown before another one came
            self.fields.setEnabled(bool(self.sample.choices()))
            self._mapping_changed()
            return
        path = self.sample.path
        self.next_button.setEnabled(False)  # the mapping shown is still the old sheet's
        self.fields.setEnabled(False)
        run_task(self, self.tr("正在读取工作表…"), lambda progress: read_sample(path, sheet),
                 lambda sample: self._sheet_read(sheet, sample),
                 lambda error: self._sheet_read(sheet, None, error), cancellable=False)

    def _sheet_read(self, sheet: str, sample: RosterSample | None,
                    error: BaseException | None = None) -> None:
        if sheet != self.sheet_combo.currentText():
            return  # another sheet was chosen meanwhile; its own result follows
        if sample is None:
            self._sheet_failed(sheet, error)
        else:
            self._show_sample(sample)

    def _sheet_failed(self, sheet: str, error: BaseException) -> None:
        self.sample = RosterSample(self.sample.path, sheet, self.sample.sheet_names, [])
        self._sheet_problem = str(error)
        self._show_sample(self.sample, {})

    def _show_sample(self, sample: RosterSample, mapping: dict[str, str] | None = None) -> None:
        if sample.headers:
            self._sheet_problem = ""
        self.sample = sample
        if mapping is None:
            mapping = remembered_mapping(self.store, sample.headers)
        self.intro.setText(self.tr(
            "文件：%1\n请为每一项选择花名册中对应的列；不需要的项选“（不导入）”。"
            "确认导入后会记住这些选择，下次导入表头相同的花名册时自动套用。")
            .replace("%1", sample.file))
        choices = sample.choices()
        self._filling = True
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("（不导入）"), "")
            for header in choices:
                combo.addItem(header, header)
                examples = sample.examples(header)
                if examples:
                    combo.setItemData(combo.count() - 1,
                                      self.tr("例如：%1").replace("%1", listed(examples)),
                                      Qt.ItemDataRole.ToolTipRole)
            chosen = mapping.get(key, "")
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen in choices else 0)
        self._filling = False
        self.fields.setEnabled(bool(choices))
        self._mapping_changed()

    # -- the mapping --------------------------------------------------------------------
    def mapping(self) -> dict[str, str]:
        """field → header, for the fields given a column."""
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData()}

    def _mapping_changed(self) -> None:
        if self._filling:
            return
        mapping = self.mapping()
        problems = [self._sheet_problem] if self._sheet_problem else mapping_problems(mapping)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.next_button.setEnabled(not problems)
        for key, combo in self.combos.items():
            missing = TARGETS[key][0].required and not combo.currentData()
            used_twice = combo.currentData() and list(mapping.values()).count(
                combo.currentData()) > 1
            combo.setStyleSheet(f"QComboBox {{ color: {PROBLEM_COLOUR}; }}"
                                if missing or used_twice else "")
        unused = [h for h in self.sample.choices() if h not in mapping.values()]
        self.unused.setText(self.tr("不导入的列：%1").replace("%1", listed(unused))
                            if unused else "")
        self.unused.setVisible(bool(unused))
        self._fill_preview(mapping)

    def _fill_preview(self, mapping: dict[str, str]) -> None:
        keys = [key for key in TARGETS if key in mapping]
        table = self.preview
        table.clearContents()
        table.setRowCount(0)
        table.setColumnCount(len(keys))
        table.setHorizontalHeaderLabels([target_label(k) if target_label(k) == mapping[k]
                                         else f"{target_label(k)}\n{mapping[k]}" for k in keys])
        rows = self.sample.rows
        if not self.sample.headers:
            self.preview_title.setText("")
        elif not rows:
            self.preview_title.setText(self.tr("工作表中没有数据行。"))
        else:
            self.preview_title.setText(self.tr("前 %1 行按这样的对应导入后（每列标题下是"
                                               "花名册中的列名）：")
                                       .replace("%1", str(len(rows))))
        columns = [(TARGETS[k][0], self.sample.headers.index(mapping[k])) for k in keys]
        for cells in rows:
            texts, refused = [], {}
            for position, (column, index) in enumerate(columns):
                raw = cells[index] if index < len(cells) else ""
                try:
                    value = cell_text(raw) if column.key == "tags" else convert(raw, column)
                    texts.append(cell_text(value))
                except CellRefused as reason:
                    texts.append(cell_text(raw))
                    refused[position] = str(reason)
            row = table.add_row(texts)
            for position, reason in refused.items():
                item = table.item(row, position)
                item.setForeground(QBrush(QColor(PROBLEM_COLOUR)))
                item.setToolTip(reason)
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(max(table.columnWidth(column) + 12, 64), 220))
