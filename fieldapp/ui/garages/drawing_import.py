"""A garage drawing into the file store: a PNG or JPEG as it is, a PDF's first page
rendered to PNG through QtPdf. Too large or not a picture: refused with the reason
(ValueError carrying a user-facing message), nothing kept."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader, QPainter

from fieldapp.domain.messages import msg

PDF_DPI = 200            # a PDF page is rendered at this resolution …
PDF_MAX_SIDE_PX = 8000   # … but not beyond this many pixels on its longer side


@dataclass(frozen=True)
class Drawing:
    image_hash: str
    width: int
    height: int



def is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(5) == b"%PDF-"
    except OSError:
        return False


def import_drawing(store, path: str | Path) -> Drawing:
    """Keep the drawing at `path` in the store's files (the size limit is the setting
    plan_image_max_mb); its hash and pixel size."""
    path = Path(path)
    max_mb = store.settings().plan_image_max_mb
    if is_pdf(path):
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise ValueError(msg("files.too_large", name=path.name, mb=size / 1024 / 1024,
                                 limit=max_mb))
        image = render_pdf_page(path)
        digest = store.files.add_bytes(png_bytes(image), path.stem + ".png", max_mb)
        return Drawing(digest, image.width(), image.height())
    digest = store.files.add(path, max_mb)
    size = QImageReader(str(store.files.path(digest))).size()
    if not size.isValid() or size.isEmpty():
        raise ValueError(msg("files.not_image", name=path.name))
    return Drawing(digest, size.width(), size.height())


def _unreadable(path: Path) -> str:
    return QCoreApplication.translate("DrawingImport", "无法读取 PDF 文件 %1").replace(
        "%1", path.name)


def render_pdf_page(path: Path, page: int = 0) -> QImage:
    """The page as an image on white, at PDF_DPI (capped at PDF_MAX_SIDE_PX)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() <= page:
        raise ValueError(_unreadable(path))
    points = document.pagePointSize(page)
    factor = min(PDF_DPI / 72.0, PDF_MAX_SIDE_PX / max(points.width(), points.height(), 1.0))
    size = QSize(max(1, round(points.width() * factor)), max(1, round(points.height() * factor)))
    rendered = document.render(page, size)
    document.close()
    if rendered.isNull():
        raise ValueError(_unreadable(path))
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
