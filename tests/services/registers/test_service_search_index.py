"""Documents written in bulk (an Excel import, demo data) are found by search like any other."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ConflictError
from giamsat_desktop.domain.registers import IncomingDraft, IncomingFilter, OutgoingFilter
from giamsat_desktop.services.demo_data import create_demo_data
from giamsat_desktop.services.excel.fields import ParsedRow, RowProblem
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers.excel_import import import_incoming
from giamsat_desktop.services.registers.queries import incoming_keys, outgoing_keys
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
ISSUERS = ("Đảng ủy xã Tân Hưng", "Ủy ban nhân dân xã Tân Hưng", "Hội Nông dân xã Tân Hưng")


def imported_rows(count: int) -> list[ParsedRow]:
    return [
        ParsedRow(
            n + 4,
            str(n),
            IncomingDraft(
                dt.date(2022, 1, 3) + dt.timedelta(days=n % 300),
                ISSUERS[n % 3],
                f"V/v kiểm tra giám sát đợt {n}" if n % 2 else f"Báo cáo tổng hợp số {n}",
                symbol=f"{n}-CV/ĐU",
            ),
            (),
        )
        for n in range(1, count + 1)
    ]


def found(database: Database, words: str) -> int:
    return len(incoming_keys(database.session_factory, CLERK, IncomingFilter(text=words)))


def index_is_sound(database: Database, index: str) -> None:
    """FTS5's own check that the index holds exactly the rows of its table."""
    if database.engine.dialect.name == "sqlite":
        with database.engine.begin() as connection:
            connection.execute(
                text(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
            )


def test_every_imported_document_is_found(office_database: Database) -> None:
    import_incoming(office_database.session_factory, CLERK, imported_rows(600))

    assert (found(office_database, "kiem tra giam sat"), found(office_database, "bao cao")) == (
        300,
        300,
    )
    assert found(office_database, "dang uy") == 200
    index_is_sound(office_database, "incoming_search")


def test_a_document_registered_after_an_import_is_found(office_database: Database) -> None:
    import_incoming(office_database.session_factory, CLERK, imported_rows(20))

    incoming.register_incoming(
        office_database.session_factory,
        CLERK,
        IncomingDraft(dt.date(2026, 3, 2), "Huyện ủy Tân Biên", "Thông báo kết luận hội nghị"),
    )

    assert found(office_database, "thong bao ket luan") == 1
    index_is_sound(office_database, "incoming_search")


def test_a_refused_import_leaves_single_entries_indexed(office_database: Database) -> None:
    problem = RowProblem(7, None, "Ngày đến 31/02/2022 không có")
    with pytest.raises(ConflictError):
        import_incoming(office_database.session_factory, CLERK, imported_rows(20), [problem])

    incoming.register_incoming(
        office_database.session_factory,
        CLERK,
        IncomingDraft(dt.date(2026, 3, 2), "Huyện ủy Tân Biên", "Thông báo kết luận hội nghị"),
    )

    assert (found(office_database, "thong bao"), found(office_database, "kiem tra")) == (1, 0)
    index_is_sound(office_database, "incoming_search")


@pytest.mark.sqlite_only  # the pause is SQLite's; PostgreSQL indexes the column itself
def test_no_pause_is_left_after_a_bulk_insert(office_database: Database) -> None:
    create_demo_data(office_database.session_factory, "small", today=dt.date(2026, 11, 23))
    import_incoming(office_database.session_factory, CLERK, imported_rows(20))

    with office_database.engine.connect() as connection:
        paused = connection.execute(text("SELECT count(*) FROM search_index_paused")).scalar()
    assert paused == 0


def test_demo_documents_are_found_in_both_registers(database: Database) -> None:
    create_demo_data(database.session_factory, "small", today=dt.date(2026, 11, 23))

    everything_in = incoming_keys(database.session_factory, CLERK, IncomingFilter())
    found_in = incoming_keys(database.session_factory, CLERK, IncomingFilter(text="v"))
    everything_out = outgoing_keys(database.session_factory, CLERK, OutgoingFilter())
    reports = outgoing_keys(database.session_factory, CLERK, OutgoingFilter(text="bc"))
    assert len(found_in) > 0 and set(found_in) <= set(everything_in)
    assert len(reports) > 0 and set(reports) <= set(everything_out)
    index_is_sound(database, "incoming_search")
    index_is_sound(database, "outgoing_search")
