"""Time from a cold start to the main window showing the first page's data.

Usage: python benchmarks/startup.py [--db FILE] [--runs N]

Each run is a fresh process (so imports count, as they do for a clerk); the database
is the small demo office unless --db names another. Prints each run and the median.
Target (DESIGN.md): ≤ 1.0 s to a window showing the first page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
start = float(sys.argv[2])
from PySide6.QtCore import QTimer
from giamsat_desktop import app as app_mod
from giamsat_desktop.config import Settings
from giamsat_desktop.services.database import open_database
from giamsat_desktop.ui.i18n import install_language
application = app_mod.application()
language = install_language("vi")
database = open_database("sqlite:///" + sys.argv[1])
window = app_mod.open_window(database, Settings(), language)
window.show()
page = window.pages["overview"]
def poll():
    if not window.runner.busy and page.heading.text():
        print(f"{time.time() - start:.3f}")
        application.quit()
    else:
        QTimer.singleShot(5, poll)
QTimer.singleShot(0, poll)
application.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as folder:
        env["GIAMSAT_HOME"] = folder
        db = args.db
        if db is None:
            db = Path(folder) / "demo.sqlite3"
            subprocess.run(
                [sys.executable, "-m", "giamsat_desktop", "--db", str(db), "demo-data"],
                check=True,
                env=env,
                capture_output=True,
            )
        times = []
        for run in range(1, args.runs + 1):
            result = subprocess.run(
                [sys.executable, "-c", CHILD, str(db.resolve()), str(time.time())],
                check=True,
                env=env,
                capture_output=True,
                text=True,
            )
            seconds = float(result.stdout.strip().splitlines()[-1])
            times.append(seconds)
            print(f"run {run}: {seconds:.3f} s")
    print(
        f"start to first page, median of {len(times)}: {statistics.median(times):.3f} s "
        "(target ≤ 1.0 s)"
    )


if __name__ == "__main__":
    main()
