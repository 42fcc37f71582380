"""The rows of the tables by organisation: the office itself, then its member organisations."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from giamsat_desktop.db.models import Organization
from giamsat_desktop.domain.organizations import OrganizationKind

OFFICE_ROW = "Cơ quan Mặt trận"
"""The office's own row when the office has no name yet."""


def organization_rows(session: Session, seen: Iterable[int | None] = ()) -> list[tuple[int, str]]:
    """The active member organisations by their order, then any other ``seen`` ones.

    An organisation that is not an active member still gets its row when a record counted
    names it (``seen``), so that every figure counted stands on a row.
    """
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.kind, Organization.active)
        .order_by(Organization.sort_order, Organization.id)
    ).tuples()
    wanted = {key for key in seen if key is not None}
    found = []
    for key, name, kind, active in rows:
        if (kind == OrganizationKind.MEMBER.value and active) or key in wanted:
            found.append((key, name))
    return found
