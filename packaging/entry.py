"""Entry script of the frozen app: the same as the `agent-desktop` console script."""

import sys

from agent_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
