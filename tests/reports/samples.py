"""Realistic register rows and PDF readers shared by the printed-form tests."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import replace
from typing import Any, NamedTuple

from pypdf import PdfReader

from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.registers import IncomingRecord, OutgoingRecord, RegisterPeriod

OFFICE = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
    level=OfficeLevel.COMMUNE,
    place_name="Tân Hưng",
    date_line_place="Tân Hưng",
    higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Thị Thu Hà",
)

PERIOD = RegisterPeriod(
    year=2026,
    date_from=dt.date(2026, 1, 1),
    date_to=dt.date(2026, 12, 31),
    number_from="1",
    number_to="300",
    book_name="Sổ văn bản đến năm 2026",
)

# (issuer, symbol, type code, subject)
INCOMING_SOURCES = (
    (
        "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
        "15/BC-MTTQ-BTT",
        "BC",
        "kết quả giám sát việc thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, "
        "hộ cận nghèo trên địa bàn tỉnh năm 2026",
    ),
    (
        "Đảng ủy xã Tân Hưng",
        "558-CV/ĐUK",
        "CV",
        "V/v tăng cường lãnh đạo công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc "
        "và các đoàn thể chính trị - xã hội",
    ),
    (
        "Ủy ban nhân dân xã Tân Hưng",
        "123/UBND-VP",
        "CV",
        "V/v góp ý dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2027",
    ),
    (
        "Hội Liên hiệp Phụ nữ xã Tân Hưng",
        "07/KH-HLHPN",
        "KH",
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư ấp Tân Lập",
    ),
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Extracted text with every run of whitespace as one space, for phrase searches."""
    return " ".join(nfc(text).split())


def make_incoming(number: int, **changes: Any) -> IncomingRecord:
    issuer, symbol, type_code, subject = INCOMING_SOURCES[(number - 1) % len(INCOMING_SOURCES)]
    arrival = dt.date(2026, 1, 2) + dt.timedelta(days=number // 3)
    record = IncomingRecord(
        id=number,
        book_id=1,
        book_name="Sổ văn bản đến năm 2026",
        arrival_number=number,
        arrival_number_text=str(number),
        arrival_date=arrival,
        issuer=issuer,
        symbol=symbol,
        doc_date=arrival - dt.timedelta(days=2),
        type_code=type_code,
        subject=subject,
        signer="Trần Văn Bình",
        urgency=Urgency.NORMAL,
        secrecy=Secrecy.NORMAL,
        page_count=2,
        recipients="Đ/c Lê Thị Mỹ Hạnh, Phó Chủ tịch",
        transfer_date=arrival,
        deadline=None,
        instruction="",
        notes="",
        handling_status=HandlingStatus.PENDING,
        cancelled=False,
        cancel_reason="",
        version=1,
    )
    return replace(record, **changes)


def make_outgoing(number: int, **changes: Any) -> OutgoingRecord:
    report = number % 2 == 1
    record = OutgoingRecord(
        id=number,
        book_id=2,
        number=number,
        number_text=f"{number:02d}",
        symbol=f"{number:02d}/BC-MTTQ-BTT" if report else f"{number:02d}/MTTQ-BTT",
        type_code="BC" if report else "CV",
        issue_date=dt.date(2026, 1, 5) + dt.timedelta(days=number),
        subject=(
            "kết quả giám sát việc quản lý, sử dụng Quỹ “Vì người nghèo” xã Tân Hưng năm 2026"
            if report
            else "V/v kiến nghị sau giám sát việc thực hiện chính sách bảo hiểm xã hội tự nguyện"
        ),
        signer_name="Nguyễn Thị Thu Hà",
        signer_position="Chủ tịch",
        recipients="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh; Đảng ủy xã Tân Hưng",
        file_copy_holder="Văn phòng",
        copies=4,
        transfer_date=dt.date(2026, 1, 6) + dt.timedelta(days=number),
        urgency=Urgency.NORMAL,
        secrecy=Secrecy.NORMAL,
        notes="",
        cancelled=False,
        cancel_reason="",
        version=1,
    )
    return replace(record, **changes)


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, NFC, as pypdf extracts it."""
    return [nfc(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def first_line(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip())


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """a × b for PDF matrices [a b c d e f] (a applied first)."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


class Run(NamedTuple):
    """A piece of text drawn on a page, where and in what."""

    text: str
    x: float
    y: float
    size: float
    font: str


def text_runs(pdf: bytes, page_index: int) -> list[Run]:
    """Each piece of text drawn on a page: NFC text, baseline start, size and face name."""
    page = PdfReader(io.BytesIO(pdf)).pages[page_index]
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            where = _multiply(list(tm), list(cm))
            face = str(font["/BaseFont"]).lstrip("/").split("+")[-1] if font else ""
            runs.append(Run(nfc(text.strip()), where[4], where[5], size * abs(where[3]), face))

    page.extract_text(visitor_text=visit)
    return runs


def horizontal_rules(pdf: bytes, page_index: int) -> list[tuple[float, float, float]]:
    """Horizontal lines stroked on a page, as (left x, right x, y) in page coordinates."""
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[page_index]
    content = ContentStream(page.get_contents(), reader)
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    start: tuple[float, float] | None = None
    rules = []
    for operands, operator in content.operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            ctm = _multiply([float(v) for v in operands], ctm)
        elif operator == b"m":
            start = _apply(ctm, float(operands[0]), float(operands[1]))
        elif operator == b"l" and start is not None:
            end = _apply(ctm, float(operands[0]), float(operands[1]))
            if abs(end[1] - start[1]) < 0.01 and abs(end[0] - start[0]) > 0.01:
                rules.append((min(start[0], end[0]), max(start[0], end[0]), start[1]))
            start = end
    return rules


def _apply(ctm: list[float], x: float, y: float) -> tuple[float, float]:
    return (ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5])


def font_names(pdf: bytes) -> set[str]:
    """Base font names of every font any page uses, without the subset prefix."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names
