"""Finding documents in the incoming register: search words, filters, order, blocks of rows."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from sqlalchemy import text

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.registers import (
    IncomingColumn,
    IncomingDraft,
    IncomingFilter,
    IncomingRecord,
)
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers.queries import incoming_keys, incoming_rows
from giamsat_desktop.services.registers.text_search import match_expression
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
ADMIN = Actor("Trần Văn Phúc", Role.ADMIN)

DANG_UY = "Đảng ủy xã Tân Hưng"
MTTQ_TINH = "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"
UBND = "Ủy ban nhân dân xã Tân Hưng"

INSPECTION = "V/v kiểm tra công tác phòng, chống tham nhũng năm 2026"
HEALTH = "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế"
REPORT = "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế học sinh"


def nfd(value: str) -> str:
    return unicodedata.normalize("NFD", value)


def register(database: Database, arrival: dt.date, **fields: Any) -> IncomingRecord:
    values: dict[str, Any] = {"issuer": DANG_UY, "subject": INSPECTION}
    values.update(fields)
    record, _ = incoming.register_incoming(
        database.session_factory, CLERK, IncomingDraft(arrival_date=arrival, **values)
    )
    return record


def keys(database: Database, actor: Actor = CLERK, **where: Any) -> list[int]:
    return incoming_keys(database.session_factory, actor, IncomingFilter(**where))


def found(database: Database, words: str) -> list[int]:
    return keys(database, text=words)


@pytest.fixture
def register_2026(office_database: Database) -> dict[str, IncomingRecord]:
    """A few lines of a commune's 2026 incoming register."""
    db = office_database
    return {
        "inspection": register(db, dt.date(2026, 3, 2), symbol="558-CV/ĐUK"),
        "health": register(
            db, dt.date(2026, 3, 5), issuer=MTTQ_TINH, symbol="15/BC-MTTQ-BTT", subject=HEALTH
        ),
        "report": register(
            db, dt.date(2026, 3, 5), issuer=UBND, symbol="92/BC-UBND", subject=REPORT
        ),
    }


# ---------------------------------------------------------------------------------------------
# search words


def test_words_typed_without_marks_find_the_marked_text(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    assert found(office_database, "dang uy kiem tra") == [register_2026["inspection"].id]


def test_a_decomposed_query_finds_composed_text(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    assert found(office_database, nfd("Đảng ủy kiểm tra")) == [register_2026["inspection"].id]


def test_a_composed_query_finds_text_typed_decomposed(office_database: Database) -> None:
    pasted = register(office_database, dt.date(2026, 4, 1), subject=nfd("V/v đôn đốc báo cáo"))

    assert found(office_database, "Đôn đốc") == [pasted.id]


def test_each_word_is_a_prefix(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    assert found(office_database, "kiem") == [register_2026["inspection"].id]


def test_every_word_must_be_found(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    both = found(office_database, "bao hiem hoc sinh")

    assert both == [register_2026["report"].id]


def test_words_found_in_different_fields_still_match(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    assert found(office_database, "tay ninh bao hiem") == [register_2026["health"].id]


def test_a_symbol_typed_as_printed_finds_its_document(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    assert found(office_database, "558-CV/ĐUK") == [register_2026["inspection"].id]


def test_words_in_no_document_find_nothing(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    assert found(office_database, "phản biện") == []


@pytest.mark.parametrize(
    "typed",
    [
        '"kiểm tra',
        '"kiểm tra"',
        "kiem*",
        "*",
        "kiểm AND",
        "AND",
        "OR kiểm",
        "NOT",
        "NEAR(kiểm",
        "NEAR(",
        "kiểm)",
        "^kiểm",
        "search_text:kiểm",
        "-kiểm",
        "kiểm + tra",
        "'",
        "{kiểm}",
    ],
)
def test_search_syntax_typed_by_a_clerk_never_raises(
    office_database: Database, register_2026: dict[str, IncomingRecord], typed: str
) -> None:
    result = found(office_database, typed)

    assert set(result) <= {r.id for r in register_2026.values()}


@pytest.mark.parametrize("typed", ['"kiểm tra"', "kiểm*", "(kiểm)", "^kiểm", "kiểm:"])
def test_search_syntax_around_words_still_finds_them(
    office_database: Database, register_2026: dict[str, IncomingRecord], typed: str
) -> None:
    assert found(office_database, typed) == [register_2026["inspection"].id]


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "-/"])
def test_a_query_without_words_lists_everything(
    office_database: Database, register_2026: dict[str, IncomingRecord], typed: str
) -> None:
    assert sorted(found(office_database, typed)) == sorted(r.id for r in register_2026.values())


def test_results_are_newest_first_by_arrival_date_then_number(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    ids = found(office_database, "v")  # "V/v" and "Việt", in all three

    assert ids == [
        register_2026["report"].id,
        register_2026["health"].id,
        register_2026["inspection"].id,
    ]


def test_an_edited_subject_is_found_by_its_new_words(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    record = register_2026["inspection"]

    incoming.update_incoming(
        office_database.session_factory,
        CLERK,
        record.id,
        IncomingDraft(
            record.arrival_date,
            DANG_UY,
            "V/v góp ý xây dựng Đảng, xây dựng chính quyền",
            symbol="558-CV/ĐUK",
        ),
        record.version,
    )

    assert found(office_database, "gop y xay dung") == [record.id]
    assert found(office_database, "phong chong tham nhung") == []


def test_a_purged_document_is_not_found_by_a_document_taking_its_place(
    office_database: Database,
) -> None:
    register(office_database, dt.date(2026, 3, 2), subject=HEALTH)
    wrong = register(office_database, dt.date(2026, 3, 3), subject=INSPECTION)
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, wrong.id, "Vào sổ nhầm", wrong.version
    )
    incoming.purge_incoming(office_database.session_factory, ADMIN, wrong.id, cancelled.version)

    replacement = register(
        office_database, dt.date(2026, 3, 4), subject="V/v đôn đốc báo cáo 6 tháng đầu năm"
    )

    assert found(office_database, "tham nhung") == []
    assert found(office_database, "don doc") == [replacement.id]


@pytest.mark.sqlite_only  # the FTS5 table itself
def test_the_search_index_forgets_a_purged_document(office_database: Database) -> None:
    wrong = register(office_database, dt.date(2026, 3, 3), subject=INSPECTION)
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, wrong.id, "Vào sổ nhầm", wrong.version
    )

    incoming.purge_incoming(office_database.session_factory, ADMIN, wrong.id, cancelled.version)

    with office_database.engine.connect() as connection:
        left = connection.execute(
            text("SELECT rowid FROM incoming_search WHERE incoming_search MATCH :q"),
            {"q": match_expression("tham nhung")},
        ).all()
    assert left == []


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("Đảng ủy", '"dang"* AND "uy"*'),
        ("558-CV/ĐUK", '"558"* AND "cv"* AND "duk"*'),
        ('"kiểm" NEAR(tra', '"kiem"* AND "near"* AND "tra"*'),
        ("AND OR NOT", '"and"* AND "or"* AND "not"*'),
        (nfd("Bảo hiểm"), '"bao"* AND "hiem"*'),
    ],
)
def test_match_expression_quotes_each_folded_word_as_a_prefix(typed: str, expression: str) -> None:
    assert match_expression(typed) == expression


@pytest.mark.parametrize("typed", ["", "   ", '""', "*", "/-()"])
def test_match_expression_of_no_words_is_none(typed: str) -> None:
    assert match_expression(typed) is None


# ---------------------------------------------------------------------------------------------
# filters


def test_the_year_filter_keeps_that_years_documents(office_database: Database) -> None:
    register(office_database, dt.date(2025, 12, 31))
    january = register(office_database, dt.date(2026, 1, 1))
    register(office_database, dt.date(2027, 1, 1))

    assert keys(office_database, year=2026) == [january.id]


def test_the_date_range_includes_both_ends(office_database: Database) -> None:
    register(office_database, dt.date(2026, 2, 28))
    first = register(office_database, dt.date(2026, 3, 1))
    last = register(office_database, dt.date(2026, 3, 31))
    register(office_database, dt.date(2026, 4, 1))

    result = keys(office_database, date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))

    assert result == [last.id, first.id]


def test_the_type_filter_keeps_that_type(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    result = keys(office_database, type_code="BC")

    assert result == [register_2026["report"].id, register_2026["health"].id]


def test_the_issuer_filter_keeps_that_issuer(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    assert keys(office_database, issuer=MTTQ_TINH) == [register_2026["health"].id]


def test_the_urgency_filter_keeps_that_urgency(office_database: Database) -> None:
    register(office_database, dt.date(2026, 3, 2))
    urgent = register(office_database, dt.date(2026, 3, 2), urgency=Urgency.URGENT)
    register(office_database, dt.date(2026, 3, 2), urgency=Urgency.FLASH)

    assert keys(office_database, urgency=Urgency.URGENT) == [urgent.id]


def test_the_status_filter_keeps_that_status(office_database: Database) -> None:
    register(office_database, dt.date(2026, 3, 2))
    working = register(
        office_database, dt.date(2026, 3, 2), handling_status=HandlingStatus.IN_PROGRESS
    )
    register(office_database, dt.date(2026, 3, 2), handling_status=HandlingStatus.DONE)

    assert keys(office_database, status=HandlingStatus.IN_PROGRESS) == [working.id]


def test_the_overdue_filter_keeps_open_documents_past_their_deadline(
    office_database: Database,
) -> None:
    day = dt.date(2026, 4, 15)
    arrival = dt.date(2026, 3, 2)
    late = register(office_database, arrival, deadline=dt.date(2026, 4, 10))
    late_working = register(
        office_database,
        arrival,
        deadline=dt.date(2026, 4, 14),
        handling_status=HandlingStatus.IN_PROGRESS,
    )
    register(office_database, arrival, deadline=day)  # due today: not late yet
    register(office_database, arrival, deadline=dt.date(2026, 4, 30))
    register(office_database, arrival)  # no deadline
    register(
        office_database,
        arrival,
        deadline=dt.date(2026, 4, 10),
        handling_status=HandlingStatus.DONE,
    )
    dropped = register(office_database, arrival, deadline=dt.date(2026, 4, 10))
    incoming.cancel_incoming(
        office_database.session_factory, CLERK, dropped.id, "Vào sổ nhầm", dropped.version
    )

    assert keys(office_database, overdue_on=day) == [late_working.id, late.id]


def test_the_overdue_filter_agrees_with_the_records_own_overdue(
    office_database: Database,
) -> None:
    day = dt.date(2026, 4, 15)
    for deadline, status in [
        (dt.date(2026, 4, 1), HandlingStatus.PENDING),
        (dt.date(2026, 4, 1), HandlingStatus.DONE),
        (dt.date(2026, 5, 1), HandlingStatus.PENDING),
        (None, HandlingStatus.PENDING),
    ]:
        register(office_database, dt.date(2026, 3, 2), deadline=deadline, handling_status=status)
    every = incoming_rows(office_database.session_factory, keys(office_database))

    overdue = set(keys(office_database, overdue_on=day))

    assert overdue == {r.id for r in every if r.overdue(day)}


def test_cancelled_documents_can_be_left_out(office_database: Database) -> None:
    kept = register(office_database, dt.date(2026, 3, 2))
    dropped = register(office_database, dt.date(2026, 3, 3))
    incoming.cancel_incoming(
        office_database.session_factory, CLERK, dropped.id, "Vào sổ nhầm", dropped.version
    )

    assert keys(office_database, include_cancelled=False) == [kept.id]
    assert keys(office_database) == [dropped.id, kept.id]


def test_secret_documents_can_be_left_out(office_database: Database) -> None:
    ordinary = register(office_database, dt.date(2026, 3, 2))
    register(office_database, dt.date(2026, 3, 3), secrecy=Secrecy.CONFIDENTIAL)

    assert keys(office_database, include_secret=False) == [ordinary.id]


def test_search_words_and_filters_apply_together(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    result = keys(office_database, text="bao hiem", type_code="BC", issuer=UBND)

    assert result == [register_2026["report"].id]


# ---------------------------------------------------------------------------------------------
# rows and order


def test_rows_come_in_the_order_of_the_keys_given(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    wanted = [
        register_2026["health"].id,
        register_2026["inspection"].id,
        register_2026["report"].id,
    ]

    rows = incoming_rows(office_database.session_factory, wanted)

    assert [r.id for r in rows] == wanted


def test_rows_leave_out_keys_no_longer_there(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    rows = incoming_rows(office_database.session_factory, [register_2026["report"].id, 9999])

    assert [r.id for r in rows] == [register_2026["report"].id]


def test_rows_carry_the_book_name(
    office_database: Database, register_2026: dict[str, IncomingRecord]
) -> None:
    [row] = incoming_rows(office_database.session_factory, [register_2026["health"].id])

    assert row == register_2026["health"]


@pytest.fixture
def varied_register(office_database: Database) -> list[IncomingRecord]:
    """Documents differing in every sortable column, with ties and empty values."""
    db = office_database
    return [
        register(db, dt.date(2026, 3, 2), symbol="558-CV/ĐUK", deadline=dt.date(2026, 3, 20)),
        register(
            db,
            dt.date(2026, 3, 2),
            issuer=MTTQ_TINH,
            symbol="15/BC-MTTQ-BTT",
            subject=HEALTH,
            urgency=Urgency.URGENT,
            recipients="Hội Nông dân",
        ),
        register(
            db,
            dt.date(2026, 2, 10),
            issuer=UBND,
            symbol="92/BC-UBND",
            subject=REPORT,
            doc_date=dt.date(2026, 2, 9),
            handling_status=HandlingStatus.DONE,
        ),
        register(db, dt.date(2026, 2, 10), secrecy=Secrecy.CONFIDENTIAL, urgency=Urgency.FLASH),
        register(db, dt.date(2025, 12, 31), issuer=MTTQ_TINH, arrival_number_text="7a"),
        register(db, dt.date(2026, 3, 2), arrival_number_text="2a", recipients="Hội LHPN"),
    ]


@pytest.mark.parametrize("column", list(IncomingColumn))
def test_sorting_descending_reverses_sorting_ascending(
    office_database: Database, varied_register: list[IncomingRecord], column: IncomingColumn
) -> None:
    factory = office_database.session_factory

    ascending = incoming_keys(factory, CLERK, IncomingFilter(), column, descending=False)
    descending = incoming_keys(factory, CLERK, IncomingFilter(), column, descending=True)

    assert sorted(ascending) == sorted(r.id for r in varied_register)
    assert descending == ascending[::-1]


SORT_VALUE = {
    IncomingColumn.ARRIVAL: lambda r: (r.arrival_date, r.arrival_number),
    IncomingColumn.NUMBER: lambda r: (r.book_id, r.arrival_number),
    IncomingColumn.ISSUER: lambda r: r.issuer,
    IncomingColumn.SYMBOL: lambda r: r.symbol,
    IncomingColumn.DOC_DATE: lambda r: (r.doc_date is not None, r.doc_date or dt.date.min),
    IncomingColumn.TYPE: lambda r: r.type_code,
    IncomingColumn.SUBJECT: lambda r: r.subject,
    IncomingColumn.RECIPIENTS: lambda r: r.recipients,
    IncomingColumn.URGENCY: lambda r: r.urgency.value,
    IncomingColumn.DEADLINE: lambda r: (r.deadline is not None, r.deadline or dt.date.min),
    IncomingColumn.STATUS: lambda r: r.handling_status.value,
}


@pytest.mark.parametrize("column", list(IncomingColumn))
def test_sorting_ascending_orders_by_the_column(
    office_database: Database, varied_register: list[IncomingRecord], column: IncomingColumn
) -> None:
    factory = office_database.session_factory

    rows = incoming_rows(
        factory, incoming_keys(factory, CLERK, IncomingFilter(), column, descending=False)
    )

    values = [SORT_VALUE[column](r) for r in rows]
    assert values == sorted(values)


def test_the_registers_own_order_is_arrival_date_then_number(
    office_database: Database, varied_register: list[IncomingRecord]
) -> None:
    rows = incoming_rows(
        office_database.session_factory,
        incoming_keys(office_database.session_factory, CLERK, IncomingFilter(), descending=False),
    )

    assert [(r.arrival_date.isoformat(), r.arrival_number_text) for r in rows] == [
        ("2025-12-31", "7a"),
        ("2026-02-10", "1"),  # the secret book starts its own series
        ("2026-02-10", "3"),
        ("2026-03-02", "1"),
        ("2026-03-02", "2"),
        ("2026-03-02", "2a"),
    ]
