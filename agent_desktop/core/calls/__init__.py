"""A call's whole life in core: its events, the call book, the store, the log it becomes."""
