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
- a term of latin letters only (pinyin): also a household whose name it spells, that
  is, starts the name's initials or its syllables run together ("zt", "zhang",
  "zhangting" for 张婷; every reading of a character counts: domain/pinyin.py);
- any term: also every household of a community whose name contains it (or, for a
  latin term, whose name it spells: "wzhjy" for 温州华景苑).

A name's spellings are written at write time into household_pinyin (spelling,
household id), ordered by spelling, so that the households a latin term spells are an
index range. Rows are tested with the SQL function name_spells (the name's spellings,
cached per name and per character), which reads only the list's name sort key.

Collecting the candidates without losing any (`Search.candidates`): the multi-character
terms (but latin ones) go into one FTS5 query (phrases joined by AND, so FTS5
intersects the posting lists itself and a rare term keeps a common one cheap);
households of communities named by some terms need only the other terms, one query per
such group of communities. The one-character and latin terms ("short" terms: each may
match in several ways) then filter what the longer terms found; when those are too
many, the first short term's households (names scanned or spelled by index range,
numbers by index range, a latin term's own FTS5 phrase) are the source instead,
intersected with the longer terms' own. Nothing is cut short: store/search_plan.py
decides how to put the matches in the list's order, and tests single rows with
`Search.condition` (the same rules, on the row's own text) when walking the list is
cheaper.
"""
from __future__ import annotations

import contextlib
import json
import operator
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from fieldapp.domain import pinyin

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
    # one pass over all fields: a space between them ends a run like any other gap;
    # a run's bigrams pair each character with the next (map over two slices: a fifth
    # faster than slicing out each pair, for an import of 100 000 households)
    return _RUN_GAP.join([" ".join(map(operator.add, run, run[1:])) if len(run) > 1 else run
                          for run in _RUN.findall(searchable(fields))])


_RUN_GAP = f" {_SEPARATOR} "


# Rows from which a bulk write collects the index's new tokens in a larger buffer.
BULK_ROWS = 10_000
_BULK_BUFFER = 8 << 20        # bytes; FTS5's own default is 1 MB
_DEFAULT_BUFFER = 1 << 20


@contextlib.contextmanager
def bulk_indexing(conn: sqlite3.Connection, rows: int) -> Iterator[None]:
    """Around writing `rows` households to the index: FTS5 gathers new tokens in memory
    and writes a segment to merge each time its buffer (1 MB) is full; for a bulk write
    an 8 MB buffer makes fewer segments and merges (measured: 100 000 households 1.4 →
    0.8 s). The buffer size is an option stored in the index's config table: afterwards
    it is set back and its row removed, so the file holds what it held."""
    if rows < BULK_ROWS:
        yield
        return
    kept = conn.execute("SELECT v FROM household_search_config WHERE k = 'hashsize'"
                        ).fetchone()
    _set_buffer(conn, _BULK_BUFFER)
    yield
    _set_buffer(conn, kept[0] if kept else _DEFAULT_BUFFER)
    if kept is None:
        conn.execute("DELETE FROM household_search_config WHERE k = 'hashsize'")


def _set_buffer(conn: sqlite3.Connection, size: int) -> None:
    conn.execute("INSERT INTO household_search (household_search, rank)"
                 " VALUES ('hashsize', ?)", (size,))


def terms(query: str) -> list[str]:
    """The search text split into terms (each a run of letters and digits), each once."""
    return list(dict.fromkeys(runs(query)))


def name_spells(term: str, name_key: str | None) -> bool:
    """SQL function name_spells(term, name_key): whether the name a sort key was made
    from contains latin `term` or is spelled by it."""
    name = pinyin.name_of(name_key or "")
    return term in name.lower() or pinyin.spells(term, name)


def _phrase(term: str) -> str:
    return '"' + " ".join(term[i:i + 2] for i in range(len(term) - 1)) + '"'


def _all_of(long_terms: Iterable[str]) -> str:
    """One FTS5 query matching rows that contain every term."""
    return " AND ".join(_phrase(term) for term in long_terms)


def _ranged(term: str) -> bool:
    """True for a term whose names are found by a range of household_pinyin."""
    return len(term) > 1 and pinyin.is_spelling(term)


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
    communities whose name contains (or latin term spells) it. `contains_sql` is SQL
    over the alias `h`, with one parameter (terms joined by spaces), true when the
    household's `searchable()` text contains every term, and the SQL function
    name_spells is there too (both registered by the caller)."""

    def __init__(self, conn: sqlite3.Connection, text: str, contains_sql: str):
        self._conn = conn
        self._contains_sql = contains_sql
        self.terms = terms(text)
        self.long = [term for term in self.terms
                     if len(term) > 1 and not pinyin.is_spelling(term)]
        # latin terms first: their households are index ranges, the best source
        self.short = sorted((term for term in self.terms if term not in self.long),
                            key=lambda term: not _ranged(term))
        self.communities = self._named_communities()
        # for each short term: the row ids matching it other than by name (a latin
        # term's by name too: then testing a row needs no Python at all)
        self._others = {term: self._fetch(self._short_parts(term) if _ranged(term)
                                          else self._other_parts(term), SET_LIMIT)
                        for term in self.short}

    def _named_communities(self) -> dict[str, list[str]]:
        named, every = {}, None
        for term in self.terms:
            found = [row[0] for row in self._conn.execute(
                "SELECT uuid FROM communities WHERE name LIKE ? ESCAPE '\\'",
                (f"%{_like_escape(term)}%",))]
            if pinyin.is_spelling(term):
                every = every or self._conn.execute("SELECT uuid, name FROM communities"
                                                    ).fetchall()
                found += [uuid for uuid, name in every
                          if pinyin.spells(term, name) and uuid not in found]
            named[term] = found
        return named

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def index_only(self) -> bool:
        """True when the short terms' tests read only a row's name sort key and id."""
        return all(self._others[term] is not None for term in self.short)

    @property
    def spells_in_python(self) -> bool:
        """True when testing a row runs name_spells (a Python call per row)."""
        return any(pinyin.is_spelling(term) and not self._known(term) for term in self.short)

    def _known(self, term: str) -> bool:
        """True when every household `term` matches is listed in _others."""
        return _ranged(term) and self._others[term] is not None

    @property
    def scans_names(self) -> bool:
        """True when the first short term's candidates include a scan of every name
        (a latin term of two letters or more finds its names by index range)."""
        return bool(self.short) and not _ranged(self.short[0])

    # -- testing one row ---------------------------------------------------------------
    def _contains(self, long_terms: list[str]) -> tuple[str, list]:
        return self._contains_sql, [" ".join(long_terms)]

    def _name_condition(self, term: str) -> tuple[str, list]:
        """A short term's test of the name (its sort key holds it; in the list's index)."""
        if pinyin.is_spelling(term):
            return "name_spells(?, h.name_key)", [term]
        # the key's syllables hold only latin letters, digits and spaces, and what they
        # hold of digits the name holds too
        return "h.name_key LIKE ? ESCAPE '\\'", [f"%{_like_escape(term)}%"]

    def _term_condition(self, term: str) -> tuple[str, list]:
        parts: list[tuple[str, list]] = []
        if term in self.short and self._known(term):
            return f"h.id {_IN_LIST}", [json.dumps(self._others[term])]
        if term in self.short:
            name, values = self._name_condition(term)
            if self._others[term] == []:
                return name, values
            if self._others[term] is not None:
                return (f"({name} OR h.id {_IN_LIST})",
                        [*values, json.dumps(self._others[term])])
            parts.append((name, values))
        if len(term) > 1:
            parts.append(self._contains([term]))
        else:
            lo, hi = prefix_range(term)
            parts.append(("(h.account_no >= ? AND h.account_no < ?)"
                          " OR (h.mobile >= ? AND h.mobile < ?)", [lo, hi, lo, hi]))
        if self.communities[term]:
            parts.append((f"h.community_uuid {_IN_LIST}", [json.dumps(self.communities[term])]))
        return ("(" + " OR ".join(sql for sql, _ in parts) + ")",
                [value for _, values in parts for value in values])

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
        known = sorted((len(self._others[term]), term) for term in self.short
                       if self._known(term))
        if known:  # every household of a latin term, listed already: the fewest
            listed = [("SELECT value FROM json_each(?)", [json.dumps(self._others[known[0][1]])])]
            sources.append((lambda: listed, self.condition()))
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

    def _other_parts(self, term: str) -> list[tuple[str, list]]:
        """Queries for a short term's households matching it other than by name."""
        if len(term) == 1:
            lo, hi = prefix_range(term)
            parts = [("SELECT id FROM households WHERE account_no >= ? AND account_no < ?",
                      [lo, hi]),
                     ("SELECT id FROM households WHERE mobile >= ? AND mobile < ?", [lo, hi])]
        else:  # latin letters anywhere in the indexed text
            parts = [("SELECT rowid FROM household_search WHERE household_search MATCH ?",
                      [_phrase(term)])]
        if self.communities[term]:
            parts.append((f"SELECT id FROM households WHERE community_uuid {_IN_LIST}",
                          [json.dumps(self.communities[term])]))
        return parts

    def _short_parts(self, term: str) -> list[tuple[str, list]]:
        """Queries for every household a short term matches (and, for one letter,
        some it does not: the name test follows)."""
        parts = self._other_parts(term)
        if pinyin.is_spelling(term):  # the names it spells (by any reading)
            lo, hi = prefix_range(term)
            parts.append(("SELECT household_id FROM household_pinyin WHERE spelling >= ?"
                          " AND spelling < ?", [lo, hi]))
        if _ranged(term):  # (the names containing it: the phrase)
            return parts
        # last: the only part that reads every name, after the index ranges that may
        # already hold more than enough (the sort keys: a letter there may be a
        # syllable's, which the name test then refuses)
        return [*parts, ("SELECT id FROM households WHERE name_key LIKE ? ESCAPE '\\'",
                         [f"%{_like_escape(term)}%"])]

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
