"""`fieldapp`: builds the QApplication (translations, bundled font) and the main window."""
from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldapp import APP_NAME, __version__, platform_check
from fieldapp.domain.messages import set_language
from fieldapp.paths import asset, default_database_path
from fieldapp.store import Store, StoreError
from fieldapp.ui.shared import preferences

if TYPE_CHECKING:
    from fieldapp.ui.shared.session import Session

CJK_FONT = ("fonts", "DroidSansFallbackFull.ttf")


def register_cjk_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and put it behind the default font as a fallback,
    so Chinese never renders as boxes. Returns its family name."""
    font_id = QFontDatabase.addApplicationFont(str(asset(*CJK_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([app.font().family(), families[0]])
    app.setFont(font)
    return families[0]


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues (qtbase_zh_CN.qm) are: Qt's translations path, or the
    PySide6 package's copy when that path is missing (some bundles)."""
    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (configured / "qtbase_zh_CN.qm").exists():
        return configured
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


_installed: list[QTranslator] = []


def remove_translations(app: QApplication) -> None:
    """Back to the strings as written in the code (Chinese, and Qt's English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """The interface is written in Chinese; English comes from fieldapp_en.qm. Qt's own
    strings (file dialogs, message-box buttons, context menus) are English inside Qt and
    come from Qt's Chinese catalogue. Whatever an earlier call installed is removed first,
    so the language can change within the process."""
    remove_translations(app)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        catalogues = [("fieldapp_en", str(asset("translations")))]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        catalogues = [("qtbase_zh_CN", str(qt_translations_dir()))]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    # the system's own file dialogs speak the system's language: when that is not the
    # interface's, Qt's dialogs are used, translated like the rest
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                              system_language() != language)
    return list(_installed)


def system_language() -> str:
    """'zh' when the operating system speaks Chinese, else 'en'."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def welcome(window: QWidget, session: Session, offer_demo: bool) -> None:
    """First start: who works here (unless said with --operator), then demo data."""
    if session.store.operator_unknown:
        from fieldapp.ui.window.operator_dialog import ask_operator

        ask_operator(window, session, first_start=True)
    if offer_demo:
        from fieldapp.ui.window.demo_offer import offer_demo_data

        offer_demo_data(window, session)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldapp", description="FieldApp 现场服务助手")
    parser.add_argument("--db", help="database file (default: the user's data folder)")
    parser.add_argument("--lang", choices=["zh", "en"], help="interface language")
    parser.add_argument("--operator", help="operator written to updated_by and the audit log"
                        " for this run (default: the one set in the window)")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not platform_check.window_can_open(args.lang):  # Qt would abort with a wrong hint
        return platform_check.EXIT_MISSING_LIBRARIES
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(asset("icons", "fieldapp.svg"))))
    settings = preferences.settings()
    language = args.lang or preferences.get(settings, preferences.LANGUAGE)
    set_language(language)
    install_translations(app, language)
    register_cjk_font(app)
    title = app.translate("app", "现场服务助手")
    try:
        store = Store.open(args.db or default_database_path(), operator=args.operator)
    except StoreError as error:
        QMessageBox.critical(None, title, str(error))
        return 2
    from fieldapp.ui.shared.session import Session
    from fieldapp.ui.window.main_window import MainWindow

    try:
        session = Session(store)
        window = MainWindow(session, settings)
    except sqlite3.DatabaseError as error:
        QMessageBox.critical(None, title, app.translate(
            "app", "数据库文件已损坏，无法读取（%1）。请用 fieldapp-cli check 检查。")
            .replace("%1", str(error)))
        return 2
    window.show()
    first_start: QTimer | None = None
    if args.quit_after_show:
        QTimer.singleShot(0, app.quit)
    else:
        offer_demo = store.is_empty() and not preferences.get(settings,
                                                               preferences.DEMO_OFFERED)
        if offer_demo:
            preferences.put(settings, preferences.DEMO_OFFERED, True)
        if store.operator_unknown or offer_demo:
            first_start = QTimer(window, singleShot=True, interval=0)
            first_start.timeout.connect(lambda: welcome(window, session, offer_demo))
            first_start.start()
    code = app.exec()
    if first_start is not None:
        first_start.stop()  # never after the database closed
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
