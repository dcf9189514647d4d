"""The contact card and quick create."""
