"""Photo thumbnails on notices, read by hash from the files kept beside the database.

A snapshot names each photo by its SHA-256 and says whether the file was on this laptop
when the notice was issued; the picture itself is read again whenever the notice is
drawn, from the file store made current with `photos_from(store.files)` (issuing,
reprinting, verifying and batches do). A photo taken on another device, or absent when
drawn, prints as a box saying so. Thumbnails are scaled down and JPEG-encoded the same
way every time, so a reprint embeds the same bytes.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import io
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.notices.document import styles
from fieldapp.notices.layout import Figure, Style, Text
from fieldapp.notices.pen import Pen

MESSAGES.update({
    "photo.elsewhere": ("照片在采集设备上", "The photo is on the device that took it"),
})

THUMB_WIDTH = 40 * mm
THUMB_HEIGHT = 30 * mm
THUMB_PIXELS = (360, 270)  # ~230 dpi at the printed size
PER_ROW = 4
_files: contextvars.ContextVar = contextvars.ContextVar("notice_photo_files", default=None)


@contextlib.contextmanager
def photos_from(files) -> Iterator[None]:
    """Notices drawn meanwhile read their photos from `files` (a store's FileStore)."""
    token = _files.set(files)
    try:
        yield
    finally:
        _files.reset(token)


def photo_path(digest: str) -> Path | None:
    """The file of the photo `digest` in the current file store, None without one."""
    files = _files.get()
    return files.path(digest) if files is not None and digest else None


def photo_entry(files, digest: str) -> dict:
    """What a snapshot keeps of a photo: its hash and whether this laptop has it."""
    return {"hash": digest, "kept": files.path(digest) is not None}


@functools.lru_cache(maxsize=64)
def _thumbnail(path: str, size: int, mtime: float) -> bytes | None:
    """The picture at `path` as a small JPEG (turned upright, RGB); None when it cannot
    be read as a picture."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            picture = ImageOps.exif_transpose(image).convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    picture.thumbnail(THUMB_PIXELS, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=82, optimize=False, progressive=False)
    return out.getvalue()


def thumbnail(digest: str) -> bytes | None:
    """The thumbnail JPEG of the photo `digest`, None when the file is not here."""
    path = photo_path(digest)
    if path is None:
        return None
    stat = path.stat()
    return _thumbnail(str(path), stat.st_size, stat.st_mtime)


def gallery(photos: list[tuple[str, dict]]) -> list[Figure]:
    """Rows of thumbnails, each (caption, snapshot entry) with its caption below; a photo
    not kept when issued (or not here now) is a box saying where it is."""
    s = styles()
    caption_style = s["caption"]
    note_style = Style(8.5, 11.5, colour=s["small"].colour, align="centre")
    caption_height = 2 * caption_style.leading
    rows = [photos[i:i + PER_ROW] for i in range(0, len(photos), PER_ROW)]
    figures = []
    for row in rows:
        def draw(pen: Pen, x: float, top: float, width: float, row=row) -> None:
            column = width / PER_ROW
            for n, (caption, entry) in enumerate(row):
                left = x + column * n + (column - THUMB_WIDTH) / 2
                bottom = top - THUMB_HEIGHT
                data = thumbnail(entry["hash"]) if entry.get("kept") else None
                if data is not None:
                    reader = ImageReader(io.BytesIO(data))
                    pixels_w, pixels_h = reader.getSize()
                    scale = min(THUMB_WIDTH / pixels_w, THUMB_HEIGHT / pixels_h)
                    w, h = pixels_w * scale, pixels_h * scale
                    pen.image(reader, left + (THUMB_WIDTH - w) / 2,
                              bottom + (THUMB_HEIGHT - h) / 2, w, h)
                else:
                    note = Text(msg("photo.elsewhere"), note_style)
                    inner = THUMB_WIDTH - 8
                    note.draw(pen, left + 4, top - (THUMB_HEIGHT - note.height(inner)) / 2,
                              inner)
                pen.stroke(colors.grey, 0.5)
                pen.rect(left, bottom, THUMB_WIDTH, THUMB_HEIGHT, fill=False)
                Text(caption, caption_style).draw(pen, x + column * n, bottom - 1, column)

        figures.append(Figure(THUMB_HEIGHT + caption_height + 2 * mm, draw,
                              before=1 * mm))
    return figures
