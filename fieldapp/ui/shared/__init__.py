"""What every page uses: the session, record forms and lists, table models, background
tasks, history, preferences."""
