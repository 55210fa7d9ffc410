"""Generating demo data from the window, off the GUI thread, with progress."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from fieldapp.ui.shared.session import Session
from fieldapp.ui.shared.tasks import Progress, run_task

FIRST_START_HOUSEHOLDS = 2000
translate = QCoreApplication.translate


def generate_demo(parent: QWidget, session: Session, households: int, seed: int = 1) -> None:
    """Add `households` demo households (and their communities) in the background."""
    path, operator = session.path, session.store.operator

    def job(progress: Progress):
        from fieldapp import demo
        from fieldapp.store import Store

        with Store.open(path, operator=operator) as store:
            return demo.generate(store, households, seed=seed, progress=progress.report,
                                 cancelled=progress.cancelled)

    def done(result) -> None:
        session.data_replaced()

    def failed(error: BaseException) -> None:
        from fieldapp.demo import Cancelled

        if not isinstance(error, Cancelled):
            QMessageBox.warning(parent, translate("DemoOffer", "演示数据"), str(error))

    run_task(parent, translate("DemoOffer", "正在生成演示数据…"), job, done, failed)


def offer_demo_data(parent: QWidget, session: Session) -> bool:
    """On first start with an empty database: offer demo data. True if generated."""
    answer = QMessageBox.question(
        parent, translate("DemoOffer", "欢迎使用现场服务助手"),
        translate("DemoOffer", "数据库还是空的。要生成一批演示数据（%1 户住户及其小区）"
                  "来熟悉程序吗？\n以后也可以在“文件 → 生成演示数据”中生成。")
        .replace("%1", f"{FIRST_START_HOUSEHOLDS:,}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    generate_demo(parent, session, FIRST_START_HOUSEHOLDS)
    return True


def ask_and_generate(parent: QWidget, session: Session) -> None:
    n, ok = QInputDialog.getInt(parent, translate("DemoOffer", "生成演示数据"),
                                translate("DemoOffer", "住户数量："), 1000, 1, 2_000_000, 1000)
    if ok:
        generate_demo(parent, session, n, seed=session.store.households.count() + 1)
