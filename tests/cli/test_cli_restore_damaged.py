"""``giamsat restore`` of an office whose scan was damaged on the disk.

The restore of a backup that lists a damaged file restores everything else and warns in
one line per damaged file, naming its document; restoring an older good backup over the
damaged local copy puts the whole file back, after which ``check`` passes.
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
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Office:
    home: Path
    database: Path
    report_number: str

    def damage_report(self) -> None:
        stored = attachments.stored_path(self.database.parent, sha256(REPORT))
        damaged = bytearray(stored.read_bytes())
        damaged[200] ^= 0x01  # one bit, same size
        stored.write_bytes(bytes(damaged))


def make_office(root: Path) -> Office:
    """Two incoming documents with a scan each (not yet damaged)."""
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


def test_restore_on_a_new_pc_warns_in_one_line_naming_the_damaged_files_document(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path)
    office.damage_report()
    archive = tmp_path / "sao-luu.zip"
    assert giamsat(office.home, "--db", office.database, "backup", "-o", archive).returncode == 0
    new_pc = tmp_path / "may-moi" / "GiamSat" / "giamsat.sqlite3"

    result = giamsat(tmp_path / "home-moi", "--db", new_pc, "restore", archive)

    assert result.returncode == 0, result.stderr
    assert attachments.stored_path(new_pc.parent, sha256(PLAN)).read_bytes() == PLAN
    warnings = [line for line in result.stderr.splitlines() if "cảnh báo:" in line]
    assert len(warnings) == 1 and warnings[0].startswith("giamsat: cảnh báo:")
    assert f"“75-BC-MTTQ.pdf” của văn bản đến số {office.report_number} năm 2026" in warnings[0]
    assert "12-KH-MTTQ.pdf" not in result.stderr


def test_an_older_good_backup_restored_over_the_damaged_copy_makes_check_pass(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path)
    good = tmp_path / "sao-luu-hom-qua.zip"
    assert giamsat(office.home, "--db", office.database, "backup", "-o", good).returncode == 0
    office.damage_report()
    assert giamsat(office.home, "--db", office.database, "check").returncode == 1

    result = giamsat(office.home, "--db", office.database, "restore", good)

    assert result.returncode == 0, result.stderr
    assert "cảnh báo" not in result.stderr
    stored = attachments.stored_path(office.database.parent, sha256(REPORT))
    assert stored.read_bytes() == REPORT
    checked = giamsat(office.home, "--db", office.database, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
