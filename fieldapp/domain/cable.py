"""Post-meter cable (表后线): the current a charger draws, the smallest standard copper
section that carries it within the voltage-drop limit, and what the cable run costs.

The rule and its worked cases are in DESIGN.md ("Cable sizing"); every number (voltages,
resistivity, ampacity tables, sections, drop limit, prices) comes from Settings.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.settings import Settings, section_key

MESSAGES.update({
    "cable.bad_power": ("充电桩功率应为大于 0 的数（kW），不是 {value}",
                        "The charger power must be a number above 0 (kW), not {value}"),
    "cable.bad_phase": ("相数应为 1（单相）或 3（三相），不是 {value}",
                        "The phase must be 1 (single) or 3 (three), not {value}"),
    "cable.bad_length": ("电缆长度应为不小于 0 的数（米），不是 {value}",
                         "The cable length must be a number of at least 0 m, not {value}"),
    "cable.absurd_length": ("电缆长度 {value} 米超过 {max} 米，请核对",
                            "A cable of {value} m is longer than {max} m; please check it"),
    "cable.no_fit_current": ("没有合适的标准截面：电流 {current} A 超过最大截面 {section} mm² "
                             "的载流量 {ampacity} A",
                             "No standard section fits: {current} A is more than the "
                             "largest section, {section} mm², carries ({ampacity} A)"),
    "cable.no_fit_drop": ("没有合适的标准截面：最大截面 {section} mm² 的压降 {drop}% 也超过"
                          "限值 {limit}%，请缩短线路或选更近的表箱",
                          "No standard section fits: even the largest, {section} mm², "
                          "drops {drop}%, over the {limit}% limit; shorten the route or "
                          "choose a nearer meter box"),
    "cable.no_price": ("设置中没有 {section} mm² 电缆的单价",
                       "The settings have no price for a {section} mm² cable"),
    "cable.smaller_current": ("{section} mm² 只能承载 {ampacity} A，小于电流 {current} A",
                              "{section} mm² carries only {ampacity} A, less than "
                              "{current} A"),
    "cable.smaller_drop": ("{section} mm² 的压降为 {drop}%，超过限值 {limit}%",
                           "{section} mm² would drop {drop}%, over the {limit}% limit"),
    "cable.item.cable": ("电缆 {section} mm²", "cable {section} mm²"),
    "cable.item.conduit": ("穿线管", "conduit"),
    "cable.item.rcd_box": ("表后开关箱（含漏电保护）", "breaker box with RCD"),
    "cable.item.labour": ("安装人工", "installation labour"),
    "cable.unit.m": ("米", "m"),
    "cable.unit.item": ("项", "item"),
})


@dataclass(frozen=True)
class SectionCheck:
    """How one standard section fares for this current and length."""

    section_mm2: float
    ampacity_a: float
    drop_percent: float
    carries: bool  # the current is within the ampacity
    drop_ok: bool  # the drop is within the limit

    @property
    def fits(self) -> bool:
        return self.carries and self.drop_ok


@dataclass(frozen=True)
class CostLine:
    """One line of the cost estimate, as the supply-plan notice lists it."""

    name: str
    quantity: float
    unit: str
    unit_price_yuan: float
    amount_yuan: float


@dataclass(frozen=True)
class CableSizing:
    """The chosen section (None when no standard size fits, with `reason` saying why),
    the drop and cost at that size, and every size's check so a form can explain."""

    power_kw: float
    phase: int
    length_m: float
    current_a: float
    drop_limit_percent: float
    section_mm2: float | None
    drop_percent: float | None
    cost_yuan: float | None
    reason: str
    checks: tuple[SectionCheck, ...]
    cost_lines: tuple[CostLine, ...]

    @property
    def smaller(self) -> SectionCheck | None:
        """The next smaller standard size than the chosen one (None when the smallest
        was chosen or none fits): what it would have given."""
        if self.section_mm2 is None:
            return None
        below = [c for c in self.checks if c.section_mm2 < self.section_mm2]
        return below[-1] if below else None

    @property
    def smaller_reason(self) -> str:
        """Why the next smaller size was not chosen, e.g. "6 mm² would drop 5.42%…"."""
        check = self.smaller
        if check is None:
            return ""
        if not check.carries:
            return msg("cable.smaller_current", section=section_key(check.section_mm2),
                       ampacity=f"{check.ampacity_a:g}", current=f"{self.current_a:.2f}")
        return msg("cable.smaller_drop", section=section_key(check.section_mm2),
                   drop=f"{check.drop_percent:.2f}", limit=f"{self.drop_limit_percent:g}")


def design_current(power_kw: float, phase: int, settings: Settings) -> float:
    """Amperes at cos φ = 1: P/U single-phase, P/(√3·U_line) three-phase."""
    watts = power_kw * 1000.0
    if phase == 1:
        return watts / settings.voltage_v
    return watts / (math.sqrt(3) * settings.line_voltage_v)


def drop_percent(current_a: float, phase: int, length_m: float, section_mm2: float,
                 settings: Settings) -> float:
    """The voltage drop along the cable as a share of the nominal voltage, in %."""
    rho = settings.copper_resistivity
    if phase == 1:
        volts = 2 * current_a * length_m * rho / section_mm2
        return 100.0 * volts / settings.voltage_v
    volts = math.sqrt(3) * current_a * length_m * rho / section_mm2
    return 100.0 * volts / settings.line_voltage_v


def size_cable(power_kw: float, phase: int, length_m: float,
               settings: Settings) -> CableSizing:
    """The smallest standard section meeting both ampacity and the drop limit, its drop
    and the cost of the run (`length_m` is the whole post-meter length, slack included).
    ValueError with a message for a power, phase or length that cannot be right."""
    _check_inputs(power_kw, phase, length_m, settings)
    current = design_current(power_kw, phase, settings)
    ampacity = (settings.ampacity_two_loaded_a if phase == 1
                else settings.ampacity_three_loaded_a)
    limit = settings.drop_limit_percent
    checks = []
    for section in sorted(settings.cable_sections_mm2):
        carries_a = ampacity.get(section_key(section))
        if carries_a is None:
            continue  # a size without a known ampacity cannot be chosen
        drop = drop_percent(current, phase, length_m, section, settings)
        # a hair of tolerance: 6.82 kW is 31 A exactly, not 31.000000000000004
        checks.append(SectionCheck(section, carries_a, drop,
                                   carries=current <= carries_a + 1e-9,
                                   drop_ok=drop <= limit + 1e-9))
    chosen = next((c for c in checks if c.fits), None)
    common = dict(power_kw=power_kw, phase=phase, length_m=length_m, current_a=current,
                  drop_limit_percent=limit, checks=tuple(checks))
    if chosen is None:
        return CableSizing(section_mm2=None, drop_percent=None, cost_yuan=None,
                           reason=_no_fit_reason(current, checks, limit), cost_lines=(),
                           **common)
    lines = cost_lines(chosen.section_mm2, phase, length_m, settings)
    return CableSizing(section_mm2=chosen.section_mm2, drop_percent=chosen.drop_percent,
                       cost_yuan=round(sum(line.amount_yuan for line in lines), 2),
                       reason="", cost_lines=lines, **common)


def cost_lines(section_mm2: float, phase: int, length_m: float,
               settings: Settings) -> tuple[CostLine, ...]:
    """Cable (length × its price per metre), conduit (length × price) and the fixed
    items, each priced from the settings."""
    prices = (settings.cable_price_single_yuan_per_m if phase == 1
              else settings.cable_price_three_yuan_per_m)
    key = section_key(section_mm2)
    if key not in prices:
        raise ValueError(msg("cable.no_price", section=key))
    metre, item = msg("cable.unit.m"), msg("cable.unit.item")
    lines = [_line(msg("cable.item.cable", section=key), length_m, metre, prices[key]),
             _line(msg("cable.item.conduit"), length_m, metre,
                   settings.conduit_price_yuan_per_m)]
    for name, price in settings.fixed_cost_items_yuan.items():
        label = msg(f"cable.item.{name}") if f"cable.item.{name}" in MESSAGES else name
        lines.append(_line(label, 1, item, price))
    return tuple(lines)


def _line(name: str, quantity: float, unit: str, price: float) -> CostLine:
    return CostLine(name, quantity, unit, price, round(quantity * price, 2))


def _no_fit_reason(current: float, checks: list[SectionCheck], limit: float) -> str:
    if not checks:  # no section has an ampacity: nothing can be said to carry it
        return msg("cable.no_fit_current", current=f"{current:.2f}", section="-",
                   ampacity="-")
    largest = checks[-1]
    if not largest.carries:
        return msg("cable.no_fit_current", current=f"{current:.2f}",
                   section=section_key(largest.section_mm2),
                   ampacity=f"{largest.ampacity_a:g}")
    return msg("cable.no_fit_drop", section=section_key(largest.section_mm2),
               drop=f"{largest.drop_percent:.2f}", limit=f"{limit:g}")


def _check_inputs(power_kw: float, phase: int, length_m: float, settings: Settings) -> None:
    if not _finite(power_kw) or power_kw <= 0:
        raise ValueError(msg("cable.bad_power", value=power_kw))
    if isinstance(phase, bool) or phase not in (1, 3):
        raise ValueError(msg("cable.bad_phase", value=phase))
    if not _finite(length_m) or length_m < 0:
        raise ValueError(msg("cable.bad_length", value=length_m))
    if length_m > settings.distance_max_m:
        raise ValueError(msg("cable.absurd_length", value=f"{length_m:g}",
                             max=f"{settings.distance_max_m:g}"))


def _finite(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))
