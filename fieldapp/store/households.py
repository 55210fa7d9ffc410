"""Households: saving with validation and search indexing, listing in pages, searching."""
from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldapp.domain import pinyin
from fieldapp.domain.messages import msg
from fieldapp.domain.records import Household, Tag, room_address, tags_from_text
from fieldapp.domain.validation import clean_household
from fieldapp.store import search, search_plan
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository

# Sort keys offered to the list, each an ORDER BY over `h` (households) and `c` (community);
# names by their pinyin (domain/pinyin.py sort_key), not by code point.
SORTS = {
    "account_no": "h.account_no",
    "name": "h.name_key",
    "mobile": "h.mobile",
    "id_number": "h.id_number",
    "community": "c.name_key",
    "address": "h.address",
    "tags": "h.tags",
    "updated_at": "h.updated_at",
}
# Writing a household's row of the search index, and its spellings.
_INDEXING = "INSERT INTO household_search (rowid, grams)"
_SPELLINGS = "INSERT OR IGNORE INTO household_pinyin (spelling, household_id)"
# Most rows a search returns; the list says when there are more.
SEARCH_LIMIT = 1_000
# Sort keys with an index that a search can walk in order (see store/search_plan.py).
_WALKABLE = ("name", "account_no", "mobile", "updated_at")


@dataclass(frozen=True)
class HouseholdQuery:
    """What the households list shows: search text, filters and order."""

    text: str = ""
    community_uuid: str = ""
    tag: Tag | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the households list (unmasked; the view masks)."""

    id: int
    uuid: str
    rev: int
    account_no: str
    name: str
    mobile: str
    id_number: str
    community: str
    address: str
    tags: tuple[Tag, ...]
    updated_at: str
    meter_no: str = ""  # not a column of the list: searched, named when it matched


def row_search_fields(row) -> tuple[str, ...]:
    """What the search index holds of a household, from its stored values by key."""
    address = row["address"] or room_address(row["building"], row["unit"], row["room"])
    return (row["name"], row["account_no"], row["mobile"], address, row["meter_no"])


def search_fields(h: Household) -> tuple[str, ...]:
    return row_search_fields(vars(h))


# The columns row_search_fields() reads, in the order household_contains() takes them.
_TEXT_COLUMNS = ("name", "account_no", "mobile", "address", "building", "unit", "room",
                 "meter_no")


def _household_contains(terms: str, *values: str | None) -> bool:
    """SQL function household_contains(terms, <_TEXT_COLUMNS>): whether the household's
    searchable text contains every one of the space-separated terms."""
    text = search.searchable(row_search_fields(dict(zip(_TEXT_COLUMNS, values))))
    return all(term in text for term in terms.split(" "))


def spelling_rows(row_id: int, name: str) -> list[tuple[str, int]]:
    """The household_pinyin rows of a household named `name`: its spellings."""
    return [(spelling, row_id) for spelling in pinyin.spellings(name)]


class Households(RecordRepository[Household]):
    kind = "household"
    table = "households"
    record_type = Household
    derived_columns = ("name_key",)
    _function_conn: sqlite3.Connection | None = None  # has household_contains()

    def _made(self, household: Household) -> Household:
        household.tags = tags_from_text(household.tags)
        return household

    def _clean(self, record: Household) -> Household:
        return clean_household(record)

    def _check(self, record: Household) -> None:
        other = self.conn.execute(
            "SELECT name FROM households WHERE account_no = ? AND uuid != ?",
            (record.account_no, record.uuid)).fetchone()
        if other:
            raise RecordRefused(msg("store.account_taken", account_no=record.account_no,
                                    name=other[0]), field="account_no")
        if not self.conn.execute("SELECT 1 FROM communities WHERE uuid = ?",
                                 (record.community_uuid,)).fetchone():
            raise RecordRefused(msg("store.community_missing"), field="community_uuid")

    def _derived(self, values) -> tuple:
        return (pinyin.sort_key(values["name"], person=True),)

    def _after_write(self, row_id: int, old: Household | None, new: Household) -> None:
        if old is not None:
            self._unindex(row_id, old)
        self.conn.execute(f"{_INDEXING} VALUES (?, ?)",
                          (row_id, search.grams(search_fields(new))))
        self.conn.executemany(f"{_SPELLINGS} VALUES (?, ?)",
                              spelling_rows(row_id, new.name))

    def derived_rows(self, row_ids: Sequence[int], rows: Sequence
                     ) -> dict[str, Iterable[tuple]]:
        """The search index's rows and the spellings."""
        return {"household_search": ((row_id, search.grams(row_search_fields(row)))
                                     for row_id, row in zip(row_ids, rows)),
                "household_pinyin": (pair for row_id, row in zip(row_ids, rows)
                                     for pair in spelling_rows(row_id, row["name"]))}

    def write_derived(self, row_ids: Sequence[int], rows: Sequence) -> None:
        derived = self.derived_rows(row_ids, rows)
        with search.bulk_indexing(self.conn, len(row_ids)):
            self.conn.executemany(f"{_INDEXING} VALUES (?, ?)",
                                  derived["household_search"])
        # in the table's own order (by spelling): appended instead of placed at random
        self.conn.executemany(f"{_SPELLINGS} VALUES (?, ?)",
                              sorted(derived["household_pinyin"]))

    def copy_derived(self, staging) -> None:
        held, schema = staging.tables(), staging.SCHEMA
        if "household_search" in held:
            staged = self.conn.execute(f"SELECT count(*) FROM {schema}.household_search"
                                       ).fetchone()[0]
            with search.bulk_indexing(self.conn, staged):
                self.conn.execute(
                    f"{_INDEXING} SELECT c0, c1 FROM {schema}.household_search")
        if "household_pinyin" in held:
            self.conn.execute(f"{_SPELLINGS} SELECT c0, c1 FROM {schema}.household_pinyin"
                              " ORDER BY c0, c1")

    def _forget_derived(self) -> None:
        # a contentless FTS5 table is emptied whole by 'delete-all'
        self.conn.execute("INSERT INTO household_search (household_search)"
                          " VALUES ('delete-all')")
        self.conn.execute("DELETE FROM household_pinyin")

    def _unindex(self, row_id: int, old: Household) -> None:
        # A contentless FTS5 table forgets a row only when given the row's exact tokens.
        self.conn.execute("INSERT INTO household_search (household_search, rowid, grams)"
                          " VALUES ('delete', ?, ?)", (row_id, search.grams(search_fields(old))))
        # (by its exact keys: the table is ordered by spelling, for prefix ranges)
        self.conn.executemany("DELETE FROM household_pinyin WHERE spelling = ?"
                              " AND household_id = ?", spelling_rows(row_id, old.name))

    def _before_remove(self, row_id: int, record: Household) -> None:
        requests = self._store.charger_requests.count_of_household(record.uuid)
        if requests:
            raise RecordRefused(msg("charger.household_has_requests", n=requests))
        self._unindex(row_id, record)

    def row_id(self, household_uuid: str) -> int | None:
        """The local row id (the list's key) of a household."""
        row = self.conn.execute("SELECT id FROM households WHERE uuid = ?",
                                (household_uuid,)).fetchone()
        return row[0] if row else None

    def by_account_no(self, account_no: str) -> Household | None:
        row = self.conn.execute("SELECT * FROM households WHERE account_no = ?",
                                (account_no,)).fetchone()
        return self.from_row(row) if row else None

    # -- the list ----------------------------------------------------------------------
    def ids(self, query: HouseholdQuery) -> array:
        """Row ids of every household the query shows, in order (searches stop at
        SEARCH_LIMIT). An array of ints stays small even for a million rows."""
        where, params = [], []
        if query.community_uuid:
            where.append("h.community_uuid = ?")
            params.append(query.community_uuid)
        if query.tag:
            where.append("instr(';' || h.tags || ';', ?) > 0")
            params.append(f";{query.tag.value};")
        found = search.Search(self.conn, query.text, self._contains_sql()) if query.text else None
        if found:
            return array("q", search_plan.matching_ids(self.conn, found,
                                                       _listing(query, where, params)))
        return array("q", (row[0] for row in self.conn.execute(
            _select(query, where) + _order(query), params)))

    # -- searching ---------------------------------------------------------------------
    def _contains_sql(self) -> str:
        """SQL testing a household's searchable text (registering its functions, and
        search.name_spells, once)."""
        if self._function_conn is not self.conn:
            self.conn.create_function("household_contains", 1 + len(_TEXT_COLUMNS),
                                      _household_contains, deterministic=True)
            self.conn.create_function("name_spells", 2, search.name_spells,
                                      deterministic=True)
            self._function_conn = self.conn
        return f"household_contains(?, {', '.join('h.' + name for name in _TEXT_COLUMNS)})"

    def rows(self, ids: list[int] | array) -> list[HouseholdRow]:
        """The list lines for `ids`, in the same order."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {}
        for r in self.conn.execute(
                "SELECT h.id, h.uuid, h.rev, h.account_no, h.name, h.mobile, h.id_number,"
                " c.name AS community, h.address, h.building, h.unit, h.room, h.tags,"
                " h.updated_at, h.meter_no FROM households h"
                " LEFT JOIN communities c ON c.uuid = h.community_uuid"
                f" WHERE h.id IN ({marks})", list(ids)):
            found[r["id"]] = HouseholdRow(
                r["id"], r["uuid"], r["rev"], r["account_no"], r["name"], r["mobile"] or "",
                r["id_number"] or "", r["community"] or "",
                r["address"] or room_address(r["building"] or "", r["unit"] or "",
                                             r["room"] or ""),
                tags_from_text(r["tags"]), r["updated_at"], r["meter_no"] or "")
        return [found[i] for i in ids if i in found]

    def search(self, text: str, limit: int = 50) -> list[HouseholdRow]:
        """The first `limit` matches of `text`, by name (for pickers and the CLI)."""
        return self.rows(self.ids(HouseholdQuery(text=text))[:limit])


def _select(query: HouseholdQuery, where: list[str]) -> str:
    """SELECT of the list's row ids under `where` (joining communities to sort by them)."""
    join = ("LEFT JOIN communities c ON c.uuid = h.community_uuid"
            if query.sort == "community" else "")
    return (f"SELECT h.id FROM households h {join}"
            f"{' WHERE ' + ' AND '.join(where) if where else ''}")


def _order(query: HouseholdQuery, prefix: str = "") -> str:
    """ORDER BY of the list; prefix "+" keeps SQLite from walking the column's index."""
    direction = " DESC" if query.descending else ""
    return f" ORDER BY {prefix}{SORTS.get(query.sort, 'h.name')}{direction}, h.id{direction}"


def _listing(query: HouseholdQuery, where: list[str], params: list) -> search_plan.ListOrder:
    """The list as a search runs against it (store/search_plan.py)."""
    return search_plan.ListOrder(
        select=lambda conditions: _select(query, conditions),
        order=lambda prefix: _order(query, prefix), column=SORTS.get(query.sort, "h.name"),
        descending=query.descending, walkable=query.sort in _WALKABLE,
        row_filters=bool(query.tag), where=where, params=params,
        community_uuid=query.community_uuid, page=SEARCH_LIMIT)
