"""``python -m giamsat_desktop`` opens the window; with a command word, runs it headless."""

import sys

from giamsat_desktop.cli import command_names

HEADLESS_FLAGS = {"--version", "-h", "--help"}

if __name__ == "__main__":
    words = set(sys.argv[1:])
    if words & (set(command_names()) | HEADLESS_FLAGS):
        from giamsat_desktop.cli import main as run
    else:
        from giamsat_desktop.app import main as run  # the window

    sys.exit(run())
