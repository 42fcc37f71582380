"""Giám sát theo Quy định 124-QĐ/TW: leaders' conduct, and the people's reports on them.

The Front supervises the moral and lifestyle conduct of cán bộ, đảng viên at their
workplace and where they live (nơi công tác, nơi cư trú), and receives what the people
report about them: by the suggestion box, in person, by telephone, at a dialogue or through
a member organisation. A report is forwarded to the body that can handle it (often by an
issued letter) and followed until a result comes back; one not worth forwarding is filed.

Who reported is protected: an administrator sees it, so does an account an administrator
has given the flag "xem người phản ánh"; a viewer never does. An office without accounts
has one clerk, who sees it.
"""

from __future__ import annotations

from enum import StrEnum

from giamsat_desktop.domain.accounts import Actor, Role


class ConductPlace(StrEnum):
    """Where the conduct is supervised; stored by value."""

    WORKPLACE = "noi_cong_tac"
    RESIDENCE = "noi_cu_tru"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class ReportChannel(StrEnum):
    """How a report reached the Front; stored by value."""

    MAILBOX = "hom_thu"
    IN_PERSON = "truc_tiep"
    PHONE = "dien_thoai"
    DIALOGUE = "qua_doi_thoai"
    ORGANISATION = "qua_to_chuc"

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


class ReportState(StrEnum):
    """Where a report is; stored by value."""

    RECEIVED = "moi_nhan"
    FORWARDED = "da_chuyen"
    RESOLVED = "da_co_ket_qua"
    FILED = "luu"
    """Kept on file without forwarding (nothing to handle, or not the Front's to forward)."""

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)

    @property
    def is_handled(self) -> bool:
        """A result came back, or it was filed: counted as handled in the report."""
        return self in (ReportState.RESOLVED, ReportState.FILED)


def sees_reporters(actor: Actor) -> bool:
    """Whether ``actor`` may see who reported: an administrator, or a flagged non-viewer."""
    if actor.role is Role.VIEWER:
        return False
    return actor.role is Role.ADMIN or actor.sees_reporters
