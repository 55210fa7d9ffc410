"""PDF notices (reportlab) printed at the counter and in the field. Pure Python over the
domain records; no Qt.

document.py draws the page every notice shares (letterhead, title and QR, page numbers,
reproducible bytes) from layout.py's blocks (text broken into lines, tables, pages),
drawn through pen.py (PDF operators written once per page) in fonts.py's fonts, with
qr.py's codes; kinds.py declares what a kind needs; each kind is one module that
declares itself (receipt.py: 受理回执, plan.py: 勘查及供电方案答复单, advance.py: 安全检查告知书,
rectification.py: 隐患整改通知书), built from shared pieces (customer.py: the customer's
table, signatures.py: signature boxes with captured strokes, sketch.py: the route sketch,
photos.py: thumbnails read by hash); issue.py issues, reprints, verifies and writes
them, keeping the register (fieldapp/store/notices.py); batch.py prints many into one
file, each drawn once.
"""
