"""Reading and writing the "số, ký hiệu" of a document.

Two conventions reach an MTTQ office. State bodies and the MTTQ put a slash after the number
(``15/BC-MTTQ-BTT``; a công văn has no type code: ``123/MTTQ-BTT``; legal documents add the year:
``30/2020/NĐ-CP``). Party bodies put a hyphen after the number (``558-CV/ĐUK``, ``217-QĐ/TW``).
Registers need number, type and issuer apart to sort, filter and check duplicates, but a clerk
must always be able to register whatever is printed on the paper, so parsing never fails: what it
cannot read is kept as typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.document_types import DocumentType, by_code
from giamsat_desktop.domain.text import normalize, normalize_line

__all__ = [
    "ParsedSymbol",
    "SymbolStyle",
    "clean_symbol",
    "format_state_symbol",
    "parse_symbol",
    "tidy_typed_symbol",
]


class SymbolStyle(StrEnum):
    """Which convention a symbol follows; decides how it is printed back and sorted."""

    STATE = "state"
    PARTY = "party"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ParsedSymbol:
    """A document symbol split into its parts.

    Attributes:
        raw: The symbol as typed, NFC-normalised and stripped, without a leading "Số:" label.
        number: The number as written, leading zeros and letter suffix kept ("05", "125a").
        year: The year written in legal documents' symbols (30/2020/NĐ-CP), else None.
        type_code: The canonical type code when known, the code as typed in Party style when
            unknown, None for a state-style công văn or an unreadable symbol.
        issuer_code: The issuing body's code, e.g. "MTTQ-BTT" or "ĐUK".
        style: The convention the symbol follows.
    """

    raw: str
    number: str | None
    year: int | None
    type_code: str | None
    issuer_code: str | None
    style: SymbolStyle

    @property
    def document_type(self) -> DocumentType | None:
        """The document type named by the type code, None when absent or unknown."""
        return by_code(self.type_code) if self.type_code is not None else None


# "Số:", "Số", "số" before the symbol, as printed under the letterhead.
_LABEL = re.compile(r"^số(?:\s*:\s*|\s+|(?=\d))", re.IGNORECASE)
# Word processors turn a typed hyphen into a dash; read them all as a hyphen.
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACED_SEPARATOR = re.compile(r"\s*([/-])\s*")
_NUMBER = r"(?P<number>[0-9]+[A-Za-z]?)"
_PART = r"[^\W_]+"
_CODES = rf"{_PART}(?:-{_PART})*"
_STATE = re.compile(rf"{_NUMBER}(?:/(?P<year>[0-9]{{4}}))?/(?P<rest>{_CODES})")
_PARTY = re.compile(rf"{_NUMBER}-(?P<type>{_PART})/(?P<issuer>{_CODES})")
_HAS_LETTER = re.compile(r"[^\W\d_]")


# What a paste from a PDF, Word or a web page brings besides the symbol: zero-width spaces and
# joiners, the byte order mark, and control characters other than whitespace.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SEPARATORS = "/-"


def tidy_typed_symbol(text: str, cursor: int | None = None) -> tuple[str, int]:
    """Tidy a symbol while it is being typed or pasted, keeping the cursor where it was.

    Line breaks, tabs and (non-breaking) spaces next to "/" or "-" go, other runs of whitespace
    become one space, dashes become hyphens, invisible characters go, and decomposed letters are
    composed (NFC). One space typed at the end stays, so that the clerk can go on typing the
    next word; leading whitespace goes.

    Args:
        text: The field's text after the clerk's edit.
        cursor: Where the cursor stands in ``text``; None for the end.

    Returns:
        The tidied text and where the cursor stands in it, after the same characters.
    """
    if cursor is None:
        cursor = len(text)
    # Compose the part before the cursor apart, so that its length gives the new position.
    before = unicodedata.normalize("NFC", _INVISIBLE.sub("", text[:cursor]))
    after = unicodedata.normalize("NFC", _INVISIBLE.sub("", text[cursor:]))
    chars = list(_DASHES.sub("-", before + after))
    cursor = len(before)
    kept: list[str] = []
    new_cursor = 0
    index = 0
    while index < len(chars):
        if not chars[index].isspace():
            kept.append(chars[index])
            index += 1
        else:
            end = index
            while end < len(chars) and chars[end].isspace():
                end += 1
            left = kept[-1] if kept else ""
            right = chars[end] if end < len(chars) else ""
            after_a_word = left not in ("", *_SEPARATORS)
            between_words = after_a_word and right not in ("", *_SEPARATORS)
            typed_space_at_end = after_a_word and not right and chars[end - 1] == " "
            if between_words or typed_space_at_end:
                kept.append(" ")
            if index < cursor <= end:
                new_cursor = len(kept)  # the cursor sat in the whitespace: after what stays
            index = end
        if index <= cursor:
            new_cursor = len(kept)
    return "".join(kept), new_cursor


def clean_symbol(text: str) -> str:
    r"""Return a symbol in the form it is stored in.

    A symbol pasted from a PDF often arrives broken over two lines ("123-CV/" and "ĐUK"), or
    with spaces around its separators ("15 / BC - MTTQ - BTT"); stored so, it would neither
    read nor compare as the same symbol. The window, the services and the imports clean it
    the same way.

    Args:
        text: The symbol as typed, pasted or read from a file.

    Returns:
        The symbol NFC-composed, without whitespace around "/" and "-", dashes as hyphens, other
        whitespace collapsed to single spaces and stripped: "123-CV/\nĐUK" -> "123-CV/ĐUK".
    """
    return tidy_typed_symbol(text)[0].strip()


def _unknown(raw: str) -> ParsedSymbol:
    return ParsedSymbol(raw, None, None, None, None, SymbolStyle.UNKNOWN)


def _canonical_code(code: str) -> str:
    known = by_code(code)
    return known.code if known is not None else code


def parse_symbol(text: str) -> ParsedSymbol:
    """Split a "số, ký hiệu" into number, year, type and issuer.

    Spaces around "/" and "-", dashes typed for hyphens, decomposed Unicode, lower-case type
    codes and a trailing full stop are tolerated, since registers are typed by hand and pasted
    from PDFs. In state style the first part after the slash is a type code only when it is a
    known code followed by an issuer; otherwise the whole rest is the issuer (a công văn).

    Args:
        text: The symbol as typed, e.g. "Số: 15/BC-MTTQ-BTT" or "558 - CV / ĐUK".

    Returns:
        The parsed symbol; style UNKNOWN with only ``raw`` set when the text is not a symbol.
        Never raises.
    """
    raw = normalize(text)
    label = _LABEL.match(raw)
    if label is not None:
        raw = raw[label.end() :].lstrip()
    compact = _SPACED_SEPARATOR.sub(r"\1", _DASHES.sub("-", normalize_line(raw))).rstrip(".")

    party = _PARTY.fullmatch(compact)
    if party is not None and _HAS_LETTER.search(party["type"]) is not None:
        return ParsedSymbol(
            raw=raw,
            number=party["number"],
            year=None,
            type_code=_canonical_code(party["type"]),
            issuer_code=party["issuer"],
            style=SymbolStyle.PARTY,
        )

    state = _STATE.fullmatch(compact)
    if state is None or _HAS_LETTER.search(state["rest"]) is None:
        return _unknown(raw)
    first, hyphen, after = state["rest"].partition("-")
    known = by_code(first) if hyphen else None
    return ParsedSymbol(
        raw=raw,
        number=state["number"],
        year=int(state["year"]) if state["year"] is not None else None,
        type_code=known.code if known is not None else None,
        issuer_code=after if known is not None else state["rest"],
        style=SymbolStyle.STATE,
    )


def format_state_symbol(number: int | str, type_code: str | None, suffix: str) -> str:
    """Write the symbol of a document the office issues, in state/MTTQ style.

    Offices write numbers 1 to 9 with a leading zero ("01/KH-MTTQ-BTT"), and a công văn carries
    no type code ("16/MTTQ-BTT").

    Args:
        number: The number in the year's series; a string keeps its suffix ("125a").
        type_code: The type code, canonicalised when known; None or empty for a công văn.
        suffix: The issuer part after the type, e.g. "MTTQ-BTT".

    Returns:
        The symbol, e.g. "15/BC-MTTQ-BTT".

    Raises:
        ValueError: When the number is not positive or empty, or the suffix is empty, since
            such a symbol could not be registered.
    """
    if isinstance(number, int):
        if number < 1:
            raise ValueError(f"document number must be positive, got {number}")
        written = f"{number:02d}"
    else:
        written = normalize_line(number)
        if not written:
            raise ValueError("document number is empty")
        if written.isdigit() and len(written) == 1:
            written = f"0{written}"
    issuer = normalize_line(suffix)
    if not issuer:
        raise ValueError("symbol suffix (issuer code) is empty")
    code = normalize_line(type_code or "")
    if not code:
        return f"{written}/{issuer}"
    return f"{written}/{_canonical_code(code)}-{issuer}"
