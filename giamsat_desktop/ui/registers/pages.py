"""The registers' pages in the window's registry: Văn bản đến and Văn bản đi."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.ui.common.page_registry import Action, ListLines, PageServices, PageSpec
from giamsat_desktop.ui.registers.incoming_page import IncomingPage
from giamsat_desktop.ui.registers.outgoing_dialog import OutgoingDialog
from giamsat_desktop.ui.registers.outgoing_page import OutgoingPage
from giamsat_desktop.ui.registers.register_page import RegisterPage


def _build_incoming(services: PageServices) -> IncomingPage:
    page = IncomingPage(services.context, services.runner, settings=services.settings)
    page.changed.connect(services.changed)
    page.answer_requested.connect(lambda ids: services.request(Action.ANSWER_INCOMING, ids))
    page.assign_requested.connect(lambda key: services.request(Action.ASSIGN_FROM_DOCUMENT, key))
    page.reply_requested.connect(
        lambda key: services.request(Action.COMPOSE_LETTER, LetterForm.CONG_VAN, "incoming", key)
    )
    page.task_letter_requested.connect(
        lambda key: services.request(Action.COMPOSE_LETTER, LetterForm.CONG_VAN, "task_letter", key)
    )
    return page


def _build_outgoing(services: PageServices) -> OutgoingPage:
    page = OutgoingPage(services.context, services.runner, settings=services.settings)
    page.changed.connect(services.changed)
    page.compose_requested.connect(
        lambda: services.request(Action.COMPOSE_LETTER, LetterForm.CONG_VAN)
    )
    return page


def _show_lines(page: RegisterPage, lines: ListLines) -> None:
    """Clear the register's filters, then keep what ``lines`` asks for."""
    page.filters.show_only(
        year=lines.year,
        state=lines.state,
        urgent_only=lines.urgent_only,
        date_from=lines.date_from,
        date_to=lines.date_to,
    )


def _answer(page: OutgoingPage, incoming_ids: tuple[int, ...]) -> OutgoingDialog:
    """The entry dialog of a new outgoing document answering ``incoming_ids``."""
    return page.add(answers=incoming_ids)


INCOMING = PageSpec(
    "incoming",
    str(QT_TRANSLATE_NOOP("MainWindow", "Văn bản đến")),
    _build_incoming,
    areas=frozenset({Area.INCOMING}),
    handles={Action.SHOW_LINES: _show_lines},
)
"""Văn bản đến: the incoming register; its "Trả lời" asks for :attr:`Action.ANSWER_INCOMING`
or :attr:`Action.COMPOSE_LETTER`."""

OUTGOING = PageSpec(
    "outgoing",
    str(QT_TRANSLATE_NOOP("MainWindow", "Văn bản đi")),
    _build_outgoing,
    areas=frozenset({Area.OUTGOING}),
    handles={Action.SHOW_LINES: _show_lines, Action.ANSWER_INCOMING: _answer},
)
"""Văn bản đi: the outgoing register, where answers to incoming documents are written."""
