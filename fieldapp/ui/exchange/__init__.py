"""Exchange workbooks in the window: export, import preview, conflict choices, pending
conflicts."""
