"""The households search: first page for realistic queries vs a naive LIKE scan."""
from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from tests.perf.common import SMALL, Table, database, p95


# -- search ------------------------------------------------------------------------------
def _queries(conn: sqlite3.Connection, rng: random.Random, n: int
             ) -> dict[str, list[tuple[str, int]]]:
    """Realistic queries drawn from the data itself, each with the household it was
    drawn from (which the search must find)."""
    def sample(where: str) -> list[tuple]:
        return conn.execute(
            "SELECT h.id, h.name, h.address, h.account_no, c.name FROM households h"
            f" JOIN communities c ON c.uuid = h.community_uuid WHERE {where}"
            " ORDER BY random() LIMIT ?", (n,)).fetchall()

    names = [(name, id_) for id_, name, *_ in sample("length(h.name) = 2")]
    fragments = []
    for id_, _, address, *_ in sample("length(h.address) >= 12"):
        size = rng.randint(3, 6)  # e.g. "江滨路阳光", "16幢3单元": a piece of a real address
        start = rng.randint(3, len(address) - size)
        fragments.append((address[start:start + size], id_))
    prefixes = [(account[:rng.randint(4, 7)], id_) for id_, _, _, account, _ in sample("1")]
    # several words, one of them common (every address says 温州, a district or a
    # community holds thousands): the matches of all words together are few
    people = sample("length(h.name) = 3")
    city_and_name = [(f"温州 {name}", id_) for id_, name, *_ in people]
    place_and_name = [(f"{address[3:5]} {community[:2]} {name[1:]}", id_)
                      for id_, name, address, _, community in people]
    surname_and_place = [(f"{name[0]} {community} {address[3:5]}", id_)
                         for id_, name, address, _, community in people]
    queries = {"2-character name": names, "address fragment (3+ chars)": fragments,
               "account-number prefix": prefixes, "温州 + full name": city_and_name,
               "district + community + given name": place_and_name,
               "surname + community + district": surname_and_place}
    return {**queries, **_pinyin_queries(people, rng)}


def _pinyin_queries(people: list[tuple], rng: random.Random
                    ) -> dict[str, list[tuple[str, int]]]:
    """What Chinese users type for the same people: initials (张婷 → zt), whole
    syllables (zhangting), a prefix of them as typed so far (zhangt), and with the
    community's initials (wzhjy zt)."""
    from fieldapp.domain import pinyin

    def syllables(name: str, person: bool = True) -> list[str]:
        return pinyin.sort_key(name, person).partition(pinyin.SORT_SEPARATOR)[0].split()

    initials, full, typed, community_and_name = [], [], [], []
    for id_, name, _, _, community in people:
        spoken = syllables(name)
        initials.append(("".join(s[0] for s in spoken), id_))
        full.append(("".join(spoken), id_))
        whole = "".join(spoken)
        typed.append((whole[:rng.randint(len(spoken[0]) + 1, len(whole) - 1)], id_))
        places = "".join(s[0] for s in syllables(community, False))
        community_and_name.append((f"{places} {initials[-1][0]}", id_))
    return {"pinyin initials (zt)": initials, "pinyin syllables (zhangting)": full,
            "pinyin prefix as typed (zhangt)": typed,
            "community initials + name initials": community_and_name}


def index_bytes_per_household(db: Path) -> tuple[float, float]:
    """Bytes per household of the search index (the FTS5 tables) and of the pinyin
    spellings (household_pinyin), from SQLite's dbstat."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    sizes = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    households = conn.execute("SELECT count(*) FROM households").fetchone()[0] or 1
    conn.close()
    fts = sum(size for name, size in sizes.items() if name.startswith("household_search"))
    return fts / households, sizes.get("household_pinyin", 0) / households


def _naive_first_page(conn: sqlite3.Connection, text: str) -> list:
    like = f"%{text}%"
    return conn.execute(
        "SELECT h.* FROM households h LEFT JOIN communities c ON c.uuid = h.community_uuid"
        " WHERE h.name LIKE ? OR h.address LIKE ? OR h.account_no LIKE ? OR h.mobile LIKE ?"
        " OR c.name LIKE ? OR c.street LIKE ? ORDER BY h.name LIMIT 200",
        (like,) * 6).fetchall()


def bench_search(table: Table, workdir: Path, sizes: list[int], repeats: int) -> None:
    from fieldapp.store import Store
    from fieldapp.store.households import SEARCH_LIMIT, HouseholdQuery

    page = 200
    for size in sizes:
        db = database(workdir, size)
        target_ms = 30 if size <= SMALL else 100
        with Store.open(db) as store:
            fts, spellings = index_bytes_per_household(db)
            table.add(f"search index per household, {size:,}",
                      f"{fts + spellings:.0f} B", f"{fts:.0f} B FTS5 bigrams",
                      f"+{spellings:.0f} B pinyin", "", None)
            plain = sqlite3.connect(db)
            queries = _queries(plain, random.Random(size), repeats)
            for kind, cases in queries.items():
                ours, naive, missed = [], [], 0
                for text, household_id in cases:
                    start = time.perf_counter()
                    ids = store.households.ids(HouseholdQuery(text=text))
                    rows = store.households.rows(ids[:page])
                    ours.append(time.perf_counter() - start)
                    # below the limit every match is listed, so the source household too
                    missed += len(ids) < SEARCH_LIMIT and household_id not in ids
                    assert rows or " " in text, f"no household found for {text!r}"
                    if " " not in text and "pinyin" not in kind:  # (LIKE knows no pinyin)
                        start = time.perf_counter()
                        _naive_first_page(plain, text)
                        naive.append(time.perf_counter() - start)
                mine = p95(ours) * 1000
                base = f"{p95(naive) * 1000:.1f} ms LIKE scan" if naive else ""
                ratio = f"{mine / (p95(naive) * 1000):.2f}x" if naive else ""
                table.add(f"search {kind}, {size:,} (p95 of {len(cases)})",
                          f"{mine:.1f} ms" + (f", {missed} missed" if missed else ""),
                          base, ratio, f"≤ {target_ms} ms", mine <= target_ms and not missed)
            plain.close()
