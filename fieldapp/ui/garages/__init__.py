"""The garage plan (车库图): a garage's drawing with its meter boxes, parking spaces and
aisles, edited on a QGraphicsView, and the survey on the map (nearest boxes by route)."""
