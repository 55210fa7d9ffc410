"""Demo charger requests in every state, with realistic stage times and documents.

Stage durations are drawn around the programme's published average (4.06 days from
acceptance to connection); some requests are left past their stage target so the
overdue flags and counts have something to show.
"""
from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module
from collections import Counter
from collections.abc import Sequence

from fieldapp.domain.charger import (
    ID_PROOF,
    NEXT,
    PERMIT,
    STAGE_FIELDS,
    Channel,
    ChargerRequest,
    DocState,
    ReplyChannel,
    RequestDocument,
    Status,
    request_number,
)
from fieldapp.domain.records import Community
from fieldapp.store.clock import to_stamp

# Share of requests that end up in each state (the rest move on as far as time allows).
_FINAL_STATES = {Status.ACCEPTED: 0.08, Status.SURVEYED: 0.08, Status.PLAN_REPLIED: 0.08,
                 Status.CONNECTED: 0.2, Status.ARCHIVED: 0.46, Status.ON_HOLD: 0.04,
                 Status.CANCELLED: 0.06}
_STAGE_DAYS = {Status.SURVEYED: (0.2, 1.6), Status.PLAN_REPLIED: (0.3, 1.8),
               Status.CONNECTED: (0.5, 2.4), Status.ARCHIVED: (1.0, 12.0)}
_CHANNELS = {Channel.COUNTER: 0.45, Channel.DEALER: 0.3, Channel.VILLAGE: 0.1,
             Channel.PROPERTY: 0.15}
_VEHICLES = ["比亚迪 秦PLUS", "比亚迪 海豚", "特斯拉 Model 3", "特斯拉 Model Y", "蔚来 ES6",
             "小鹏 P7", "理想 L7", "五菱 宏光MINIEV", "吉利 几何E", "广汽埃安 Y", "零跑 C11",
             "极氪 001"]
_HOLD_REASONS = ["客户要求暂缓，车辆尚未提车", "车位产权存在争议，待物业确认", "表箱位置需重新规划"]
_CANCEL_REASONS = ["客户撤回申请", "小区电力容量不足，改为公共充电", "客户已搬离"]
_OPTIONAL = ("vehicle_purchase", "parking_right", "property_consent")
_SURVEYORS = ["陈建国", "王立新", "周海燕", "林志强", "郑晓东", "黄美玲"]
_SURVEY_NOTES = ["表箱在负一层东侧，距车位约 18 m", "需新增表箱，沿桥架敷设",
                 "车位靠近配电间，线路短", "表后线约 46 m，接近 50 m 上限", "物业要求夜间施工", ""]
_REPLY_CHANNELS = {ReplyChannel.PHONE: 0.45, ReplyChannel.IN_PERSON: 0.2,
                   ReplyChannel.SMS: 0.15, ReplyChannel.WECHAT: 0.15,
                   ReplyChannel.HOME_VISIT: 0.05}


def _weighted(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def make_requests(households: Sequence[tuple[str, str]], communities: dict[str, Community],
                  n: int, seed: int, now: dt.datetime, device_id: str,
                  per_day: Counter) -> list[ChargerRequest]:
    """`n` requests for households drawn from (uuid, community uuid) pairs, each with
    its documents. `per_day` holds the device's last request sequence per local day and
    is advanced as numbers are taken."""
    rng = random.Random(seed + 7)
    details = random.Random(seed + 13)  # its own draws: the rest stays as it was
    chosen = rng.sample(range(len(households)), min(n, len(households)))
    requests = []
    for i, index in enumerate(chosen):
        household_uuid, community_uuid = households[index]
        community = communities[community_uuid]
        accepted = now - dt.timedelta(days=rng.uniform(0.05, 150))
        aim = _weighted(rng, _FINAL_STATES)
        times = {Status.ACCEPTED: accepted}
        status, moment = Status.ACCEPTED, accepted
        path_end = Status.PLAN_REPLIED if aim in (Status.ON_HOLD, Status.CANCELLED) else aim
        while status != path_end and status in NEXT:
            low, high = _STAGE_DAYS[NEXT[status]]
            # one request in eight lingers in a stage (overdue if still open)
            stretch = 4 if rng.random() < 0.125 else 1
            following = moment + dt.timedelta(days=rng.uniform(low, high) * stretch)
            if following > now:
                break
            status, moment = NEXT[status], following
            times[status] = moment
        request = ChargerRequest(
            uuid=str(uuid_module.uuid4()), household_uuid=household_uuid,
            parking_space=f"B{1 + i % 2}-{i:05d}", power_kw=7.0 if rng.random() < 0.85
            else rng.choice([3.5, 11.0, 21.0]), phase=1, vehicle=rng.choice(_VEHICLES),
            channel=_weighted(rng, _CHANNELS).value, status=status.value)
        if request.power_kw > 7:
            request.phase = 3
        if aim in (Status.ON_HOLD, Status.CANCELLED) and status in NEXT:
            held = moment + dt.timedelta(days=rng.uniform(0.1, 1.0))
            if held < now:
                request.resume_status = status.value if aim == Status.ON_HOLD else ""
                request.status_reason = rng.choice(
                    _HOLD_REASONS if aim == Status.ON_HOLD else _CANCEL_REASONS)
                status = aim
                request.status = aim.value
                times[aim] = held
        for stage, moment in times.items():
            at, by = STAGE_FIELDS[stage]
            setattr(request, at, to_stamp(moment))
            setattr(request, by, "demo")
        _stage_details(details, request, times)
        day = accepted.astimezone().date()
        per_day[day] += 1
        request.request_no = request_number(device_id, day, per_day[day])
        request.documents = _documents(rng, request, community, now, times)
        requests.append(request)
    return requests


def _stage_details(rng: random.Random, request: ChargerRequest, times: dict) -> None:
    """What each stage the request reached meant: surveyor, date and note; reply date
    and way; the charger's meter (connected_at is the stage's own time)."""
    if Status.SURVEYED in times:
        request.surveyor = rng.choice(_SURVEYORS)
        request.surveyed_on = times[Status.SURVEYED].astimezone().date().isoformat()
        request.survey_note = rng.choice(_SURVEY_NOTES)
    if Status.PLAN_REPLIED in times:
        request.replied_on = times[Status.PLAN_REPLIED].astimezone().date().isoformat()
        request.reply_channel = _weighted(rng, _REPLY_CHANNELS).value
    if Status.CONNECTED in times:
        request.meter_no = f"3331{rng.randrange(10 ** 9):09d}"


def _documents(rng: random.Random, request: ChargerRequest, community: Community,
               now: dt.datetime, times: dict) -> list[RequestDocument]:
    batch_valid = bool(community.permit_no) and (
        not community.permit_valid_until
        or community.permit_valid_until >= times[Status.ACCEPTED].date().isoformat())
    docs = [(ID_PROOF, DocState.PROVIDED),
            (PERMIT, DocState.NOT_NEEDED if batch_valid else DocState.PROVIDED)]
    connected = Status.CONNECTED in times
    for kind in _OPTIONAL:
        state = _weighted(rng, {DocState.PROVIDED: 0.6, DocState.DEFERRED: 0.25,
                                DocState.NOT_NEEDED: 0.15})
        docs.append((kind, state))
    result = []
    for kind, state in docs:
        document = RequestDocument(uuid=str(uuid_module.uuid4()), request_uuid=request.uuid,
                                   kind=kind, state=state.value)
        if state == DocState.DEFERRED and connected:
            # a deferred paper was supplied before the meter was connected
            supplied = times[Status.CONNECTED] - dt.timedelta(hours=rng.uniform(1, 20))
            document.state = DocState.PROVIDED.value
            document.supplied_at = to_stamp(max(supplied, times[Status.ACCEPTED]))
            document.supplied_by = "demo"
        result.append(document)
    return result
