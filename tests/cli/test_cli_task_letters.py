"""``giamsat report task-letter`` and ``report chase-letter``: the tasks' letters, headless."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import types
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

import giamsat_desktop.cli as cli
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.domain.registers import IncomingDraft
from giamsat_desktop.domain.tasks import TaskDraft
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.catalog.organizations import list_organizations
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.safety.database import open_database
from giamsat_desktop.services.tasks import assign
from tests.cli.test_cli_registers import giamsat
from tests.offices import TAN_HUNG
from tests.session_day import TODAY

DAY = dt.timedelta(days=1)
WOMEN_LATE = "Khảo sát hộ nghèo"
FARMERS_LATE = "Ra quân làm đường"
FARMERS_LATER = "Phát động thi đua"


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, int]:
    """An office with a directive whose tasks are given: home, database, the directive's id."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "van-phong.sqlite3"
    database = open_database(f"sqlite:///{db}")
    try:
        factory = database.session_factory
        office_service.set_up_office(factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
        orgs = {org.code: org.id for org in list_organizations(factory)}
        directive, _ = incoming.register_incoming(
            factory,
            SYSTEM,
            IncomingDraft(
                TODAY - 20 * DAY,
                "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
                "Giám sát việc thực hiện chính sách bảo hiểm y tế",
                symbol="45/KH-MTTQ-BTT",
                type_code="KH",
                doc_date=TODAY - 21 * DAY,
            ),
        )
        assign.assign_tasks(
            factory,
            SYSTEM,
            [
                TaskDraft(WOMEN_LATE, orgs["LHPN"], (orgs["HND"],), "", TODAY - 10 * DAY),
                TaskDraft(FARMERS_LATE, orgs["HND"], (), "", TODAY - 4 * DAY),
                TaskDraft(FARMERS_LATER, orgs["HND"], (), "", TODAY + 9 * DAY),
            ],
            source_id=directive.id,
            instruction="Giao các tổ chức thành viên thực hiện",
        )
    finally:
        database.close()
    return home, db, directive.id


def _pdf(path: Path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def _docx(path: Path) -> str:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return " ".join(" ".join(parts).split())


def test_task_letter_prints_a_draft_then_new_and_issue_number_it(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, directive = office
    pdf, word = tmp_path / "giao.pdf", tmp_path / "giao.docx"
    shown = giamsat(
        home, "--db", str(db), "report", "task-letter", "--id", str(directive), "-o", str(pdf)
    )
    assert shown.returncode == 0, shown.stderr
    text = _pdf(pdf)
    assert "DỰ THẢO" in text and "V/v triển khai thực hiện Kế hoạch số 45/KH-MTTQ-BTT" in text
    for content in (WOMEN_LATE, FARMERS_LATE, FARMERS_LATER):
        assert content in text

    refused = giamsat(
        home,
        "--db",
        str(db),
        "report",
        "task-letter",
        "--id",
        str(directive),
        "--issue",
        "-o",
        str(pdf),
    )
    assert refused.returncode != 0 and "Chưa có dự thảo để phát hành" in refused.stderr

    made = giamsat(
        home,
        "--db",
        str(db),
        "report",
        "task-letter",
        "--id",
        str(directive),
        "--new",
        "--issue",
        "-o",
        str(word),
    )
    assert made.returncode == 0, made.stderr
    assert "Đã lập dự thảo mã số" in made.stdout and "Đã phát hành" in made.stdout
    symbol = made.stdout.split("số ")[-1].split()[0]
    issued = _docx(word)
    assert f"Số: {symbol}" in issued and WOMEN_LATE in issued and "DỰ THẢO" not in issued
    again = giamsat(
        home, "--db", str(db), "report", "task-letter", "--id", str(directive), "-o", str(pdf)
    )
    assert again.returncode == 0 and f"Số: {symbol}" in _pdf(pdf)  # the issued one, reprinted


def test_chase_letter_lists_only_the_organisations_overdue_tasks(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, _directive = office
    pdf, word = tmp_path / "don-doc.pdf", tmp_path / "don-doc.docx"
    for target in (pdf, word):
        result = giamsat(
            home, "--db", str(db), "report", "chase-letter", "--org", "hnd", "-o", str(target)
        )
        assert result.returncode == 0, result.stderr
    for text in (_pdf(pdf), _docx(word)):
        assert "V/v đôn đốc thực hiện nhiệm vụ quá hạn" in text
        assert "Kính gửi: Hội Nông dân" in text
        assert FARMERS_LATE in text
        assert WOMEN_LATE not in text and FARMERS_LATER not in text

    issued = giamsat(
        home,
        "--db",
        str(db),
        "report",
        "chase-letter",
        "--org",
        "HND",
        "--new",
        "--issue",
        "-o",
        str(pdf),
    )
    assert issued.returncode == 0, issued.stderr
    assert "Đã phát hành văn bản mã số" in issued.stdout


def test_an_unknown_code_or_nothing_overdue_is_one_vietnamese_line(
    office: tuple[Path, Path, int], tmp_path: Path
) -> None:
    home, db, _directive = office
    out = tmp_path / "don-doc.pdf"
    unknown = giamsat(
        home, "--db", str(db), "report", "chase-letter", "--org", "XYZ", "-o", str(out)
    )
    assert unknown.returncode != 0 and not out.exists()
    assert unknown.stderr.strip().splitlines() == [
        "giamsat: Danh mục không có tổ chức nào mã “XYZ”; các mã đang có: LHPN, HND, CCB, DTN, "
        "CD, TTND, GSDTCD."
    ]
    nothing = giamsat(
        home, "--db", str(db), "report", "chase-letter", "--org", "CCB", "-o", str(out)
    )
    assert nothing.returncode != 0 and not out.exists()
    assert "Hội Cựu chiến binh không có nhiệm vụ chủ trì nào quá hạn" in nothing.stderr
    missing = giamsat(home, "--db", str(db), "report", "chase-letter", "-o", str(out))
    assert missing.returncode != 0 and "Chưa nhập tổ chức" in missing.stderr
    no_tasks = giamsat(
        home, "--db", str(db), "report", "task-letter", "--id", "999", "-o", str(out)
    )
    assert no_tasks.returncode != 0 and "Không tìm thấy văn bản đến (mã số 999)" in no_tasks.stderr


def test_follow_up_and_task_tracking_are_handed_to_the_tasks_commands(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[argparse.Namespace] = []
    fake = types.ModuleType("giamsat_desktop.cli.tasks")
    fake.report = lambda args: seen.append(args) or 0  # type: ignore[attr-defined]
    monkeypatch.setattr(cli, "tasks", fake, raising=False)
    monkeypatch.setitem(__import__("sys").modules, "giamsat_desktop.cli.tasks", fake)
    out = str(tmp_path / "f.pdf")
    db = str(tmp_path / "x.sqlite3")
    assert (
        cli.main(
            ["--db", db, "report", "task-tracking", "--org", "HND", "--year", "2026", "-o", out]
        )
        == 0
    )
    assert (
        cli.main(
            [
                "--db",
                db,
                "report",
                "follow-up",
                "--from",
                "01/01/2026",
                "--to",
                "30/06/2026",
                "-o",
                out,
            ]
        )
        == 0
    )
    tracking, follow_up = seen
    assert (tracking.form, tracking.org, tracking.year) == ("task-tracking", "HND", 2026)
    assert (follow_up.form, follow_up.date_from, follow_up.date_to) == (
        "follow-up",
        dt.date(2026, 1, 1),
        dt.date(2026, 6, 30),
    )


def test_the_help_of_report_names_the_tasks_letters(tmp_path: Path) -> None:
    text = " ".join(giamsat(tmp_path, "report", "--help").stdout.split())
    assert (
        "task-letter: công văn giao nhiệm vụ theo một văn bản đến (--id: mã số văn bản đến)" in text
    )
    assert "chase-letter: công văn đôn đốc một tổ chức" in text and "--org" in text
