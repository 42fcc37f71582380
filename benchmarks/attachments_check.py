"""The full ``check`` of 10,000 stored attachments, and a backup of them, timed.

Usage: python benchmarks/attachments_check.py [--files N] [--size BYTES]

Builds the small demo office with N attachments (default 10,000 of 20 KB) spread over its
incoming documents, then times the database check without and with reading every stored
file against its checksum, and a manual backup holding them all. Prints each figure and
the peak memory of the process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import resource
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from giamsat_desktop.db.models import Attachment, IncomingAttachment, IncomingDocument
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.files.attachments import stored_path
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import check_database, open_database


def fill(folder: Path, files: int, size: int) -> str:
    """The demo office with ``files`` distinct stored attachments; its URL."""
    url = f"sqlite:///{folder / 'giamsat.sqlite3'}"
    database = open_database(url)
    rng = random.Random(11)
    try:
        create_demo_data(database.session_factory, "small", today=dt.date(2026, 11, 23))
        with database.engine.begin() as connection:
            documents = list(connection.execute(select(IncomingDocument.id)).scalars())
            now = dt.datetime.now(dt.UTC)
            for start in range(0, files, 1000):
                contents, links = [], []
                for n in range(start, min(start + 1000, files)):
                    data = rng.randbytes(size)
                    checksum = hashlib.sha256(data).hexdigest()
                    path = stored_path(folder, checksum)
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(data)
                    contents.append(
                        {
                            "sha256": checksum,
                            "size": size,
                            "media_type": "application/pdf",
                            "created_at": now,
                        }
                    )
                    links.append((documents[n % len(documents)], f"scan-{n + 1}.pdf", checksum))
                connection.execute(insert(Attachment), contents)
                ids = dict(
                    connection.execute(
                        select(Attachment.sha256, Attachment.id).where(
                            Attachment.sha256.in_([c["sha256"] for c in contents])
                        )
                    ).all()
                )
                connection.execute(
                    insert(IncomingAttachment),
                    [
                        {
                            "document_id": document,
                            "attachment_id": ids[checksum],
                            "file_name": name,
                            "added_at": now,
                        }
                        for document, name, checksum in links
                    ],
                )
    finally:
        database.close()
    return url


def timed(label: str, work: object) -> None:
    start = time.perf_counter()
    result = work()  # type: ignore[operator]
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=20 * 1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["GIAMSAT_HOME"] = str(folder / "home")
        url = fill(folder, args.files, args.size)
        print(f"{args.files:,} attachments of {args.size // 1024} KB")
        timed(
            "check without reading the files", lambda: check_database(url, verify_attachments=False)
        )
        steps: list[float] = []
        report = timed(
            "check reading every file",
            lambda: check_database(url, progress=lambda fraction, _m: steps.append(fraction)),
        )
        print(f"  {len(steps)} progress reports, {len(report.damaged_attachments)} damaged")
        database = open_database(url, create=False)
        try:
            timed(
                "manual backup with every file",
                lambda: make_backup(database, folder, folder / "b.zip"),
            )
        finally:
            database.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
