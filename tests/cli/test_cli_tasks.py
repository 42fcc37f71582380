"""The task commands: ``export-tasks`` and ``report follow-up`` / ``report task-tracking``.

Run in the process through ``giamsat_desktop.cli.main`` on an office holding the
hand-made year of ``tests.services.tasks.task_year``; ``report`` hands the two task forms
to ``cli.tasks.report``.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from giamsat_desktop import cli
from giamsat_desktop.reports.tasks.workbook import TASK_HEADERS
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database
from tests.services.tasks.task_year import SECRET_CONTENT, YEAR, day, make_year
from tests.session_day import TODAY


@pytest.fixture
def db(context: ServiceContext, office_database: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    """The office's SQLite file, holding the hand-made year."""
    make_year(context, monkeypatch)
    assert office_database.sqlite_file is not None
    return str(office_database.sqlite_file)


def _pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_export_tasks_writes_the_years_tasks_to_a_workbook(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nhiem-vu.xlsx"
    assert cli.main(["--db", db, "export-tasks", "--year", str(YEAR), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Đã ghi 7 nhiệm vụ vào {target}"
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(n for n, row in enumerate(rows) if row[0] == "STT")
    assert rows[header_at] == TASK_HEADERS == (
        "STT",
        "Ngày giao",
        "Văn bản nguồn",
        "Nội dung",
        "Chủ trì",
        "Phối hợp",
        "Người phụ trách",
        "Thời hạn",
        "Trạng thái",
        "Tiến độ %",
        "Ngày hoàn thành",
        "Đúng hạn/Quá hạn",
    )
    assert sheet.freeze_panes == f"A{header_at + 2}"
    assert sheet.auto_filter.ref == f"A{header_at + 1}:L{header_at + 8}"
    lines = rows[header_at + 1 :]
    assert len(lines) == 7
    lhpn = next(line for line in lines if line[4] == "Hội Liên hiệp Phụ nữ")
    assert lhpn[2] == "45/KH-MTTQ-BTT" and lhpn[6] == "Chị Lê Thị Mỹ Hạnh"
    assert lhpn[8:] == ("Hoàn thành", 100, lhpn[10], "Đúng hạn")
    assert lhpn[10].strftime("%d/%m/%Y") == f"10/04/{YEAR}"
    assert sheet.cell(header_at + 2, 11).number_format.upper() == "DD/MM/YYYY"
    assert any(line[3] == SECRET_CONTENT for line in lines)  # the command reads as the system


def test_export_tasks_refuses_a_folder_in_one_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", db, "export-tasks", "--year", str(YEAR), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("giamsat: ") and "\n" not in err and str(tmp_path) in err


def _report(db: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``giamsat --db DB report ARGS``: the exit code, what it printed, its error line."""
    code = cli.main(["--db", db, "report", *args])
    said = capsys.readouterr()
    return code, said.out.strip(), said.err.strip()


def test_report_follow_up_prints_the_period(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "theo-doi.pdf"
    period = ("--from", f"01/01/{YEAR}", "--to", f"31/12/{YEAR}")
    code, out, err = _report(db, capsys, "follow-up", *period, "-o", str(target))
    assert (code, out, err) == (0, f"Đã in ra {target}", "")
    printed = _pdf_text(target)
    assert "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN" in printed
    assert f"Từ ngày 01/01/{YEAR} đến ngày 31/12/{YEAR}" in printed
    overdue = (TODAY - day(4, 15)).days
    assert f"3. Đang thực hiện (60%), quá hạn {overdue} ngày" in printed
    assert "12/TB-CAX" not in printed  # the secret book is not in the general print


def test_report_follow_up_refuses_a_period_backwards(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "theo-doi.pdf"
    period = ("--from", f"01/03/{YEAR}", "--to", f"01/02/{YEAR}")
    code, _out, err = _report(db, capsys, "follow-up", *period, "-o", str(target))
    assert (code, err) == (2, "giamsat: Ngày đầu kỳ không được sau ngày cuối kỳ.")
    assert not target.exists()


def test_report_task_tracking_prints_one_organisation(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "hnd.pdf"
    code, out, _err = _report(
        db, capsys, "task-tracking", "--org", "hnd", "--year", str(YEAR), "-o", str(target)
    )
    assert (code, out) == (0, f"Đã in ra {target}")
    printed = _pdf_text(target)
    assert f"BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ của Hội Nông dân năm {YEAR}" in printed
    assert "Tỷ lệ hoàn thành đúng hạn: 33,3% (1/3" in printed
    assert SECRET_CONTENT in printed  # the command reads as the system


def test_report_task_tracking_names_an_unknown_or_missing_code(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    code, _out, err = _report(
        db, capsys, "task-tracking", "--org", "HOI-X", "--year", str(YEAR), "-o", str(target)
    )
    assert code == 2
    assert err == (
        "giamsat: Danh mục không có tổ chức nào mã “HOI-X”; các mã đang có: "
        "LHPN, HND, CCB, DTN, CD, TTND, GSDTCD."
    )
    code, _out, err = _report(db, capsys, "task-tracking", "-o", str(target))
    assert (code, err) == (2, "giamsat: Chưa nhập tổ chức.")
    assert not target.exists()


def test_report_follow_up_has_nothing_to_issue(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "theo-doi.pdf"
    code, _out, err = _report(db, capsys, "follow-up", "--issue", "-o", str(target))
    assert code == 2 and err.startswith("giamsat: ") and "follow-up" in err
    assert not target.exists()
