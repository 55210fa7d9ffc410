"""The main window and what it offers on first start."""
