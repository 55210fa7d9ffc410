"""Checklist templates: the shipped ones, loading from JSON and xlsx, every refusal with
its row and reason, and the result rules (domain/checklists.py)."""
from __future__ import annotations

import json

import openpyxl
import pytest

from fieldapp.domain.checklists import (
    Answer,
    ChecklistTemplate,
    Outcome,
    Severity,
    TemplateItem,
    TemplateRefused,
    rectification_needed,
    result_of,
    shipped_template_paths,
    shipped_templates,
    template_from_json,
    template_from_sheet,
    template_from_xlsx,
    unanswered,
)
from fieldapp.domain.messages import set_language

HEADER = ["编号", "检查项目", "类别", "严重程度", "提示"]
GOOD_ROWS = [
    HEADER,
    ["H01", "表箱门完好", "表箱", "一般", "看门锁"],
    ["H02", "无私拉乱接", "表箱", "重大", ""],
    ["H03", "装有漏电保护器", "保护装置", "major", "按试验按钮"],
]
HEAD = {"name": "测试检查", "key": "test", "version": 1, "kind": "household"}


def _refusal(rows, **head) -> list[str]:
    with pytest.raises(TemplateRefused) as refused:
        template_from_sheet(rows, **{**HEAD, **head})
    return refused.value.problems


def _template() -> ChecklistTemplate:
    return template_from_sheet(GOOD_ROWS, **HEAD)


# -- shipped templates ----------------------------------------------------------------------
def test_shipped_templates_load_with_unique_codes_both_severities_and_full_categories():
    templates = {t.key: t for t in shipped_templates()}
    assert set(templates) == {"household_safety", "charger_install"}
    assert {t.kind for t in templates.values()} == {"household", "charger"}
    assert templates["household_safety"].name == "居民用电安全检查"
    assert templates["charger_install"].name == "充电桩安装安全检查"
    for template in templates.values():
        assert template.version == 1
        assert len(template.items) >= 14
        codes = [item.code for item in template.items]
        assert len(codes) == len(set(codes))
        assert {item.severity for item in template.items} == {Severity.GENERAL, Severity.MAJOR}
        for category in template.categories():
            assert template.items_in(category)
        assert all(item.hint and item.text for item in template.items)
    household = templates["household_safety"]
    major = {item.text for item in household.items if item.severity is Severity.MAJOR}
    assert any("私拉乱接" in text for text in major)
    assert any("漏电保护器" in text for text in major)
    assert any("电动自行车" in text for text in major)
    assert any("裸露带电" in text for text in major)
    charger = templates["charger_install"]
    assert any("6 mA" in item.text and "B 型" in item.text for item in charger.items)
    assert any("IP54" in item.text for item in charger.items)
    assert any("0.4–1.5 m" in item.text for item in charger.items)
    assert any("积水" in item.text and "渗漏" in item.text for item in charger.items)


def test_shipped_files_are_readable_utf8_with_one_item_per_line():
    paths = shipped_template_paths()
    assert {p.name for p in paths} == {"household_safety.json", "charger_install.json"}
    for path in paths:
        text = path.read_text("utf-8")
        assert "\\u" not in text  # Chinese written as itself
        item_lines = [line for line in text.splitlines() if '"code"' in line]
        assert len(item_lines) == len(json.loads(text)["items"])


def test_shipped_templates_are_what_the_files_say():
    for template, path in zip(shipped_templates(), shipped_template_paths()):
        data = json.loads(path.read_text("utf-8"))
        assert template.key == data["key"]
        assert [i.code for i in template.items] == [i["code"] for i in data["items"]]
        assert [i.severity.value for i in template.items] == [
            i["severity"] for i in data["items"]]


# -- JSON -----------------------------------------------------------------------------------
def test_json_round_trip_is_exact():
    for template in shipped_templates() + [_template()]:
        text = template.to_json()
        again = template_from_json(text)
        assert again == template
        assert again.to_json() == text
        assert again.content_hash() == template.content_hash()
        assert ChecklistTemplate.from_json(text) == template
        assert text == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True,
                                  separators=(",", ":"))


def test_content_hash_changes_with_any_item():
    template = _template()
    changed = ChecklistTemplate(template.key, template.name, template.version, template.kind,
                                template.items[:-1] + (TemplateItem(
                                    "H03", "装有漏电保护器", "保护装置", Severity.GENERAL,
                                    "按试验按钮"),))
    assert changed.content_hash() != template.content_hash()
    assert len(template.content_hash()) == 64


def test_json_accepts_labels_and_fills_defaults():
    text = json.dumps({"key": "k1", "name": "检查", "version": "2", "kind": "充电桩",
                       "items": [{"code": "A1", "text": "项目", "category": "类",
                                  "severity": "重大"}]}, ensure_ascii=False)
    template = template_from_json(text)
    assert template.version == 2 and template.kind == "charger"
    item = template.item("A1")
    assert (item.severity, item.hint, item.answers) == (
        Severity.MAJOR, "", ("pass", "fail", "not_applicable"))


def test_json_refusals_name_each_item():
    text = json.dumps({"key": "k 1", "name": "", "version": 0, "kind": "garage",
                       "items": [{"code": "A1", "text": "甲", "category": "类",
                                  "severity": "general"},
                                 {"code": "A1", "text": "", "category": "类",
                                  "severity": "critical", "colour": "red"}]})
    with pytest.raises(TemplateRefused) as refused:
        template_from_json(text)
    problems = refused.value.problems
    assert "模板标识“k 1”只能由字母、数字、- 和 _ 组成，最多 40 个字符" in problems
    assert any("名称" in p for p in problems)
    assert "版本“0”应为正整数" in problems
    assert any("garage" in p for p in problems)
    assert "第 2 项：未知字段：colour" in problems
    assert "第 2 项：编号 A1 与第 1 项重复" in problems
    assert "第 2 项：检查项目为空" in problems
    assert "第 2 项：严重程度“critical”无法识别，应为“一般”或“重大”" in problems
    assert str(refused.value).startswith(f"检查表模板有 {len(problems)} 处问题")


def test_json_from_notepad_with_a_byte_order_mark_loads():
    template = shipped_templates()[0]
    assert template_from_json("\ufeff" + template.to_json()) == template


def test_json_with_too_many_items_is_refused():
    item = {"code": "A", "text": "甲", "category": "类", "severity": "general"}
    text = json.dumps({**HEAD, "items": [item] * 501})
    with pytest.raises(TemplateRefused) as refused:
        template_from_json(text)
    assert refused.value.problems == ["模板超过 500 项，不像检查表，拒绝读取"]


@pytest.mark.parametrize("text, expected", [
    ("{not json", "不是有效的 JSON"),
    ("[1, 2]", "JSON 顶层应为一个对象"),
    ('{"key": "k", "name": "n", "version": 1, "kind": "household", "items": []}',
     "模板中没有任何检查项目"),
])
def test_json_that_is_no_template_is_refused(text, expected):
    with pytest.raises(TemplateRefused) as refused:
        template_from_json(text)
    assert expected in refused.value.problems[0]


# -- sheets ---------------------------------------------------------------------------------
def test_sheet_loads_items_in_order_with_labels_and_keys():
    template = _template()
    assert template.codes == ["H01", "H02", "H03"]
    assert template.categories() == ["表箱", "保护装置"]
    assert template.item("H02").severity is Severity.MAJOR
    assert template.item("H03").severity is Severity.MAJOR
    assert template.item("H01").hint == "看门锁"
    with pytest.raises(KeyError):
        template.item("H99")


def test_sheet_blank_category_takes_the_row_above_and_answers_are_parsed():
    rows = [["code", "item", "category", "severity", "answers"],
            ["A1", "甲", "类一", "general", "合格/不合格"],
            ["A2", "乙", "", "一般", "pass, 2, 不适用"],
            [None, None, None, None, None],
            ["A3", "丙", "类二", "重大", ""]]
    template = template_from_sheet(rows, **HEAD)
    assert [(i.code, i.category, i.answers) for i in template.items] == [
        ("A1", "类一", ("pass", "fail")),
        ("A2", "类一", ("pass", "fail", "not_applicable")),
        ("A3", "类二", ("pass", "fail", "not_applicable"))]
    assert not template.item("A1").allows(Answer.NOT_APPLICABLE)
    assert template.item("A2").allows(Answer.NOT_APPLICABLE)


def test_keys_are_read_without_case_and_text_severities_become_enums():
    rows = [["CODE", "Item", "Category", "Severity"], ["A1", "甲", "类", "Major"],
            ["A2", "乙", "类", "GENERAL"]]
    template = template_from_sheet(rows, **HEAD)
    assert [i.severity for i in template.items] == [Severity.MAJOR, Severity.GENERAL]
    item = TemplateItem("A3", "丙", "类", "重大", "", ["pass", "fail"])
    assert (item.severity, item.answers) == (Severity.MAJOR, ("pass", "fail"))
    with pytest.raises(ValueError, match="严重"):
        TemplateItem("A4", "丁", "类", "严重")


def test_a_column_given_twice_is_refused():
    rows = [HEADER + ["code"], ["H01", "甲", "类", "一般", "", "H01"]]
    assert _refusal(rows) == ["第 1 行：“编号”列出现了两次（第 1 列和第 6 列）"]


def test_duplicate_codes_name_both_rows():
    rows = GOOD_ROWS + [["H02", "另一项", "表箱", "一般", ""],
                        ["h01", "又一项", "表箱", "一般", ""]]
    assert _refusal(rows) == ["第 5 行：编号 H02 与第 3 行重复", "第 6 行：编号 h01 与第 2 行重复"]


def test_missing_columns_are_named():
    rows = [["编号", "提示", "类别"], ["H01", "", "表箱"]]
    assert _refusal(rows) == ["缺少必需的列：检查项目、严重程度（第 1 行应为表头）"]
    set_language("en")
    with pytest.raises(TemplateRefused) as refused:
        template_from_sheet(rows, **HEAD)
    assert refused.value.problems == ["Required columns missing: item, severity (row 1 holds "
                                      "the headers)"]


def test_every_bad_row_is_listed_with_its_row_and_reason():
    rows = [HEADER,
            ["H01", "表箱门完好", "表箱", "一般", ""],
            ["H02", "无私拉乱接", "表箱", "严重", ""],
            ["H03", "   ", "表箱", "一般", ""],
            ["H 04", "进户线", "表箱", "一般", ""],
            ["H05-TOO-LONG-A-CODE-X", "导线", "表箱", "一般", ""],
            ["", "无编号", "表箱", "一般", ""],
            ["H07", "漏保", "表箱", "", ""]]
    assert _refusal(rows) == [
        "第 3 行：严重程度“严重”无法识别，应为“一般”或“重大”",
        "第 4 行：检查项目为空",
        "第 5 行：编号“H 04”只能由字母、数字、- 和 _ 组成，最多 20 个字符",
        "第 6 行：编号“H05-TOO-LONG-A-CODE-X”只能由字母、数字、- 和 _ 组成，最多 20 个字符",
        "第 7 行：编号为空",
        "第 8 行：严重程度为空，应为“一般”或“重大”",
    ]


def test_unknown_answer_and_answers_without_fail_are_refused():
    rows = [HEADER + ["允许的结果"],
            ["H01", "甲", "类", "一般", "", "合格/可能"],
            ["H02", "乙", "类", "一般", "", "合格、不适用"]]
    assert _refusal(rows) == [
        "第 2 行：允许的结果“可能”无法识别，应为 合格、不合格、不适用",
        "第 3 行：允许的结果必须包含“合格”和“不合格”"]


@pytest.mark.parametrize("version", [0, -1, 1.5, "v2", "", None, True])
def test_a_version_that_is_not_a_positive_integer_is_refused(version):
    problems = _refusal(GOOD_ROWS, version=version)
    assert len(problems) == 1
    assert "版本" in problems[0]


@pytest.mark.parametrize("version, expected", [(3, 3), (3.0, 3), ("4", 4)])
def test_whole_versions_are_accepted(version, expected):
    assert template_from_sheet(GOOD_ROWS, **{**HEAD, "version": version}).version == expected


def test_empty_template_is_refused():
    assert _refusal([HEADER]) == ["模板中没有任何检查项目"]
    assert _refusal([HEADER, ["", "", "", "", ""]]) == ["模板中没有任何检查项目"]
    assert _refusal([]) == ["工作表是空的，第 1 行应为表头（编号、检查项目、类别、严重程度、提示）"]


def test_first_item_without_category_is_refused():
    rows = [HEADER, ["H01", "甲", "", "一般", ""]]
    assert _refusal(rows) == [
        "第 2 行：类别为空（第一项必须写明类别，之后的空白沿用上一行）"]


def test_oversized_sheet_is_refused_before_checking_rows():
    rows = [HEADER] + [[f"H{n}", "甲", "类", "一般", ""] for n in range(600)]
    assert _refusal(rows) == ["工作表超过 501 行，不像检查表，拒绝读取"]


# -- xlsx -----------------------------------------------------------------------------------
def _workbook(path, rows, meta=None, title="检查项目"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if meta is not None:
        info = book.create_sheet("_template", 0)
        for row in meta:
            info.append(row)
    book.save(path)
    return path


def test_xlsx_with_reordered_mixed_headers_and_template_sheet(tmp_path):
    rows = [["提示", "severity", "类别", "备注", "item", "编号", "answers"],
            ["看门锁", "一般", "表箱", "忽略", "表箱门完好", "H01", "合格/不合格"],
            [None, "major", "表箱", None, "无私拉乱接", "H02", None],
            ["", "重大", "保护装置", "", "装有漏电保护器", "H03", "pass fail not_applicable"]]
    meta = [["项目", "值"], ["模板标识", "wz_household"], ["名称", "温州居民检查"],
            ["版本", 2], ["类型", "居民用电"], ["说明", "试行"]]
    path = _workbook(tmp_path / "template.xlsx", rows, meta)
    template = template_from_xlsx(path)
    assert (template.key, template.name, template.version, template.kind,
            template.description) == ("wz_household", "温州居民检查", 2, "household", "试行")
    assert [(i.code, i.text, i.category, i.severity, i.hint, i.answers)
            for i in template.items] == [
        ("H01", "表箱门完好", "表箱", Severity.GENERAL, "看门锁", ("pass", "fail")),
        ("H02", "无私拉乱接", "表箱", Severity.MAJOR, "", ("pass", "fail", "not_applicable")),
        ("H03", "装有漏电保护器", "保护装置", Severity.MAJOR, "",
         ("pass", "fail", "not_applicable"))]
    assert template_from_json(template.to_json()) == template


def test_xlsx_arguments_override_the_template_sheet(tmp_path):
    meta = [["key", "from_sheet"], ["name", "表内名称"], ["version", 1], ["kind", "charger"]]
    path = _workbook(tmp_path / "t.xlsx", GOOD_ROWS, meta)
    template = template_from_xlsx(path, version=5, name="参数名称")
    assert (template.key, template.name, template.version, template.kind) == (
        "from_sheet", "参数名称", 5, "charger")


def test_xlsx_without_details_lists_what_is_missing_and_the_bad_rows(tmp_path):
    rows = GOOD_ROWS + [["H01", "重复", "表箱", "一般", ""]]
    path = _workbook(tmp_path / "t.xlsx", rows)
    with pytest.raises(TemplateRefused) as refused:
        template_from_xlsx(path)
    problems = refused.value.problems
    assert problems[:3] == [f"缺少模板的{label}（xlsx 文件在 _template 表中填写）"
                            for label in ("模板标识", "名称", "类型")]
    assert "缺少模板的版本（xlsx 文件在 _template 表中填写）" in problems
    assert problems[-1] == "第 5 行：编号 H01 与第 2 行重复"


def test_xlsx_named_sheet_and_missing_sheet(tmp_path):
    path = _workbook(tmp_path / "t.xlsx", GOOD_ROWS, title="第二版")
    assert template_from_xlsx(path, "第二版", **HEAD).codes == ["H01", "H02", "H03"]
    with pytest.raises(TemplateRefused) as refused:
        template_from_xlsx(path, "第三版", **HEAD)
    assert refused.value.problems == ["工作簿中没有工作表“第三版”"]


def test_xlsx_refuses_files_that_are_no_workbook(tmp_path):
    path = tmp_path / "t.xlsx"
    path.write_text("编号,检查项目\nH01,甲\n", "utf-8")
    with pytest.raises(TemplateRefused) as refused:
        template_from_xlsx(path, **HEAD)
    assert "不是 Excel 工作簿" in refused.value.problems[0]


def test_xlsx_with_a_far_cell_is_refused_before_it_is_read(tmp_path):
    """One value at XFD1048576 would make the spreadsheet reader ask for hundreds of GB;
    the exchange reader's checks refuse the file first."""
    book = openpyxl.Workbook()
    for row in GOOD_ROWS:
        book.active.append(row)
    book.active["XFD1048576"] = "x"
    book.save(tmp_path / "far.xlsx")
    with pytest.raises(TemplateRefused) as refused:
        template_from_xlsx(tmp_path / "far.xlsx", **HEAD)
    assert "XFD1048576" in refused.value.problems[0]


def test_xlsx_refuses_an_oversized_sheet(tmp_path):
    rows = [HEADER] + [[f"H{n}", "甲", "类", "一般", ""] for n in range(600)]
    path = _workbook(tmp_path / "t.xlsx", rows)
    with pytest.raises(TemplateRefused) as refused:
        template_from_xlsx(path, **HEAD)
    assert refused.value.problems == ["工作表超过 501 行，不像检查表，拒绝读取"]


# -- answers and results --------------------------------------------------------------------
def test_answer_keys_labels_and_shortcuts():
    assert [a.shortcut for a in Answer] == ["1", "2", "3"]
    assert Answer.from_shortcut("2") is Answer.FAIL
    assert Answer.from_shortcut("4") is None
    assert Answer.parse("不适用") is Answer.NOT_APPLICABLE
    assert Answer.parse("1") is Answer.PASS
    assert Answer.parse("not_applicable") is Answer.NOT_APPLICABLE
    assert Severity.parse("重大") is Severity.MAJOR
    assert Severity.parse("general") is Severity.GENERAL
    assert Severity.parse("严重") is None
    assert Answer.FAIL.label == "不合格"
    set_language("en")
    assert Answer.NOT_APPLICABLE.label == "not applicable"
    assert Severity.MAJOR.label == "major"


def test_any_fail_fails_even_with_items_open():
    result = result_of({"H01": Answer.PASS, "H02": Answer.FAIL, "H03": None})
    assert result.outcome is Outcome.FAIL
    assert result.failed == ("H02",)
    assert result.unanswered == ("H03",)
    assert not result.complete


def test_all_answered_without_fail_passes_and_open_items_leave_it_incomplete():
    done = result_of({"H01": Answer.PASS, "H02": Answer.NOT_APPLICABLE, "H03": Answer.PASS})
    assert (done.outcome, done.failed, done.unanswered) == (Outcome.PASS, (), ())
    open_ = result_of({"H01": Answer.PASS, "H02": None, "H03": None})
    assert (open_.outcome, open_.unanswered) == (Outcome.INCOMPLETE, ("H02", "H03"))


def test_result_with_template_counts_missing_items_as_unanswered():
    template = _template()
    result = result_of({"H03": Answer.PASS}, template)
    assert (result.outcome, result.unanswered) == (Outcome.INCOMPLETE, ("H01", "H02"))
    assert unanswered(template, {"H03": Answer.PASS, "H01": None}) == ["H01", "H02"]
    assert unanswered(template, dict.fromkeys(template.codes, Answer.PASS)) == []


def test_rectification_needed_for_a_failed_major_item_after_overrides():
    template = _template()  # H01 general, H02 and H03 major
    assert rectification_needed(template, ["H02"])
    assert not rectification_needed(template, ["H01"])
    assert not rectification_needed(template, [])
    assert rectification_needed(template, ["H01"], {"H01": Severity.MAJOR})
    assert not rectification_needed(template, ["H02", "H03"],
                                    {"H02": Severity.GENERAL, "H03": Severity.GENERAL})
