"""A PDF signed as e-office systems sign: by a person, then by the organisation.

The certificates are made here, self-signed, with ``cryptography``; pyHanko signs. The
program reads who signed and when; it has no national trust list to check them against.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def make_certificate(folder: Path, name: str, organisation: str) -> tuple[Path, Path]:
    """A key and a self-signed certificate for ``name`` of ``organisation`` (PEM files)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    stem = folder / name.replace(" ", "-")
    key_path, cert_path = stem.with_suffix(".key.pem"), stem.with_suffix(".cert.pem")
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def sign(source: Path, target: Path, key: Path, certificate: Path, field: str) -> Path:
    """``source`` signed into ``target`` in a new signature field ``field``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load(str(key), str(certificate))
    assert signer is not None
    with source.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        with target.open("wb") as out:
            signers.sign_pdf(
                writer,
                signers.PdfSignatureMetadata(field_name=field, reason="Phát hành văn bản"),
                signer=signer,
                output=out,
            )
    return target
