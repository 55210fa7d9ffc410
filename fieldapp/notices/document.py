"""The page every notice is printed on: A4, the bundled CJK font embedded as a subset,
the supply company's header, a QR code, page numbers, fixed metadata.

`render(frame, story)` turns a notice's frame (who issues it, its number, its QR text)
and its body (platypus flowables) into PDF bytes. The same inputs give the same bytes:
reportlab's invariant mode, and the creation date taken from the notice's issue time,
so a reprint can be checked against the register's SHA-256.
"""
from __future__ import annotations

import functools
import io
import itertools
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from fieldapp.domain.messages import MESSAGES, msg

MESSAGES.update({
    "notice.font_missing": ("找不到通知书所用的字体文件 {path}，无法生成 PDF（请重新安装程序）",
                            "The notices' font file {path} is missing; no PDF can be made "
                            "(reinstall the program)"),
    "notice.font_bad": ("字体文件 {path} 无法读取（{detail}），无法生成 PDF",
                        "The font file {path} cannot be read ({detail}); no PDF can be made"),
    "notice.page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "notice.number": ("编号：{number}", "No. {number}"),
    "notice.scan": ("扫码核验", "Scan to verify"),
})

FONT_NAME = "FieldAppCJK"
FONT_FILE = ("fonts", "DroidSansFallbackFull.ttf")
# The CJK font has no Latin letters or digits: those are set in Bitstream Vera, the
# TrueType font reportlab ships (embedded as a subset too).
LATIN_FONT = "FieldAppLatin"
PRODUCER = "FieldApp notices"
RED = colors.HexColor("#C00000")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 34 * mm  # the company's name and rule above the body on every page
_registered: dict[str, Path] = {}
_cjk_chars: set[int] = set()


def font_path() -> Path:
    from fieldapp.paths import asset

    return asset(*FONT_FILE)


def latin_font_path() -> Path:
    import reportlab

    return Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def _load(name: str, path: Path) -> TTFont:
    if not path.is_file():
        raise ValueError(msg("notice.font_missing", path=path))
    try:
        font = TTFont(name, str(path))
    except (TTFError, OSError) as error:
        raise ValueError(msg("notice.font_bad", path=path, detail=error)) from None
    pdfmetrics.registerFont(font)
    return font


def register_font(path: Path | None = None) -> str:
    """Register the CJK TrueType font once (reportlab embeds the glyphs used as a
    subset); ValueError naming the file when it is missing or unreadable."""
    path = Path(path or font_path())
    if _registered.get(FONT_NAME) == path:
        return FONT_NAME
    _registered.pop(FONT_NAME, None)
    cjk = _load(FONT_NAME, path)
    if LATIN_FONT not in _registered:
        _load(LATIN_FONT, latin_font_path())
        _registered[LATIN_FONT] = latin_font_path()
    _cjk_chars.clear()
    _cjk_chars.update(cjk.face.charToGlyph)
    _registered[FONT_NAME] = path
    return FONT_NAME


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (font, text) runs: CJK where the CJK font has the glyph, Latin
    (letters, digits, ASCII punctuation) elsewhere."""
    register_font()
    result: list[tuple[str, str]] = []
    for char in text:
        font = FONT_NAME if ord(char) in _cjk_chars else LATIN_FONT
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + char)
        else:
            result.append((font, char))
    return result


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """Plain text as paragraph markup, Latin runs in the Latin font, line breaks kept."""
    parts = []
    for font, run in runs(text):
        run = _escaped(run).replace("\n", "<br/>")
        parts.append(run if font == FONT_NAME else f'<font name="{font}">{run}</font>')
    return "".join(parts)


def text_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs(text))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float,
              align: str = "left", mode: int = 0) -> None:
    """Draw a line of mixed CJK and Latin text (align left, centre or right of x);
    `mode` 2 fills and strokes (a heavier face for the letterhead)."""
    width = text_width(text, size)
    x -= {"left": 0, "centre": width / 2, "right": width}[align]
    line = canvas.beginText(x, y)
    line._code.append(f"{mode} Tr")  # always said: the mode outlives the text object
    for font, run in runs(text):
        line.setFont(font, size)
        line.textOut(run)
    if mode:
        line._code.append("0 Tr")
    canvas.drawText(line)


@dataclass(frozen=True)
class Frame:
    """What surrounds a notice's body: the issuer, the notice's identity and metadata."""

    company: str             # 国网温州供电公司
    station: str             # the office that issues it (may be empty)
    number: str              # the notice number (register)
    title: str               # the PDF's title (the notice kind's name)
    issued_stamp: str        # the notice's issue time, UTC stamp: the PDF's creation date


QR_PREFIX = "FIELDAPP-NOTICE"


def qr_text(snapshot: dict) -> str:
    """What a notice's QR code carries: its number, its record's number, its short hash."""
    return "|".join((QR_PREFIX, snapshot["number"], snapshot["record_no"], snapshot["hash"]))


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of notices, in the CJK font (CJK line breaking)."""
    font = register_font()
    base = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15,
                          wordWrap="CJK")
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24,
                                alignment=TA_CENTER, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=14,
                                   alignment=TA_CENTER, textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=13.5),
        "label": ParagraphStyle("label", parent=base, fontSize=10, leading=13.5,
                                textColor=colors.HexColor("#222222")),
        "heading": ParagraphStyle("heading", parent=base, fontSize=11.5, leading=16,
                                  spaceBefore=2 * mm, spaceAfter=1 * mm),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5,
                                textColor=colors.HexColor("#444444")),
    }


def grid(rows: list[list], widths: list[float], header: bool = False,
         label_columns: tuple[int, ...] = (),
         spans: list[tuple[int, int, int, int]] = (), boxes_only: bool = False) -> Table:
    """A bordered table of paragraphs; label columns shaded, an optional header row,
    cells spanned (col0, row0, col1, row1); `boxes_only`: a box per column, no rows
    (a signature area)."""
    table = Table(rows, colWidths=widths, hAlign="CENTER")
    lines = ([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
              ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.black)] if boxes_only
             else [("GRID", (0, 0), (-1, -1), 0.6, colors.black)])
    commands = [*lines, *(("SPAN", (a, b), (c, d)) for a, b, c, d in spans),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for column in label_columns:
        commands.append(("BACKGROUND", (column, 0), (column, -1), colors.HexColor("#F2F2F2")))
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")))
    table.setStyle(TableStyle(commands))
    return table


def _pdf_date(stamp: str) -> str:
    """2026-11-24T09:30:00.000Z → D:20261124093000Z (the PDF's date form, in UTC)."""
    digits = "".join(ch for ch in stamp[:19] if ch.isdigit())
    return f"D:{digits}Z"


def _canvas_class(frame: Frame):
    """A canvas that keeps the pages until the end, so that each can say how many
    there are (only when there is more than one)."""

    class NoticeCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: _pdf_date(frame.issued_stamp))
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                if total > 1:
                    draw_text(self, PAGE_WIDTH / 2, 10 * mm,
                              msg("notice.page", page=number, pages=total), 9, "centre")
                super().showPage()
            super().save()

    return NoticeCanvas


def _header(frame: Frame):
    def draw(canvas: Canvas, doc) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        canvas.setFillColor(RED)
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(0.5)
        size = 22 if len(frame.company) <= 14 else 16
        draw_text(canvas, PAGE_WIDTH / 2, top - 8 * mm, frame.company, size, "centre", 2)
        rule = top - 13 * mm
        canvas.setLineWidth(2)
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, rule - 1.2 * mm, PAGE_WIDTH - MARGIN, rule - 1.2 * mm)
        canvas.setFillColor(colors.black)
        below = rule - 1.2 * mm - 4.5 * mm
        if frame.station:
            draw_text(canvas, MARGIN, below, frame.station, 9.5)
        draw_text(canvas, PAGE_WIDTH - MARGIN, below,
                  msg("notice.number", number=frame.number), 9.5, "right")
        canvas.restoreState()
    return draw


QR_SIZE = 22 * mm


@functools.lru_cache(maxsize=4096)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's dark modules for `text`, row by row. Encoding (trying every mask
    pattern) is most of a QR code's cost, and a notice is drawn twice when it is issued
    in a batch (alone for its hash, then in the batch): encoded once."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return tuple(tuple(bool(dark) for dark in row) for row in qr.modules)


class QrCode(Flowable):
    """A QR code carrying `text`, `size` wide with a quiet zone of four modules, drawn
    as filled runs (reportlab's drawing renderer would list Helvetica, a font not
    embedded, and builds a shape per module: most of a notice's drawing time)."""

    BORDER = 4

    def __init__(self, text: str, size: float = QR_SIZE):
        super().__init__()
        self.modules = qr_modules(text)
        self.size = size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.BORDER)
        self.canv.setFillColor(colors.black)
        for r, row in enumerate(self.modules):
            column = 0
            for dark, run in itertools.groupby(map(bool, row)):
                length = len(list(run))
                if dark:
                    self.canv.rect((column + self.BORDER) * box,
                                   self.size - (r + self.BORDER + 1) * box,
                                   length * box, box, stroke=0, fill=1)
                column += length


def title_block(title: str, content_hash: str, number: str, qr_text: str) -> Table:
    """The notice's title centred, its QR code (with the short hash) at the right."""
    s = styles()
    side = QR_SIZE + 10 * mm
    caption = paragraph(f"{msg('notice.scan')} {content_hash}",
                        ParagraphStyle("caption", parent=s["small"], fontSize=7, leading=9,
                                       alignment=TA_CENTER))
    table = Table([["", [paragraph(title, s["title"])], [QrCode(qr_text), caption]]],
                  colWidths=[side, BODY_WIDTH - 2 * side, side], hAlign="CENTER")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                               ("ALIGN", (2, 0), (2, 0), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render(frame: Frame, story: list) -> bytes:
    """The notice as PDF bytes (byte-identical for the same frame and story)."""
    register_font()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=1, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=HEADER_HEIGHT, bottomMargin=18 * mm, title=frame.title,
        author=frame.company, subject=frame.number, creator=PRODUCER, producer=PRODUCER,
        initialFontName=LATIN_FONT)  # else Helvetica, a font not embedded, is listed
    document.build(story, onFirstPage=_header(frame), onLaterPages=_header(frame),
                   canvasmaker=_canvas_class(frame))
    return buffer.getvalue()


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (markup characters escaped)."""
    return Paragraph(markup(text), style)


BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # inside the frame's padding (6 pt a side)


class NoticeStart(Flowable):
    """Marks where a notice of a batch begins (after a page break): the pages from here
    on carry its header, page numbers and language."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.canv._notice = self.index


@dataclass(frozen=True)
class Part:
    """One notice of a batch: its frame, its body, the language it speaks."""

    frame: Frame
    story: list
    language: str


def _batch_canvas_class(batch: Frame, parts: list[Part]):
    """Like a notice's canvas, but each page gets the header and page numbers of the
    notice it belongs to, counted within that notice."""
    from fieldapp.domain.messages import language, set_language

    class BatchCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: _pdf_date(batch.issued_stamp))
            self._pages: list[dict] = []
            self._notice = 0

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            totals = [sum(1 for p in self._pages if p["_notice"] == i)
                      for i in range(len(parts))]
            seen = [0] * len(parts)
            before = language()
            try:
                for state in self._pages:
                    self.__dict__.update(state)
                    index = state["_notice"]
                    seen[index] += 1
                    set_language(parts[index].language)
                    _header(parts[index].frame)(self, None)
                    if totals[index] > 1:
                        draw_text(self, PAGE_WIDTH / 2, 10 * mm, msg(
                            "notice.page", page=seen[index], pages=totals[index]), 9, "centre")
                    super().showPage()
            finally:
                set_language(before)
            super().save()

    return BatchCanvas


def render_batch(batch: Frame, parts: list[Part]) -> bytes:
    """Several notices as one PDF (fonts embedded once), each starting on a new page with
    its own header, QR code and page numbers; byte-identical for the same inputs."""
    from reportlab.platypus import PageBreak

    register_font()
    story: list = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        story += [NoticeStart(index), *part.story]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=1, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=HEADER_HEIGHT, bottomMargin=18 * mm, title=batch.title,
        author=batch.company, subject=batch.number, creator=PRODUCER, producer=PRODUCER,
        initialFontName=LATIN_FONT)
    document.build(story, canvasmaker=_batch_canvas_class(batch, parts))
    return buffer.getvalue()
