"""The demo office: realistic registers, generated the same way for the same seed."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import inspect, text

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ConflictError, ErrorCode
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.symbols import SymbolStyle, parse_symbol
from giamsat_desktop.services.catalog.office import set_up_office
from giamsat_desktop.services.demo_data import SIZES, create_demo_data
from giamsat_desktop.services.overview.figures import overview
from giamsat_desktop.services.safety.database import Database, open_database

if TYPE_CHECKING:
    from tests.conftest import Databases

TODAY = dt.date(2026, 11, 23)
YEARS = {2025, 2026}
ALL_TABLES = (
    "office",
    "organizations",
    "people",
    "users",
    "audit_entries",
    "register_books",
    "incoming_documents",
    "outgoing_documents",
)


def rows(database: Database, query: str, **params: object) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query), params)]


def count(database: Database, table: str) -> int:
    return int(rows(database, f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture(scope="module")
def demo(engine_name: str, databases: Databases) -> Iterator[Database]:
    """One small demo office, read (never changed) by the tests below."""
    url = databases.new_url(engine_name)
    database = open_database(url)
    create_demo_data(database.session_factory, "small", today=TODAY)
    yield database
    database.close()
    databases.remove(url)


def incoming(database: Database) -> list[tuple[Any, ...]]:
    return rows(
        database,
        "SELECT b.year, d.arrival_number, d.arrival_number_text, d.arrival_date, d.symbol"
        " FROM incoming_documents d JOIN register_books b ON b.id = d.book_id"
        " ORDER BY b.year, d.arrival_number",
    )


def outgoing(database: Database) -> list[tuple[Any, ...]]:
    return rows(
        database,
        "SELECT b.year, d.number, d.number_text, d.issue_date, d.symbol"
        " FROM outgoing_documents d JOIN register_books b ON b.id = d.book_id"
        " ORDER BY b.year, d.number",
    )


def reply_documents(database: Database) -> int:
    """How many documents of Văn bản đến carry a reply to a recommendation or a criticism."""
    return int(
        rows(
            database,
            "SELECT count(DISTINCT incoming_id) FROM recommendation_replies"
            " WHERE incoming_id IS NOT NULL",
        )[0][0]
    ) + int(
        rows(database, "SELECT count(*) FROM criticism_sessions WHERE reply_id IS NOT NULL")[0][0]
    )


def as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


# ---------------------------------------------------------------------------------------------
# what a small demo office holds


def test_a_small_demo_office_has_300_incoming_and_120_outgoing_documents_and_its_letters(
    demo: Database,
) -> None:
    letters = count_where(demo, "letters", "state = 'da_phat_hanh'")
    replies = reply_documents(demo)

    assert (SIZES["small"].incoming, SIZES["small"].outgoing) == (300, 120)
    assert (count(demo, "incoming_documents"), count(demo, "outgoing_documents")) == (
        300 + replies,
        120 + letters,
    )
    assert letters >= 6  # the plans and decisions of the Front's own delegations
    assert replies > 0  # the bodies' replies to the recommendations, entered as they came


def test_the_counts_reported_are_the_counts_written(new_database_url: Callable[[], str]) -> None:
    database = open_database(new_database_url())
    try:
        counts = create_demo_data(database.session_factory, "small", today=TODAY)
        written = {
            "tasks": count(database, "tasks"),
            "incoming": count(database, "incoming_documents"),
            "outgoing": count(database, "outgoing_documents"),
            "people": count(database, "people"),
            "organizations": count(database, "organizations"),
            "programme_items": count(database, "programme_items"),
            "supervision_sessions": count(database, "supervision_sessions"),
            "working_sessions": count(database, "working_sessions"),
            "recommendations": count(database, "recommendations"),
            "criticism_sessions": count(database, "criticism_sessions"),
            "dialogues": count(database, "dialogues"),
            "conduct_sessions": count(database, "conduct_sessions"),
            "citizen_reports": count(database, "citizen_reports"),
        }
    finally:
        database.close()

    assert counts == written


def test_the_demo_registers_span_this_year_and_last_year(demo: Database) -> None:
    books = rows(demo, "SELECT year, kind FROM register_books ORDER BY year, kind")

    assert books == [(2025, "den"), (2025, "di"), (2026, "den"), (2026, "di")]


@pytest.mark.parametrize("register", [incoming, outgoing], ids=["incoming", "outgoing"])
def test_documents_are_numbered_from_one_each_year_without_gaps(
    register: Any, demo: Database
) -> None:
    numbers: dict[int, list[int]] = defaultdict(list)
    for year, number, *_ in register(demo):
        numbers[year].append(number)

    assert set(numbers) == YEARS
    assert all(found == list(range(1, len(found) + 1)) for found in numbers.values())


def test_each_demo_book_remembers_its_highest_number(demo: Database) -> None:
    remembered = rows(
        demo, "SELECT year, kind, last_number FROM register_books ORDER BY year, kind"
    )
    given = defaultdict(int)
    for year, number, *_ in incoming(demo):
        given[(year, "den")] = max(given[(year, "den")], number)
    for year, number, *_ in outgoing(demo):
        given[(year, "di")] = max(given[(year, "di")], number)

    assert remembered == [(year, kind, given[(year, kind)]) for year, kind in sorted(given)]


@pytest.mark.parametrize("register", [incoming, outgoing], ids=["incoming", "outgoing"])
def test_the_written_number_matches_the_number(register: Any, demo: Database) -> None:
    mismatched = [
        (year, number, text) for year, number, text, *_ in register(demo) if int(text) != number
    ]

    assert mismatched == []


@pytest.mark.parametrize("register", [incoming, outgoing], ids=["incoming", "outgoing"])
def test_dates_fall_in_their_registers_year_and_not_after_today(
    register: Any, demo: Database
) -> None:
    wrong = [
        (year, number, day)
        for year, number, _text, day, _symbol in register(demo)
        if as_date(day).year != year or as_date(day) > TODAY
    ]

    assert wrong == []


@pytest.mark.parametrize("register", [incoming, outgoing], ids=["incoming", "outgoing"])
def test_a_later_number_never_has_an_earlier_date(register: Any, demo: Database) -> None:
    backwards = []
    previous: tuple[int, dt.date] | None = None
    for year, number, _text, day, _symbol in register(demo):
        if previous is not None and previous[0] == year and as_date(day) < previous[1]:
            backwards.append((year, number))
        previous = (year, as_date(day))

    assert backwards == []


@pytest.mark.parametrize("register", [incoming, outgoing], ids=["incoming", "outgoing"])
def test_every_symbol_is_one_the_register_can_read(register: Any, demo: Database) -> None:
    unreadable = [
        symbol for *_, symbol in register(demo) if parse_symbol(symbol).style is SymbolStyle.UNKNOWN
    ]

    assert unreadable == []


def test_incoming_symbols_follow_both_state_and_party_conventions(demo: Database) -> None:
    styles = {parse_symbol(symbol).style for *_, symbol in incoming(demo)}

    assert styles == {SymbolStyle.STATE, SymbolStyle.PARTY}


def test_outgoing_symbols_carry_their_number_and_the_offices_suffix(demo: Database) -> None:
    wrong = []
    for year, number, _text, _day, symbol in outgoing(demo):
        parsed = parse_symbol(symbol)
        if (parsed.number, parsed.issuer_code) != (f"{number:02d}", "MTTQ-BTT"):
            wrong.append((year, number, symbol))

    assert wrong == []


TEXT_COLUMNS = {
    "incoming_documents": (
        "issuer",
        "symbol",
        "subject",
        "signer",
        "recipients",
        "instruction",
        "notes",
    ),
    "outgoing_documents": ("symbol", "subject", "signer_name", "signer_position", "recipients"),
    "office": ("name", "place_name", "higher_body", "chair_name"),
    "organizations": ("name", "short_name"),
    "people": ("full_name", "position"),
    "register_books": ("name",),
}


@pytest.mark.parametrize("table", list(TEXT_COLUMNS))
def test_demo_text_is_stored_composed(demo: Database, table: str) -> None:
    values = [
        value
        for row in rows(demo, f"SELECT {', '.join(TEXT_COLUMNS[table])} FROM {table}")
        for value in row
    ]

    assert values
    assert [v for v in values if not unicodedata.is_normalized("NFC", v)] == []


def test_demo_text_is_vietnamese(demo: Database) -> None:
    subjects = [s for (s,) in rows(demo, "SELECT subject FROM incoming_documents")]

    assert sum(any(ord(ch) > 127 for ch in s) for s in subjects) == len(subjects)


def test_the_demo_office_has_people_in_its_organisations(demo: Database) -> None:
    linked = rows(
        demo,
        "SELECT p.full_name, o.code FROM people p JOIN organizations o ON o.id = p.organization_id"
        " WHERE p.full_name = 'Phạm Thị Hồng Nhung'",
    )

    assert linked == [("Phạm Thị Hồng Nhung", "LHPN")]


def test_the_overview_counts_what_the_registers_hold(demo: Database) -> None:
    start, end = "2026-01-01", "2026-12-31"
    live = "cancelled_at IS NULL"
    open_ = f"{live} AND handling_status != 'da_xu_ly'"
    expected = (
        2026,
        count_where(
            demo,
            "incoming_documents",
            f"{live} AND arrival_date BETWEEN :start AND :end",
            start=start,
            end=end,
        ),
        count_where(
            demo,
            "outgoing_documents",
            f"{live} AND issue_date BETWEEN :start AND :end",
            start=start,
            end=end,
        ),
        count_where(demo, "incoming_documents", open_),
        count_where(
            demo, "incoming_documents", f"{open_} AND deadline < :day", day=TODAY.isoformat()
        ),
        count_where(demo, "organizations", "active"),
        count_where(demo, "people", "active"),
    )

    figures = overview(demo.session_factory, today=TODAY)

    assert (
        figures.year,
        figures.incoming_this_year,
        figures.outgoing_this_year,
        figures.incoming_open,
        figures.incoming_overdue,
        figures.organizations_active,
        figures.people_active,
    ) == expected
    assert all(expected[1:]), "every figure should be non-zero in the demo office"


def count_where(database: Database, table: str, where: str, **params: object) -> int:
    return int(rows(database, f"SELECT count(*) FROM {table} WHERE {where}", **params)[0][0])


# ---------------------------------------------------------------------------------------------
# generation


def documents(database: Database) -> list[tuple[Any, ...]]:
    """Every generated column of both registers, without the moment of generation."""
    skipped = {"created_at", "updated_at"}
    found = []
    for table in ("incoming_documents", "outgoing_documents", "people"):
        names = [column["name"] for column in inspect(database.engine).get_columns(table)]
        kept = [n for n in names if n not in skipped]
        found += rows(database, f"SELECT {', '.join(kept)} FROM {table} ORDER BY id")
    return found


def generate(url: str, seed: int) -> list[tuple[Any, ...]]:
    database = open_database(url)
    try:
        create_demo_data(database.session_factory, "small", seed=seed, today=TODAY)
        return documents(database)
    finally:
        database.close()


def test_the_same_seed_gives_the_same_demo_office(new_database_url: Callable[[], str]) -> None:
    first = generate(new_database_url(), seed=7)
    second = generate(new_database_url(), seed=7)

    assert first == second


def test_another_seed_gives_another_demo_office(new_database_url: Callable[[], str]) -> None:
    first = generate(new_database_url(), seed=7)
    second = generate(new_database_url(), seed=8)

    assert first != second


def test_demo_data_is_never_mixed_into_a_register_that_has_documents(database: Database) -> None:
    create_demo_data(database.session_factory, "small", today=TODAY)

    with pytest.raises(ConflictError) as caught:
        create_demo_data(database.session_factory, "small", seed=99, today=TODAY)

    assert caught.value.code is ErrorCode.DATABASE_NOT_EMPTY


def test_a_refused_second_demo_run_writes_nothing(database: Database) -> None:
    create_demo_data(database.session_factory, "small", today=TODAY)
    before = {table: count(database, table) for table in ALL_TABLES}
    contents = documents(database)

    with pytest.raises(ConflictError):
        create_demo_data(database.session_factory, "small", seed=99, today=TODAY)

    assert {table: count(database, table) for table in ALL_TABLES} == before
    assert documents(database) == contents


def test_demo_data_keeps_an_office_already_set_up(database: Database) -> None:
    mine = OfficeInfo(
        name="Ủy ban MTTQ Việt Nam phường Hòa Bình",
        level=OfficeLevel.WARD,
        place_name="Hòa Bình",
        date_line_place="Hòa Bình",
        higher_body="Ủy ban MTTQ Việt Nam thành phố Hà Nội",
        symbol_suffix="MTTQP-HB",
        chair_name="Trần Văn Phúc",
    )
    set_up_office(database.session_factory, SYSTEM, mine)

    create_demo_data(database.session_factory, "small", today=TODAY)

    offices = rows(database, "SELECT name FROM office")
    suffixes = {parse_symbol(symbol).issuer_code for *_, symbol in outgoing(database)}
    assert offices == [(mine.name,)]
    assert suffixes == {"MTTQP-HB"}


def test_progress_is_reported_up_to_the_whole(database: Database) -> None:
    seen: list[float] = []

    create_demo_data(
        database.session_factory, "small", today=TODAY, progress=lambda f, _m: seen.append(f)
    )

    assert seen == sorted(seen)
    assert seen[-1] == pytest.approx(1.0)


def test_demo_data_can_be_created_on_new_years_day(database: Database) -> None:
    new_year = dt.date(2027, 1, 1)

    create_demo_data(database.session_factory, "small", today=new_year)

    latest = rows(database, "SELECT max(arrival_date) FROM incoming_documents")[0][0]
    assert count(database, "incoming_documents") == SIZES["small"].incoming + reply_documents(
        database
    )
    assert as_date(latest) <= new_year
