"""`python -m agent_desktop.sandbox`: run the sandbox server until Ctrl+C."""

import sys

from .cli import main

sys.exit(main())
