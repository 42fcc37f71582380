"""Every figure of a reporting period, read once for the Báo cáo page, the report and Excel."""

from __future__ import annotations

import datetime as dt

from giamsat_desktop.db.engine import SessionFactory
from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.domain.reporting_period import Period
from giamsat_desktop.domain.statistics import Statistics
from giamsat_desktop.services.catalog.office import office_in
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.statistics.conduct import conduct_figures
from giamsat_desktop.services.statistics.contributions import contribution_figures
from giamsat_desktop.services.statistics.criticism import criticism_figures
from giamsat_desktop.services.statistics.recommendations import recommendation_figures
from giamsat_desktop.services.statistics.rows import OFFICE_ROW
from giamsat_desktop.services.statistics.supervision import supervision_figures
from giamsat_desktop.services.statistics.tasks import task_lines


def statistics_for(
    factory: SessionFactory,
    actor: Actor,
    period: Period,
    *,
    today: dt.date | None = None,
    as_of: dt.date | None = None,
) -> Statistics:
    """The figures of ``period``, its states judged as of ``as_of``.

    ``as_of`` defaults to the period's last day, or ``today`` (the clock's) when that is
    earlier; given, it recomputes the states on another day (``--as-of``). Every area is
    read in one database session.
    """
    judged = as_of if as_of is not None else period.as_of(today or clock.today())
    with factory() as session:
        office = office_in(session)
        name = office.name if office is not None and office.name else OFFICE_ROW
        recommendations, overdue = recommendation_figures(session, period, judged, name)
        return Statistics(
            period=period,
            as_of=judged,
            office_name=name,
            supervision=supervision_figures(session, period, judged, name),
            recommendations=recommendations,
            criticism=criticism_figures(session, period, judged),
            contributions=contribution_figures(session, period, judged),
            conduct=conduct_figures(session, period, judged),
            tasks=task_lines(session, actor, period, judged),
            overdue_recommendations=overdue,
        )
