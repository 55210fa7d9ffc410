"""Households: saving with validation and search indexing, listing in pages, searching."""
from __future__ import annotations

import json
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


# The columns row_search_fields() reads, in the order household_text() takes them.
_TEXT_COLUMNS = ("name", "account_no", "mobile", "address", "building", "unit", "room",
                 "meter_no")


def _household_text(*values: str | None) -> str:
    """SQL function household_text(...): what a search term must occur in."""
    return search.searchable(row_search_fields(dict(zip(_TEXT_COLUMNS, values))))


class Households(RecordRepository[Household]):
    kind = "household"
    table = "households"
    record_type = Household
    _text_conn: sqlite3.Connection | None = None  # where household_text() is registered

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
        found = search.Search(self.conn, query.text, self._text_sql()) if query.text else None
        if found:
            return array("q", self._search(found, query, where, params))
        return array("q", (row[0] for row in self.conn.execute(
            self._select(query, where) + self._order(query), params)))

    # -- searching ---------------------------------------------------------------------
    def _select(self, query: HouseholdQuery, where: list[str]) -> str:
        join = ("LEFT JOIN communities c ON c.uuid = h.community_uuid"
                if query.sort == "community" else "")
        return (f"SELECT h.id FROM households h {join}"
                f"{' WHERE ' + ' AND '.join(where) if where else ''}")

    def _order(self, query: HouseholdQuery, prefix: str = "") -> str:
        direction = " DESC" if query.descending else ""
        return f" ORDER BY {prefix}{SORTS.get(query.sort, 'h.name')}{direction}, h.id{direction}"

    def _search(self, found: search.Search, query: HouseholdQuery, where: list[str],
                params: list) -> list[int]:
        """The first SEARCH_LIMIT matches in the list's order — every match when there
        are fewer. Few candidates are sorted; many mean dense matches, found sooner by
        walking the sort column's index (see store/search.py)."""
        candidates = found.candidates(search.CANDIDATE_LIMIT)
        if candidates is None:
            walked = self._walk(found, query, where, params) if query.sort in _WALKABLE else None
            if walked is not None:
                return walked
            candidates = found.candidates(None)
        short, values = found.condition(short_only=True)
        sql = (self._select(query, ["h.id IN (SELECT value FROM json_each(?))", short, *where])
               + self._order(query, prefix="+") + f" LIMIT {SEARCH_LIMIT}")
        return [row[0] for row in self.conn.execute(
            sql, [json.dumps(candidates), *values, *params])]

    def _walk(self, found: search.Search, query: HouseholdQuery, where: list[str],
              params: list) -> list[int] | None:
        """Matches in index order up to the WALK_LIMIT-th row of the list; None when
        that part of the list holds less than a page and more rows follow."""
        column = SORTS[query.sort]
        bound = self.conn.execute(f"SELECT {column} FROM households h{self._order(query)}"
                                  f" LIMIT 1 OFFSET {search.WALK_LIMIT}").fetchone()
        if bound is not None and bound[0] is None:
            return None
        condition, values = found.condition()
        limits, limit_values = [], []
        if bound is not None:
            limits.append(f"{column} {'>=' if query.descending else '<='} ?")
            limit_values.append(bound[0])
        sql = (self._select(query, [*where, *limits, condition]) + self._order(query)
               + f" LIMIT {SEARCH_LIMIT}")
        ids = [row[0] for row in self.conn.execute(sql, [*params, *limit_values, *values])]
        return ids if len(ids) == SEARCH_LIMIT or bound is None else None

    def _text_sql(self) -> str:
        """SQL of a household's searchable text (registering its function once)."""
        if self._text_conn is not self.conn:
            self.conn.create_function("household_text", len(_TEXT_COLUMNS), _household_text,
                                      deterministic=True)
            self._text_conn = self.conn
        return f"household_text({', '.join('h.' + name for name in _TEXT_COLUMNS)})"

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
