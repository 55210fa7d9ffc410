"""Qt widgets: main window, pages, table models, dialogs, background tasks.

The only layer that imports Qt. It calls the store's repositories through `Session`
and never runs SQL itself.
"""
