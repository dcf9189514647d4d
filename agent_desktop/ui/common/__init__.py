"""The look (theme, icons) and the small widgets and error texts every room uses."""
