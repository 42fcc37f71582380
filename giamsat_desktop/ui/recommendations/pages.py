"""The recommendations' page in the window's registry: Kiến nghị."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.domain.recommendations import RecommendationFilter
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, PageServices, PageSpec
from giamsat_desktop.ui.recommendations.recommendation_parts import PickerFactory
from giamsat_desktop.ui.recommendations.recommendations_page import RecommendationsPage

RECOMMENDATIONS_KEY = "recommendations"


def _letter(services: PageServices, form: LetterForm, kind: str, key: int) -> None:
    """A recommendation's letter opened by Văn bản soạn thảo, over Kiến nghị.

    The letters page opens the letter's dialog; Kiến nghị is shown again behind it, where
    the recommendation's dialog stays open.
    """
    services.request(Action.COMPOSE_LETTER, form, kind, key)
    services.request(Action.COMPOSE_LETTER, page=RECOMMENDATIONS_KEY)  # shown only


def _show(page: RecommendationsPage, wanted: RecommendationFilter) -> None:
    """Show the recommendations behind a reply deadline (a day of Lịch hạn, Việc cần làm)."""
    page.show_recommendations(wanted)


def recommendations_page(pick_incoming: PickerFactory) -> PageSpec:
    """Kiến nghị, its replies picked from Văn bản đến with ``pick_incoming``.

    The window's list of pages (``ui/pages.py``) passes the register's picker in: the
    features of the window never import one another.
    """

    def build(services: PageServices) -> RecommendationsPage:
        page = RecommendationsPage(services.context, services.runner, pick_incoming)
        page.changed.connect(services.changed)
        page.letter_requested.connect(lambda form, kind, key: _letter(services, form, kind, key))
        return page

    return PageSpec(
        RECOMMENDATIONS_KEY,
        str(QT_TRANSLATE_NOOP("MainWindow", "Kiến nghị")),
        build,
        areas=frozenset({Area.RECOMMENDATIONS, Area.SUPERVISION}),
        handles={Action.SHOW_RECOMMENDATIONS: _show},
    )
