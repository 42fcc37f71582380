"""Member organisations and other bodies the office works with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class OrganizationKind(StrEnum):
    """What a body is to the office; stored by value."""

    MEMBER = "member"
    """A socio-political member organisation (Hội LHPN, Hội Nông dân, ...)."""
    BOARD = "board"
    """A board under the Front: Ban TTND, Ban GSĐTCĐ."""
    PARTY = "party"
    GOVERNMENT = "government"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Vietnamese name of the kind, as a printed form writes it (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


@dataclass(frozen=True, slots=True)
class OrganizationDraft:
    """An organisation as typed, before it has an id."""

    code: str
    name: str
    short_name: str
    kind: OrganizationKind = OrganizationKind.MEMBER


@dataclass(frozen=True, slots=True)
class OrganizationRecord:
    """An organisation as stored."""

    id: int
    code: str
    name: str
    short_name: str
    kind: OrganizationKind
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """A staff or delegation member as typed."""

    full_name: str
    position: str = ""
    organization_id: int | None = None
    phone: str = ""


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person as stored, with the short name of their organisation for lists."""

    id: int
    full_name: str
    position: str
    organization_id: int | None
    organization_name: str
    phone: str
    active: bool
    version: int


USUAL_ORGANIZATIONS: tuple[OrganizationDraft, ...] = (
    OrganizationDraft("LHPN", "Hội Liên hiệp Phụ nữ", "Hội LHPN"),
    OrganizationDraft("HND", "Hội Nông dân", "Hội Nông dân"),
    OrganizationDraft("CCB", "Hội Cựu chiến binh", "Hội CCB"),
    OrganizationDraft("DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TNCS HCM"),
    OrganizationDraft("CD", "Công đoàn", "Công đoàn"),
    OrganizationDraft("TTND", "Ban Thanh tra nhân dân", "Ban TTND", OrganizationKind.BOARD),
    OrganizationDraft(
        "GSDTCD", "Ban giám sát đầu tư của cộng đồng", "Ban GSĐTCĐ", OrganizationKind.BOARD
    ),
)
"""Offered by the first-run wizard; every one stays editable on the Danh mục page."""
