"""The window on a 1366 × 768 laptop, in Chinese and in English: it fits the screen, no
label, button or combo box item is cut, no column header is elided, and the household
picker tells eleven 张婷 apart. With FIELDAPP_LAYOUT_SHOTS=<folder> every page is also
saved as a PNG there, to be looked at."""
from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QScreen
from PySide6.QtGui import Qt as GuiQt  # Qt::mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTableView,
    QToolButton,
    QToolTip,
    QWidget,
)

from fieldapp import app as fieldapp_app
from fieldapp import demo
from fieldapp.domain.charger import DocState, Status
from fieldapp.domain.messages import set_language
from fieldapp.domain.records import Household
from fieldapp.ui.communities import page as community_columns
from fieldapp.ui.communities.dialog import CommunityDialog
from fieldapp.ui.households.dialog import HouseholdDialog
from fieldapp.ui.requests import model as request_columns
from fieldapp.ui.requests.dialog import RequestDialog
from fieldapp.ui.shared import preferences
from fieldapp.ui.shared.column_fit import SAMPLE_ROWS, fit_columns
from fieldapp.ui.shared.screen_fit import default_geometry, fits
from fieldapp.ui.shared.session import Session
from fieldapp.ui.window.main_window import COMMUNITIES, HOUSEHOLDS, REQUESTS, MainWindow

from .ui_helpers import type_text

SCREEN = QRect(0, 0, 1366, 768)
AVAILABLE = QRect(0, 0, 1366, 728)  # a 40 px taskbar at the bottom
MNEMONIC = re.compile(r"&(.)")


# -- what is cut ------------------------------------------------------------------------
def shown_text(text: str) -> str:
    """The text as drawn: `&x` mnemonics lose their ampersand."""
    return MNEMONIC.sub(r"\1", text)


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    area = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:  # measured as Qt lays it out
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            return None if need <= label.height() else f"needs height {need}"
        need = label.sizeHint().width()
        return None if need <= label.width() else f"needs width {need}"
    metrics = label.fontMetrics()
    plain = shown_text(text) if label.buddy() is not None else text
    if label.wordWrap():
        flags = int(Qt.TextFlag.TextWordWrap | label.alignment())
        need = metrics.boundingRect(area, flags, plain)
        if need.width() > area.width() or need.height() > area.height():
            return f"needs {need.width()}×{need.height()}, has {area.width()}×{area.height()}"
        return None
    lines = plain.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    height = len(lines) * metrics.height()
    if width > area.width() or height > area.height():
        return f"needs {width}×{height}, has {area.width()}×{area.height()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = shown_text(button.text())
    if not text:
        return None
    if isinstance(button, (QCheckBox, QRadioButton)):  # indicator, gap, text: the hint
        need = button.sizeHint().width()
    else:
        margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        need = button.fontMetrics().horizontalAdvance(text) + 2 * margin
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
    return None if need <= button.width() else f"needs width {need}, has {button.width()}"


def combo_problem(combo: QComboBox) -> str | None:
    """Every item, not only the current one, fits the combo box's text area."""
    if combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    for n in range(combo.count()):
        need = metrics.horizontalAdvance(combo.itemText(n))
        if need > field.width():
            return f"item {combo.itemText(n)!r} needs {need}, has {field.width()}"
    return None


def placeholder_problem(edit: QLineEdit) -> str | None:
    """An empty line edit's hint is cut when wider than its text area: the style's
    contents rectangle less Qt's 2 px margins, the text margins and the place of a shown
    clear button."""
    text = edit.placeholderText()
    if edit.text() or not text:
        return None
    style = edit.style()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = style.subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    area = contents.width() - 2 * 2 - margins.left() - margins.right()
    side = (style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconSize, None, edit) + 6
            + style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconMargin, None, edit))
    area -= side * sum(button.isVisible() for button in edit.findChildren(QToolButton))
    need = edit.fontMetrics().horizontalAdvance(text)
    return None if need <= area else f"placeholder needs {need}, has {area}"


def header_problems(table: QTableView) -> list[str]:
    """A header is elided when its section is narrower than its text (in bold, as Fusion
    draws it) and margins, and the sort arrow where it is."""
    header = table.horizontalHeader()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    problems = []
    for column in range(table.model().columnCount()):
        if table.isColumnHidden(column):
            continue
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        need = metrics.horizontalAdvance(text) + 2 * margin
        if header.sortIndicatorSection() == column and header.isSortIndicatorShown():
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if header.sectionSize(column) < need:
            problems.append(f"header {text!r}: {header.sectionSize(column)} < {need}")
    return problems


def cut_texts(root: QWidget) -> list[str]:
    """Every visible label, button, combo box and table header under `root` (and root)
    whose text does not fit, described with its object name or text."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        problem, what = None, type(widget).__name__
        if isinstance(widget, QLabel):
            problem, what = label_problem(widget), f"label {widget.text()!r}"
        elif isinstance(widget, QAbstractButton):
            problem, what = button_problem(widget), f"button {widget.text()!r}"
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            problem, what = placeholder_problem(widget), f"line edit {widget.objectName()!r}"
        elif isinstance(widget, QComboBox):
            problem, what = combo_problem(widget), f"combo {widget.objectName()!r}"
        elif isinstance(widget, QTableView) and widget.model() is not None:
            problems += header_problems(widget)
        if problem:
            problems.append(f"{what} {widget.objectName()}: {problem}")
    return problems


def grab(widget: QWidget, name: str, language: str) -> None:
    folder = os.environ.get("FIELDAPP_LAYOUT_SHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        widget.grab().save(os.path.join(folder, f"{language}_{name}.png"))


# -- the window ------------------------------------------------------------------------
@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    fieldapp_app.register_cjk_font(qapp)
    fieldapp_app.install_translations(qapp, request.param)
    set_language(request.param)
    return request.param  # conftest removes the translations afterwards


@pytest.fixture
def demo_store(store):
    demo.generate(store, 300, seed=7)
    community = store.communities.all()[0]
    for n in range(11):  # eleven 张婷 in one community
        store.households.save(Household(
            account_no=f"09900000{n:02d}", name="张婷", mobile=f"1391234{n:04d}",
            community_uuid=community.uuid, building=str(3 + n % 4), unit=str(1 + n % 2),
            room=f"{5 + n}0{1 + n % 3}"))
    return store


@pytest.fixture
def window(qtbot, demo_store, language, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(AVAILABLE))
    shown = MainWindow(Session(demo_store), preferences.settings())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def show_page(qtbot, window, row: int):
    window.navigation.setCurrentRow(row)
    page = window.pages.currentWidget()
    qtbot.wait(30)  # the columns are fitted once the page is laid out
    return page


def test_the_window_fits_a_1366_by_768_laptop_with_its_taskbar(window):
    frame = window.frameGeometry()
    assert AVAILABLE.contains(frame), frame
    assert frame.width() >= 1200  # and uses the room it has
    assert window.minimumSizeHint().width() <= AVAILABLE.width()


def test_a_remembered_size_larger_than_the_screen_is_not_kept(qtbot, demo_store,
                                                               monkeypatch):
    settings = preferences.settings()
    big = MainWindow(Session(demo_store), settings)
    qtbot.addWidget(big)
    big.setGeometry(QRect(0, 0, 1900, 1040))
    preferences.put(settings, preferences.GEOMETRY, big.saveGeometry())
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(AVAILABLE))
    again = MainWindow(Session(demo_store), preferences.settings())
    qtbot.addWidget(again)
    assert AVAILABLE.contains(again.geometry())
    assert again.height() <= AVAILABLE.height() - 30  # room for the title bar


@pytest.mark.parametrize("row, name", [(HOUSEHOLDS, "households"),
                                       (COMMUNITIES, "communities"),
                                       (REQUESTS, "requests")])
def test_every_main_page_shows_its_texts_whole(qtbot, window, language, row, name):
    page = show_page(qtbot, window, row)
    page.select_row(0)
    qtbot.wait(20)
    grab(window, name, language)
    assert cut_texts(window) == []


@pytest.mark.parametrize("state", [Status.ACCEPTED, Status.SURVEYED, Status.ON_HOLD])
def test_the_requests_page_with_its_workflow_buttons(qtbot, window, language, state):
    page = show_page(qtbot, window, REQUESTS)
    rows = [r for r in range(page.model.rowCount())
            if page.model.request_row(r).request.state == state]
    page.select_row(rows[0])
    qtbot.wait(20)
    grab(window, f"requests_{state.value}", language)
    assert cut_texts(window) == []


def test_long_columns_are_elided_in_the_middle_and_headers_are_whole(qtbot, window):
    page = show_page(qtbot, window, REQUESTS)
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert header_problems(page.table) == []
    header = page.table.horizontalHeader()
    header.setSortIndicator(request_columns.HOUSEHOLD, Qt.SortOrder.AscendingOrder)  # a click
    assert header_problems(page.table) == []  # the arrow found room
    households = show_page(qtbot, window, HOUSEHOLDS)
    table = households.table
    # the table fits its columns in view when it can (no sideways scrolling)
    widths = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
    assert widths <= table.viewport().width() + 2


def test_the_household_form_shows_every_label_and_error(qtbot, window, language):
    dialog = HouseholdDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    grab(dialog, "household_form", language)
    assert cut_texts(dialog) == []
    ui = dialog.ui
    for edit, text in ((ui.mobileEdit, "1391234"), (ui.idNumberEdit, "33030219800101001"),
                       (ui.roomEdit, "x"), (ui.meterNoEdit, "?")):
        type_text(qtbot, edit, text)
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.wait(20)
    assert ui.accountNoError.isVisible() and ui.mobileError.isVisible()
    grab(dialog, "household_form_errors", language)
    assert cut_texts(dialog) == []
    frame = dialog.frameGeometry()
    assert frame.width() <= AVAILABLE.width() and frame.height() <= AVAILABLE.height()


def test_the_request_form_shows_every_label_and_error(qtbot, window, language):
    dialog = RequestDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    grab(dialog, "request_form", language)
    assert cut_texts(dialog) == []
    dialog.save_button.click()
    qtbot.wait(20)
    assert dialog.ui.householdError.isVisible()
    grab(dialog, "request_form_errors", language)
    assert cut_texts(dialog) == []
    # a household with its address, the permit's explanation, a longer refusal
    type_text(qtbot, dialog.ui.householdEdit, "09900000")
    popup = dialog.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.picker.uuid
    for kind in ("id_proof", "permit"):
        dialog.checklist.button(kind, DocState.DEFERRED).click()
    dialog.save_button.click()
    qtbot.wait(20)
    assert dialog.ui.documentsError.isVisible()
    grab(dialog, "request_form_household", language)
    assert cut_texts(dialog) == []
    frame = dialog.frameGeometry()
    assert frame.width() <= AVAILABLE.width() and frame.height() <= AVAILABLE.height()


def test_the_household_picker_tells_eleven_zhang_ting_apart(qtbot, window, language):
    dialog = RequestDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.householdEdit, "张婷")
    popup = dialog.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    model = popup.model()
    rows = [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]
    ours = [r for r in rows if r[0] == "张婷" and r[1].startswith("139****")]
    assert len(ours) == 11
    assert len(set(ours)) == 11  # each row differs in what it shows
    rooms = {f"{5 + n}0{1 + n % 3}" for n in range(11)}
    assert {room for room in rooms for _, _, place in ours if room in place} == rooms
    metrics = popup.fontMetrics()
    for column in range(model.columnCount()):  # nothing in the popup is cut
        widest = max(metrics.horizontalAdvance(r[column]) for r in rows)
        assert popup.columnWidth(column) >= widest, column
    columns = sum(popup.columnWidth(c) for c in range(model.columnCount()))
    assert popup.viewport().width() >= columns
    grab(popup, "household_picker", language)


def test_the_community_form_shows_every_label_and_error(qtbot, window, language):
    dialog = CommunityDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.permitValidUntilEdit, "2027-13-45")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.wait(20)
    assert dialog.ui.nameError.isVisible()
    grab(dialog, "community_form_errors", language)
    assert cut_texts(dialog) == []


def test_an_elided_cell_shows_its_whole_text_as_tooltip(qtbot, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *args: shown.append(text))
    page = show_page(qtbot, window, COMMUNITIES)
    table = page.table
    index = page.model.index(0, community_columns.PROPERTY)

    def hover() -> None:
        rect = table.visualRect(index)
        QApplication.sendEvent(table.viewport(), QHelpEvent(
            QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())))

    table.setColumnWidth(community_columns.PROPERTY, 40)
    hover()
    assert shown == [index.data()]
    table.setColumnWidth(community_columns.PROPERTY, 400)  # whole: no tooltip of its own
    hover()
    assert shown == [index.data()]


class MillionRows(QAbstractTableModel):
    """A list as long as the households register, noting which rows were read."""

    def __init__(self):
        super().__init__()
        self.read: set[int] = set()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 1_000_000

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            self.read.add(index.row())
            return "温州市鹿城区车站大道幸福花园3幢2单元501室" * (2 if index.row() == 30 else 1)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ["户号", "地址"][section]
        return None


def test_columns_fit_a_sample_of_rows_not_the_whole_list(qtbot):
    model = MillionRows()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(600, 400)
    table.show()
    table.scrollTo(model.index(500_000, 0))
    qtbot.wait(10)
    model.read.clear()
    widths = fit_columns(table, long_columns=(1,))
    first = table.rowAt(0)
    assert first > 0 and model.read and min(model.read) >= first
    assert len(model.read) <= SAMPLE_ROWS
    # the address gives way so that both columns are in view, the header stays whole
    assert sum(widths.values()) <= table.viewport().width()
    assert widths[1] >= table.horizontalHeader().sectionSizeHint(1)
    assert table.textElideMode() == Qt.TextElideMode.ElideRight  # only pages set it


@pytest.mark.parametrize("available, expected", [
    (QRect(0, 0, 1366, 728), QRect(13, 20, 1340, 688)),  # the laptop: shorter
    (QRect(0, 0, 1024, 728), QRect(8, 20, 1008, 688)),  # narrower still
    (QRect(1920, 0, 1920, 1040), QRect(2210, 140, 1340, 760)),  # a second, big screen
])
def test_the_default_geometry_leaves_room_for_the_frame(available, expected):
    geometry = default_geometry(available)
    assert geometry == expected
    assert fits(geometry, available)


@pytest.mark.parametrize("target", [Status.SURVEYED, Status.PLAN_REPLIED, Status.CONNECTED,
                                    Status.ON_HOLD])
def test_the_stage_dialogs_show_every_label_hint_and_error(qtbot, window, language, target):
    from fieldapp.ui.requests.stage_dialog import StageDialog

    before = {Status.SURVEYED: Status.ACCEPTED, Status.PLAN_REPLIED: Status.SURVEYED,
              Status.CONNECTED: Status.PLAN_REPLIED, Status.ON_HOLD: Status.ACCEPTED}[target]
    store = window.session.store
    uuid = store.conn.execute("SELECT uuid FROM charger_requests WHERE status = ? LIMIT 1",
                              (before.value,)).fetchone()[0]
    dialog = StageDialog(window.session, store.charger_requests.get(uuid), target, window)
    qtbot.addWidget(dialog)
    dialog.show()
    if target == Status.SURVEYED:  # a date in the future is refused under its field
        dialog.surveyed_on_edit.setDate(dialog.surveyed_on_edit.date().addDays(3))
    if target in (Status.SURVEYED, Status.ON_HOLD):  # (an empty reason is refused too)
        dialog.accept()
        assert dialog.marked()
    qtbot.wait(20)
    assert dialog.isVisible()
    grab(dialog, f"stage_{target.value}", language)
    assert cut_texts(dialog) == []


def test_the_request_form_of_a_connected_request_shows_its_stage_details(qtbot, window,
                                                                          language):
    from fieldapp.ui.requests.dialog import RequestDialog

    store = window.session.store
    uuid = store.conn.execute("SELECT uuid FROM charger_requests WHERE status = 'connected'"
                              " AND meter_no != '' LIMIT 1").fetchone()[0]
    dialog = RequestDialog(window.session, store.charger_requests.get(uuid), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    assert len(dialog.stage_details.text().splitlines()) == 3
    grab(dialog, "request_form_connected", language)
    assert cut_texts(dialog) == []


def test_the_notice_preview_shows_its_texts_whole_and_fits_the_screen(qtbot, window,
                                                                       language):
    page = show_page(qtbot, window, REQUESTS)
    page.select_row(next(r for r in range(page.model.rowCount())
                         if page.model.request_row(r).request.state != Status.CANCELLED))
    page.receipt_button.click()
    preview = page.notice_preview
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=3000)
    qtbot.wait(300)  # the view renders its pages in the background
    grab(preview, "notice_preview", language)
    assert AVAILABLE.contains(QRect(preview.pos(), preview.size()))
    assert fits(QRect(AVAILABLE.topLeft(), preview.size()), AVAILABLE)
    assert cut_texts(preview) == []
