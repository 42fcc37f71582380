"""A PDF in the Nghị định 30 layout read for its register entry, in the layouts offices send.

Each document is drawn here with reportlab from its data, then read back: every field must
be what a clerk would write. A scan reads nothing; a damaged or locked file is refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.pdf_intake.reading import PdfReading, read_pdf
from giamsat_desktop.services.registers.incoming import register_incoming
from tests.services.pdf_intake.letterheads import Letter, party_letter, state_letter, write_letter
from tests.session_day import TODAY

VARIANTS = {
    "state header, blocks side by side": state_letter(),
    "the right block drawn first": state_letter(order="right-first"),
    "both blocks drawn row by row": state_letter(order="rows"),
    "Party header with its star, Số without a colon": party_letter(),
    "Party header drawn row by row": party_letter(order="rows"),
    "a body over three lines": state_letter(
        above=(),
        body=("ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", ""),
        number="Số: 120/KH-UBND",
        symbol="120/KH-UBND",
        type_name="KẾ HOẠCH",
        type_code="KH",
        issuer="Ủy ban nhân dân xã Tân Hưng",
        position=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ),
    "a subject over three lines": state_letter(
        type_name="QUYẾT ĐỊNH",
        type_code="QĐ",
        number="Số: 07/QĐ-MTTQ-BTT",
        symbol="07/QĐ-MTTQ-BTT",
        subject_lines=(
            "Về việc thành lập Đoàn giám sát việc thực hiện chính sách",
            "bảo hiểm y tế đối với người cao tuổi trên địa bàn",
            "tỉnh Bến Tre năm 2022",
        ),
        subject=(
            "Về việc thành lập Đoàn giám sát việc thực hiện chính sách bảo hiểm y tế đối với "
            "người cao tuổi trên địa bàn tỉnh Bến Tre năm 2022"
        ),
    ),
    "a symbol broken over two lines": party_letter(split_symbol=6, order="right-first"),
    "a state symbol broken after its dash": state_letter(split_symbol=11),
    "a công văn's V/v over three lines": state_letter(
        type_name="",
        type_code="CV",
        number="Số: 231/MTTQ-BTT",
        symbol="231/MTTQ-BTT",
        subject_lines=(
            "V/v đôn đốc thực hiện kiến nghị",
            "sau giám sát an toàn thực phẩm",
            "tại các chợ",
        ),
        subject="V/v đôn đốc thực hiện kiến nghị sau giám sát an toàn thực phẩm tại các chợ",
    ),
    "a body under a People's Committee": state_letter(
        above=("UBND TỈNH TÂY NINH",),
        body=("SỞ Y TẾ",),
        number="Số: 1523/SYT-NVY",
        symbol="1523/SYT-NVY",
        type_name="",
        type_code="CV",
        subject_lines=("V/v phòng, chống dịch bệnh mùa mưa",),
        subject="V/v phòng, chống dịch bệnh mùa mưa",
        issuer="Sở Y tế tỉnh Tây Ninh",
        position=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ),
    "three pages, signed on the last": state_letter(pages=3),
    "the date line drawn before the motto": state_letter(date_first=True),
    "a Party letter drawn date first, row by row": party_letter(date_first=True, order="rows"),
    "typed in TCVN3 (.VnTime, .VnTimeH)": state_letter(legacy="tcvn3"),
    "a Party letter in TCVN3": party_letter(legacy="tcvn3", order="right-first"),
    "typed in VNI (VNI-Times)": state_letter(legacy="vni"),
    "a Party letter in VNI": party_letter(legacy="vni", order="rows"),
}


def _read(context: ServiceContext, tmp_path: Path, letter: Letter) -> PdfReading:
    return read_pdf(context.factory, SYSTEM, write_letter(tmp_path / "van-ban.pdf", letter))


@pytest.mark.parametrize("name", list(VARIANTS))
def test_every_field_is_read_from_the_layout(
    context: ServiceContext, tmp_path: Path, name: str
) -> None:
    letter = VARIANTS[name]

    found = _read(context, tmp_path, letter)

    read = (
        found.issuer,
        found.symbol,
        found.doc_date,
        found.type_code,
        found.subject,
        found.signer,
    )
    expected = (
        letter.issuer, letter.symbol, letter.doc_date, letter.type_code, letter.subject,
        letter.signer,
    )  # fmt: skip
    assert read == expected
    assert found.page_count == letter.pages and found.has_text and found.missing == ()


def test_the_issuer_is_written_as_the_register_already_writes_it(
    context: ServiceContext, tmp_path: Path
) -> None:
    path = write_letter(tmp_path / "a.pdf", state_letter())
    first = read_pdf(context.factory, SYSTEM, path)
    known = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre"
    assert first.issuer == known
    spelled = "Ban Thường Trực Ủy Ban MTTQ Việt Nam Tỉnh Bến Tre"  # as a clerk once typed it
    register_incoming(
        context.factory,
        SYSTEM,
        dataclasses.replace(first.draft(TODAY), issuer=spelled, symbol="1/BC"),
    )

    again = read_pdf(context.factory, SYSTEM, path)

    assert again.issuer == spelled


def test_the_same_file_and_the_same_document_are_flagged(
    context: ServiceContext, tmp_path: Path
) -> None:
    path = write_letter(tmp_path / "a.pdf", state_letter())
    first = read_pdf(context.factory, SYSTEM, path)
    assert (first.same_file, first.look_alike) == ((), ())
    record, _ = register_incoming(
        context.factory, SYSTEM, first.draft(TODAY), files=[path], data_folder=context.data_folder
    )
    assert record.attachment_count == 1

    again = read_pdf(context.factory, SYSTEM, path)
    assert [found.id for found in again.same_file] == [record.id]
    other = write_letter(tmp_path / "b.pdf", state_letter(signer="Lê Văn Tám"))  # other bytes
    retyped = read_pdf(context.factory, SYSTEM, other)
    assert retyped.same_file == () and [found.id for found in retyped.look_alike] == [record.id]


def test_a_scan_reads_nothing_and_says_so(context: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "ban-chup.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for line in range(40):  # the strokes of a scanned page: no text layer
        canvas.line(80, 780 - line * 18, 520, 780 - line * 18)
    canvas.showPage()
    canvas.save()

    found = read_pdf(context.factory, SYSTEM, path)

    assert (found.has_text, found.page_count, found.filled) == (False, 1, ())
    assert found.missing == ("issuer", "symbol", "doc_date")


def test_a_pdf_with_an_empty_password_is_read_one_with_a_password_is_refused(
    context: ServiceContext, tmp_path: Path
) -> None:
    letter = state_letter()
    locked = tmp_path / "khoa.pdf"
    canvas = Canvas(str(locked), pagesize=A4, encrypt=StandardEncryption("bimat", "chu-so-huu"))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 700, "Số: 1/BC")
    canvas.save()
    encrypted_letter = tmp_path / "ma-hoa-cong-van.pdf"
    _encrypt(write_letter(tmp_path / "tam.pdf", letter), encrypted_letter)

    found = read_pdf(context.factory, SYSTEM, encrypted_letter)
    assert (found.symbol, found.doc_date) == (letter.symbol, letter.doc_date)
    with pytest.raises(ValidationError) as refused:
        read_pdf(context.factory, SYSTEM, locked)
    assert refused.value.code is ErrorCode.PDF_LOCKED


def _encrypt(source: Path, target: Path) -> None:
    """The e-office export: the same document, encrypted with an empty user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="", owner_password="chu-so-huu", algorithm="AES-128")
    with target.open("wb") as out:
        writer.write(out)


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n1 0 obj << /Type /Catalog", b"khong phai pdf", b"%PDF-1.4\n" + b"\x00" * 500],
)
def test_a_damaged_file_is_refused_plainly(
    context: ServiceContext, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "hong.pdf"
    path.write_bytes(content)

    with pytest.raises(ValidationError) as refused:
        read_pdf(context.factory, SYSTEM, path)

    assert refused.value.code is ErrorCode.PDF_UNREADABLE
    assert refused.value.values["file"] == "hong.pdf"


def test_the_person_and_the_body_that_signed_are_read_from_the_signatures(
    context: ServiceContext, tmp_path: Path
) -> None:
    from tests.services.pdf_intake.signing import make_certificate, sign

    body = "Ủy ban MTTQ Việt Nam tỉnh Bến Tre"
    source = write_letter(tmp_path / "van-ban.pdf", state_letter())
    person_key, person_cert = make_certificate(tmp_path, "Nguyễn Văn Minh", body)
    body_key, body_cert = make_certificate(tmp_path, body, body)
    once = sign(source, tmp_path / "ky-1.pdf", person_key, person_cert, "NguoiKy")
    twice = sign(once, tmp_path / "ky-2.pdf", body_key, body_cert, "CoQuan")

    found = read_pdf(context.factory, SYSTEM, twice)

    assert [(s.signer, s.organization) for s in found.signatures] == [
        ("Nguyễn Văn Minh", body),
        (body, body),
    ]
    now = dt.datetime.now(dt.UTC)
    assert all(
        s.signed_at is not None and abs(now - s.signed_at) < dt.timedelta(hours=1)
        for s in found.signatures
    )
    assert found.symbol == "15/BC-MTTQ-BTT"  # the signed file still reads
    assert read_pdf(context.factory, SYSTEM, source).signatures == ()
