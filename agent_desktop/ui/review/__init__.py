"""After the call: the review page, the log book, sending, unsent logs, undo."""
