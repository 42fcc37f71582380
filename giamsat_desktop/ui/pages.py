"""The window's pages, in the order of the navigation: each feature's specs, in one list.

A new feature writes its :class:`~giamsat_desktop.ui.common.page_registry.PageSpec` in its
own ``pages.py`` and puts it here, in place of its placeholder; the main window builds the
navigation, the "Đi đến" menu (Ctrl+1 … Ctrl+0 by place) and the refresh from this list.
"""

from __future__ import annotations

from giamsat_desktop.ui.audit.pages import AUDIT
from giamsat_desktop.ui.calendar.pages import CALENDAR
from giamsat_desktop.ui.catalog.pages import CATALOG
from giamsat_desktop.ui.common.page_registry import PageSpec, in_navigation_order
from giamsat_desktop.ui.conduct.pages import CONDUCT
from giamsat_desktop.ui.criticism.pages import CRITICISM
from giamsat_desktop.ui.dialogues.pages import DIALOGUES
from giamsat_desktop.ui.letters.pages import LETTERS
from giamsat_desktop.ui.overview.pages import OVERVIEW
from giamsat_desktop.ui.recommendations.pages import RECOMMENDATIONS
from giamsat_desktop.ui.registers.pages import INCOMING, OUTGOING
from giamsat_desktop.ui.reports.pages import REPORTS
from giamsat_desktop.ui.settings.pages import SETTINGS
from giamsat_desktop.ui.supervision.pages import SUPERVISION
from giamsat_desktop.ui.tasks.pages import TASKS

PAGES: tuple[PageSpec, ...] = in_navigation_order(
    (
        OVERVIEW,
        INCOMING,
        OUTGOING,
        LETTERS,
        TASKS,
        CALENDAR,
        SUPERVISION,
        CRITICISM,
        RECOMMENDATIONS,
        REPORTS,
        CATALOG,
        SETTINGS,
        AUDIT,
    )
)
"""Every page of the window, in the order of the navigation."""


def _after(pages: tuple[PageSpec, ...], key: str, spec: PageSpec) -> tuple[PageSpec, ...]:
    """``pages`` with ``spec`` after the page ``key``, without a Ctrl+digit of its own."""
    place = next(n for n, page in enumerate(pages, start=1) if page.key == key)
    return (*pages[:place], spec, *pages[place:])


# The records beside the criticism sessions (QĐ 218 dialogues, QĐ 124) follow them in the
# navigation; the first ten places keep their Ctrl+digit.
PAGES = _after(_after(PAGES, CRITICISM.key, DIALOGUES), DIALOGUES.key, CONDUCT)
