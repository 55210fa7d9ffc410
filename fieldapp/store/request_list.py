"""The requests list over every request: the row ids a filter shows, in the chosen order,
then the rows themselves a page at a time.

An id list costs 8 bytes a request, so the list holds every request (no cap) and the
page reads only the rows in view. Sorting by what lives outside `charger_requests` (the
household's name and account number, its community, the deferred documents) walks the
indexes of `request_list_keys`, which triggers keep (migration 6), instead of joining
every request to its household.
"""
from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Sequence

from fieldapp.domain import charger
from fieldapp.domain.charger import Channel, Status
from fieldapp.store.charger_requests import RequestFilter, RequestRow
from fieldapp.store.clock import to_stamp

# When the request entered its current stage (see charger.stage_entered).
STAGE_ENTERED = ("coalesce(nullif(CASE r.status "
                 + " ".join(f"WHEN '{s.value}' THEN r.{charger.STAGE_FIELDS[s][0]}"
                            for s in Status)
                 + " END, ''), r.accepted_at)")
_IN_STAGE = ", ".join(f"'{s.value}'" for s in (*charger.OPEN, Status.ON_HOLD))


# The post-meter length of the measurement a request uses: the one it chose, else its
# latest (domain/measurement.chosen); NULL before any measurement.
_LENGTH = "m.route_m + coalesce(m.rise_m, 0) + coalesce(m.slack_m, 0)"
POST_METER = (f"coalesce((SELECT {_LENGTH} FROM measurements m WHERE m.uuid ="
              " r.measurement_uuid), (SELECT {_LENGTH} FROM measurements m"
              " WHERE m.request_uuid = r.uuid ORDER BY m.measured_on DESC,"
              " m.created_at DESC LIMIT 1))").replace("{_LENGTH}", _LENGTH)


def _rank(column: str, kinds) -> str:
    """The position of a coded value in its enum (workflow order, not the code's)."""
    cases = " ".join(f"WHEN '{kind.value}' THEN {n}" for n, kind in enumerate(kinds))
    return f"CASE {column} {cases} ELSE {len(kinds)} END"


# Sort keys of the list: the ORDER BY terms over `r` (charger_requests) and `k`
# (request_list_keys), each with whether it runs against the chosen direction. Rows
# without a value (no days in stage, not connected, nothing deferred) come first
# ascending, as an empty cell would. Ties go by row id, in the last term's direction.
SORTS: dict[str, tuple[tuple[str, bool], ...]] = {
    "request_no": (("r.request_no", False),),
    "household": (("k.household_key", False),),
    "account_no": (("k.account_no", False),),
    "community": (("k.community_key", False),),
    "parking_space": (("r.parking_space", False),),
    "power": (("r.power_kw", False), ("r.phase", False)),
    "channel": ((_rank("r.channel", list(Channel)), False),),
    "status": ((_rank("r.status", list(Status)), False),),
    "accepted_at": (("r.accepted_at", False),),
    # more days in the stage = entered it earlier; 'Z' sorts after every stamp
    "stage_days": ((f"CASE WHEN r.status IN ({_IN_STAGE}) THEN {STAGE_ENTERED}"
                    " ELSE 'Z' END", True),),
    "connection_days": (("CASE WHEN r.connected_at > '' AND r.accepted_at > ''"
                         " THEN julianday(r.connected_at) - julianday(r.accepted_at) END",
                         False),),
    "deferred": (("k.deferred_kinds", False),),
    "post_meter": ((POST_METER, False),),
}
# Sorts by an expression over charger_requests, each walking an index on it (migration 6;
# changing one of these expressions needs a migration that recreates its index).
EXPRESSION_SORTS = ("channel", "status", "stage_days", "connection_days")


def index_expression(sort: str) -> str:
    """The expression of a sort as an index over charger_requests declares it."""
    return re.sub(r"\br\.", "", SORTS[sort][0][0])


DEFAULT_SORT = "accepted_at"


class RequestList:
    """The requests list of one store: `ids()` for a filter and order, `rows()` for the
    ids in view."""

    def __init__(self, store):
        self._store = store
        self._requests = store.charger_requests

    @property
    def conn(self):
        return self._store.conn

    def ids(self, query: RequestFilter = RequestFilter(),  # noqa: B008
            sort: str = DEFAULT_SORT, descending: bool = True,
            now: dt.datetime | None = None) -> array:
        """Row ids of every request the filter shows, sorted by `sort` (a key of SORTS)
        over all of them."""
        now = now or dt.datetime.now(dt.timezone.utc)
        where, params = _conditions(query, now, self._store.settings())
        terms = SORTS.get(sort, SORTS[DEFAULT_SORT])
        used = " ".join([*(term for term, _ in terms), *where])
        uses_r, uses_k = (bool(re.search(rf"\b{alias}\.", used)) for alias in "rk")
        if uses_r and uses_k:
            tables, row_id = ("charger_requests r JOIN request_list_keys k"
                              " ON k.request_id = r.id"), "r.id"
        elif uses_k:  # only the keys: the requests themselves are not read
            tables, row_id = "request_list_keys k", "k.request_id"
        else:
            tables, row_id = "charger_requests r", "r.id"
        # a filter keeps a part of the rows: finding them by its index (or reading the
        # table once) and sorting them beats walking the sort's index in order and
        # reading every row it passes to test them
        plus = "+" if where else ""
        order = ", ".join(f"{plus}{term}{' DESC' if against != descending else ''}"
                          for term, against in (*terms, (row_id, terms[-1][1])))
        cursor = self.conn.execute(
            f"SELECT {row_id} FROM {tables}"
            + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}",
            params)
        return array("q", [row_id for row_id, in cursor])

    def rows(self, ids: Sequence[int], now: dt.datetime | None = None) -> list[RequestRow]:
        """The list lines of `ids`, in the same order (ids no longer stored are left
        out)."""
        found = self.rows_by_id(ids, now)
        return [found[i] for i in ids if i in found]

    def rows_by_id(self, ids: Sequence[int], now: dt.datetime | None = None
                   ) -> dict[int, RequestRow]:
        """The list lines of those `ids` still stored, by row id."""
        if not ids:
            return {}
        now = now or dt.datetime.now(dt.timezone.utc)
        settings = self._store.settings()
        marks = ",".join("?" * len(ids))
        return {r["id"]: self._requests._row(r, now, settings) for r in self.conn.execute(
            "SELECT r.*, h.name AS household_name, h.account_no,"
            " c.name AS community_name,"
            " (SELECT group_concat(d.kind, ';') FROM request_documents d"
            "  WHERE d.request_uuid = r.uuid AND +d.state = 'deferred') AS deferred_kinds,"
            f" {POST_METER} AS post_meter_m"
            " FROM charger_requests r JOIN households h ON h.uuid = r.household_uuid"
            " LEFT JOIN communities c ON c.uuid = h.community_uuid"
            f" WHERE r.id IN ({marks})", list(ids))}

    def row_id(self, request_uuid: str) -> int | None:
        """The local row id (the list's key) of a request."""
        row = self.conn.execute("SELECT id FROM charger_requests WHERE uuid = ?",
                                (request_uuid,)).fetchone()
        return row[0] if row else None

    def listing(self, query: RequestFilter, now: dt.datetime | None = None,
                limit: int | None = None) -> list[RequestRow]:
        """The first `limit` rows of the list, newest first (for the CLI and panels)."""
        now = now or dt.datetime.now(dt.timezone.utc)
        ids = self.ids(query, now=now)
        return self.rows(ids if limit is None else ids[:limit], now)


def _conditions(query: RequestFilter, now: dt.datetime, settings) -> tuple[list[str], list]:
    """WHERE terms and their parameters for a filter."""
    where: list[str] = []
    params: list = []
    if query.status == "open":
        where.append("r.status IN (" + ", ".join(f"'{s.value}'" for s in charger.OPEN) + ")")
    elif query.status:
        where.append("r.status = ?")
        params.append(query.status)
    for column, value in (("k.community_uuid", query.community_uuid),
                          ("r.household_uuid", query.household_uuid),
                          ("r.channel", query.channel)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if query.overdue:
        stale = []
        for status in charger.OPEN:
            target = settings.stage_target_days.get(status.value)
            if target is None:
                continue
            at = charger.STAGE_FIELDS[status][0]
            entered = f"coalesce(nullif(r.{at}, ''), r.accepted_at)"
            stale.append(f"(r.status = '{status.value}' AND {entered} > ''"
                         f" AND {entered} < ?)")
            params.append(to_stamp(now - dt.timedelta(days=target)))
        where.append("(" + " OR ".join(stale or ["0"]) + ")")
    if query.has_deferred:
        where.append("k.deferred_kinds > ''")
    for term in query.text.split():
        where.append("(r.request_no LIKE ? OR k.household_name LIKE ? OR k.account_no LIKE ?"
                     " OR r.parking_space LIKE ?)")
        params += [f"%{term}%"] * 4
    return where, params
