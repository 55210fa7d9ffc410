"""Importing a customer roster: column mapping, preview and the import flow."""
