"""fieldapp-cli's survey commands: garages, the meter boxes nearest a parking space, and
distance measurements (the garage survey on the map, without a window).

    fieldapp-cli [--db PATH] garages list
    fieldapp-cli [--db PATH] nearest --space CODE --community NAME [--limit M] [--json]
    fieldapp-cli [--db PATH] measurements list [--over-limit] [--limit N]
"""
from __future__ import annotations

import argparse
import json

from fieldapp.domain.measurement import Method, over_limit
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.store import Store
from fieldapp.store.survey import graph_of, nearest_boxes

MESSAGES.update({
    "cli.no_garages": ("还没有车库", "No garages yet"),
    "cli.garage_headers": ("小区|车库|表箱|车位|通道段|比例尺(米/像素)|测量",
                           "community|garage|meter boxes|spaces|aisle segments|"
                           "scale (m/px)|measurements"),
    "cli.uncalibrated": ("未标定", "not calibrated"),
    "cli.no_community": ("没有名为“{name}”的小区", "There is no community \"{name}\""),
    "cli.no_space": ("小区“{community}”的车库里没有车位 {code}",
                     "No garage of \"{community}\" has a parking space {code}"),
    "cli.nearest_headers": ("表箱|路径长度(米)|直线(米)|空余表位|路径",
                            "meter box|route (m)|straight (m)|free positions|route"),
    "cli.by_aisle": ("沿通道", "along aisles"), "cli.straight": ("直线", "straight line"),
    "cli.no_nearby": ("{limit:g} 米内没有表箱", "No meter box within {limit:g} m"),
    "cli.nearest_title": ("车位 {code}（{garage}）{limit:g} 米内的表箱，由近到远：",
                          "Meter boxes within {limit:g} m of space {code} ({garage}),"
                          " nearest first:"),
    "cli.no_measurements": ("没有符合条件的测量记录", "No matching measurements"),
    "cli.measurement_headers": ("报装编号|住户|小区|表箱|方式|路径|高差|预留|表后线(米)|超长|"
                                "测量日期|选用",
                                "request|household|community|meter box|method|route|rise|"
                                "slack|post-meter (m)|over limit|date|chosen"),
    "cli.measurement_count": ("共 {n} 条测量", "{n} measurements"),
})


def add_parsers(commands) -> None:
    """The survey's subcommands, on fieldapp-cli's subparsers."""
    garages = commands.add_parser("garages", help="garages with their plans")
    garages.add_subparsers(dest="action", required=True).add_parser(
        "list", help="every garage: boxes, spaces, aisles, scale, measurements")
    nearest = commands.add_parser("nearest", help="meter boxes nearest a parking space by "
                                  "cable route along the aisles")
    nearest.add_argument("--space", required=True, help="parking space code, e.g. B1-023")
    nearest.add_argument("--community", required=True, help="the community's name")
    nearest.add_argument("--limit", type=float, default=None,
                         help="metres (default: the post-meter limit, 50)")
    nearest.add_argument("--json", action="store_true", help="print JSON")
    measurements = commands.add_parser("measurements", help="distance measurements")
    listing = measurements.add_subparsers(dest="action", required=True).add_parser(
        "list", help="measurements, newest first")
    listing.add_argument("--over-limit", action="store_true",
                         help="only post-meter lengths over the limit")
    listing.add_argument("--limit", type=int, default=200)


def _headers(key: str) -> list[str]:
    return msg(key).split("|")


def garages(store: Store, args: argparse.Namespace, table) -> int:
    rows = store.garages.listing()
    if not rows:
        print(msg("cli.no_garages"))
        return 0
    print(table(_headers("cli.garage_headers"), [
        (r.community, r.garage.name, str(r.boxes), str(r.spaces),
         str(len(graph_of(r.garage).segments)),
         f"{r.garage.scale:.4f}" if r.garage.scale else msg("cli.uncalibrated"),
         str(r.measurements)) for r in rows]))
    return 0


def nearest(store: Store, args: argparse.Namespace, table) -> int:
    community = next((c for c in store.communities.all() if c.name == args.community.strip()),
                     None)
    if community is None:
        raise ValueError(msg("cli.no_community", name=args.community))
    space = store.parking_spaces.find(community.uuid, args.space)
    if space is None:
        raise ValueError(msg("cli.no_space", community=community.name, code=args.space))
    limit = store.settings().post_meter_limit_m if args.limit is None else args.limit
    found = nearest_boxes(store, space, limit_m=limit)
    garage = store.garages.get(space.garage_uuid)
    if args.json:
        print(json.dumps({"space": space.code, "garage": garage.name, "limit_m": limit,
                          "boxes": [{"code": n.box.code, "route_m": round(n.route.length_m, 2),
                                     "straight_m": round(_straight(space, n.box), 2),
                                     "free_positions": n.available,
                                     "along_aisles": n.route.along_aisles} for n in found]},
                         ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(msg("cli.no_nearby", limit=limit))
        return 0
    print(msg("cli.nearest_title", code=space.code, garage=garage.name, limit=limit))
    print(table(_headers("cli.nearest_headers"), [
        (n.box.code, f"{n.route.length_m:.1f}", f"{_straight(space, n.box):.1f}",
         str(n.available), msg("cli.by_aisle") if n.route.along_aisles else msg("cli.straight"))
        for n in found]))
    return 0


def _straight(space, box) -> float:
    return ((space.x - box.x) ** 2 + (space.y - box.y) ** 2) ** 0.5


def _method_label(key: str) -> str:
    method = Method.parse(key)
    return method.label if method else key


def measurements(store: Store, args: argparse.Namespace, table) -> int:
    settings = store.settings()
    rows = store.measurements.listing(over_limit_only=args.over_limit)
    if not rows:
        print(msg("cli.no_measurements"))
        return 0
    shown = rows[:max(args.limit, 1)]
    print(table(_headers("cli.measurement_headers"), [
        (r.request_no, r.household, r.community, r.box_code,
         _method_label(r.measurement.method),
         f"{r.measurement.route_m:.1f}", f"{r.measurement.rise_m:.1f}",
         f"{r.measurement.slack_m:.1f}", f"{r.post_meter_m:.1f}",
         msg("cli.yes") if over_limit(r.post_meter_m, settings) else "",
         r.measurement.measured_on, msg("cli.yes") if r.chosen else "") for r in shown]))
    print(msg("cli.measurement_count", n=len(rows)))
    return 0
