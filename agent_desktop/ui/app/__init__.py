"""Starting the app, and the window's services that are not widgets (session, context, stores)."""
