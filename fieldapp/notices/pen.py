"""A page's drawing written as PDF operators, handed to the canvas once per page.

reportlab's canvas formats every number through its general float formatter and every
text run through a text object that measures it again; a notice draws a few hundred
runs, rules and fills. The pen writes the same operators with short fixed formats,
sets a colour, line width or font only when it changes, and lets the PDF advance the
text position after each run. Text still goes through reportlab's TrueType fonts
(`splitString`), which assign the subset codes and so decide what gets embedded.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

_RGB: dict[tuple[int, bool], str] = {}


def _colour(colour: colors.Color, stroke: bool) -> str:
    """The operator setting the colour, grey where it is (kept per colour object: they are
    constants)."""
    key = (id(colour), stroke)
    text = _RGB.get(key)
    if text is None:
        red, green, blue = (f"{v:.3f}".rstrip("0").rstrip(".") or "0"
                            for v in (colour.red, colour.green, colour.blue))
        operands = red if red == green == blue else f"{red} {green} {blue}"
        operator = ("G" if stroke else "g") if red == green == blue else \
            ("RG" if stroke else "rg")
        text = _RGB[key] = f"{operands} {operator}"
    return text


class Pen:
    """Collects one page's operators (inside q … Q) and writes them with `flush`."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self._doc = canvas._doc        # where the fonts' subsets are kept
        self._escape = canvas._escape  # PDF string escaping
        self.ops: list[str] = ["q"]
        self._fill: colors.Color | None = None
        self._stroke: colors.Color | None = None
        self._width: float | None = None
        self._font: tuple[str, float] | None = None
        self._fonts: dict[str, object] = {}

    def fill(self, colour: colors.Color) -> None:
        if colour is not self._fill:  # colours are module constants
            self._fill = colour
            self.ops.append(_colour(colour, False))

    def stroke(self, colour: colors.Color, width: float) -> None:
        if colour is not self._stroke:
            self._stroke = colour
            self.ops.append(_colour(colour, True))
        if width != self._width:
            self._width = width
            self.ops.append(f"{width:.2f} w")

    def rect(self, x: float, y: float, width: float, height: float, fill: bool = True) -> None:
        self.ops.append(f"{x:.2f} {y:.2f} {width:.2f} {height:.2f} re {'f' if fill else 'S'}")

    def rules(self, lines: list[tuple[float, float, float, float]]) -> None:
        """Straight lines (x1, y1, x2, y2), stroked at once."""
        if lines:
            self.ops += [f"{a:.2f} {b:.2f} m {c:.2f} {d:.2f} l" for a, b, c, d in lines]
            self.ops.append("S")

    def polylines(self, lines, dash: tuple[float, ...] = ()) -> None:
        """Open polylines (each a sequence of (x, y), two points or more), stroked at
        once; `dash`: on/off lengths of a dashed line (the pattern is set back after)."""
        ops = [" ".join([f"{line[0][0]:.2f} {line[0][1]:.2f} m"]
                        + [f"{x:.2f} {y:.2f} l" for x, y in line[1:]])
               for line in lines if len(line) > 1]
        if ops:
            if dash:
                self.ops.append("[" + " ".join(f"{d:g}" for d in dash) + "] 0 d")
            self.ops += ops
            self.ops.append("S")
            if dash:
                self.ops.append("[] 0 d")

    def circle(self, x: float, y: float, radius: float, fill: bool = True) -> None:
        """A circle as four Bézier arcs."""
        k = 0.5523 * radius
        r = radius
        self.ops.append(
            f"{x + r:.2f} {y:.2f} m {x + r:.2f} {y + k:.2f} {x + k:.2f} {y + r:.2f} "
            f"{x:.2f} {y + r:.2f} c {x - k:.2f} {y + r:.2f} {x - r:.2f} {y + k:.2f} "
            f"{x - r:.2f} {y:.2f} c {x - r:.2f} {y - k:.2f} {x - k:.2f} {y - r:.2f} "
            f"{x:.2f} {y - r:.2f} c {x + k:.2f} {y - r:.2f} {x + r:.2f} {y - k:.2f} "
            f"{x + r:.2f} {y:.2f} c {'f' if fill else 'S'}")

    def clip(self, x: float, y: float, width: float, height: float) -> None:
        """Draw only inside the box until `unclip` (the state is saved and set back)."""
        self.ops.append(f"q {x:.2f} {y:.2f} {width:.2f} {height:.2f} re W n")

    def unclip(self) -> None:
        self.ops.append("Q")  # colours, width and font are those before the clip again
        self._fill = self._stroke = self._width = self._font = None

    def image(self, image, x: float, y: float, width: float, height: float) -> None:
        """A picture (a reportlab ImageReader) in the box from (x, y): the operators so
        far are handed over first, the canvas draws the picture in its own q … Q."""
        self.flush()
        self.canvas.drawImage(image, x, y, width, height)

    def text(self, x: float, y: float, runs, size: float, mode: int = 0) -> None:
        """(font, text) runs from (x, y) on the baseline, one after the other; `mode` 2
        fills and strokes the glyphs (a heavier face)."""
        ops = self.ops
        ops.append(f"BT {x:.2f} {y:.2f} Td" + (f" {mode} Tr" if mode else ""))
        for name, run in runs:
            font = self._fonts.get(name)
            if font is None:
                font = self._fonts[name] = pdfmetrics.getFont(name)
            for subset, chunk in font.splitString(run, self._doc):
                key = (font.getSubsetInternalName(subset, self._doc), size)
                if key != self._font:
                    self._font = key
                    ops.append(f"{key[0]} {size:g} Tf")
                ops.append(f"({self._escape(chunk)}) Tj")
        ops.append("0 Tr ET" if mode else "ET")

    def literal(self, operators: str) -> None:
        """Operators that keep the graphics state (wrapped in q … Q themselves)."""
        self.ops.append(operators)

    def flush(self) -> None:
        self.ops.append("Q")
        self.canvas.addLiteral("\n".join(self.ops))
        self.ops = ["q"]
        self._fill = self._stroke = self._width = self._font = None
