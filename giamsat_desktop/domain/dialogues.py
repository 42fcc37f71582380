"""Đối thoại trực tiếp: a dialogue between the leaders and the people, and its commitments.

Quyết định 218-QĐ/TW and Quy định 11-QĐi/TW (2019): the head of the Party committee or of
the government meets the people, with the Front chairing; the people raise issues, the
leader answers and often commits to act by a day. The Front follows each commitment until
it is done: one not done by its day is overdue, like a recommendation without a reply.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class LeaderBody(StrEnum):
    """Whose head answers at the dialogue; stored by value."""

    PARTY = "cap_uy"
    """Người đứng đầu cấp ủy Đảng."""
    GOVERNMENT = "chinh_quyen"
    """Người đứng đầu chính quyền (Ủy ban nhân dân)."""

    @property
    def label(self) -> str:
        """The Vietnamese words shown and printed (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)


def commitment_overdue(due_on: dt.date | None, done_on: dt.date | None, day: dt.date) -> bool:
    """A commitment with a day, not done, and past that day on ``day``."""
    return due_on is not None and done_on is None and due_on < day
