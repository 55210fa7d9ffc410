"""The application as a whole: start-up, fonts, language, remembered geometry."""
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp import app as fieldapp_app
from fieldapp.store import Store
from fieldapp.ui.shared import preferences
from fieldapp.ui.shared.session import Session
from fieldapp.ui.window.main_window import MainWindow

from .ui_helpers import Answers, answer_operator


def test_first_start_creates_the_default_database_and_shows_the_window(qapp, tmp_path,
                                                                       monkeypatch):
    answers = Answers(monkeypatch, answer=QMessageBox.StandardButton.No)
    answer_operator(monkeypatch)
    shown = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: QApplication.processEvents() or 0)
    assert fieldapp_app.main([]) == 0
    assert len(answers.asked) == 1  # demo data offered on the empty database, declined
    assert (tmp_path / "data" / "fieldapp.sqlite3").exists()
    window = shown[0]
    assert window.windowTitle() == "现场服务助手 FieldApp"
    assert window.navigation.item(0).text() == "住户"


def test_the_window_offers_demo_data_on_an_empty_database(qapp, db_path, monkeypatch, qtbot):
    answers = Answers(monkeypatch)
    answer_operator(monkeypatch)
    windows = []
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))
    monkeypatch.setattr(QApplication, "exec",
                        lambda self=None: qtbot.waitUntil(lambda: bool(answers.asked)) or 0)
    fieldapp_app.main(["--db", str(db_path)])
    assert "演示数据" in answers.asked[0]
    with Store.open(db_path) as store:
        assert store.households.count() == 2000
    # offered once only
    answers.asked.clear()
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    fieldapp_app.main(["--db", str(tmp_path_db := db_path.with_name("other.sqlite3"))])
    assert answers.asked == [] and tmp_path_db.exists()


def test_a_broken_database_is_reported_in_a_dialog_not_a_traceback(qapp, tmp_path,
                                                                   monkeypatch):
    answers = Answers(monkeypatch)
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not sqlite" * 50)
    assert fieldapp_app.main(["--db", str(path)]) == 2
    assert "不是数据库文件" in answers.warned[0]
    assert path.read_bytes() == b"this is not sqlite" * 50


def test_the_bundled_cjk_font_is_registered(qapp):
    family = fieldapp_app.register_cjk_font(qapp)
    assert family == "Droid Sans Fallback"
    assert family in QFontDatabase.families()
    assert family in qapp.font().families()


def test_english_interface(qapp, store):
    translators = fieldapp_app.install_translations(qapp, "en")
    try:
        assert translators, "fieldapp_en.qm did not load"
        window = MainWindow(Session(store), preferences.settings())
        assert window.windowTitle() == "FieldApp field service assistant"
        assert window.navigation.item(0).text() == "Households"
        assert window.navigation.item(1).text() == "Communities"
        assert window.households_page.add_button.text() == "Add household"
        assert window.households_page.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_window_geometry_is_remembered(qapp, store, qtbot):
    settings = preferences.settings()
    first = MainWindow(Session(store), settings)
    qtbot.addWidget(first)
    first.setGeometry(QRect(40, 50, 720, 520))
    first.show()
    first.close()
    second = MainWindow(Session(store), preferences.settings())
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)


@pytest.mark.parametrize("language, expected", [("zh", "zh"), ("en", "en")])
def test_language_preference_round_trips(language, expected):
    settings = preferences.settings()
    preferences.put(settings, preferences.LANGUAGE, language)
    assert preferences.get(preferences.settings(), preferences.LANGUAGE) == expected
