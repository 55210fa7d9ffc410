"""The households page: list model, form, household picker and the requests panel."""
