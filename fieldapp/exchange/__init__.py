"""Excel exchange workbooks: export, import and merge (see DESIGN.md, "The exchange
workbook"). Pure Python over the store; no Qt. Filled in by the Excel exchange issue."""
