"""Entry point of the bundled headless commands (giamsat.exe)."""

import sys

from giamsat_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
