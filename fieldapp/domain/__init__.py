"""Pure-Python records, validation and rules. No Qt, no SQL."""
