"""Regression guard for the PySide6 6.12 / Python 3.11 crash.

PySide6 6.12.0 on Python 3.11 drops a reference to None each time an empty QVariant comes
back as None; after enough calls the interpreter aborts with "deallocating None", usually
while a table scrolls. pyproject.toml pins PySide6 < 6.12 on Python < 3.12. If that pin is
lost, None's reference count falls here and the test fails (or the process aborts)
instead of a user's window.
"""
import sys

import PySide6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItemModel

CALLS = 200_000


def test_installed_pyside_is_not_the_broken_combination():
    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert not (version >= (6, 12) and sys.version_info < (3, 12)), PySide6.__version__


def test_empty_variants_do_not_leak_references_to_none(qapp):
    model = QStandardItemModel(4, 4)
    index = model.index(1, 1)
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        assert index.data() is None
        assert model.headerData(99, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) \
            is None
        assert holder.property("no_such_property") is None
    after = sys.getrefcount(None)
    # Other threads and caches move the count a little; the bug moves it by 3 × CALLS.
    assert after - before > -1000, (before, after)
