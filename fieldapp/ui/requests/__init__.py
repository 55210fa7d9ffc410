"""The charger requests page: list model, form, documents checklist, history and summary."""
