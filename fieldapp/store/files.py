"""Files kept beside the database by the SHA-256 of their content: garage drawings and
photos of a rangefinder's display. `<database>.files/ab/abcdef….png`; the same picture
added twice is kept once, and a record refers to it by its hash alone, so the exchange
carries the hash while the picture stays on the laptop that took it."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from fieldapp.domain.images import image_kind
from fieldapp.domain.messages import MESSAGES, msg

MESSAGES.update({
    "files.not_image": ("{name} 不是图片（支持 PNG、JPEG）",
                        "{name} is not a picture (PNG or JPEG)"),
    "files.too_large": ("{name} 有 {mb:.1f} MB，超过上限 {limit:g} MB",
                        "{name} is {mb:.1f} MB, over the limit of {limit:g} MB"),
    "files.unreadable": ("无法读取 {name}：{reason}", "Cannot read {name}: {reason}"),
})


class FileStore:
    def __init__(self, database: Path):
        self.folder = database.with_name(database.name + ".files")

    def path(self, digest: str) -> Path | None:
        """Where the file of `digest` is kept, or None when this laptop lacks it."""
        if not digest:
            return None
        matches = list((self.folder / digest[:2]).glob(f"{digest}.*"))
        return matches[0] if matches else None

    def add(self, source: str | os.PathLike, max_mb: float) -> str:
        """Keep a picture file; its hash. ValueError (a user-facing message) when it is
        not a PNG/JPEG picture, is over `max_mb`, or cannot be read."""
        source = Path(source)
        try:
            size = source.stat().st_size
            if size > max_mb * 1024 * 1024:
                raise ValueError(msg("files.too_large", name=source.name,
                                     mb=size / 1024 / 1024, limit=max_mb))
            data = source.read_bytes()
        except OSError as error:
            raise ValueError(msg("files.unreadable", name=source.name,
                                 reason=error.strerror or error)) from None
        return self.add_bytes(data, source.name, max_mb)

    def add_bytes(self, data: bytes, name: str, max_mb: float) -> str:
        if len(data) > max_mb * 1024 * 1024:
            raise ValueError(msg("files.too_large", name=name, mb=len(data) / 1024 / 1024,
                                 limit=max_mb))
        kind = image_kind(data)
        if kind is None:
            raise ValueError(msg("files.not_image", name=name))
        digest = hashlib.sha256(data).hexdigest()
        if self.path(digest) is None:
            target = self.folder / digest[:2] / f"{digest}.{kind}"
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as temporary:
                temporary.write(data)
            os.chmod(temporary.name, 0o644)  # as any file the user saves
            os.replace(temporary.name, target)  # never a half-written picture
        return digest
