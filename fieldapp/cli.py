"""fieldapp-cli: FieldApp's jobs without a window, for scripts, CI and benchmarks.

    fieldapp-cli [--db PATH] [--lang zh|en] demo --households N [--seed S]
    fieldapp-cli [--db PATH] check
    fieldapp-cli [--db PATH] households search TEXT [--limit N]
    fieldapp-cli [--db PATH] info
"""
from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections.abc import Sequence

from fieldapp import __version__
from fieldapp.domain.identifiers import mask_id_number, mask_mobile
from fieldapp.domain.messages import msg, set_language
from fieldapp.store import Store, StoreError


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table whose columns line up with Chinese text in a terminal."""
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldapp-cli", description="FieldApp 现场服务助手")
    parser.add_argument("--db", help="database file (default: the user's data folder)")
    parser.add_argument("--lang", default="zh", choices=["zh", "en"], help="message language")
    parser.add_argument("--operator", help="operator id written to the audit log")
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--households", type=int, default=1000)
    demo.add_argument("--communities", type=int, default=None)
    demo.add_argument("--seed", type=int, default=1)
    commands.add_parser("check", help="integrity and consistency checks; non-zero on problems")
    commands.add_parser("info", help="database file, version, device and counts")
    households = commands.add_parser("households", help="household register")
    actions = households.add_subparsers(dest="action", required=True)
    find = actions.add_parser("search", help="search as the window does")
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=20)
    return parser


def _demo(store: Store, args) -> int:
    from fieldapp import demo

    started = time.perf_counter()
    communities, households = demo.generate(store, args.households, seed=args.seed,
                                            communities=args.communities)
    print(msg("cli.demo_done", communities=communities, households=households,
              seconds=time.perf_counter() - started))
    return 0


def _check(store: Store, args) -> int:
    from fieldapp.store.check import check

    problems = check(store)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(msg("check.ok", households=store.households.count(),
              communities=store.communities.count()))
    return 0


def _info(store: Store, args) -> int:
    from fieldapp.store.migrations import user_version

    rows = [("database", str(store.path)), ("schema", str(user_version(store.conn))),
            ("device_id", store.device_id), ("operator", store.operator),
            ("communities", str(store.communities.count())),
            ("households", str(store.households.count()))]
    print(format_table(["key", "value"], rows))
    return 0


def _households(store: Store, args) -> int:
    rows = store.households.search(args.text, limit=args.limit + 1)
    if not rows:
        print(msg("cli.no_matches"))
        return 0
    table = [(r.account_no, r.name, mask_mobile(r.mobile), mask_id_number(r.id_number),
              r.community, r.address) for r in rows[:args.limit]]
    print(format_table(["户号", "姓名", "手机", "身份证号", "小区", "地址"], table))
    if len(rows) > args.limit:
        print(msg("cli.more_matches", n=args.limit))
    return 0


COMMANDS = {"demo": _demo, "check": _check, "info": _info, "households": _households}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    set_language(args.lang)
    from fieldapp.paths import default_database_path

    try:
        with Store.open(args.db or default_database_path(), operator=args.operator) as store:
            return COMMANDS[args.command](store, args)
    except StoreError as error:
        print(f"fieldapp-cli: {error}", file=sys.stderr)
        return 2
    except ValueError as error:  # e.g. a validation problem from a command
        print(f"fieldapp-cli: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
