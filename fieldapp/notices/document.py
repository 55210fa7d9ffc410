"""The page every notice is printed on: A4, the bundled CJK font embedded as a subset,
the supply company's letterhead, the title with a QR code, page numbers when a notice
runs over a page, fixed metadata.

`render(frame, body)` turns a notice's frame (who issues it, its number) and its body
(layout blocks: paragraph, grid, title_block, Gap) into PDF bytes; `render_batch` puts
many into one file, each notice with its own letterhead and page count. The same inputs
give the same bytes: reportlab's invariant mode, and the creation date taken from the
issue time, so a reprint can be checked against the register.
"""
from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldapp.domain.messages import MESSAGES, language, msg, set_language
from fieldapp.notices import fonts
from fieldapp.notices.fonts import FONT_NAME, LATIN_FONT, register_font
from fieldapp.notices.layout import Block, Gap, Grid, Style, Text, TitleBlock
from fieldapp.notices.layout import paginate as _paginate
from fieldapp.notices.pen import Pen

__all__ = ["FONT_NAME", "LATIN_FONT", "Frame", "Gap", "Part", "grid", "paragraph",
           "qr_text", "register_font", "render", "render_batch", "speaking", "styles",
           "title_block"]

MESSAGES.update({
    "notice.page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "notice.number": ("编号：{number}", "No. {number}"),
    "notice.scan": ("扫码核验", "Scan to verify"),
})

PRODUCER = "FieldApp notices"
RED = colors.HexColor("#C00000")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 34 * mm  # the company's name and rule above the body on every page
BOTTOM = 18 * mm
PADDING = 6  # between the margins and the body
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * PADDING
BODY_TOP = PAGE_HEIGHT - HEADER_HEIGHT - PADDING
BODY_HEIGHT = BODY_TOP - BOTTOM - PADDING
QR_SIZE = 22 * mm
QR_PREFIX = "FIELDAPP-NOTICE"


@dataclass(frozen=True)
class Frame:
    """What surrounds a notice's body: the issuer, the notice's identity and metadata."""

    company: str             # 国网温州供电公司
    station: str             # the office that issues it (may be empty)
    number: str              # the notice number (register)
    title: str               # the PDF's title (the notice kind's name)
    issued_stamp: str        # the notice's issue time, UTC stamp: the PDF's creation date


@dataclass(frozen=True)
class Part:
    """One notice of a batch: its frame, its body, the language it speaks."""

    frame: Frame
    story: list
    language: str


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Messages in `lang` for the duration (a notice speaks the language it was issued in)."""
    before = language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def qr_text(snapshot: dict) -> str:
    """What a notice's QR code carries: its number, its record's number, its short hash."""
    return "|".join((QR_PREFIX, snapshot["number"], snapshot["record_no"], snapshot["hash"]))


_GREY = colors.HexColor("#222222")
_STYLES = {
    "body": Style(10.5, 15),
    "title": Style(18, 24, align="centre", after=2 * mm),
    "subtitle": Style(10, 14, colour=colors.HexColor("#333333"), align="centre"),
    "cell": Style(10, 13.5),
    "label": Style(10, 13.5, colour=_GREY),
    "heading": Style(11.5, 16, before=2 * mm, after=1 * mm, keep_with_next=True),
    "small": Style(8.5, 11.5, colour=colors.HexColor("#444444")),
    "caption": Style(7, 9, colour=colors.HexColor("#444444"), align="centre"),
}


def styles() -> dict[str, Style]:
    """The text styles of notices (the CJK font's text broken per character, Latin
    text per word)."""
    return dict(_STYLES)


def paragraph(text: str, style: Style) -> Text:
    """A paragraph of plain text (line breaks kept)."""
    return Text(text, style)


def grid(rows: list[list], widths: list[float], header: bool = False,
         label_columns: tuple[int, ...] = (),
         spans: list[tuple[int, int, int, int]] = (), boxes_only: bool = False) -> Grid:
    """A bordered table of paragraphs; label columns shaded, an optional header row,
    cells spanned (col0, row, col1, row); `boxes_only`: a box per column, no rows
    (a signature area, kept on one page)."""
    return Grid(rows, widths, header, label_columns, spans, boxes_only)


def title_block(title: str, content_hash: str, number: str, qr_text: str) -> TitleBlock:
    """The notice's title centred, its QR code (with the short hash) at the right."""
    caption = Text(f"{msg('notice.scan')} {content_hash}", _STYLES["caption"])
    return TitleBlock(Text(title, _STYLES["title"]), caption, qr_text, QR_SIZE,
                      QR_SIZE + 10 * mm)


def _pdf_date(stamp: str) -> str:
    """2026-11-24T09:30:00.000Z → D:20261124093000Z (the PDF's date form, in UTC)."""
    digits = "".join(ch for ch in stamp[:19] if ch.isdigit())
    return f"D:{digits}Z"


def _draw_text(pen: Pen, x: float, y: float, text: str, size: float,
               align: str = "left", mode: int = 0) -> None:
    runs, width = fonts.measured(text)
    x -= {"left": 0, "centre": width * size / 2, "right": width * size}[align]
    pen.text(x, y, runs, size, mode)


def _letterhead(pen: Pen, frame: Frame) -> None:
    """The company's name in red over a double rule, the station and the number below."""
    top = PAGE_HEIGHT - 12 * mm
    pen.fill(RED)
    pen.stroke(RED, 0.5)
    size = 22 if len(frame.company) <= 14 else 16
    _draw_text(pen, PAGE_WIDTH / 2, top - 8 * mm, frame.company, size, "centre", 2)
    rule = top - 13 * mm
    pen.stroke(RED, 2)
    pen.rules([(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)])
    pen.stroke(RED, 0.6)
    pen.rules([(MARGIN, rule - 1.2 * mm, PAGE_WIDTH - MARGIN, rule - 1.2 * mm)])
    pen.fill(colors.black)
    below = rule - 1.2 * mm - 4.5 * mm
    if frame.station:
        _draw_text(pen, MARGIN, below, frame.station, 9.5)
    _draw_text(pen, PAGE_WIDTH - MARGIN, below, msg("notice.number", number=frame.number),
               9.5, "right")


def _draw_notice(canvas: Canvas, frame: Frame, body: list[Block]) -> None:
    """The notice's pages onto `canvas`, each with the letterhead, numbered when more
    than one (in the current language)."""
    pages = _paginate(body, BODY_WIDTH, BODY_HEIGHT)
    left = MARGIN + PADDING
    pen = Pen(canvas)
    for number, pieces in enumerate(pages, 1):
        _letterhead(pen, frame)
        for offset, (_, draw) in pieces:
            draw(pen, left, BODY_TOP - offset)
        if len(pages) > 1:
            pen.fill(colors.black)
            _draw_text(pen, PAGE_WIDTH / 2, 10 * mm,
                       msg("notice.page", page=number, pages=len(pages)), 9, "centre")
        pen.flush()
        canvas.showPage()


def _canvas(buffer: io.BytesIO, frame: Frame) -> Canvas:
    """An invariant canvas whose metadata says what the file is (the subject is the
    notice's number: `notice verify` reads it)."""
    canvas = Canvas(buffer, pagesize=A4, invariant=1,
                    initialFontName=LATIN_FONT)  # else Helvetica, not embedded, is listed
    canvas.setDateFormatter(lambda *_: _pdf_date(frame.issued_stamp))
    canvas.setTitle(frame.title)
    canvas.setAuthor(frame.company)
    canvas.setSubject(frame.number)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    return canvas


def render(frame: Frame, body: list[Block]) -> bytes:
    """The notice as PDF bytes (byte-identical for the same frame and body)."""
    register_font()
    buffer = io.BytesIO()
    canvas = _canvas(buffer, frame)
    _draw_notice(canvas, frame, body)
    canvas.save()
    return buffer.getvalue()


def render_batch(batch: Frame, parts: Iterable[Part]) -> bytes:
    """Several notices as one PDF (fonts embedded once), each starting on a new page with
    its own letterhead, QR code and page numbers in its own language; byte-identical for
    the same inputs. `parts` may be a generator: each notice is drawn as it comes."""
    register_font()
    buffer = io.BytesIO()
    canvas = _canvas(buffer, batch)
    for part in parts:
        with speaking(part.language):
            _draw_notice(canvas, part.frame, part.story)
    canvas.save()
    return buffer.getvalue()
