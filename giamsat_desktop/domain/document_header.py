"""The fields of a register entry read from a document's first page, as Nghị định 30 lays it out.

The page comes as pieces of text with their place (``TextPiece``): a piece is a run of one
line that no wide gap splits, so the two header blocks are told apart by where they stand,
not by the order a PDF's text comes in. The left block names the issuing body above "Số"
and, in a công văn, the subject after "V/v" below it; the right block holds the motto (or
"ĐẢNG CỘNG SẢN VIỆT NAM") and the place-and-date line. Under the header, centred and bold,
the type's name in capitals, then the subject's lines. The signer is the name closing the
signature block, on the right of the last page.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from giamsat_desktop.domain.body_names import body_name_candidates
from giamsat_desktop.domain.date_line import parse_vietnamese_date
from giamsat_desktop.domain.document_types import CONG_VAN, DocumentType, by_name
from giamsat_desktop.domain.symbols import clean_symbol
from giamsat_desktop.domain.text import fold

__all__ = ["HeaderFields", "TextPiece", "read_header"]


@dataclass(frozen=True, slots=True)
class TextPiece:
    """A run of text on one line of a page, and where it stands (points, from the top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False

    @property
    def middle(self) -> float:
        """The piece's horizontal centre."""
        return (self.x0 + self.x1) / 2

    @property
    def height(self) -> float:
        """The line's height."""
        return max(1.0, self.bottom - self.top)


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """What the first page says (empty where it says nothing readable).

    Attributes:
        issuers: The issuing body's name as a register may write it, the likeliest first.
        symbol: The number and symbol ("15/BC-MTTQ-BTT", "558-CV/ĐUK").
        doc_date: The date of the place-and-date line.
        document_type: The type named above the subject (Công văn for a "V/v" subject).
        subject: The subject (the lines after the type's name, or after "V/v").
        signer: The name under the signature block.
    """

    issuers: tuple[str, ...] = ()
    symbol: str = ""
    doc_date: dt.date | None = None
    document_type: DocumentType | None = None
    subject: str = ""
    signer: str = ""

    @property
    def issuer(self) -> str:
        """The likeliest name of the issuing body."""
        return self.issuers[0] if self.issuers else ""


_NUMBER_LINE = re.compile(r"^Số\s*:?\s*((?=\S*[\d/])\S.*|)$", re.IGNORECASE)
_DATED = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_SUBJECT_LINE = re.compile(r"^(?:V/v|Về việc)\s*:?\s*(.*)$", re.IGNORECASE)
_MOTTO = ("cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap", "dang cong san viet nam")
"""Folded words of the right block's motto (its first line may wrap before "VIỆT NAM")."""
_RULE = re.compile(r"^[\s*_\-–—=.·•]*$")
_POSITION = re.compile(
    r"^(TM\.|KT\.|Q\.|TL\.|TUQ\.|T/M|K/T|CHỦ TỊCH|PHÓ CHỦ TỊCH|BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG BAN"
    r"|PHÓ TRƯỞNG BAN|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG|PHÓ)",
)
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]*$")


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _is_motto(piece: TextPiece) -> bool:
    folded = fold(piece.text)
    return any(words in folded for words in _MOTTO)


def read_header(
    page: Sequence[TextPiece],
    width: float,
    last_page: Sequence[TextPiece] | None = None,
) -> HeaderFields:
    """Read the fields of the first ``page`` (``width`` points wide); the signer from ``last_page``.

    A field the page does not show is left empty: nothing is guessed.
    """
    pieces = sorted(
        (
            TextPiece(_nfc(p.text), p.x0, p.x1, p.top, p.bottom, p.bold)
            for p in page
            if p.text.strip()
        ),
        key=lambda p: (round(p.top), p.x0),
    )
    motto = [p for p in pieces if _is_motto(p)]
    split = min((p.x0 for p in motto), default=width / 2)
    split = min(split, width * 0.55)
    left = [p for p in pieces if p.middle < split and not _is_motto(p)]
    number = next((p for p in left if _NUMBER_LINE.match(p.text)), None)
    if number is None:
        return HeaderFields(signer=_signer(last_page or page, width))
    symbol, used = _symbol(number, left)
    issuers = tuple(body_name_candidates(_issuer_lines(left, number, motto)))
    doc_date = _date(pieces, number)
    below = [p for p in pieces if p.top > number.bottom and p not in used]
    document_type, subject = _type_and_subject(below, width)
    if not subject:
        subject = _v_v_subject(left, number, used)
        if subject and document_type is None:
            document_type = CONG_VAN
    return HeaderFields(
        issuers=issuers,
        symbol=symbol,
        doc_date=doc_date,
        document_type=document_type,
        subject=subject,
        signer=_signer(last_page or page, width),
    )


def _issuer_lines(
    left: list[TextPiece], number: TextPiece, motto: list[TextPiece]
) -> list[tuple[str, bool]]:
    """The left block's lines above "Số" (its rule and the Party's "*" left out)."""
    top = min((p.top for p in motto), default=0.0) - 3 * number.height
    return [
        (p.text, p.bold)
        for p in left
        if top <= p.top < number.top - number.height * 0.3 and not _RULE.match(p.text)
    ]


def _symbol(number: TextPiece, left: list[TextPiece]) -> tuple[str, list[TextPiece]]:
    """The symbol after "Số", with its end when a line break split it."""
    found = _NUMBER_LINE.match(number.text)
    text = found.group(1).strip() if found else ""
    used = [number]
    following = [p for p in left if p.top > number.top and p.top < number.bottom + number.height]
    if following:
        rest = following[0]
        cut = text.endswith(("-", "/")) or rest.text.startswith(("-", "/")) or not text
        if cut and " " not in rest.text and not _SUBJECT_LINE.match(rest.text):
            text += rest.text
            used.append(rest)
    return clean_symbol(text.replace(" ", "")), used


def _date(pieces: list[TextPiece], number: TextPiece) -> dt.date | None:
    """The place-and-date line's date: the first such line of the header."""
    for piece in pieces:
        if piece.top > number.bottom + 4 * number.height:
            break
        dated = _DATED.search(fold(piece.text))
        if dated is not None:
            day, month, year = dated.groups()
            return parse_vietnamese_date(f"{day}/{month}/{year}")
    return None


def _type_and_subject(below: list[TextPiece], width: float) -> tuple[DocumentType | None, str]:
    """The type's name (bold capitals, centred) and the subject's lines under it."""
    centre = width / 2
    for index, piece in enumerate(below):
        centred = abs(piece.middle - centre) < width * 0.12
        # In capitals as printed; a legacy capitals font may come out in small letters.
        if not (centred and (_capitals(piece.text) or piece.bold)):
            continue
        kind = by_name(piece.text.capitalize())
        if kind is None:
            continue
        lines: list[str] = []
        last = piece
        for line in below[index + 1 :]:
            gap = line.top - last.bottom
            if gap > 1.6 * last.height or abs(line.middle - centre) > width * 0.2:
                break
            if _RULE.match(line.text) or fold(line.text).startswith("kinh gui"):
                break
            if lines and line.bold != last.bold:
                break  # the subject is printed bold, the text after it is not
            if _capitals(line.text):
                break  # a decision's "BAN THƯỜNG TRỰC …" under its subject
            lines.append(line.text)
            last = line
        return kind, _subject(" ".join(lines))
    return None, ""


def _capitals(text: str) -> bool:
    """Whether every letter of ``text`` is a capital (and it has some)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _v_v_subject(left: list[TextPiece], number: TextPiece, used: list[TextPiece]) -> str:
    """A công văn's subject as a register writes it: "V/v" and its lines, under the symbol."""
    lines: list[str] = []
    last: TextPiece | None = None
    for piece in left:
        if piece.top <= number.top or piece in used:
            continue
        if last is None:
            found = _SUBJECT_LINE.match(piece.text)
            if found is None:
                continue
            lines.append(found.group(1))
        elif piece.top - last.bottom > 1.2 * last.height or _RULE.match(piece.text):
            break
        else:
            lines.append(piece.text)
        last = piece
    subject = _subject(" ".join(lines))
    return f"V/v {subject}" if subject else ""


def _subject(text: str) -> str:
    """The subject on one line, as the document words it."""
    return " ".join(text.split()).strip(" .;,")


def _signer(pieces: Sequence[TextPiece], width: float) -> str:
    """The lowest name on the right of the page under a position line (TM., CHỦ TỊCH …)."""
    right = sorted(
        (p for p in pieces if p.middle > width * 0.5 and p.text.strip()), key=lambda p: p.top
    )
    positions = [n for n, p in enumerate(right) if _POSITION.match(_nfc(p.text))]
    if not positions:
        return ""
    for piece in reversed(right[positions[0] + 1 :]):
        words = _nfc(piece.text).split()
        if 2 <= len(words) <= 6 and all(_NAME_WORD.match(word) for word in words):
            return " ".join(words)
    return ""
