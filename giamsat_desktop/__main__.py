"""``python -m giamsat_desktop`` opens the window; with a command word, runs it headless."""

import sys

from giamsat_desktop.cli import COMMANDS

if __name__ == "__main__":
    if any(arg in COMMANDS for arg in sys.argv[1:]) or "--version" in sys.argv[1:]:
        from giamsat_desktop.cli import main as headless
    else:
        from giamsat_desktop.app import main as headless  # the window

    sys.exit(headless())
