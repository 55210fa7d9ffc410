"""User-facing messages of the layers below the UI, in Chinese and English.

The UI translates its own strings with Qt Linguist; the domain, store and CLI cannot use
Qt, so their messages live here, keyed, with both languages side by side. Chinese is the
default; `set_language("en")` switches for the whole process.
"""
from __future__ import annotations

_LANGUAGE = "zh"

MESSAGES: dict[str, tuple[str, str]] = {
    # identifiers
    "id.length": ("身份证号应为 18 位，现在是 {n} 位",
                  "An ID number has 18 characters; this one has {n}"),
    "id.chars": ("身份证号前 17 位应为数字，最后一位为数字或 X",
                 "The first 17 characters of an ID number are digits, the last a digit or X"),
    "id.birth_missing": ("身份证号中的出生日期 {date} 不存在",
                         "The birth date {date} in the ID number does not exist"),
    "id.birth_odd": ("身份证号中的出生日期 {date} 不合理",
                     "The birth date {date} in the ID number is not plausible"),
    "id.check": ("身份证号校验位不对（按前 17 位应为 {expected}），请核对号码",
                 "Wrong check character (the first 17 digits give {expected}); "
                 "please check the number"),
    "mobile.digits": ("手机号只能包含数字", "A mobile number has digits only"),
    "mobile.length": ("手机号应为 11 位，现在是 {n} 位",
                      "A mobile number has 11 digits; this one has {n}"),
    "mobile.prefix": ("手机号应以 13–19 开头", "A mobile number starts with 13–19"),
    "account.required": ("请填写户号", "Enter the account number"),
    "account.digits": ("户号只能包含数字", "An account number has digits only"),
    "account.length": ("户号不能超过 {max} 位", "An account number has at most {max} digits"),
    # required fields and lengths
    "required": ("请填写{label}", "Enter the {label}"),
    "too_long": ("{label}不能超过 {max} 个字", "{label} can have at most {max} characters"),
    "date.format": ("{label}应为日期，如 2026-12-31", "{label} must be a date such as 2026-12-31"),
    "tag.unknown": ("未知标签：{tag}", "Unknown tag: {tag}"),
    # store
    "store.account_taken": ("户号 {account_no} 已登记给 {name}",
                            "Account number {account_no} is already registered to {name}"),
    "store.community_taken": ("小区“{name}”已存在", "The community \"{name}\" already exists"),
    "store.community_missing": ("所选小区已不存在，请重新选择",
                                "The chosen community no longer exists; choose again"),
    "store.community_in_use": ("小区“{name}”下还有 {n} 户，不能删除",
                               "\"{name}\" still has {n} households and cannot be deleted"),
    "store.stale": ("这条记录已在别处被修改（版本 {theirs}，你打开的是版本 {mine}），"
                    "请重新打开后再改",
                    "This record was changed elsewhere (revision {theirs}; you opened "
                    "revision {mine}). Reopen it and edit again"),
    "store.gone": ("这条记录已被删除", "This record has been deleted"),
    "db.not_fieldapp": ("{path} 不是 FieldApp 数据库，未做任何修改",
                        "{path} is not a FieldApp database; it was not changed"),
    "db.not_sqlite": ("{path} 不是数据库文件，或已损坏（{detail}），未做任何修改",
                      "{path} is not a database file or is damaged ({detail}); "
                      "it was not changed"),
    "db.too_new": ("{path} 由更新版本的 FieldApp 创建（数据库版本 {found}，本程序支持到 "
                   "{supported}），请升级程序；文件未做任何修改",
                   "{path} was written by a newer FieldApp (database version {found}, this "
                   "program knows up to {supported}); please upgrade. The file was not "
                   "changed"),
    "db.read_only": ("{path} 是只读的（文件或所在文件夹不可写），无法打开编辑",
                     "{path} is read-only (the file or its folder cannot be written)"),
    "db.missing_dir": ("文件夹 {path} 不存在", "The folder {path} does not exist"),
    "db.busy": ("数据库正被其他程序占用，请稍后再试（{detail}）",
                "The database is busy in another program; try again later ({detail})"),
}


def set_language(language: str) -> None:
    """'zh' (default) or 'en'."""
    global _LANGUAGE
    _LANGUAGE = "en" if language.lower().startswith("en") else "zh"


def language() -> str:
    return _LANGUAGE


def listed(items) -> str:
    """Items as a list in running text: 甲、乙、丙 in Chinese, "a, b, c" in English."""
    return (", " if _LANGUAGE == "en" else "、").join(map(str, items))

def labelled(label: str, value: str) -> str:
    """A value after its label: 勘查人员：陈建国 in Chinese, "surveyor: Chen" in English."""
    return f"{label}: {value}" if _LANGUAGE == "en" else f"{label}：{value}"

def msg(key: str, /, **params: object) -> str:
    """The message `key` in the current language, formatted with `params` (which may
    name a placeholder `key` too)."""
    zh, en = MESSAGES[key]
    return (en if _LANGUAGE == "en" else zh).format(**params)

MESSAGES.update({
    "check.integrity": ("SQLite 完整性检查：{detail}", "SQLite integrity check: {detail}"),
    "check.foreign_key": ("表 {table} 第 {rowid} 行引用了不存在的 {parent}",
                          "Table {table} row {rowid} refers to a missing {parent}"),
    "check.household": ("户号 {account_no}（{name}）：{problem}",
                        "Account {account_no} ({name}): {problem}"),
    "check.community": ("小区“{name}”：{problem}", "Community \"{name}\": {problem}"),
    "check.more": ("……另有 {n} 条同类问题", "... and {n} more of the same kind"),
    "check.search_index": ("搜索索引有 {indexed} 条，住户有 {households} 户，"
                           "请运行 fieldapp-cli reindex 重建",
                           "The search index holds {indexed} entries for {households} "
                           "households; run fieldapp-cli reindex to rebuild it"),
    "check.fts": ("搜索索引损坏：{detail}", "The search index is damaged: {detail}"),
    "check.pinyin": ("住户 {account_no} {name} 的拼音索引与姓名不符，"
                     "请运行 fieldapp-cli reindex 重建",
                     "The pinyin index of household {account_no} {name} does not match "
                     "the name; run fieldapp-cli reindex to rebuild it"),
    "check.community_pinyin": ("小区“{name}”的拼音排序键与名称不符，"
                               "请运行 fieldapp-cli reindex 重建",
                               "The pinyin sort key of community \"{name}\" does not match "
                               "its name; run fieldapp-cli reindex to rebuild it"),
    "check.request_keys": ("报装列表的排序键有 {n} 条与记录不符，"
                           "请运行 fieldapp-cli reindex 重建",
                           "{n} sort keys of the requests list do not match the records; "
                           "run fieldapp-cli reindex to rebuild them"),
    "check.tombstone_live": ("{kind} {uuid} 既有删除记录又仍然存在",
                             "{kind} {uuid} is both deleted (tombstone) and present"),
    "check.bad_rev": ("{table} 中有 {n} 条记录的版本号小于 1",
                      "{n} records in {table} have a revision below 1"),
    "check.connected_with_deferred": ("报装 {no}（{status}）仍有 {n} 份容缺材料未补齐",
                                      "Request {no} ({status}) still has {n} deferred "
                                      "documents missing"),
    "check.ok": ("数据库检查通过：{households} 户，{communities} 个小区",
                 "Database is consistent: {households} households, {communities} "
                 "communities"),
})

MESSAGES.update({
    "cli.reindexed": ("已重建：{households} 户的搜索索引、{spellings} 条拼音、{requests} 件报装的"
                      "排序键，用时 {seconds:.1f} 秒",
                      "Rebuilt: the search index of {households} households, {spellings} "
                      "pinyin spellings, the sort keys of {requests} requests, in "
                      "{seconds:.1f} s"),
    "cli.demo_done": ("已生成 {communities} 个小区、{households} 户演示数据，用时 {seconds:.1f} 秒",
                      "Generated {communities} communities and {households} households in "
                      "{seconds:.1f} s"),
    "cli.no_matches": ("没有找到匹配的住户", "No matching households"),
    "cli.more_matches": ("只显示前 {n} 条", "Showing the first {n} only"),
})
