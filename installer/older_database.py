"""A database as an older version of the program left it, for the upgrade step of the smoke run.

    python installer/older_database.py FOLDER [--revision 0015]

Runs in the build environment (the project installed), not in the bundle: it writes the small
demo office with this version into FOLDER/giamsat.sqlite3 (its attachments beside it, as in a
data folder), then takes the schema back to an older revision with the migrations' own
downgrades. Every row an older version could hold stays; the smoke run then
opens the file with the bundle, which must back it up and bring it to the newest revision.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from giamsat_desktop import cli
from giamsat_desktop.db import migrate
from giamsat_desktop.db.engine import make_engine

OLDER_REVISION = "0015"
"""Before the office's identity (0016) and the periodic report's narratives (0017)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Write the older database; refuses a folder that exists already."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a new folder, made as a data folder")
    parser.add_argument("--revision", default=OLDER_REVISION)
    args = parser.parse_args(argv)
    if args.folder.exists():
        parser.error(f"{args.folder} exists already")
    args.folder.mkdir(parents=True)
    database = args.folder / "giamsat.sqlite3"
    for words in (["init"], ["demo-data", "--size", "small"]):
        if cli.main(["--db", str(database), *words]) != 0:
            return 1
    engine = make_engine(f"sqlite:///{database}")
    try:
        migrate.downgrade(engine, args.revision)
        reached = migrate.schema_status(engine).current
    finally:
        engine.dispose()
    print(f"{database}: the small demo office at revision {reached}")
    return 0 if reached == args.revision else 1


if __name__ == "__main__":
    sys.exit(main())
