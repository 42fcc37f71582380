"""Văn bản đi: numbered on saving, symbols in state style, answers to incoming documents."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from giamsat_desktop.db.models import AuditEntry
from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.domain.registers import (
    IncomingDraft,
    IncomingRecord,
    OutgoingDraft,
    OutgoingFilter,
    OutgoingRecord,
)
from giamsat_desktop.services.registers import incoming, outgoing
from giamsat_desktop.services.registers.queries import outgoing_keys, outgoing_rows
from giamsat_desktop.services.safety.database import Database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
VIEWER = Actor("Nguyễn Văn Bình", Role.VIEWER)

HEALTH_REPORT = "Báo cáo kết quả giám sát việc thực hiện chính sách bảo hiểm y tế"
REPLY = "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế"
RECIPIENTS = "- Đảng ủy xã Tân Hưng;\n- Ủy ban MTTQ Việt Nam tỉnh Tây Ninh;\n- Lưu: VT."


def draft(issued: dt.date = dt.date(2026, 9, 5), **fields: Any) -> OutgoingDraft:
    values: dict[str, Any] = {
        "subject": HEALTH_REPORT,
        "type_code": "BC",
        "signer_name": "Nguyễn Thị Thu Hà",
        "signer_position": "Chủ tịch",
        "recipients": RECIPIENTS,
        "copies": 5,
    }
    values.update(fields)
    return OutgoingDraft(issue_date=issued, **values)


def send(database: Database, document: OutgoingDraft, actor: Actor = CLERK) -> OutgoingRecord:
    record, _ = outgoing.register_outgoing(database.session_factory, actor, document)
    return record


def receive(database: Database, symbol: str, issuer: str = "Đảng ủy xã Tân Hưng") -> IncomingRecord:
    record, _ = incoming.register_incoming(
        database.session_factory,
        CLERK,
        IncomingDraft(dt.date(2026, 8, 20), issuer, REPLY, symbol=symbol),
    )
    return record


def everything(database: Database) -> list[int]:
    return outgoing_keys(database.session_factory, CLERK, OutgoingFilter())


def outgoing_audit(database: Database) -> list[tuple[str, dict[str, Any]]]:
    with database.session_factory() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "outgoing").order_by(AuditEntry.id)
        ).all()
        return [(r.action, json.loads(r.changes)) for r in rows]


# ---------------------------------------------------------------------------------------------
# numbers and symbols


def test_outgoing_documents_are_numbered_one_two_three_in_the_year(
    office_database: Database,
) -> None:
    records = [send(office_database, draft()) for _ in range(3)]

    assert [r.number for r in records] == [1, 2, 3]
    assert [r.number_text for r in records] == ["01", "02", "03"]


def test_a_report_gets_a_symbol_with_its_type_and_the_office_suffix(
    office_database: Database,
) -> None:
    report = send(office_database, draft(type_code="BC"))

    assert report.symbol == "01/BC-MTTQ-BTT"


def test_a_type_code_typed_in_lower_case_is_written_as_the_decree_spells_it(
    office_database: Database,
) -> None:
    plan = send(office_database, draft(type_code="kh"))

    assert (plan.type_code, plan.symbol) == ("KH", "01/KH-MTTQ-BTT")


@pytest.mark.parametrize("type_code", ["", "CV", "cv"])
def test_a_cong_van_has_no_type_code_in_its_symbol(
    office_database: Database, type_code: str
) -> None:
    send(office_database, draft(type_code="BC"))

    letter = send(office_database, draft(type_code=type_code, subject=REPLY))

    assert (letter.type_code, letter.symbol) == ("", "02/MTTQ-BTT")


def test_an_unknown_type_code_is_refused(office_database: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        send(office_database, draft(type_code="XYZ"))

    assert raised.value.code is ErrorCode.FIELD_INVALID
    assert raised.value.values["field"] == "type_code"
    assert everything(office_database) == []


def test_the_tenth_document_has_no_leading_zero(office_database: Database) -> None:
    for _ in range(9):
        send(office_database, draft())

    tenth = send(office_database, draft())

    assert (tenth.number_text, tenth.symbol) == ("10", "10/BC-MTTQ-BTT")


def test_numbering_restarts_at_one_on_the_first_of_january(office_database: Database) -> None:
    send(office_database, draft(dt.date(2025, 12, 30)))

    new_years_eve = send(office_database, draft(dt.date(2025, 12, 31)))
    new_year = send(office_database, draft(dt.date(2026, 1, 1)))

    assert (new_years_eve.number, new_years_eve.symbol) == (2, "02/BC-MTTQ-BTT")
    assert (new_year.number, new_year.symbol) == (1, "01/BC-MTTQ-BTT")


@pytest.mark.parametrize("secrecy", [Secrecy.CONFIDENTIAL, Secrecy.SECRET, Secrecy.TOP_SECRET])
def test_secret_documents_are_numbered_in_their_own_series(
    office_database: Database, secrecy: Secrecy
) -> None:
    send(office_database, draft())
    send(office_database, draft())

    secret = send(office_database, draft(secrecy=secrecy))
    ordinary = send(office_database, draft())

    assert (secret.number, ordinary.number) == (1, 3)
    assert secret.book_id != ordinary.book_id


def test_the_proposed_number_and_symbol_are_those_given(office_database: Database) -> None:
    send(office_database, draft())

    proposal = outgoing.propose_outgoing_number(office_database.session_factory, draft())
    given = send(office_database, draft())

    assert proposal == (given.number, given.symbol) == (2, "02/BC-MTTQ-BTT")


def test_the_proposed_symbol_of_a_cong_van_typed_cv_is_the_symbol_given(
    office_database: Database,
) -> None:
    proposal = outgoing.propose_outgoing_number(
        office_database.session_factory, draft(type_code="CV", subject=REPLY)
    )
    given = send(office_database, draft(type_code="CV", subject=REPLY))

    assert proposal == (given.number, given.symbol)


def test_without_an_office_nothing_can_be_sent(database: Database) -> None:
    with pytest.raises(ConflictError) as raised:
        send(database, draft())

    assert raised.value.code is ErrorCode.OFFICE_MISSING


def test_a_viewer_cannot_register_an_outgoing_document(office_database: Database) -> None:
    with pytest.raises(PermissionDeniedError):
        send(office_database, draft(), VIEWER)

    assert everything(office_database) == []


def test_the_subject_is_required(office_database: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        send(office_database, draft(subject=" \n "))

    assert raised.value.values["field"] == "subject"


def test_registering_writes_an_audit_entry_with_the_symbol(office_database: Database) -> None:
    send(office_database, draft())

    [(action, changes)] = outgoing_audit(office_database)
    assert action == "create"
    assert changes["symbol"] == [None, "01/BC-MTTQ-BTT"]
    assert changes["subject"] == [None, HEALTH_REPORT]


# ---------------------------------------------------------------------------------------------
# answers to incoming documents


def test_an_answer_is_linked_from_the_outgoing_side(office_database: Database) -> None:
    first = receive(office_database, "558-CV/ĐUK")
    second = receive(office_database, "15/BC-MTTQ-BTT", "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh")

    reply = send(office_database, draft(answers=(second.id, first.id)))

    [row] = outgoing_rows(office_database.session_factory, [reply.id])
    assert reply.answers == row.answers == (first.id, second.id)


def test_an_answer_is_linked_from_the_incoming_side(office_database: Database) -> None:
    asked = receive(office_database, "558-CV/ĐUK")
    reply = send(office_database, draft(type_code="", subject=REPLY, answers=(asked.id,)))
    report = send(office_database, draft(dt.date(2026, 9, 20), answers=(asked.id,)))
    send(office_database, draft())

    answers = outgoing.answered_by(office_database.session_factory, CLERK, asked.id)

    assert [a.symbol for a in answers] == [reply.symbol, report.symbol]


def test_answering_an_unknown_incoming_document_is_refused(office_database: Database) -> None:
    asked = receive(office_database, "558-CV/ĐUK")

    with pytest.raises(NotFoundError) as raised:
        send(office_database, draft(answers=(asked.id, 999)))

    assert raised.value.values == {"what": "incoming", "id": 999}


def test_a_refused_answer_writes_nothing_and_takes_no_number(office_database: Database) -> None:
    with pytest.raises(NotFoundError):
        send(office_database, draft(answers=(999,)))

    assert everything(office_database) == []
    assert outgoing_audit(office_database) == []
    assert send(office_database, draft()).number == 1


def test_editing_the_answers_replaces_them(office_database: Database) -> None:
    first = receive(office_database, "558-CV/ĐUK")
    second = receive(office_database, "559-CV/ĐUK")
    reply = send(office_database, draft(answers=(first.id,)))

    edited, _ = outgoing.update_outgoing(
        office_database.session_factory,
        CLERK,
        reply.id,
        draft(answers=(second.id,)),
        reply.version,
    )

    assert edited.answers == (second.id,)
    assert outgoing.answered_by(office_database.session_factory, CLERK, first.id) == []


# ---------------------------------------------------------------------------------------------
# editing and cancelling


def test_editing_keeps_the_number_and_symbol(office_database: Database) -> None:
    send(office_database, draft())
    report = send(office_database, draft())

    edited, _ = outgoing.update_outgoing(
        office_database.session_factory,
        CLERK,
        report.id,
        draft(dt.date(2026, 9, 8), subject="Báo cáo kết quả giám sát 6 tháng đầu năm 2026"),
        report.version,
    )

    assert (edited.number, edited.symbol) == (2, "02/BC-MTTQ-BTT")
    assert edited.subject == "Báo cáo kết quả giám sát 6 tháng đầu năm 2026"
    assert edited.issue_date == dt.date(2026, 9, 8)


def test_editing_cannot_change_the_type(office_database: Database) -> None:
    report = send(office_database, draft(type_code="BC"))

    with pytest.raises(ValidationError) as raised:
        outgoing.update_outgoing(
            office_database.session_factory,
            CLERK,
            report.id,
            draft(type_code="KH"),
            report.version,
        )

    assert raised.value.code is ErrorCode.FIELD_INVALID
    assert raised.value.values["field"] == "type_code"
    stored = outgoing.get_outgoing(office_database.session_factory, CLERK, report.id)
    assert (stored.type_code, stored.symbol) == ("BC", "01/BC-MTTQ-BTT")


def test_editing_cannot_move_a_document_to_another_year(office_database: Database) -> None:
    report = send(office_database, draft(dt.date(2026, 1, 2)))

    with pytest.raises(ValidationError) as raised:
        outgoing.update_outgoing(
            office_database.session_factory,
            CLERK,
            report.id,
            draft(dt.date(2025, 12, 31)),
            report.version,
        )

    assert raised.value.code is ErrorCode.YEAR_FIXED
    assert raised.value.values["year"] == 2026


def test_editing_cannot_move_a_document_into_the_secret_series(
    office_database: Database,
) -> None:
    report = send(office_database, draft())

    with pytest.raises(ValidationError):
        outgoing.update_outgoing(
            office_database.session_factory,
            CLERK,
            report.id,
            draft(secrecy=Secrecy.CONFIDENTIAL),
            report.version,
        )

    stored = outgoing.get_outgoing(office_database.session_factory, CLERK, report.id)
    assert stored.secrecy is Secrecy.NORMAL


def test_a_refused_change_of_secrecy_names_the_secrecy(office_database: Database) -> None:
    report = send(office_database, draft())

    with pytest.raises(ValidationError) as raised:
        outgoing.update_outgoing(
            office_database.session_factory,
            CLERK,
            report.id,
            draft(secrecy=Secrecy.CONFIDENTIAL),
            report.version,
        )

    assert raised.value.values["field"] == "secrecy"


def test_saving_over_a_newer_version_is_refused(office_database: Database) -> None:
    report = send(office_database, draft())
    outgoing.update_outgoing(
        office_database.session_factory, CLERK, report.id, draft(copies=7), report.version
    )

    with pytest.raises(ConflictError) as raised:
        outgoing.update_outgoing(
            office_database.session_factory, CLERK, report.id, draft(copies=3), report.version
        )

    assert raised.value.code is ErrorCode.STALE_EDIT


def test_a_cancelled_document_keeps_its_number_and_symbol(office_database: Database) -> None:
    report = send(office_database, draft())

    cancelled, _ = outgoing.cancel_outgoing(
        office_database.session_factory, CLERK, report.id, "Ký nhầm mẫu", report.version
    )

    assert (cancelled.cancelled, cancelled.cancel_reason) == (True, "Ký nhầm mẫu")
    assert (cancelled.number, cancelled.symbol) == (1, "01/BC-MTTQ-BTT")
    assert everything(office_database) == [report.id]


def test_the_number_of_a_cancelled_document_is_not_given_again(
    office_database: Database,
) -> None:
    report = send(office_database, draft())
    outgoing.cancel_outgoing(
        office_database.session_factory, CLERK, report.id, "Ký nhầm mẫu", report.version
    )

    following = send(office_database, draft())

    assert (following.number, following.symbol) == (2, "02/BC-MTTQ-BTT")


def test_cancelling_needs_a_reason(office_database: Database) -> None:
    report = send(office_database, draft())

    with pytest.raises(ValidationError) as raised:
        outgoing.cancel_outgoing(
            office_database.session_factory, CLERK, report.id, "  ", report.version
        )

    assert raised.value.values["field"] == "cancel_reason"


def test_cancelling_twice_is_refused(office_database: Database) -> None:
    report = send(office_database, draft())
    cancelled, _ = outgoing.cancel_outgoing(
        office_database.session_factory, CLERK, report.id, "Ký nhầm mẫu", report.version
    )

    with pytest.raises(ConflictError) as raised:
        outgoing.cancel_outgoing(
            office_database.session_factory, CLERK, report.id, "Lần nữa", cancelled.version
        )

    assert raised.value.code is ErrorCode.ALREADY_CANCELLED


def test_a_viewer_cannot_open_a_secret_outgoing_document(office_database: Database) -> None:
    secret = send(office_database, draft(secrecy=Secrecy.SECRET))

    with pytest.raises(NotFoundError):
        outgoing.get_outgoing(office_database.session_factory, VIEWER, secret.id)


# ---------------------------------------------------------------------------------------------
# finding outgoing documents


def sent(database: Database, actor: Actor = CLERK, **where: Any) -> list[int]:
    return outgoing_keys(database.session_factory, actor, OutgoingFilter(**where))


@pytest.fixture
def sent_2026(office_database: Database) -> dict[str, OutgoingRecord]:
    return {
        "report": send(office_database, draft(dt.date(2026, 9, 5))),
        "letter": send(
            office_database,
            draft(
                dt.date(2026, 9, 10),
                type_code="",
                subject="V/v kiến nghị sau giám sát việc thu, chi quỹ bảo trợ xã hội",
                recipients="- Ủy ban nhân dân xã Tân Hưng;\n- Lưu: VT.",
            ),
        ),
        "plan": send(
            office_database,
            draft(
                dt.date(2026, 9, 12),
                type_code="KH",
                subject="Kế hoạch giám sát chuyên đề năm 2026",
                notes="Gửi kèm đề cương báo cáo",
            ),
        ),
    }


def test_outgoing_documents_are_found_by_words_without_marks(
    office_database: Database, sent_2026: dict[str, OutgoingRecord]
) -> None:
    assert sent(office_database, text="kien nghi bao tro") == [sent_2026["letter"].id]


def test_outgoing_documents_are_found_by_their_symbol(
    office_database: Database, sent_2026: dict[str, OutgoingRecord]
) -> None:
    assert sent(office_database, text="01/BC-MTTQ-BTT") == [sent_2026["report"].id]


def test_outgoing_documents_are_found_by_recipients_and_notes(
    office_database: Database, sent_2026: dict[str, OutgoingRecord]
) -> None:
    assert sent(office_database, text="uy ban nhan dan") == [sent_2026["letter"].id]
    assert sent(office_database, text="de cuong") == [sent_2026["plan"].id]


def test_outgoing_search_is_newest_first(
    office_database: Database, sent_2026: dict[str, OutgoingRecord]
) -> None:
    assert sent(office_database, text="giam sat") == [
        sent_2026["plan"].id,
        sent_2026["letter"].id,
        sent_2026["report"].id,
    ]


def test_an_edited_outgoing_subject_is_found_by_its_new_words(
    office_database: Database, sent_2026: dict[str, OutgoingRecord]
) -> None:
    plan = sent_2026["plan"]

    outgoing.update_outgoing(
        office_database.session_factory,
        CLERK,
        plan.id,
        draft(plan.issue_date, type_code="KH", subject="Kế hoạch phản biện xã hội dự thảo"),
        plan.version,
    )

    assert sent(office_database, text="phan bien") == [plan.id]
    assert sent(office_database, text="chuyen de") == []


@pytest.mark.parametrize("typed", ['"', "NEAR(", "AND", "*", "giam*sat", "OR NOT"])
def test_outgoing_search_syntax_typed_by_a_clerk_never_raises(
    office_database: Database, sent_2026: dict[str, OutgoingRecord], typed: str
) -> None:
    assert set(sent(office_database, text=typed)) <= {r.id for r in sent_2026.values()}


def test_the_outgoing_type_filter_keeps_cong_van_by_the_empty_code(
    office_database: Database, sent_2026: dict[str, OutgoingRecord]
) -> None:
    assert sent(office_database, type_code="") == [sent_2026["letter"].id]
    assert sent(office_database, type_code="KH") == [sent_2026["plan"].id]


def test_the_outgoing_year_filter_keeps_that_years_documents(office_database: Database) -> None:
    send(office_database, draft(dt.date(2025, 12, 31)))
    january = send(office_database, draft(dt.date(2026, 1, 1)))

    assert sent(office_database, year=2026) == [january.id]


def test_cancelled_outgoing_documents_can_be_left_out(
    office_database: Database, sent_2026: dict[str, OutgoingRecord]
) -> None:
    plan = sent_2026["plan"]
    outgoing.cancel_outgoing(
        office_database.session_factory, CLERK, plan.id, "Ký nhầm mẫu", plan.version
    )

    assert plan.id not in sent(office_database, include_cancelled=False)
    assert plan.id in sent(office_database)


def test_a_viewers_outgoing_register_leaves_out_secret_documents(
    office_database: Database,
) -> None:
    ordinary = send(office_database, draft())
    send(office_database, draft(secrecy=Secrecy.CONFIDENTIAL))

    assert sent(office_database, VIEWER) == [ordinary.id]


# ---------------------------------------------------------------------------------------------
# purging a cancelled document (administrators)

ADMIN = Actor("Trần Văn Phúc", Role.ADMIN)


def cancelled_report(database: Database, **fields: Any) -> OutgoingRecord:
    report = send(database, draft(**fields))
    cancelled, _ = outgoing.cancel_outgoing(
        database.session_factory, CLERK, report.id, "Ký nhầm mẫu", report.version
    )
    return cancelled


def test_a_purged_document_keeps_its_line_number_and_symbol_but_not_its_content(
    office_database: Database,
) -> None:
    asked = receive(office_database, "558-CV/ĐUK")
    cancelled = cancelled_report(office_database, answers=(asked.id,), notes="bản nháp")

    outgoing.purge_outgoing(office_database.session_factory, ADMIN, cancelled.id, cancelled.version)

    kept = outgoing.get_outgoing(office_database.session_factory, CLERK, cancelled.id)
    assert (kept.number, kept.symbol, kept.issue_date) == (1, "01/BC-MTTQ-BTT", dt.date(2026, 9, 5))
    assert (kept.subject, kept.notes, kept.answers) == ("(đã xóa hẳn)", "", ())
    assert outgoing.answered_by(office_database.session_factory, CLERK, asked.id) == []
    assert outgoing_audit(office_database)[-1][0] == "purge"


def test_the_number_of_a_purged_document_is_not_given_again(office_database: Database) -> None:
    cancelled = cancelled_report(office_database)
    outgoing.purge_outgoing(office_database.session_factory, ADMIN, cancelled.id, cancelled.version)

    assert send(office_database, draft()).symbol == "02/BC-MTTQ-BTT"


def test_a_clerk_cannot_purge_an_outgoing_document(office_database: Database) -> None:
    cancelled = cancelled_report(office_database)

    with pytest.raises(PermissionDeniedError):
        outgoing.purge_outgoing(
            office_database.session_factory, CLERK, cancelled.id, cancelled.version
        )

    kept = outgoing.get_outgoing(office_database.session_factory, CLERK, cancelled.id)
    assert kept.subject != "(đã xóa hẳn)"


def test_an_outgoing_document_not_cancelled_cannot_be_purged(office_database: Database) -> None:
    report = send(office_database, draft())

    with pytest.raises(ConflictError) as raised:
        outgoing.purge_outgoing(office_database.session_factory, ADMIN, report.id, report.version)

    assert raised.value.code is ErrorCode.NOT_CANCELLED
