"""Table columns sized to what they show, without reading a whole paged list.

`fit_columns()` measures each column's header and a sample of the rows in view (never
every row: the lists hold up to a million, read a page at a time), gives every column
at least its header's width so that no header is ever cut, and lets the long text
columns (address, community, notes) give up width when the table would otherwise not
fit: those are elided in the middle, and `FullTextDelegate` shows their whole value as
a tooltip, so no model needs to know.
"""
from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

SAMPLE_ROWS = 40  # rows measured at most: those in view, and a few after them
# A long text column gives width down to five Chinese characters (or its header).
LONG_TEXT_MIN = "汉" * 5
CELL_SLACK = 2  # the grid line after the widest cell
HEADER_SLACK = 2  # the section divider
SPARE_MAX = 40  # room left over is shared out, at most this much to a column


def header_width(table: QTableView, column: int) -> int:
    """The width the column's header needs in full: its text and margins, and room for
    the sort arrow only where it is (Qt's own hint keeps that room in every column,
    which costs an English list its last columns)."""
    header = table.horizontalHeader()
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        return header.sectionSizeHint(column)
    text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header_font_metrics(header).horizontalAdvance(text) + 2 * margin + HEADER_SLACK


def header_font_metrics(header: QHeaderView) -> QFontMetrics:
    """Headers may be drawn in bold (Fusion does; Qt's own size hint assumes it)."""
    font = QFont(header.font())
    font.setBold(True)
    return QFontMetrics(font)


def keep_sorted_header_whole(table: QTableView) -> None:
    """When the list is sorted by another column, widen that column if its header
    and the sort arrow do not fit."""
    header = table.horizontalHeader()

    def widen(column: int, _order) -> None:
        if 0 <= column and header.sectionSize(column) < header.sectionSizeHint(column):
            header.resizeSection(column, header.sectionSizeHint(column))

    header.sortIndicatorChanged.connect(widen)


def content_width(table: QTableView, column: int, sample: int = SAMPLE_ROWS) -> int:
    """The widest cell of `column` among the rows in view (at most `sample`)."""
    model = table.model()
    rows = model.rowCount()
    first = max(table.rowAt(0), 0)
    widest = 0
    for row in range(first, min(rows, first + sample)):
        widest = max(widest, table.sizeHintForIndex(model.index(row, column)).width())
    return widest + CELL_SLACK if widest else 0


def fit_columns(table: QTableView, long_columns: Collection[int] = (),
                sample: int = SAMPLE_ROWS) -> dict[int, int]:
    """Size every shown column to its header and sampled contents; when the columns
    would overflow the table, narrow the `long_columns` (free text such as addresses,
    elided in the middle), the widest first, never below their header; when they
    leave room, share some of it out. Returns the widths set, by column."""
    model = table.model()
    header = table.horizontalHeader()
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    least = table.fontMetrics().horizontalAdvance(LONG_TEXT_MIN)
    floors: dict[int, int] = {}
    widths: dict[int, int] = {}
    for column in columns:
        floors[column] = header_width(table, column)
        widths[column] = max(floors[column], content_width(table, column, sample))
        if column in long_columns:
            floors[column] = max(floors[column], min(widths[column], least))
    excess = sum(widths.values()) - room_for_columns(table)
    if excess < 0 and columns:  # air between short columns, not one huge last one
        share = min(-excess // len(columns), SPARE_MAX)
        for column in columns:
            widths[column] += share
    for column in sorted((c for c in columns if c in long_columns),
                         key=lambda c: widths[c], reverse=True):
        if excess <= 0:
            break
        give = min(excess, widths[column] - floors[column])
        widths[column] -= give
        excess -= give
    for column in columns:
        header.resizeSection(column, widths[column])
    return widths


def room_for_columns(table: QTableView) -> int:
    """The viewport's width, less the vertical scroll bar about to appear (a fit made
    just after the rows arrived comes before the layout shows it)."""
    width = table.viewport().width()
    bar = table.verticalScrollBar()
    rows_height = table.model().rowCount() * table.verticalHeader().defaultSectionSize()
    if not bar.isVisible() and rows_height > table.viewport().height() \
            and table.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        width -= bar.sizeHint().width()
    return width


class FullTextDelegate(QStyledItemDelegate):
    """Draws cells as usual; a cell whose text does not fit (elided) shows its whole
    text as the tooltip, before whatever tooltip the model gives."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        text = full_text_tip(self, option, index)
        if text is None:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), text, view, view.visualRect(index))
        return True


def full_text_tip(delegate: QStyledItemDelegate, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> str | None:
    """The tooltip of a cell whose text is cut: the text, then the model's own tooltip
    (when it says something else). None when the text fits."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return None
    if delegate.sizeHint(option, index).width() <= option.rect.width():
        return None
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    return text if not own or own == text else f"{text}\n{own}"


def elide_long_text(table: QTableView) -> None:
    """Long texts elided in the middle (the start and the end of an address say most),
    whole in the tooltip."""
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setItemDelegate(FullTextDelegate(table))
    keep_sorted_header_whole(table)
