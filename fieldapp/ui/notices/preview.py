"""The preview of an issued notice (QPdfView over the PDF bytes) with 打印… and 另存为…,
and `open_notice`, which any page calls to issue (or reprint) a record's notice and show it.

The dialog shows exactly the bytes the register hashed: printing renders those pages onto
the printer, saving writes those bytes (whole or not at all, notices.issue.write_pdf), so
the saved file verifies against the register.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRect, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.notices.kinds import kind_of
from fieldapp.ui.shared.file_dialogs import save_file
from fieldapp.ui.shared.screen_fit import default_geometry

if TYPE_CHECKING:  # (the notices' modules bring reportlab: not loaded at start-up)
    from fieldapp.notices.issue import Issued

translate = QCoreApplication.translate
PREFERRED = QSize(820, 1000)  # a whole A4 width readable; shortened to fit the screen
PRINT_DPI = 300  # enough for text and the QR code; a 1200 dpi page image would be ~0.5 GB


class NoticePreview(QDialog):
    """An issued (or reprinted) notice: the pages fitted to the width, page navigation
    when there is more than one, and 打印…, 另存为…, 关闭."""

    def __init__(self, issued: Issued, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.issued = issued
        self.setWindowTitle(title)
        self._bytes = QByteArray(issued.pdf)
        self._buffer = QBuffer(self._bytes, self)  # the document reads it while open
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status_label = QLabel(self._status_text(), self)
        self.status_label.setWordWrap(True)

        self.previous_button = QPushButton(self.tr("上一页"), self)
        self.next_button = QPushButton(self.tr("下一页"), self)
        self.page_label = QLabel(self)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_button)
        pages.addStretch(1)
        many = self.document.pageCount() > 1
        for widget in (self.previous_button, self.page_label, self.next_button):
            widget.setVisible(many)

        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("打印(&P)…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(
            self.tr("另存为(&S)…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(
            self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_notice)
        self.save_button.clicked.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(pages)
        layout.addWidget(self.buttons)
        screen = (parent or self).screen() or QGuiApplication.primaryScreen()
        self.resize(default_geometry(screen.availableGeometry(), PREFERRED).size())
        self._show_page(0)

    def _status_text(self) -> str:
        notice = self.issued.notice
        text = (self.tr("补打 %1（第 %2 次补打）").replace("%1", notice.number)
                .replace("%2", str(notice.reprints)) if self.issued.reprint else
                self.tr("已出具 %1").replace("%1", notice.number))
        if not self.issued.same_as_issued:
            text += self.tr("——注意：与出具时的文件不完全相同（程序或字体版本不同）")
        return text

    # -- pages ---------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        page = max(0, min(page, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _show_page(self, page: int) -> None:
        count = self.document.pageCount()
        self.page_label.setText(self.tr("第 %1 / %2 页").replace("%1", str(page + 1))
                                .replace("%2", str(count)))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # -- print and save ------------------------------------------------------------------
    def print_notice(self) -> bool:
        """Ask for a printer, then draw every page onto it; False when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.issued.notice.number)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.windowTitle())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.render_onto(dialog.printer())
        return True

    def render_onto(self, printer: QPrinter) -> None:
        """Every page as an image of at most PRINT_DPI, scaled into the printable area
        with its proportions kept."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("无法开始打印"))
            return
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            dpi = min(printer.resolution(), PRINT_DPI)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72),
                             round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRect(0, 0, round(size.width() * scale),
                               round(size.height() * scale))
                painter.drawImage(target, image)
        finally:
            painter.end()

    def save_as(self) -> str:
        """Write the notice's bytes where the user chooses; the path, or "" when
        cancelled or refused (the reason shown)."""
        path = save_file(self, self.tr("保存通知"), f"{self.issued.notice.number}.pdf",
                         self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return ""
        from fieldapp.notices.issue import write_pdf

        try:
            write_pdf(path, self.issued.pdf)
        except ValueError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return ""
        return path


def open_notice(session, kind: str, record_uuid: str,
                parent: QWidget | None = None) -> NoticePreview | None:
    """Issue the notice `kind` of the record (a reprint once issued) through the session
    and show it in a window-modal preview, returned so the caller can keep and close it;
    None, after saying why in a message box, when the record cannot have it."""
    title = kind_of(kind).title
    try:
        issued = session.issue_notice(kind, record_uuid)
    except ValueError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    record_no = issued.notice.record_no
    if kind_of(kind).record_kind == "inspection":  # its number is its id: name the notice
        record_no = issued.notice.number
    text = (translate("NoticePreview", "补打%1 — %2") if issued.reprint
            else translate("NoticePreview", "%1 — %2"))
    preview = NoticePreview(issued, text.replace("%1", title).replace("%2", record_no),
                            parent)
    preview.open()  # window-modal, returns at once
    return preview
