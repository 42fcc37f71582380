"""The supervision and recommendation figures against data sets counted by hand.

Sessions of 2025–2026 on the tests' office (the first half of 2026, 1/1–30/6, judged on
30/6; "×" = cancelled; planned 3/3–5/3 unless said):

====  ==========  ======  ======  ============  ======================  ===================
name  form        role    lead    participants  first working day       counted in 6T đầu
====  ==========  ======  ======  ============  ======================  ===================
s1    đoàn (2)    chủ trì office  LHPN, HND     1/1 (first day), 20/1   office led; 2 lượt
s2    Ban (3)     chủ trì CCB     LHPN          30/6 (last day)         CCB led; LHPN lượt
s3    văn bản (1) chủ trì office  —             reported 15/3           office led
s4    cơ quan NN  phối hợp —      HND           10/5                    office joined; HND
s5    đoàn (2)    chủ trì office  —             5/3, then ×             never
s6    đoàn (2)    chủ trì HND     —             none, planned 20/6      HND chưa thực hiện
s7    đoàn (2)    chủ trì office  —             1/7, planned 28/6       office chưa thực hiện
s8    đoàn (2)    chủ trì office  —             31/12/2025              no (the year before)
s9    đoàn (2)    chủ trì office  —             none, planned 10/6, ×   never
====  ==========  ======  ======  ============  ======================  ===================

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import datetime as dt

import pytest

from giamsat_desktop.domain.reporting_period import PeriodScheme, range_period, reporting_period
from giamsat_desktop.domain.statistics import RecommendationLine, SupervisionLine
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_records import WorkingSessionDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.statistics.figures import statistics_for
from giamsat_desktop.services.statistics.tables import tables
from giamsat_desktop.services.supervision.working import add_working_session
from tests.offices import TAN_HUNG
from tests.services.calendar.recommendations_due import make_june
from tests.services.supervision.office_sessions import CLERK, make, organizations, walk

D = dt.date
LATER = D(2026, 12, 1)
"""The day the tests read the figures on: after every period counted."""
OFFICE = TAN_HUNG.name


def _held(context: ServiceContext, key: int, *days: dt.date) -> None:
    for day in days:
        add_working_session(context.factory, CLERK, key, WorkingSessionDraft(day))


def _cancel(context: ServiceContext, record: object) -> None:
    walk(context, record, [SessionStep.CANCELLED], D(2026, 3, 20), "Hoãn theo chỉ đạo")  # type: ignore[arg-type]


@pytest.fixture
def sessions(context: ServiceContext) -> dict[str, int]:
    """The table above; the organisations' ids by code."""
    orgs = organizations(context)
    lead, join = SupervisionRole.LEAD, SupervisionRole.JOIN
    s1 = make(context, participant_ids=(orgs["LHPN"], orgs["HND"]))
    _held(context, s1.id, D(2026, 1, 1), D(2026, 1, 20))
    s2 = make(context, form=SupervisionForm.BOARDS, role=lead, lead_id=orgs["CCB"],
              participant_ids=(orgs["LHPN"],))  # fmt: skip
    _held(context, s2.id, D(2026, 6, 30))
    s3 = make(context, form=SupervisionForm.DOCUMENTS)
    walk(context, s3, [SessionStep.PLAN_ISSUED, SessionStep.NOTIFIED, SessionStep.REPORTED],
         D(2026, 3, 15))  # fmt: skip
    council = "Thường trực Hội đồng nhân dân xã"
    s4 = make(context, form=SupervisionForm.WITH_STATE, role=join, lead_body=council,
              participant_ids=(orgs["HND"],))  # fmt: skip
    _held(context, s4.id, D(2026, 5, 10))
    s5 = make(context)
    _held(context, s5.id, D(2026, 3, 5))
    _cancel(context, s5)
    make(context, lead_id=orgs["HND"], planned_start=D(2026, 6, 20), planned_end=D(2026, 6, 22))
    s7 = make(context, planned_start=D(2026, 6, 28), planned_end=D(2026, 7, 2))
    _held(context, s7.id, D(2026, 7, 1))
    s8 = make(context, planned_start=D(2025, 12, 30), planned_end=D(2025, 12, 31))
    _held(context, s8.id, D(2025, 12, 31))
    s9 = make(context, planned_start=D(2026, 6, 10), planned_end=D(2026, 6, 12))
    _cancel(context, s9)
    return orgs


def _line(key: int | None, name: str, **figures: int) -> SupervisionLine:
    return SupervisionLine(key, name, **figures)


def test_the_first_half_counts_each_session_as_counted_by_hand(
    context: ServiceContext, sessions: dict[str, int]
) -> None:
    found = statistics_for(context.factory, CLERK, reporting_period(2026, 1), today=LATER)
    figures = found.supervision
    assert found.as_of == D(2026, 6, 30)
    by_name = {line.name: line for line in figures.lines}
    o = sessions
    assert by_name[OFFICE] == _line(None, OFFICE, led=2, joined=1, documents=1, delegation=1,
                                    with_state=1, not_held=1)  # fmt: skip
    lhpn, hnd, ccb = (next(line for line in figures.lines if line.organization_id == o[code])
                      for code in ("LHPN", "HND", "CCB"))  # fmt: skip
    assert (lhpn.led, lhpn.joined, lhpn.delegation, lhpn.boards) == (0, 2, 1, 1)
    assert (hnd.led, hnd.joined, hnd.delegation, hnd.with_state, hnd.not_held) == (0, 2, 1, 1, 1)
    assert (ccb.led, ccb.joined, ccb.boards) == (1, 0, 1)
    assert figures.lines[0].organization_id is None  # the office first
    distinct = (figures.held, figures.led, figures.joined, figures.not_held)
    assert distinct == (4, 3, 1, 2)
    forms = (figures.documents, figures.delegation, figures.boards, figures.with_state)
    assert forms == (1, 1, 1, 1)
    # The report lists the four sessions held, by their day: s1, s3, s4, s2.
    listed = [(held.day, held.led) for held in figures.sessions]
    assert listed == [
        (D(2026, 1, 1), True),
        (D(2026, 3, 15), True),
        (D(2026, 5, 10), False),
        (D(2026, 6, 30), True),
    ]
    assert figures.sessions[2].supervised_body  # the joined one names its body


def test_the_supervision_table_totals_are_the_sums_and_the_notes_count_each_session_once(
    context: ServiceContext, sessions: dict[str, int]
) -> None:
    found = statistics_for(context.factory, CLERK, reporting_period(2026, 1), today=LATER)
    table = tables(found)[0]
    assert (table.sheet, table.title) == ("Giám sát", "KẾT QUẢ GIÁM SÁT")
    assert table.total("led") == 3
    assert table.total("joined") == 5  # 1 office + 2 LHPN + 2 HND participations
    assert table.total("total") == 8
    assert table.total("not_held") == 2
    for index, column in enumerate(table.columns):
        assert table.total(column.key) == sum(row.values[index] or 0 for row in table.rows)
        assert column.tooltip
    assert any("đã thực hiện (mỗi cuộc tính một lần): 4" in note for note in table.notes)


def test_the_decree_09_halves_move_the_days_at_their_edges(
    context: ServiceContext, sessions: dict[str, int]
) -> None:
    first = reporting_period(2026, 1, PeriodScheme.DECREE_09)  # 15/12/2025–14/6/2026
    figures = statistics_for(context.factory, CLERK, first, today=LATER).supervision
    # s8, s1, s3, s4 held; s2 planned 3/3 (the usual draft) but first worked 30/6: not held
    assert (figures.held, figures.led, figures.joined, figures.not_held) == (4, 3, 1, 1)
    second = reporting_period(2026, 2, PeriodScheme.DECREE_09)  # 15/6–14/12/2026
    figures = statistics_for(context.factory, CLERK, second, today=LATER).supervision
    assert (figures.held, figures.not_held, figures.boards) == (2, 1, 1)  # s2, s7; s6


def test_a_period_not_over_is_judged_today(
    context: ServiceContext, sessions: dict[str, int]
) -> None:
    found = statistics_for(context.factory, CLERK, reporting_period(2026), today=D(2026, 6, 29))
    assert found.as_of == D(2026, 6, 29)
    figures = found.supervision
    assert (figures.held, figures.not_held) == (3, 3)  # s2's day (30/6) not come: s2, s6, s7


def test_recommendations_count_replies_up_to_the_day_judged_only(
    context: ServiceContext,
) -> None:
    make_june(context)  # see tests/services/calendar/recommendations_due.py
    early = range_period(D(2026, 6, 1), D(2026, 6, 18))
    found = statistics_for(context.factory, CLERK, early, today=LATER)
    office = found.recommendations[0]
    assert office == RecommendationLine(None, OFFICE, sent=9, accepted=2, awaiting=5, overdue=1)
    june = range_period(D(2026, 6, 1), D(2026, 6, 30))
    office = statistics_for(context.factory, CLERK, june, today=LATER).recommendations[0]
    assert office == RecommendationLine(
        None, OFFICE, sent=9, accepted=3, awaiting=1, overdue=4, escalated=1
    )
    overdue = statistics_for(context.factory, CLERK, june, today=LATER).overdue_recommendations
    assert len(overdue) == 4  # the four the row counts overdue, listed for the report
    assert all(item.reply_due < D(2026, 6, 30) for item in overdue)
    assert [item.sent_on for item in overdue] == sorted(item.sent_on for item in overdue)
    table = tables(statistics_for(context.factory, CLERK, june, today=LATER))[1]
    assert table.sheet == "Kiến nghị"
    assert [table.total(key) for key in ("sent", "accepted", "overdue")] == [9, 3, 4]
    may = range_period(D(2026, 5, 1), D(2026, 5, 31))
    assert statistics_for(context.factory, CLERK, may, today=LATER).recommendations[0].sent == 0
