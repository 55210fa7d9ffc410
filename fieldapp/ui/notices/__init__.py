"""Notices in the window: the preview of an issued notice with print and save."""
