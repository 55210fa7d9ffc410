"""The survey's figures as the window shows them: the post-meter length against the
limit, and the cable it needs (current, section, drop, cost) or why none fits."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.domain.cable import size_cable
from fieldapp.domain.measurement import over_limit
from fieldapp.domain.settings import Settings, section_key


def length_text(length_m: float, settings: Settings) -> str:
    """表后线 35.0 m（不超过 50 m） or 表后线 53.0 m，超过 50 m."""
    if over_limit(length_m, settings):
        text = QCoreApplication.translate("SurveyFigures", "表后线 %1 m，超过 %2 m")
    else:
        text = QCoreApplication.translate("SurveyFigures", "表后线 %1 m（不超过 %2 m）")
    return text.replace("%1", f"{length_m:.1f}").replace(
        "%2", f"{settings.post_meter_limit_m:g}")


def section_text(section_mm2: float | None) -> str:
    return "—" if section_mm2 is None else f"{section_key(section_mm2)} mm²"


def cable_text(power_kw: float, phase: int, length_m: float, settings: Settings) -> str:
    """电流 31.8 A · 截面 6 mm² · 压降 3.25% · 估算费用 ¥2,310 (and why the next smaller
    size would not do), or the reason no standard size fits."""
    try:
        sizing = size_cable(power_kw, phase, length_m, settings)
    except ValueError as error:
        return str(error)
    current = QCoreApplication.translate("SurveyFigures", "电流 %1 A").replace(
        "%1", f"{sizing.current_a:.1f}")
    if sizing.section_mm2 is None:
        return f"{current} · {sizing.reason}"
    text = QCoreApplication.translate("SurveyFigures", "%1 · 截面 %2 · 压降 %3% · 估算费用 ¥%4")
    text = text.replace("%1", current).replace("%2", section_text(sizing.section_mm2)).replace(
        "%3", f"{sizing.drop_percent:.2f}").replace("%4", f"{sizing.cost_yuan:,.0f}")
    if sizing.smaller_reason:
        text += "\n" + sizing.smaller_reason
    return text
