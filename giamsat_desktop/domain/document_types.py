"""Document types and their codes, as Nghị định 30/2020 (Phụ lục III) and Party practice write them.

The code is the part of a document's symbol that names its type ("BC" in 15/BC-MTTQ-BTT). Codes
mix cases on purpose ("CTr", "QyĐ", "TTr") to tell types apart, so they are kept exactly as the
decree writes them and looked up with care rather than by folding (folding would merge "HD" with
"HĐ" and "DA" with "ĐA").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from giamsat_desktop.domain.text import fold, normalize_line

__all__ = [
    "CONG_VAN",
    "DOCUMENT_TYPES",
    "DocumentType",
    "by_code",
    "by_name",
    "guess_from_subject",
]


@dataclass(frozen=True, slots=True)
class DocumentType:
    """One type of document: its code in a symbol and its Vietnamese name.

    Attributes:
        code: The canonical code, e.g. "QyĐ" for Quy định.
        name: The name as printed above the subject, e.g. "Quy định".
    """

    code: str
    name: str


CONG_VAN = DocumentType("CV", "Công văn")

DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    # Nghị định 30/2020/NĐ-CP, Phụ lục III, in the decree's order.
    DocumentType("NQ", "Nghị quyết"),
    DocumentType("QĐ", "Quyết định"),
    DocumentType("CT", "Chỉ thị"),
    DocumentType("QC", "Quy chế"),
    DocumentType("QyĐ", "Quy định"),
    DocumentType("TC", "Thông cáo"),
    DocumentType("TB", "Thông báo"),
    DocumentType("HD", "Hướng dẫn"),
    DocumentType("CTr", "Chương trình"),
    DocumentType("KH", "Kế hoạch"),
    DocumentType("PA", "Phương án"),
    DocumentType("ĐA", "Đề án"),
    DocumentType("DA", "Dự án"),
    DocumentType("BC", "Báo cáo"),
    DocumentType("BB", "Biên bản"),
    DocumentType("TTr", "Tờ trình"),
    DocumentType("HĐ", "Hợp đồng"),
    DocumentType("CĐ", "Công điện"),
    DocumentType("GN", "Bản ghi nhớ"),
    DocumentType("TTh", "Bản thỏa thuận"),
    DocumentType("UQ", "Giấy ủy quyền"),
    DocumentType("GM", "Giấy mời"),
    DocumentType("GGT", "Giấy giới thiệu"),
    DocumentType("NP", "Giấy nghỉ phép"),
    DocumentType("PG", "Phiếu gửi"),
    DocumentType("PC", "Phiếu chuyển"),
    DocumentType("PB", "Phiếu báo"),
    # Types an MTTQ office receives that the appendix does not list: Party conclusions and
    # letters (in state style a công văn carries no code), and legal documents.
    DocumentType("KL", "Kết luận"),
    CONG_VAN,
    DocumentType("NĐ", "Nghị định"),
    DocumentType("TT", "Thông tư"),
    DocumentType("TTLT", "Thông tư liên tịch"),
    DocumentType("NQLT", "Nghị quyết liên tịch"),
)


def _code_key(code: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", code.strip()).casefold())


_BY_EXACT_CODE: dict[str, DocumentType] = {kind.code: kind for kind in DOCUMENT_TYPES}
_BY_CODE_KEY: dict[str, DocumentType] = {_code_key(kind.code): kind for kind in DOCUMENT_TYPES}
_BY_FOLDED_NAME: dict[str, DocumentType] = {fold(kind.name): kind for kind in DOCUMENT_TYPES}
# Longest first, so that "Nghị quyết liên tịch" is tried before "Nghị quyết".
_NAMES_LONGEST_FIRST: tuple[tuple[str, DocumentType], ...] = tuple(
    sorted(_BY_FOLDED_NAME.items(), key=lambda item: len(item[0]), reverse=True)
)
_CONG_VAN_ABBREVIATION = "v/v"


def by_code(code: str) -> DocumentType | None:
    """Find a document type by the code written in a symbol.

    Clerks type codes in any case ("qđ", "QYĐ") and text pasted from PDFs may be decomposed, so
    after an exact match a match ignoring case and Unicode composition is accepted. Marks are
    not ignored: "QD" is not "QĐ", and "HD" (Hướng dẫn) must never become "HĐ" (Hợp đồng).

    Args:
        code: A type code such as "BC" or "QyĐ".

    Returns:
        The document type, or None when the code is not a known one.
    """
    exact = _BY_EXACT_CODE.get(code)
    if exact is not None:
        return exact
    return _BY_CODE_KEY.get(_code_key(code))


def by_name(name: str) -> DocumentType | None:
    """Find a document type by its Vietnamese name, ignoring case and marks.

    Imported registers spell names in capitals, without marks or in NFD ("KE HOACH").

    Args:
        name: A type name such as "Kế hoạch".

    Returns:
        The document type, or None when the name is not a known one.
    """
    return _BY_FOLDED_NAME.get(fold(name))


def _starts_with_word(folded: str, prefix: str) -> bool:
    if not folded.startswith(prefix):
        return False
    rest = folded[len(prefix) :]
    return not rest or not rest[0].isalnum()


def guess_from_subject(subject: str) -> DocumentType | None:
    """Guess the type of a document from a "Tên loại và trích yếu" text.

    Old registers keep type and subject in one column ("Kế hoạch tổ chức ...", "KH triển
    khai ...", "V/v góp ý ..."); importing them needs the type back. A name matches ignoring
    case and marks and must end at a word boundary, longest name first. A code matches only
    when written exactly (or in capitals, e.g. "TTR") and followed by a space: lower-case
    "đa" or "da" starting a subject is an ordinary Vietnamese word, not a code. "V/v" (về việc)
    heads the subject of a công văn.

    Args:
        subject: The type name and subject line as registered.

    Returns:
        The guessed document type, or None when nothing at the start of the subject names one.
    """
    line = normalize_line(subject)
    folded = fold(line)
    for folded_name, kind in _NAMES_LONGEST_FIRST:
        if _starts_with_word(folded, folded_name):
            return kind
    first_word, space, _ = line.partition(" ")
    if space:
        for kind in DOCUMENT_TYPES:
            if first_word in (kind.code, kind.code.upper()):
                return kind
    if _starts_with_word(folded, _CONG_VAN_ABBREVIATION):
        return CONG_VAN
    return None
