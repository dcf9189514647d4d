"""`python -m agent_desktop` does what the `agent-desktop` command does."""

from agent_desktop.cli import main

raise SystemExit(main())
