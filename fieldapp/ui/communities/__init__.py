"""The communities page and form."""
