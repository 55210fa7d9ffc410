"""The safety inspections page (安全检查): plans by day, records, hazards, and filling."""
