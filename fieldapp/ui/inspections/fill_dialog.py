"""Filling an inspection at the door: the items one after another, answered with one key.

1 = 合格, 2 = 不合格, 3 = 不适用 answer the current item and move on to the next one not
yet answered; an item that does not allow an answer refuses it with the store's reason.
Every answer, note, photo and severity goes to the store as it is given (each in its own
transaction), so closing the dialog or killing the program loses at most the note being
typed, and reopening starts at the first unanswered item. 完成检查 refuses while items
are unanswered (listing them and going to the first); otherwise it asks for the deadline
and the signatures (finish_dialog.py) and shows the result.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.checklists import Answer, TemplateItem
from fieldapp.domain.inspection import Inspection, InspectionItem
from fieldapp.domain.messages import msg
from fieldapp.store import StoreError
from fieldapp.ui.inspections import operations, texts
from fieldapp.ui.inspections.finish_dialog import FinishDialog
from fieldapp.ui.inspections.item_view import ItemView
from fieldapp.ui.shared.file_dialogs import open_file
from fieldapp.ui.shared.session import Session

MESSAGE_STYLE = "color: #b3261e;"
INFO_STYLE = "color: #1b5e20;"


class FillDialog(QDialog):
    """`finished` holds the inspection once 完成检查 went through."""

    def __init__(self, session: Session, inspection_uuid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.finished: Inspection | None = None
        store = session.store
        self._inspection = operations.start(session, inspection_uuid)
        self._template = store.inspections.template_of(self._inspection)
        self._items: list[InspectionItem] = store.inspections.items.of(inspection_uuid)
        self._current = -1
        self.setWindowTitle(self.tr("安全检查 — %1").replace("%1", self._template.name))
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.item_list = QListWidget(self)
        self.item_list.setMinimumWidth(260)
        self.item_list.setUniformItemSizes(True)
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.item_view = ItemView(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.item_view)
        splitter.addWidget(self.item_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("上一项"), self)
        self.next_button = QPushButton(self.tr("下一项"), self)
        self.finish_button = QPushButton(self.tr("完成检查(&F)…"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.previous_button.setToolTip("PgUp")
        self.next_button.setToolTip("PgDown")
        self.item_list.setToolTip(self.tr("1 合格 · 2 不合格 · 3 不适用 · P 照片 · "
                                          "Alt+N 说明 · Alt+F 完成"))
        self.finish_button.setToolTip(self.tr("填写整改期限、签名并完成（Alt+F）"))
        self.close_button.setToolTip(self.tr("每项结果已随时保存，下次打开从未检查的项继续"))
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._connect()
        self._show_header()
        for item in self._items:
            self.item_list.addItem(QListWidgetItem())
        for row in range(len(self._items)):
            self._show_list_row(row)
        first = self.first_unanswered()
        self.go_to(first if first >= 0 else 0)
        self.item_list.setFocus()
        self.resize(1100, 640)

    def _connect(self) -> None:
        view = self.item_view
        for answer, button in view.answer_buttons.items():
            button.clicked.connect(lambda _=False, a=answer: self.answer(a))
        self.item_list.installEventFilter(self)  # the list would take digits as a search
        QShortcut(QKeySequence("Ctrl+Return"), self, self.finish)
        view.photo_button.clicked.connect(self.choose_photo)
        view.note_edit.returnPressed.connect(self._note_entered)
        view.note_edit.editingFinished.connect(self.save_note)
        view.severity_combo.currentIndexChanged.connect(self._severity_chosen)
        self.item_list.currentRowChanged.connect(self._row_chosen)
        self.previous_button.clicked.connect(lambda: self.go_to(self._current - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self._current + 1))
        self.finish_button.clicked.connect(self.finish)
        self.close_button.clicked.connect(self.reject)

    # -- keys -------------------------------------------------------------------------------
    def _key(self, event: QKeyEvent) -> bool:
        """1/2/3 answer, P adds a photo, PgUp/PgDown move one item; True when handled.
        A held key's repeats are ignored: one press answers one item."""
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                 | Qt.KeyboardModifier.ShiftModifier):
            return False
        answer = Answer.from_shortcut(event.text())
        if answer is not None:
            if not event.isAutoRepeat():
                self.answer(answer)
            return True
        if event.key() == Qt.Key.Key_P:
            if not event.isAutoRepeat():
                self.choose_photo()
            return True
        step = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(event.key())
        if step:
            self.go_to(self._current + step)
            return True
        return False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.item_list and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Keys no focused field took (a button has the focus, say)."""
        if not self._key(event):
            super().keyPressEvent(event)

    # -- what is shown ----------------------------------------------------------------------
    def _show_header(self) -> None:
        i = self._inspection
        store = self._session.store
        row_id = store.households.row_id(i.household_uuid) if i.household_uuid else None
        rows = store.households.rows([row_id]) if row_id is not None else []
        whom = f"{rows[0].name}（{rows[0].account_no}）" if rows else ""
        care = texts.tags_text(rows[0].tags) if rows else ""
        whom += f" [{care}]" if care else ""
        address = f"{rows[0].community} {rows[0].address}".strip() if rows else ""
        parts = [p for p in (whom, address, self.tr("%1 第 %2 版").replace(
            "%1", self._template.name).replace("%2", str(self._template.version)),
            self.tr("复查") if i.reinspection_of else "", i.inspector) if p]
        self.header.setText(" · ".join(parts))
        self.header.setStyleSheet("font-weight: bold;")

    def template_item(self, code: str) -> TemplateItem | None:
        try:
            return self._template.item(code)
        except KeyError:
            return None

    def _show_list_row(self, row: int) -> None:
        item = self._items[row]
        template_item = self.template_item(item.code)
        text = template_item.text if template_item else ""
        answer = texts.answer_text(item.answer)
        cell = self.item_list.item(row)
        cell.setText(f"{item.code}  【{answer}】 {text}" if answer else f"{item.code}  {text}")
        cell.setToolTip(text)
        color = texts.answer_color(item.answer)
        cell.setForeground(QBrush(QColor(color)) if color else QBrush())

    def _show_progress(self) -> None:
        done = sum(1 for item in self._items if item.answer)
        self.finish_button.setText(self.tr("完成检查(&F)…") + f" {done}/{len(self._items)}")

    def current_code(self) -> str:
        return self._items[self._current].code if 0 <= self._current < len(self._items) else ""

    def first_unanswered(self, after: int = -1) -> int:
        """The first unanswered item after `after` (wrapping round); -1 when none."""
        n = len(self._items)
        for step in range(1, n + 1):
            row = (after + step) % n
            if not self._items[row].answer:
                return row
        return -1

    def go_to(self, row: int) -> None:
        if not self._items or not 0 <= row < len(self._items):
            return
        if row != self._current:
            self.save_note()
        self._current = row
        self.item_list.blockSignals(True)
        self.item_list.setCurrentRow(row)
        self.item_list.blockSignals(False)
        item = self._items[row]
        self.item_view.show_item(item, self.template_item(item.code), row + 1,
                                 len(self._items))
        self._show_progress()

    def _row_chosen(self, row: int) -> None:
        self.go_to(row)

    def _say(self, text: str, style: str = MESSAGE_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # -- writing (each change stored at once) -------------------------------------------------
    def _store(self, **changes: str) -> bool:
        """Store a change of the current item; show the refusal and return False if the
        store refuses it."""
        item = self._items[self._current]
        try:
            saved = operations.answer(self._session, self._inspection.uuid, item.code,
                                      **changes)
        except StoreError as refused:
            self._say(str(refused))
            return False
        self._items[self._current] = saved
        self._show_list_row(self._current)
        self.item_view.show_answer(saved)
        self._show_progress()
        return True

    def answer(self, answer: Answer) -> None:
        """Answer the current item (with the note as typed) and go to the next item not
        yet answered."""
        if self._current < 0:
            return
        changes = {"answer": answer.value}
        note = self.item_view.note_edit.text().strip()
        if note != self._items[self._current].note:
            changes["note"] = note
        if not self._store(**changes):
            return
        self._say("")
        following = self.first_unanswered(self._current)
        if following < 0:
            self._say(self.tr("全部 %1 项已检查，按 Alt+F 完成检查").replace(
                "%1", str(len(self._items))), INFO_STYLE)
            return
        self.go_to(following)

    def save_note(self) -> None:
        if 0 <= self._current < len(self._items):
            note = self.item_view.note_edit.text().strip()
            if note != self._items[self._current].note:
                self._store(note=note)

    def _note_entered(self) -> None:
        self.save_note()
        self.item_list.setFocus()

    def _severity_chosen(self) -> None:
        severity = self.item_view.severity_combo.currentData()
        if self._current >= 0 and severity != self._items[self._current].severity:
            self._store(severity=severity)
            self.item_list.setFocus()  # the keys answer again

    def choose_photo(self) -> None:
        path = open_file(self, self.tr("选择照片"), self.tr("图片 (*.png *.jpg *.jpeg)"))
        if path:
            self.attach_photo(path)

    def attach_photo(self, path: str) -> bool:
        """Keep the picture beside the database and link it to the current item; a file
        that is not a picture or too large is refused with the reason."""
        if self._current < 0:
            return False
        store = self._session.store
        try:
            digest = store.files.add(path, store.settings().measurement_photo_max_mb)
        except ValueError as refused:
            self._say(str(refused))
            return False
        return self._store(photo_hash=digest)

    # -- finishing ------------------------------------------------------------------------------
    def finish(self) -> None:
        """Refused while items are unanswered (listed, the first shown); otherwise the
        deadline and signatures, then the result."""
        self.save_note()
        missing = [row for row, item in enumerate(self._items) if not item.answer]
        if missing:
            codes = [self._items[row].code for row in missing]
            self._say(msg("inspect.unanswered", n=len(codes), codes="、".join(codes)))
            self.go_to(missing[0])
            self.item_list.setFocus()
            return
        dialog = FinishDialog(self._session, self._inspection, self._items, self._template,
                              self)
        dialog.exec()
        if dialog.finished is not None:
            self.finished = dialog.finished
            self.accept()
        elif dialog.refusal:  # unanswered after all (changed elsewhere): show where
            self._items = self._session.store.inspections.items.of(self._inspection.uuid)
            for row in range(len(self._items)):
                self._show_list_row(row)
            self._say(dialog.refusal)
            self.go_to(max(self.first_unanswered(), 0))

    def reject(self) -> None:
        self.save_note()
        super().reject()
