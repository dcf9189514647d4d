"""Entry script of the frozen app: the same as the `agent-desktop` console script."""

import sys
import warnings

from agent_desktop.cli import main

# charset_normalizer is left out of the bundle (bundle_config.EXCLUDED_MODULES): the client
# reads every body as bytes and parses JSON itself, so requests never guesses an encoding. Its
# import-time note that no detector is installed is not news to the user.
warnings.filterwarnings("ignore", message="Unable to find acceptable character detection")

if __name__ == "__main__":
    sys.exit(main())
