"""PDF notices (reportlab) printed at the counter and in the field. Pure Python over the
domain records; no Qt.

document.py draws the page every notice shares (letterhead, title and QR, page numbers,
reproducible bytes) from layout.py's blocks (text broken into lines, tables, pages),
drawn through pen.py (PDF operators written once per page) in fonts.py's fonts, with
qr.py's codes; kinds.py declares what a kind needs; each kind is one module
(receipt.py: 受理回执) that declares itself; issue.py issues, reprints, verifies and
writes them, keeping the register (fieldapp/store/notices.py); batch.py prints many
into one file, each drawn once.
"""
