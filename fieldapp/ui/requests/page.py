"""The charger requests page (充电桩报装): figures, filters, the list, and the workflow.

The buttons under the list follow the selected request: its next steps (from
`next_steps()`), each disabled with the reason (`transition_problems()`) as its tooltip.
Each has its own access key (Alt+S 勘查完成, Alt+R 答复方案, Alt+C 装表接电, …, taken from
the translated text), served by a shortcut that ignores a held key's repeats. A move is
a dialog (stage_dialog.py) asking what the stage means (or the reason of 暂停 and 取消),
and the buttons are disabled until it closes, so holding a key cannot move twice.
补齐材料 marks one deferred document supplied. 打印回执 (Alt+T) issues the request's
受理回执, or reprints it once issued, and shows it in the preview (ui/notices/preview.py);
it is disabled, with the reason as its tooltip, when the receipt cannot be issued. A
refusal from the store is shown with the store's own message. 批量打印… (Alt+B) prints
today's receipts or those of the selected requests into one PDF (ui/notices/batch.py).

The list allows extended selection (Ctrl/Shift+click) for 批量打印; every other action
is about one request and is offered only while exactly one row is selected.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from fieldapp.domain import charger
from fieldapp.domain.charger import Channel, Status
from fieldapp.domain.messages import msg
from fieldapp.store import StoreError
from fieldapp.store.charger_requests import RequestFilter, RequestRow
from fieldapp.ui.inspections.request_action import inspect_request
from fieldapp.ui.notices.batch import print_batch
from fieldapp.ui.notices.preview import NoticePreview, open_notice
from fieldapp.ui.requests import model as columns
from fieldapp.ui.requests.dialog import RequestDialog
from fieldapp.ui.requests.history import request_history
from fieldapp.ui.requests.model import RequestTableModel
from fieldapp.ui.requests.stage_dialog import StageDialog
from fieldapp.ui.requests.summary import RequestSummary
from fieldapp.ui.shared.history_dialog import HistoryDialog
from fieldapp.ui.shared.record_list import RecordListPage
from fieldapp.ui.shared.session import Session

WIDTHS = {columns.NUMBER: 176, columns.HOUSEHOLD: 58, columns.ACCOUNT_NO: 86,
          columns.COMMUNITY: 76, columns.PARKING: 72, columns.POWER: 72,
          columns.CHANNEL: 76, columns.STATUS: 108, columns.ACCEPTED_AT: 116,
          columns.STAGE_DAYS: 70, columns.CONNECTION_DAYS: 86}
NUMBER_SAMPLE = "0000AAAA-20261231-0000"  # the widest request number
RECEIPT = "receipt"  # the notice kind printed from this page
PLAN = "plan"  # 勘查及供电方案答复单, once the request has a measurement
REFRESH_MS = 5 * 60 * 1000  # days in stage and overdue flags move with the clock


class RequestsPage(RecordListPage):
    LONG_COLUMNS = (columns.COMMUNITY, columns.CHANNEL, columns.DEFERRED)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.summary = RequestSummary(self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("全部状态"), "")
        self.status_filter.addItem(self.tr("办理中"), "open")
        for status in Status:
            self.status_filter.addItem(status.label, status.value)
        self.community_filter = QComboBox(self)
        self.community_filter.setMinimumContentsLength(8)
        self.channel_filter = QComboBox(self)
        self.channel_filter.addItem(self.tr("全部渠道"), "")
        for channel in Channel:
            self.channel_filter.addItem(channel.label, channel.value)
        self.overdue_check = QCheckBox(self.tr("仅超期"), self)
        self.deferred_check = QCheckBox(self.tr("有容缺材料"), self)
        filters = QHBoxLayout()
        for widget in (self.status_filter, self.community_filter, self.channel_filter,
                       self.overdue_check, self.deferred_check):
            filters.addWidget(widget)
        self._build(RequestTableModel(session.store, self),
                    self.tr("搜索报装编号、住户姓名、户号、车位…  (Ctrl+F)"),
                    self.tr("新建报装"), WIDTHS, filters)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        for column, width in WIDTHS.items():  # translated headers may be wider
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.setColumnWidth(columns.NUMBER, max(
            self.table.columnWidth(columns.NUMBER),
            self.table.fontMetrics().horizontalAdvance(NUMBER_SAMPLE) + 14))
        self.add_button.setToolTip("Ctrl+N")
        self.delete_button.hide()  # a request is cancelled, never deleted
        self.layout().insertWidget(0, self.summary)
        self._build_workflow_buttons()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(columns.ACCEPTED_AT,
                                                       Qt.SortOrder.DescendingOrder)
        self.model.layoutChanged.connect(self._show_selected)  # re-sorted: follow it
        for combo in (self.status_filter, self.community_filter, self.channel_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for check in (self.overdue_check, self.deferred_check):
            check.toggled.connect(self.apply_filters)
        self._add_find_shortcut()
        QShortcut(QKeySequence.StandardKey.New, self, self.add_record)
        session.changed.connect(self._on_changed)
        self._clock = QTimer(self)
        self._clock.setInterval(REFRESH_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._reload_communities()
        self._stale = True  # filled in when first shown

    def _build_workflow_buttons(self) -> None:
        """One button per target status (only the selected request's next steps show),
        then 补齐材料, placed after 变更记录 in the button row."""
        self._step_texts = {Status.SURVEYED: self.tr("勘查完成(&S)…"),
                            Status.PLAN_REPLIED: self.tr("答复方案(&R)…"),
                            Status.CONNECTED: self.tr("装表接电(&C)…"),
                            Status.ARCHIVED: self.tr("归档(&A)…"),
                            Status.ACCEPTED: self.tr("恢复办理(&U)…"),
                            Status.ON_HOLD: self.tr("暂停(&P)…"),
                            Status.CANCELLED: self.tr("取消报装(&X)…")}
        self.step_buttons: dict[Status, QPushButton] = {}
        self.step_shortcuts: dict[Status, QShortcut] = {}
        self._moving = False
        row = self.layout().itemAt(self.layout().count() - 1).layout()
        at = row.indexOf(self.history_button) + 1
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        row.insertWidget(at, separator)
        for status in (Status.ACCEPTED, Status.SURVEYED, Status.PLAN_REPLIED,
                       Status.CONNECTED, Status.ARCHIVED, Status.ON_HOLD, Status.CANCELLED):
            at += 1
            button = QPushButton(self)
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            button.hide()
            row.insertWidget(at, button)
            self.step_buttons[status] = button
            shortcut = QShortcut(self)
            shortcut.setAutoRepeat(False)  # a held key presses once
            shortcut.activated.connect(lambda s=status: self._step_key(s))
            self.step_shortcuts[status] = shortcut
            self._set_step_text(status, self._step_texts[status])
        self.supply_button = QPushButton(self.tr("补齐材料(&M)…"), self)
        self.supply_button.clicked.connect(self.supply_document)
        row.insertWidget(at + 1, self.supply_button)
        self.receipt_button = QPushButton(self.tr("打印回执(&T)…"), self)
        self.receipt_button.clicked.connect(self.print_receipt)
        row.insertWidget(at + 2, self.receipt_button)
        self.batch_button = QPushButton(self.tr("批量打印(&B)…"), self)
        self.batch_button.setToolTip(self.tr(
            "今天的受理回执或选中报装的回执合成一个 PDF 打印（Alt+B；Ctrl/Shift+单击多选）"))
        self.batch_button.clicked.connect(self.print_batch)
        row.insertWidget(at + 3, self.batch_button)
        self.inspect_button = QPushButton(self.tr("安全检查(&I)…"), self)
        self.inspect_button.setToolTip(self.tr("安排或打开该报装的充电桩安装安全检查（Alt+I）"))
        self.inspect_button.clicked.connect(self.inspect_selected)
        row.insertWidget(at + 4, self.inspect_button)
        self.inspect_button.hide()
        self.plan_button = QPushButton(self.tr("打印方案答复单(&Y)…"), self)
        self.plan_button.clicked.connect(self.print_plan)
        row.insertWidget(row.indexOf(self.receipt_button) + 1, self.plan_button)
        self.plan_button.hide()  # shown with a selected request
        self.notice_preview: NoticePreview | None = None

    def _set_step_text(self, status: Status, text: str) -> None:
        """The button's text with its access key underlined; the key itself is served by
        the page's shortcut (which ignores repeats), not by the button's mnemonic."""
        button = self.step_buttons[status]
        button.setText(text)
        button.setShortcut(QKeySequence())
        self.step_shortcuts[status].setKey(QKeySequence.mnemonic(text))

    def _step_key(self, status: Status) -> None:
        button = self.step_buttons[status]
        if button.isVisible() and button.isEnabled():
            button.click()

    # -- filters -------------------------------------------------------------------------
    def _reload_communities(self) -> None:
        self._fill_community_filter(self.community_filter,
                                    self._session.store.communities.names())

    def apply_filters(self) -> None:
        selected = self.selected_uuids()
        self.model.set_query(RequestFilter(
            status=self.status_filter.currentData() or "",
            community_uuid=self.community_filter.currentData() or "",
            channel=self.channel_filter.currentData() or "",
            overdue=self.overdue_check.isChecked(),
            has_deferred=self.deferred_check.isChecked(),
            text=self.search_edit.text().strip()))
        if len(selected) == 1:
            self.select_uuid(selected[0])
        elif selected:  # several: keep every one still listed selected
            for request_uuid in selected:
                row = self.model.row_of(request_uuid)
                if row >= 0:
                    self.table.selectionModel().select(
                        self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows)

    def refresh(self) -> None:
        """After a change of the data (or as time passes): the list and the figures.
        A hidden page only notes that it is stale and catches up when shown, so start-up
        and edits elsewhere do not pay for a list nobody is looking at."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.apply_filters()
        self.summary.show_summary(self._session.store.charger_requests.summary())

    def _tick(self) -> None:
        """The periodic refresh (stage days and overdue flags move with time): the list
        stays where the user scrolled it."""
        bar = self.table.verticalScrollBar()
        where = bar.value()
        self.refresh()
        bar.setValue(where)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_household(self, account_no: str) -> None:
        """Every request of one household (from the households page)."""
        for combo in (self.status_filter, self.community_filter, self.channel_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for check in (self.overdue_check, self.deferred_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.search_edit.setText(account_no)
        self._search_now()

    def status_text(self) -> str:
        return self.tr("共 %1 件").replace("%1", f"{self.model.rowCount():,}")

    def _on_changed(self, kind: str) -> None:
        if kind == "community":
            self._reload_communities()
        self.refresh()

    # -- selection and buttons ------------------------------------------------------------
    def selected(self) -> RequestRow | None:
        """The selected request, when exactly one is selected."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.request_row(rows[0].row()) if len(rows) == 1 else None

    def selected_uuids(self) -> list[str]:
        """The selected requests' record ids, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.request_row(row).request.uuid for row in rows]

    def select_uuid(self, request_uuid: str) -> None:
        self.select_row(self.model.row_of(request_uuid))

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])

    def _update_buttons(self) -> None:
        super()._update_buttons()
        row = self.selected()
        request = self._session.store.charger_requests.get(row.request.uuid) if row else None
        steps = charger.next_steps(request) if request else []
        for status, button in self.step_buttons.items():
            button.setVisible(status in steps)
            if status not in steps:
                continue
            if request.state == Status.ON_HOLD and status not in charger.NEEDS_REASON:
                self._set_step_text(status, self.tr("恢复办理（%1）(&U)…").replace(
                    "%1", status.label))
            else:
                self._set_step_text(status, self._step_texts[status])
            # the reason and the stage's details are asked for on the click
            problems = self._session.store.charger_requests.move_blockers(request, status)
            button.setEnabled(not problems and not self._moving)
            key = self.step_shortcuts[status].key().toString(
                QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(("\n".join(problems) if problems else
                               self.tr("状态改为“%1”").replace("%1", status.label))
                              + self.tr("（%1）").replace("%1", key))
        deferred = request.deferred() if request else []
        final = request is not None and request.state in charger.FINAL
        self.supply_button.setEnabled(bool(deferred) and not final)
        self.supply_button.setToolTip(
            self.tr("容缺材料：%1").replace("%1", "、".join(d.label for d in deferred))
            if deferred else self.tr("没有待补齐的容缺材料"))
        self.edit_button.setText(self.tr("查看") if final else self.tr("编辑"))
        problem = self._session.notice_problem(RECEIPT, request.uuid) if request else ""
        self.receipt_button.setEnabled(request is not None and not problem)
        self.inspect_button.setVisible(request is not None)  # like the step buttons
        self.receipt_button.setToolTip(problem or self.tr(
            "出具受理回执并预览，已出具的补打同一份（Alt+T）"))
        plan_problem = self._session.notice_problem(PLAN, request.uuid) if request else ""
        self.plan_button.setVisible(request is not None)  # like the step buttons
        self.plan_button.setEnabled(request is not None and not plan_problem)
        self.plan_button.setToolTip(plan_problem or self.tr(
            "出具勘查及供电方案答复单并预览，已出具的补打同一份（Alt+Y）"))

    # -- actions -----------------------------------------------------------------------------
    def add_record(self) -> None:
        self.new_request_for("")

    def new_request_for(self, household_uuid: str) -> None:
        """The request form, with the household chosen when one is given."""
        dialog = RequestDialog(self._session, parent=self, household_uuid=household_uuid)
        dialog.exec()
        if dialog.saved:
            self.select_uuid(dialog.saved.uuid)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        request = self._session.store.charger_requests.get(row.request.uuid)
        if request is None:
            self.refresh()
            return
        dialog = RequestDialog(self._session, request, parent=self)
        dialog.exec()
        if dialog.saved:
            self.select_uuid(dialog.saved.uuid)

    def delete_selected(self) -> None:
        """Requests are cancelled with a reason, not deleted."""

    def move_to(self, target: Status) -> None:
        """Move the selected request to `target` through the stage dialog; the step
        buttons stay disabled until it closes."""
        row = self.selected()
        if row is None or self._moving:
            return
        title = self.tr("报装 %1").replace("%1", row.request.request_no)
        request = self._session.store.charger_requests.get(row.request.uuid)
        if request is None or request.rev != row.request.rev:  # changed elsewhere
            QMessageBox.warning(self, title, msg("store.gone") if request is None else msg(
                "store.stale", theirs=request.rev, mine=row.request.rev))
            self.refresh()
            return
        problems = self._session.store.charger_requests.move_blockers(request, target)
        if problems:
            QMessageBox.warning(self, title, "\n".join(problems))
            return
        self._moving = True
        for button in self.step_buttons.values():
            button.setEnabled(False)
        try:
            dialog = StageDialog(self._session, request, target, self)
            dialog.exec()
        finally:
            self._moving = False
            self._update_buttons()
        if dialog.moved is not None:
            self.select_uuid(dialog.moved.uuid)
        elif dialog.failed:  # changed elsewhere meanwhile: show what is there now
            self.refresh()

    def supply_document(self) -> None:
        """A deferred document has arrived: pick which one."""
        row = self.selected()
        if row is None:
            return
        request = self._session.store.charger_requests.get(row.request.uuid)
        deferred = request.deferred() if request else []
        if not deferred:
            return
        title = self.tr("补齐材料 — %1").replace("%1", request.request_no)
        labels = [d.label for d in deferred]
        label, ok = QInputDialog.getItem(self, title, self.tr("已补齐的容缺材料："), labels,
                                         0, False)
        if not ok or label not in labels:
            return
        try:
            self._session.supply_document(request.uuid, deferred[labels.index(label)].kind)
        except StoreError as error:
            QMessageBox.warning(self, title, str(error))
            self.refresh()

    def print_receipt(self) -> None:
        """Issue (or reprint) the selected request's receipt and show it in the preview;
        a refusal is shown as the notices layer words it."""
        row = self.selected()
        if row is None:
            return
        title = self.tr("受理回执 — %1").replace("%1", row.request.request_no)
        try:
            issued = self._session.issue_notice(RECEIPT, row.request.uuid)
        except ValueError as error:
            QMessageBox.warning(self, title, str(error))
            self._update_buttons()
            return
        if issued.reprint:
            title = self.tr("补打受理回执 — %1").replace("%1", row.request.request_no)
        if self.notice_preview is not None:
            self.notice_preview.close()
            self.notice_preview.deleteLater()
        self.notice_preview = NoticePreview(issued, title, self)
        self.notice_preview.open()  # window-modal, returns at once

    def inspect_selected(self) -> None:
        """安全检查: plan or open the selected request's charger inspection."""
        row = self.selected()
        if row is not None:
            inspect_request(self, self._session, row.request.uuid)
            self._update_buttons()

    def print_plan(self) -> None:
        """Issue (or reprint) the selected request's 勘查及供电方案答复单 and preview it."""
        row = self.selected()
        if row is None:
            return
        preview = open_notice(self._session, PLAN, row.request.uuid, self)
        if preview is None:
            self._update_buttons()
            return
        self._show_preview(preview)

    def print_batch(self) -> None:
        """批量打印…: today's receipts or the selected requests' in one PDF, previewed."""
        print_batch(self, self._session, self.selected_uuids(), self._show_preview)

    def _show_preview(self, preview: NoticePreview) -> None:
        if self.notice_preview is not None:
            self.notice_preview.close()
            self.notice_preview.deleteLater()
        self.notice_preview = preview

    def show_history(self) -> None:
        row = self.selected()
        if row is None:
            return
        store = self._session.store
        request = store.charger_requests.get(row.request.uuid)
        if request is not None:
            HistoryDialog(self.tr("报装 %1").replace("%1", request.request_no),
                          request_history(store, request), None, self).exec()
