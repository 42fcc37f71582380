"""Issuing a letter: the number, the outgoing register's line and its files, all at once."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.errors import ConflictError, ErrorCode, PermissionDeniedError
from giamsat_desktop.domain.letters import LetterContent, LetterDraft, LetterForm, LetterState
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.files import attachments
from giamsat_desktop.services.letters import drafts, issue
from giamsat_desktop.services.registers import outgoing
from giamsat_desktop.services.safety.backup import make_backup
from giamsat_desktop.services.safety.database import Database, open_database
from giamsat_desktop.services.safety.restore import restore_backup
from tests.offices import TAN_HUNG
from tests.session_day import TODAY

CLERK = Actor("vanthu", Role.CLERK)
VIEWER = Actor("khach", Role.VIEWER)
CONTENT = LetterContent(
    subject="tổ chức Hội nghị đại biểu Nhân dân năm 2027",
    recipients=("Ủy ban nhân dân xã Tân Hưng",),
    body="Đề nghị Ủy ban nhân dân xã bố trí hội trường.",
    copies_to=("Như trên;", "Thường trực Đảng ủy (b/c);"),
)


def _draft(context: ServiceContext, secrecy: Secrecy = Secrecy.NORMAL) -> drafts.LetterRecord:
    record, _ = drafts.save_letter(
        context.factory, CLERK, LetterDraft(LetterForm.CONG_VAN, CONTENT, secrecy=secrecy)
    )
    return record


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_draft_prints_without_number_and_says_du_thao(context: ServiceContext) -> None:
    letter = _draft(context)
    printed = issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, "pdf")
    text = _pdf_text(printed.data)
    assert printed.name == f"du-thao-{letter.id}.pdf"
    assert "DỰ THẢO" in text
    assert "/MTTQ-BTT" in text and "Số: 01/" not in text


def test_issuing_numbers_the_letter_and_enters_it_in_the_outgoing_register(
    context: ServiceContext,
) -> None:
    letter = _draft(context)
    issued, changes = issue.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version, issue_date=TODAY
    )
    assert changes.touches(Area.LETTERS) and changes.touches(Area.OUTGOING)
    assert issued.state is LetterState.ISSUED
    assert (issued.number, issued.symbol, issued.issue_date) == (1, "01/MTTQ-BTT", TODAY)
    entry = outgoing.get_outgoing(context.factory, CLERK, issued.outgoing_id)
    assert (entry.number, entry.symbol, entry.issue_date) == (1, "01/MTTQ-BTT", TODAY)
    assert entry.subject == CONTENT.subject
    assert entry.signer_name == TAN_HUNG.chair_name
    assert entry.recipients == "Ủy ban nhân dân xã Tân Hưng"
    files = attachments.list_attachments(context.factory, "outgoing", entry.id)
    assert sorted(f.file_name for f in files) == ["01-MTTQ-BTT.docx", "01-MTTQ-BTT.pdf"]

    pdf = issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, "pdf")
    assert pdf.name == "01-MTTQ-BTT.pdf"
    text = _pdf_text(pdf.data)
    assert "Số: 01/MTTQ-BTT" in text and "DỰ THẢO" not in text
    word = issue.print_letter(context.factory, CLERK, context.data_folder, letter.id, "docx")
    words = "\n".join(p.text for p in docx.Document(io.BytesIO(word.data)).paragraphs)
    tables = "\n".join(
        cell.text
        for table in docx.Document(io.BytesIO(word.data)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Số: 01/MTTQ-BTT" in words + tables
    actions = [e.action for e in audit_log.list_entries(context.factory, entity="letter")]
    assert actions == ["issue", "create"]


def test_an_issued_letter_is_locked_and_cannot_be_issued_twice(context: ServiceContext) -> None:
    letter = _draft(context)
    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version
    )
    with pytest.raises(ConflictError) as twice:
        issue.issue_letter(context.factory, CLERK, context.data_folder, issued.id, issued.version)
    assert twice.value.code is ErrorCode.LETTER_ISSUED
    assert twice.value.values["symbol"] == "01/MTTQ-BTT"
    with pytest.raises(ConflictError) as edit:
        drafts.save_letter(
            context.factory,
            CLERK,
            LetterDraft(LetterForm.CONG_VAN, CONTENT),
            issued.id,
            issued.version,
        )
    assert edit.value.code is ErrorCode.LETTER_ISSUED


def test_a_viewer_cannot_issue(context: ServiceContext) -> None:
    letter = _draft(context)
    with pytest.raises(PermissionDeniedError):
        issue.issue_letter(context.factory, VIEWER, context.data_folder, letter.id, letter.version)
    assert drafts.get_letter(context.factory, CLERK, letter.id).is_draft


def test_a_secret_letter_takes_the_secret_series(context: ServiceContext) -> None:
    plain = _draft(context)
    issue.issue_letter(context.factory, CLERK, context.data_folder, plain.id, plain.version)
    secret = _draft(context, Secrecy.CONFIDENTIAL)
    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, secret.id, secret.version
    )
    assert issued.number == 1  # its own series


def test_cancelling_keeps_the_number_and_cancels_the_register_line(
    context: ServiceContext,
) -> None:
    letter = _draft(context)
    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version
    )
    cancelled, _ = issue.cancel_letter(
        context.factory, CLERK, issued.id, issued.version, "Sai người nhận"
    )
    assert cancelled.state is LetterState.CANCELLED and cancelled.symbol == "01/MTTQ-BTT"
    entry = outgoing.get_outgoing(context.factory, CLERK, issued.outgoing_id)
    assert entry.cancelled and entry.cancel_reason == "Sai người nhận"

    again = _draft(context)
    next_one, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, again.id, again.version
    )
    assert next_one.symbol == "02/MTTQ-BTT"  # the cancelled number is never given again


def test_two_pcs_issuing_at_once_get_two_numbers(
    office_database: Database, context: ServiceContext
) -> None:
    other_pc = open_database(office_database.url)
    letters = [_draft(context) for _ in range(6)]
    start = threading.Barrier(2)
    given: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def work(database: Database, mine: list[drafts.LetterRecord]) -> None:
        try:
            start.wait()
            for letter in mine:
                issued, _ = issue.issue_letter(
                    database.session_factory, CLERK, context.data_folder, letter.id, letter.version
                )
                with lock:
                    given.append(issued.symbol)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    threads = [
        threading.Thread(target=work, args=(office_database, letters[::2])),
        threading.Thread(target=work, args=(other_pc, letters[1::2])),
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        other_pc.close()
    assert failures == []
    assert sorted(given) == [f"{n:02d}/MTTQ-BTT" for n in range(1, 7)]


def test_backup_and_restore_keep_drafts_issued_letters_and_their_files(
    context: ServiceContext,
    office_database: Database,
    new_database_url: Callable[..., str],
    tmp_path: Path,
) -> None:
    kept_draft = _draft(context)
    letter = _draft(context)
    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version
    )
    original = issue.print_letter(context.factory, CLERK, context.data_folder, issued.id, "pdf")
    archive = make_backup(office_database, context.data_folder, tmp_path / "sao-luu.zip").path

    url = new_database_url()
    data = tmp_path / "may-khac"
    restore_backup(url, archive, data, data / "backups")
    restored = open_database(url)
    try:
        factory = restored.session_factory
        assert drafts.get_letter(factory, CLERK, kept_draft.id).is_draft
        again = drafts.get_letter(factory, CLERK, issued.id)
        assert (again.state, again.symbol) == (LetterState.ISSUED, "01/MTTQ-BTT")
        printed = issue.print_letter(factory, CLERK, data, issued.id, "pdf")
    finally:
        restored.close()
    assert printed.data == original.data  # the stored file, not a new rendering


def test_a_letter_whose_register_line_was_cancelled_reads_as_cancelled(
    context: ServiceContext,
) -> None:
    letter = _draft(context)
    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, letter.id, letter.version
    )
    line = outgoing.get_outgoing(context.factory, CLERK, issued.outgoing_id)
    outgoing.cancel_outgoing(context.factory, CLERK, line.id, "Vào sổ nhầm", line.version)
    assert drafts.get_letter(context.factory, CLERK, issued.id).state is LetterState.CANCELLED
    [listed] = drafts.list_letters(context.factory, CLERK)
    assert listed.state is LetterState.CANCELLED and listed.symbol == issued.symbol
    with pytest.raises(ConflictError) as again:
        issue.cancel_letter(context.factory, CLERK, issued.id, listed.version, "Lần nữa")
    assert again.value.code is ErrorCode.ALREADY_CANCELLED


def test_the_step_a_letter_marks_is_taken_with_its_issue_or_not_at_all(
    context: ServiceContext,
) -> None:
    letter = _draft(context)

    def refuse(_session: object, issued: drafts.LetterRecord) -> None:
        assert issued.symbol == "01/MTTQ-BTT"  # the step sees the letter as issued
        raise ConflictError(ErrorCode.STALE_EDIT, what="letter")

    with pytest.raises(ConflictError):
        issue.issue_letter(
            context.factory, CLERK, context.data_folder, letter.id, letter.version, then=refuse
        )
    assert drafts.get_letter(context.factory, CLERK, letter.id).is_draft
    assert (
        outgoing.propose_outgoing_number(context.factory, outgoing.OutgoingDraft(TODAY, "x"))[0]
        == 1
    )  # the number was not taken
    marked: list[int] = []
    issued, _ = issue.issue_letter(
        context.factory,
        CLERK,
        context.data_folder,
        letter.id,
        letter.version,
        then=lambda _s, done: marked.append(done.id),
    )
    assert marked == [issued.id] and issued.symbol == "01/MTTQ-BTT"


def test_a_reply_to_an_incoming_document_is_drafted_from_it_and_linked_when_issued(
    context: ServiceContext,
) -> None:
    from giamsat_desktop.domain.registers import IncomingDraft
    from giamsat_desktop.services.registers import incoming

    asked, _ = incoming.register_incoming(
        context.factory,
        CLERK,
        IncomingDraft(
            TODAY,
            "Đảng ủy xã Tân Hưng",
            "Đề nghị báo cáo kết quả giám sát năm 2026",
            symbol="558-CV/ĐUK",
            type_code="CV",
            doc_date=TODAY,
        ),
    )
    draft, _ = drafts.draft_for_record(
        context.factory, CLERK, LetterForm.CONG_VAN, "incoming", asked.id
    )
    when = TODAY.strftime("%d/%m/%Y")
    assert draft.content.subject == (
        f"trả lời Công văn số 558-CV/ĐUK ngày {when} của Đảng ủy xã Tân Hưng"
    )
    assert draft.content.recipients == ("Đảng ủy xã Tân Hưng",)
    assert "về việc Đề nghị báo cáo kết quả giám sát năm 2026" in draft.content.body
    again, _ = drafts.draft_for_record(
        context.factory, CLERK, LetterForm.CONG_VAN, "incoming", asked.id
    )
    assert again.id == draft.id  # its open draft, not a second one

    issued, _ = issue.issue_letter(
        context.factory, CLERK, context.data_folder, draft.id, draft.version
    )
    line = outgoing.get_outgoing(context.factory, CLERK, issued.outgoing_id)
    assert line.answers == (asked.id,)
    assert (
        drafts.draft_for_record(context.factory, CLERK, LetterForm.CONG_VAN, "incoming", asked.id)[
            0
        ].id
        == issued.id
    )  # then its issued one
    newer, _ = drafts.draft_for_record(
        context.factory, CLERK, LetterForm.CONG_VAN, "incoming", asked.id, new=True
    )
    assert newer.id != issued.id and newer.is_draft
