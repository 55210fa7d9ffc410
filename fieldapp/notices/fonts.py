"""The notices' two TrueType fonts, registered once, and text measured with them.

The bundled CJK font has no Latin letters or digits: those are set in Bitstream Vera,
the TrueType font reportlab ships; both are embedded as subsets. Text is cut into runs
of one font, and measured from per-character widths kept after the first lookup —
laying out a thousand notices measures the same few thousand characters again and again.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from fieldapp.domain.messages import MESSAGES, msg

MESSAGES.update({
    "notice.font_missing": ("找不到通知书所用的字体文件 {path}，无法生成 PDF（请重新安装程序）",
                            "The notices' font file {path} is missing; no PDF can be made "
                            "(reinstall the program)"),
    "notice.font_bad": ("字体文件 {path} 无法读取（{detail}），无法生成 PDF",
                        "The font file {path} cannot be read ({detail}); no PDF can be made"),
})

FONT_NAME = "FieldAppCJK"
FONT_FILE = ("fonts", "DroidSansFallbackFull.ttf")
LATIN_FONT = "FieldAppLatin"
_registered: dict[str, Path] = {}


class _Widths(dict):
    """Character → (font name, advance at 1 pt), looked up on first use."""

    def __init__(self, cjk: frozenset[int]):
        super().__init__()
        self.cjk = cjk

    def __missing__(self, char: str) -> float:
        font = FONT_NAME if ord(char) in self.cjk else LATIN_FONT
        width = pdfmetrics.stringWidth(char, font, 1.0)
        self[char] = width
        return width


_widths = _Widths(frozenset())
_runs = re.compile("(?!)")


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


def _character_class(codes: frozenset[int]) -> str:
    """A regular-expression class of the code points, as ranges."""
    parts, ordered = [], sorted(codes)
    start = previous = ordered[0]
    for code in [*ordered[1:], None]:
        if code is not None and code == previous + 1:
            previous = code
            continue
        first, last = re.escape(chr(start)), re.escape(chr(previous))
        parts.append(first if start == previous else f"{first}-{last}")
        if code is not None:
            start = previous = code
    return "[" + "".join(parts) + "]"


def register_font(path: Path | None = None) -> str:
    """Register the CJK TrueType font (and the Latin one) once; ValueError naming the
    file when it is missing or unreadable."""
    global _widths, _runs
    path = Path(path or font_path())
    if _registered.get(FONT_NAME) == path:
        return FONT_NAME
    _registered.pop(FONT_NAME, None)
    cjk = _load(FONT_NAME, path)
    if LATIN_FONT not in _registered:
        _load(LATIN_FONT, latin_font_path())
        _registered[LATIN_FONT] = latin_font_path()
    codes = frozenset(cjk.face.charToGlyph)
    _widths = _Widths(codes)
    chars = _character_class(codes)
    _runs = re.compile(f"(?P<cjk>{chars}+)|[^{chars[1:-1]}]+", re.DOTALL)
    measured.cache_clear()
    _registered[FONT_NAME] = path
    return FONT_NAME


def width(text: str) -> float:
    """The width of `text` at 1 pt."""
    return sum(map(_widths.__getitem__, text))


@functools.lru_cache(maxsize=65536)
def measured(text: str) -> tuple[tuple[tuple[str, str], ...], float]:
    """`text` cut into (font, text) runs — CJK where the CJK font has the glyph, Latin
    elsewhere — and its width at 1 pt (render() registers the fonts first)."""
    if FONT_NAME not in _registered:
        register_font()
    cut = tuple((FONT_NAME if m.lastgroup else LATIN_FONT, m.group())
                for m in _runs.finditer(text))
    return cut, width(text)
