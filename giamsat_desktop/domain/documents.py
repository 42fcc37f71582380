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
        """Vietnamese word printed in registers."""
        return {
            "thuong": "Thường",
            "khan": "Khẩn",
            "thuong_khan": "Thượng khẩn",
            "hoa_toc": "Hỏa tốc",
        }[self.value]


class Secrecy(StrEnum):
    """Độ mật; secret documents live in their own register book and numbering."""

    NORMAL = "thuong"
    CONFIDENTIAL = "mat"
    SECRET = "toi_mat"
    TOP_SECRET = "tuyet_mat"

    @property
    def label(self) -> str:
        """Vietnamese word printed in registers."""
        return {"thuong": "Thường", "mat": "Mật", "toi_mat": "Tối mật", "tuyet_mat": "Tuyệt mật"}[
            self.value
        ]

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
        """Vietnamese word shown in the register."""
        return {"chua_xu_ly": "Chưa xử lý", "dang_xu_ly": "Đang xử lý", "da_xu_ly": "Đã xử lý"}[
            self.value
        ]


class BookKind(StrEnum):
    """A register book numbers either incoming or outgoing documents."""

    INCOMING = "den"
    OUTGOING = "di"
