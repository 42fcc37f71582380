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
    def label(self) -> str:
        """Vietnamese name of the role, as the accounts list shows it (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)

    @property
    def can_write(self) -> bool:
        """A viewer reads; everyone else may change records."""
        return self is not Role.VIEWER

    @property
    def can_see_secret(self) -> bool:
        """Secret (mật) documents are shown to administrators and clerks, never to a viewer."""
        return self is not Role.VIEWER

    @property
    def can_manage_accounts(self) -> bool:
        """Only an administrator adds accounts, changes roles and resets passwords."""
        return self is Role.ADMIN


@dataclass(frozen=True, slots=True)
class Actor:
    """The account a service acts for; written into every audit entry."""

    user_name: str
    role: Role = Role.CLERK
    sees_reporters: bool = False
    """"Xem người phản ánh" (QĐ 124 reports); read through ``domain.conduct.sees_reporters``."""


SYSTEM = Actor("hệ thống", Role.ADMIN)
"""Work the program does by itself: first run, demo data, migrations."""


@dataclass(frozen=True, slots=True)
class UserRecord:
    """An account as the accounts page lists it (never its password hash)."""

    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    version: int
    sees_reporters: bool = False
