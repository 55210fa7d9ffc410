"""Importing exchange workbooks: read and check every file, plan the merge, apply it.

`plan_import(store, files)` reads everything and decides, per record, what would happen
(new, updated, unchanged, older, deleted, conflict, rejected) without writing anything.
`apply_plan(store, plan, choices)` takes a backup of the database and then applies the
plan in one transaction. The rules (DESIGN.md, "The exchange workbook"):
- newer rev wins, unless the local record also changed since it was last exchanged
  (then: conflict); the same rev with different content is a conflict;
- a tombstone deletes, unless the local record changed after what was deleted (conflict);
- references must resolve locally or among the files imported together, in any order;
- conflicts are decided per record: mine, theirs, or deferred (kept listed).
"""
from __future__ import annotations

import collections
import contextlib
import enum
import gc
import heapq
import json
import operator
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.domain.records import SYNC_FIELDS
from fieldapp.exchange import sheet_rows
from fieldapp.exchange.reader import Workbook, WorkbookRefused
from fieldapp.exchange.schema import (
    BY_SHEET,
    CHECKLIST_TEMPLATES,
    FORMAT,
    FORMAT_VERSION,
    INSPECTIONS,
    META_SHEET,
    READABLE_VERSIONS,
    SHEETS,
    TOMBSTONE_COLUMNS,
    TOMBSTONES,
    Children,
    Column,
    SameValue,
    SheetSpec,
)
from fieldapp.store.backup import backup_copy
from fieldapp.store.bulk import Staging, indexes_after, large_arrivals
from fieldapp.store.clock import utc_now

MESSAGES.update({
    "import.no_meta": ("{file} 缺少 _meta 工作表，不是 FieldApp 交换文件",
                       "{file} has no _meta sheet; it is not a FieldApp exchange workbook"),
    "import.bad_format": ("{file} 的 _meta 不是 FieldApp 交换格式（format = {value}）",
                          "{file} is not a FieldApp exchange workbook (format = {value})"),
    "import.newer_format": ("{file} 来自更新版本的 FieldApp（交换格式第 {version} 版，本程序只认"
                            "第 {supported} 版），请先升级", "{file} comes from a newer FieldApp "
                            "(exchange format {version}; this one reads up to {supported})"),
    "import.same_device": ("{file} 是本机（设备 {device}）导出的文件，不需要导入",
                           "{file} was exported by this device ({device}); nothing to import"),
    "import.missing_sheet": ("{file} 缺少工作表 {sheet}", "{file} has no sheet {sheet}"),
    "import.missing_columns": ("{file} 工作表 {sheet} 缺少必需的列：{columns}",
                               "{file} sheet {sheet} lacks required columns: {columns}"),
    "import.unknown_column": ("{file} 工作表 {sheet} 的列“{column}”无法识别，已忽略",
                              "{file} sheet {sheet}: column \"{column}\" is not known and was "
                              "ignored"),
    "import.merged": ("{file} 工作表 {sheet} 有合并单元格（{cells}），合并区域内只有第一个格子有值",
                      "{file} sheet {sheet} has merged cells ({cells}); only the first cell "
                      "of each holds a value"),
    "import.duplicate_uuid": ("记录编号在文件中重复出现（另见第 {other} 行）",
                              "the record id appears more than once in the file (see also "
                              "row {other})"),
    "import.bad_key": ("“{value}”不是允许的值（{allowed}）", "\"{value}\" is not allowed "
                       "({allowed})"),
    "import.missing_reference": ("引用的{kind}（{uuid}）在本机和导入的文件中都不存在",
                                 "refers to a {kind} ({uuid}) that exists neither here nor in "
                                 "the imported files"),
    "import.taken": ("{label}“{value}”已被另一条记录（{uuid}）使用",
                     "{label} \"{value}\" is already used by another record ({uuid})"),
    "import.zeros_lost": ("“{value}”被电子表格转成了数字，开头的 0 可能已丢失；请把该列设为文本后"
                          "重新填写", "\"{value}\" was turned into a number by a spreadsheet "
                          "program and leading zeros may be lost; set the column to text and "
                          "re-enter"),
    "import.cannot_settle": ("无法采用文件中的版本：它与本机现有数据冲突（{detail}）。请先处理"
                             "相关记录", "The file's version cannot be taken: it clashes with "
                             "data here ({detail}); deal with the related records first"),
    "import.where": ("{file} / {sheet} / 第 {row} 行", "{file} / {sheet} / row {row}"),
    "import.row_count": ("{file} 工作表 {sheet} 应有 {expected} 行数据（见 _meta），实际有 {found}"
                         " 行：可能被电子表格程序截断，或有行被手工删除。删除记录请在 FieldApp 中"
                         "进行，再重新导出", "{file} sheet {sheet} should hold {expected} data "
                         "rows (see _meta) but holds {found}: a spreadsheet program may have "
                         "cut it short, or rows were deleted by hand. Delete records in "
                         "FieldApp and export again"),
    "import.parent_rejected": ("所属的{kind}被拒绝（{where}），这一行随之拒绝",
                               "its {kind} was rejected ({where}), so this row is too"),
    "import.group_rejected": ("所属的{kind}不符合规则：{reason}",
                              "its {kind} breaks a rule: {reason}"),
    "import.conflict_blanked": ("双方都是第 {rev} 版，但文件中 {fields} 是空的（可能是合并单元格"
                                "或被清空）", "both sides are at version {rev}, but the file "
                                "has {fields} blank (merged cells, or cleared by hand)"),
    "import.bad_row": ("这一行无法处理（{detail}）", "this row cannot be processed ({detail})"),
    "import.rev_backwards": ("版本倒退：本机已收到过第 {seen} 版，文件中是第 {rev} 版",
                             "revision goes backwards: version {seen} was already received "
                             "here, the file has {rev}"),
    "import.conflict_same_rev": ("双方都是第 {rev} 版但内容不同", "both sides are at "
                                 "version {rev} with different content"),
    "import.conflict_both": ("上次交换后双方都修改过（本机第 {mine} 版，文件第 {theirs} 版）",
                             "changed on both sides since the last exchange (here version "
                             "{mine}, file version {theirs})"),
    "import.conflict_deleted": ("对方删除了这条记录，但本机在删除之后又修改过",
                                "deleted there, but changed here after the deletion"),
    "import.conflict_revived": ("本机已删除这条记录，但对方之后又修改过",
                                "deleted here, but changed there after the deletion"),
})


class Outcome(enum.Enum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    OLDER = "older"
    DELETE = "delete"
    CONFLICT = "conflict"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return msg(f"outcome.{self.value}")


MESSAGES.update({f"outcome.{key}": labels for key, labels in {
    "new": ("新增", "new"), "update": ("更新", "updated"), "unchanged": ("无变化", "unchanged"),
    "older": ("较旧，跳过", "older, skipped"), "delete": ("删除", "deleted"),
    "conflict": ("冲突", "conflict"), "rejected": ("拒绝", "rejected")}.items()})


class RowValues(Mapping):
    """A row's values by column key, stored as a list (an import holds hundreds of
    thousands of rows; a dict each would take twice the memory)."""

    __slots__ = ("_data", "_index")

    def __init__(self, index: dict[str, int], data: list):
        self._index, self._data = index, data

    def __getitem__(self, key: str):
        return self._data[self._index[key]]

    def __setitem__(self, key: str, value) -> None:
        self._data[self._index[key]] = value

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key) -> bool:
        return key in self._index

    def keys(self):
        return self._index.keys()

    def as_dict(self) -> dict:
        return dict(zip(self._index, self._data))


@dataclass(slots=True)
class Incoming:
    """One data row (or tombstone) as read, converted to stored values."""

    spec: SheetSpec | None      # None for a tombstone
    values: Mapping
    file: str
    sheet: str
    row: int
    # identifier columns of unknown length that arrived as numbers (zeros may be lost)
    numeric: tuple[str, ...] = ()
    uuid: str = field(init=False)
    rev: int = field(init=False)

    def __post_init__(self) -> None:
        self.uuid, self.rev = self.values["uuid"], self.values["rev"]

    @property
    def kind(self) -> str:
        return self.spec.kind if self.spec else self.values["record_kind"]


@dataclass(slots=True)
class Decision:
    outcome: Outcome
    incoming: Incoming
    reason: str = ""
    column: str = ""
    local_rev: int | None = None

    def place(self) -> str:
        """File, sheet and row of the row decided on."""
        return msg("import.where", file=self.incoming.file, sheet=self.incoming.sheet,
                   row=self.incoming.row)

    def where(self) -> str:
        return self.place() + (f" / {self.column}" if self.column else "")


@dataclass
class SheetReport:
    file: str
    sheet: str
    counts: Counter = field(default_factory=Counter)


@dataclass
class ImportPlan:
    files: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)     # whole files, with reasons
    warnings: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    metas: dict[str, dict] = field(default_factory=dict)

    def by_outcome(self, outcome: Outcome) -> list[Decision]:
        return [d for d in self.decisions if d.outcome == outcome]

    def sheets(self) -> list[SheetReport]:
        reports: dict[tuple[str, str], SheetReport] = {}
        for d in self.decisions:
            key = (d.incoming.file, d.incoming.sheet)
            reports.setdefault(key, SheetReport(*key)).counts[d.outcome] += 1
        return list(reports.values())

    @property
    def changes(self) -> int:
        return sum(1 for d in self.decisions
                   if d.outcome in (Outcome.NEW, Outcome.UPDATE, Outcome.DELETE))


# -- reading ------------------------------------------------------------------------------
def _header_map(headers: Sequence, columns: tuple[Column, ...], spec: SheetSpec | None
                ) -> tuple[dict, list[str]]:
    """Column key → position, recognising the Chinese label or the key; unknown headers
    (the read-only reference label columns are known and skipped)."""
    names = {}
    for column in columns:
        names[column.label] = column.key
        names[column.key] = column.key
    shown_only = {label.label for label in spec.labels} if spec else set()
    positions, unknown = {}, []
    for index, header in enumerate(headers):
        text = str(header).strip() if header is not None else ""
        if not text or (text in shown_only and text not in names):
            continue
        if text in names and names[text] not in positions:
            positions[names[text]] = index
        else:
            unknown.append(text)
    return positions, unknown


def _read_sheet(book: Workbook, sheet: str, columns: tuple[Column, ...], spec, plan,
                file: str) -> list[Incoming] | None:
    """The sheet's rows, converted; rows that cannot be converted are rejected in `plan`.
    None when the sheet cannot be read at all (the reason is in plan.refused)."""
    rows = book.rows(sheet)
    headers = next(rows, [])
    positions, unknown = _header_map(headers, columns, spec)
    missing = [c.label for c in columns if c.required and c.key not in positions]
    if missing:
        plan.refused.append(msg("import.missing_columns", file=file, sheet=sheet,
                                columns="、".join(missing)))
        return None
    plan.warnings += [msg("import.unknown_column", file=file, sheet=sheet, column=u)
                      for u in unknown]
    merged = book.merged_ranges(sheet)
    if merged:
        plan.warnings.append(msg("import.merged", file=file, sheet=sheet,
                                 cells="、".join(merged[:5])))
    formulas = book.formula_cells(sheet)
    result = []
    sheet_columns = sheet_rows.sheet_columns(columns, positions, spec)
    # one index per sheet kind, shared by every file's rows (see _picker)
    index = _INDEXES.setdefault(sheet, {column.key: n for n, column in enumerate(columns)})
    found = 0
    for number, data, problem, numeric in sheet_rows.converted_rows(
            rows, sheet_columns, positions.get("uuid", 0), formulas):
        found += 1
        incoming = Incoming(spec, RowValues(index, data), file, sheet, number, numeric)
        if problem:
            plan.decisions.append(Decision(Outcome.REJECTED, incoming, problem[1],
                                           problem[0]))
        else:
            result.append(incoming)
    expected = plan.metas.get(file, {}).get(f"rows:{sheet}")
    if expected is not None and expected != str(found):
        plan.refused.append(msg("import.row_count", file=file, sheet=sheet,
                                expected=expected, found=found))
        return None
    return result


_INDEXES: dict[str, dict[str, int]] = {}


def _read_meta(book: Workbook, file: str, plan: ImportPlan, device_id: str) -> bool:
    if META_SHEET not in book.sheet_names:
        plan.refused.append(msg("import.no_meta", file=file))
        return False
    meta = {}
    for cells in book.rows(META_SHEET):
        if len(cells) >= 2 and cells[0]:
            value = cells[1]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            meta[str(cells[0]).strip()] = str(value).strip()
    plan.metas[file] = meta
    if meta.get("format") != FORMAT:
        plan.refused.append(msg("import.bad_format", file=file, value=meta.get("format", "")))
        return False
    try:
        version = int(meta.get("format_version", "0"))
    except ValueError:
        version = 0
    if version not in READABLE_VERSIONS:
        plan.refused.append(msg("import.newer_format", file=file, version=version,
                                supported=FORMAT_VERSION))
        return False
    if meta.get("device_id") == device_id:
        plan.refused.append(msg("import.same_device", file=file, device=device_id))
        return False
    return True


class ImportCancelled(Exception):
    """The user cancelled while the files were being read; nothing was written."""


def read_files(store, files: Iterable[str | Path], progress=None, cancelled=None,
               each_sheet: Callable[[list[Incoming]], None] | None = None,
               while_waiting: Callable[[], bool] | None = None
               ) -> tuple[ImportPlan, list[Incoming]]:
    """Every file's rows, converted; `progress(done, total)` counts sheets read and
    `cancelled()` is asked between sheets. `each_sheet(rows)` is given each sheet's
    rows once read; `while_waiting()` is called again and again while the next sheet
    is still loading, as long as it returns True (it has more to do)."""
    plan = ImportPlan()
    incoming: list[Incoming] = []
    paths = list(map(Path, files))
    total, done = len(paths) * (len(SHEETS) + 1), 0
    for path in paths:
        plan.files.append(path.name)
        try:
            with Workbook(path, read_ahead=_READING_ORDER) as book:
                if not _read_meta(book, path.name, plan, store.device_id):
                    continue
                for spec in SHEETS:
                    if cancelled and cancelled():
                        raise ImportCancelled()
                    if progress:
                        progress(done, total)
                    done += 1
                    if spec.sheet not in book.sheet_names:
                        if spec.optional:
                            continue
                        plan.refused.append(msg("import.missing_sheet", file=path.name,
                                                sheet=spec.sheet))
                        continue
                    while while_waiting and not book.ready(spec.sheet) and while_waiting():
                        pass
                    rows = _read_sheet(book, spec.sheet, spec.all_columns, spec, plan,
                                       path.name)
                    if rows and each_sheet:
                        each_sheet(rows)
                    incoming += rows or []
                if TOMBSTONES in book.sheet_names:
                    rows = _read_sheet(book, TOMBSTONES, TOMBSTONE_COLUMNS, None, plan,
                                       path.name)
                    incoming += rows or []
        except WorkbookRefused as refused:
            plan.refused.append(str(refused))
    return plan, incoming


# The sheets read_files reads, in its order (loaded ahead of it in a thread).
_READING_ORDER = (META_SHEET, *(spec.sheet for spec in SHEETS), TOMBSTONES)


# -- checking ---------------------------------------------------------------------------------
def _restore_zeros(conn, item: Incoming) -> tuple[str, str] | None:
    """An identifier a spreadsheet turned into a number gets its leading zeros back from
    the local record it belongs to; with no such record it is refused."""
    for key in item.numeric:
        row = conn.execute(f"SELECT {key} FROM {item.spec.table} WHERE uuid = ?",
                           (item.uuid,)).fetchone()
        digits = item.values[key]
        if row and row[0] and row[0].lstrip("0") == digits.lstrip("0"):
            item.values[key] = row[0]
        else:
            return item.spec.column(key).label, msg("import.zeros_lost", value=digits)
    return None


def _domain_problem(item: Incoming, settings, record=None) -> tuple[str, str] | None:
    """(column label, reason) of the first rule the row breaks (a value outside its
    column's choices, or the kind's own rules), or None. `record` is the record the row
    stands for when the caller has built it (with its children)."""
    spec, values = item.spec, item.values
    for column in _choice_columns(spec):
        if values[column.key] not in column.choices:
            allowed = [column.shown(c) for c in column.choices if c]
            return column.label, msg("import.bad_key", value=values[column.key],
                                     allowed="/".join(allowed))
    if spec.validate is None or (spec.children and record is None):
        return None  # a kind with children is checked once they are gathered
    try:
        problems = spec.validate(record if record is not None else _record(item), settings)
    except (ValueError, TypeError, OverflowError) as error:
        return "", msg("import.bad_row", detail=error)
    return _labelled_problem(spec, problems)


_CHOICES_OF: dict[str, tuple[Column, ...]] = {}


def _choice_columns(spec: SheetSpec) -> tuple[Column, ...]:
    """The columns of `spec` that allow only some values, in order."""
    columns = _CHOICES_OF.get(spec.sheet)
    if columns is None:
        columns = _CHOICES_OF[spec.sheet] = tuple(c for c in spec.columns if c.choices)
    return columns


_KEYS_OF: dict[str, frozenset[str]] = {}


def _column_keys(spec: SheetSpec) -> frozenset[str]:
    keys = _KEYS_OF.get(spec.sheet)
    if keys is None:
        keys = _KEYS_OF[spec.sheet] = frozenset(c.key for c in spec.columns)
    return keys


def _record(item: Incoming):
    """The record a row stands for, built as the store builds it from a row (straight
    from the row's list when it has one: several times faster than by key)."""
    values, repo = item.values, _REPOSITORIES[item.spec.kind]
    if type(values) is not RowValues:
        return repo.from_row(values)
    key = (id(values._index), id(repo))
    made = _MAKERS.get(key)
    if made is None:
        made = _MAKERS[key] = (values._index, repo, repo.maker(list(values._index)))
    return made[2](values._data)


# (id(a sheet's index), id(a repository)) → (the index, the repository, its maker); the
# two are held so that their ids stay theirs
_MAKERS: dict[tuple[int, int], tuple[dict, object, Callable]] = {}


_REPOSITORIES: dict = {}


def repository_of(store, spec: SheetSpec):
    """The repository holding a declared kind's records in `store` (its dotted
    SheetSpec.repository)."""
    target = store
    for name in spec.repository.split("."):
        target = getattr(target, name)
    return target


def _repositories(store) -> dict:
    """Each declared kind's repository in `store`, by kind."""
    for spec in SHEETS:
        _REPOSITORIES[spec.kind] = repository_of(store, spec)
    return dict(_REPOSITORIES)


@contextlib.contextmanager
def _without_collection() -> Iterator[None]:
    """Python's cycle collection paused: reading a workbook creates millions of objects
    that all stay, and the collector would walk them again and again (measured: half of
    the time spent converting rows). Nothing made here needs it: the plan is freed by
    reference counting."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def plan_import(store, files: Iterable[str | Path], progress=None,
                cancelled=None) -> ImportPlan:
    """Read and check `files` and decide what importing them would do; writes nothing.
    `progress(done, total)` and `cancelled()` as in read_files."""
    with _without_collection():
        return _plan_import(store, files, progress, cancelled)


def _plan_import(store, files: Iterable[str | Path], progress, cancelled) -> ImportPlan:
    repos = _repositories(store)
    settings = store.settings()
    conn = store.conn
    rules = _RowRules(conn, settings)
    plan, incoming = read_files(store, files, progress, cancelled, rules.add, rules.step)
    rules.finish()
    # duplicates within a file
    seen_in_file: dict[tuple[str, str, str], int] = {}
    duplicates = set()
    for item in incoming:
        key = (item.file, item.sheet, item.uuid)
        if key in seen_in_file:
            duplicates.add(key)
        else:
            seen_in_file[key] = item.row
    records: list[Incoming] = []
    tombstones: list[Incoming] = []
    for item in incoming:
        if duplicates and (key := (item.file, item.sheet, item.uuid)) in duplicates:
            plan.decisions.append(Decision(Outcome.REJECTED, item, msg(
                "import.duplicate_uuid", other=seen_in_file[key]), "uuid"))
            continue
        if item.spec is None:
            tombstones.append(item)
            continue
        problem = rules.problems.get(id(item))
        if problem:
            plan.decisions.append(Decision(Outcome.REJECTED, item, problem[1], problem[0]))
        else:
            records.append(item)
    # the newest version of each record across the files
    newest: dict[str, Incoming] = {}
    for item in records:
        current = newest.get(item.uuid)
        if current is None or item.rev > current.rev:
            if current is not None:
                plan.decisions.append(Decision(Outcome.OLDER, current))
            newest[item.uuid] = item
        else:
            plan.decisions.append(Decision(Outcome.OLDER, item))
    deleted = {t.uuid for t in tombstones}
    local = {spec.table: {r[0]: r[1] for r in conn.execute(
        f"SELECT uuid, rev FROM {spec.table}")} for spec in SHEETS}
    rejected: dict[str, Decision] = {}
    for decision in plan.by_outcome(Outcome.REJECTED):
        if decision.incoming.spec is not None:
            rejected.setdefault(decision.incoming.uuid, decision)
    unresolved = _Unresolved(local, newest, deleted, plan, rejected)
    unresolved.run()
    _reject_taken(conn, newest, plan, rejected)
    unresolved.run()
    _reject_unknown_checklists(repos, newest, plan, rejected)
    # before the groups: a measurement dropped here is missing from its request's group
    _reject_disagreeing(conn, newest, plan, rejected)
    _reject_broken_groups(conn, repos, settings, newest, deleted, plan, rejected)
    unresolved.run()
    seen = _seen(conn, [*newest, *deleted])
    tombs = dict(conn.execute("SELECT uuid, rev FROM tombstones").fetchall())
    kinds = _by_sheet(newest)
    for spec in SHEETS:
        items = kinds.get(spec.sheet, [])
        rows = _rows_by_uuid(conn, spec.table, [i.uuid for i in items
                                                if i.uuid in local[spec.table]])
        for item in items:
            plan.decisions.append(_decide(repos[spec.kind], item, rows.get(item.uuid),
                                          tombs.get(item.uuid), seen))
    for item in tombstones:
        plan.decisions.append(_decide_tombstone(conn, repos, item, seen, newest))
    return plan


class _RowRules:
    """Each row's own rules (zeros restored, then _domain_problem), checked in the order
    the rows were read: some at a time while the reader waits for a sheet to load (the
    loader works meanwhile: measured, a third of a second of a 220 000-row import), the rest
    at the end. Only while waiting: checking right after each sheet would keep that
    sheet's cells and the next one's in memory together (90 MB more)."""

    STEP = 2_000  # rows checked at a time (about 20 ms)

    def __init__(self, conn, settings):
        self._conn, self._settings = conn, settings
        self._pending: collections.deque[Incoming] = collections.deque()
        self.problems: dict[int, tuple[str, str]] = {}  # id(row) → the rule it breaks

    def add(self, rows: list[Incoming]) -> None:
        self._pending.extend(rows)

    def step(self) -> bool:
        """Check up to STEP rows; True while rows are left."""
        pending, conn, settings = self._pending, self._conn, self._settings
        for _ in range(min(self.STEP, len(pending))):
            item = pending.popleft()
            if problem := _restore_zeros(conn, item) or _domain_problem(item, settings):
                self.problems[id(item)] = problem
        return bool(pending)

    def finish(self) -> None:
        while self.step():
            pass


def _by_uuids(conn, select: str, uuids: list[str]) -> Iterator[sqlite3.Row]:
    """`select` (which names a uuid column) for the rows of `uuids`, in chunks of the
    number of parameters one statement may take."""
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        yield from conn.execute(f"{select} WHERE uuid IN ({','.join('?' * len(chunk))})",
                                chunk)


def _rows_by_uuid(conn, table: str, uuids: list[str]) -> dict[str, sqlite3.Row]:
    return {row["uuid"]: row for row in _by_uuids(conn, f"SELECT * FROM {table}", uuids)}


def _reject(plan: ImportPlan, newest: dict[str, Incoming], rejected: dict[str, Decision],
            item: Incoming, reason: str, column: str) -> None:
    """Take `item` out of the import as rejected, remembering why for its children."""
    newest.pop(item.uuid, None)
    decision = Decision(Outcome.REJECTED, item, reason, column)
    plan.decisions.append(decision)
    rejected.setdefault(item.uuid, decision)


class _Unresolved:
    """Drops records whose references resolve nowhere. Parents are looked at before their
    children (SHEETS is in dependency order), so one pass lets a dropped parent drop its
    children, saying where the parent was rejected. The first pass looks at every
    record; a later one (after other checks dropped records) only at the records that
    refer to one dropped since, and at theirs in turn, in the same order."""

    def __init__(self, local: dict[str, dict], newest: dict[str, Incoming],
                 deleted: set[str], plan: ImportPlan, rejected: dict[str, Decision]):
        self.local, self.newest, self.deleted = local, newest, deleted
        self.plan, self.rejected = plan, rejected
        self.order = {spec.sheet: n for n, spec in enumerate(SHEETS)}
        self.place: dict[str, tuple[int, int]] = {}       # uuid → (sheet, position)
        self.referring: dict[str, list[Incoming]] | None = None  # uuid → records naming it
        self.present: set[str] | None = None              # newest after the last pass

    def run(self) -> None:
        newest = self.newest
        if self.present is None:
            self.place = {item.uuid: (self.order[item.spec.sheet], position)
                          for position, item in enumerate(newest.values())}
            for item in sorted(newest.values(), key=lambda i: self.place[i.uuid]):
                self._check(item)
        elif len(self.present) != len(newest):  # (records only ever leave newest)
            if self.referring is None:
                self.referring = {}
                for item in newest.values():
                    for column in item.spec.references:
                        self.referring.setdefault(item.values[column], []).append(item)
            waiting: list[tuple[tuple[int, int], Incoming]] = []
            queued: set[str] = set()
            for uuid in self.present - newest.keys():
                self._wait_for_referring(waiting, queued, uuid)
            while waiting:
                _, item = heapq.heappop(waiting)
                if newest.get(item.uuid) is item and self._check(item):
                    self._wait_for_referring(waiting, queued, item.uuid)
        self.present = set(newest)

    def _wait_for_referring(self, waiting: list, queued: set[str], uuid: str) -> None:
        """Queue the records that refer to `uuid`, by their place in the first pass."""
        for item in self.referring.get(uuid, ()):
            if item.uuid not in queued:
                queued.add(item.uuid)
                heapq.heappush(waiting, (self.place[item.uuid], item))

    def _check(self, item: Incoming) -> bool:
        """Reject `item` when one of its references resolves nowhere; True if it was."""
        for column, target in item.spec.references.items():
            ref = item.values[column]
            if ref in self.newest or (ref not in self.deleted
                                      and ref in self.local[BY_SHEET[target].table]):
                continue
            kind = BY_SHEET[target].kind_name
            parent = self.rejected.get(ref)
            reason = (msg("import.parent_rejected", kind=kind, where=parent.place())
                      if parent else msg("import.missing_reference", kind=kind, uuid=ref))
            _reject(self.plan, self.newest, self.rejected, item, reason,
                    item.spec.column(column).label)
            return True
        return False


def _reject_unknown_checklists(repos, newest: dict[str, Incoming], plan: ImportPlan,
                               rejected: dict[str, Decision]) -> None:
    """An inspection's checklist (key and version) must be known, as the window requires:
    stored here, shipped with FieldApp or arriving in the files (its items follow it
    when it is rejected)."""
    kinds = _by_sheet(newest)
    inspections = kinds.get(INSPECTIONS.sheet)
    if not inspections:
        return
    known = repos[CHECKLIST_TEMPLATES.kind].known_versions() | {
        (t.values["key"], t.values["version"]) for t in kinds.get(CHECKLIST_TEMPLATES.sheet, [])}
    for item in inspections:
        key, version = item.values["template_key"], item.values["template_version"]
        if (key, version) not in known:
            _reject(plan, newest, rejected, item, msg("template.unknown", key=key,
                                                      version=version),
                    INSPECTIONS.column("template_key").label)


def _reject_disagreeing(conn, newest: dict[str, Incoming], plan: ImportPlan,
                        rejected: dict[str, Decision]) -> None:
    """Records whose references lead to values that must agree and do not (SheetSpec.same:
    a measurement's meter box in another community than its request's household), as
    the import would leave the records: incoming ones first, else local ones."""
    rows: dict[tuple[str, str], sqlite3.Row | None] = {}

    def value_of(sheet: str, uuid: str, column: str):
        item = newest.get(uuid)
        if item is not None and item.spec.sheet == sheet:
            return item.values.get(column)
        if (sheet, uuid) not in rows:
            rows[sheet, uuid] = conn.execute(
                f"SELECT * FROM {BY_SHEET[sheet].table} WHERE uuid = ?", (uuid,)).fetchone()
        row = rows[sheet, uuid]
        return row[column] if row is not None else None

    def follow(item: Incoming, same: SameValue, path: str):
        head, hops = same.columns(path)
        value = item.values.get(head)
        for sheet, column in hops:
            if not value:
                return None
            value = value_of(sheet, value, column)
        return value

    def shown(value) -> str:  # a community (or other record) by its name when it has one
        return value_of("communities", value, "name") or str(value)

    kinds = _by_sheet(newest)
    for spec in SHEETS:
        for item in kinds.get(spec.sheet, []) if spec.same else ():
            for same in spec.same:
                first, second = follow(item, same, same.first), follow(item, same, same.second)
                if first and second and first != second:
                    head, _ = same.columns(same.first)
                    _reject(plan, newest, rejected, item,
                            msg(same.message, first=shown(first), second=shown(second)),
                            spec.column(head).label)
                    break


def _reject_broken_groups(conn, repos, settings, newest: dict[str, Incoming],
                          deleted: set[str], plan: ImportPlan,
                          rejected: dict[str, Decision]) -> None:
    """A kind whose rules need its children (a request and its documents) is checked as
    the import would leave it: local children overlaid with incoming ones. A record that
    breaks its rules is rejected together with its incoming children."""
    for spec in SHEETS:
        if not spec.children or spec.validate is None:
            continue
        kinds = _by_sheet(newest)
        arriving: dict[Children, dict[str, list[Incoming]]] = {}
        for child in spec.children:
            groups = arriving[child] = {}
            for item in kinds.get(child.sheet, []):
                groups.setdefault(item.values[child.column], []).append(item)
        parents = {i.uuid for i in kinds.get(spec.sheet, [])}
        for groups in arriving.values():
            parents.update(groups)
        local_rows = _rows_by_uuid(conn, spec.table, [u for u in parents if u not in newest])
        staying = {child: _local_children(conn, repos[BY_SHEET[child.sheet].kind],
                                          BY_SHEET[child.sheet].table, child, parents, deleted)
                   for child in spec.children}
        for parent_uuid in parents:
            item = newest.get(parent_uuid)
            if item is None and parent_uuid not in local_rows:
                continue  # unresolved: rejected elsewhere
            record = (_record(item) if item is not None
                      else repos[spec.kind].from_row(local_rows[parent_uuid]))
            for child in spec.children:
                incoming = arriving[child].get(parent_uuid, [])
                replaced = {i.uuid for i in incoming}
                setattr(record, child.attribute, [
                    *(r for r in staying[child].get(parent_uuid, ()) if r.uuid not in replaced),
                    *map(_record, incoming)])
            problem = _domain_problem(item, settings, record) if item is not None else \
                _labelled_problem(spec, spec.validate(record, settings))
            if not problem:
                continue
            if item is not None:
                _reject(plan, newest, rejected, item, problem[1], problem[0])
            who = f"{spec.kind_name} {describe_record(record)}"
            for child in spec.children:
                for child_item in arriving[child].get(parent_uuid, []):
                    _reject(plan, newest, rejected, child_item,
                            msg("import.group_rejected", kind=who, reason=problem[1]),
                            child_item.spec.column(child.column).label)


def _labelled_problem(spec: SheetSpec, problems: dict[str, str]) -> tuple[str, str] | None:
    """The first of `problems` as (column label, reason), or None."""
    for key, reason in problems.items():
        return (spec.column(key).label if key in _column_keys(spec) else key), reason
    return None


def _local_children(conn, repo, table: str, child: Children, parents: set[str],
                    deleted: set[str]) -> dict[str, list]:
    """Local child records of `parents` that the import does not delete, by parent."""
    result: dict[str, list] = {}
    wanted = list(parents)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in conn.execute(f"SELECT * FROM {table} WHERE {child.column} IN"
                                f" ({','.join('?' * len(chunk))})", chunk):
            if row["uuid"] not in deleted:
                result.setdefault(row[child.column], []).append(repo.from_row(row))
    return result


# What tells a person which record a row is, per kind (first non-empty wins).
_IDENTIFYING = ("request_no", "account_no", "name", "kind")


def describe(values: Mapping) -> str:
    """A person's handle on a record's values: its number, account, name…"""
    parts = [str(values[key]) for key in _IDENTIFYING if key in values and values[key]]
    return " · ".join(parts[:2])


def describe_record(record) -> str:
    return describe(vars(record))


def _by_sheet(newest: dict[str, Incoming]) -> dict[str, list[Incoming]]:
    """The records of `newest` by sheet, each in its order (one pass for all kinds)."""
    kinds: dict[str, list[Incoming]] = {}
    for item in newest.values():
        kind = kinds.get(item.spec.sheet)
        if kind is None:
            kind = kinds[item.spec.sheet] = []
        kind.append(item)
    return kinds


def _reject_taken(conn, newest: dict[str, Incoming], plan: ImportPlan,
                  rejected: dict[str, Decision]) -> None:
    """Values that must be unique (account numbers, names, request numbers, a request's
    document of one kind) may not be taken by another record, here or in the files."""
    kinds = _by_sheet(newest)
    for spec in SHEETS:
        for unique in spec.unique:
            keys = (unique,) if isinstance(unique, str) else unique
            owners = {tuple(row[:-1]): row[-1] for row in conn.execute(
                f"SELECT {', '.join(keys)}, uuid FROM {spec.table}")}
            value_of = _picker(keys)
            for item in kinds.get(spec.sheet, []):
                if newest.get(item.uuid) is not item:
                    continue  # rejected for another of its unique values
                value = value_of(item.values)
                other = owners.get(value)
                if other is None or other == item.uuid or (
                        other in newest and value_of(newest[other].values) != value):
                    owners[value] = item.uuid
                    continue
                label = spec.column(keys[-1]).label
                _reject(plan, newest, rejected, item, msg(
                    "import.taken", label=label, value=" / ".join(map(str, value)),
                    uuid=other), label)


def _picker(keys: tuple[str, ...]) -> Callable[[Mapping], tuple]:
    """A function giving the values of `keys` of a row's values, as a tuple (straight
    from a RowValues' list when it has one)."""
    picks: dict[int, Callable] = {}  # id(a sheet's index) → its getter

    def value_of(values: Mapping) -> tuple:
        if type(values) is not RowValues:
            return tuple(values[key] for key in keys)
        pick = picks.get(id(values._index))
        if pick is None:
            at = [values._index[key] for key in keys]
            pick = picks[id(values._index)] = (
                operator.itemgetter(*at) if len(at) > 1 else lambda data: (data[at[0]],))
        return pick(values._data)
    return value_of


def _seen(conn, uuids: Iterable[str]) -> dict[str, int]:
    """The rev each record had when it was last sent or received (the conflict base)."""
    uuids = list(uuids)
    held = conn.execute("SELECT count(*) FROM exchange_seen").fetchone()[0]
    if held <= len(uuids):  # (a first load: none) all of it at once, not 500 at a time
        wanted = set(uuids)
        return {uuid: rev for uuid, rev in conn.execute("SELECT uuid, rev FROM exchange_seen")
                if uuid in wanted}
    return {row[0]: row[1] for row in _by_uuids(conn, "SELECT uuid, rev FROM exchange_seen",
                                                uuids)}


def _local(conn, table: str, uuid: str) -> sqlite3.Row | None:
    return conn.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,)).fetchone()


def _decide(repo, item: Incoming, row: sqlite3.Row | None, tomb_rev: int | None,
            seen: dict[str, int]) -> Decision:
    base = seen.get(item.uuid)
    if row is None:
        if tomb_rev is None:
            return Decision(Outcome.NEW, item)
        if item.rev >= tomb_rev:
            return Decision(Outcome.CONFLICT, item, msg("import.conflict_revived"))
        return Decision(Outcome.OLDER, item)
    local = repo.from_row(row).content()
    theirs = _record(item).content()
    same = local == theirs
    if base is not None and item.rev < base and not same:
        return Decision(Outcome.REJECTED, item, msg("import.rev_backwards", seen=base,
                                                    rev=item.rev), "版本", row["rev"])
    if item.rev == row["rev"]:
        if same:
            return Decision(Outcome.UNCHANGED, item, local_rev=row["rev"])
        return Decision(Outcome.CONFLICT, item, _same_rev_reason(item, local, theirs),
                        local_rev=row["rev"])
    if item.rev < row["rev"]:
        return Decision(Outcome.OLDER, item, local_rev=row["rev"])
    if base is not None and row["rev"] > base and not same:
        return Decision(Outcome.CONFLICT, item, msg("import.conflict_both", mine=row["rev"],
                                                    theirs=item.rev), local_rev=row["rev"])
    return Decision(Outcome.UPDATE, item, local_rev=row["rev"])


def _same_rev_reason(item: Incoming, local: dict, theirs: dict) -> str:
    """Why the same version differs: say so when the file only has blanks where this
    copy has values (merged cells, or cells cleared by hand)."""
    differing = [key for key in local if local[key] != theirs.get(key)]
    if differing and all(theirs.get(key) in ("", None, ()) for key in differing):
        labels = "、".join(item.spec.column(key).label for key in differing
                          if key in _column_keys(item.spec))
        return msg("import.conflict_blanked", rev=item.rev, fields=labels)
    return msg("import.conflict_same_rev", rev=item.rev)


def _decide_tombstone(conn, repos, item: Incoming, seen, newest) -> Decision:
    repo = repos.get(item.values["record_kind"])
    if repo is None:
        return Decision(Outcome.REJECTED, item, msg(
            "import.bad_key", value=item.values["record_kind"], allowed="/".join(repos)),
            "记录类型")
    row = _local(conn, repo.table, item.uuid)
    if row is None:
        return Decision(Outcome.UNCHANGED, item)
    base = seen.get(item.uuid, row["rev"])
    if row["rev"] >= item.rev or row["rev"] > base:
        return Decision(Outcome.CONFLICT, item, msg("import.conflict_deleted"),
                        local_rev=row["rev"])
    return Decision(Outcome.DELETE, item, local_rev=row["rev"])


# -- applying ---------------------------------------------------------------------------------
MINE, THEIRS, DEFER = "mine", "theirs", "defer"
# exchange_seen: the rev of each record last sent or received (only ever moves forward)
_SEEN = "INSERT INTO exchange_seen (uuid, rev)"
_SEEN_KEEP_NEWEST = "ON CONFLICT(uuid) DO UPDATE SET rev = max(rev, excluded.rev)"


def backup_database(store) -> Path:
    return backup_copy(store.conn, store.path, "import")


def apply_plan(store, plan: ImportPlan, choices: dict[str, str] | None = None) -> Path:
    """Apply `plan` in one transaction after a backup; conflicts follow `choices`
    (uuid → mine / theirs / defer; deferred when absent). Returns the backup's path."""
    with _without_collection():
        return _apply_plan(store, plan, choices)


def _apply_plan(store, plan: ImportPlan, choices: dict[str, str] | None) -> Path:
    if plan.refused:
        raise WorkbookRefused("\n".join(plan.refused))
    choices = choices or {}
    repos = _repositories(store)
    backup = backup_database(store)
    now = utc_now()
    by_kind: dict[str, dict[Outcome, list[Decision]]] = {}
    for decision in plan.decisions:
        by_kind.setdefault(decision.incoming.kind, {}).setdefault(
            decision.outcome, []).append(decision)
    arrivals = _bulk_arrivals(plan, by_kind)
    # a large page cache pays while indexes are kept up row by row; when a first load
    # builds them at the end it only adds to the sort's memory (measured: same time,
    # 40 MB less at 16 MB)
    cache = 16 if large_arrivals(store.conn, arrivals) else 64
    # the new records' derived rows (the search index) are computed and written to a
    # scratch database by a thread while SQLite runs whole statements (store/bulk.py)
    staging, filling = Staging(store.conn, Path(store.path).parent), None
    try:
        # the staging file must not be locked by the import's transaction (the thread
        # writes it): not BEGIN IMMEDIATE, the first statement writes the main database
        with store.transaction(immediate=False):
            _record_imports(store, plan, now)  # first (see above)
            with store.bulk_cache(cache), indexes_after(store.conn, arrivals):
                inserted = _write_records(store, repos, plan, by_kind, choices, now)
                # from here on only statements that run whole inside SQLite
                filling = staging.fill(lambda: {
                    table: rows for repo, ids, new in inserted
                    for table, rows in repo.derived_rows(ids, new).items()})
                for repo, ids, _ in inserted:  # what arrived: the base for later conflicts
                    repo.audit_created(ids, "import")
                    store.conn.execute(
                        f"{_SEEN} SELECT uuid, rev FROM {repo.table}"
                        f" WHERE id BETWEEN ? AND ? {_SEEN_KEEP_NEWEST}", (ids[0], ids[-1]))
            # (the indexes set aside were built again just now: meanwhile too)
            filling.result()
            for repo, _, _ in inserted:
                repo.copy_derived(staging)
    finally:
        if filling is not None:  # done before its file goes
            with contextlib.suppress(BaseException):
                filling.result()
        staging.close()
    return backup


def _record_imports(store, plan: ImportPlan, now: str) -> None:
    """The files imported, with what became of their rows."""
    for file in plan.files:
        meta = plan.metas.get(file, {})
        summary = {o.value: n for o, n in Counter(
            d.outcome for d in plan.decisions if d.incoming.file == file).items()}
        store.conn.execute(
            "INSERT INTO exchange_imports (file, device_id, exported_at, imported_at,"
            " operator, summary) VALUES (?, ?, ?, ?, ?, ?)",
            (file, meta.get("device_id", ""), meta.get("exported_at", ""), now,
             store.operator, json.dumps(summary)))


def _write_records(store, repos, plan: ImportPlan, by_kind: dict, choices: dict[str, str],
                   now: str) -> list[tuple[object, range, list]]:
    """Every decision of the plan written, but for the new records' audit entries and
    derived rows: returns (repository, ids, rows) of each kind's new records."""
    inserted = []
    seen: list[tuple[str, int]] = []
    for spec in SHEETS:  # parents before children
        mine, repo = by_kind.get(spec.kind, {}), repos[spec.kind]
        new = [d.incoming.values for d in mine.get(Outcome.NEW, []) if d.incoming.spec]
        ids = repo.insert_rows(new, ordered=_picker(tuple(repo.insert_columns)))
        if ids:
            inserted.append((repo, ids, new))
        for decision in mine.get(Outcome.UPDATE, []):
            repo.put(_record(decision.incoming))
        seen += [(d.incoming.uuid, d.incoming.rev) for outcome in
                 (Outcome.UPDATE, Outcome.UNCHANGED)
                 for d in mine.get(outcome, []) if d.incoming.spec]
    for decision in plan.by_outcome(Outcome.CONFLICT):
        _settle(store, repos, decision, choices.get(decision.incoming.uuid, DEFER), now)
    for spec in reversed(SHEETS):  # children before parents
        for decision in by_kind.get(spec.kind, {}).get(Outcome.DELETE, []):
            item, v = decision.incoming, decision.incoming.values
            repos[spec.kind].remove_as(item.uuid, v["rev"], v["deleted_at"],
                                       v["deleted_by"], v["device_id"])
            seen.append((item.uuid, item.rev))
    _mark_seen(store, seen)
    return inserted


def _bulk_arrivals(plan: ImportPlan, by_kind: dict) -> dict[str, int]:
    """Table → new rows, for indexes_after, when the plan only adds records (a first
    load): updates, deletes and conflicts look records up by uuid, which must stay
    indexed while they run."""
    if any(d.outcome not in (Outcome.NEW, Outcome.UNCHANGED, Outcome.REJECTED)
           for d in plan.decisions):
        return {}
    arriving = {spec.table: len(by_kind.get(spec.kind, {}).get(Outcome.NEW, []))
                for spec in SHEETS}
    arriving["audit_log"] = sum(arriving.values())
    return arriving


def _mark_seen(store, pairs: Iterable[tuple[str, int]]) -> None:
    """Remember the revs now held on both sides: (uuid, rev) pairs."""
    store.conn.executemany(f"{_SEEN} VALUES (?, ?) {_SEEN_KEEP_NEWEST}", pairs)


def _settle(store, repos, decision: Decision, choice: str, now: str) -> None:
    item = decision.incoming
    repo = repos[item.kind]
    local = _local(store.conn, repo.table, item.uuid)
    top = max(item.rev, local["rev"] if local else 0) + 1
    if choice == THEIRS:
        if item.spec is None:
            repo.remove_as(item.uuid, top, now, store.operator, store.device_id)
        else:
            record = _record(item)
            record.rev, record.updated_at = top, now
            record.updated_by, record.device_id = store.operator, store.device_id
            repo.put(record, action="import")
    elif choice == MINE:
        if local is not None:
            store.conn.execute(f"UPDATE {repo.table} SET rev = ?, updated_at = ?,"
                               " updated_by = ?, device_id = ? WHERE uuid = ?",
                               (top, now, store.operator, store.device_id, item.uuid))
        else:
            store.conn.execute("UPDATE tombstones SET rev = ?, deleted_at = ? WHERE uuid = ?",
                               (top, now, item.uuid))
    if choice in (MINE, THEIRS):
        _mark_seen(store, [(item.uuid, item.rev)])
        store.conn.execute("UPDATE exchange_conflicts SET resolved_at = ?, resolution = ?"
                           " WHERE uuid = ? AND resolved_at IS NULL", (now, choice, item.uuid))
        return
    store.conn.execute(
        "INSERT INTO exchange_conflicts (uuid, record_kind, incoming_rev, incoming, source,"
        " reason, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid, incoming_rev)"
        " DO NOTHING",
        (item.uuid, item.kind, item.rev, json.dumps(dict(item.values), ensure_ascii=False,
                                                    default=str),
         f"{item.file} / {item.sheet} / {item.row}", decision.reason, now))


def open_conflicts(store) -> list[dict]:
    """Deferred conflicts still waiting for a decision."""
    rows = store.conn.execute("SELECT * FROM exchange_conflicts WHERE resolved_at IS NULL"
                              " ORDER BY id")
    return [dict(r) for r in rows]


def resolve_conflict(store, uuid: str, choice: str) -> None:
    """Decide a deferred conflict later: keep mine, or take the stored incoming version."""
    rows = [r for r in open_conflicts(store) if r["uuid"] == uuid]
    if not rows:
        raise ValueError(msg("store.gone"))
    latest = max(rows, key=lambda r: r["incoming_rev"])
    values = json.loads(latest["incoming"])
    repos = _repositories(store)
    spec = next((s for s in SHEETS if s.kind == latest["record_kind"]), None)
    if spec is not None and "record_kind" not in values:
        values = {c.key: values.get(c.key) for c in spec.all_columns}
        for column in spec.all_columns:
            if values[column.key] is None and column.key in SYNC_FIELDS:
                values[column.key] = ""
    item = Incoming(spec if "record_kind" not in values else None, values, "", "", 0)
    try:
        with store.transaction():
            _settle(store, repos, Decision(Outcome.CONFLICT, item), choice, utc_now())
    except sqlite3.IntegrityError as error:
        # e.g. the account number was taken, or the community deleted, since
        raise ValueError(msg("import.cannot_settle", detail=error)) from None
