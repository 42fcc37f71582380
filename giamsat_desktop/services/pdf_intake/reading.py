"""What a PDF says for its register entry, and whether the register holds it already.

The fields come from the first page (``domain.document_header``), the signer from the last,
the page count from the file. The issuing body is written as the register already writes
it when one of the names the letterhead may stand for is known there. A PDF with no text
layer (a scan) reads nothing and says so; nothing is ever guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.document_header import HeaderFields, read_header
from giamsat_desktop.domain.issuer_names import issuer_key
from giamsat_desktop.domain.registers import IncomingDraft, IncomingRecord
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.pdf_intake.pdf_pages import read_pages
from giamsat_desktop.services.pdf_intake.signatures import SignatureInfo, read_signatures
from giamsat_desktop.services.registers.incoming import (
    known_issuers,
    possible_duplicates,
    registered_with_file,
)
from giamsat_desktop.services.safety.attachment_check import sha256_of_file

READ_FIELDS = ("issuer", "symbol", "doc_date", "type_code", "subject", "signer", "page_count")
"""The fields a PDF may fill, in the entry dialog's order."""


@dataclass(frozen=True, slots=True)
class PdfReading:
    """A PDF read for its register entry.

    Attributes:
        path: The file read.
        page_count: Its pages.
        has_text: Whether its first page has a text layer (a scan has none).
        issuer: The issuing body, as the register writes it when it knows the body.
        symbol: The number and symbol.
        doc_date: The document's date.
        type_code: The type's code ("" when unread; "CV" for a công văn).
        subject: The subject (trích yếu).
        signer: Who signed.
        same_file: Register entries already carrying these very bytes.
        look_alike: Register entries with the same issuer and symbol, or date and subject.
        signatures: Who signed it digitally, and when (read, not verified).
    """

    path: str
    page_count: int
    has_text: bool
    issuer: str = ""
    symbol: str = ""
    doc_date: dt.date | None = None
    type_code: str = ""
    subject: str = ""
    signer: str = ""
    same_file: tuple[IncomingRecord, ...] = field(default=())
    look_alike: tuple[IncomingRecord, ...] = field(default=())
    signatures: tuple[SignatureInfo, ...] = field(default=())

    @property
    def file(self) -> str:
        """The file's name."""
        return Path(self.path).name

    @property
    def filled(self) -> tuple[str, ...]:
        """The fields read (``READ_FIELDS`` names), for the dialog to mark."""
        values = {
            "issuer": self.issuer, "symbol": self.symbol, "doc_date": self.doc_date,
            "type_code": self.type_code, "subject": self.subject, "signer": self.signer,
            "page_count": self.page_count if self.has_text else None,
        }  # fmt: skip
        return tuple(name for name in READ_FIELDS if values[name])

    @property
    def missing(self) -> tuple[str, ...]:
        """Of the fields a register cannot do without, those not read."""
        return tuple(name for name in ("issuer", "symbol", "doc_date") if name not in self.filled)

    def draft(self, arrival_date: dt.date) -> IncomingDraft:
        """The entry as read, arriving on ``arrival_date`` (the clerk completes the rest)."""
        return IncomingDraft(
            arrival_date=arrival_date,
            issuer=self.issuer,
            subject=self.subject,
            symbol=self.symbol,
            doc_date=self.doc_date,
            type_code=self.type_code,
            signer=self.signer,
            page_count=self.page_count,
        )


def read_pdf(factory: SessionFactory, actor: Actor, path: Path) -> PdfReading:
    """Read ``path`` for its register entry; the entries it may already have.

    Raises:
        NotFoundError: the file does not exist.
        ValidationError: not a PDF, damaged, or locked by a password.
    """
    path = Path(path)
    pages = read_pages(path)
    same_file = tuple(registered_with_file(factory, actor, sha256_of_file(path)))
    signatures = read_signatures(path)
    if not pages.has_text:
        return PdfReading(
            str(path), pages.page_count, False, same_file=same_file, signatures=signatures
        )
    header = read_header(pages.first, pages.width, pages.last)
    reading = PdfReading(
        path=str(path),
        page_count=pages.page_count,
        has_text=True,
        issuer=_as_registered(header, known_issuers(factory, actor)),
        symbol=header.symbol,
        doc_date=header.doc_date,
        type_code=header.document_type.code if header.document_type is not None else "",
        subject=header.subject,
        signer=header.signer,
        same_file=same_file,
        signatures=signatures,
    )
    draft = reading.draft(clock.today())
    look_alike = tuple(
        record
        for record in possible_duplicates(factory, actor, draft)
        if record.id not in {found.id for found in same_file}
    )
    return dataclasses.replace(reading, look_alike=look_alike)


def _as_registered(header: HeaderFields, known: list[str]) -> str:
    """The first of the letterhead's names the register knows, spelled as it spells it."""
    spelled = {issuer_key(name): name for name in reversed(known)}
    for candidate in header.issuers:
        found = spelled.get(issuer_key(candidate))
        if found is not None:
            return found
    return header.issuer

