"""PDF notices (reportlab) printed at the counter and in the field. Pure Python over the
domain records; no Qt. Each notice kind gets its own module here."""
