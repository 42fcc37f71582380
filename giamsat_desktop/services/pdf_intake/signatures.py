"""Who signed a PDF and when, read from its signatures (often two: the person, the body).

Each signature field's value holds a PKCS #7 (CMS) signed-data blob; asn1crypto reads the
signer's certificate (its name, its organisation, who issued it) and the signing time the
signer put in it (else the time the PDF dictionary gives). This is reading, not checking:
the certificates are not verified against the national root, which needs a trust list an
office does not have offline, and the words shown say so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["SignatureInfo", "read_signatures"]

_PDF_DATE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?"
)
_MAX_FIELDS = 200


@dataclass(frozen=True, slots=True)
class SignatureInfo:
    """One signature as its data says.

    Attributes:
        signer: The certificate's common name (a person, or a body).
        organization: The certificate's organisation, if it names one.
        issuer: Who issued the certificate (its common name, else organisation).
        signed_at: When it was signed, by the signer's own claim (no time stamp checked).
    """

    signer: str
    organization: str
    issuer: str
    signed_at: dt.datetime | None


def read_signatures(path: Path) -> tuple[SignatureInfo, ...]:
    """The signatures of ``path``, in the order of its fields; none when it has none.

    Never raises for what is in the file: a signature that cannot be read is left out.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    found: list[SignatureInfo] = []
    try:
        with Path(path).open("rb") as handle:
            document = PDFDocument(PDFParser(handle), password="")
            form = resolve1(document.catalog.get("AcroForm"))
            if not isinstance(form, dict):
                return ()
            for value in _signature_values(resolve1(form.get("Fields")), resolve1):
                info = _info(value, resolve1)
                if info is not None:
                    found.append(info)
    except Exception:  # noqa: BLE001 - a damaged form: no signature shown, the text still read
        return tuple(found)
    return tuple(found)


def _signature_values(fields: Any, resolve: Any) -> list[dict[str, Any]]:
    """The values of the signature fields, through the fields' kids."""
    values: list[dict[str, Any]] = []
    stack = list(fields) if isinstance(fields, list) else []
    seen = 0
    while stack and seen < _MAX_FIELDS:
        seen += 1
        field = resolve(stack.pop(0))
        if not isinstance(field, dict):
            continue
        kids = resolve(field.get("Kids"))
        if isinstance(kids, list):
            stack.extend(kids)
        value = resolve(field.get("V"))
        if isinstance(value, dict) and value.get("Contents") is not None:
            values.append(value)
    return values


def _info(value: dict[str, Any], resolve: Any) -> SignatureInfo | None:
    from asn1crypto import cms  # type: ignore[import-untyped]  # no stubs; read as Any

    contents = resolve(value.get("Contents"))
    if not isinstance(contents, bytes):
        return None
    try:
        signed = cms.ContentInfo.load(contents, strict=False)["content"]  # padded with zeros
        signer_info = signed["signer_infos"][0]
        serial = signer_info["sid"].native.get("serial_number")
        certificates = [c.chosen for c in signed["certificates"]]
        certificate = next(
            (c for c in certificates if c.serial_number == serial), certificates[0]
        )
        subject = certificate.subject.native
        issuer = certificate.issuer.native
        signed_at = _signing_time(signer_info) or _pdf_date(resolve(value.get("M")))
    except Exception:  # noqa: BLE001 - one unreadable signature is left out
        return None
    return SignatureInfo(
        signer=str(subject.get("common_name", "")),
        organization=str(subject.get("organization_name", "")),
        issuer=str(issuer.get("common_name") or issuer.get("organization_name") or ""),
        signed_at=signed_at,
    )


def _signing_time(signer_info: Any) -> dt.datetime | None:
    attributes = signer_info["signed_attrs"]
    for attribute in attributes.native if attributes else []:
        if attribute["type"] == "signing_time" and attribute["values"]:
            found = attribute["values"][0]
            return found if isinstance(found, dt.datetime) else None
    return None


def _pdf_date(value: Any) -> dt.datetime | None:
    """A PDF date ("D:20260115093000+07'00'") as an aware time."""
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    found = _PDF_DATE.match(str(value or ""))
    if found is None:
        return None
    year, month, day, hour, minute, second, sign, off_h, off_m = found.groups()
    offset = dt.timedelta(hours=int(off_h or 0), minutes=int(off_m or 0))
    zone = dt.timezone(-offset if sign == "-" else offset)
    try:
        return dt.datetime(
            int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
            int(second or 0), tzinfo=zone,
        )  # fmt: skip
    except ValueError:
        return None
