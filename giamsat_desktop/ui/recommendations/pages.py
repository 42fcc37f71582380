"""The recommendations' page in the window's registry: Kiến nghị."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.recommendations.recommendations_page import RecommendationsPage

RECOMMENDATIONS_KEY = "recommendations"


def _letter(services: PageServices, form: LetterForm, kind: str, key: int) -> None:
    """A recommendation's letter opened by Văn bản soạn thảo, over Kiến nghị.

    The letters page opens the letter's dialog; Kiến nghị is shown again behind it, where
    the recommendation's dialog stays open.
    """
    services.request(Action.COMPOSE_LETTER, form, kind, key)
    services.request(Action.COMPOSE_LETTER, page=RECOMMENDATIONS_KEY)  # shown only


def _show(
    page: RecommendationsPage, wanted: RecommendationFilter, subject: str = "", words: str = ""
) -> None:
    """Show exactly the recommendations of ``wanted``, until the clerk clears the filter.

    Asked for a reply deadline (a day of Lịch hạn, a line of Việc cần làm), for a session
    (its dialog's "Xem ở trang Kiến nghị", which gives the session's ``subject`` too) or
    for a Báo cáo figure (which says itself in ``words``).
    """
    page.show_recommendations(wanted, subject, words)


def _build(services: PageServices) -> RecommendationsPage:
    page = RecommendationsPage(services.context, services.runner)
    page.changed.connect(services.changed)
    page.letter_requested.connect(lambda form, kind, key: _letter(services, form, kind, key))
    return page


RECOMMENDATIONS = PageSpec(
    RECOMMENDATIONS_KEY,
    str(QT_TRANSLATE_NOOP("MainWindow", "Kiến nghị")),
    _build,
    areas=frozenset({Area.RECOMMENDATIONS, Area.SUPERVISION}),
    handles={Action.SHOW_RECOMMENDATIONS: _show},
)
"""Kiến nghị: every recommendation followed; its replies picked from Văn bản đến."""
