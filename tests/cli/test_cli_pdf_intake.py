"""``read-pdf`` and ``import-pdf``: incoming documents registered from their PDFs, headless."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from giamsat_desktop import cli
from giamsat_desktop.db.models import IncomingDocument
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.safety.database import Database
from tests.services.pdf_intake.letterheads import party_letter, state_letter, write_letter


@pytest.fixture
def db(office_database: Database) -> str:
    assert office_database.sqlite_file is not None
    return str(office_database.sqlite_file)


def test_read_pdf_prints_the_fields_one_per_line_and_saves_nothing(
    db: str, context: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_letter(tmp_path / "bao-cao.pdf", state_letter(pages=2))

    assert cli.main(["--db", db, "read-pdf", str(path)]) == 0

    assert capsys.readouterr().out.splitlines() == [
        "Cơ quan ban hành: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre",
        "Số, ký hiệu: 15/BC-MTTQ-BTT",
        "Ngày văn bản: 11/03/2022",
        "Loại văn bản: Báo cáo",
        "Trích yếu: Kết quả công tác giám sát và phản biện xã hội",
        "Người ký: Nguyễn Văn Minh",
        "Số trang: 2",
    ]
    with context.factory() as session:
        assert session.scalar(select(func.count(IncomingDocument.id))) == 0


def test_import_pdf_registers_each_readable_file_and_refuses_the_others(
    db: str, context: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write_letter(tmp_path / "bao-cao.pdf", state_letter())
    letter = write_letter(tmp_path / "cong-van.pdf", party_letter())
    scan = tmp_path / "ban-chup.pdf"
    canvas = Canvas(str(scan), pagesize=A4)
    canvas.rect(80, 80, 400, 600)
    canvas.save()
    args = ["--db", db, "import-pdf", str(report), str(scan), str(letter), str(report)]

    assert cli.main([*args, "--arrival", "05/12/2026"]) == 2

    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "bao-cao.pdf: vào sổ số đến 1, 15/BC-MTTQ-BTT",
        "cong-van.pdf: vào sổ số đến 2, 558-CV/ĐUK",
    ]
    assert err.splitlines() == [
        "ban-chup.pdf: không vào sổ: là bản chụp, không có lớp chữ",
        "bao-cao.pdf: không vào sổ: tệp này đã vào sổ (số đến 1)",
    ]
    with context.factory() as session:
        rows = session.scalars(select(IncomingDocument)).all()
        registered = {
            row.symbol: (row.id, row.issuer, row.type_code, row.subject, row.signer) for row in rows
        }
    assert set(registered) == {"15/BC-MTTQ-BTT", "558-CV/ĐUK"}
    key, *party = registered["558-CV/ĐUK"]
    assert tuple(party) == (
        "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
        "CV",
        "V/v tăng cường công tác dân vận trong tình hình mới",
        "Trần Thị Thu Hà",
    )
    assert [
        f.file_name for f in attachments.list_attachments(context.factory, "incoming", key)
    ] == ["cong-van.pdf"]


def test_read_pdf_of_a_scan_says_it_cannot_read_it(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "ban-chup.pdf"
    canvas = Canvas(str(scan), pagesize=A4)
    canvas.rect(80, 80, 400, 600)
    canvas.save()

    assert cli.main(["--db", db, "read-pdf", str(scan)]) == 2

    assert "là bản chụp (không có lớp chữ)" in capsys.readouterr().err


def test_read_pdf_says_who_signed_and_that_it_did_not_verify(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.pdf_intake.signing import make_certificate, sign

    source = write_letter(tmp_path / "van-ban.pdf", state_letter())
    key, certificate = make_certificate(tmp_path, "Nguyễn Văn Minh", "Ủy ban MTTQ tỉnh Bến Tre")
    signed = sign(source, tmp_path / "da-ky.pdf", key, certificate, "NguoiKy")

    assert cli.main(["--db", db, "read-pdf", str(signed)]) == 0

    lines = capsys.readouterr().out.splitlines()
    signature = next(line for line in lines if line.startswith("Chữ ký số: "))
    assert signature.startswith("Chữ ký số: Nguyễn Văn Minh (Ủy ban MTTQ tỉnh Bến Tre), ký lúc ")
    assert signature.endswith(", chứng thư do Nguyễn Văn Minh cấp")
    assert "không kiểm tra chứng thư" in lines[lines.index(signature) + 1]
