"""``giamsat restore`` of an office whose scan was damaged on the disk.

The restore of a backup that lists a damaged file restores everything else and warns in
one line per damaged file, naming its document; restoring an older good backup over the
damaged local copy puts the whole file back, after which ``check`` passes.
"""

from __future__ import annotations

from pathlib import Path

from giamsat_desktop.services.files import attachments
from tests.cli.damaged_office import PLAN, REPORT, giamsat, make_office, restore_on_a_new_pc, sha256


def test_restore_on_a_new_pc_warns_in_one_line_naming_the_damaged_files_document(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path)
    office.damage_report()

    new_pc, result = restore_on_a_new_pc(office, tmp_path)

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
