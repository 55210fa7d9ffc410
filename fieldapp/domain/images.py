"""Telling a picture file by its first bytes (a renamed document is not a picture)."""
from __future__ import annotations


def image_kind(data: bytes) -> str | None:
    """'png' or 'jpg' for a PNG or JPEG file's content, else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 24:
        return "png"
    if data.startswith(b"\xff\xd8\xff") and len(data) > 4:
        return "jpg"
    return None


def png_size(data: bytes) -> tuple[int, int] | None:
    """A PNG's width and height from its header, without decoding it."""
    if image_kind(data) != "png":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
