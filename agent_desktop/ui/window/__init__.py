"""The window's frame: its assembly, menus, status bar, start-up and quit."""
