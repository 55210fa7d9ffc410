"""Running a search against the households list: the first page of matches in the list's
order, every match when there are fewer — found the cheaper of two ways.

- *Collecting*: read every candidate from the search index (`Search.candidates`), keep
  those the remaining tests pass, and put them in order — by sorting them, or, when
  there are many, by walking the sort column's index and keeping the candidates met.
- *Walking*: read the list in its order along the sort column's index and test each row
  (`Search.condition`) until the page is full. Cheap when matches are dense; the
  one-character and latin tests read only the name's sort key and the row id, so along
  the name index they need no row at all.

A sample of the table says how dense the matches are; `walk_rows` weighs the two ways
with the relative costs below. A wrong guess costs time, never a match: a walk that
reads its allowance without filling the page gives way to collecting.
"""
from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.store import search

# Rows tested in the sample, in 25 short runs of row ids at scattered places: rows
# stored together (one import, one community) or in a rhythm skew no estimate.
SAMPLE_ROWS = 500
# Relative costs, in steps along an index: reading a row from the table, testing its
# text (a Python function), and collecting one candidate from the search index (and
# keeping it in order).
ROW_COST = 15
TEXT_COST = 15
CANDIDATE_COST = 8
# A walk may cost this many times what the sample says collecting would cost.
WALK_SLACK = 1


@dataclass(frozen=True)
class Sample:
    """Shares of the sampled rows passing the one-character tests, the multi-character
    tests, and all of them."""

    short: float
    long: float
    all: float


@dataclass(frozen=True)
class ListOrder:
    """The list being searched: its SELECT and ORDER BY (SQL over `h`), sort column,
    direction, filters and page size."""

    select: Callable[[list[str]], str]
    order: Callable[[str], str]
    column: str
    descending: bool
    walkable: bool  # the sort column has an index
    row_filters: bool  # a filter that reads the row (a tag)
    where: list[str]
    params: list
    community_uuid: str
    page: int


def walk_rows(found: search.Search, sample: Sample, households: int, listing: ListOrder
              ) -> int | None:
    """How many rows of the list a walk may read for a page of matches: as many as cost
    what collecting the candidates would (so a wrong guess at most doubles the time).
    None when the sample says collecting is cheaper."""
    rows = households if sample.all <= 0 else min(households, listing.page / sample.all)
    spelled = TEXT_COST if found.spells_in_python else 0  # name_spells on every entry
    if listing.column == "h.name_key" and found.index_only:
        # along the name index a row is read only after its one-character tests pass,
        # and only when more tests need it
        more = ROW_COST + TEXT_COST if found.long else ROW_COST if listing.row_filters else 0
        per_row = 1 + spelled + sample.short * more
    else:
        per_row = 1 + ROW_COST + (TEXT_COST if found.long else 0) + spelled
    if rows * per_row >= (collect := _collect_cost(found, sample, households)):
        return None
    return max(1, min(households, int(WALK_SLACK * collect / per_row)))


def _collect_cost(found: search.Search, sample: Sample, households: int) -> float:
    """What Search.candidates costs: each source that holds too many is abandoned
    after the limit; a one-character source scans every name (an index step each)."""
    limit, cost = search.candidate_limit(households), 0.0
    sources = [sample.long * households] if found.long else []
    sources += [sample.short * households] if found.short else []
    for n, size in enumerate(sources):
        scan = households if found.scans_names and n == len(sources) - 1 else 0
        if size <= limit or n == len(sources) - 1:
            return cost + scan + size * CANDIDATE_COST
        cost += limit * CANDIDATE_COST
    return cost


def matching_ids(conn: sqlite3.Connection, found: search.Search, listing: ListOrder
                 ) -> list[int]:
    """The first `listing.page` households matching `found`, in the list's order."""
    size = conn.execute("SELECT max(id) FROM households").fetchone()[0] or 0
    walk = Walk(conn, found, listing)
    sample = walk.sample(size)
    if walk.possible:
        rows = walk_rows(found, sample, size, listing)
        if rows is not None:
            walk.read(rows)
            if walk.done():
                return walk.ids
    # one-character candidates are checked against the longer terms by intersecting
    # with those terms' own candidates, unless these are far more than testing each costs
    intersect = sample.long * CANDIDATE_COST <= sample.short * (ROW_COST + TEXT_COST)
    picked = (found.candidates(search.candidate_limit(size), intersect)
              or found.candidates(None))
    # walk the index testing only membership (no row read) when a page of matches
    # lies within fewer index entries than sorting the candidates (reading their rows)
    # would take; the sample says how many of the candidates match, unless all do
    matches = max(1.0, len(picked.ids) if picked.condition == "1"
                  else min(len(picked.ids), sample.all * size))
    along_index = (walk.possible and ROW_COST * len(picked.ids)
                   > size * min(1.0, listing.page / matches))
    member = f"{'+' if along_index else ''}h.id IN (SELECT value FROM json_each(?))"
    sql = (listing.select([member, picked.condition, *listing.where])
           + listing.order("" if along_index else "+") + f" LIMIT {listing.page}")
    return [row[0] for row in conn.execute(
        sql, [json.dumps(picked.ids), *picked.params, *listing.params])]


class Walk:
    """Reading the list in its order (along the sort column's index), keeping the rows
    that match a search."""

    def __init__(self, conn: sqlite3.Connection, found: search.Search, listing: ListOrder):
        self._conn, self._found, self._listing = conn, found, listing
        self._ended = False
        self.ids: list[int] = []
        # only along an index, and only without NULL keys (which row values skip)
        self.possible = listing.walkable and not conn.execute(
            f"SELECT 1 FROM households h WHERE {listing.column} IS NULL LIMIT 1").fetchone()

    def sample(self, size: int) -> Sample:
        """How dense the matches are among the list's rows: a sample of SAMPLE_ROWS
        spread over the table (or the list's first rows, when its filters leave few)."""
        width = max(1, SAMPLE_ROWS // 25)
        places = random.Random(size).sample(range(1, size + 1), min(size, 25))
        spread = " OR ".join(f"h.id BETWEEN {start} AND {start + width - 1}"
                             for start in places) or "1"
        short, short_values = self._found.condition(long=False)
        long, long_values = self._found.condition(short=False)
        where, params = self._listing.where, self._listing.params
        for rows in (f"({spread})", "1"):
            passed = self._conn.execute(  # (each test once a row: LIMIT keeps the subquery)
                f"SELECT total(s), total(l), total(s AND l), count(*) FROM (SELECT ({short})"
                f" AS s, ({long}) AS l FROM households h WHERE {' AND '.join([rows, *where])}"
                f" LIMIT {SAMPLE_ROWS})", [*short_values, *long_values, *params]).fetchone()
            if passed[3] >= SAMPLE_ROWS // 10:
                break
        return Sample(*(n / passed[3] for n in passed[:3])) if passed[3] else Sample(0, 0, 0)

    def done(self) -> bool:
        """True when `ids` are the first page of matches, or all of them."""
        return self._ended or len(self.ids) >= self._listing.page

    def read(self, rows: int) -> None:
        """Read the first `rows` rows of the list (of its community, when it shows one:
        that index is ordered by name too; a tag is left to the tests)."""
        listing = self._listing
        community = ["h.community_uuid = ?"] if listing.community_uuid else []
        ends = self._conn.execute(  # the stretch's last row, and whether another follows
            f"SELECT {listing.column}, h.id FROM households h"
            f"{' WHERE ' + community[0] if community else ''}{listing.order('')}"
            f" LIMIT 2 OFFSET {rows - 1}", [listing.community_uuid] * len(community)).fetchall()
        end = ends[0] if len(ends) == 2 else None
        stretch = []
        if end is not None:
            stretch.append(f"({listing.column}, h.id) {'>=' if listing.descending else '<='}"
                           " (?, ?)")
        condition, values = self._found.condition()
        # the cheap tests first: a row is read from the table only when they pass
        sql = (listing.select([*stretch, condition, *listing.where]) + listing.order("")
               + f" LIMIT {listing.page}")
        self.ids = [row[0] for row in self._conn.execute(
            sql, [*(end or ()), *values, *listing.params])]
        self._ended = end is None
