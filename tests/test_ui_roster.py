"""Importing a household roster from the window, as a user drives it: pick the workbook,
map its columns (guessed, then remembered), look at the rows that will not be imported,
import the good ones. Checked on screen and in the database."""
import openpyxl
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from fieldapp.exchange import roster
from fieldapp.ui.roster.mapping import RosterMappingDialog
from fieldapp.ui.roster.preview import RosterPreviewDialog
from fieldapp.ui.shared import preferences
from fieldapp.ui.shared.session import Session
from fieldapp.ui.window.main_window import MainWindow

from .conftest import VALID_ID
from .ui_helpers import Answers, answer_dialogs

HEADERS = ["用户编号", "户名", "联系电话", "证件号码", "所属小区", "用电地址", "备注", "客户经理"]
ROWS = [
    ["0330012345", "张三", "13812345678", VALID_ID, "幸福花园", "幸福花园1幢", "", "小王"],
    ["0330012346", "李四", "12345", "", "幸福花园", "", "", "小王"],
    ["0330012347", "", "13812345670", "", "新村", "", "", "小李"],
    ["0330012348", "王五", "13812345671", VALID_ID[:-1] + "3", "幸福花园", "", "", ""],
    ["0330012345", "张三丰", "", "", "幸福花园", "", "", ""],
    [None] * 8,
    ["0330012349", "赵六", 13812345672, "", "锦绣家园", "", "独居老人", "小李"],
]


def write_roster(path, rows=ROWS, headers=HEADERS, title="花名册", cover=False):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if cover:
        sheet.title = "说明"
        sheet.append(["本表由营销系统导出，请勿修改表头"])
        sheet = workbook.create_sheet(title)
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def window(qtbot, store):
    widget = MainWindow(Session(store), preferences.settings())
    qtbot.addWidget(widget)
    return widget


def import_roster(window, monkeypatch, path, mapping_user, preview_user=None):
    """File → 导入住户花名册…, picking `path`; the users look at the dialogs and answer.
    Returns the dialogs shown, in order."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), ""))
    shown = []
    answer_dialogs(monkeypatch, RosterMappingDialog, mapping_user, shown)
    answer_dialogs(monkeypatch, RosterPreviewDialog, preview_user or (
        lambda dialog: pytest.fail("no preview expected")), shown)
    window.exchange.roster_action.trigger()
    return shown


def choose(dialog, field, header) -> None:
    combo = dialog.combos[field]
    index = combo.findData(header)
    assert index >= 0, f"{header} is not offered for {field}"
    combo.setCurrentIndex(index)


def click_next(dialog) -> None:
    assert dialog.next_button.isEnabled(), dialog.problems.text()
    dialog.next_button.click()


def cancel(dialog) -> None:
    dialog.reject()


def test_the_menu_entry_is_in_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.exchange.roster_action in file_menu.actions()
    assert window.exchange.roster_action.text() == "导入住户花名册(&H)…"


def test_the_guessed_mapping_is_shown_with_the_first_rows(window, store, tmp_path,
                                                          monkeypatch):
    path = write_roster(tmp_path / "营销系统导出.xlsx")

    def look(dialog):
        assert dialog.mapping() == roster.guess_mapping(HEADERS)
        assert dialog.combos["building"].currentText() == "（不导入）"
        assert "*" in dialog.labels["account_no"].text()
        assert "*" not in dialog.labels["mobile"].text()
        assert not dialog.sheet_combo.isVisible()  # one sheet: nothing to choose
        assert "营销系统导出.xlsx" in dialog.intro.text()
        assert dialog.unused.text() == "不导入的列：客户经理"
        assert dialog.next_button.isEnabled() and not dialog.problems.isVisible()
        table = dialog.preview
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers[:2] == ["户号\n用户编号", "姓名\n户名"] and headers[-1] == "备注"
        assert table.rowCount() == 5  # the first rows only; the blank one is skipped
        assert [table.text(0, c) for c in range(3)] == ["0330012345", "张三", "13812345678"]
        cancel(dialog)

    shown = import_roster(window, monkeypatch, path, look)
    assert len(shown) == 1
    assert store.households.count() == 0 and store.communities.count() == 0


def test_an_unmapped_required_field_disables_next_and_says_why(window, tmp_path,
                                                               monkeypatch):
    path = write_roster(tmp_path / "roster.xlsx")

    def unmap(dialog):
        dialog.combos["account_no"].setCurrentIndex(0)  # （不导入）
        assert not dialog.next_button.isEnabled()
        assert dialog.problems.isVisible()
        assert dialog.problems.text() == "还没有为必填项指定列：户号"
        assert "户号" not in [dialog.preview.horizontalHeaderItem(c).text().split("\n")[0]
                            for c in range(dialog.preview.columnCount())]
        choose(dialog, "account_no", "户名")  # the same column for two fields
        assert not dialog.next_button.isEnabled()
        assert dialog.problems.text() == "列“户名”被指定给了两个字段"
        choose(dialog, "account_no", "用户编号")
        assert dialog.next_button.isEnabled() and not dialog.problems.isVisible()
        cancel(dialog)

    import_roster(window, monkeypatch, path, unmap)


def test_rejected_rows_are_listed_and_only_the_good_rows_are_imported(
        window, store, community, tmp_path, monkeypatch):
    path = write_roster(tmp_path / "roster.xlsx")
    answers = Answers(monkeypatch)
    window.show()
    assert window.households_page.model.rowCount() == 0

    def look_then_import(dialog):
        assert dialog.plan.counts() == {"new": 2, "update": 0, "unchanged": 0,
                                        "rejected": 4, "communities": 1}
        assert dialog.counts["new"].text() == "2 行"
        assert dialog.counts["rejected"].text() == "4 行（不会导入）"
        assert dialog.counts["communities"].text() == "1 个：锦绣家园"  # 幸福花园 exists
        table = dialog.rejected
        rows = {table.text(r, 0): table.text(r, 1) for r in range(table.rowCount())}
        assert "11 位" in rows["roster.xlsx / 花名册 / 第 3 行 / 联系电话"]
        assert rows["roster.xlsx / 花名册 / 第 4 行 / 户名"] == "必填，不能为空"
        assert "校验" in rows["roster.xlsx / 花名册 / 第 5 行 / 证件号码"]
        assert "多次" in rows["roster.xlsx / 花名册 / 第 6 行 / 用户编号"]
        assert "不会导入" in dialog.hint.text()
        dialog.copy_button.click()
        copied = QGuiApplication.clipboard().text()
        assert copied.startswith("位置\t原因\nroster.xlsx / 花名册 / 第 3 行 / 联系电话\t")
        assert dialog.import_button.text() == "导入 2 行(&I)"
        dialog.import_button.click()

    shown = import_roster(window, monkeypatch, path, click_next, look_then_import)
    assert [type(d) for d in shown] == [RosterMappingDialog, RosterPreviewDialog]
    imported = {h.account_no: store.households.get(h.uuid) for h in store.households.search("")}
    assert sorted(imported) == ["0330012345", "0330012349"]
    assert imported["0330012349"].mobile == "13812345672"  # a number cell, read as text
    assert imported["0330012345"].community_uuid == community.uuid  # an existing one
    assert sorted(c.name for c in store.communities.all()) == ["幸福花园", "锦绣家园"]
    message = answers.warned[-1]
    assert message.startswith("已导入 2 行：新增住户 2 户，更新 0 户。")
    assert "新建小区 1 个：锦绣家园" in message and "有问题的 4 行没有导入。" in message
    assert window.households_page.model.rowCount() == 2  # the pages refreshed


def test_the_mapping_is_remembered_for_the_next_roster(window, store, tmp_path,
                                                       monkeypatch):
    Answers(monkeypatch)
    path = write_roster(tmp_path / "一月.xlsx", ROWS[:1])

    def custom(dialog):
        choose(dialog, "notes", "客户经理")
        click_next(dialog)

    import_roster(window, monkeypatch, path, custom, lambda d: d.import_button.click())
    assert store.households.by_account_no("0330012345").notes == "小王"

    # the same headers in another order
    later = write_roster(tmp_path / "二月.xlsx", [list(reversed(r)) for r in ROWS[6:]],
                         headers=list(reversed(HEADERS)))
    seen = []

    def remembered(dialog):
        seen.append(dialog.mapping())
        click_next(dialog)

    import_roster(window, monkeypatch, later, remembered, lambda d: d.import_button.click())
    assert seen[0] == {**roster.guess_mapping(HEADERS), "notes": "客户经理"}
    assert store.households.by_account_no("0330012349").notes == "小李"


def test_back_from_the_preview_changes_the_mapping(window, store, tmp_path, monkeypatch):
    answers = Answers(monkeypatch)
    path = write_roster(tmp_path / "roster.xlsx", ROWS[:1])
    mappings = []

    def mapping_user(dialog):
        mappings.append(dialog.mapping())
        if len(mappings) == 2:
            choose(dialog, "notes", "客户经理")
        click_next(dialog)

    previews = []

    def preview_user(dialog):
        previews.append(dialog.plan.mapping)
        if len(previews) == 1:
            dialog.back_button.click()
        else:
            dialog.import_button.click()

    import_roster(window, monkeypatch, path, mapping_user, preview_user)
    assert mappings[1] == mappings[0]  # back keeps what was chosen
    assert previews[1]["notes"] == "客户经理"
    assert store.households.by_account_no("0330012345").notes == "小王"
    assert answers.warned[-1].startswith("已导入 1 行")


def test_a_workbook_with_several_sheets_offers_them(window, store, tmp_path, monkeypatch):
    path = write_roster(tmp_path / "roster.xlsx", cover=True)

    def look(dialog):
        assert dialog.sheet_combo.isVisible()
        assert dialog.sample.sheet == "花名册"  # the cover sheet is passed over
        assert dialog.next_button.isEnabled()
        dialog.sheet_combo.setCurrentText("说明")
        assert dialog.combos["account_no"].count() == 2  # （不导入） and the one header
        assert not dialog.next_button.isEnabled()
        assert "户号" in dialog.problems.text()
        dialog.sheet_combo.setCurrentText("花名册")
        assert dialog.mapping() == roster.guess_mapping(HEADERS)
        assert dialog.next_button.isEnabled()
        cancel(dialog)

    import_roster(window, monkeypatch, path, look)


def test_a_file_that_is_no_workbook_is_refused_with_the_readers_reason(window, store,
                                                                      household, tmp_path,
                                                                      monkeypatch):
    renamed = tmp_path / "花名册.xlsx"
    renamed.write_text("户号,姓名,小区\n0330099999,孙八,新村\n", encoding="utf-8")
    answers = Answers(monkeypatch)
    shown = import_roster(window, monkeypatch, renamed,
                          lambda dialog: pytest.fail("no mapping expected"))
    assert shown == []
    assert len(answers.warned) == 1
    assert "花名册.xlsx 不是 Excel 工作簿" in answers.warned[0]
    assert "改了扩展名的 CSV" in answers.warned[0]
    assert store.households.count() == 1 and store.communities.count() == 1


def test_nothing_to_write_disables_the_import(window, store, tmp_path, monkeypatch):
    Answers(monkeypatch)
    path = write_roster(tmp_path / "roster.xlsx", ROWS[:1])
    import_roster(window, monkeypatch, path, click_next, lambda d: d.import_button.click())

    def look(dialog):
        assert dialog.counts["unchanged"].text() == "1 行（与本机相同，不会写入）"
        assert dialog.rejected is None
        assert not dialog.import_button.isEnabled()
        assert dialog.hint.text() == "没有需要导入的变更。"
        dialog.reject()

    shown = import_roster(window, monkeypatch, path, click_next, look)
    assert len(shown) == 2
