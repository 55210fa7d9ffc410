"""What notice tests check on a PDF: its text, its fonts, its QR code."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """The text of every page (pypdf, as pdftotext would give it)."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def embedded_font_names(pdf: bytes) -> set[str]:
    """The fonts of every page, each asserted embedded as a TrueType subset."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            name = str(font["/BaseFont"])
            assert name[7] == "+", name
            names.add(name[8:])
    return names


def qr_codes(pdf: bytes, page: int = 0) -> list[str]:
    """What the QR codes on a page say (zxing-cpp on a pypdfium2 render)."""
    pdfium = pytest.importorskip("pypdfium2")
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pdfium.PdfDocument(pdf)[page].render(scale=3).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image)]


def register_qr(notice) -> str:
    """What a registered notice's QR code must say."""
    return "|".join(("FIELDAPP-NOTICE", notice.number, notice.record_no,
                     notice.content_hash))


def image_count(pdf: bytes) -> int:
    """Pictures drawn on all pages (image XObjects)."""
    count = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        objects = page["/Resources"].get("/XObject")
        if objects:
            count += sum(1 for x in objects.values()
                         if x.get_object().get("/Subtype") == "/Image")
    return count


def flat_text(pdf: bytes) -> str:
    """The text with every line break and space taken out (a table cell's text broken
    over lines reads as one)."""
    return "".join(pdf_text(pdf).split())


def page_operators(pdf: bytes) -> bytes:
    """The pages' drawing operators, uncompressed."""
    return b"".join(page.get_contents().get_data()
                    for page in PdfReader(io.BytesIO(pdf)).pages)
