"""The paged households model, without any widget."""
from PySide6.QtCore import QModelIndex, Qt

from fieldapp import demo
from fieldapp.domain import pinyin
from fieldapp.store.households import HouseholdQuery
from fieldapp.ui.households import model as columns
from fieldapp.ui.households.model import MAX_PAGES, PAGE_SIZE, ROW_ROLE, HouseholdTableModel


class CountingHouseholds:
    """The real repository, counting how many pages the model fetches."""

    def __init__(self, households):
        self._households = households
        self.fetches = 0

    def ids(self, query):
        return self._households.ids(query)

    def row_id(self, household_uuid):
        return self._households.row_id(household_uuid)

    def rows(self, ids):
        self.fetches += 1
        return self._households.rows(ids)


def test_model_shows_masked_identifiers(qapp, store, household):
    model = HouseholdTableModel(store.households)
    model.refresh()
    assert model.rowCount() == 1 and model.columnCount() == 8
    text = [model.index(0, c).data() for c in range(8)]
    assert text[columns.ACCOUNT_NO] == "0330012345"
    assert text[columns.NAME] == "张三"
    assert text[columns.MOBILE] == "138****5678"
    assert text[columns.ID_NUMBER] == "110105********002X"
    assert text[columns.COMMUNITY] == "幸福花园"
    assert text[columns.ADDRESS] == "3幢2单元501室"
    assert model.index(0, 0).data(ROW_ROLE).uuid == household.uuid
    assert model.headerData(columns.NAME, Qt.Orientation.Horizontal) == "姓名"
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree


def test_model_fetches_pages_on_demand_and_bounds_its_cache(qapp, store):
    demo.generate(store, 1200, seed=3)
    counting = CountingHouseholds(store.households)
    model = HouseholdTableModel(counting)
    model.set_query(HouseholdQuery())
    assert model.rowCount() == 1200 and counting.fetches == 0
    model.index(0, 1).data()
    model.index(PAGE_SIZE - 1, 1).data()
    assert counting.fetches == 1
    last = model.index(1199, 1).data()
    assert counting.fetches == 2 and last
    for row in range(0, 1200, PAGE_SIZE):
        model.index(row, 1).data()
    assert model._rows.cached_pages <= MAX_PAGES


def test_sorting_asks_the_store_for_a_new_order(qapp, store):
    demo.generate(store, 300, seed=5)
    model = HouseholdTableModel(store.households)
    model.refresh()
    model.sort(columns.ACCOUNT_NO, Qt.SortOrder.DescendingOrder)
    shown = [model.index(r, columns.ACCOUNT_NO).data() for r in range(300)]
    assert shown == sorted(shown, reverse=True)
    model.sort(columns.NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, columns.NAME).data() for r in range(300)]
    assert names == sorted(names, key=lambda name: pinyin.sort_key(name, person=True))


def test_search_text_filters_rows(qapp, store, household):
    model = HouseholdTableModel(store.households)
    model.set_query(HouseholdQuery(text="李四"))
    assert model.rowCount() == 0
    model.set_query(HouseholdQuery(text="张三"))
    assert model.rowCount() == 1 and not model.capped()
    assert model.data(QModelIndex()) is None


def test_re_reading_a_large_register_shows_the_wait_cursor(qapp, store, monkeypatch):
    demo.generate(store, 50, seed=1, requests=0)
    model = HouseholdTableModel(store.households)
    model.set_query(HouseholdQuery())
    cursors = []
    real_ids = store.households.ids

    def ids(query):
        cursor = qapp.overrideCursor()
        cursors.append(cursor.shape() if cursor else None)
        return real_ids(query)

    monkeypatch.setattr(store.households, "ids", ids)
    model.sort(columns.ADDRESS, Qt.SortOrder.DescendingOrder)
    assert cursors == [None]  # 50 rows: no need
    monkeypatch.setattr(columns, "BUSY_ROWS", 10)
    model.sort(columns.ADDRESS, Qt.SortOrder.AscendingOrder)
    assert cursors[-1] == Qt.CursorShape.WaitCursor
    assert qapp.overrideCursor() is None  # restored afterwards
    assert model.rowCount() == 50


def test_tags_are_listed_the_way_each_language_writes_lists(qapp, store, community):
    import dataclasses

    from fieldapp.domain.messages import set_language
    from fieldapp.domain.records import Tag

    from .conftest import make_household
    store.households.save(dataclasses.replace(
        make_household(community), tags=(Tag.ELDERLY_ALONE, Tag.HARDSHIP)))
    model = HouseholdTableModel(store.households)
    model.refresh()
    assert model.index(0, columns.TAGS).data() == "独居老人、困难户"
    set_language("en")
    assert model.index(0, columns.TAGS).data() == "Elderly living alone, Hardship"
