import pytest
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.ui.communities.dialog import CommunityDialog
from fieldapp.ui.communities.page import VALID_UNTIL, CommunitiesPage
from fieldapp.ui.shared.session import Session

from .ui_helpers import Answers, type_text


@pytest.fixture
def page(qtbot, store, community):
    widget = CommunitiesPage(Session(store))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def submit_new_community(qtbot, page, name: str, valid_until: str) -> CommunityDialog:
    dialog = CommunityDialog(page._session, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.nameEdit, name)
    type_text(qtbot, dialog.ui.permitValidUntilEdit, valid_until)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog


def test_add_a_community_and_see_it_listed(qtbot, page, store):
    dialog = submit_new_community(qtbot, page, "锦绣家园", "2020-01-31")
    assert not dialog.isVisible()
    # by pinyin: 锦绣 (jin xiu) before 幸福 (xing fu)
    assert [r.community.name for r in store.communities.listing()] == ["锦绣家园", "幸福花园"]
    assert page.model.rowCount() == 2
    expired = page.model.index(0, VALID_UNTIL).data()
    assert "已过期" in expired


def test_a_bad_date_is_shown_at_its_field(qtbot, page, store):
    dialog = submit_new_community(qtbot, page, "锦绣家园", "下个月")
    assert dialog.isVisible() and "日期" in dialog.ui.permitValidUntilError.text()
    assert store.communities.count() == 1


def test_a_duplicate_name_is_refused_at_the_name(qtbot, page, store):
    dialog = CommunityDialog(page._session, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.nameEdit, "幸福花园")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "已存在" in dialog.ui.nameError.text()


def test_deleting_a_community_in_use_is_explained(qtbot, page, store, household, monkeypatch):
    answers = Answers(monkeypatch)
    page.model.refresh()
    page.table.selectRow(0)
    page.delete_button.click()
    assert answers.warned and "还有 1 户" in answers.warned[0]
    assert store.communities.count() == 1


def test_deleting_an_empty_community(qtbot, page, store, monkeypatch):
    Answers(monkeypatch)
    page.table.selectRow(0)
    page.delete_button.click()
    assert store.communities.count() == 0 and page.model.rowCount() == 0


def test_search_filters_the_list(qtbot, page):
    type_text(qtbot, page.search_edit, "锦绣")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "车站")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
