"""Văn bản đến: numbering per year and series, entry rules, edits, cancel, purge, duplicates."""

from __future__ import annotations

import datetime as dt
import json
import threading
import unicodedata
from pathlib import Path
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
from giamsat_desktop.domain.registers import IncomingDraft, IncomingFilter, IncomingRecord
from giamsat_desktop.messages import describe
from giamsat_desktop.services.registers import incoming
from giamsat_desktop.services.registers.queries import incoming_keys
from giamsat_desktop.services.safety.database import Database, open_database

CLERK = Actor("Lê Thị Mỹ Duyên", Role.CLERK)
ADMIN = Actor("Trần Văn Phúc", Role.ADMIN)
VIEWER = Actor("Nguyễn Văn Bình", Role.VIEWER)

DANG_UY = "Đảng ủy xã Tân Hưng"
MTTQ_TINH = "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"
BHYT = "V/v tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế"

SECRET_LEVELS = [Secrecy.CONFIDENTIAL, Secrecy.SECRET, Secrecy.TOP_SECRET]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def letter(arrival: dt.date = dt.date(2026, 3, 2), **fields: Any) -> IncomingDraft:
    """A công văn of the district Party committee, as a clerk types it in."""
    values: dict[str, Any] = {
        "issuer": DANG_UY,
        "subject": BHYT,
        "symbol": "558-CV/ĐUK",
        "doc_date": dt.date(2026, 2, 27),
    }
    values.update(fields)
    return IncomingDraft(arrival_date=arrival, **values)


def register(database: Database, draft: IncomingDraft, actor: Actor = CLERK) -> IncomingRecord:
    record, _ = incoming.register_incoming(database.session_factory, actor, draft)
    return record


def audit_log(database: Database) -> list[tuple[str, str, int | None, dict[str, Any]]]:
    with database.session_factory() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        return [(r.action, r.entity, r.entity_id, json.loads(r.changes)) for r in rows]


def incoming_entries(database: Database) -> list[tuple[str, str, int | None, dict[str, Any]]]:
    return [entry for entry in audit_log(database) if entry[1] == "incoming"]


# ---------------------------------------------------------------------------------------------
# numbering


def test_documents_are_numbered_one_two_three_in_the_years_own_book(
    office_database: Database,
) -> None:
    records = [register(office_database, letter(symbol=f"{n}-CV/ĐUK")) for n in (558, 559, 560)]

    assert [r.arrival_number for r in records] == [1, 2, 3]
    assert [r.arrival_number_text for r in records] == ["1", "2", "3"]
    assert {r.book_name for r in records} == {"Sổ văn bản đến năm 2026"}


def test_numbering_restarts_at_one_on_the_first_of_january(office_database: Database) -> None:
    register(office_database, letter(dt.date(2025, 12, 30), doc_date=None))

    new_years_eve = register(office_database, letter(dt.date(2025, 12, 31), doc_date=None))
    new_year = register(office_database, letter(dt.date(2026, 1, 1), doc_date=None))

    assert (new_years_eve.arrival_number, new_years_eve.book_name) == (
        2,
        "Sổ văn bản đến năm 2025",
    )
    assert (new_year.arrival_number, new_year.book_name) == (1, "Sổ văn bản đến năm 2026")


@pytest.mark.parametrize("secrecy", SECRET_LEVELS)
def test_secret_documents_are_numbered_in_their_own_book_from_one(
    office_database: Database, secrecy: Secrecy
) -> None:
    register(office_database, letter())
    register(office_database, letter())

    secret = register(office_database, letter(secrecy=secrecy))

    assert (secret.arrival_number, secret.book_name) == (1, "Sổ văn bản đến mật năm 2026")


def test_secret_documents_do_not_take_numbers_of_the_ordinary_book(
    office_database: Database,
) -> None:
    register(office_database, letter())
    register(office_database, letter(secrecy=Secrecy.CONFIDENTIAL))

    ordinary = register(office_database, letter())

    assert ordinary.arrival_number == 2


def test_the_number_of_a_cancelled_last_document_is_not_given_again(
    office_database: Database,
) -> None:
    register(office_database, letter())
    last = register(office_database, letter())
    incoming.cancel_incoming(
        office_database.session_factory, CLERK, last.id, "Vào sổ nhầm", last.version
    )

    following = register(office_database, letter())

    assert following.arrival_number == 3


def test_the_number_of_a_purged_last_document_is_not_given_again(
    office_database: Database,
) -> None:
    register(office_database, letter())
    last = register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, last.id, "Vào sổ nhầm", last.version
    )
    incoming.purge_incoming(office_database.session_factory, ADMIN, last.id, cancelled.version)

    following = register(office_database, letter())

    assert following.arrival_number == 3


def test_the_proposal_after_a_purge_skips_the_purged_number(office_database: Database) -> None:
    only = register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, only.id, "Trùng với số 1", only.version
    )
    incoming.purge_incoming(office_database.session_factory, ADMIN, only.id, cancelled.version)

    proposal = incoming.propose_arrival_number(office_database.session_factory, dt.date(2026, 3, 3))

    assert proposal == 2


def test_a_purged_number_cannot_be_chosen_again(office_database: Database) -> None:
    register(office_database, letter())
    wrong = register(office_database, letter())
    register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, wrong.id, "Vào sổ nhầm", wrong.version
    )
    incoming.purge_incoming(office_database.session_factory, ADMIN, wrong.id, cancelled.version)

    with pytest.raises(ConflictError):
        register(office_database, letter(arrival_number_text="2"))


def test_a_clerk_may_choose_a_free_number_for_a_late_registration(
    office_database: Database,
) -> None:
    late = register(office_database, letter(arrival_number_text="125a"))

    assert (late.arrival_number, late.arrival_number_text) == (125, "125a")


def test_a_late_registration_between_numbers_does_not_disturb_the_series(
    office_database: Database,
) -> None:
    for _ in range(3):
        register(office_database, letter())
    register(office_database, letter(arrival_number_text="2a"))

    following = register(office_database, letter())

    assert following.arrival_number == 4


def test_choosing_a_number_already_taken_is_refused_naming_the_number_and_book(
    office_database: Database,
) -> None:
    register(office_database, letter())
    register(office_database, letter())

    with pytest.raises(ConflictError) as raised:
        register(office_database, letter(arrival_number_text="2"))

    assert raised.value.code is ErrorCode.NUMBER_TAKEN
    assert raised.value.values["number"] == "2"
    assert raised.value.values["book"] == "Sổ văn bản đến năm 2026"


def test_a_refused_taken_number_writes_nothing(office_database: Database) -> None:
    register(office_database, letter())
    before = audit_log(office_database)

    with pytest.raises(ConflictError):
        register(office_database, letter(arrival_number_text="1"))

    assert audit_log(office_database) == before
    assert incoming_keys(office_database.session_factory, CLERK, IncomingFilter()) == [1]


@pytest.mark.parametrize("typed", ["12/3", "abc", "0"])
def test_a_chosen_number_that_is_not_a_register_number_is_refused(
    office_database: Database, typed: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        register(office_database, letter(arrival_number_text=typed))

    assert raised.value.code is ErrorCode.NUMBER_INVALID
    assert raised.value.values["field"] == "arrival_number"


def test_the_proposed_number_is_the_number_given(office_database: Database) -> None:
    register(office_database, letter())
    arrival = dt.date(2026, 3, 3)

    proposal = incoming.propose_arrival_number(office_database.session_factory, arrival)
    given = register(office_database, letter(arrival))

    assert proposal == given.arrival_number == 2


def test_the_proposed_number_of_a_secret_document_follows_the_secret_book(
    office_database: Database,
) -> None:
    register(office_database, letter())
    register(office_database, letter())

    proposal = incoming.propose_arrival_number(
        office_database.session_factory, dt.date(2026, 3, 3), Secrecy.SECRET
    )

    assert proposal == 1


def test_the_first_proposal_of_a_new_year_is_one(office_database: Database) -> None:
    register(office_database, letter(dt.date(2025, 12, 31), doc_date=None))

    proposal = incoming.propose_arrival_number(office_database.session_factory, dt.date(2026, 1, 1))

    assert proposal == 1


def test_when_another_save_took_the_proposed_number_the_record_carries_the_number_given(
    office_database: Database,
) -> None:
    arrival = dt.date(2026, 3, 3)
    proposal = incoming.propose_arrival_number(office_database.session_factory, arrival)
    register(office_database, letter(arrival))  # the other clerk saved first

    mine = register(office_database, letter(arrival, issuer=MTTQ_TINH, symbol="15/BC-MTTQ-BTT"))

    assert proposal == 1
    assert (mine.arrival_number, mine.arrival_number_text) == (2, "2")


def test_two_clerks_registering_at_the_same_time_get_distinct_numbers(db_path: Path) -> None:
    first = open_database(f"sqlite:///{db_path}")
    second = open_database(f"sqlite:///{db_path}")
    start = threading.Barrier(2)
    given: list[int] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def work(database: Database, issuer: str) -> None:
        try:
            start.wait()
            for n in range(50):
                draft = letter(dt.date(2026, 3, 2), issuer=issuer, symbol=f"{n + 1}-CV/ĐUK")
                record = register(database, draft)
                with lock:
                    given.append(record.arrival_number)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    threads = [
        threading.Thread(target=work, args=(first, DANG_UY)),
        threading.Thread(target=work, args=(second, MTTQ_TINH)),
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        first.close()
        second.close()

    assert failures == []
    assert sorted(given) == list(range(1, 101))


# ---------------------------------------------------------------------------------------------
# what is stored


@pytest.mark.parametrize(
    ("symbol", "type_code"),
    [("558-CV/ĐUK", "CV"), ("15/BC-MTTQ-BTT", "BC"), ("217-QĐ/TW", "QĐ"), ("45/KH-UBND", "KH")],
)
def test_the_type_code_is_read_from_the_symbol(
    office_database: Database, symbol: str, type_code: str
) -> None:
    record = register(office_database, letter(symbol=symbol))

    assert record.type_code == type_code


def test_a_type_code_chosen_by_the_clerk_is_kept(office_database: Database) -> None:
    record = register(office_database, letter(symbol="558-CV/ĐUK", type_code="TB"))

    assert record.type_code == "TB"


def test_text_is_stored_composed_and_trimmed(office_database: Database) -> None:
    record = register(
        office_database,
        letter(
            issuer=f"  {nfd(DANG_UY)}\u00a0 ",
            subject=f"\n {nfd(BHYT)}  \n",
            symbol=f" {nfd('558-CV/ĐUK')} ",
            signer=nfd(" Nguyễn Văn Hùng "),
        ),
    )

    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert (stored.issuer, stored.subject, stored.symbol, stored.signer) == (
        DANG_UY,
        BHYT,
        "558-CV/ĐUK",
        "Nguyễn Văn Hùng",
    )


@pytest.mark.parametrize("field", ["issuer", "subject"])
def test_issuer_and_subject_are_required(office_database: Database, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        register(office_database, letter(**{field: "   "}))

    assert raised.value.code is ErrorCode.FIELD_REQUIRED
    assert raised.value.values["field"] == field


def test_a_refused_entry_takes_no_number(office_database: Database) -> None:
    with pytest.raises(ValidationError):
        register(office_database, letter(issuer=""))

    assert register(office_database, letter()).arrival_number == 1


def test_a_document_dated_after_its_arrival_is_refused(office_database: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        register(office_database, letter(dt.date(2026, 3, 2), doc_date=dt.date(2026, 3, 5)))

    assert raised.value.code is ErrorCode.DATE_AFTER
    assert raised.value.values["field"] == "doc_date"
    assert raised.value.values["other"] == "arrival_date"


def test_a_document_dated_the_day_it_arrives_is_accepted(office_database: Database) -> None:
    record = register(office_database, letter(dt.date(2026, 3, 2), doc_date=dt.date(2026, 3, 2)))

    assert record.doc_date == dt.date(2026, 3, 2)


# ---------------------------------------------------------------------------------------------
# editing


def test_editing_keeps_the_number_and_the_book(office_database: Database) -> None:
    register(office_database, letter())
    record = register(office_database, letter())

    edited, _ = incoming.update_incoming(
        office_database.session_factory,
        CLERK,
        record.id,
        letter(dt.date(2026, 3, 9), subject="V/v kiểm tra việc thực hiện chính sách BHYT"),
        record.version,
    )

    assert (edited.arrival_number, edited.book_id, edited.book_name) == (
        2,
        record.book_id,
        "Sổ văn bản đến năm 2026",
    )
    assert edited.subject == "V/v kiểm tra việc thực hiện chính sách BHYT"
    assert edited.arrival_date == dt.date(2026, 3, 9)


def test_editing_cannot_move_a_document_to_another_year(office_database: Database) -> None:
    record = register(office_database, letter(dt.date(2026, 1, 2), doc_date=None))

    with pytest.raises(ValidationError) as raised:
        incoming.update_incoming(
            office_database.session_factory,
            CLERK,
            record.id,
            letter(dt.date(2025, 12, 31), doc_date=None),
            record.version,
        )

    assert raised.value.code is ErrorCode.YEAR_FIXED
    assert raised.value.values["year"] == 2026
    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert stored.arrival_date == dt.date(2026, 1, 2)


def test_editing_cannot_move_a_document_into_the_secret_book(office_database: Database) -> None:
    record = register(office_database, letter())

    with pytest.raises(ValidationError) as raised:
        incoming.update_incoming(
            office_database.session_factory,
            CLERK,
            record.id,
            letter(secrecy=Secrecy.CONFIDENTIAL),
            record.version,
        )

    assert raised.value.code is ErrorCode.FIELD_INVALID
    assert raised.value.values["field"] == "secrecy"
    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert (stored.secrecy, stored.book_name) == (Secrecy.NORMAL, "Sổ văn bản đến năm 2026")


def test_the_refusal_to_change_the_secrecy_is_worded_in_vietnamese(
    office_database: Database,
) -> None:
    record = register(office_database, letter())
    with pytest.raises(ValidationError) as raised:
        incoming.update_incoming(
            office_database.session_factory,
            CLERK,
            record.id,
            letter(secrecy=Secrecy.SECRET),
            record.version,
        )

    sentence = describe(raised.value.code, raised.value.values)

    assert "secrecy" not in sentence.lower()


def test_saving_over_a_newer_version_is_refused(office_database: Database) -> None:
    record = register(office_database, letter())
    incoming.update_incoming(
        office_database.session_factory, ADMIN, record.id, letter(notes="Đã trình"), record.version
    )

    with pytest.raises(ConflictError) as raised:
        incoming.update_incoming(
            office_database.session_factory,
            CLERK,
            record.id,
            letter(notes="Chuyển Hội Nông dân"),
            record.version,
        )

    assert raised.value.code is ErrorCode.STALE_EDIT
    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert stored.notes == "Đã trình"


def test_each_save_bumps_the_version(office_database: Database) -> None:
    record = register(office_database, letter())

    edited, _ = incoming.update_incoming(
        office_database.session_factory, CLERK, record.id, letter(notes="Đã trình"), record.version
    )

    assert edited.version == record.version + 1


# ---------------------------------------------------------------------------------------------
# cancelling and purging


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_cancelling_needs_a_reason(office_database: Database, reason: str) -> None:
    record = register(office_database, letter())

    with pytest.raises(ValidationError) as raised:
        incoming.cancel_incoming(
            office_database.session_factory, CLERK, record.id, reason, record.version
        )

    assert raised.value.code is ErrorCode.FIELD_REQUIRED
    assert raised.value.values["field"] == "cancel_reason"
    assert not incoming.get_incoming(office_database.session_factory, CLERK, record.id).cancelled


def test_a_cancelled_document_stays_in_the_register_with_its_reason(
    office_database: Database,
) -> None:
    record = register(office_database, letter())

    incoming.cancel_incoming(
        office_database.session_factory, CLERK, record.id, " Vào sổ trùng số 1 ", record.version
    )

    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert (stored.cancelled, stored.cancel_reason) == (True, "Vào sổ trùng số 1")
    assert (stored.arrival_number, stored.subject) == (1, BHYT)
    assert incoming_keys(office_database.session_factory, CLERK, IncomingFilter()) == [record.id]


def test_cancelling_twice_is_refused(office_database: Database) -> None:
    record = register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, record.id, "Vào sổ nhầm", record.version
    )

    with pytest.raises(ConflictError) as raised:
        incoming.cancel_incoming(
            office_database.session_factory, CLERK, record.id, "Lần nữa", cancelled.version
        )

    assert raised.value.code is ErrorCode.ALREADY_CANCELLED
    stored = incoming.get_incoming(office_database.session_factory, CLERK, record.id)
    assert stored.cancel_reason == "Vào sổ nhầm"


def test_a_clerk_cannot_purge_a_cancelled_document(office_database: Database) -> None:
    record = register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, record.id, "Vào sổ nhầm", record.version
    )

    with pytest.raises(PermissionDeniedError):
        incoming.purge_incoming(
            office_database.session_factory, CLERK, record.id, cancelled.version
        )

    assert incoming.get_incoming(office_database.session_factory, CLERK, record.id).cancelled


def test_a_document_that_is_not_cancelled_cannot_be_purged(office_database: Database) -> None:
    record = register(office_database, letter())

    with pytest.raises(ConflictError) as raised:
        incoming.purge_incoming(office_database.session_factory, ADMIN, record.id, record.version)

    assert raised.value.code is ErrorCode.NOT_CANCELLED
    assert incoming.get_incoming(office_database.session_factory, CLERK, record.id).id == record.id


def test_an_administrator_purges_a_cancelled_document(office_database: Database) -> None:
    record = register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, record.id, "Vào sổ nhầm", record.version
    )

    incoming.purge_incoming(office_database.session_factory, ADMIN, record.id, cancelled.version)

    purged = incoming.get_incoming(office_database.session_factory, ADMIN, record.id)
    assert (purged.arrival_number_text, purged.cancelled) == ("1", True)
    assert purged.subject == incoming.PURGED
    assert purged.symbol == purged.signer == purged.instruction == ""
    assert (
        incoming_keys(office_database.session_factory, ADMIN, IncomingFilter(text="bao hiem")) == []
    )


# ---------------------------------------------------------------------------------------------
# viewers


def test_a_viewer_cannot_register(office_database: Database) -> None:
    with pytest.raises(PermissionDeniedError) as raised:
        register(office_database, letter(), VIEWER)

    assert raised.value.code is ErrorCode.NOT_ALLOWED
    assert incoming_keys(office_database.session_factory, ADMIN, IncomingFilter()) == []


def test_a_viewer_cannot_open_a_secret_document(office_database: Database) -> None:
    secret = register(office_database, letter(secrecy=Secrecy.CONFIDENTIAL))

    with pytest.raises(NotFoundError):
        incoming.get_incoming(office_database.session_factory, VIEWER, secret.id)


def test_a_viewer_opens_an_ordinary_document(office_database: Database) -> None:
    ordinary = register(office_database, letter())

    seen = incoming.get_incoming(office_database.session_factory, VIEWER, ordinary.id)

    assert seen.subject == BHYT


def test_a_viewers_register_leaves_out_secret_documents(office_database: Database) -> None:
    ordinary = register(office_database, letter())
    for secrecy in SECRET_LEVELS:
        register(office_database, letter(secrecy=secrecy))

    keys = incoming_keys(office_database.session_factory, VIEWER, IncomingFilter())

    assert keys == [ordinary.id]


def test_a_clerks_register_shows_secret_documents(office_database: Database) -> None:
    register(office_database, letter())
    register(office_database, letter(secrecy=Secrecy.SECRET))

    keys = incoming_keys(office_database.session_factory, CLERK, IncomingFilter())

    assert len(keys) == 2


# ---------------------------------------------------------------------------------------------
# audit


def test_registering_writes_an_audit_entry(office_database: Database) -> None:
    record = register(office_database, letter())

    [(action, _entity, entity_id, changes)] = incoming_entries(office_database)
    assert (action, entity_id) == ("create", record.id)
    assert changes["subject"] == [None, BHYT]
    assert changes["arrival_number"] == [None, "1"]


def test_editing_writes_the_old_and_new_values(office_database: Database) -> None:
    record = register(office_database, letter())

    incoming.update_incoming(
        office_database.session_factory,
        CLERK,
        record.id,
        letter(issuer=MTTQ_TINH),
        record.version,
    )

    action, _entity, entity_id, changes = incoming_entries(office_database)[-1]
    assert (action, entity_id) == ("update", record.id)
    assert changes == {"issuer": [DANG_UY, MTTQ_TINH]}


def test_cancelling_writes_the_reason_to_the_audit_log(office_database: Database) -> None:
    record = register(office_database, letter())

    incoming.cancel_incoming(
        office_database.session_factory, CLERK, record.id, "Vào sổ nhầm", record.version
    )

    action, _entity, entity_id, changes = incoming_entries(office_database)[-1]
    assert (action, entity_id) == ("cancel", record.id)
    assert changes == {"cancel_reason": ["", "Vào sổ nhầm"]}


def test_purging_writes_what_was_removed_to_the_audit_log(office_database: Database) -> None:
    record = register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, record.id, "Vào sổ nhầm", record.version
    )

    incoming.purge_incoming(office_database.session_factory, ADMIN, record.id, cancelled.version)

    action, _entity, entity_id, changes = incoming_entries(office_database)[-1]
    assert (action, entity_id) == ("purge", record.id)
    assert changes["subject"] == [BHYT, incoming.PURGED]
    assert "arrival_number" not in changes  # the number stays used
    assert "cancel_reason" not in changes


def test_the_audit_log_names_who_made_each_change(office_database: Database) -> None:
    record = register(office_database, letter())
    cancelled, _ = incoming.cancel_incoming(
        office_database.session_factory, CLERK, record.id, "Vào sổ nhầm", record.version
    )
    incoming.purge_incoming(office_database.session_factory, ADMIN, record.id, cancelled.version)

    with office_database.session_factory() as session:
        who = session.execute(
            select(AuditEntry.action, AuditEntry.user_name)
            .where(AuditEntry.entity == "incoming")
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(row) for row in who] == [
        ("create", CLERK.user_name),
        ("cancel", CLERK.user_name),
        ("purge", ADMIN.user_name),
    ]


# ---------------------------------------------------------------------------------------------
# possible duplicates and issuers


def test_the_same_symbol_from_the_same_issuer_is_flagged_whatever_the_case_and_marks(
    office_database: Database,
) -> None:
    first = register(office_database, letter())

    found = incoming.possible_duplicates(
        office_database.session_factory,
        CLERK,
        letter(issuer="dang uy xa tan hung", symbol="558-cv/đuk", doc_date=None, subject="x"),
    )

    assert [r.id for r in found] == [first.id]


def test_the_same_symbol_typed_decomposed_is_flagged(office_database: Database) -> None:
    first = register(office_database, letter())

    found = incoming.possible_duplicates(
        office_database.session_factory,
        CLERK,
        letter(issuer=nfd(DANG_UY), symbol=nfd("558-CV/ĐUK"), doc_date=None),
    )

    assert [r.id for r in found] == [first.id]


@pytest.mark.parametrize("typed", ["558 - CV / ĐUK", "Số 558-CV/ĐUK"])
def test_the_same_symbol_pasted_with_spaces_or_label_is_flagged(
    office_database: Database, typed: str
) -> None:
    first = register(office_database, letter())

    found = incoming.possible_duplicates(
        office_database.session_factory, CLERK, letter(symbol=typed, doc_date=None)
    )

    assert [r.id for r in found] == [first.id]


def test_the_same_issuer_date_and_subject_is_flagged(office_database: Database) -> None:
    first = register(office_database, letter(symbol=""))

    found = incoming.possible_duplicates(
        office_database.session_factory,
        CLERK,
        letter(issuer=DANG_UY.upper(), symbol="", subject=nfd(BHYT.lower())),
    )

    assert [r.id for r in found] == [first.id]


def test_the_same_subject_on_another_date_is_not_flagged(office_database: Database) -> None:
    register(office_database, letter(symbol=""))

    found = incoming.possible_duplicates(
        office_database.session_factory,
        CLERK,
        letter(symbol="", doc_date=dt.date(2026, 2, 28)),
    )

    assert found == []


def test_the_same_symbol_from_another_issuer_is_not_flagged(office_database: Database) -> None:
    register(office_database, letter())

    found = incoming.possible_duplicates(
        office_database.session_factory, CLERK, letter(issuer=MTTQ_TINH)
    )

    assert found == []


def test_a_document_being_edited_is_not_its_own_duplicate(office_database: Database) -> None:
    record = register(office_database, letter())

    found = incoming.possible_duplicates(
        office_database.session_factory, CLERK, letter(), exclude_id=record.id
    )

    assert found == []


def test_known_issuers_are_listed_most_used_first(office_database: Database) -> None:
    register(office_database, letter(issuer="Hội Nông dân xã Tân Hưng"))
    for _ in range(3):
        register(office_database, letter(issuer=MTTQ_TINH))
    for _ in range(2):
        register(office_database, letter(issuer=DANG_UY))

    issuers = incoming.known_issuers(office_database.session_factory, CLERK)

    assert issuers == [MTTQ_TINH, DANG_UY, "Hội Nông dân xã Tân Hưng"]


def test_known_issuers_are_not_repeated_for_spellings_stored_the_same(
    office_database: Database,
) -> None:
    register(office_database, letter(issuer=DANG_UY))
    register(office_database, letter(issuer=f" {nfd(DANG_UY)} "))

    assert incoming.known_issuers(office_database.session_factory, CLERK) == [DANG_UY]


@pytest.mark.parametrize(
    "pasted",
    ["123-CV/\nĐUK", "123-CV/ ĐUK", "123 - CV / ĐUK", "123-CV/\tĐUK\n", nfd("123-CV/ĐUK")],
)
def test_a_symbol_pasted_with_breaks_and_spaces_is_stored_clean(
    office_database: Database, pasted: str
) -> None:
    record = register(office_database, letter(symbol=pasted))
    assert record.symbol == "123-CV/ĐUK"
    assert unicodedata.is_normalized("NFC", record.symbol)
    assert record.type_code == "CV"
