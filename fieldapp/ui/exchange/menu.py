"""The exchange entries of the File menu: export, import, the deferred conflicts (their
number in the entry's text while there are any), and importing a household roster."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from fieldapp.ui.shared.session import Session

# The flows themselves are imported when first used: they bring the exchange package,
# which start-up does not need.


def export_from_window(window, session) -> None:
    from fieldapp.ui.exchange.export import export_from_window as flow

    flow(window, session)


def import_from_window(window, session, finished) -> None:
    from fieldapp.ui.exchange.import_flow import import_from_window as flow

    flow(window, session, finished)


def import_roster_from_window(window, session) -> None:
    from fieldapp.ui.roster.import_flow import import_roster_from_window as flow

    flow(window, session)


class ExchangeActions(QObject):
    def __init__(self, window: QWidget, session: Session):
        super().__init__(window)
        self.window, self.session = window, session
        self.export_action = QAction(self.tr("导出交换文件(&E)…"), window)
        self.export_action.setStatusTip(
            self.tr("把数据导出为 Excel 交换文件，交给主管或另一台电脑"))
        self.export_action.triggered.connect(lambda: export_from_window(window, session))
        self.import_action = QAction(self.tr("导入交换文件(&I)…"), window)
        self.import_action.setStatusTip(
            self.tr("导入别的电脑导出的 Excel 交换文件，先预览再导入"))
        self.import_action.triggered.connect(
            lambda: import_from_window(window, session, self.refresh))
        self.roster_action = QAction(self.tr("导入住户花名册(&H)…"), window)
        self.roster_action.setStatusTip(
            self.tr("从营销系统导出的或手工整理的住户名单（Excel）导入住户，先指定列再预览"))
        self.roster_action.triggered.connect(lambda: import_roster_from_window(window, session))
        self.conflicts_action = QAction(window)
        self.conflicts_action.setStatusTip(self.tr("导入时暂缓决定的冲突"))
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.refresh()

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.export_action, self.import_action, self.conflicts_action])
        menu.addSeparator()
        menu.addAction(self.roster_action)
        menu.aboutToShow.connect(self.refresh)

    def refresh(self) -> None:
        n = self.session.store.open_conflict_count()
        text = self.tr("待处理冲突(&C)…") if not n else \
            self.tr("待处理冲突 (%1)(&C)…").replace("%1", str(n))
        self.conflicts_action.setText(text)

    def show_conflicts(self) -> None:
        from fieldapp.ui.exchange.conflicts import PendingConflictsDialog

        dialog = PendingConflictsDialog(self.session, self.window)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()
