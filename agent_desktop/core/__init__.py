"""Pure-Python core: API client, models, phone rules, call logs, outbox, settings, secrets.

Nothing in this package imports Qt, so it is testable without a QApplication.
"""
