"""Who is acting: the account behind every change, and what its role allows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """Quản trị, văn thư, chỉ xem."""

    ADMIN = "admin"
    CLERK = "clerk"
    VIEWER = "viewer"

    @property
    def can_write(self) -> bool:
        """A viewer reads; everyone else may change records."""
        return self is not Role.VIEWER


@dataclass(frozen=True, slots=True)
class Actor:
    """The account a service acts for; written into every audit entry."""

    user_name: str
    role: Role = Role.CLERK


SYSTEM = Actor("hệ thống", Role.ADMIN)
"""Work the program does by itself: first run, demo data, migrations."""
