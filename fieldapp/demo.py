"""Realistic Chinese demo data: communities in Wenzhou and their households.

Names come from Faker's zh_CN person data (weighted surnames); ID numbers carry valid
GB 11643 check characters and plausible birth dates; mobiles use real mobile prefixes;
account numbers keep a leading zero. Everything is written in one transaction, with
audit entries and the search index, exactly as the app would have written it.
"""
from __future__ import annotations

import datetime as dt
import itertools
import random
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable

from fieldapp.domain.identifiers import id_check_char
from fieldapp.domain.records import Community, Household, Tag, tags_to_text
from fieldapp.store.clock import to_stamp
from fieldapp.store.store import Store

DISTRICTS = {"鹿城区": "330302", "龙湾区": "330303", "瓯海区": "330304", "洞头区": "330305",
             "瑞安市": "330381", "乐清市": "330382"}
_ESTATE_HEADS = ["幸福", "锦绣", "金色", "翠湖", "滨江", "东方", "阳光", "江南", "世纪", "绿城",
                 "华鸿", "瓯江", "府东", "水心", "黎明", "南浦", "新城", "银都", "景山", "龙湖"]
_ESTATE_TAILS = ["花园", "家园", "名苑", "公寓", "新村", "雅苑", "华庭", "嘉园", "小区", "府"]
_STREETS = ["车站大道", "人民路", "学院路", "府东路", "飞霞南路", "锦绣路", "温州大道",
            "黎明西路", "江滨路", "划龙桥路", "鹿城路", "新桥路", "瓯海大道", "龙腾路"]
_MOBILE_PREFIXES = ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
                    "157", "158", "159", "166", "177", "178", "180", "182", "183", "187",
                    "188", "189", "191", "198", "199"]
_TAG_RATES = {Tag.ELDERLY_ALONE: 0.08, Tag.OUTAGE_SENSITIVE: 0.05, Tag.HARDSHIP: 0.03}
_CHUNK = 5_000
_EPOCH = dt.date(1940, 1, 1)


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


def _faker(seed: int):
    from faker import Faker  # slow to import: only demo generation needs it

    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return fake


def _id_number(rng: random.Random, area: str) -> str:
    born = _EPOCH + dt.timedelta(days=rng.randrange(365 * 64))
    first17 = f"{area}{born.year}{born.month:02d}{born.day:02d}{rng.randrange(1000):03d}"
    return first17 + id_check_char(first17)


def make_communities(n: int, seed: int, now: dt.datetime) -> list[Community]:
    fake = _faker(seed)
    rng = random.Random(seed)
    names = [h + t for t in _ESTATE_TAILS for h in _ESTATE_HEADS]
    rng.shuffle(names)
    result = []
    for i in range(n):
        name = names[i % len(names)] + (f"{i // len(names) + 1}期" if i >= len(names) else "")
        district = list(DISTRICTS)[i % len(DISTRICTS)]
        permit_no, valid_until = "", ""
        if rng.random() < 0.4:
            permit_no = f"WZ-YJ-{now.year}-{i + 1:04d}"
            expired = rng.random() < 0.25
            valid_until = (now.date() + dt.timedelta(
                days=-rng.randrange(10, 200) if expired else rng.randrange(30, 720))).isoformat()
        result.append(Community(
            name=name, district=district, street=rng.choice(_STREETS),
            station_area=f"{name[:2]}{rng.randrange(1, 6)}号台区",
            property_company=f"温州{fake.last_name()}氏物业服务有限公司",
            property_contact=f"{fake.name()} {rng.choice(_MOBILE_PREFIXES)}"
                             f"{rng.randrange(10**8):08d}",
            permit_no=permit_no, permit_valid_until=valid_until))
    return result


def make_households(n: int, communities: list[Community], seed: int):
    """Yield `n` households spread over `communities`."""
    from faker.providers.person.zh_CN import Provider as Names

    rng = random.Random(seed + 1)
    surnames = list(Names.last_names)
    cum_weights = list(itertools.accumulate(Names.last_names.values()))
    given = Names.first_names
    single = [g for g in given if len(g) == 1]
    accounts = rng.sample(range(10**8, 10**9), n)
    for i in range(n):
        c = communities[i % len(communities)]
        name = rng.choices(surnames, cum_weights=cum_weights)[0] + rng.choice(given)
        if len(name) == 2 and rng.random() < 0.5:
            name += rng.choice(single)
        building, unit = str(rng.randrange(1, 31)), str(rng.randrange(1, 5))
        room = f"{rng.randrange(1, 34)}{rng.randrange(1, 5):02d}"
        tags = tuple(t for t, rate in _TAG_RATES.items() if rng.random() < rate)
        yield Household(
            account_no=f"0{accounts[i]}", name=name,
            mobile=rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}",
            id_number=_id_number(rng, DISTRICTS.get(c.district, "330302")) if rng.random()
            < 0.9 else "",
            community_uuid=c.uuid, building=building, unit=unit, room=room,
            address=f"温州市{c.district}{c.street}{c.name}{building}幢{unit}单元{room}室",
            meter_no=f"3330{i:09d}", tags=tags)


def _rows(store: Store, records: list, now: str) -> list[dict]:
    """New records as stored rows: revision 1, made now by this operator and device."""
    sync = {"rev": 1, "created_at": now, "updated_at": now, "updated_by": store.operator,
            "device_id": store.device_id}
    return [{"uuid": r.uuid, **sync, **r.content()} for r in records]


def generate(store: Store, households: int, seed: int = 1, communities: int | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None,
             requests: int | None = None) -> tuple[int, int]:
    """Add demo communities, households and charger requests (by default one for every
    fifth household); returns (communities, households) added. `progress(done, total)`
    is called as households are made; when `cancelled()` turns true the whole
    generation is rolled back and Cancelled raised."""
    moment = dt.datetime.now(dt.timezone.utc)
    now = to_stamp(moment)
    n_communities = communities or max(3, min(400, households // 250 or 1))
    made = make_communities(n_communities, seed, moment)
    taken = {name for _, name in store.communities.names()}
    made = [c for c in made if c.name not in taken]
    for c in made:
        c.uuid = str(uuid_module.uuid4())
    if not made:
        made = store.communities.all()[:n_communities]
        fresh = []
    else:
        fresh = made
    taken_accounts = {row[0] for row in store.conn.execute("SELECT account_no FROM households")}
    with store.transaction(), store.bulk_cache():
        if fresh:
            store.communities.put_new_rows(_rows(store, fresh, now), action="create")
        done = 0
        batch: list[Household] = []
        stored: list[tuple[str, str]] = []
        source = make_households(households, made, seed)
        for household in source:
            if household.account_no in taken_accounts:
                continue
            household.uuid = str(uuid_module.uuid4())
            stored.append((household.uuid, household.community_uuid))
            batch.append(household)
            if len(batch) == _CHUNK:
                done += _store_households(store, batch, now)
                batch = []
                if progress:
                    progress(done, households)
                if cancelled and cancelled():
                    raise Cancelled()
        if batch:
            done += _store_households(store, batch, now)
        n_requests = done // 5 if requests is None else requests
        made_requests = _store_requests(store, stored, {c.uuid: c for c in made}, n_requests,
                                        seed, moment, now) if n_requests else []
        _store_inspections(store, [uuid for uuid, _ in stored], made_requests, seed, moment,
                           now)
        if progress:
            progress(done, households)
    return len(fresh), done


def _store_households(store: Store, batch: list[Household], now: str) -> int:
    store.households.put_new_rows(_rows(store, batch, now), action="create")
    return len(batch)


def _store_inspections(store: Store, households: list[str], requests: list,
                       seed: int, moment: dt.datetime, now: str) -> None:
    from fieldapp.demo_inspections import make_inspections

    store.checklist_templates.ensure_shipped()
    templates = {r.kind: r.template() for r in store.checklist_templates.latest()}
    made = make_inspections(households, requests, templates, seed, moment,
                            store.settings().service_phone)
    for repository, records in ((store.inspections, made.inspections),
                                (store.inspections.items, made.items),
                                (store.hazards, made.hazards)):
        repository.put_new_rows(_rows(store, records, now), action="create")


def _store_requests(store: Store, households: list[tuple[str, str]],
                    communities: dict[str, Community], n: int, seed: int,
                    moment: dt.datetime, now: str) -> list:
    from fieldapp.demo_garages import make_survey
    from fieldapp.demo_requests import make_requests

    per_day = Counter({dt.date.fromisoformat(day): last for day, last in
                       store.conn.execute("SELECT day, last FROM request_sequence")})
    made = make_requests(households, communities, n, seed, moment, store.device_id, per_day)
    survey = make_survey(made, dict(households), seed, store.settings())
    for name, data in survey.drawings:
        store.files.add_bytes(data, f"{name}.png", max_mb=store.settings().plan_image_max_mb)
    for repository, records in ((store.garages, survey.garages),
                                (store.meter_boxes, survey.boxes),
                                (store.parking_spaces, survey.spaces)):
        repository.put_new_rows(_rows(store, records, now), action="create")
    store.charger_requests.put_new_rows(_rows(store, made, now), action="create")
    store.charger_requests.documents.put_new_rows(
        _rows(store, [d for r in made for d in r.documents], now), action="create")
    store.measurements.put_new_rows(_rows(store, survey.measurements, now), action="create")
    store.conn.executemany(
        "INSERT INTO request_sequence (day, last) VALUES (?, ?) ON CONFLICT(day)"
        " DO UPDATE SET last = max(last, excluded.last)",
        [(day.isoformat(), last) for day, last in per_day.items()])
    return made


__all__ = ["Cancelled", "generate", "tags_to_text"]
