"""Times as stored: UTC ISO 8601 to the millisecond, with a Z (2026-11-24T02:30:00.000Z).

The domain reads and writes them (a request's stage times); the store stamps every row
with them (fieldapp/store/clock.py takes these from here)."""
from __future__ import annotations

import datetime as dt


def to_stamp(moment: dt.datetime) -> str:
    """`moment` as stored; one without a zone is local time."""
    moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def from_stamp(stamp: str) -> dt.datetime:
    """A stored stamp as an aware datetime."""
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def local_minute(stamp: str) -> str:
    """A stored stamp as this computer's local time to the minute (2026-11-24 10:30), as
    lists, notices and the CLI show it; "" for none."""
    if not stamp:
        return ""
    return from_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
