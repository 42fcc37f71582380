"""The filters above both registers, chosen with the keyboard as a clerk does.

Documents are registered in every urgency and every Tình trạng (pending, in progress, done
after its deadline, overdue, cancelled), over two years, three issuers and three types. Each
option of each combo box is then chosen in the real window (focus, Down), alone and with
another, and the lines shown must be exactly those the test registered in that state; no
"Lỗi không mong đợi" may appear.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from giamsat_desktop.domain.document_types import DOCUMENT_TYPES
from giamsat_desktop.domain.documents import HandlingStatus, Urgency
from giamsat_desktop.domain.registers import IncomingDraft, OutgoingDraft
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.ui.main_window import MainWindow
from giamsat_desktop.ui.registers import incoming_model as columns
from giamsat_desktop.ui.registers.filter_bar import RegisterFilterBar
from giamsat_desktop.ui.registers.register_page import RegisterPage
from tests.session_day import TODAY
from tests.ui.clicks import settle

Typist = Callable[[QWidget, str], None]


YEARS = (TODAY.year - 2, TODAY.year - 1)
ISSUERS = ("Đảng ủy xã Tân Hưng", "Ủy ban nhân dân xã Tân Hưng", "Hội Nông dân xã Tân Hưng")
TYPES = ("KH", "BC", "CV")
TOPICS = ("giám sát bảo hiểm y tế", "phản biện dự thảo quy hoạch", "an toàn thực phẩm tại chợ")
CODE_OF_NAME = {kind.name: kind.code for kind in DOCUMENT_TYPES}
PENDING, IN_PROGRESS, DONE, CANCELLED, OVERDUE = STATES = (
    "Chưa xử lý",
    "Đang xử lý",
    "Đã xử lý",
    "Đã hủy",
    "Quá hạn",
)
"""Tình trạng as the register shows it, in the order the list offers it."""
UNFINISHED, NOT_CANCELLED = GROUPS = ("Chưa xử lý xong", "Chưa hủy")
"""The choices that gather states, after the states (the overview's figures open them)."""
KEPT_BY_GROUP = {
    UNFINISHED: {PENDING, IN_PROGRESS, OVERDUE},
    NOT_CANCELLED: {PENDING, IN_PROGRESS, DONE, OVERDUE},
}


@dataclass(frozen=True)
class Line:
    """A document the test registered, with what the register shows for it today."""

    id: int
    day: dt.date
    issuer: str
    type_code: str
    topic: str
    urgency: Urgency = Urgency.NORMAL
    state: str = PENDING


def _day(index: int) -> dt.date:
    return dt.date(YEARS[index % 2], 1 + index % 4, 2 + index % 7)


def _how(state: str) -> tuple[HandlingStatus, dt.date | None, bool]:
    """Handling status, deadline and cancellation that make a line show ``state`` today."""
    past = TODAY - dt.timedelta(days=3)
    return {
        PENDING: (HandlingStatus.PENDING, None, False),
        IN_PROGRESS: (HandlingStatus.IN_PROGRESS, TODAY + dt.timedelta(days=10), False),
        DONE: (HandlingStatus.DONE, past, False),  # handled, though after its deadline
        OVERDUE: (HandlingStatus.PENDING, past, False),
        CANCELLED: (HandlingStatus.PENDING, past, True),  # cancelled while late
    }[state]


@pytest.fixture
def received(context: ServiceContext) -> list[Line]:
    """Every urgency in every state; due today counts as pending, late in progress as overdue."""
    wanted = [*itertools.product(Urgency, STATES)]
    wanted += [(Urgency.URGENT, PENDING), (Urgency.NORMAL, OVERDUE)]
    lines = []
    for index, (urgency, state) in enumerate(wanted):
        status, deadline, cancelled = _how(state)
        if index == len(wanted) - 2:
            deadline = TODAY  # due today: not late yet
        if index == len(wanted) - 1:
            status = HandlingStatus.IN_PROGRESS
        day, kind, topic = _day(index), TYPES[index % 3], TOPICS[(index // 3) % 3]
        record, _ = incoming.register_incoming(
            context.factory,
            context.actor,
            IncomingDraft(
                arrival_date=day,
                issuer=ISSUERS[(index // 2) % 3],
                subject=f"V/v {topic}" if kind == "CV" else topic,
                type_code=kind,
                urgency=urgency,
                deadline=deadline,
                handling_status=status,
            ),
        )
        if cancelled:
            incoming.cancel_incoming(
                context.factory, context.actor, record.id, "Vào sổ nhầm", record.version
            )
        lines.append(Line(record.id, day, record.issuer, kind, topic, urgency, state))
    return lines


@pytest.fixture
def sent(context: ServiceContext) -> list[Line]:
    """Công văn, plans and reports over two years; one of them cancelled."""
    lines = []
    for index in range(9):
        day, kind, topic = _day(index), ("", "KH", "BC")[index % 3], TOPICS[(index // 3) % 3]
        record, _ = outgoing.register_outgoing(
            context.factory,
            context.actor,
            OutgoingDraft(
                issue_date=day,
                subject=f"V/v {topic}" if not kind else topic,
                type_code=kind,
                signer_name="Nguyễn Thị Thu Hà",
            ),
        )
        if index == 4:
            outgoing.cancel_outgoing(
                context.factory, context.actor, record.id, "Ký nhầm", record.version
            )
        state = CANCELLED if index == 4 else PENDING
        lines.append(Line(record.id, day, "", kind or "CV", topic, state=state))
    return lines


def _page(window: MainWindow, key: str) -> RegisterPage:
    page = window.show_page(key)
    assert isinstance(page, RegisterPage)
    settle(window)
    return page


def _error_boxes() -> Iterator[str]:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            yield widget.text()
            widget.close()


def _shown(window: MainWindow, page: RegisterPage) -> set[int]:
    """The ids of the lines the register shows, once its read is back; never an error."""
    settle(window)
    errors = list(_error_boxes())
    assert errors == [], errors
    return {page.model.record(row).id for row in range(page.model.rowCount())}


def _choose_next(qtbot: QtBot, window: MainWindow, combo: QComboBox) -> str:
    """Down on the focused combo box: its next option, as the clerk reads it."""
    bar = combo.parent()
    assert isinstance(bar, RegisterFilterBar)
    combo.setFocus()
    with qtbot.waitSignal(bar.changed, timeout=2000):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    return combo.currentText()


def _choose_first(qtbot: QtBot, window: MainWindow, combo: QComboBox) -> None:
    """Home: back to "every …"."""
    combo.setFocus()
    if combo.currentIndex() != 0:
        qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentIndex() == 0
    settle(window)


def _every_option(qtbot: QtBot, window: MainWindow, combo: QComboBox) -> Iterator[str]:
    """Each option after "every …", in turn; back to "every …" at the end."""
    _choose_first(qtbot, window, combo)
    for _ in range(combo.count() - 1):
        yield _choose_next(qtbot, window, combo)
    _choose_first(qtbot, window, combo)


# --- the incoming register ------------------------------------------------------------------


def _incoming_rules() -> dict[str, Callable[[str], Callable[[Line], bool]]]:
    """For each combo box, which lines an option (as its text reads) keeps."""
    urgency_of = {urgency.label: urgency for urgency in Urgency}
    return {
        "year": lambda text: lambda x: str(x.day.year) == text,
        "type_code": lambda text: lambda x: x.type_code == CODE_OF_NAME[text],
        "issuer": lambda text: lambda x: x.issuer == text,
        "urgency": lambda text: (
            lambda x: (
                x.urgency is not Urgency.NORMAL
                if text == "Khẩn trở lên"
                else x.urgency is urgency_of[text]
            )
        ),
        "status": lambda text: lambda x: x.state in KEPT_BY_GROUP.get(text, {text}),
    }


def test_every_option_of_every_incoming_combo_box_shows_exactly_its_lines(
    window: MainWindow, received: list[Line], qtbot: QtBot
) -> None:
    page = _page(window, "incoming")
    bar = page.filters
    assert _shown(window, page) == {x.id for x in received}
    chosen: dict[str, list[str]] = {}
    for name, keeps in _incoming_rules().items():
        combo = getattr(bar, name)
        for text in _every_option(qtbot, window, combo):
            expected = {x.id for x in received if keeps(text)(x)}
            assert _shown(window, page) == expected, f"{name}: {text}"
            chosen.setdefault(name, []).append(text)
        assert _shown(window, page) == {x.id for x in received}

    assert chosen["urgency"] == ["Thường", "Khẩn", "Thượng khẩn", "Hỏa tốc", "Khẩn trở lên"]
    assert chosen["status"] == [*STATES, *GROUPS]
    assert chosen["year"] == [str(YEARS[1]), str(YEARS[0])]
    assert sorted(chosen["issuer"]) == sorted(ISSUERS)
    assert len(chosen["type_code"]) == len(DOCUMENT_TYPES)


def test_each_status_shows_only_lines_whose_status_cell_reads_it(
    window: MainWindow, received: list[Line], qtbot: QtBot
) -> None:
    page = _page(window, "incoming")
    for text in _every_option(qtbot, window, page.filters.status):
        shown = _shown(window, page)
        assert shown, text
        cells = {page.model.index(row, columns.STATUS).data() for row in range(len(shown))}
        assert cells == KEPT_BY_GROUP.get(text, {text}), text


def test_urgency_and_status_together_show_the_lines_of_both(
    window: MainWindow, received: list[Line], qtbot: QtBot
) -> None:
    page = _page(window, "incoming")
    rules = _incoming_rules()
    for urgency in _every_option(qtbot, window, page.filters.urgency):
        for status in _every_option(qtbot, window, page.filters.status):
            expected = {
                x.id
                for x in received
                if rules["urgency"](urgency)(x) and rules["status"](status)(x)
            }
            assert _shown(window, page) == expected, f"{urgency} + {status}"


@pytest.mark.parametrize(
    ("first", "second"), [("year", "type_code"), ("issuer", "status"), ("type_code", "urgency")]
)
def test_two_combo_boxes_together_show_the_lines_of_both(
    window: MainWindow, received: list[Line], qtbot: QtBot, first: str, second: str
) -> None:
    page = _page(window, "incoming")
    rules = _incoming_rules()
    first_combo, second_combo = getattr(page.filters, first), getattr(page.filters, second)
    for first_text in _every_option(qtbot, window, first_combo):
        if first == "type_code" and CODE_OF_NAME[first_text] not in TYPES:
            continue  # no line of that type: nothing to pair
        for second_text in _every_option(qtbot, window, second_combo):
            expected = {
                x.id
                for x in received
                if rules[first](first_text)(x) and rules[second](second_text)(x)
            }
            assert _shown(window, page) == expected, f"{first_text} + {second_text}"


def test_dates_and_words_narrow_the_incoming_register_with_a_combo_box(
    window: MainWindow, received: list[Line], qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window, "incoming")
    bar = page.filters
    start, end = dt.date(YEARS[0], 3, 1), dt.date(YEARS[1], 2, 28)
    for field, day in ((bar.date_from, start), (bar.date_to, end)):
        with qtbot.waitSignal(bar.changed, timeout=2000):
            type_text(field, day.strftime("%d/%m/%Y"))
            qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the next field
    in_range = {x.id for x in received if start <= x.day <= end}
    assert 0 < len(in_range) < len(received)
    assert _shown(window, page) == in_range

    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(bar.changed, timeout=2000):
        type_text(bar.search, "bao hiem")
    words = {x.id for x in received if x.topic == TOPICS[0]}
    assert _shown(window, page) == in_range & words

    rules = _incoming_rules()
    for text in _every_option(qtbot, window, bar.status):
        expected = {x.id for x in received if rules["status"](text)(x)} & in_range & words
        assert _shown(window, page) == expected, text


# --- the outgoing register ------------------------------------------------------------------


def test_every_option_of_the_outgoing_combo_boxes_shows_exactly_its_lines(
    window: MainWindow, sent: list[Line], qtbot: QtBot
) -> None:
    page = _page(window, "outgoing")
    bar = page.filters
    rules = {
        "year": lambda text: lambda x: str(x.day.year) == text,
        "type_code": lambda text: lambda x: x.type_code == CODE_OF_NAME[text],
        "status": lambda text: lambda x: (x.state == CANCELLED) == (text == CANCELLED),
    }
    assert _shown(window, page) == {x.id for x in sent}
    for name, keeps in rules.items():
        for text in _every_option(qtbot, window, getattr(bar, name)):
            expected = {x.id for x in sent if keeps(text)(x)}
            assert _shown(window, page) == expected, f"{name}: {text}"
    cong_van = {x.id for x in sent if x.type_code == "CV"}
    assert len(cong_van) == 3
    assert [*_every_option(qtbot, window, bar.status)] == [NOT_CANCELLED, CANCELLED]

    for year in _every_option(qtbot, window, bar.year):
        for kind in _every_option(qtbot, window, bar.type_code):
            expected = {
                x.id for x in sent if rules["year"](year)(x) and rules["type_code"](kind)(x)
            }
            assert _shown(window, page) == expected, f"{year} + {kind}"


def test_dates_and_words_narrow_the_outgoing_register(
    window: MainWindow, sent: list[Line], qtbot: QtBot, type_text: Typist
) -> None:
    page = _page(window, "outgoing")
    bar = page.filters
    start = dt.date(YEARS[0], 3, 1)
    with qtbot.waitSignal(bar.changed, timeout=2000):
        type_text(bar.date_from, start.strftime("%d/%m/%Y"))
        qtbot.keyClick(bar.date_from, Qt.Key.Key_Tab)
    later = {x.id for x in sent if x.day >= start}
    assert 0 < len(later) < len(sent)
    assert _shown(window, page) == later

    with qtbot.waitSignal(bar.changed, timeout=2000):
        type_text(bar.search, "thuc pham")
    assert _shown(window, page) == later & {x.id for x in sent if x.topic == TOPICS[2]}
