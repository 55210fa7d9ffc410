"""PDF notices (reportlab) printed at the counter and in the field. Pure Python over the
domain records; no Qt.

document.py draws the page every notice shares (font, letterhead, QR, page numbers,
reproducible bytes); kinds.py declares what a kind needs; each kind is one module
(receipt.py: 受理回执) that declares itself; issue.py issues, reprints, verifies and
writes them, keeping the register (fieldapp/store/notices.py).
"""
