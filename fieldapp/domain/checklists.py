"""Safety-inspection checklist templates (用电安全检查表) and the rules that read them.

A template is a versioned list of items (code, text, category, default severity, hint and
the answers an item allows). Templates ship as JSON in resources/checklists/; a supervisor
loads a new one or a new version from JSON or from an .xlsx sheet. Loading checks the
whole template and refuses it with EVERY problem found (row or item and reason), so the
supervisor fixes the sheet once, not once per problem. An inspection keeps the template
version it used; `content_hash` tells two templates of one version apart.

The result rules (any failed item fails the inspection; a failed 重大 item needs a
rectification deadline) live here too, small and pure, for the store and the UI to call.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fieldapp.domain.labelled import Labelled
from fieldapp.domain.messages import MESSAGES, language, listed, msg

MAX_ITEMS = 500            # rows of a template sheet; a real checklist has tens
MAX_COLUMNS = 50
MAX_TEXT = 300             # characters of an item's text
MAX_HINT = 1000
MAX_CATEGORY = 50
MAX_NAME = 100
CODE = re.compile(r"[A-Za-z0-9_-]{1,20}")
TEMPLATE_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}")
KINDS = ("household", "charger")
META_SHEET = "_template"
SHIPPED_FOLDER = "checklists"

MESSAGES.update({
    "template.refused": ("检查表模板有 {n} 处问题，未载入：\n{problems}",
                         "The checklist template has {n} problems and was not loaded:\n"
                         "{problems}"),
    "template.row": ("第 {row} 行：{reason}", "Row {row}: {reason}"),
    "template.item": ("第 {row} 项：{reason}", "Item {row}: {reason}"),
    "template.duplicate": ("编号 {code} 与第 {first} 行重复",
                           "code {code} repeats the code of row {first}"),
    "template.duplicate_item": ("编号 {code} 与第 {first} 项重复",
                                "code {code} repeats the code of item {first}"),
    "template.missing_columns": ("缺少必需的列：{columns}（第 1 行应为表头）",
                                 "Required columns missing: {columns} (row 1 holds the "
                                 "headers)"),
    "template.duplicate_column": ("“{column}”列出现了两次（第 {first} 列和第 {second} 列）",
                                  "the column \"{column}\" appears twice (columns {first} "
                                  "and {second})"),
    "template.no_header": ("工作表是空的，第 1 行应为表头（编号、检查项目、类别、严重程度、提示）",
                           "The sheet is empty; row 1 holds the headers (code, item, "
                           "category, severity, hint)"),
    "template.code_empty": ("编号为空", "the code is empty"),
    "template.code_chars": ("编号“{code}”只能由字母、数字、- 和 _ 组成，最多 20 个字符",
                            "the code \"{code}\" may hold only letters, digits, - and _, "
                            "at most 20 characters"),
    "template.text_empty": ("检查项目为空", "the item text is empty"),
    "template.too_long": ("{label}超过 {max} 个字", "the {label} is longer than {max} "
                          "characters"),
    "template.category_empty": ("类别为空（第一项必须写明类别，之后的空白沿用上一行）",
                                "the category is empty (the first item needs one; later "
                                "blanks take the category above)"),
    "template.severity_empty": ("严重程度为空，应为“一般”或“重大”",
                                "the severity is empty; write general (一般) or major (重大)"),
    "template.severity_unknown": ("严重程度“{value}”无法识别，应为“一般”或“重大”",
                                  "unknown severity \"{value}\"; write general (一般) or "
                                  "major (重大)"),
    "template.answer_unknown": ("允许的结果“{value}”无法识别，应为 合格、不合格、不适用",
                                "unknown answer \"{value}\"; write pass (合格), fail (不合格) "
                                "or not applicable (不适用)"),
    "template.answers_need": ("允许的结果必须包含“合格”和“不合格”",
                              "the allowed answers must include pass (合格) and fail (不合格)"),
    "template.version": ("版本“{value}”应为正整数", "the version \"{value}\" must be a "
                         "positive whole number"),
    "template.key": ("模板标识“{value}”只能由字母、数字、- 和 _ 组成，最多 40 个字符",
                     "the template key \"{value}\" may hold only letters, digits, - and _, "
                     "at most 40 characters"),
    "template.name": ("模板名称为空", "the template name is empty"),
    "template.kind": ("模板类型“{value}”无法识别，应为 household（居民用电）或 charger（充电桩）",
                      "unknown template kind \"{value}\"; write household or charger"),
    "template.missing": ("缺少模板的{label}（xlsx 文件在 _template 表中填写）",
                         "the template's {label} is missing (in an .xlsx file, give it in "
                         "the _template sheet)"),
    "template.no_items": ("模板中没有任何检查项目", "The template has no items"),
    "template.too_many": ("工作表超过 {max} 行，不像检查表，拒绝读取",
                          "The sheet has more than {max} rows; it is not a checklist"),
    "template.too_many_items": ("模板超过 {max} 项，不像检查表，拒绝读取",
                                "The template has more than {max} items; it is not a "
                                "checklist"),
    "template.too_wide": ("工作表超过 {max} 列，不像检查表，拒绝读取",
                          "The sheet has more than {max} columns; it is not a checklist"),
    "template.no_sheet": ("工作簿中没有工作表“{sheet}”", "The workbook has no sheet \"{sheet}\""),
    "template.not_json": ("不是有效的 JSON（第 {line} 行第 {column} 列：{detail}）",
                          "Not valid JSON (line {line}, column {column}: {detail})"),
    "template.not_object": ("JSON 顶层应为一个对象（{{...}}）",
                            "The JSON must hold one object ({{...}})"),
    "template.unknown_fields": ("未知字段：{fields}", "unknown fields: {fields}"),
    "template.items_list": ("items 应为检查项目的列表", "items must be a list of items"),
    "template.item_object": ("应为一个对象（{{...}}）", "must be an object ({{...}})"),
    "template.not_text": ("{label}应为文字", "the {label} must be text"),
    "template.unknown_code": ("模板中没有编号为 {code} 的项目",
                              "The template has no item with code {code}"),
})

# field → (Chinese label, English label); the sheet's headers may be either
_FIELD_LABELS = {
    "code": ("编号", "code"), "text": ("检查项目", "item"), "category": ("类别", "category"),
    "severity": ("严重程度", "severity"), "hint": ("提示", "hint"),
    "answers": ("允许的结果", "answers"),
    "key": ("模板标识", "key"), "name": ("名称", "name"), "version": ("版本", "version"),
    "kind": ("类型", "kind"), "description": ("说明", "description"),
}
_HEADER_ALIASES = {"text": ("text",), "name": ("模板名称",), "kind": ("检查类型",)}
REQUIRED_COLUMNS = ("code", "text", "category", "severity")
OPTIONAL_COLUMNS = ("hint", "answers")
META_FIELDS = ("key", "name", "version", "kind", "description")
_ITEM_FIELDS = ("code", "text", "category", "severity", "hint", "answers")
_TEMPLATE_FIELDS = ("key", "name", "version", "kind", "description", "items")
_ANSWER_SEPARATORS = re.compile(r"[,，、/;；|\s]+")


def _label(field: str) -> str:
    zh, en = _FIELD_LABELS[field]
    return en if language() == "en" else zh


class Severity(Labelled):
    """How serious a failed item is: a failed 重大 item needs a rectification deadline."""
    GENERAL = "general"
    MAJOR = "major"

    @classmethod
    def _labels(cls):
        return {"general": ("一般", "general"), "major": ("重大", "major")}


class Answer(Labelled):
    """An inspector's answer to one item; `shortcut` is the key typed for it (1/2/3)."""
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"

    @classmethod
    def _labels(cls):
        return {"pass": ("合格", "pass"), "fail": ("不合格", "fail"),
                "not_applicable": ("不适用", "not applicable")}

    @property
    def shortcut(self) -> str:
        return _SHORTCUTS[self.value]

    @classmethod
    def from_shortcut(cls, key: str) -> Answer | None:
        """The answer typed as 1, 2 or 3; None for any other key."""
        for member in cls:
            if _SHORTCUTS[member.value] == (key or "").strip():
                return member
        return None

    @classmethod
    def parse(cls, text: str):
        """A member from its key, either label or its shortcut digit; None if unknown."""
        found = super().parse(text)
        return found if found is not None else cls.from_shortcut(text)


_SHORTCUTS = {"pass": "1", "fail": "2", "not_applicable": "3"}
ALL_ANSWERS: tuple[str, ...] = tuple(a.value for a in Answer)


class Outcome(Labelled):
    """An inspection's result as computed from its answers."""
    PASS = "pass"
    FAIL = "fail"
    INCOMPLETE = "incomplete"

    @classmethod
    def _labels(cls):
        return {"pass": ("合格", "pass"), "fail": ("不合格", "fail"),
                "incomplete": ("未完成", "incomplete")}


class TemplateRefused(ValueError):
    """A template that cannot be loaded; `problems` lists every problem, each with its row
    (or item) and reason."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(msg("template.refused", n=len(self.problems),
                             problems="\n".join(self.problems)))


@dataclass(frozen=True)
class TemplateItem:
    """One line of a checklist. `answers` are the Answer keys the item allows."""
    code: str
    text: str
    category: str
    severity: Severity = Severity.GENERAL
    hint: str = ""
    answers: tuple[str, ...] = ALL_ANSWERS

    def __post_init__(self) -> None:
        # a severity or answers given as text (from SQL rows, say) become the real thing
        if not isinstance(self.severity, Severity):
            severity = Severity.parse(str(self.severity))
            if severity is None:
                raise ValueError(msg("template.severity_unknown", value=self.severity))
            object.__setattr__(self, "severity", severity)
        if not isinstance(self.answers, tuple):
            object.__setattr__(self, "answers", tuple(self.answers))

    def allows(self, answer: Answer) -> bool:
        return answer.value in self.answers

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "text": self.text, "category": self.category,
                "severity": self.severity.value, "hint": self.hint,
                "answers": list(self.answers)}


@dataclass(frozen=True)
class ChecklistTemplate:
    """A versioned checklist; `kind` says what it inspects (household or charger)."""
    key: str
    name: str
    version: int
    kind: str
    items: tuple[TemplateItem, ...]
    description: str = ""

    def item(self, code: str) -> TemplateItem:
        """The item of `code`; KeyError if the template has none."""
        for item in self.items:
            if item.code == code:
                return item
        raise KeyError(msg("template.unknown_code", code=code))

    @property
    def codes(self) -> list[str]:
        return [item.code for item in self.items]

    def categories(self) -> list[str]:
        """Categories in the order their first item appears."""
        return list(dict.fromkeys(item.category for item in self.items))

    def items_in(self, category: str) -> list[TemplateItem]:
        return [item for item in self.items if item.category == category]

    def as_dict(self) -> dict[str, object]:
        return {"key": self.key, "name": self.name, "version": self.version,
                "kind": self.kind, "description": self.description,
                "items": [item.as_dict() for item in self.items]}

    def to_json(self) -> str:
        """Compact JSON with sorted keys: the form stored and exchanged (stable, so equal
        templates give equal text and equal hashes)."""
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> ChecklistTemplate:
        return template_from_json(text)

    def content_hash(self) -> str:
        """SHA-256 (hex) of `to_json()`."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


# -- checking the pieces ------------------------------------------------------------------
def _cell_text(value: object) -> str:
    """A cell as text: integral numbers without '.0' (a code typed as 1 reads 1.0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _version_of(value: object) -> int | None:
    """A positive whole number from an int, an integral float or digits; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and value > 0 else None


def _answers_of(value: object) -> tuple[tuple[str, ...], list[str]]:
    """(canonical answers, problems) from a list or a text like '合格/不合格'."""
    if isinstance(value, (list, tuple)):
        parts = [_cell_text(part) for part in value]
    else:
        parts = [p for p in _ANSWER_SEPARATORS.split(_cell_text(value)) if p]
    if not parts:
        return ALL_ANSWERS, []
    found, problems = set(), []
    for part in parts:
        answer = Answer.parse(part) or Answer.parse(part.lower())
        if answer is None:
            problems.append(msg("template.answer_unknown", value=part))
        else:
            found.add(answer.value)
    if not problems and not {"pass", "fail"} <= found:
        problems.append(msg("template.answers_need"))
    return tuple(a for a in ALL_ANSWERS if a in found), problems


def _length_problem(field: str, text: str, limit: int) -> list[str]:
    return [msg("template.too_long", label=_label(field), max=limit)] if len(text) > limit \
        else []


def _item_of(values: Mapping[str, object], category_above: str
             ) -> tuple[TemplateItem | None, list[str]]:
    """An item from its field values (cells or JSON), or the reasons it cannot be one."""
    problems: list[str] = []
    for field in ("code", "text", "category", "severity", "hint"):
        value = values.get(field)
        if value is not None and not isinstance(value, (str, int, float)):
            problems.append(msg("template.not_text", label=_label(field)))
    if problems:
        return None, problems
    code = _cell_text(values.get("code"))
    if not code:
        problems.append(msg("template.code_empty"))
    elif not CODE.fullmatch(code):
        problems.append(msg("template.code_chars", code=code))
    text = _cell_text(values.get("text"))
    if not text:
        problems.append(msg("template.text_empty"))
    problems += _length_problem("text", text, MAX_TEXT)
    category = _cell_text(values.get("category")) or category_above
    if not category:
        problems.append(msg("template.category_empty"))
    problems += _length_problem("category", category, MAX_CATEGORY)
    severity_text = _cell_text(values.get("severity"))
    severity = Severity.parse(severity_text) or Severity.parse(severity_text.lower())
    if not severity_text:
        problems.append(msg("template.severity_empty"))
    elif severity is None:
        problems.append(msg("template.severity_unknown", value=severity_text))
    hint = _cell_text(values.get("hint"))
    problems += _length_problem("hint", hint, MAX_HINT)
    answers, answer_problems = _answers_of(values.get("answers"))
    problems += answer_problems
    if problems:
        return None, problems
    return TemplateItem(code, text, category, severity, hint, answers), []


def _header_problems(meta: Mapping[str, object]) -> tuple[dict[str, object], list[str]]:
    """(key, name, version, kind and description checked, problems) of a template."""
    problems: list[str] = []
    for field in ("key", "name", "kind", "description"):
        value = meta.get(field)
        if value is not None and not isinstance(value, str):
            problems.append(msg("template.not_text", label=_label(field)))
    if problems:
        return {}, problems
    key = _cell_text(meta.get("key"))
    name = _cell_text(meta.get("name"))
    kind_text = _cell_text(meta.get("kind"))
    for field, value in (("key", key), ("name", name), ("kind", kind_text)):
        if not value:
            problems.append(msg("template.missing", label=_label(field)))
    if key and not TEMPLATE_KEY.fullmatch(key):
        problems.append(msg("template.key", value=key))
    problems += _length_problem("name", name, MAX_NAME)
    kind = _kind_of(kind_text)
    if kind_text and kind is None:
        problems.append(msg("template.kind", value=kind_text))
    raw_version = meta.get("version")
    version = _version_of(raw_version)
    if raw_version is None or raw_version == "":
        problems.append(msg("template.missing", label=_label("version")))
    elif version is None:
        problems.append(msg("template.version", value=_cell_text(raw_version)))
    description = _cell_text(meta.get("description"))
    problems += _length_problem("description", description, MAX_HINT)
    return {"key": key, "name": name, "version": version, "kind": kind,
            "description": description}, problems


_KIND_LABELS = {"household": ("居民用电", "居民", "household", "居民用电安全检查"),
                "charger": ("充电桩", "充电桩安装", "charger", "充电桩安装安全检查")}


def _kind_of(text: str) -> str | None:
    for kind, names in _KIND_LABELS.items():
        if text == kind or text in names:
            return kind
    return None


# -- JSON ---------------------------------------------------------------------------------
def template_from_json(text: str) -> ChecklistTemplate:
    """A template from JSON (the stored form or a supervisor's file, any layout);
    TemplateRefused lists every problem, items numbered from 1."""
    try:
        data = json.loads(text.removeprefix("\ufeff"))  # Windows Notepad writes a BOM
    except json.JSONDecodeError as error:
        raise TemplateRefused([msg("template.not_json", line=error.lineno,
                                   column=error.colno, detail=error.msg)]) from None
    if not isinstance(data, dict):
        raise TemplateRefused([msg("template.not_object")])
    problems: list[str] = []
    unknown = sorted(set(data) - set(_TEMPLATE_FIELDS))
    if unknown:
        problems.append(msg("template.unknown_fields", fields=listed(unknown)))
    head, head_problems = _header_problems(data)
    problems += head_problems
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list):
        problems.append(msg("template.items_list"))
        raw_items = []
    if len(raw_items) > MAX_ITEMS:
        raise TemplateRefused([msg("template.too_many_items", max=MAX_ITEMS)])
    rows: list[tuple[int, Mapping[str, object] | None]] = []
    for number, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict):
            problems.append(msg("template.item", row=number, reason=msg(
                "template.item_object")))
            continue
        unknown = sorted(set(raw) - set(_ITEM_FIELDS))
        if unknown:
            problems.append(msg("template.item", row=number, reason=msg(
                "template.unknown_fields", fields=listed(unknown))))
        rows.append((number, raw))
    items, item_problems = _items_of(rows, "template.item", "template.duplicate_item",
                                     inherit_category=False)
    return _template(head, items, problems + item_problems)


def _items_of(rows: Iterable[tuple[int, Mapping[str, object]]], where: str, duplicate: str,
              inherit_category: bool) -> tuple[list[TemplateItem], list[str]]:
    """Items of numbered rows, and every problem with its row; codes are compared without
    case (H01 and h01 would confuse an inspector)."""
    items: list[TemplateItem] = []
    problems: list[str] = []
    first_row: dict[str, int] = {}
    category = ""
    for number, values in rows:
        item, reasons = _item_of(values, category if inherit_category else "")
        code = _cell_text(values.get("code")) if isinstance(
            values.get("code"), (str, int, float)) else ""
        if code and CODE.fullmatch(code):
            seen = first_row.setdefault(code.casefold(), number)
            if seen != number:
                reasons.insert(0, msg(duplicate, code=code, first=seen))
        if inherit_category and isinstance(values.get("category"), (str, int, float)):
            category = _cell_text(values.get("category")) or category
        problems += [msg(where, row=number, reason=reason) for reason in reasons]
        if item is not None and not reasons:
            items.append(item)
    return items, problems


def _template(head: Mapping[str, object], items: list[TemplateItem],
              problems: list[str]) -> ChecklistTemplate:
    if not items and not problems:
        problems.append(msg("template.no_items"))
    if problems:
        raise TemplateRefused(problems)
    return ChecklistTemplate(head["key"], head["name"], head["version"], head["kind"],
                             tuple(items), head["description"])


# -- sheets -------------------------------------------------------------------------------
def _field_of_header(header: str) -> str | None:
    text = header.strip()
    for field, (zh, en) in _FIELD_LABELS.items():
        names = (zh, en, field, *_HEADER_ALIASES.get(field, ()))
        if text in names or text.casefold() in (n.casefold() for n in names):
            return field
    return None


def _is_blank(cells: list[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def template_from_sheet(rows: list[list[object]], name: str | None = None,
                        key: str | None = None, version: object = None,
                        kind: str | None = None, description: str = "") -> ChecklistTemplate:
    """A template from a sheet's rows (rows[0] is sheet row 1, the header). Columns are
    found by Chinese label or key in any order: 编号/code, 检查项目/item, 类别/category,
    严重程度/severity, optional 提示/hint and 允许的结果/answers; other columns are
    ignored. An empty category takes the category of the row above (merged cells)."""
    problems: list[str] = []
    head, head_problems = _header_problems({"key": key, "name": name, "version": version,
                                            "kind": kind, "description": description})
    problems += head_problems
    if len(rows) > MAX_ITEMS + 1:
        raise TemplateRefused([msg("template.too_many", max=MAX_ITEMS + 1)])
    if any(len(row) > MAX_COLUMNS for row in rows):
        raise TemplateRefused([msg("template.too_wide", max=MAX_COLUMNS)])
    header_at = next((i for i, row in enumerate(rows) if not _is_blank(row)), None)
    if header_at is None:
        raise TemplateRefused(problems + [msg("template.no_header")])
    columns: dict[str, int] = {}
    for index, cell in enumerate(rows[header_at]):
        field = _field_of_header(_cell_text(cell))
        if field not in _ITEM_FIELDS:
            continue
        if field in columns:
            problems.append(msg("template.row", row=header_at + 1, reason=msg(
                "template.duplicate_column", column=_label(field), first=columns[field] + 1,
                second=index + 1)))
            continue
        columns[field] = index
    missing = [_label(f) for f in REQUIRED_COLUMNS if f not in columns]
    if missing:
        raise TemplateRefused(problems + [msg("template.missing_columns",
                                              columns=listed(missing))])

    def values(row: list[object]) -> dict[str, object]:
        return {f: (row[i] if i < len(row) else None) for f, i in columns.items()}

    numbered = [(number, values(row)) for number, row in enumerate(rows, start=1)
                if number > header_at + 1 and not _is_blank(row)]
    items, item_problems = _items_of(numbered, "template.row", "template.duplicate",
                                     inherit_category=True)
    return _template(head, items, problems + item_problems)


def template_from_xlsx(path: str | Path, sheet: str | None = None, *, name: str | None = None,
                       key: str | None = None, version: object = None,
                       kind: str | None = None,
                       description: str | None = None) -> ChecklistTemplate:
    """A template from an .xlsx workbook: the items from `sheet` (else the first sheet
    that is not `_template`), the name, key, version, kind and description from the
    arguments or else the `_template` key/value sheet. The file passes the exchange
    reader's safety checks (sizes, entities, far cells) before its cells are read; a
    workbook it refuses comes out as TemplateRefused."""
    from fieldapp.exchange.reader import Workbook, WorkbookRefused

    try:
        with Workbook(path) as book:
            names = book.sheet_names
            meta: dict[str, object] = {}
            if META_SHEET in names:
                meta = _meta_of(_limited_rows(book, META_SHEET))
            item_sheet = sheet or next((n for n in names if n != META_SHEET), None)
            if item_sheet is None or item_sheet not in names:
                raise TemplateRefused([msg("template.no_sheet", sheet=item_sheet or "")])
            rows = _limited_rows(book, item_sheet)
    except WorkbookRefused as refused:
        raise TemplateRefused([str(refused)]) from None
    given = {"name": name, "key": key, "version": version, "kind": kind,
             "description": description}
    head = {field: (value if value not in (None, "") else meta.get(field))
            for field, value in given.items()}
    return template_from_sheet(rows, name=_text_or_none(head["name"]),
                               key=_text_or_none(head["key"]), version=head["version"],
                               kind=_text_or_none(head["kind"]),
                               description=_cell_text(head["description"]))


def _text_or_none(value: object) -> str | None:
    return None if value is None else _cell_text(value)


def _limited_rows(book, sheet: str) -> list[list[object]]:
    """The sheet's rows, refused past MAX_ITEMS + 1 rows or MAX_COLUMNS columns."""
    rows: list[list[object]] = []
    for row in book.rows(sheet):
        if len(rows) > MAX_ITEMS:
            raise TemplateRefused([msg("template.too_many", max=MAX_ITEMS + 1)])
        cells = list(row)
        while cells and (cells[-1] is None or cells[-1] == ""):
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise TemplateRefused([msg("template.too_wide", max=MAX_COLUMNS)])
        rows.append(cells)
    return rows


def _meta_of(rows: list[list[object]]) -> dict[str, object]:
    """The key/value rows of the `_template` sheet (keys by Chinese label or key);
    rows with other keys (a 项目/值 header, notes) are skipped."""
    meta: dict[str, object] = {}
    for row in rows:
        if len(row) < 2:
            continue
        field = _field_of_header(_cell_text(row[0]))
        if field in META_FIELDS and field not in meta:
            meta[field] = row[1]
    return meta


# -- shipped templates --------------------------------------------------------------------
def shipped_template_paths() -> list[Path]:
    from fieldapp.paths import asset

    return sorted(asset(SHIPPED_FOLDER).glob("*.json"))


@lru_cache(maxsize=1)
def _shipped() -> tuple[ChecklistTemplate, ...]:
    return tuple(template_from_json(path.read_text("utf-8"))
                 for path in shipped_template_paths())


def shipped_templates() -> list[ChecklistTemplate]:
    """The templates that come with the program (resources/checklists/*.json)."""
    return list(_shipped())


# -- results ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChecklistResult:
    """What an inspection's answers amount to: FAIL as soon as any item failed, PASS when
    every item is answered and none failed, else INCOMPLETE; with the failed and the
    unanswered codes."""
    outcome: Outcome
    failed: tuple[str, ...]
    unanswered: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.unanswered


def result_of(answers: Mapping[str, Answer | None],
              template: ChecklistTemplate | None = None) -> ChecklistResult:
    """The result of `answers` (code → answer, None while unanswered). With `template`,
    its items missing from `answers` count as unanswered, in the template's order."""
    codes = list(answers)
    if template is not None:
        codes = template.codes + [c for c in answers if c not in set(template.codes)]
    failed = tuple(c for c in codes if answers.get(c) is Answer.FAIL)
    open_codes = tuple(c for c in codes if answers.get(c) is None)
    if failed:
        outcome = Outcome.FAIL
    elif open_codes:
        outcome = Outcome.INCOMPLETE
    else:
        outcome = Outcome.PASS
    return ChecklistResult(outcome, failed, open_codes)


def unanswered(template: ChecklistTemplate, answers: Mapping[str, Answer | None]) -> list[str]:
    """Codes of the template's items without an answer, in the template's order."""
    return [code for code in template.codes if answers.get(code) is None]


def severity_of(template: ChecklistTemplate, code: str,
                overrides: Mapping[str, Severity] | None = None) -> Severity:
    """An item's severity in one inspection: the inspector's override, else the default."""
    if overrides and overrides.get(code) is not None:
        return overrides[code]
    return template.item(code).severity


def rectification_needed(template: ChecklistTemplate, failed_codes: Iterable[str],
                         overrides: Mapping[str, Severity] | None = None) -> bool:
    """True when a failed item is 重大 (after the inspector's overrides): the inspection
    then needs a rectification deadline."""
    return any(severity_of(template, code, overrides) is Severity.MAJOR
               for code in failed_codes)
