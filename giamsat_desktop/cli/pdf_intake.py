"""Registering incoming documents from their PDFs: ``read-pdf`` and ``import-pdf``.

``read-pdf F.pdf`` prints the fields read from the document, one per line, and saves
nothing. ``import-pdf F.pdf [F2.pdf …]`` registers each document with its PDF attached,
arriving today (or ``--arrival D``); a file whose issuer, symbol or date could not be read,
that is a scan, or that the register already holds (the same file, or the same issuer and
symbol) is refused with its reason, and the others are still registered, each in its own
transaction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from giamsat_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    add_command,
    data_folder,
    date_argument,
    open_for_reading,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, GiamsatError, ValidationError

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands
    from giamsat_desktop.services.pdf_intake.reading import PdfReading
    from giamsat_desktop.services.pdf_intake.signatures import SignatureInfo

_NAMES = {
    "issuer": "Cơ quan ban hành",
    "symbol": "Số, ký hiệu",
    "doc_date": "Ngày văn bản",
    "type_code": "Loại văn bản",
    "subject": "Trích yếu",
    "signer": "Người ký",
    "page_count": "Số trang",
}


def add_commands(commands: Subcommands) -> None:
    """Add the commands that read an incoming PDF, and register incoming PDFs."""
    reader = add_command(
        commands, "read-pdf", _read_pdf, help="đọc các trường của một văn bản đến từ tệp PDF"
    )
    reader.add_argument("file", metavar="TỆP_PDF", type=Path, help="tệp .pdf của văn bản")
    importer = add_command(
        commands,
        "import-pdf",
        _import_pdf,
        help="vào sổ văn bản đến từ các tệp PDF (đính kèm tệp)",
        writes=True,
    )
    importer.add_argument("files", metavar="TỆP_PDF", type=Path, nargs="+", help="các tệp .pdf")
    importer.add_argument(
        "--arrival", metavar="NGÀY", type=date_argument, help="ngày đến (mặc định: hôm nay)"
    )


def signature_words(signature: SignatureInfo) -> str:
    """"Nguyễn Văn A (Ủy ban …), ký lúc 15/01/2026 09:30, chứng thư do … cấp"."""
    words = signature.signer
    if signature.organization and signature.organization != signature.signer:
        words += f" ({signature.organization})"
    if signature.signed_at is not None:
        words += f", ký lúc {signature.signed_at.astimezone():%d/%m/%Y %H:%M}"
    if signature.issuer:
        words += f", chứng thư do {signature.issuer} cấp"
    return words


NOT_VERIFIED = (
    "chương trình chỉ đọc thông tin ghi trong chữ ký số, không kiểm tra chứng thư với hệ "
    "thống chứng thực quốc gia"
)


def _lines(reading: PdfReading) -> list[str]:
    from giamsat_desktop.domain.document_types import by_code

    lines = []
    for name in reading.filled:
        value = getattr(reading, name)
        if name == "doc_date":
            value = value.strftime("%d/%m/%Y")
        elif name == "type_code":
            kind = by_code(value)
            value = kind.name if kind is not None else value
        lines.append(f"{_NAMES[name]}: {value}")
    missing = [_NAMES[name] for name in reading.missing]
    if missing:
        lines.append(f"Chưa đọc được: {', '.join(missing)}")
    for signature in reading.signatures:
        lines.append(f"Chữ ký số: {signature_words(signature)}")
    if reading.signatures:
        lines.append(f"({NOT_VERIFIED})")
    for record in reading.same_file:
        lines.append(f"Tệp này đã vào sổ: số đến {record.arrival_number_text}, {record.symbol}")
    for record in reading.look_alike:
        lines.append(f"Có thể trùng: số đến {record.arrival_number_text}, {record.symbol}")
    return lines


def _read_pdf(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.pdf_intake.reading import read_pdf

    database = open_for_reading(args.db)
    try:
        reading = read_pdf(database.session_factory, SYSTEM, args.file)
    finally:
        database.close()
    if not reading.has_text:
        raise ValidationError(ErrorCode.PDF_NO_TEXT, file=args.file.name)
    print("\n".join(_lines(reading)))
    return EXIT_OK


def _import_pdf(args: argparse.Namespace) -> int:
    from giamsat_desktop.messages import describe
    from giamsat_desktop.services.common import clock
    from giamsat_desktop.services.pdf_intake.reading import read_pdf
    from giamsat_desktop.services.registers.incoming import register_incoming

    arrival = args.arrival or clock.today()
    database = open_for_reading(args.db)
    refused = 0
    try:
        factory, folder = database.session_factory, data_folder(database)
        for path in args.files:
            try:
                reading = read_pdf(factory, SYSTEM, path)
                why = _refusal(reading)
                if why is None:
                    record, _ = register_incoming(
                        factory, SYSTEM, reading.draft(arrival), files=[path], data_folder=folder
                    )
                    print(
                        f"{path.name}: vào sổ số đến {record.arrival_number_text}, {record.symbol}"
                    )
                    continue
            except GiamsatError as exc:
                why = describe(exc.code.value, exc.values)
            refused += 1
            print(f"{path.name}: không vào sổ: {why}", file=sys.stderr)
    finally:
        database.close()
    return EXIT_OK if not refused else EXIT_FAILED


def _refusal(reading: PdfReading) -> str | None:
    """Why a PDF read this way is not registered without a clerk looking at it, or None."""
    if not reading.has_text:
        return "là bản chụp, không có lớp chữ"
    if reading.missing:
        return "chưa đọc được " + ", ".join(_NAMES[name].lower() for name in reading.missing)
    if reading.same_file:
        return f"tệp này đã vào sổ (số đến {reading.same_file[0].arrival_number_text})"
    if reading.look_alike:
        return f"có thể trùng văn bản số đến {reading.look_alike[0].arrival_number_text}"
    return None
