"""The request form's documents checklist: one row per document, 已提供 / 容缺 / 无需.

ID proof and the permission-to-construct certificate come first and are required: they
offer 已提供 and 容缺 only (a deferred one is named when accepting is refused). The
permit row says whether the community's batch certificate (一小区一证明) counts; while it
is valid the row offers 用小区证明 instead of 无需. The optional documents follow in the
order of the settings and start as 无需.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QLabel, QRadioButton, QWidget

from fieldapp.domain.charger import (
    PERMIT,
    REQUIRED_DOCUMENTS,
    DocState,
    RequestDocument,
    community_permit_problem,
    document_label,
)
from fieldapp.domain.records import Community
from fieldapp.store.clock import to_stamp

STATES = (DocState.PROVIDED, DocState.DEFERRED, DocState.NOT_NEEDED)
EXPIRED_STYLE = "color: #b3261e;"
VALID_STYLE = "color: #1f6f5c;"
NOTE_STYLE = "color: #666666;"


@dataclasses.dataclass
class _Row:
    kind: str
    group: QButtonGroup
    buttons: dict[DocState, QRadioButton]
    stored: RequestDocument | None = None


class DocumentChecklist(QObject):
    """Builds its rows into `grid` (inside `frame`); `documents()` reads them back."""

    changed = Signal()

    def __init__(self, frame: QFrame, grid: QGridLayout, optional: tuple[str, ...],
                 operator: str):
        super().__init__(frame)
        self._frame = frame
        self._operator = operator
        self._rows: dict[str, _Row] = {}
        self._batch_valid = False
        self.batch_label = QLabel(frame)
        self.batch_label.setWordWrap(True)
        line = 0
        for kind in (*REQUIRED_DOCUMENTS, *optional):
            required = kind in REQUIRED_DOCUMENTS
            name = QLabel(document_label(kind) + (" *" if required else ""), frame)
            grid.addWidget(name, line, 0)
            group = QButtonGroup(frame)
            buttons = {}
            for column, state in enumerate(STATES, start=1):
                button = QRadioButton(state.label, frame)
                button.setAccessibleName(f"{document_label(kind)}：{state.label}")
                group.addButton(button)
                grid.addWidget(button, line, column)
                buttons[state] = button
            name.setBuddy(buttons[DocState.PROVIDED])
            if kind == PERMIT:
                buttons[DocState.NOT_NEEDED].setText(self.tr("用小区证明"))
                line += 1
                grid.addWidget(self.batch_label, line, 1, 1, len(STATES))
            if required:
                buttons[DocState.NOT_NEEDED].hide()
            group.buttonToggled.connect(lambda *_: self.changed.emit())
            self._rows[kind] = _Row(kind, group, buttons)
            line += 1
        grid.setColumnStretch(len(STATES) + 1, 1)
        frame.setFocusProxy(self.first_button())
        self.set_documents([])

    # -- what the rows show -----------------------------------------------------------
    def first_button(self) -> QRadioButton:
        return next(iter(self._rows.values())).buttons[DocState.PROVIDED]

    def buttons(self) -> list[QRadioButton]:
        """Every radio button, row by row (for the tab order)."""
        return [b for row in self._rows.values() for b in row.buttons.values()]

    def button(self, kind: str, state: DocState) -> QRadioButton:
        return self._rows[kind].buttons[state]

    def state(self, kind: str) -> DocState | None:
        row = self._rows.get(kind)
        checked = row.group.checkedButton() if row else None
        return next((s for s, b in row.buttons.items() if b is checked), None) if row else None

    def set_documents(self, documents: list[RequestDocument]) -> None:
        """Show a request's documents; rows it lacks take their defaults."""
        stored = {d.kind: d for d in documents}
        for kind, row in self._rows.items():
            row.stored = stored.get(kind)
            if row.stored is not None:
                self._check(row, DocState(row.stored.state))
            elif kind in REQUIRED_DOCUMENTS:
                default = DocState.NOT_NEEDED if kind == PERMIT and self._batch_valid else None
                self._check(row, default)
            else:
                self._check(row, DocState.NOT_NEEDED)

    def set_community(self, community: Community | None, today: dt.date) -> None:
        """Show the batch certificate of the chosen household's community next to the
        permit row; only a valid one may stand in for the permit."""
        problem = community_permit_problem(community, today) if community else None
        valid = community is not None and problem is None
        if community is None:
            text, style = "", NOTE_STYLE
        elif valid:
            text = self.tr("小区批量证明 %1 有效期至 %2").replace(
                "%1", community.permit_no).replace(
                "%2", community.permit_valid_until or self.tr("长期"))
            if community.permit_issuer:
                text += self.tr("（%1 出具）").replace("%1", community.permit_issuer)
            text += self.tr("，可代替允许施工证明")
            style = VALID_STYLE
        elif community.permit_no:
            text, style = problem, EXPIRED_STYLE
        else:
            text, style = problem, NOTE_STYLE
        self.batch_label.setText(text)
        self.batch_label.setStyleSheet(style)
        self.batch_label.setVisible(bool(text))
        row = self._rows[PERMIT]
        use_batch = row.buttons[DocState.NOT_NEEDED]
        was_valid, self._batch_valid = self._batch_valid, valid
        use_batch.setVisible(valid)
        if not valid and use_batch.isChecked():
            self._check(row, None)
        elif valid and not was_valid and row.group.checkedButton() is None:
            self._check(row, DocState.NOT_NEEDED)

    def _check(self, row: _Row, state: DocState | None) -> None:
        if state is None:
            row.group.setExclusive(False)
            for button in row.buttons.values():
                button.setChecked(False)
            row.group.setExclusive(True)
        else:
            row.buttons[state].setChecked(True)

    # -- reading back -------------------------------------------------------------------
    def documents(self, now: dt.datetime | None = None) -> list[RequestDocument]:
        """The documents as checked; a row left empty is left out. A deferred document
        now marked provided records when and by whom it was supplied."""
        result = []
        for kind, row in self._rows.items():
            state = self.state(kind)
            if state is None:
                continue
            if row.stored is None:
                result.append(RequestDocument(kind=kind, state=state.value))
                continue
            document = dataclasses.replace(row.stored, state=state.value)
            if row.stored.missing and state == DocState.PROVIDED:
                stamp = to_stamp(now or dt.datetime.now(dt.timezone.utc))
                document = dataclasses.replace(document, supplied_at=stamp,
                                               supplied_by=self._operator)
            result.append(document)
        return result

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons():
            button.setEnabled(enabled)


def chain_tab_order(widgets: list[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
