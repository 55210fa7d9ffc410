"""Post-meter cable sizing and cost (DESIGN.md "Cable sizing") and the settings it reads."""
from __future__ import annotations

import math

import pytest

from fieldapp.domain.cable import size_cable
from fieldapp.domain.messages import set_language
from fieldapp.domain.settings import Settings

DEFAULTS = Settings()


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh")
    yield
    set_language("zh")


# -- DESIGN.md's worked cases --------------------------------------------------------------
def test_7_kw_single_phase_at_30_m_takes_6_mm2_at_3_25_percent():
    sizing = size_cable(7, 1, 30, DEFAULTS)
    assert round(sizing.current_a, 2) == 31.82
    assert sizing.section_mm2 == 6
    assert round(sizing.drop_percent, 2) == 3.25
    assert sizing.reason == ""
    # 4 mm² is not chosen because it cannot carry 31.82 A, whatever the drop
    assert sizing.smaller.section_mm2 == 4 and not sizing.smaller.carries
    assert "31" in sizing.smaller_reason and "31.82" in sizing.smaller_reason


def test_7_kw_single_phase_at_50_m_takes_10_mm2_because_6_drops_5_42_percent():
    sizing = size_cable(7, 1, 50, DEFAULTS)
    assert sizing.section_mm2 == 10
    assert round(sizing.drop_percent, 2) == 3.25
    assert sizing.smaller.section_mm2 == 6
    assert round(sizing.smaller.drop_percent, 2) == 5.42
    assert sizing.smaller.carries and not sizing.smaller.drop_ok
    assert sizing.smaller_reason == "6 mm² 的压降为 5.42%，超过限值 4%"


def test_7_kw_single_phase_at_80_m_takes_16_mm2_because_10_drops_5_21_percent():
    sizing = size_cable(7, 1, 80, DEFAULTS)
    assert sizing.section_mm2 == 16
    assert round(sizing.drop_percent, 2) == 3.25
    assert sizing.smaller.section_mm2 == 10
    assert round(sizing.smaller.drop_percent, 2) == 5.21


def test_21_kw_three_phase_at_50_m_takes_6_mm2_at_2_73_percent():
    sizing = size_cable(21, 3, 50, DEFAULTS)
    assert round(sizing.current_a, 2) == 31.91
    assert sizing.section_mm2 == 6
    assert round(sizing.drop_percent, 2) == 2.73
    # three loaded conductors: 4 mm² carries only 28 A
    assert sizing.smaller.ampacity_a == 28 and not sizing.smaller.carries


# -- the ampacity boundary -----------------------------------------------------------------
def test_a_current_just_above_31_a_does_not_get_4_mm2_even_when_the_drop_fits():
    power = 31.05 * 220 / 1000  # 31.05 A single-phase
    sizing = size_cable(power, 1, 5, DEFAULTS)
    four = sizing.checks[0]
    assert four.section_mm2 == 4 and four.drop_ok and not four.carries
    assert sizing.section_mm2 == 6


def test_exactly_31_a_is_carried_by_4_mm2():
    sizing = size_cable(6.82, 1, 5, DEFAULTS)  # 6820 W / 220 V = 31 A
    assert sizing.section_mm2 == 4
    assert sizing.smaller is None and sizing.smaller_reason == ""


# -- no standard size fits -----------------------------------------------------------------
def test_too_long_for_even_the_largest_section_says_so_without_a_size_or_cost():
    sizing = size_cable(7, 1, 200, DEFAULTS)  # 25 mm² drops 5.21 % over 200 m
    assert sizing.section_mm2 is None and sizing.drop_percent is None
    assert sizing.cost_yuan is None and sizing.cost_lines == ()
    assert sizing.reason == ("没有合适的标准截面：最大截面 25 mm² 的压降 5.21% 也超过限值 4%，"
                             "请缩短线路或选更近的表箱")
    assert sizing.smaller is None


def test_a_current_above_the_largest_ampacity_says_so():
    set_language("en")
    sizing = size_cable(22, 1, 10, DEFAULTS)  # 100 A single-phase > 95 A
    assert sizing.section_mm2 is None
    assert sizing.reason == ("No standard section fits: 100.00 A is more than the largest "
                             "section, 25 mm², carries (95 A)")


# -- settings change the answer ------------------------------------------------------------
def test_a_stricter_or_looser_drop_limit_changes_the_section():
    assert size_cable(7, 1, 50, DEFAULTS).section_mm2 == 10
    loose = DEFAULTS.with_value("drop_limit_percent", "5")
    # 6 mm² at 50 m drops 5.42 %: still over 5 %
    assert size_cable(7, 1, 50, loose).section_mm2 == 10
    assert size_cable(7, 1, 45, loose).section_mm2 == 6  # 4.88 %
    assert size_cable(7, 1, 45, DEFAULTS).section_mm2 == 10
    strict = DEFAULTS.with_value("drop_limit_percent", "2")
    sizing = size_cable(7, 1, 30, strict)  # 6: 3.25 %, 10: 1.95 %
    assert sizing.section_mm2 == 10 and round(sizing.drop_percent, 2) == 1.95
    assert sizing.smaller_reason == "6 mm² 的压降为 3.25%，超过限值 2%"


def test_the_ampacity_table_and_voltage_are_read_from_the_settings():
    generous = DEFAULTS.with_value("ampacity_two_loaded_a",
                                   '{"4": 35, "6": 40, "10": 54, "16": 73, "25": 95}')
    assert size_cable(7, 1, 10, generous).section_mm2 == 4
    assert size_cable(7, 1, 10, DEFAULTS).section_mm2 == 6
    higher = DEFAULTS.with_value("voltage_v", "230")
    assert round(size_cable(7, 1, 30, higher).current_a, 2) == round(7000 / 230, 2)


# -- cost ----------------------------------------------------------------------------------
def test_cost_is_cable_and_conduit_by_the_metre_plus_the_fixed_items():
    settings = Settings(cable_price_single_yuan_per_m={"4": 10.0, "6": 20.5, "10": 30.0,
                                                       "16": 40.0, "25": 50.0},
                        conduit_price_yuan_per_m=3.0,
                        fixed_cost_items_yuan={"rcd_box": 100.0, "标识牌": 15.0})
    sizing = size_cable(7, 1, 30, settings)  # 6 mm²
    assert sizing.cost_yuan == 30 * 20.5 + 30 * 3.0 + 100 + 15
    rows = [(line.name, line.quantity, line.unit, line.unit_price_yuan, line.amount_yuan)
            for line in sizing.cost_lines]
    assert rows == [("电缆 6 mm²", 30, "米", 20.5, 615.0), ("穿线管", 30, "米", 3.0, 90.0),
                    ("表后开关箱（含漏电保护）", 1, "项", 100.0, 100.0),
                    ("标识牌", 1, "项", 15.0, 15.0)]


def test_three_phase_cost_uses_the_five_core_prices():
    sizing = size_cable(21, 3, 50, DEFAULTS)
    price = DEFAULTS.cable_price_three_yuan_per_m["6"]
    fixed = sum(DEFAULTS.fixed_cost_items_yuan.values())
    assert sizing.cost_yuan == pytest.approx(50 * price + 50 * DEFAULTS.conduit_price_yuan_per_m
                                             + fixed)
    assert sizing.cost_lines[0].unit_price_yuan == price


# -- bad input -----------------------------------------------------------------------------
@pytest.mark.parametrize("power, phase, length, words", [
    (0, 1, 30, "功率"), (-7, 1, 30, "功率"), (math.nan, 1, 30, "功率"),
    (7, 2, 30, "相数"), (7, 1, -1, "长度"), (7, 1, math.nan, "长度"),
    (7, 1, math.inf, "长度"), (7, 1, 500.5, "超过 500 米"),
])
def test_impossible_inputs_are_refused_with_a_message(power, phase, length, words):
    with pytest.raises(ValueError, match=words):
        size_cable(power, phase, length, DEFAULTS)


def test_500_m_is_still_sized_and_the_absurd_limit_is_a_setting():
    assert size_cable(3.5, 1, 500, DEFAULTS).section_mm2 is None  # too far, but sized
    shorter = DEFAULTS.with_value("distance_max_m", "100")
    with pytest.raises(ValueError, match="超过 100 米"):
        size_cable(7, 1, 120, shorter)


# -- the settings' new numbers, tables and lists -------------------------------------------
def test_float_settings_take_numbers_in_range_and_refuse_others():
    assert DEFAULTS.with_value("drop_limit_percent", "3").drop_limit_percent == 3.0
    assert isinstance(DEFAULTS.with_value("drop_limit_percent", "3").drop_limit_percent,
                      float)
    for text in ("1.9", "5.1", '"four"', "true", "NaN"):
        with pytest.raises(ValueError, match="drop_limit_percent"):
            DEFAULTS.with_value("drop_limit_percent", text)
    assert DEFAULTS.with_value("cable_slack_m", "0").cable_slack_m == 0.0
    with pytest.raises(ValueError, match="copper_resistivity"):
        DEFAULTS.with_value("copper_resistivity", "0.5")
    with pytest.raises(ValueError, match="plan_image_max_mb"):
        DEFAULTS.with_value("plan_image_max_mb", "0")


def test_section_tables_are_keyed_by_section_and_must_cover_every_standard_size():
    prices = DEFAULTS.with_value("cable_price_single_yuan_per_m",
                                 '{"4.0": 1, "6": 2, "10": 3, "16": 4, "25": 5, "35": 6}')
    assert prices.cable_price_single_yuan_per_m["4"] == 1.0  # "4.0" is written "4"
    with pytest.raises(ValueError, match="截面 25 mm².*cable_price_three_yuan_per_m"):
        DEFAULTS.with_value("cable_price_three_yuan_per_m", '{"4": 1, "6": 2, "10": 3, "16": 4}')
    with pytest.raises(ValueError, match="ampacity_two_loaded_a"):
        DEFAULTS.with_value("ampacity_two_loaded_a", '{"four": 31}')
    # a new size goes into the tables first, then into the standard sections
    with pytest.raises(ValueError, match="截面 35 mm²"):
        prices.with_value("cable_sections_mm2", "[4, 6, 10, 16, 25, 35]")
    bigger = prices
    for table in ("ampacity_two_loaded_a", "ampacity_three_loaded_a",
                  "cable_price_three_yuan_per_m"):
        table_now = dict(getattr(bigger, table), **{"35": 120})
        bigger = bigger.with_value(table, str(table_now).replace("'", '"'))
    bigger = bigger.with_value("cable_sections_mm2", "[35, 4, 6, 10, 16, 25]")
    assert bigger.cable_sections_mm2 == (4, 6, 10, 16, 25, 35)
    assert size_cable(7, 1, 200, bigger).section_mm2 == 35


def test_fixed_items_are_a_dict_of_prices():
    items = DEFAULTS.with_value("fixed_cost_items_yuan", '{"labour": 350, "标识牌": 15}')
    assert items.fixed_cost_items_yuan == {"labour": 350, "标识牌": 15}
    with pytest.raises(ValueError, match="fixed_cost_items_yuan"):
        DEFAULTS.with_value("fixed_cost_items_yuan", '{"labour": -1}')


def test_the_new_settings_survive_json_and_a_wrong_shape_keeps_the_default():
    changed = DEFAULTS.with_value("drop_limit_percent", "3") \
        .with_value("cable_sections_mm2", "[6, 10, 16, 25]") \
        .with_value("fixed_cost_items_yuan", '{"labour": 350}') \
        .with_value("conduit_price_yuan_per_m", "9")
    again = Settings.from_json(changed.to_json())
    assert again == changed
    assert again.cable_sections_mm2 == (6.0, 10.0, 16.0, 25.0)
    assert size_cable(7, 1, 10, again).section_mm2 == 6
    odd = Settings.from_json('{"drop_limit_percent": "lots", "cable_sections_mm2": 4, '
                             '"voltage_v": 230, "ampacity_two_loaded_a": [31], '
                             '"plan_image_max_mb": "big", "measurement_photo_max_mb": true}')
    assert (odd.plan_image_max_mb, odd.measurement_photo_max_mb) == (20, 5)
    assert odd.drop_limit_percent == 4.0 and odd.cable_sections_mm2 == DEFAULTS.cable_sections_mm2
    assert odd.voltage_v == 230.0 and isinstance(odd.voltage_v, float)
    assert odd.ampacity_two_loaded_a == DEFAULTS.ampacity_two_loaded_a
