"""The requests list over every request: paged like the households list, sorted and
filtered over all requests (not the newest 5 000), the count and the summary shown, the
selection kept across a re-sort; and the sort keys kept by triggers as records change."""
from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuid_module

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.domain.charger import ChargerRequest, DocState, RequestDocument, Status
from fieldapp.domain.records import Community, Household
from fieldapp.store import Store, migrations
from fieldapp.store.clock import to_stamp
from fieldapp.store.request_list import RequestList
from fieldapp.ui.requests import model as columns
from fieldapp.ui.requests.page import RequestsPage
from fieldapp.ui.shared.paged_rows import PAGE_SIZE
from fieldapp.ui.shared.session import Session

NOW = dt.datetime.now(dt.timezone.utc)
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞"]
STATES = [Status.ACCEPTED, Status.SURVEYED, Status.PLAN_REPLIED, Status.CONNECTED,
          Status.ARCHIVED, Status.ON_HOLD, Status.CANCELLED]


def add_requests(store: Store, community, n: int) -> list[str]:
    """`n` households with one request each, built in one transaction through the store's
    bulk insert (request i accepted i hours ago, so the last is the oldest); every
    seventh has a deferred document. Returns the request numbers, newest first."""
    sync = {"rev": 1, "created_at": to_stamp(NOW), "updated_at": to_stamp(NOW),
            "updated_by": "tester", "device_id": store.device_id}
    households, requests, documents, numbers = [], [], [], []
    for i in range(n):
        household = Household(uuid=str(uuid_module.uuid4()), account_no=f"05{i:08d}",
                              name=NAMES[i % len(NAMES)] + "丙乙甲"[i % 3],
                              community_uuid=community.uuid, building=str(i % 9 + 1))
        accepted = NOW - dt.timedelta(hours=i + 1)
        state = STATES[i % len(STATES)]
        stamps = {"accepted_at": to_stamp(accepted)}
        if state not in (Status.ACCEPTED, Status.ON_HOLD, Status.CANCELLED):
            stamps["surveyed_at"] = to_stamp(accepted + dt.timedelta(minutes=30))
        if state in (Status.PLAN_REPLIED, Status.CONNECTED, Status.ARCHIVED):
            stamps["plan_replied_at"] = to_stamp(accepted + dt.timedelta(minutes=40))
        if state in (Status.CONNECTED, Status.ARCHIVED):
            stamps["connected_at"] = to_stamp(accepted + dt.timedelta(minutes=50 + i % 97))
        if state == Status.ON_HOLD:
            stamps["on_hold_at"] = to_stamp(accepted + dt.timedelta(minutes=5))
        request = ChargerRequest(
            uuid=str(uuid_module.uuid4()), request_no=f"TEST-{n - i:06d}",
            household_uuid=household.uuid, parking_space=f"B{i % 3}-{i:05d}",
            power_kw=7.0, channel="counter", status=state.value, **stamps)
        households.append({"uuid": household.uuid, **sync, **household.content()})
        requests.append({"uuid": request.uuid, **sync, **request.content()})
        if i % 7 == 3:
            document = RequestDocument(uuid=str(uuid_module.uuid4()),
                                       request_uuid=request.uuid, kind="parking_right",
                                       state=DocState.DEFERRED.value)
            documents.append({"uuid": document.uuid, **sync, **document.content()})
        numbers.append(request.request_no)
    with store.transaction():
        store.households.put_new_rows(households, action="create")
        store.charger_requests.put_new_rows(requests, action="create")
        store.charger_requests.documents.put_new_rows(documents, action="create")
    return numbers


@pytest.fixture
def session(store):
    return Session(store)


def open_page(qtbot, session) -> RequestsPage:
    page = RequestsPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def column_text(page, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def first_by(store, order: str, where: str = "1") -> str:
    """The request number a sort should put first, from the records themselves (joined
    to their households, not through the list's keys)."""
    return store.conn.execute(
        "SELECT r.request_no FROM charger_requests r JOIN households h"
        f" ON h.uuid = r.household_uuid WHERE {where} ORDER BY {order} LIMIT 1").fetchone()[0]


# -- every request, by page --------------------------------------------------------------
def test_every_request_is_listed_and_reached_by_scrolling_to_the_end(qtbot, session, store,
                                                                    community):
    numbers = add_requests(store, community, 5_100)  # more than the old cap of 5 000
    page = open_page(qtbot, session)
    assert page.model.rowCount() == 5_100
    assert page.status.text() == "共 5,100 件"
    fetched = []
    monkey_rows = page.model._list.rows_by_id
    page.model._list.rows_by_id = lambda ids, now=None: fetched.append(len(ids)) or \
        monkey_rows(ids, now)
    page.table.scrollToBottom()
    QApplication.processEvents()
    last = page.model.rowCount() - 1
    assert page.table.rowAt(page.table.viewport().height() - 2) == last
    assert page.model.index(last, columns.NUMBER).data() == numbers[-1]  # the oldest
    assert fetched and max(fetched) <= PAGE_SIZE  # read by page, not all at once
    assert column_text(page, columns.NUMBER) == numbers  # newest first, every one


def test_a_sort_puts_first_the_first_of_all_requests(qtbot, session, store, community):
    add_requests(store, community, 1_000)
    # the extremes are planted on the two oldest requests, far beyond the first page
    store.conn.execute("UPDATE charger_requests SET power_kw = 21, phase = 3, channel ="
                       " 'property', parking_space = 'A0-001' WHERE request_no = 'TEST-000001'")
    odd = store.households.save(Household(account_no="0000000001", name="阿宝",
                                          community_uuid=community.uuid))
    store.conn.execute("UPDATE charger_requests SET household_uuid = ? WHERE request_no ="
                       " 'TEST-000002'", (odd.uuid,))
    page = open_page(qtbot, session)
    shown_first = set(column_text(page, columns.NUMBER)[:PAGE_SIZE])
    connected = "r.connected_at > ''"
    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    cases = [  # column, order, the records' own order, planted beyond the first page
        (columns.NUMBER, asc, "r.request_no", True),
        (columns.HOUSEHOLD, asc, "h.name_key, r.id", True),
        (columns.HOUSEHOLD, desc, "h.name_key DESC, r.id DESC", False),
        (columns.ACCOUNT_NO, asc, "h.account_no", True),
        (columns.PARKING, asc, "r.parking_space", True),
        (columns.POWER, desc, "r.power_kw DESC, r.phase DESC", True),
        (columns.CHANNEL, desc, "r.channel = 'property' DESC", True),
        (columns.ACCEPTED_AT, asc, "r.accepted_at", True),
        (columns.CONNECTION_DAYS, desc,
         f"{connected} DESC, julianday(r.connected_at) - julianday(r.accepted_at) DESC,"
         " r.id DESC", False),
        (columns.STATUS, desc, "r.status = 'cancelled' DESC, r.id DESC", False),
    ]
    for column, order, expected, planted in cases:
        page.table.sortByColumn(column, order)
        first = page.model.index(0, columns.NUMBER).data()
        assert first == first_by(store, expected), (column, order)
        if planted:
            assert first not in shown_first, (column, order)  # found over all of them
        assert page.model.rowCount() == 1_000
    page.table.sortByColumn(columns.HOUSEHOLD, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, columns.HOUSEHOLD).data() == "阿宝"  # 阿 a, by pinyin
    page.table.sortByColumn(columns.STAGE_DAYS, Qt.SortOrder.DescendingOrder)
    days = [float(d) for d in column_text(page, columns.STAGE_DAYS) if d]
    assert days == sorted(days, reverse=True) and column_text(page, columns.STAGE_DAYS)[-1] == ""
    page.table.sortByColumn(columns.DEFERRED, Qt.SortOrder.DescendingOrder)
    deferred = column_text(page, columns.DEFERRED)
    assert deferred[:143] == ["车位产权证明"] * 143 and set(deferred[143:]) == {""}


def test_filter_and_sort_together_over_every_request(qtbot, session, store, community):
    add_requests(store, community, 900)
    page = open_page(qtbot, session)
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    page.table.sortByColumn(columns.HOUSEHOLD, Qt.SortOrder.DescendingOrder)
    is_open = "r.status IN ('accepted', 'surveyed', 'plan_replied')"
    count = store.conn.execute(f"SELECT count(*) FROM charger_requests r WHERE {is_open}"
                               ).fetchone()[0]
    assert page.model.rowCount() == count and page.status.text() == f"共 {count} 件"
    stages = {"已受理", "已勘查", "已答复方案"}
    assert set(column_text(page, columns.STATUS)) <= stages | {f"{s}·超期" for s in stages}
    assert page.model.index(0, columns.NUMBER).data() == first_by(
        store, "h.name_key DESC, r.id DESC", is_open)
    page.status_filter.setCurrentIndex(0)
    page.deferred_check.setChecked(True)
    page.table.sortByColumn(columns.NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = column_text(page, columns.NUMBER)
    expected = [r[0] for r in store.conn.execute(
        "SELECT r.request_no FROM charger_requests r JOIN request_documents d"
        " ON d.request_uuid = r.uuid WHERE d.state = 'deferred' ORDER BY r.request_no")]
    assert numbers == expected and len(expected) == 129
    type_text_now(page, "丙")
    assert page.model.rowCount() == sum(1 for i in range(900) if i % 7 == 3 and i % 3 == 0)
    assert all("丙" in name for name in column_text(page, columns.HOUSEHOLD))


def type_text_now(page, text: str) -> None:
    page.search_edit.setText(text)
    page._search_now()


def test_the_summary_counts_every_request(qtbot, session, store, community):
    add_requests(store, community, 5_100)
    page = open_page(qtbot, session)
    summary = store.charger_requests.summary()
    accepted = store.conn.execute("SELECT count(*) FROM charger_requests"
                                  " WHERE status = 'accepted'").fetchone()[0]
    assert summary.open_by_stage[Status.ACCEPTED] == accepted == 729
    assert f"已受理 {accepted}" in page.summary.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData("archived"))
    assert f"已受理 {accepted}" in page.summary.text()  # a filter narrows the list only


def test_the_selection_stays_with_its_request_across_a_sort_and_a_refresh(qtbot, session,
                                                                          store, community):
    numbers = add_requests(store, community, 700)
    page = open_page(qtbot, session)
    page.select_uuid(store.charger_requests.by_number(numbers[450]).uuid)
    assert page.selected().request.request_no == numbers[450]
    page.table.sortByColumn(columns.PARKING, Qt.SortOrder.AscendingOrder)
    assert page.selected().request.request_no == numbers[450]
    row = page.table.selectionModel().selectedRows()[0].row()
    assert row != 450 and page.model.index(row, columns.NUMBER).data() == numbers[450]
    shown = page.table.visualRect(page.model.index(row, columns.NUMBER))
    assert page.table.viewport().rect().contains(shown.center())  # scrolled to it
    page.refresh()
    assert page.selected().request.request_no == numbers[450]


# -- the keys follow the records -----------------------------------------------------------
def test_renames_and_documents_move_requests_in_the_list(store, community):
    add_requests(store, community, 30)
    listing = RequestList(store)
    request = store.charger_requests.by_number("TEST-000010")
    household = store.households.get(request.household_uuid)
    store.households.save(Household(**{**vars(household), "name": "阿宝"}))
    first = listing.rows(listing.ids(sort="household", descending=False)[:1])[0]
    assert first.request.request_no == "TEST-000010" and first.household_name == "阿宝"
    assert listing.ids(sort="household", descending=True)[-1] == listing.row_id(request.uuid)
    other = store.communities.save(Community(name="阿城小区"))
    store.households.save(Household(**{**vars(store.households.get(household.uuid)),
                                       "community_uuid": other.uuid}))
    assert listing.ids(sort="community", descending=False)[0] == listing.row_id(request.uuid)
    store.communities.save(Community(**{**vars(store.communities.get(other.uuid)),
                                        "name": "最后小区"}))
    assert listing.ids(sort="community", descending=True)[0] == listing.row_id(request.uuid)

    deferred = listing.ids(_filter(has_deferred=True))
    with_document = listing.rows(deferred[:1])[0].request
    store.charger_requests.supply_document(with_document.uuid, "parking_right")
    assert listing.row_id(with_document.uuid) not in listing.ids(_filter(has_deferred=True))
    assert len(listing.ids(_filter(has_deferred=True))) == len(deferred) - 1
    kept = store.conn.execute(
        "SELECT request_id, household_name, household_key, account_no, community_uuid,"
        " community_key, deferred_kinds FROM request_list_keys ORDER BY request_id").fetchall()
    derived = store.conn.execute(
        "SELECT r.id, h.name, h.name_key, h.account_no, h.community_uuid, c.name_key,"
        " (SELECT group_concat(kind, ';') FROM request_documents d"
        "  WHERE d.request_uuid = r.uuid AND d.state = 'deferred')"
        " FROM charger_requests r JOIN households h ON h.uuid = r.household_uuid"
        " JOIN communities c ON c.uuid = h.community_uuid ORDER BY r.id").fetchall()
    assert [tuple(k) for k in kept] == [tuple(d) for d in derived]  # every key up to date


def _filter(**fields):
    from fieldapp.store.charger_requests import RequestFilter

    return RequestFilter(**fields)


def test_a_database_of_version_5_gets_the_keys_of_its_requests(db_path):
    with Store.open(db_path, operator="tester") as store:
        community = store.communities.save(Community(name="幸福花园"))
        add_requests(store, community, 12)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DROP TABLE request_list_keys")
        for n in range(1, 9):
            conn.execute(f"DROP TRIGGER request_list_keys_{n}")
        for sort in ("accepted_at", "power_kw_phase", "connected_at_accepted_at",
                     "sort_channel", "sort_status", "sort_stage_days", "sort_connection_days"):
            conn.execute(f"DROP INDEX idx_charger_requests_{sort}")
        conn.execute("DROP TABLE notices")  # migration 7's
        conn.execute("DROP TABLE notice_sequence")
        for table in ("hazards", "inspection_items", "inspections", "checklist_templates",
                      "measurements", "parking_spaces", "meter_boxes", "garages"):
            conn.execute(f"DROP TABLE {table}")  # migrations 8 and 9
        for column in ("measurement_uuid", "over_limit_reason"):
            conn.execute(f"ALTER TABLE charger_requests DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    with Store.open(db_path, operator="tester") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == \
            migrations.LATEST_VERSION
        keys = store.conn.execute("SELECT count(*), count(household_key),"
                                  " count(deferred_kinds) FROM request_list_keys").fetchone()
        assert tuple(keys) == (12, 12, 2)
        listing = RequestList(store)
        assert len(listing.ids(_filter(has_deferred=True))) == 2
        store.charger_requests.accept(ChargerRequest(
            household_uuid=store.households.by_account_no("0500000000").uuid,
            parking_space="C1-001", documents=[RequestDocument(kind="id_proof"),
                                               RequestDocument(kind="permit")]), now=NOW)
        assert len(listing.ids()) == 13  # the triggers are back too


def test_paged_rows_read_a_page_at_a_time_and_keep_a_few():
    from array import array

    from fieldapp.ui.shared.paged_rows import PagedRows

    asked: list[list[int]] = []

    def fetch(ids):
        asked.append(list(ids))
        return {i: f"row {i}" for i in ids if i != 7}  # 7 is gone

    rows = PagedRows(fetch, page_size=5, max_pages=2)
    rows.reset(array("q", range(100, 0, -1)))
    assert len(rows) == 100 and rows.row(0) == "row 100" and rows.row(4) == "row 96"
    assert asked == [[100, 99, 98, 97, 96]]
    assert rows.row(93) is None and rows.row(92) == "row 8"  # the rest of its page stays
    assert rows.row(99) == "row 1" and rows.row(100) is None and rows.row(-1) is None
    assert rows.cached_pages == 2 and len(asked) == 3  # the first page was let go
    assert rows.index_of(8) == 92 and rows.index_of(1000) == -1 and rows.index_of(None) == -1


def test_the_periodic_refresh_leaves_the_list_where_it_was_scrolled(qtbot, session, store,
                                                                    community):
    add_requests(store, community, 600)
    page = open_page(qtbot, session)
    page.select_row(500)  # a request far down is selected …
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.minimum() + 40)  # … and the user scrolled back up to look around
    where = bar.value()
    page._clock.timeout.emit()
    assert bar.value() == where
    assert page.table.selectionModel().selectedRows()[0].row() == 500


def test_the_list_sorts_by_the_expressions_migration_6_indexed():
    """Changing a sort expression needs a new migration: databases migrated before and
    after must walk the same index."""
    from fieldapp.store.migrations import V6_SORT_INDEXES
    from fieldapp.store.request_list import EXPRESSION_SORTS, index_expression

    assert {sort: index_expression(sort) for sort in EXPRESSION_SORTS} == V6_SORT_INDEXES
