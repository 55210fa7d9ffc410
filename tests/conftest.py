"""Shared fixtures. Qt must run offscreen, and this must be set before Qt loads."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from fieldapp.domain.messages import set_language  # noqa: E402
from fieldapp.domain.records import Community, Household  # noqa: E402
from fieldapp.store import Store  # noqa: E402

VALID_ID = "11010519491231002X"  # the GB 11643 standard's own example


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Every test gets its own data folder (settings, default database), Chinese
    messages and synchronous background tasks."""
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "data"))
    set_language("zh")
    try:
        from fieldapp.ui.shared import tasks
    except ImportError:  # pragma: no cover - Qt missing
        yield
        return
    tasks.use_synchronous_runner(True)
    _refuse_unanswered_dialogs(monkeypatch)
    yield
    tasks.use_synchronous_runner(False)
    set_language("zh")
    from PySide6.QtWidgets import QApplication

    from fieldapp.app import remove_translations

    if QApplication.instance() is not None:
        remove_translations(QApplication.instance())


def _refuse_unanswered_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite offscreen: fail instead.
    Tests that expect a dialog answer it with ui_helpers.Answers."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    def refuse(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getInt", "getText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, refuse)
    # first start asks who works here: ui_helpers.answer_operator answers it
    from fieldapp.ui.window.operator_dialog import OperatorDialog

    monkeypatch.setattr(OperatorDialog, "exec",
                        lambda dialog: refuse(dialog.windowTitle(), "OperatorDialog"))
    # a stage move asks what the stage means: tests answer it (test_ui_request_stages.py)
    from fieldapp.ui.requests.stage_dialog import StageDialog

    monkeypatch.setattr(StageDialog, "exec",
                        lambda dialog: refuse(dialog.windowTitle(), "StageDialog"))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "fieldapp.sqlite3"


@pytest.fixture
def store(db_path):
    with Store.open(db_path, operator="tester") as opened:
        yield opened


@pytest.fixture
def supervisor(tmp_path):
    """The supervisor's database, into which laptops' workbooks are imported."""
    with Store.open(tmp_path / "supervisor.sqlite3", operator="sup") as store:
        yield store


@pytest.fixture
def community(store) -> Community:
    return store.communities.save(Community(name="幸福花园", district="鹿城区",
                                            street="车站大道", station_area="幸福1号台区"))


def make_household(community: Community, **fields) -> Household:
    values = dict(account_no="0330012345", name="张三", mobile="13812345678",
                  id_number=VALID_ID, community_uuid=community.uuid, building="3", unit="2",
                  room="501")
    values.update(fields)
    return Household(**values)


@pytest.fixture
def household(store, community) -> Household:
    return store.households.save(make_household(community))
