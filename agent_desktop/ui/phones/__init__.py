"""The phone source in the window, and its Settings forms."""
