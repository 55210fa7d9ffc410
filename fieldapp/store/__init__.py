"""SQLite storage through sqlite-utils: schema, migrations, repositories, search, audit.

No Qt here. Open a database with `Store.open(path)`.
"""
from fieldapp.store.errors import (  # noqa: F401
    DatabaseRefused,
    RecordGone,
    RecordRefused,
    StaleRecord,
    StoreError,
)
from fieldapp.store.store import Store  # noqa: F401
