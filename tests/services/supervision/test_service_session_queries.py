"""Lists of sessions: counts by form and role against a hand count, filters, orders, blocks."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import SessionFilter
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.supervision import queries
from giamsat_desktop.services.supervision.queries import SessionColumn
from tests.services.supervision.office_sessions import CLERK, VIEWER, make, organizations, walk
from tests.session_day import TODAY

F, LEAD, JOIN = SupervisionForm, SupervisionRole.LEAD, SupervisionRole.JOIN
S = SessionStep

# The year 2026 of a small office, counted by hand:
#   form (2): led 3 (one cancelled), joined 1      → counted 2 + 1
#   form (1): led 2                                 → 2
#   form (3): led 1, joined 2                       → 1 + 2
#   form (4): joined 3                              → 3
# and one session of 2025, led, form (2).
YEAR_2026 = [
    (F.DELEGATION, LEAD, 1),
    (F.DELEGATION, LEAD, 2),
    (F.DELEGATION, LEAD, 3),
    (F.DELEGATION, JOIN, 4),
    (F.DOCUMENTS, LEAD, 5),
    (F.DOCUMENTS, LEAD, 6),
    (F.BOARDS, LEAD, 7),
    (F.BOARDS, JOIN, 8),
    (F.BOARDS, JOIN, 9),
    (F.WITH_STATE, JOIN, 10),
    (F.WITH_STATE, JOIN, 11),
    (F.WITH_STATE, JOIN, 12),
]


def _office(context: ServiceContext) -> dict[int, int]:
    """The sessions above by their month of 2026; the first is cancelled."""
    made = {}
    for form, role, month in YEAR_2026:
        record = make(
            context,
            form=form,
            role=role,
            lead_body="Hội đồng nhân dân xã Tân Hưng" if role is JOIN else "",
            subject=f"Cuộc giám sát tháng {month}",
            planned_start=dt.date(2026, month, 10),
            planned_end=dt.date(2026, month, 12),
        )
        made[month] = record.id
    first = queries.sessions_by_ids(context.factory, CLERK, [made[1]])[0]
    walk(context, first, [S.CANCELLED], dt.date(2026, 1, 5), "Trùng với đoàn của tỉnh")
    make(context, planned_start=dt.date(2025, 11, 3), planned_end=dt.date(2025, 11, 4))
    return made


def test_the_counts_by_form_and_role_match_the_hand_count(context: ServiceContext) -> None:
    _office(context)
    for actor in (CLERK, VIEWER):  # sessions are not secret: everyone counts the same
        counts = queries.counts_by_form(context.factory, actor, 2026)
        assert dict(counts.by_key) == {
            (F.DELEGATION, LEAD): 2,
            (F.DELEGATION, JOIN): 1,
            (F.DOCUMENTS, LEAD): 2,
            (F.BOARDS, LEAD): 1,
            (F.BOARDS, JOIN): 2,
            (F.WITH_STATE, JOIN): 3,
        }
        assert (counts.of(F.DOCUMENTS, JOIN), counts.of(F.WITH_STATE, LEAD)) == (0, 0)
        assert [counts.of_form(form) for form in F] == [2, 3, 3, 3]
        assert (counts.of_role(LEAD), counts.of_role(JOIN), counts.total) == (5, 6, 11)
    assert queries.counts_by_form(context.factory, CLERK, 2025).total == 1
    assert queries.counts_by_form(context.factory, CLERK, 2024).total == 0


def test_the_filters_and_the_orders(context: ServiceContext) -> None:
    made = _office(context)

    def keys(
        where: SessionFilter, order: tuple[SessionColumn, bool] = (SessionColumn.START, False)
    ) -> list[int]:
        return queries.session_keys(context.factory, CLERK, where, TODAY, order)

    year = SessionFilter(year=2026)
    assert keys(year) == [made[month] for month in range(1, 13)]
    assert keys(year, (SessionColumn.START, True)) == [made[m] for m in range(12, 0, -1)]
    assert keys(SessionFilter(year=2026, form=F.BOARDS)) == [made[7], made[8], made[9]]
    assert keys(SessionFilter(year=2026, form=F.BOARDS, role=JOIN)) == [made[8], made[9]]
    assert keys(SessionFilter(year=2026, open_only=True)) == [made[m] for m in range(2, 13)]
    assert keys(SessionFilter(steps=frozenset({S.CANCELLED}))) == [made[1]]
    assert len(keys(SessionFilter())) == 13
    assert queries.count_sessions(context.factory, CLERK, SessionFilter(role=LEAD), TODAY) == 7
    # Each word starts a word: "1" finds tháng 1, 10, 11 and 12 (the 2025 session has no month).
    assert keys(SessionFilter(words="thang 1")) == [made[1], made[10], made[11], made[12]]
    assert keys(SessionFilter(words="tháng 12")) == [made[12]]
    assert queries.session_years(context.factory) == [2026, 2025]


def test_a_lead_organisation_and_a_block_of_records(context: ServiceContext) -> None:
    orgs = organizations(context)
    women = make(context, lead_id=orgs["LHPN"])
    front = make(context)
    found = queries.session_keys(
        context.factory, CLERK, SessionFilter(organization_id=orgs["LHPN"]), TODAY
    )
    assert found == [women.id]
    block = queries.sessions_by_ids(context.factory, VIEWER, [front.id, 999_999, women.id])
    assert [(r.id, r.lead_name) for r in block] == [
        (front.id, ""),
        (women.id, "Hội Liên hiệp Phụ nữ"),
    ]
    assert queries.sessions_by_ids(context.factory, CLERK, []) == []
