"""An office of two incoming documents with a scan each, for the damaged-attachment CLI tests.

The disk flips one bit of the report's stored scan (same size, so nothing but its checksum
can tell); ``giamsat`` runs the real command line against the office's database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.database import open_database

GIAMSAT = Path(sys.executable).parent / "giamsat"
CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
REPORT = b"%PDF-1.4\n% 75/BC-MTTQ-BTT bao cao giam sat\n" + bytes(range(256)) * 16 + b"%%EOF\n"
PLAN = b"%PDF-1.4\n% 12/KH-MTTQ ke hoach giam sat nam 2027\n" + bytes(range(255, -1, -1)) * 12


def giamsat(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the installed ``giamsat`` command with ``home`` as its home, as a clerk would."""
    env = {**os.environ, "GIAMSAT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIAMSAT_DATABASE_URL", None)
    return subprocess.run(
        [str(GIAMSAT), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def sha256(data: bytes) -> str:
    """The checksum a stored attachment is named by."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Office:
    """Where the office lives, and the arrival number of its report."""

    home: Path
    database: Path
    report_number: str

    def damage_report(self) -> None:
        """Flip one bit of the report's stored scan, keeping its size."""
        stored = attachments.stored_path(self.database.parent, sha256(REPORT))
        damaged = bytearray(stored.read_bytes())
        damaged[200] ^= 0x01  # one bit, same size
        stored.write_bytes(bytes(damaged))


def make_office(root: Path) -> Office:
    """Two incoming documents with a scan each (not yet damaged), under ``root``."""
    data = root / "GiamSat"
    path = data / "giamsat.sqlite3"
    downloads = root / "Tai-ve"
    downloads.mkdir(parents=True)
    (downloads / "75-BC-MTTQ.pdf").write_bytes(REPORT)
    (downloads / "12-KH-MTTQ.pdf").write_bytes(PLAN)
    database = open_database(f"sqlite:///{path}")
    try:
        numbers = []
        for subject, symbol, scan in (
            ("Báo cáo kết quả giám sát chính sách BHYT", "75/BC-MTTQ-BTT", "75-BC-MTTQ.pdf"),
            ("Kế hoạch giám sát năm 2027", "12/KH-MTTQ", "12-KH-MTTQ.pdf"),
        ):
            record, _ = incoming.register_incoming(
                database.session_factory,
                CLERK,
                IncomingDraft(
                    dt.date(2026, 11, 23), "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", subject, symbol
                ),
            )
            attachments.attach_files(
                database.session_factory, CLERK, data, "incoming", record.id, [downloads / scan]
            )
            numbers.append(record.arrival_number_text)
    finally:
        database.close()
    return Office(root / "home", path, numbers[0])


def restore_on_a_new_pc(
    office: Office, root: Path
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Back the office up under ``root``, then restore it on a new PC: its database, the result."""
    archive = root / "sao-luu.zip"
    assert giamsat(office.home, "--db", office.database, "backup", "-o", archive).returncode == 0
    new_pc = root / "may-moi" / "GiamSat" / "giamsat.sqlite3"
    return new_pc, giamsat(root / "home-moi", "--db", new_pc, "restore", archive)
