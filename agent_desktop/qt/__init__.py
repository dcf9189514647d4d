"""The bridge between the Qt-free core and the widgets: background work as Qt signals."""

from agent_desktop.qt.tasks import Task, TaskRunner

__all__ = ["Task", "TaskRunner"]
