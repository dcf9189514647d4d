"""The recent calls page."""
