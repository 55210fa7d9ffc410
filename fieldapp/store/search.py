"""Search-as-you-type over households, fast for one- and two-character Chinese queries,
and exact: every household that matches every term is found, however common a term is.

SQLite 3.40's FTS5 trigram tokenizer finds nothing for queries under three characters,
and two-character Chinese names are common. So the index holds *bigrams*: every run of
letters and digits in the searchable fields is cut into overlapping two-character tokens
("张三丰" → "张三 三丰"), and runs are separated by a token that no query can produce.

What a term matches (terms are separated by spaces and must all match):

- a term of two or more characters: a household whose name, account number, mobile,
  address or meter number contains it (an FTS5 phrase of its bigrams: the bigrams must
  stand next to each other, which is exactly "contains this substring");
- a one-character term: a household whose name contains it, or whose account number or
  mobile starts with it (a single character inside a number or an address would match
  nearly everything);
- any term: also every household of a community whose name contains it.

Collecting the candidates without losing any (`Search.candidates`): the multi-character
terms go into one FTS5 query (phrases joined by AND, so FTS5 intersects the posting lists
itself and a rare term keeps a common one cheap); households of communities named by
some terms need only the other terms, one query per such group of communities. The
one-character terms then filter what the longer terms found; when those are too many,
the first one-character term's households (names scanned, numbers by index range) are
the source instead, intersected with the longer terms' own. Nothing is cut short:
store/search_plan.py decides how to put the matches in the list's order, and tests
single rows with `Search.condition` (the same rules, on the row's own text) when walking
the list is cheaper.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

# Never equal to a query bigram (queries make two-character tokens only).
_SEPARATOR = "sep"
_RUN = re.compile(r"[^\W_]+")
# Most candidates collected from one source (the multi-character terms, else a
# one-character term) before trying the next: a share of the register, at least
# CANDIDATE_LIMIT. Only the last source is read whole.
CANDIDATE_LIMIT = 5_000
CANDIDATE_SHARE = 0.1
# A one-character term's households found by account number, mobile or community are
# listed by row id when there are at most this many, so that testing a row needs only
# its name and id (both in the name index).
SET_LIMIT = 10_000


def candidate_limit(households: int) -> int:
    """Most candidates a search collects from one source in a register of `households`."""
    return max(CANDIDATE_LIMIT, int(households * CANDIDATE_SHARE))


def runs(text: str) -> list[str]:
    """Runs of letters and digits, lower-cased."""
    return _RUN.findall(text.lower())


def searchable(fields: Iterable[str]) -> str:
    """The searchable fields as one lower-cased text: a term (a run) occurs in it exactly
    when the index matches the term's phrase, since no run crosses a gap."""
    return " ".join(text or "" for text in fields).lower()


def grams(fields: Iterable[str]) -> str:
    """The indexed text of a record: bigrams of every run, runs separated."""
    tokens: list[str] = []
    # one pass over all fields: a space between them ends a run like any other gap
    for run in _RUN.findall(searchable(fields)):
        if tokens:
            tokens.append(_SEPARATOR)
        if len(run) > 1:
            tokens += [run[i:i + 2] for i in range(len(run) - 1)]
        else:
            tokens.append(run)
    return " ".join(tokens)


def terms(query: str) -> list[str]:
    """The search text split into terms (each a run of letters and digits), each once."""
    return list(dict.fromkeys(runs(query)))


def _phrase(term: str) -> str:
    return '"' + " ".join(term[i:i + 2] for i in range(len(term) - 1)) + '"'


def _all_of(long_terms: Iterable[str]) -> str:
    """One FTS5 query matching rows that contain every term."""
    return " AND ".join(_phrase(term) for term in long_terms)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def prefix_range(prefix: str) -> tuple[str, str]:
    """Bounds such that lo <= value < hi exactly when value starts with `prefix`;
    unlike LIKE 'x%', a range can use an index."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


_IN_LIST = "IN (SELECT value FROM json_each(?))"


def _intersection(left: list[tuple[str, list]], right: list[tuple[str, list]]
                  ) -> tuple[str, list]:
    """One SELECT of the ids both unions of parts hold."""
    def union(parts: list[tuple[str, list]]) -> str:
        return "SELECT * FROM (" + " UNION ALL ".join(sql for sql, _ in parts) + ")"
    return (f"{union(left)} INTERSECT {union(right)}",
            [value for _, values in left + right for value in values])


@dataclass(frozen=True)
class Candidates:
    """Row ids holding every match, and the SQL condition over `h` that picks them."""

    ids: list[int]
    condition: str
    params: list


class Search:
    """A search text compiled against the database: its terms and, for each term, the
    communities whose name contains it. `contains_sql` is SQL over the alias `h`, with
    one parameter (terms joined by spaces), true when the household's `searchable()`
    text contains every term (a function the caller registered)."""

    def __init__(self, conn: sqlite3.Connection, text: str, contains_sql: str):
        self._conn = conn
        self._contains_sql = contains_sql
        self.terms = terms(text)
        self.long = [term for term in self.terms if len(term) > 1]
        self.short = [term for term in self.terms if len(term) == 1]
        self.communities = {term: [row[0] for row in conn.execute(
            "SELECT uuid FROM communities WHERE name LIKE ? ESCAPE '\\'",
            (f"%{_like_escape(term)}%",))] for term in self.terms}
        # for each one-character term: the row ids matching it other than by name
        self._others = {term: self._fetch(self._short_parts(term)[:-1], SET_LIMIT)
                        for term in self.short}

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def index_only(self) -> bool:
        """True when the one-character tests read only a row's name and id."""
        return all(self._others[term] is not None for term in self.short)

    # -- testing one row ---------------------------------------------------------------
    def _contains(self, long_terms: list[str]) -> tuple[str, list]:
        return self._contains_sql, [" ".join(long_terms)]

    def _term_condition(self, term: str) -> tuple[str, list]:
        like = f"%{_like_escape(term)}%"
        if len(term) == 1 and self._others[term] == []:
            return "h.name LIKE ? ESCAPE '\\'", [like]
        if len(term) == 1 and self._others[term] is not None:
            return (f"(h.name LIKE ? ESCAPE '\\' OR h.id {_IN_LIST})",
                    [like, json.dumps(self._others[term])])
        if len(term) > 1:
            sql, params = self._contains([term])
        else:
            lo, hi = prefix_range(term)
            sql = ("h.name LIKE ? ESCAPE '\\' OR (h.account_no >= ? AND h.account_no < ?)"
                   " OR (h.mobile >= ? AND h.mobile < ?)")
            params = [like, lo, hi, lo, hi]
        if self.communities[term]:
            sql += f" OR h.community_uuid {_IN_LIST}"
            params.append(json.dumps(self.communities[term]))
        return f"({sql})", params

    def condition(self, short: bool = True, long: bool = True) -> tuple[str, list]:
        """SQL over `h` true when the household matches every one-character term
        (`short`) and every longer one (`long`), cheap tests first; "1" for none."""
        parts = [self._term_condition(term) for term in self.short] if short else []
        if long:
            # one test of the household's own text for the terms no community name holds
            own = [term for term in self.long if not self.communities[term]]
            parts += [self._contains(own)] if own else []
            parts += [self._term_condition(term) for term in self.long
                      if self.communities[term]]
        if not parts:
            return "1", []
        return " AND ".join(sql for sql, _ in parts), [p for _, values in parts for p in values]

    # -- collecting candidates ---------------------------------------------------------
    def candidates(self, limit: int | None, intersect: bool = False) -> Candidates | None:
        """Row ids of every household matching the multi-character terms, or else of
        the first one-character term (with `intersect`, and the multi-character terms
        too): a superset of the matches, read from the indexes. None when each source
        has more than `limit`; without a limit, the first source whole."""
        sources = []
        if self.long:
            sources.append((self._long_parts, self.condition(long=False)))
        if self.short:
            first = self._short_parts(self.short[0])
            if self.long and intersect:
                sources.append((lambda: [_intersection(first, self._long_parts())],
                                self.condition(long=False)))
            else:
                sources.append((lambda: first, self.condition()))
        for parts, (condition, params) in sources[:1] if limit is None else sources:
            ids = self._fetch(parts(), limit)
            if ids is not None:
                return Candidates(ids, condition, params)
        return None

    def _fetch(self, parts: list[tuple[str, list]], limit: int | None) -> list[int] | None:
        sql = " UNION ALL ".join(part for part, _ in parts)
        if limit is not None:
            sql += f" LIMIT {limit + 1}"
        rows = self._conn.execute(sql, [value for _, values in parts for value in values])
        ids = [row[0] for row in rows]
        if limit is not None and len(ids) > limit:  # (counting repeats: never cut short)
            return None
        return list(dict.fromkeys(ids))

    def _short_parts(self, term: str) -> list[tuple[str, list]]:
        lo, hi = prefix_range(term)
        parts = [("SELECT id FROM households WHERE account_no >= ? AND account_no < ?",
                  [lo, hi]),
                 ("SELECT id FROM households WHERE mobile >= ? AND mobile < ?", [lo, hi])]
        if self.communities[term]:
            parts.append((f"SELECT id FROM households WHERE community_uuid {_IN_LIST}",
                          [json.dumps(self.communities[term])]))
        # last: the only part that reads every name, after the index ranges that may
        # already hold more than enough
        parts.append(("SELECT id FROM households WHERE name LIKE ? ESCAPE '\\'",
                      [f"%{_like_escape(term)}%"]))
        return parts

    def _long_parts(self) -> list[tuple[str, list]]:
        """One query for households containing every term, and one for each group of
        communities whose names contain the same terms: their households need only
        contain the rest."""
        parts = [("SELECT rowid FROM household_search WHERE household_search MATCH ?",
                  [_all_of(self.long)])]
        named: dict[str, set[str]] = defaultdict(set)
        for term in self.long:
            for uuid in self.communities[term]:
                named[uuid].add(term)
        groups: dict[frozenset[str], list[str]] = defaultdict(list)
        for uuid, matched in named.items():
            groups[frozenset(matched)].append(uuid)
        for matched, uuids in groups.items():
            parts.append(self._group_part(uuids, [t for t in self.long if t not in matched]))
        return parts

    def _group_part(self, uuids: list[str], rest: list[str]) -> tuple[str, list]:
        """Households of `uuids` containing every term of `rest`, read from whichever
        side is smaller: the communities' households or the index's matches."""
        members = json.dumps(uuids)
        in_group = f"h.community_uuid {_IN_LIST}"
        if not rest:
            return f"SELECT h.id FROM households h WHERE {in_group}", [members]
        size = self._conn.execute(f"SELECT count(*) FROM households h WHERE {in_group}",
                                  (members,)).fetchone()[0]
        indexed = self._conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM household_search"
            f" WHERE household_search MATCH ? LIMIT {size + 1})", (_all_of(rest),)).fetchone()[0]
        if indexed <= size:
            return (f"SELECT h.id FROM household_search CROSS JOIN households h"
                    f" ON h.id = household_search.rowid WHERE household_search MATCH ?"
                    f" AND {in_group}", [_all_of(rest), members])
        contains, values = self._contains(rest)
        return f"SELECT h.id FROM households h WHERE {in_group} AND {contains}", [members, *values]
