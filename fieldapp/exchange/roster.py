"""Household rosters from other sources: the marketing system's export, a hand-made sheet.

Their columns have other names and any order, so the user maps them once (a guess is
offered from common header names); the mapping is remembered for that set of headers.
Every row is checked like a household typed into the form; the good rows are imported
(new account numbers added, known ones updated) only after the rejected ones were shown.
Communities named in the roster that do not exist yet are created.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import Community, Household, Tag, field_label, tags_from_text
from fieldapp.domain.validation import ValidationFailed, clean_household
from fieldapp.exchange.importer import backup_database
from fieldapp.exchange.reader import Workbook, WorkbookRefused, is_blank_row
from fieldapp.exchange.schema import HOUSEHOLDS, Column, tags_text
from fieldapp.exchange.values import CellRefused, convert

COMMUNITY = "community"  # the roster names the community; households refer to its uuid

# Header names other systems use for each household field.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "account_no": ("户号", "用户编号", "客户编号", "用电户号", "户编号", "account", "account_no"),
    "name": ("姓名", "户名", "用户名称", "客户名称", "户主", "name"),
    "mobile": ("手机", "手机号", "手机号码", "联系电话", "电话", "mobile", "phone"),
    "id_number": ("身份证号", "身份证", "证件号码", "身份证号码", "id_number"),
    COMMUNITY: ("小区", "小区名称", "所属小区", "community"),
    "building": ("楼幢", "楼号", "幢", "栋", "building"),
    "unit": ("单元", "单元号", "unit"),
    "room": ("房号", "室", "门牌号", "room"),
    "address": ("地址", "用电地址", "详细地址", "address"),
    "meter_no": ("电表号", "表号", "电能表编号", "meter_no"),
    "tags": ("标签", "tags"),
    "notes": ("备注", "notes"),
}
# Target fields, in the order the mapping dialog lists them: key → (column, synonyms).
# The columns are the exchange workbook's household columns (same types and lengths);
# a roster names the community instead of referring to it.
TARGETS: dict[str, tuple[Column, tuple[str, ...]]] = {
    key: (Column(COMMUNITY, "小区", required=True) if key == COMMUNITY
          else HOUSEHOLDS.column(key), synonyms)
    for key, synonyms in _SYNONYMS.items()}
REQUIRED = tuple(key for key, (column, _) in TARGETS.items() if column.required)

MESSAGES.update({
    "roster.unmapped": ("还没有为必填项指定列：{fields}", "No column chosen yet for: {fields}"),
    "roster.twice": ("列“{header}”被指定给了两个字段", "Column \"{header}\" is mapped twice"),
    "roster.no_header": ("工作表 {sheet} 没有表头行", "Sheet {sheet} has no header row"),
    "roster.no_sheet": ("{file} 中没有工作表 {sheet}", "{file} has no sheet {sheet}"),
    "roster.duplicate": ("户号 {account_no} 在表中出现多次（另见第 {other} 行）",
                         "Account number {account_no} appears more than once (see also row "
                         "{other})"),
})


def header_key(headers: list[str]) -> str:
    """Identifies a set of headers (order does not matter) for remembering its mapping."""
    joined = "\n".join(sorted(h for h in headers if h))
    return "roster_mapping:" + hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """target field → header, from common header names."""
    mapping: dict[str, str] = {}
    normalised = {h: h.strip().lower().replace(" ", "") for h in headers if h}
    for key, (_, synonyms) in TARGETS.items():
        for header, text in normalised.items():
            if header not in mapping.values() and text in {s.lower() for s in synonyms}:
                mapping[key] = header
                break
    return mapping


def remembered_mapping(store, headers: list[str]) -> dict[str, str]:
    """The mapping last confirmed for these headers, else a guess."""
    saved = store.meta(header_key(headers))
    if saved:
        mapping = json.loads(saved)
        if all(header in headers for header in mapping.values()):
            return mapping
    return guess_mapping(headers)


def remember_mapping(store, headers: list[str], mapping: dict[str, str]) -> None:
    store.set_meta(header_key(headers), json.dumps(mapping, ensure_ascii=False))


def mapping_problems(mapping: dict[str, str]) -> list[str]:
    problems = []
    missing = [field_label("community_uuid" if k == COMMUNITY else k)
               for k in REQUIRED if not mapping.get(k)]
    if missing:
        problems.append(msg("roster.unmapped", fields="、".join(missing)))
    used = [h for h in mapping.values() if h]
    problems += [msg("roster.twice", header=h) for h in sorted(set(used)) if used.count(h) > 1]
    return problems


@dataclass
class RosterRow:
    row: int
    household: Household | None = None
    community_name: str = ""
    problem: tuple[str, str] | None = None   # (column header, reason)
    update_of: Household | None = None       # the stored household with this account
    unchanged: bool = False                  # … and the roster says nothing new about it


@dataclass
class RosterPlan:
    """What importing a roster would do; rows in sheet order."""

    file: str
    sheet: str
    headers: list[str]
    mapping: dict[str, str]
    rows: list[RosterRow] = field(default_factory=list)
    new_communities: list[str] = field(default_factory=list)

    @property
    def good(self) -> list[RosterRow]:
        return [r for r in self.rows if r.problem is None]

    @property
    def rejected(self) -> list[RosterRow]:
        return [r for r in self.rows if r.problem is not None]

    _known: dict[str, str] | None = None
    zero_padded: bool = False  # the roster's own account numbers start with 0
    stored_zero_padded: bool = False  # … or those already stored here do

    def known_accounts(self, store) -> dict[str, str]:
        """Stored account numbers by their digits without leading zeros (built once)."""
        if self._known is None:
            self._known = {a.lstrip("0"): a for (a,) in store.conn.execute(
                "SELECT account_no FROM households")}
            self.stored_zero_padded = any(a.startswith("0") for a in self._known.values())
        return self._known

    def where(self, row: RosterRow) -> str:
        place = msg("import.where", file=self.file, sheet=self.sheet, row=row.row)
        return place + (f" / {row.problem[0]}" if row.problem else "")

    def counts(self) -> dict[str, int]:
        good = self.good
        known = [r for r in good if r.update_of is not None]
        unchanged = sum(1 for r in known if r.unchanged)
        return {"new": len(good) - len(known), "update": len(known) - unchanged,
                "unchanged": unchanged, "rejected": len(self.rejected),
                "communities": len(self.new_communities)}


def read_headers(path: str | Path, sheet: str | None = None) -> tuple[str, list[str]]:
    """(sheet, headers) of a roster: the first sheet unless one is named."""
    return sheet_headers(Workbook(path), sheet)


def sheet_headers(book: Workbook, sheet: str | None = None) -> tuple[str, list[str]]:
    """(sheet, headers) of an open roster workbook: the first sheet unless one is named."""
    sheet = sheet or book.sheet_names[0]
    if sheet not in book.sheet_names:
        raise WorkbookRefused(msg("roster.no_sheet", file=book.path.name, sheet=sheet))
    first = next(book.rows(sheet), None)
    if not first:
        raise WorkbookRefused(msg("roster.no_header", sheet=sheet))
    return sheet, [str(h).strip() if h not in (None, "") else "" for h in first]


def _tags(text: str) -> tuple[Tag, ...]:
    try:
        return tags_from_text(tags_text(text))
    except ValueError as refused:
        raise CellRefused(str(refused)) from None


def plan_roster(store, path: str | Path, mapping: dict[str, str],
                sheet: str | None = None) -> RosterPlan:
    """Check every row of the roster under `mapping` (target field → header)."""
    problems = mapping_problems(mapping)
    if problems:
        raise ValueError("；".join(problems))
    book = Workbook(path)
    sheet, headers = sheet_headers(book, sheet)
    plan = RosterPlan(Path(path).name, sheet, headers, dict(mapping))
    position = {key: headers.index(header) for key, header in mapping.items() if header}
    communities = {name: uuid for uuid, name in store.communities.names()}
    seen_accounts: dict[str, int] = {}
    rows = book.rows(sheet)
    next(rows, None)
    for number, cells in enumerate(rows, start=2):
        if is_blank_row(cells):
            continue
        plan.rows.append(_plan_row(store, number, cells, position, mapping, communities,
                                   seen_accounts, plan))
    plan.new_communities = sorted({r.community_name for r in plan.good
                                   if r.household.community_uuid.startswith("new:")})
    return plan


def _plan_row(store, number, cells, position, mapping, communities, seen_accounts,
              plan) -> RosterRow:
    values: dict[str, object] = {}
    for key, index in position.items():
        column = TARGETS[key][0]
        raw = cells[index] if index < len(cells) else ""
        try:
            values[key] = _tags(str(raw or "")) if key == "tags" else convert(raw, column)
        except CellRefused as refused:
            return RosterRow(number, problem=(mapping[key], str(refused)))
        if key == "account_no":
            if isinstance(raw, (int, float)):
                # a spreadsheet made it a number: leading zeros come back from a household
                # known here; where account numbers are known to start with 0, one that
                # cannot be matched is refused rather than stored without its zeros
                known = plan.known_accounts(store).get(values[key].lstrip("0"))
                if known is not None:
                    values[key] = known
                elif plan.zero_padded or plan.stored_zero_padded:
                    return RosterRow(number, problem=(mapping[key], msg(
                        "import.zeros_lost", value=values[key])))
            elif str(values[key]).startswith("0"):
                plan.zero_padded = True
    name = values.pop(COMMUNITY)
    account = values["account_no"]
    if account in seen_accounts:
        return RosterRow(number, problem=(mapping["account_no"], msg(
            "roster.duplicate", account_no=account, other=seen_accounts[account])))
    seen_accounts[account] = number
    community_uuid = communities.get(name) or f"new:{name}"
    existing = store.households.by_account_no(account)
    base = existing or Household()
    household = dataclasses.replace(base, community_uuid=community_uuid, **values)
    try:
        household = clean_household(household)
    except ValidationFailed as failed:
        key, reason = next(iter(failed.problems.items()))
        header = mapping.get(COMMUNITY if key == "community_uuid" else key, key)
        return RosterRow(number, problem=(header, reason))
    unchanged = existing is not None and existing.content() == household.content()
    return RosterRow(number, household, name, update_of=existing, unchanged=unchanged)


def apply_roster(store, plan: RosterPlan) -> int:
    """Import the good rows in one transaction (after a backup); returns rows written."""
    backup_database(store)
    written = 0
    with store.transaction():
        created = {}
        for name in plan.new_communities:
            created[f"new:{name}"] = store.communities.save(Community(name=name)).uuid
        for row in plan.good:
            household = row.household
            if household.community_uuid in created:
                household = dataclasses.replace(household,
                                                community_uuid=created[household.community_uuid])
            if row.unchanged:
                continue
            store.households.save(household)
            written += 1
    return written
