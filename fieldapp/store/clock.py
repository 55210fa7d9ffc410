"""Timestamps as stored: UTC ISO 8601 with milliseconds and a Z."""
from __future__ import annotations

import datetime as dt


def utc_now() -> str:
    return to_stamp(dt.datetime.now(dt.timezone.utc))


def to_stamp(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def from_stamp(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
