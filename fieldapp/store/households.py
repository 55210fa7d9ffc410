"""Households: saving with validation and search indexing, listing in pages, searching."""
from __future__ import annotations

import json
import random
import sqlite3
from array import array
from dataclasses import dataclass

from fieldapp.domain.messages import msg
from fieldapp.domain.records import Household, Tag, room_address, tags_from_text
from fieldapp.domain.validation import clean_household
from fieldapp.store import search
from fieldapp.store.errors import RecordRefused
from fieldapp.store.repository import RecordRepository

# Sort keys offered to the list, each an ORDER BY over `h` (households) and `c` (community).
SORTS = {
    "account_no": "h.account_no",
    "name": "h.name",
    "mobile": "h.mobile",
    "id_number": "h.id_number",
    "community": "c.name",
    "address": "h.address",
    "tags": "h.tags",
    "updated_at": "h.updated_at",
}
# Most rows a search returns; the list says when there are more.
SEARCH_LIMIT = 1_000
# Sort keys with an index that a search can walk in order (see Households._search).
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


class Households(RecordRepository[Household]):
    kind = "household"
    table = "households"
    record_type = Household
    _function_conn: sqlite3.Connection | None = None  # has household_contains()

    def from_row(self, row: sqlite3.Row) -> Household:
        household = super().from_row(row)
        household.tags = tags_from_text(row["tags"])
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

    def _after_write(self, row_id: int, old: Household | None, new: Household) -> None:
        if old is not None:
            self._unindex(row_id, old)
        self.conn.execute("INSERT INTO household_search (rowid, grams) VALUES (?, ?)",
                          (row_id, search.grams(search_fields(new))))

    def _after_insert_rows(self, row_ids: range, rows: list) -> None:
        self.conn.executemany(
            "INSERT INTO household_search (rowid, grams) VALUES (?, ?)",
            ((row_id, search.grams(row_search_fields(row))) for row_id, row in zip(row_ids, rows)))

    def _unindex(self, row_id: int, old: Household) -> None:
        # A contentless FTS5 table forgets a row only when given the row's exact tokens.
        self.conn.execute("INSERT INTO household_search (household_search, rowid, grams)"
                          " VALUES ('delete', ?, ?)", (row_id, search.grams(search_fields(old))))

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
            return array("q", self._search(found, query, where, params))
        return array("q", (row[0] for row in self.conn.execute(
            _select(query, where) + _order(query), params)))

    # -- searching ---------------------------------------------------------------------
    def _search(self, found: search.Search, query: HouseholdQuery, where: list[str],
                params: list) -> list[int]:
        """The first SEARCH_LIMIT matches in the list's order — every match when there
        are fewer. When a sample says matches are dense, the sort column's index is
        walked, testing each row, until a page is full; otherwise the candidates are
        collected from the search index and put in order (see store/search.py)."""
        size = self.conn.execute("SELECT max(id) FROM households").fetchone()[0] or 0
        walk = Walk(self.conn, found, query, where, params)
        if walk.possible and search.walk_first(walk.density(size), size, SEARCH_LIMIT):
            walk.read(search.WALK_LIMIT)
            if walk.done():
                return walk.ids
        picked = (found.candidates(search.candidate_limit(size))
                  or found.candidates(None))
        # walk the index testing membership only (cheap) when a page of candidates
        # lies within fewer entries than sorting them all would cost
        along_index = (walk.possible and search.WALK_COST * len(picked.ids) ** 2
                       > size * SEARCH_LIMIT)
        member = f"{'+' if along_index else ''}h.id IN (SELECT value FROM json_each(?))"
        sql = (_select(query, [member, picked.condition, *where])
               + _order(query, prefix="" if along_index else "+")
               + f" LIMIT {SEARCH_LIMIT}")
        return [row[0] for row in self.conn.execute(
            sql, [json.dumps(picked.ids), *picked.params, *params])]

    def _contains_sql(self) -> str:
        """SQL testing a household's searchable text (registering its function once)."""
        if self._function_conn is not self.conn:
            self.conn.create_function("household_contains", 1 + len(_TEXT_COLUMNS),
                                      _household_contains, deterministic=True)
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
                " h.updated_at FROM households h"
                " LEFT JOIN communities c ON c.uuid = h.community_uuid"
                f" WHERE h.id IN ({marks})", list(ids)):
            found[r["id"]] = HouseholdRow(
                r["id"], r["uuid"], r["rev"], r["account_no"], r["name"], r["mobile"] or "",
                r["id_number"] or "", r["community"] or "",
                r["address"] or room_address(r["building"] or "", r["unit"] or "",
                                             r["room"] or ""),
                tags_from_text(r["tags"]), r["updated_at"])
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


class Walk:
    """Reading the households list in its order (along the sort column's index),
    keeping the rows that match a search."""

    def __init__(self, conn: sqlite3.Connection, found: search.Search,
                 query: HouseholdQuery, where: list[str], params: list):
        self._conn, self._query = conn, query
        self._where, self._params = where, params
        self._condition, self._values = found.condition()
        self._column = SORTS.get(query.sort, "h.name")
        self._ended = False
        self.ids: list[int] = []
        # only along an index, and only without NULL keys (which row values skip)
        self.possible = query.sort in _WALKABLE and not conn.execute(
            f"SELECT 1 FROM households h WHERE {self._column} IS NULL LIMIT 1").fetchone()

    def density(self, size: int) -> float:
        """The share of the list's rows that match, in a sample of about SAMPLE_ROWS
        spread over the table (or its first rows, when the list shows few)."""
        # short runs of row ids at scattered places: rows stored together (one import,
        # one community) or in a rhythm (one community after another) skew no estimate
        width = max(1, search.SAMPLE_ROWS // 25)
        places = random.Random(size).sample(range(1, size + 1), min(size, 25))
        rows = " OR ".join(f"h.id BETWEEN {start} AND {start + width - 1}" for start in places)
        rows = f"({rows})" if rows else "1"
        for sample in (f"{rows}{''.join(' AND ' + w for w in self._where)}",
                       " AND ".join(self._where) or "1"):
            matches, sampled = self._conn.execute(
                f"SELECT total({self._condition}), count(*) FROM (SELECT * FROM households h"
                f" WHERE {sample} LIMIT {search.SAMPLE_ROWS}) h",
                [*self._values, *self._params]).fetchone()
            if sampled >= search.SAMPLE_ROWS // 10:
                break
        return matches / sampled if sampled else 0.0

    def done(self) -> bool:
        """True when `ids` are the first SEARCH_LIMIT matches, or all of them."""
        return self._ended or len(self.ids) >= SEARCH_LIMIT

    def read(self, rows: int) -> None:
        """Read the first `rows` rows of the list (of its community, when it shows one:
        that index is ordered by name too; a tag is left to the test)."""
        order = _order(self._query)
        community = ["h.community_uuid = ?"] if self._query.community_uuid else []
        end = self._conn.execute(
            f"SELECT {self._column}, h.id FROM households h"
            f"{' WHERE ' + community[0] if community else ''}{order} LIMIT 1 OFFSET {rows - 1}",
            [self._query.community_uuid] * len(community)).fetchone()
        stretch = []
        if end is not None:
            stretch.append(f"({self._column}, h.id) {'>=' if self._query.descending else '<='}"
                           " (?, ?)")
        sql = (_select(self._query, [*self._where, *stretch, self._condition])
               + order + f" LIMIT {SEARCH_LIMIT}")
        self.ids = [row[0] for row in self._conn.execute(
            sql, [*self._params, *(end or ()), *self._values])]
        self._ended = end is None
