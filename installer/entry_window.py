"""Entry point of the bundled window program (GiamSatMTTQ.exe)."""

import sys

from giamsat_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
