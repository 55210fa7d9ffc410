"""Timestamps as stored: UTC ISO 8601 with milliseconds and a Z (the format itself is
fieldapp/domain/stamps.py)."""
from __future__ import annotations

import datetime as dt

from fieldapp.domain.stamps import from_stamp, to_stamp

__all__ = ["from_stamp", "to_stamp", "utc_now"]


def utc_now() -> str:
    return to_stamp(dt.datetime.now(dt.timezone.utc))
