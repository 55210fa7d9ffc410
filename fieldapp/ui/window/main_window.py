"""The main window: navigation on the left, one page per record kind."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fieldapp import __version__
from fieldapp.paths import asset
from fieldapp.ui.communities.page import CommunitiesPage
from fieldapp.ui.exchange.menu import ExchangeActions
from fieldapp.ui.garages.page import GaragesPage
from fieldapp.ui.households.page import HouseholdsPage
from fieldapp.ui.inspections.page import InspectionsPage
from fieldapp.ui.requests.page import RequestsPage
from fieldapp.ui.shared import preferences
from fieldapp.ui.shared.screen_fit import place_window
from fieldapp.ui.shared.session import Session
from fieldapp.ui.window.demo_offer import ask_and_generate
from fieldapp.ui.window.operator_dialog import ask_operator

HOUSEHOLDS, COMMUNITIES, REQUESTS, GARAGES, INSPECTIONS = range(5)
PATH_WIDTH = 360  # the database path is elided in the middle beyond this (px)
UNSET_STYLE = "color: #b3261e;"


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._settings = settings
        self.setWindowTitle(self.tr("现场服务助手 FieldApp"))
        self.setWindowIcon(QIcon(str(asset("icons", "fieldapp.svg"))))
        self.households_page = HouseholdsPage(session, self)
        self.communities_page = CommunitiesPage(session, self)
        self.requests_page = RequestsPage(session, self)
        self.garages_page = GaragesPage(session, self)
        self.inspections_page = InspectionsPage(session, self)
        self.households_page.requests_panel.show_requests.connect(self._show_requests_of)
        self.households_page.hazards_panel.plan_inspection.connect(self._plan_inspection_for)
        self.pages = QStackedWidget(self)
        self.navigation = QListWidget(self)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMaximumWidth(180)
        self.navigation.setMinimumWidth(110)
        for page, title, icon in ((self.households_page, self.tr("住户"), "households.svg"),
                                  (self.communities_page, self.tr("小区"), "communities.svg"),
                                  (self.requests_page, self.tr("充电桩报装"), "requests.svg"),
                                  (self.garages_page, self.tr("车库图"), "garages.svg"),
                                  (self.inspections_page, self.tr("安全检查"),
                                   "inspections.svg")):
            self.pages.addWidget(page)
            QListWidgetItem(QIcon(str(asset("icons", icon))), title, self.navigation)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([140, 1140])
        self.setCentralWidget(splitter)
        self._build_status_bar()
        session.operator_changed.connect(self._show_operator)
        self._build_menus()
        place_window(self, preferences.get(settings, preferences.GEOMETRY))

    def _build_status_bar(self) -> None:
        """Who works and on which database, in permanent widgets that menus' status tips
        and passing messages do not erase."""
        self.operator_label = QLabel(self)
        self.device_label = QLabel(self)
        path = str(self.session.path)
        self.path_label = QLabel(self)
        self.path_label.setText(self.tr("数据库：%1").replace(
            "%1", self.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle,
                                                PATH_WIDTH)))
        self.path_label.setToolTip(path)
        for label in (self.operator_label, self.device_label, self.path_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)
        self._show_operator()

    def _show_operator(self) -> None:
        store = self.session.store
        if store.operator_unknown:
            self.operator_label.setText(self.tr("操作员：未设置（%1）")
                                        .replace("%1", store.operator))
            self.operator_label.setStyleSheet(UNSET_STYLE)
            self.operator_label.setToolTip(self.tr("文件 → 操作员… 填写姓名和工号"))
        else:
            self.operator_label.setText(self.tr("操作员：%1").replace("%1", store.operator))
            self.operator_label.setStyleSheet("")
            self.operator_label.setToolTip(self.tr("保存的记录和变更记录写上这个操作员"))
        device = store.device_name
        self.device_label.setText(self.tr("设备：%1").replace(
            "%1", f"{device} ({store.device_id})" if device else store.device_id))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        new = QAction(self.tr("新增住户(&N)"), self)
        new.triggered.connect(self._new_household)
        file_menu.addAction(new)
        new_request = QAction(self.tr("新建报装(&R)…"), self)
        new_request.triggered.connect(self._new_request)
        file_menu.addAction(new_request)
        demo = QAction(self.tr("生成演示数据(&D)…"), self)
        demo.triggered.connect(lambda: ask_and_generate(self, self.session))
        file_menu.addAction(demo)
        self.operator_action = QAction(self.tr("操作员(&O)…"), self)
        self.operator_action.setStatusTip(self.tr("更换操作员的姓名、工号和设备名称"))
        self.operator_action.triggered.connect(lambda: ask_operator(self, self.session))
        file_menu.addAction(self.operator_action)
        file_menu.addSeparator()
        self.exchange = ExchangeActions(self, self.session)
        self.exchange.add_to(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        language_menu = view_menu.addMenu(self.tr("界面语言(&L)"))
        group = QActionGroup(self)
        current = preferences.get(self._settings, preferences.LANGUAGE)
        for code, label in (("zh", "中文"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        for row, shortcut in ((HOUSEHOLDS, "Ctrl+1"), (COMMUNITIES, "Ctrl+2"),
                              (REQUESTS, "Ctrl+3"), (GARAGES, "Ctrl+4"),
                              (INSPECTIONS, "Ctrl+5")):
            go = QAction(self.navigation.item(row).text(), self)
            go.setShortcut(QKeySequence(shortcut))
            go.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            view_menu.addAction(go)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _new_household(self) -> None:
        self.navigation.setCurrentRow(HOUSEHOLDS)
        self.households_page.add_record()

    def _new_request(self) -> None:
        self.navigation.setCurrentRow(REQUESTS)
        self.requests_page.add_record()

    def _show_requests_of(self, account_no: str) -> None:
        self.navigation.setCurrentRow(REQUESTS)
        self.requests_page.show_household(account_no)

    def _plan_inspection_for(self, household_uuid: str) -> None:
        self.navigation.setCurrentRow(INSPECTIONS)
        self.inspections_page.plan_for(household_uuid=household_uuid)

    def _set_language(self, code: str) -> None:
        preferences.put(self._settings, preferences.LANGUAGE, code)
        QMessageBox.information(self, self.tr("界面语言"),
                                self.tr("重新启动程序后使用新的界面语言。"))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.about_text())

    def about_text(self) -> str:
        """What the program does today, nothing announced before it is built."""
        return self.tr(
            "现场服务助手 FieldApp %1\n\n"
            "离线登记住户和小区（含一小区一证明），受理充电桩报装并跟踪各环节，"
            "用 Excel 交换文件与其他电脑合并数据，导入住户花名册。\n\n"
            "数据库：%2\n操作员：%3").replace("%1", __version__).replace(
            "%2", str(self.session.path)).replace("%3", self.session.store.operator)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        preferences.put(self._settings, preferences.GEOMETRY, self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)
