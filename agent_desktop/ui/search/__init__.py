"""The search box and its suggestions."""
