"""How exchange records read in the window: sheet names, and conflicts described by the
exchange layer (fieldapp.exchange.conflicts: which record, why, which fields differ).

Works on any open store, so a background job can prepare the views with its own
connection and hand plain data to the GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.exchange.conflicts import Conflict, describe_conflict
from fieldapp.exchange.schema import TOMBSTONES

translate = QCoreApplication.translate

# A conflict as the dialogs show it; described without Qt so the CLI reads the same.
ConflictView = Conflict
conflict_view = describe_conflict


def sheet_label(sheet: str) -> str:
    labels = {"communities": translate("Exchange", "小区"),
              "households": translate("Exchange", "住户"),
              "charger_requests": translate("Exchange", "充电桩报装"),
              "request_documents": translate("Exchange", "报装材料"),
              TOMBSTONES: translate("Exchange", "删除记录")}
    return labels.get(sheet, sheet)


def file_origin(meta: dict[str, str]) -> str:
    """Where an exchange file came from, from its _meta: the laptop's readable name (else
    its code), who exported it and when — 城东所-笔记本3 · 陈建国(10023) · 2026-11-24 18:02."""
    from fieldapp.ui.households.model import local_time

    device = meta.get("device_name") or meta.get("device_id", "")
    exported = meta.get("exported_at", "")
    try:
        exported = local_time(exported)
    except ValueError:
        pass  # a time edited by hand in the workbook: shown as it is written
    return " · ".join(part for part in (device, meta.get("operator", ""), exported) if part)
