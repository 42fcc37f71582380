"""Time from a cold start to the main window painted with its first page's data.

Usage: python benchmarks/startup.py [--db FILE] [--runs N] [--page overview|incoming|outgoing]

Each run is a fresh process (so imports count, as they do for a clerk); the database
is the small demo office unless --db names another (the large set:
``giamsat --db big.sqlite3 demo-data --size large``). The time ends when the page holds its
data (the overview's figures, or a register's first rows) and the window has been painted
once more after that. ``--page incoming`` opens the register at once, as a clerk who
clicks it first thing. Prints each run, the median, and the floor: a bare QMainWindow with
one QTableView shown and painted in a fresh process. Target (DESIGN.md): ≤ 1.0 s.
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
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.ui.common.i18n import install_language
application = app_mod.application()
language = install_language("vi")
database = open_database("sqlite:///" + sys.argv[1])
window = app_mod.open_window(database, Settings(), language)
window.show()
key = sys.argv[3]
page = window.show_page(key)
def ready():
    if key == "overview":
        return bool(page.heading.text())
    return page.model.rowCount() > 0
def poll():
    if not window.runner.busy and ready():
        window.grab()  # one more full paint, with the data
        print(f"{time.time() - start:.3f}")
        application.quit()
    else:
        QTimer.singleShot(5, poll)
QTimer.singleShot(0, poll)
application.exec()
"""

FLOOR = r"""
import sys, time
start = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel, QStandardItem
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
application = QApplication([])
window = QMainWindow()
model = QStandardItemModel(50, 8)
for row in range(50):
    for column in range(8):
        model.setItem(row, column, QStandardItem(f"{row}-{column}"))
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1366, 768)
window.show()
def done():
    window.grab()
    print(f"{time.time() - start:.3f}")
    application.quit()
QTimer.singleShot(0, done)
application.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page", choices=("overview", "incoming", "outgoing"), default="overview")
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
        times, floors = [], []
        for run in range(1, args.runs + 1):
            seconds = _timed(env, CHILD, str(db.resolve()), args.page)
            times.append(seconds)
            floors.append(_timed(env, FLOOR))
            print(f"run {run}: {seconds:.3f} s (floor {floors[-1]:.3f} s)")
    print(
        f"start to the {args.page} page painted, median of {len(times)}: "
        f"{statistics.median(times):.3f} s (target ≤ 1.0 s); floor, a bare Qt window with "
        f"a table: {statistics.median(floors):.3f} s"
    )


def _timed(env: dict[str, str], code: str, *arguments: str) -> float:
    """Seconds a fresh process running ``code`` prints, counted from just before it starts."""
    started = str(time.time())
    arguments = (arguments[0], started, *arguments[1:]) if arguments else (started,)
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
