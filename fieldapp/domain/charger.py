"""EV home-charger requests (充电桩报装): the record, its documents and its workflow.

accepted → surveyed → plan_replied → connected → archived; on_hold and cancelled from any
open state (accepted, surveyed, plan_replied), each with a reason; a request on hold
resumes to the stage it was held in, or is cancelled. Entering surveyed, plan_replied
or connected records what the stage means (STAGE_DETAILS: surveyor, date and note; the
reply's date and way; the meter and the connection time); `move_problems` checks a move
with its details. Every rule answers with the reasons it refuses, in the user's
language, so the window, the CLI and the exchange can show exactly why.
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from fieldapp.domain.identifiers import ascii_digits, digits_problem, field_problem
from fieldapp.domain.labelled import Labelled as _Labelled
from fieldapp.domain.messages import MESSAGES, language, msg
from fieldapp.domain.records import FIELD_LABELS, Community, Record, field_label
from fieldapp.domain.settings import Settings
from fieldapp.domain.stamps import from_stamp, to_stamp
from fieldapp.domain.validation import MAX_TEXT, parse_date, text_problem


class Status(_Labelled):
    ACCEPTED = "accepted"
    SURVEYED = "surveyed"
    PLAN_REPLIED = "plan_replied"
    CONNECTED = "connected"
    ARCHIVED = "archived"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls):
        return _STATUS_LABELS


_STATUS_LABELS = {
    "accepted": ("已受理", "accepted"), "surveyed": ("已勘查", "surveyed"),
    "plan_replied": ("已答复方案", "plan replied"), "connected": ("已装表接电", "connected"),
    "archived": ("已归档", "archived"), "on_hold": ("暂停", "on hold"),
    "cancelled": ("已取消", "cancelled"),
}
OPEN = (Status.ACCEPTED, Status.SURVEYED, Status.PLAN_REPLIED)
FINAL = (Status.ARCHIVED, Status.CANCELLED)
NEXT = {Status.ACCEPTED: Status.SURVEYED, Status.SURVEYED: Status.PLAN_REPLIED,
        Status.PLAN_REPLIED: Status.CONNECTED, Status.CONNECTED: Status.ARCHIVED}
NEEDS_REASON = (Status.ON_HOLD, Status.CANCELLED)


class DocState(_Labelled):
    PROVIDED = "provided"
    DEFERRED = "deferred"  # 容缺: accepted now, to be supplied before connection
    NOT_NEEDED = "not_needed"

    @classmethod
    def _labels(cls):
        return {"provided": ("已提供", "provided"), "deferred": ("容缺", "deferred"),
                "not_needed": ("无需", "not needed")}


class Channel(_Labelled):
    COUNTER = "counter"
    DEALER = "dealer"
    VILLAGE = "village"
    PROPERTY = "property"

    @classmethod
    def _labels(cls):
        return {"counter": ("营业厅", "service counter"), "dealer": ("4S 店", "4S dealer"),
                "village": ("村级服务站", "village station"),
                "property": ("物业", "property company")}


class ReplyChannel(_Labelled):
    """How the plan (方案) was given to the customer."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    HOME_VISIT = "home_visit"

    @classmethod
    def _labels(cls):
        return {"in_person": ("当面", "in person"), "phone": ("电话", "by phone"),
                "sms": ("短信", "by text message"), "wechat": ("微信", "by WeChat"),
                "home_visit": ("上门", "on a home visit")}


ID_PROOF, PERMIT = "id_proof", "permit"
REQUIRED_DOCUMENTS = (ID_PROOF, PERMIT)
DOCUMENT_LABELS: dict[str, tuple[str, str]] = {
    ID_PROOF: ("身份证明", "ID proof"),
    PERMIT: ("允许施工证明", "permission-to-construct certificate"),
    "vehicle_purchase": ("购车证明", "vehicle purchase proof"),
    "parking_right": ("车位产权证明", "parking-space ownership proof"),
    "parking_lease": ("车位租赁合同", "parking-space lease"),
    "property_consent": ("物业同意书", "property company consent"),
    "authorization": ("委托书", "power of attorney"),
}


def document_label(kind: str) -> str:
    zh, en = DOCUMENT_LABELS.get(kind, (kind, kind))
    return en if language() == "en" else zh


# Each stage records when and by whom it was entered.
STAGE_FIELDS = {status: (f"{status.value}_at", f"{status.value}_by") for status in Status}

# What entering a stage means, asked for when a request moves into it (勘查完成: who
# surveyed, when, a note; 答复方案: when and how the plan was given; 装表接电: the meter
# and the time of connection, which is the stage's own time `connected_at`). Requests
# that reached a stage before these were asked for (older databases and workbooks) have
# none: the details are required when moving, and checked for form whenever present.
STAGE_DETAILS: dict[Status, tuple[str, ...]] = {
    Status.SURVEYED: ("surveyor", "surveyed_on", "survey_note"),
    Status.PLAN_REPLIED: ("replied_on", "reply_channel"),
    Status.CONNECTED: ("meter_no", "connected_at"),
}
OPTIONAL_DETAILS = ("survey_note",)
DETAIL_DATES = ("surveyed_on", "replied_on")
FIELD_LABELS.update({
    "surveyor": ("勘查人员", "surveyor"),
    "surveyed_on": ("勘查日期", "survey date"),
    "survey_note": ("勘查说明", "survey note"),
    "replied_on": ("答复日期", "reply date"),
    "reply_channel": ("答复方式", "way of reply"),
    "connected_at": ("接电时间", "connection time"),
})


@dataclass
class RequestDocument(Record):
    """A document of a request and its state; `supplied_*` is set when a deferred one
    arrives."""

    request_uuid: str = ""
    kind: str = ""
    state: str = DocState.PROVIDED.value
    supplied_at: str = ""
    supplied_by: str = ""
    note: str = ""

    @property
    def missing(self) -> bool:
        return self.state == DocState.DEFERRED.value

    @property
    def label(self) -> str:
        return document_label(self.kind)


@dataclass
class ChargerRequest(Record):
    """充电桩报装: a household's request for a home charger at its parking space."""

    request_no: str = ""
    household_uuid: str = ""
    parking_space: str = ""
    power_kw: float = 7.0
    phase: int = 1
    vehicle: str = ""
    channel: str = Channel.COUNTER.value
    status: str = Status.ACCEPTED.value
    status_reason: str = ""
    resume_status: str = ""
    accepted_at: str = ""
    accepted_by: str = ""
    surveyed_at: str = ""
    surveyed_by: str = ""
    plan_replied_at: str = ""
    plan_replied_by: str = ""
    connected_at: str = ""
    connected_by: str = ""
    archived_at: str = ""
    archived_by: str = ""
    on_hold_at: str = ""
    on_hold_by: str = ""
    cancelled_at: str = ""
    cancelled_by: str = ""
    notes: str = ""
    surveyor: str = ""
    surveyed_on: str = ""      # YYYY-MM-DD, local
    survey_note: str = ""
    replied_on: str = ""       # YYYY-MM-DD, local
    reply_channel: str = ""    # a ReplyChannel key
    meter_no: str = ""         # the meter installed for the charger (ASCII digits)
    # the survey on the map (domain/measurement.py): the measurement the request uses
    # (empty: its latest) and why a post-meter cable over the limit is accepted
    measurement_uuid: str = ""
    over_limit_reason: str = ""
    documents: list[RequestDocument] = field(default_factory=list, compare=False)
    measurements: list = field(default_factory=list, compare=False)  # Measurement

    def content(self) -> dict[str, object]:
        values = super().content()
        values.pop("documents")
        values.pop("measurements")
        return values

    @property
    def state(self) -> Status:
        return Status(self.status)

    def stage_time(self, status: Status) -> str:
        return getattr(self, STAGE_FIELDS[status][0])

    def deferred(self) -> list[RequestDocument]:
        return [d for d in self.documents if d.missing]

    def document(self, kind: str) -> RequestDocument | None:
        return next((d for d in self.documents if d.kind == kind), None)


def request_number(device_code: str, day: dt.date, sequence: int) -> str:
    """Unique across laptops without a server: the device's code, the local day and the
    device's own sequence for that day, e.g. 3F2A9C01-20261123-0007."""
    return f"{device_code}-{day:%Y%m%d}-{sequence:04d}"


# -- documents and the batch certificate -----------------------------------------------
def community_permit_problem(community: Community | None, today: dt.date) -> str | None:
    """Why the community's batch certificate (一小区一证明) does not count, or None."""
    if community is None or not community.permit_no:
        return msg("charger.no_batch_permit")
    if not community.permit_valid_until:
        return None
    if community.permit_valid_until < today.isoformat():
        return msg("charger.batch_permit_expired", no=community.permit_no,
                   until=community.permit_valid_until)
    return None


def permit_satisfied(request: ChargerRequest, community: Community | None,
                     today: dt.date) -> bool:
    own = request.document(PERMIT)
    if own is not None and own.state == DocState.PROVIDED.value:
        return True
    return community_permit_problem(community, today) is None


def _charger_problems(request: ChargerRequest, settings: Settings) -> dict[str, str]:
    """The charger itself and the channel: an allowed power, one or three phases."""
    problems: dict[str, str] = {}
    if request.power_kw not in settings.charger_powers_kw:
        problems["power_kw"] = msg(
            "charger.power_not_allowed", power=_kw(request.power_kw),
            allowed="、".join(_kw(p) for p in settings.charger_powers_kw))
    if request.phase not in (1, 3):
        problems["phase"] = msg("charger.bad_phase")
    if Channel.parse(request.channel) is None:
        problems["channel"] = msg("charger.bad_channel", channel=request.channel)
    return problems


def acceptance_problems(request: ChargerRequest, community: Community | None,
                        today: dt.date, settings: Settings) -> dict[str, str]:
    """What keeps the request from being accepted, by field ('documents' for papers)."""
    problems: dict[str, str] = {}
    if not request.household_uuid:
        problems["household_uuid"] = msg("required", label=msg("charger.household"))
    if not request.parking_space.strip():
        problems["parking_space"] = msg("required", label=msg("charger.parking_space"))
    problems.update(_charger_problems(request, settings))
    missing = []
    id_proof = request.document(ID_PROOF)
    if id_proof is None or id_proof.state != DocState.PROVIDED.value:
        missing.append(document_label(ID_PROOF))
    if not permit_satisfied(request, community, today):
        reason = community_permit_problem(community, today)
        missing.append(f"{document_label(PERMIT)}（{reason}）")
    if missing:
        problems["documents"] = msg("charger.required_missing", docs="、".join(missing))
    return problems


def request_problems(request: ChargerRequest, settings: Settings) -> dict[str, str]:
    """Every rule a stored request breaks, by field: what a request saved in the window
    always meets (allowed power and phase, known channel and status, no deferred paper
    left once connected). `request.documents` must hold its documents."""
    problems = _charger_problems(request, settings)
    status = Status.parse(request.status)
    if status is None:
        problems["status"] = msg("charger.bad_status", status=request.status)
    elif status in (Status.CONNECTED, Status.ARCHIVED) and (deferred := request.deferred()):
        problems["status"] = msg("charger.deferred_missing", n=len(deferred),
                                 docs=", ".join(d.label for d in deferred))
    if request.resume_status and Status.parse(request.resume_status) not in OPEN:
        problems["resume_status"] = msg("charger.bad_resume", status=request.resume_status)
    problems.update(detail_form_problems(request))
    problems.update(survey_problems(request, settings))
    return problems


def survey_problems(request: ChargerRequest, settings: Settings) -> dict[str, str]:
    """The distance rules a stored request meets (`request.measurements` must hold its
    measurements): the measurement it chose is one of its own, and once its plan is
    replied a post-meter cable over the limit has a recorded reason."""
    from fieldapp.domain.measurement import reply_gate_problem

    problems: dict[str, str] = {}
    if request.measurement_uuid and not any(
            m.uuid == request.measurement_uuid for m in request.measurements):
        problems["measurement_uuid"] = msg("measure.not_theirs")
    state = Status.parse(request.status)
    if state in (Status.PLAN_REPLIED, Status.CONNECTED, Status.ARCHIVED) or (
            state == Status.ON_HOLD and request.resume_status == Status.PLAN_REPLIED.value):
        if problem := reply_gate_problem(request.measurements, request.measurement_uuid,
                                         request.over_limit_reason, settings):
            problems["over_limit_reason"] = problem
    if problem := text_problem(request.over_limit_reason, multiline=True):
        problems["over_limit_reason"] = field_problem(field_label("over_limit_reason"), problem)
    return problems


def detail_form_problems(request: ChargerRequest) -> dict[str, str]:
    """The stage details a request holds, each in its form: a meter number of ASCII
    digits, dates that are dates, a known way of reply, plain text. Missing details are
    no problem here (see STAGE_DETAILS)."""
    problems: dict[str, str] = {}
    if problem := digits_problem(request.meter_no, field_label("meter_no")):
        problems["meter_no"] = problem
    for name in DETAIL_DATES:
        value = getattr(request, name)
        if value and parse_date(value) is None:
            problems[name] = msg("date.format", label=field_label(name))
    if request.reply_channel and ReplyChannel.parse(request.reply_channel) is None:
        problems["reply_channel"] = msg("charger.bad_reply_channel",
                                        channel=request.reply_channel)
    for name in ("surveyor", "survey_note"):
        value = getattr(request, name)
        if problem := text_problem(value):
            problems[name] = field_problem(field_label(name), problem)
        elif len(value) > MAX_TEXT:
            problems[name] = msg("too_long", label=field_label(name), max=MAX_TEXT)
    return problems


def _kw(power: float) -> str:
    return f"{power:g} kW"


# -- the workflow --------------------------------------------------------------------------
def transition_problems(request: ChargerRequest, target: Status,
                        reason: str = "") -> list[str]:
    """Why `request` cannot move to `target` now; empty when it can (the stage details
    aside: see `move_problems`)."""
    problems = _order_problems(request, target)
    if target in NEEDS_REASON and request.state not in FINAL and not reason.strip():
        problems.append(msg("charger.reason_needed", target=target.label))
    return problems


def _order_problems(request: ChargerRequest, target: Status) -> list[str]:
    """What the order of the stages says against moving to `target`."""
    current = request.state
    if current in FINAL:
        return [msg("charger.final", status=current.label)]
    if target in NEEDS_REASON:
        if current not in OPEN and not (current == Status.ON_HOLD
                                         and target == Status.CANCELLED):
            return [msg("charger.not_open", status=current.label, target=target.label)]
        return []
    if current == Status.ON_HOLD:
        resume = Status(request.resume_status or Status.ACCEPTED.value)
        if target != resume:
            return [msg("charger.resume_only", status=resume.label)]
        return []
    if NEXT.get(current) != target:
        return [msg("charger.not_next", status=current.label, target=target.label)]
    if target == Status.CONNECTED and (deferred := request.deferred()):
        return [msg("charger.deferred_missing", n=len(deferred),
                    docs=", ".join(d.label for d in deferred))]
    return []


def details_needed(request: ChargerRequest, target: Status) -> tuple[str, ...]:
    """The details a move of `request` to `target` asks for: the stage's own when the
    request enters it, none when a request on hold resumes to the stage it was in."""
    if request.state == Status.ON_HOLD:
        return ()
    return STAGE_DETAILS.get(target, ())


def clean_details(details: Mapping[str, str]) -> dict[str, str]:
    """Details as typed, in their stored form: trimmed, the meter number in ASCII digits
    (full-width ０–９ converted), dates as YYYY-MM-DD, a way of reply by its key."""
    cleaned = {name: (value or "").strip() for name, value in details.items()}
    if "meter_no" in cleaned:
        cleaned["meter_no"] = ascii_digits(cleaned["meter_no"])
    for name in DETAIL_DATES:
        if cleaned.get(name) and (day := parse_date(cleaned[name])) is not None:
            cleaned[name] = day.isoformat()
    if cleaned.get("reply_channel") and (way := ReplyChannel.parse(cleaned["reply_channel"])):
        cleaned["reply_channel"] = way.value
    if cleaned.get("connected_at"):
        try:  # stored as the other times are: UTC to the millisecond, with a Z
            cleaned["connected_at"] = to_stamp(moment(cleaned["connected_at"]))
        except ValueError:
            pass  # left as typed: details_problems names the field
    return cleaned



def details_problems(request: ChargerRequest, target: Status, details: Mapping[str, str],
                     now: dt.datetime) -> dict[str, str]:
    """What is wrong with the (cleaned) details of moving `request` to `target` at
    `now`, by field: each required one given, in its form, and no date in the future or
    before the request was accepted (nor before the stage before it)."""
    needed = details_needed(request, target)
    problems: dict[str, str] = {}
    for name in needed:
        if not details.get(name) and name not in OPTIONAL_DETAILS:
            key = "charger.choose" if name == "reply_channel" else "required"
            problems[name] = msg(key, label=field_label(name))
    probe = ChargerRequest(**{name: details.get(name, "") for name in needed
                              if name in DETAIL_DATES or name in _FORM_CHECKED})
    for name, problem in detail_form_problems(probe).items():
        problems.setdefault(name, problem)
    for name in needed:
        if name in problems or not details.get(name):
            continue
        if name in DETAIL_DATES:
            problem = _date_problem(request, name, details[name], now)
        elif name == "connected_at":
            problem = _connection_time_problem(request, details[name], now)
        else:
            continue
        if problem:
            problems[name] = problem
    return problems


def _date_problem(request: ChargerRequest, name: str, value: str,
                  now: dt.datetime) -> str | None:
    """A stage's date: not after today, not before the day of acceptance, a reply not
    before the survey."""
    day, label = dt.date.fromisoformat(value), field_label(name)
    if day > now.astimezone().date():
        return msg("charger.after_today", label=label)
    if request.accepted_at and day < (accepted := moment(request.accepted_at).astimezone()
                                      .date()):
        return msg("charger.before_accepted", label=label, date=accepted.isoformat())
    if name == "replied_on" and request.surveyed_on and value < request.surveyed_on:
        return msg("charger.before_stage", label=label, earlier=field_label("surveyed_on"),
                   date=request.surveyed_on)
    return None


def _connection_time_problem(request: ChargerRequest, value: str,
                             now: dt.datetime) -> str | None:
    """The connection time: a time, not in the future, not before the minute of
    acceptance (a time is entered to the minute), not before the day of the reply."""
    label = field_label("connected_at")
    try:
        at = moment(value)
    except ValueError:
        return msg("charger.bad_time", label=label)
    if at > now:
        return msg("charger.in_future", label=label)
    if request.accepted_at:
        accepted = moment(request.accepted_at).replace(second=0, microsecond=0)
        if at < accepted:
            return msg("charger.before_accepted_time", label=label,
                       time=f"{accepted.astimezone():%Y-%m-%d %H:%M}")
    day = at.astimezone().date().isoformat()
    if request.replied_on and day < request.replied_on:
        return msg("charger.before_stage", label=label, earlier=field_label("replied_on"),
                   date=request.replied_on)
    return None


_FORM_CHECKED = ("meter_no", "reply_channel", "surveyor", "survey_note")


def move_problems(request: ChargerRequest, target: Status, now: dt.datetime,
                  reason: str = "", details: Mapping[str, str] | None = None
                  ) -> dict[str, str]:
    """Everything that keeps `request` from moving to `target` at `now`, by field:
    'status' for the order of the stages, 'status_reason' for a missing reason, and
    each stage detail (`details` cleaned with `clean_details`)."""
    order = _order_problems(request, target)
    if order:
        return {"status": "；".join(order)}
    problems = {}
    if target in NEEDS_REASON and not reason.strip():
        problems["status_reason"] = msg("charger.reason_needed", target=target.label)
    problems.update(details_problems(request, target, details or {}, now))
    return problems


def next_steps(request: ChargerRequest) -> list[Status]:
    """The transitions a button row offers for this request, allowed or not."""
    current = request.state
    if current in FINAL:
        return []
    if current == Status.ON_HOLD:
        return [Status(request.resume_status or Status.ACCEPTED.value), Status.CANCELLED]
    steps = [NEXT[current]]
    if current in OPEN:
        steps += [Status.ON_HOLD, Status.CANCELLED]
    return steps


# -- time ------------------------------------------------------------------------------------
def moment(stamp: str) -> dt.datetime:
    """A stored UTC stamp (2026-11-23T08:00:00.000Z) as an aware datetime; a time
    written without a zone (2026-11-23 16:00) is taken as local time."""
    at = from_stamp(stamp)
    return at if at.tzinfo is not None else at.astimezone()


def connection_days(request: ChargerRequest) -> float | None:
    """Accepted → connected, in days with one decimal; None until connected."""
    if not (request.accepted_at and request.connected_at):
        return None
    seconds = (moment(request.connected_at) - moment(request.accepted_at)).total_seconds()
    return round(seconds / 86400, 1)


def stage_entered(request: ChargerRequest) -> str:
    """When the request entered its current stage."""
    return request.stage_time(request.state) or request.accepted_at


def days_in_stage(request: ChargerRequest, now: dt.datetime) -> float:
    return (now - moment(stage_entered(request))).total_seconds() / 86400


def is_overdue(request: ChargerRequest, now: dt.datetime, settings: Settings) -> bool:
    """An open request that has stayed in its stage longer than the stage's target."""
    target = settings.stage_target_days.get(request.status)
    if request.state not in OPEN or target is None or not stage_entered(request):
        return False
    return days_in_stage(request, now) > target


@dataclass(frozen=True)
class ConnectionFigures:
    count: int
    average: float | None
    median: float | None


def connection_figures(days: Iterable[float]) -> ConnectionFigures:
    values = list(days)
    if not values:
        return ConnectionFigures(0, None, None)
    return ConnectionFigures(len(values), round(statistics.fmean(values), 2),
                             round(statistics.median(values), 2))


MESSAGES.update({
    "charger.household": ("住户", "household"),
    "charger.parking_space": ("车位", "parking space"),
    "charger.no_batch_permit": ("小区没有批量施工证明", "the community has no batch certificate"),
    "charger.batch_permit_expired": ("小区批量施工证明 {no} 已于 {until} 过期，不能使用",
                                     "the community's batch certificate {no} expired on "
                                     "{until} and does not count"),
    "charger.power_not_allowed": ("充电桩功率 {power} 不在允许范围内（{allowed}）",
                                  "A charger power of {power} is not allowed ({allowed})"),
    "charger.bad_phase": ("相数只能是单相或三相", "Phase must be single or three"),
    "charger.bad_status": ("未知的报装状态“{status}”", "Unknown request status \"{status}\""),
    "charger.bad_resume": ("“恢复到”只能是已受理、已勘查或已答复方案（现为“{status}”）",
                           "\"resume to\" must be an open stage (it is \"{status}\")"),
    "charger.bad_channel": ("未知的受理渠道“{channel}”", "Unknown channel \"{channel}\""),
    "charger.required_missing": ("受理需要的材料不全：{docs}",
                                 "Cannot accept without: {docs}"),
    "charger.final": ("报装{status}，不能再变更", "The request is {status} and cannot change"),
    "charger.not_open": ("报装{status}，不能{target}",
                         "A request that is {status} cannot be put {target}"),
    "charger.reason_needed": ("请填写{target}的原因", "Give a reason for {target}"),
    "charger.resume_only": ("暂停的报装只能恢复到“{status}”或取消",
                            "A request on hold can only resume to \"{status}\" or be "
                            "cancelled"),
    "charger.not_next": ("报装{status}，下一步不是“{target}”",
                         "A request that is {status} cannot go to \"{target}\" next"),
    "charger.deferred_missing": ("还有 {n} 份容缺材料未补齐：{docs}",
                                 "{n} deferred documents still missing: {docs}"),
    "charger.parking_taken": ("车位 {space} 已有未办结的报装 {no}",
                              "Parking space {space} already has an open request {no}"),
    "charger.bad_reply_channel": ("未知的答复方式“{channel}”",
                                  "Unknown way of reply \"{channel}\""),
    "charger.choose": ("请选择{label}", "Choose the {label}"),
    "charger.bad_time": ("{label}应为时间，如 2026-11-24 15:30",
                         "The {label} must be a time such as 2026-11-24 15:30"),
    "charger.in_future": ("{label}不能晚于现在", "The {label} cannot be in the future"),
    "charger.after_today": ("{label}不能晚于今天", "The {label} cannot be later than today"),
    "charger.before_accepted": ("{label}不能早于受理日期 {date}",
                                "The {label} cannot be before the request was accepted "
                                "({date})"),
    "charger.before_accepted_time": ("{label}不能早于受理时间 {time}",
                                     "The {label} cannot be before the request was "
                                     "accepted ({time})"),
    "charger.before_stage": ("{label}不能早于{earlier} {date}",
                             "The {label} cannot be before the {earlier} ({date})"),
    "charger.not_deferred": ("材料“{doc}”不是容缺状态", "\"{doc}\" is not deferred"),
    "charger.no_document": ("报装没有材料“{doc}”", "The request has no document \"{doc}\""),
    "charger.household_gone": ("住户不存在（可能已被删除）",
                               "The household does not exist (it may have been deleted)"),
    "charger.household_has_requests": ("住户有 {n} 条充电桩报装，不能删除",
                                       "The household has {n} charger requests and cannot "
                                       "be deleted"),
})
