"""Plain vocabulary of the registers: urgency, secrecy, handling status, book kinds."""

from __future__ import annotations

from enum import StrEnum


class Urgency(StrEnum):
    """Độ khẩn."""

    NORMAL = "thuong"
    URGENT = "khan"
    VERY_URGENT = "thuong_khan"
    FLASH = "hoa_toc"

    @property
    def label(self) -> str:
        """Vietnamese word printed in registers (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class Secrecy(StrEnum):
    """Độ mật; secret documents live in their own register book and numbering."""

    NORMAL = "thuong"
    CONFIDENTIAL = "mat"
    SECRET = "toi_mat"
    TOP_SECRET = "tuyet_mat"

    @property
    def label(self) -> str:
        """Vietnamese word printed in registers (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)

    @property
    def is_secret(self) -> bool:
        """Whether the document goes into the secret series."""
        return self is not Secrecy.NORMAL


class HandlingStatus(StrEnum):
    """Where an incoming document stands; overdue is computed, never stored."""

    PENDING = "chua_xu_ly"
    IN_PROGRESS = "dang_xu_ly"
    DONE = "da_xu_ly"

    @property
    def label(self) -> str:
        """Vietnamese word shown in the register (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class BookKind(StrEnum):
    """A register book numbers either incoming or outgoing documents."""

    INCOMING = "den"
    OUTGOING = "di"
