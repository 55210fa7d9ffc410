"""Excel exchange from the window, as a user drives it: export everything or the changes,
import with a preview (counts per sheet, rejected rows, refused files, conflicts to
decide), and deferred conflicts decided later. Checked on screen and in the database."""
import dataclasses
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from fieldapp import demo
from fieldapp.exchange.export import export_workbook, last_export
from fieldapp.exchange.importer import THEIRS, Outcome, open_conflicts
from fieldapp.store import Store
from fieldapp.ui.exchange.conflicts import PendingConflictsDialog
from fieldapp.ui.exchange.export import ExportDialog
from fieldapp.ui.exchange.preview import ImportPreviewDialog
from fieldapp.ui.households.model import NAME
from fieldapp.ui.shared import preferences
from fieldapp.ui.shared.session import Session
from fieldapp.ui.window.main_window import MainWindow

from .conftest import VALID_ID
from .test_exchange_import import every_record
from .ui_helpers import Answers, answer_dialogs


@pytest.fixture
def window(qtbot, store):
    widget = MainWindow(Session(store), preferences.settings())
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def laptop(tmp_path):
    """Another computer with its own data, handing over workbooks."""
    with Store.open(tmp_path / "laptop.sqlite3", operator="am01") as other:
        demo.generate(other, 20, seed=2)
        yield other


def workbook_rows(path: Path, sheet: str) -> list[dict]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def edited(source: Path, target: Path, edit) -> Path:
    book = openpyxl.load_workbook(source)
    edit(book)
    book.save(target)
    return target


def import_files(window, monkeypatch, files, user) -> list[ImportPreviewDialog]:
    """File → 导入交换文件…, picking `files`; `user(dialog)` looks at the preview and
    answers (clicks 导入 or closes it)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(f) for f in files], ""))
    shown = []
    answer_dialogs(monkeypatch, ImportPreviewDialog, user, shown)
    window.exchange.import_action.trigger()
    return shown


def click_import(dialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()


def summary_row(dialog, sheet_label: str) -> dict[str, str]:
    table = dialog.summary
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    sheet = headers.index("工作表")
    for row in range(table.rowCount()):
        if table.text(row, sheet) == sheet_label:
            return {h: table.text(row, c) for c, h in enumerate(headers)}
    raise AssertionError(f"no summary row for {sheet_label}")


# -- export --------------------------------------------------------------------------------
def test_export_writes_everything_then_only_the_changes(window, store, tmp_path, monkeypatch):
    demo.generate(store, 30, seed=3)
    answers = Answers(monkeypatch)
    suggested, targets = [], iter([tmp_path / "full", tmp_path / "changes.xlsx"])

    def save_as(parent, title, default, filters):
        suggested.append(default)
        return str(next(targets)), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    seen = []

    def choose(dialog, full: bool):
        seen.append((dialog.changes.isEnabled(), dialog.last_label.text()))
        (dialog.full if full else dialog.changes).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: choose(dialog, full=True))
    window.exchange.export_action.trigger()
    assert seen[0] == (False, "本机还没有导出过，第一次请导出全部数据。")
    assert Path(suggested[0]).name.startswith(f"fieldapp-{store.device_id}-")
    full = tmp_path / "full.xlsx"  # the extension is added
    assert len(workbook_rows(full, "households")) == store.households.count() == 30
    assert len(workbook_rows(full, "communities")) == store.communities.count()
    assert str(full) in answers.warned[0] and "全部数据" in answers.warned[0]
    assert "住户：30 条" in answers.warned[0]

    household = store.households.get(store.households.search("")[0].uuid)
    window.session.save_household(dataclasses.replace(household, notes="复查过"))
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: choose(dialog, full=False))
    window.exchange.export_action.trigger()
    enabled, label = seen[1]
    assert enabled and label.startswith("上次导出：20")
    rows = workbook_rows(tmp_path / "changes.xlsx", "households")
    assert [(r["记录编号"], r["备注"]) for r in rows] == [(household.uuid, "复查过")]
    assert "以来的变更" in answers.warned[1] and "住户：1 条" in answers.warned[1]


def test_cancelling_the_file_choice_writes_nothing(window, store, tmp_path, monkeypatch):
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    window.exchange.export_action.trigger()  # no message expected (unanswered would fail)
    assert last_export(store) == ""


# -- import --------------------------------------------------------------------------------
def test_preview_counts_per_sheet_and_lists_rejected_rows_then_imports(
        window, store, laptop, tmp_path, monkeypatch, qtbot):
    book = export_workbook(laptop, tmp_path / "laptop.xlsx").path

    def damage(wb):
        sheet = wb["households"]
        column = {cell.value: cell.column for cell in sheet[1]}
        sheet.cell(3, column["姓名"]).value = None
        sheet.cell(4, column["身份证号"]).value = VALID_ID[:-1] + "3"
        sheet.cell(1, sheet.max_column + 1).value = "自己加的列"
    damaged = edited(book, tmp_path / "damaged.xlsx", damage)
    households = laptop.households.count()
    answers = Answers(monkeypatch)
    window.show()
    assert window.households_page.model.rowCount() == 0

    def look_then_import(dialog):
        assert dialog.windowTitle() == "导入预览"
        row = summary_row(dialog, "住户")
        assert row["文件"] == "damaged.xlsx"
        assert row["来自"].startswith(f"{laptop.device_id} · am01 · ")  # no readable name
        assert (row["新增"], row["拒绝"], row["冲突"]) == (str(households - 2), "2", "")
        assert summary_row(dialog, "小区")["新增"] == str(laptop.communities.count())
        new = len(dialog.plan.by_outcome(Outcome.NEW))
        rejected = len(dialog.plan.by_outcome(Outcome.REJECTED))
        assert dialog.headline.text() == (
            f"将新增 {new} 条、更新 0 条、删除 0 条记录。\n"
            f"{rejected} 行有问题，不会导入，原因见“有问题的行”。")
        rejected = {(dialog.rejected.text(r, 1), dialog.rejected.text(r, 2),
                     dialog.rejected.text(r, 3)): dialog.rejected.text(r, 4)
                    for r in range(dialog.rejected.rowCount())}
        assert rejected[("住户", "3", "姓名")] == "必填，不能为空"
        assert "校验" in rejected[("住户", "4", "身份证号")]
        assert "自己加的列" in dialog.warnings.toPlainText()
        tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert tabs[0].startswith("有问题的行 (") and tabs[1] == "提示 (1)"
        dialog.rejected.copy_all()
        assert "damaged.xlsx\t住户\t3\t姓名\t必填，不能为空" in QGuiApplication.clipboard().text()
        report = tmp_path / "问题报告.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args, **kwargs: (str(report.with_suffix("")), ""))
        assert dialog.report_button.isVisible()
        dialog.report_button.click()
        assert openpyxl.load_workbook(report).sheetnames[0] == "摘要"  # the counts first
        rows = workbook_rows(report, "拒绝的行")
        assert {(r["行号"], r["列"]) for r in rows} == {(3, "姓名"), (4, "身份证号")}
        assert answers.warned.pop() == f"报告已保存到 {report}"
        click_import(dialog)

    import_files(window, monkeypatch, [damaged], look_then_import)
    assert store.households.count() == households - 2
    assert window.households_page.model.rowCount() == households - 2  # the page refreshed
    assert window.communities_page.model.rowCount() == laptop.communities.count()
    message = answers.warned[0]
    added = every_record(store)
    assert message.startswith(f"导入完成：新增 {added} 条，更新 0 条，删除 0 条。")
    assert "行没有导入" in message
    backup = Path(message.split("备份到：\n")[1].strip())
    assert backup.exists() and backup.parent == Path(store.path).parent


def test_a_refused_file_shows_why_and_offers_no_import(window, store, laptop, tmp_path,
                                                       monkeypatch):
    good = export_workbook(laptop, tmp_path / "laptop.xlsx").path
    renamed = tmp_path / "roster.xlsx"
    renamed.write_text("户号,姓名\n0330012345,张三\n", encoding="utf-8")

    def look_then_close(dialog):
        assert dialog.import_button is None and dialog.summary is None
        roles = [dialog.buttons.buttonRole(b) for b in dialog.buttons.buttons()]
        assert QDialogButtonBox.ButtonRole.AcceptRole not in roles
        assert dialog.refusals.rowCount() == 1
        assert dialog.refusals.text(0, 0) == "roster.xlsx"
        assert "改了扩展名的 CSV" in dialog.refusals.text(0, 1)
        assert "没有导入任何数据" in dialog.headline.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    shown = import_files(window, monkeypatch, [good, renamed], look_then_close)
    assert len(shown) == 1  # and no message: nothing was imported
    assert store.households.count() == 0 and store.communities.count() == 0


def test_conflicts_chosen_in_the_preview_and_deferred_ones_decided_later(
        window, store, laptop, tmp_path, monkeypatch, qtbot):
    answers = Answers(monkeypatch)
    first = export_workbook(laptop, tmp_path / "1.xlsx").path
    import_files(window, monkeypatch, [first], click_import)
    take, later = [h.uuid for h in laptop.households.search("")[:2]]
    for uuid in (take, later):  # changed on both sides since that exchange
        here = store.households.get(uuid)
        window.session.save_household(dataclasses.replace(here, notes="主管改的"))
        there = laptop.households.get(uuid)
        laptop.households.save(dataclasses.replace(there, name="改名了", notes="台区经理改的"))
    second = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path
    account = store.households.get(take).account_no

    def decide(dialog):
        table = dialog.conflicts
        assert table.rowCount() == 2 and dialog.tabs.tabText(0) == "冲突 (2)"
        # nothing else changes, but the deferred conflicts are kept: the button says so
        assert dialog.import_button.text() == "记下 2 条待处理冲突(&I)"
        titles = [table.text(r, 1) for r in range(table.rowCount())]
        row = next(r for r, title in enumerate(titles) if account in title)
        assert table.text(row, 0) == "住户" and "内容不同" in table.text(row, 2)
        assert (table.text(row, 3), table.text(row, 4)) == ("2", "2")
        table.setFocus()
        table.selectRow(row)
        pane = dialog.differences
        assert account in pane.caption.text() and "本机第 2 版" in pane.caption.text()
        assert [pane.table.text(r, 0) for r in range(pane.table.rowCount())] == ["姓名", "备注"]
        qtbot.keyClick(table, Qt.Key.Key_T)  # T: take the file's version
        assert table.choices() == {take: THEIRS, later: "defer"}
        assert table.text(row, 5) == "采用文件"
        assert dialog.import_button.text() == "处理 1 条冲突并记下 1 条待处理冲突(&I)"
        click_import(dialog)

    import_files(window, monkeypatch, [second], decide)
    taken = store.households.get(take)
    assert (taken.name, taken.notes) == ("改名了", "台区经理改的")
    assert store.households.get(later).notes == "主管改的"
    assert [c["uuid"] for c in open_conflicts(store)] == [later]
    assert "采用文件 1 条，保留本机 0 条，暂缓 1 条" in answers.warned[-1]
    page = window.households_page
    assert page.model.index(page.model.row_of(take), NAME).data() == "改名了"
    assert window.exchange.conflicts_action.text() == "待处理冲突 (1)(&C)…"

    def settle(dialog):
        dialog.show()
        assert dialog.table.rowCount() == 1
        assert "1 条冲突" in dialog.intro.text()
        shown = {dialog.pane.table.text(r, 0): (dialog.pane.table.text(r, 1),
                                                dialog.pane.table.text(r, 2))
                 for r in range(dialog.pane.table.rowCount())}
        assert shown["备注"] == ("主管改的", "台区经理改的")
        assert shown["姓名"][1] == "改名了"
        dialog.table.selectRow(0)
        dialog.theirs_button.click()
        assert dialog.table.rowCount() == 0 and dialog.intro.text() == "没有待处理的冲突。"
        assert not dialog.theirs_button.isEnabled()

    monkeypatch.setattr(PendingConflictsDialog, "exec", settle)
    window.exchange.conflicts_action.trigger()
    assert store.households.get(later).notes == "台区经理改的"
    assert open_conflicts(store) == []
    assert window.exchange.conflicts_action.text() == "待处理冲突(&C)…"


def test_a_delete_against_a_local_edit_shows_the_record_and_keeping_mine_keeps_it(
        window, store, laptop, tmp_path, monkeypatch, qtbot):
    Answers(monkeypatch)
    import_files(window, monkeypatch, [export_workbook(laptop, tmp_path / "1.xlsx").path],
                 click_import)
    without_requests = {h.uuid for h in laptop.households.search("")} - {
        r.request.household_uuid for r in laptop.charger_requests.listing()}
    uuid = sorted(without_requests)[0]
    gone = laptop.households.get(uuid)
    laptop.households.delete(uuid, gone.rev)
    here = store.households.get(uuid)
    window.session.save_household(dataclasses.replace(here, notes="刚上门核实过"))
    book = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path

    def keep_mine(dialog):
        table = dialog.conflicts
        assert summary_row(dialog, "删除记录")["冲突"] == "1"
        assert table.text(0, 1) == f"{here.name}（户号 {here.account_no}）"
        assert table.text(0, 4) == f"{gone.rev + 1}（删除）"
        assert "文件中已删除" in dialog.differences.caption.text()
        assert dialog.differences.table.text(0, 2) == "（已删除）"
        qtbot.keyClick(table, Qt.Key.Key_M)
        click_import(dialog)

    import_files(window, monkeypatch, [book], keep_mine)
    kept = store.households.get(uuid)
    assert kept.notes == "刚上门核实过" and kept.rev > gone.rev + 1  # wins at the laptop too
    assert open_conflicts(store) == []


def test_a_file_whose_only_changes_are_deferred_conflicts_is_imported_and_they_wait(
        window, store, laptop, tmp_path, monkeypatch):
    answers = Answers(monkeypatch)
    import_files(window, monkeypatch, [export_workbook(laptop, tmp_path / "1.xlsx").path],
                 click_import)
    uuids = [h.uuid for h in laptop.households.search("")[:3]]
    for uuid in uuids:
        here = store.households.get(uuid)
        window.session.save_household(dataclasses.replace(here, notes="主管改的"))
        there = laptop.households.get(uuid)
        laptop.households.save(dataclasses.replace(there, notes="台区经理改的"))
    book = export_workbook(laptop, tmp_path / "2.xlsx", since=last_export(laptop)).path

    def keep_for_later(dialog):
        assert dialog.plan.changes == 0 and dialog.conflicts.rowCount() == 3
        assert set(dialog.choices().values()) == {"defer"}
        assert dialog.import_button.text() == "记下 3 条待处理冲突(&I)"
        click_import(dialog)

    import_files(window, monkeypatch, [book], keep_for_later)
    assert sorted(c["uuid"] for c in open_conflicts(store)) == sorted(uuids)
    assert "暂缓 3 条" in answers.warned[-1] and "待处理冲突" in answers.warned[-1]
    assert window.exchange.conflicts_action.text() == "待处理冲突 (3)(&C)…"

    def already_waiting(dialog):  # the same file again: nothing new to keep
        assert not dialog.import_button.isEnabled()
        assert "已在“文件 → 待处理冲突”中等待处理" in dialog.hint.text()
        dialog.reject()

    import_files(window, monkeypatch, [book], already_waiting)

    def listed(dialog):
        dialog.show()
        titles = {dialog.table.text(r, 1) for r in range(dialog.table.rowCount())}
        assert titles == {f"{h.name}（户号 {h.account_no}）"
                          for h in map(store.households.get, uuids)}

    monkeypatch.setattr(PendingConflictsDialog, "exec", listed)
    window.exchange.conflicts_action.trigger()


def test_a_value_the_file_would_blank_is_shown_and_said_when_taken(
        window, store, laptop, tmp_path, monkeypatch):
    """Merged cells in a spreadsheet leave the rows below blank at the same version."""
    answers = Answers(monkeypatch)
    book = export_workbook(laptop, tmp_path / "1.xlsx").path
    import_files(window, monkeypatch, [book], click_import)
    rows = workbook_rows(book, "households")
    address, uuid = rows[1]["地址"], rows[1]["记录编号"]
    assert address and rows[0]["地址"] != address

    def merge(wb):
        column = [c.value for c in wb["households"][1]].index("地址") + 1
        wb["households"].merge_cells(start_row=2, start_column=column, end_row=3,
                                     end_column=column)
    merged = edited(book, tmp_path / "merged.xlsx", merge)

    def look(dialog):
        assert "地址 是空的" in dialog.conflicts.text(0, 2)
        pane = dialog.differences.table
        assert [(pane.text(r, 0), pane.text(r, 1), pane.text(r, 2))
                for r in range(pane.rowCount())] == [("地址", address, "（空）")]
        assert pane.item(0, 2).foreground().color().name() == "#b00020"
        assert address in pane.item(0, 2).toolTip()
        click_import(dialog)

    import_files(window, monkeypatch, [merged], look)
    assert "暂缓 1 条" in answers.warned[-1]

    def take(dialog):
        dialog.show()
        dialog.table.selectRow(0)
        dialog.theirs_button.click()
        assert dialog.outcome.isVisible()
        assert dialog.outcome.text().endswith(f"改了 1 个字段：地址：{address} → （空）")

    monkeypatch.setattr(PendingConflictsDialog, "exec", take)
    window.exchange.conflicts_action.trigger()
    assert store.households.get(uuid).address == ""


def test_the_import_button_carries_its_access_key_inside_english_text(qapp, store, laptop,
                                                                      tmp_path):
    from fieldapp import app as fieldapp_app
    from fieldapp.domain.messages import set_language
    from fieldapp.exchange.importer import plan_import

    plan = plan_import(store, [export_workbook(laptop, tmp_path / "1.xlsx").path])
    translators = fieldapp_app.install_translations(qapp, "en")
    set_language("en")
    try:
        dialog = ImportPreviewDialog(plan, [])
        assert dialog.import_button.text() == f"&Import {plan.changes:,} changes"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_preview_says_which_laptop_and_who_each_file_came_from(
        window, store, tmp_path, monkeypatch, qtbot):
    with Store.open(tmp_path / "east.sqlite3", operator="am07") as east:
        east.set_operator("陈建国", "10023", "城东所-笔记本3")
        demo.generate(east, 5, seed=4)
        book = export_workbook(east, tmp_path / "east.xlsx").path
    assert ("device_name", "城东所-笔记本3") in [
        (row["key"], row["value"]) for row in workbook_rows(book, "_meta")]
    seen = []

    def look(dialog):
        seen.append(summary_row(dialog, "住户")["来自"])
        dialog.reject()
    import_files(window, monkeypatch, [book], look)
    assert seen and seen[0].startswith("城东所-笔记本3 · 陈建国(10023) · 20")


def test_a_hand_edited_export_time_is_shown_as_written_not_a_crash():
    from fieldapp.ui.exchange.describe import file_origin

    assert file_origin({"device_id": "3F2A9C01", "operator": "am01",
                        "exported_at": "2026/11/24 18:02"}) == "3F2A9C01 · am01 · 2026/11/24 18:02"
    assert file_origin({"device_id": "3F2A9C01"}) == "3F2A9C01"
