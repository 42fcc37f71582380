"""Documents in the Nghị định 30 layout, drawn with reportlab, and what a register reads in them.

Each ``Letter`` is the data of one document and the fields a clerk would write in the
register; ``write_letter`` draws it (state or Party header, blocks drawn in several orders,
lines broken where the options say), so that reading it back can be checked field by field.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONTS = Path(__file__).parents[3] / "resources" / "fonts"
_REGISTERED: set[str] = set()


def _font(bold: bool = False, italic: bool = False) -> str:
    """The corpus's own registration of Tinos, under names the program's forms never use
    (registering the forms' names again would change the fonts of the forms drawn later)."""
    style = (
        "BoldItalic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular"
    )
    name = f"CorpusTinos-{style}"
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"Tinos-{style}.ttf")))
        _REGISTERED.add(name)
    return name


@dataclass(frozen=True)
class Letter:
    """One document: what it prints, how it is drawn, and what the register reads in it."""

    above: tuple[str, ...]
    body: tuple[str, ...]
    number: str
    """The "Số" line as printed: "Số: 15/BC-MTTQ-BTT" or "Số 558-CV/ĐUK"."""
    place_date: str
    subject_lines: tuple[str, ...]
    issuer: str
    symbol: str
    doc_date: dt.date
    type_code: str
    subject: str
    signer: str = "Nguyễn Văn Minh"
    type_name: str = ""
    """The type's name in capitals; empty for a công văn ("V/v" lines under the symbol)."""
    party: bool = False
    position: tuple[str, ...] = ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH")
    pages: int = 1
    order: str = "left-first"
    """How the header is drawn: "left-first", "right-first" or "rows" (across both blocks)."""
    split_symbol: int = 0
    """Break the symbol after this many characters (0: one line)."""
    date_first: bool = False
    """Draw the place-and-date line before the motto (where it still stands below it)."""
    legacy: str = ""
    """Typed in "tcvn3" (.VnTime, .VnTimeH) or "vni" (VNI-Times): the text holds their codes."""
    body_text: tuple[str, ...] = field(
        default=(
            "Thực hiện chương trình công tác năm, đơn vị triển khai các nội dung sau đây để",
            "các cơ quan, đơn vị phối hợp thực hiện đúng tiến độ và báo cáo kết quả.",
        )
    )


def to_tcvn3(text: str) -> str:
    """``text`` as a TCVN3 file holds it (its bytes read as Latin-1).

    A capital with a tone takes the small letter's code, as the capitals font .VnTimeH
    draws it.
    """
    from giamsat_desktop.domain.legacy_text import _TCVN3  # the decoder's own table

    codes = {letter: code for code, letter in _TCVN3.items()}
    out = []
    for char in unicodedata.normalize("NFC", text):
        out.append(codes.get(char) or codes.get(char.lower()) or char)
    return "".join(out)


def to_vni(text: str) -> str:
    """``text`` as a VNI file holds it: a base letter and its marks (capital marks for a
    capital), or the one code VNI gives a letter."""
    from giamsat_desktop.domain.legacy_text import _VNI_PAIRS, _VNI_SINGLE  # its own tables

    codes: dict[str, str] = {}
    for code, letter in [*_VNI_SINGLE.items(), *_VNI_PAIRS.items()]:
        kept = codes.get(letter)
        if kept is None or (letter.isupper() and code.isupper() and not kept.isupper()):
            codes[letter] = code
    return "".join(codes.get(char, char) for char in unicodedata.normalize("NFC", text))


class _Legacy(Canvas):
    """A canvas writing legacy text: its text layer holds the codes, as the old fonts' does."""

    encode = staticmethod(to_tcvn3)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        super().drawCentredString(x, y, self.encode(text), *args, **kwargs)

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        super().drawString(x, y, self.encode(text), *args, **kwargs)


class _Vni(_Legacy):
    encode = staticmethod(to_vni)


def write_letter(path: Path, letter: Letter) -> Path:
    """Draw ``letter`` into ``path``; returns it."""
    width, height = A4
    kind = {"tcvn3": _Legacy, "vni": _Vni}.get(letter.legacy, Canvas)
    canvas = kind(str(path), pagesize=A4)
    left_x, right_x = 150.0, 420.0
    top = height - 60
    step = 15.0
    left: list[tuple[str, bool, bool]] = [(line, False, False) for line in letter.above]
    left += [(line, True, False) for line in letter.body]
    if letter.party:
        left.append(("*", False, False))
    else:
        left.append(("", False, False))
    number = letter.number
    number_lines = [number]
    if letter.split_symbol:
        cut = number.index(letter.symbol[: letter.split_symbol]) + letter.split_symbol
        number_lines = [number[:cut], number[cut:]]
    motto = (
        [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False)]
        if letter.party
        else [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
            ("Độc lập - Tự do - Hạnh phúc", True, False),
        ]
    )
    number_row = len(left)
    rows: list[tuple[float, float, str, bool, bool]] = []  # x centre, y, text, bold, italic
    for index, (text, bold, italic) in enumerate(left):
        rows.append((left_x, top - index * step, text, bold, italic))
    for index, text in enumerate(number_lines):
        rows.append((left_x, top - (number_row + index) * step, text, False, False))
    after_number = number_row + len(number_lines)
    subject_rows: list[tuple[float, float, str, bool, bool]] = []
    if not letter.type_name:
        for index, text in enumerate(letter.subject_lines):
            subject_rows.append((left_x, top - (after_number + index) * step, text, False, False))
    right = [
        (right_x, top - index * step, text, bold, italic)
        for index, (text, bold, italic) in enumerate(motto)
    ]
    right.append((right_x, top - number_row * step, letter.place_date, False, True))
    if letter.order == "right-first":
        drawn = right + rows + subject_rows
    elif letter.order == "rows":
        drawn = sorted(rows + right + subject_rows, key=lambda row: (-row[1], row[0]))
    else:
        drawn = rows + subject_rows + right
    for x, y, text, bold, italic in drawn:
        canvas.setFont(_font(bold, italic), 13 if not italic else 13)
        canvas.drawCentredString(x, y, text)
    y = top - (after_number + max(len(subject_rows), 0) + 2) * step
    if letter.type_name:
        canvas.setFont(_font(True), 14)
        canvas.drawCentredString(width / 2, y, letter.type_name)
        for line in letter.subject_lines:
            y -= step + 1
            canvas.drawCentredString(width / 2, y, line)
        y -= 2 * step
    else:
        canvas.setFont(_font(), 13)
        canvas.drawCentredString(width / 2, y, "Kính gửi: Các cơ quan, đơn vị liên quan")
        y -= 2 * step
    for page in range(letter.pages):
        canvas.setFont(_font(), 13)
        for line in letter.body_text:
            canvas.drawString(85, y, line)
            y -= step + 3
        if page < letter.pages - 1:
            canvas.showPage()
            y = height - 80
    y -= step
    canvas.setFont(_font(True), 13)
    for line in letter.position:
        canvas.drawCentredString(right_x, y, line)
        y -= step
    canvas.setFont(_font(True, True), 12)
    canvas.drawString(85, y + step, "Nơi nhận:")
    canvas.setFont(_font(True), 13)
    canvas.drawCentredString(right_x, y - 4 * step, letter.signer)
    canvas.showPage()
    canvas.save()
    return path


def state_letter(**changes: object) -> Letter:
    """A Ban Thường trực's report of a province's Front, changed as asked."""
    values: dict[str, object] = {
        "above": ("ỦY BAN MTTQ VIỆT NAM", "TỈNH BẾN TRE"),
        "body": ("BAN THƯỜNG TRỰC",),
        "number": "Số: 15/BC-MTTQ-BTT",
        "place_date": "Bến Tre, ngày 11 tháng 3 năm 2022",
        "type_name": "BÁO CÁO",
        "subject_lines": ("Kết quả công tác giám sát và phản biện xã hội",),
        "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre",
        "symbol": "15/BC-MTTQ-BTT",
        "doc_date": dt.date(2022, 3, 11),
        "type_code": "BC",
        "subject": "Kết quả công tác giám sát và phản biện xã hội",
    }
    values.update(changes)
    return Letter(**values)  # type: ignore[arg-type]


def party_letter(**changes: object) -> Letter:
    """A Party committee's công văn, changed as asked."""
    values: dict[str, object] = {
        "above": ("ĐẢNG BỘ TỈNH BẾN TRE",),
        "body": ("ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH",),
        "party": True,
        "number": "Số 558-CV/ĐUK",
        "place_date": "Bến Tre, ngày 02 tháng 6 năm 2023",
        "subject_lines": ("V/v tăng cường công tác dân vận", "trong tình hình mới"),
        "issuer": "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
        "symbol": "558-CV/ĐUK",
        "doc_date": dt.date(2023, 6, 2),
        "type_code": "CV",
        "subject": "V/v tăng cường công tác dân vận trong tình hình mới",
        "position": ("T/M BAN THƯỜNG VỤ", "BÍ THƯ"),
        "signer": "Trần Thị Thu Hà",
    }
    values.update(changes)
    return Letter(**values)  # type: ignore[arg-type]
