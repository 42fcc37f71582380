"""The subject's 500 characters (Nghị định 30/2020, Phụ lục VI), and the records kept longer.

A new subject, or a changed one, is refused past the limit with the error naming the field;
a subject stored longer before the limit was kept still opens, prints, exports and saves
while the clerk edits the record's other fields.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import text

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.domain.registers import (
    SUBJECT_MAX_LENGTH,
    IncomingDraft,
    IncomingFilter,
    OutgoingDraft,
)
from giamsat_desktop.messages import describe
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.registers import reports as register_reports
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
ARRIVED = dt.date(2026, 3, 2)
ISSUED = dt.date(2026, 3, 5)
OPENING = "V/v giám sát việc thực hiện chính sách bảo hiểm y tế cho người thuộc hộ nghèo, "
"""An ordinary subject's opening; the subjects below repeat words after it up to a length."""


def subject_of(length: int, ending: str = "HẾT") -> str:
    """A subject of exactly ``length`` characters that ends with ``ending``."""
    body = OPENING + "hộ cận nghèo trên địa bàn xã Tân Hưng năm 2026; " * 40
    return body[: length - len(ending)] + ending


def letter(subject: str, **fields: Any) -> IncomingDraft:
    return IncomingDraft(ARRIVED, "Đảng ủy xã Tân Hưng", subject, symbol="558-CV/ĐUK", **fields)


def report(subject: str, **fields: Any) -> OutgoingDraft:
    return OutgoingDraft(ISSUED, subject, type_code="BC", signer_name="Nguyễn Thị Thu Hà", **fields)


def stored_before_the_limit(database: Database, table: str, record_id: int, subject: str) -> None:
    """Give a record a subject as an older version of the program could have stored it."""
    with database.session_factory() as session, session.begin():
        session.execute(
            text(f"UPDATE {table} SET subject = :subject WHERE id = :id"),  # noqa: S608
            {"subject": subject, "id": record_id},
        )


def pdf_text(pdf: bytes) -> str:
    """The text of every page, without the spaces and line breaks that wrapping adds."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "".join("".join(page.extract_text().split()) for page in pages)


def squeezed(value: str) -> str:
    return "".join(value.split())


def test_the_subjects_made_here_have_the_length_asked() -> None:
    assert [len(subject_of(n)) for n in (500, 501, 800)] == [500, 501, 800]
    assert subject_of(800).endswith("HẾT") and subject_of(800).startswith("V/v giám sát")


# ----- new records ---------------------------------------------------------------------------


def test_an_incoming_subject_of_501_characters_is_refused_naming_the_field(
    office_database: Database,
) -> None:
    with pytest.raises(ValidationError) as raised:
        incoming.register_incoming(office_database.session_factory, CLERK, letter(subject_of(501)))

    assert raised.value.code is ErrorCode.FIELD_TOO_LONG
    assert raised.value.values == {"field": "subject", "limit": SUBJECT_MAX_LENGTH, "length": 501}
    assert describe(raised.value.code.value, raised.value.values) == (
        "Trích yếu dài quá: tối đa 500 ký tự, đang có 501."
    )


def test_an_incoming_subject_of_500_characters_is_registered_whole(
    office_database: Database,
) -> None:
    record, _ = incoming.register_incoming(
        office_database.session_factory, CLERK, letter(subject_of(500))
    )

    assert record.subject == subject_of(500)
    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert len(stored.subject) == 500


def test_the_limit_counts_the_subject_as_stored_not_the_spaces_around_it(
    office_database: Database,
) -> None:
    record, _ = incoming.register_incoming(
        office_database.session_factory, CLERK, letter(f"  \n{subject_of(500)}\n  ")
    )

    assert record.subject == subject_of(500)


def test_an_outgoing_subject_of_501_characters_is_refused_naming_the_field(
    office_database: Database,
) -> None:
    with pytest.raises(ValidationError) as raised:
        outgoing.register_outgoing(office_database.session_factory, CLERK, report(subject_of(501)))

    assert raised.value.code is ErrorCode.FIELD_TOO_LONG
    assert raised.value.values["field"] == "subject"
    assert raised.value.values["limit"] == SUBJECT_MAX_LENGTH


def test_an_outgoing_subject_of_500_characters_is_registered_whole(
    office_database: Database,
) -> None:
    record, _ = outgoing.register_outgoing(
        office_database.session_factory, CLERK, report(subject_of(500))
    )

    assert record.subject == subject_of(500)
    assert record.number == 1


def test_a_refused_long_subject_takes_no_number(office_database: Database) -> None:
    factory = office_database.session_factory
    with pytest.raises(ValidationError):
        incoming.register_incoming(factory, CLERK, letter(subject_of(501)))
    with pytest.raises(ValidationError):
        outgoing.register_outgoing(factory, CLERK, report(subject_of(501)))

    assert incoming.register_incoming(factory, CLERK, letter("V/v họp"))[0].arrival_number == 1
    assert outgoing.register_outgoing(factory, CLERK, report("Báo cáo quý I"))[0].number == 1


# ----- records stored longer before the limit ------------------------------------------------


@pytest.fixture
def old_incoming(office_database: Database) -> int:
    """An incoming record whose subject of 800 characters was stored before the limit."""
    record, _ = incoming.register_incoming(
        office_database.session_factory, CLERK, letter("V/v tạm")
    )
    stored_before_the_limit(office_database, "incoming_documents", record.id, subject_of(800))
    return record.id


@pytest.fixture
def old_outgoing(office_database: Database) -> int:
    """An outgoing record whose subject of 800 characters was stored before the limit."""
    record, _ = outgoing.register_outgoing(
        office_database.session_factory, CLERK, report("Báo cáo tạm")
    )
    stored_before_the_limit(office_database, "outgoing_documents", record.id, subject_of(800))
    return record.id


def test_an_old_incoming_record_of_800_characters_saves_when_its_subject_is_kept(
    office_database: Database, old_incoming: int
) -> None:
    factory = office_database.session_factory
    old = incoming.get_incoming(factory, CLERK, old_incoming)
    assert old.subject == subject_of(800)

    edited, _ = incoming.update_incoming(
        factory, CLERK, old.id, letter(old.subject, notes="Đã trình Thường trực"), old.version
    )

    assert edited.notes == "Đã trình Thường trực"
    assert edited.subject == subject_of(800)
    assert incoming.get_incoming(factory, CLERK, old.id).version == old.version + 1


def test_an_old_incoming_subject_changed_to_another_one_past_the_limit_is_refused(
    office_database: Database, old_incoming: int
) -> None:
    factory = office_database.session_factory
    old = incoming.get_incoming(factory, CLERK, old_incoming)

    with pytest.raises(ValidationError) as raised:
        incoming.update_incoming(factory, CLERK, old.id, letter(subject_of(700)), old.version)

    assert raised.value.code is ErrorCode.FIELD_TOO_LONG
    assert raised.value.values["length"] == 700
    assert incoming.get_incoming(factory, CLERK, old.id).subject == subject_of(800)


def test_an_old_incoming_subject_shortened_to_the_limit_saves(
    office_database: Database, old_incoming: int
) -> None:
    factory = office_database.session_factory
    old = incoming.get_incoming(factory, CLERK, old_incoming)

    edited, _ = incoming.update_incoming(
        factory, CLERK, old.id, letter(subject_of(500)), old.version
    )

    assert edited.subject == subject_of(500)


def test_an_old_outgoing_record_of_800_characters_saves_when_its_subject_is_kept(
    office_database: Database, old_outgoing: int
) -> None:
    factory = office_database.session_factory
    old = outgoing.get_outgoing(factory, CLERK, old_outgoing)

    edited, _ = outgoing.update_outgoing(
        factory, CLERK, old.id, report(old.subject, copies=7), old.version
    )

    assert (edited.copies, edited.subject) == (7, subject_of(800))
    with pytest.raises(ValidationError) as raised:
        outgoing.update_outgoing(
            factory, CLERK, old.id, report(subject_of(800) + " nữa"), edited.version
        )
    assert raised.value.values["field"] == "subject"


def test_an_old_long_record_prints_whole_in_the_register_and_the_slip(
    office_database: Database, old_incoming: int, old_outgoing: int
) -> None:
    factory = office_database.session_factory
    whole = squeezed(subject_of(800))

    register = register_reports.incoming_register_pdf(factory, CLERK, ARRIVED, ARRIVED)
    slip = register_reports.handling_slip_pdf(factory, CLERK, old_incoming, today=ARRIVED)
    sent = register_reports.outgoing_register_pdf(factory, CLERK, ISSUED, ISSUED)

    for pdf in (register, slip, sent):
        assert whole in pdf_text(pdf)


def test_an_old_long_record_exports_whole_to_excel(
    office_database: Database, old_incoming: int, tmp_path: Path
) -> None:
    path = tmp_path / "so-den.xlsx"
    written = register_reports.export_incoming_xlsx(
        office_database.session_factory,
        CLERK,
        path,
        IncomingFilter(),
        title="SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
    )

    assert written == 1
    values = [
        cell.value
        for row in openpyxl.load_workbook(path).active.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert any(value.endswith(subject_of(800)) for value in values)
