"""A notice's body laid out straight onto the page: text broken into lines, tables of
such text with their rules, the title with the QR code, cut into pages.

platypus measured every CJK paragraph of every table cell again on each pass (30× the
cost of drawing the text). Notices need little of it: lines are broken per character in
Chinese and per word in Latin text (a closing mark stays with what it closes, an
opening one with what it opens), widths come from the fonts' cached advances, and a
block becomes pieces of fixed height (a line, a table row, a kept-together table) that
fill pages top to bottom.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors

from fieldapp.notices import fonts, qr
from fieldapp.notices.pen import Pen

# a closing mark never starts a line, an opening one never ends it
_NO_START = "，。、；：？！）》」』】〕〉”’…%,.;:?!)]}"
_NO_END = "（《「『【〔〈“‘([{"
_WIDE = "\u2e80-\uffff"  # ideographs, kana, full-width forms: a break around each
_ATOMS = re.compile(
    rf"\s+|[{re.escape(_NO_END)}]*(?:[^\s{_WIDE}]+|[{_WIDE}])[{re.escape(_NO_START)}]*")
CELL_PADDING = (6.0, 2.0, 3.0)  # left and right, top, bottom


@dataclass(frozen=True)
class Style:
    """How a text is set: size and leading in points, colour, alignment, space around."""

    size: float
    leading: float
    colour: colors.Color = colors.black
    align: str = "left"       # left or centre
    before: float = 0.0
    after: float = 0.0
    keep_with_next: bool = False  # a heading: moved to the next page with what follows


@dataclass(frozen=True)
class Line:
    runs: tuple[tuple[str, str], ...]
    width: float              # at the style's size


@functools.lru_cache(maxsize=65536)
def lines(text: str, width: float, size: float) -> tuple[Line, ...]:
    """`text` broken into lines no wider than `width` at `size` (hard breaks kept)."""
    out: list[Line] = []
    for paragraph in text.split("\n"):
        runs, measured = fonts.measured(paragraph)
        if measured * size <= width:  # most cells: one line, nothing to break
            out.append(Line(runs, measured * size))
            continue
        for line in _broken(paragraph, width / size):
            runs, measured = fonts.measured(line)
            out.append(Line(runs, measured * size))
    return tuple(out)


def _broken(text: str, width: float) -> list[str]:
    """Greedy breaking at 1 pt: `width` in text units."""
    result: list[str] = []
    line: list[str] = []
    used = 0.0
    for atom in _ATOMS.findall(text):
        if atom.isspace():
            if line:
                line.append(atom)
                used += fonts.width(atom)
            continue
        size = fonts.width(atom)
        if used + size > width and line:
            result.append("".join(line).rstrip())
            line, used = [], 0.0
        if size > width:  # a word longer than the line: cut it where it must
            for char in atom:
                advance = fonts.width(char)
                if used + advance > width and line:
                    result.append("".join(line))
                    line, used = [], 0.0
                line.append(char)
                used += advance
            continue
        line.append(atom)
        used += size
    if line or not result:
        result.append("".join(line).rstrip())
    return result


def baseline(top: float, style: Style) -> float:
    """The baseline of a line whose box (one leading high) starts at `top`: the glyphs'
    body centred in the box."""
    return top - style.leading / 2 - 0.36 * style.size


# A piece: its height and how to draw it with its top left corner at (x, top).
Piece = tuple[float, Callable[[Pen, float, float], None]]


class Block:
    """Something in a notice's body: cut into pieces for a given width."""

    before = 0.0
    after = 0.0

    def pieces(self, width: float) -> list[Piece]:
        raise NotImplementedError


class Text(Block):
    """A paragraph: a piece per line, so it may run over a page."""

    def __init__(self, text: str, style: Style):
        self.text, self.style = text, style
        self.before, self.after = style.before, style.after

    def lines(self, width: float) -> tuple[Line, ...]:
        return lines(self.text, width, self.style.size)

    def height(self, width: float) -> float:
        return len(self.lines(width)) * self.style.leading

    def draw(self, pen: Pen, x: float, top: float, width: float) -> None:
        style = self.style
        pen.fill(style.colour)
        y = baseline(top, style)
        for line in self.lines(width):
            offset = (width - line.width) / 2 if style.align == "centre" else 0.0
            pen.text(x + offset, y, line.runs, style.size)
            y -= style.leading

    def pieces(self, width: float) -> list[Piece]:
        style = self.style
        return [(style.leading, functools.partial(_draw_one, line, style, width))
                for line in self.lines(width)]


def _draw_one(line: Line, style: Style, width: float, pen: Pen, x: float,
              top: float) -> None:
    pen.fill(style.colour)
    offset = (width - line.width) / 2 if style.align == "centre" else 0.0
    pen.text(x + offset, baseline(top, style), line.runs, style.size)


class Gap(Block):
    """Empty space."""

    def __init__(self, height: float):
        self.height = height

    def pieces(self, width: float) -> list[Piece]:
        return [(self.height, lambda pen, x, top: None)]


GRID_SHADE = colors.HexColor("#F2F2F2")
HEADER_SHADE = colors.HexColor("#E6E6E6")


class Grid(Block):
    """A bordered table of texts (None or "" for an empty cell): label columns shaded, an
    optional header row, cells spanned to the right within a row ((col0, row, col1,
    row)); `boxes_only`: a box per column and no rules between rows (a signature area),
    kept on one page. Otherwise a piece per row, each drawing its own rules, so a table
    may run over a page."""

    def __init__(self, rows: list[list], widths: list[float], header: bool = False,
                 label_columns: tuple[int, ...] = (),
                 spans: list[tuple[int, int, int, int]] = (), boxes_only: bool = False):
        self.rows, self.widths, self.header = rows, list(widths), header
        self.label_columns, self.boxes_only = label_columns, boxes_only
        self.spans = {row: (first, last) for first, row, last, _ in spans}

    def _cells(self, r: int) -> list[tuple[float, float, Text | None, int]]:
        """(x offset, width, text, first column) of each cell of row `r`."""
        first, last = self.spans.get(r, (-1, -1))
        out, x = [], 0.0
        for c, cell in enumerate(self.rows[r]):
            width = self.widths[c]
            if first < c <= last:
                out[-1] = (out[-1][0], out[-1][1] + width, out[-1][2], out[-1][3])
            else:
                out.append((x, width, cell or None, c))
            x += width
        return out

    def _row_height(self, cells) -> float:
        side, top, bottom = CELL_PADDING
        tallest = max((cell.height(w - 2 * side) for _, w, cell, _ in cells if cell),
                      default=0.0)
        return tallest + top + bottom

    def _draw_row(self, r: int, cells, height: float, pen: Pen, x: float,
                  top: float) -> None:
        side, pad_top, pad_bottom = CELL_PADDING
        for offset, width, cell, column in cells:
            shade = (HEADER_SHADE if self.header and r == 0 else
                     GRID_SHADE if column in self.label_columns else None)
            if shade is not None:
                pen.fill(shade)
                pen.rect(x + offset, top - height, width, height)
        for offset, width, cell, _ in cells:
            if cell is not None:
                inner = width - 2 * side
                space = height - pad_top - pad_bottom - cell.height(inner)
                cell.draw(pen, x + offset + side, top - pad_top - space / 2, inner)
        if not self.boxes_only:  # the row's box and the rules between its cells
            pen.stroke(colors.black, 0.6)
            pen.rect(x, top - height, sum(self.widths), height, fill=False)
            pen.rules([(x + offset, top, x + offset, top - height)
                       for offset, *_ in cells[1:]])

    def pieces(self, width: float) -> list[Piece]:
        rows = []
        for r in range(len(self.rows)):
            cells = self._cells(r)
            rows.append((r, cells, self._row_height(cells)))
        if not self.boxes_only:
            return [(height, functools.partial(self._draw_row, r, cells, height))
                    for r, cells, height in rows]
        total = sum(height for *_, height in rows)

        def draw(pen: Pen, x: float, top: float) -> None:
            y = top
            for r, cells, height in rows:
                self._draw_row(r, cells, height, pen, x, y)
                y -= height
            pen.stroke(colors.black, 0.6)
            edges, position = [], x
            for column_width in self.widths[:-1]:
                position += column_width
                edges.append((position, top, position, top - total))
            pen.rules(edges)
            pen.stroke(colors.black, 0.8)
            pen.rect(x, top - total, sum(self.widths), total, fill=False)

        return [(total, draw)]


class TitleBlock(Block):
    """The notice's title centred, its QR code with a caption (the short hash) at the
    right, both centred on the same middle line."""

    def __init__(self, title: Text, caption: Text, qr_text: str, qr_size: float,
                 side: float):
        self.title, self.caption, self.qr_text = title, caption, qr_text
        self.qr_size, self.side = qr_size, side

    def pieces(self, width: float) -> list[Piece]:
        title_width = width - 2 * self.side
        code_height = self.qr_size + self.caption.height(self.side)
        height = max(self.title.height(title_width), code_height)

        def draw(pen: Pen, x: float, top: float) -> None:
            title_top = top - (height - self.title.height(title_width)) / 2
            self.title.draw(pen, x + self.side, title_top, title_width)
            code_top = top - (height - code_height) / 2
            left = x + width - self.side + (self.side - self.qr_size) / 2
            pen.literal(qr.pdf_operators(self.qr_text, left, code_top - self.qr_size,
                                         self.qr_size))
            self.caption.draw(pen, x + width - self.side, code_top - self.qr_size,
                              self.side)

        return [(height, draw)]


class Figure(Block):
    """A drawing of fixed height kept on one page: `draw(pen, x, top, width)`."""

    def __init__(self, height: float, draw: Callable[[Pen, float, float, float], None],
                 before: float = 0.0, after: float = 0.0):
        self.height, self.draw = height, draw
        self.before, self.after = before, after

    def pieces(self, width: float) -> list[Piece]:
        return [(self.height, lambda pen, x, top: self.draw(pen, x, top, width))]


class Foot(Block):
    """Blocks set at the foot of the page (a tear-off slip): on the page where the body
    ends when they fit below it, else at the foot of a page of their own."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks

    def pieces(self, width: float) -> list[Piece]:
        return [piece for block in self.blocks for piece in block.pieces(width)]


def paginate(blocks: list[Block], width: float, height: float) -> list[list[tuple]]:
    """The blocks' pieces as pages of (offset from the frame's top, piece): a piece goes
    to the next page when it does not fit (unless the page is empty); space before a
    block is dropped at the top of a page; a heading stays with the first piece of what
    follows it; a Foot's pieces go to the page's foot."""
    pages: list[list[tuple]] = [[]]
    used = 0.0
    for index, block in enumerate(blocks):
        if getattr(getattr(block, "style", None), "keep_with_next", False) \
                and index + 1 < len(blocks) and pages[-1]:
            following = blocks[index + 1].pieces(width)[:1]
            needed = block.before + sum(p[0] for p in block.pieces(width)) + block.after \
                + blocks[index + 1].before + sum(p[0] for p in following)
            if used + needed > height:
                pages.append([])
                used = 0.0
        if isinstance(block, Foot):
            pieces = block.pieces(width)
            total = sum(piece[0] for piece in pieces)
            if used + total > height and pages[-1]:
                pages.append([])
            used = height - total
            for piece in pieces:
                pages[-1].append((used, piece))
                used += piece[0]
            continue
        if block.before and pages[-1]:
            used += block.before
        for piece in block.pieces(width):
            if used + piece[0] > height and pages[-1]:
                pages.append([])
                used = 0.0
            pages[-1].append((used, piece))
            used += piece[0]
        used += block.after
    return pages
