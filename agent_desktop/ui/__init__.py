"""The widgets and the window's services, in rooms by domain (see ARCHITECTURE.md)."""
