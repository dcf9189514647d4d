"""The Settings dialog and its groups."""
