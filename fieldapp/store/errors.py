"""What the store refuses, each with a message fit to show a user."""
from __future__ import annotations


class StoreError(Exception):
    """Base: `str(error)` is a complete, user-facing sentence."""


class DatabaseRefused(StoreError):
    """The file cannot be opened as a FieldApp database; it has not been touched."""


class RecordRefused(StoreError):
    """A write was refused for a reason tied to one field (e.g. a duplicate account)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class StaleRecord(StoreError):
    """The record changed since it was read (another window or an import)."""


class RecordGone(StoreError):
    """The record was deleted since it was read."""
