"""The printed forms: ``report`` writes one of them to a PDF file (a letter: or a Word file).

It also works on a database file that is read-only; the file is written beside its target
and put in place only when complete (``services.files.output_files``). ``report letter``
prints a letter by its Mã số: a draft as it stands (number blank, DỰ THẢO), an issued one
from its stored file; ``--issue`` issues the draft first (a write: refused while the window
holds the database). ``cong-van``, ``task-letter`` (``--id``: the incoming document) and
``chase-letter`` (``--org``: an organisation's code) print a record's letter the same way.
The supervision forms print the same way: ``supervision-programme --year Y``, a
session's ``supervision-plan``, ``delegation-decision``, ``report-outline`` and
``supervision-report`` (``--id``: the session), ``work-minutes`` (``--id``: the working
session); so do a criticism session's ``criticism-plan``, ``invitation``,
``criticism-letter`` and ``criticism-minutes`` (``--id``: the criticism session), a QĐ 218
feedback's ``contribution-summary`` and a direct dialogue's ``dialogue-minutes`` (``--id``:
the dialogue). ``follow-up`` and ``task-tracking`` are the task prints of ``cli.tasks``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from giamsat_desktop.cli.common import (
    EXIT_OK,
    OUTPUT,
    add_command,
    data_folder,
    database_url,
    date_argument,
    open_for_reading,
    year_argument,
)
from giamsat_desktop.config import sqlite_path
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import (
    ConflictError,
    DetailCode,
    ErrorCode,
    NotFoundError,
    ValidationError,
    detail,
)
from giamsat_desktop.domain.letters import LetterForm
from giamsat_desktop.services.common import clock

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands
    from giamsat_desktop.db.engine import SessionFactory
    from giamsat_desktop.domain.letters import LetterContent, LetterRecord

SESSION_FORMS = {
    "supervision-plan": LetterForm.PLAN,
    "delegation-decision": LetterForm.DECISION,
    "report-outline": LetterForm.OUTLINE,
    "supervision-report": LetterForm.REPORT,
}
"""The supervision forms written from a session (``--id``: the session's Mã số)."""
SUPERVISION_FORMS = ("supervision-programme", *SESSION_FORMS, "work-minutes")
"""The supervision forms: the year's programme (``--year``), a session's, a biên bản
(``--id``: the working session's Mã số)."""
CRITICISM_FORMS = {
    "criticism-plan": LetterForm.PLAN,
    "invitation": LetterForm.INVITATION,
    "criticism-letter": LetterForm.CONG_VAN,
    "criticism-minutes": LetterForm.MINUTES,
    "contribution-summary": LetterForm.CONG_VAN,
}
"""The social criticism forms written from a session (``--id``: the session's Mã số);
``contribution-summary`` is a QĐ 218 feedback's letter, ``criticism-letter`` a criticism's."""
LETTER_OF = {"criticism-letter": "phan_bien", "contribution-summary": "gop_y"}
"""Which purpose of session each of the two letters is written for."""
_ID_OF = {
    **dict.fromkeys(SESSION_FORMS, "supervision_session"),
    "work-minutes": "working_session",
    "letter": "letter",
    "recommendation-letter": "supervision_session",
    "reply-chase-letter": "recommendation",
    "escalation-letter": "recommendation",
    **dict.fromkeys(CRITICISM_FORMS, "criticism_session"),
    "dialogue-minutes": "dialogue",
}
"""What ``--id`` names, for the message when it names nothing."""
RECOMMENDATION_FORMS = ("recommendation-letter", "reply-chase-letter", "escalation-letter")
"""The recommendations' letters: a session's to one body (``--id`` the session, ``--body``
its code), an overdue reply's chase and its escalation (``--id`` the recommendation)."""
LETTERS = (
    "cong-van",
    "task-letter",
    "chase-letter",
    "letter",
    *SUPERVISION_FORMS,
    *RECOMMENDATION_FORMS,
    *CRITICISM_FORMS,
    "dialogue-minutes",
)
"""The forms that are letters: printed to PDF or Word, and issued with ``--issue``."""
TASK_FORMS = ("follow-up", "task-tracking")
"""The task prints, which ``cli.tasks.report`` writes."""
FORMS = ("register-in", "register-out", "handling-slip", *LETTERS, *TASK_FORMS, "periodic")
MAX_RECORD_ID = 2**63 - 1
"""The largest key a SQLite row can have: a larger one names no record."""
SERVER_MAX_RECORD_ID = 2**31 - 1
"""The largest key of a shared PostgreSQL database (its ``integer``)."""


def add_commands(commands: Subcommands) -> None:
    """Add the command that prints a form."""
    report = add_command(
        commands,
        "report",
        _report,
        help="in biểu mẫu ra tệp PDF (văn bản soạn thảo: PDF hoặc Word)",
        writes=lambda args: bool(getattr(args, "issue", False) or getattr(args, "new", False)),
    )
    report.add_argument(
        "form",
        metavar="BIỂU_MẪU",
        choices=FORMS,
        help="register-in: sổ văn bản đến; register-out: sổ văn bản đi; "
        "handling-slip: phiếu giải quyết văn bản đến (--id: mã số văn bản đến); "
        "cong-van: công văn trả lời một văn bản đến (--id: mã số văn bản đến): dự thảo đang "
        "mở, không có thì công văn đã phát hành gần nhất, không có nữa thì một dự thảo lập "
        "từ văn bản đến; task-letter: công văn giao nhiệm vụ theo một văn bản đến (--id: mã "
        "số văn bản đến), chase-letter: công văn đôn đốc một tổ chức thực hiện các nhiệm vụ "
        "quá hạn (--org: mã tổ chức trong danh mục), cả hai tìm như cong-van; letter: văn bản "
        "soạn thảo bất kỳ (--id: mã số của văn bản); follow-up: sổ theo dõi giải quyết văn "
        "bản đến (--from, --to); task-tracking: bảng theo dõi thực hiện nhiệm vụ của một tổ "
        "chức (--org, --year); supervision-programme: chương trình giám sát năm (--year); "
        "supervision-plan: kế hoạch giám sát, delegation-decision: quyết định thành lập đoàn "
        "giám sát, report-outline: đề cương báo cáo gửi cơ quan được giám sát, "
        "supervision-report: báo cáo kết quả giám sát (--id: mã số cuộc giám sát); "
        "work-minutes: biên bản làm việc (--id: mã số buổi làm việc); các mẫu giám sát tìm "
        "như cong-van; recommendation-letter: văn bản kiến nghị sau giám sát gửi một cơ quan "
        "(--id: mã số cuộc giám sát, --body: mã cơ quan nhận khi cuộc giám sát kiến nghị nhiều "
        "cơ quan); reply-chase-letter: văn bản đôn đốc trả lời kiến nghị quá hạn, "
        "escalation-letter: văn bản kiến nghị cấp trên (--id: mã số kiến nghị); "
        "criticism-plan: kế hoạch phản biện xã hội, invitation: giấy mời dự hội nghị phản "
        "biện, criticism-letter: văn bản phản biện xã hội, criticism-minutes: biên bản hội "
        "nghị phản biện; contribution-summary: văn bản tổng hợp ý kiến góp ý xây dựng Đảng, "
        "chính quyền (QĐ 218) (--id: mã số cuộc phản biện hoặc góp ý); dialogue-minutes: biên "
        "bản đối thoại trực tiếp (--id: mã số cuộc đối thoại); periodic: báo cáo kết quả "
        "công tác giám sát, phản biện xã hội 6 tháng hoặc năm (--year, --half)",
    )
    report.add_argument(
        "--from", dest="date_from", metavar="NGÀY", type=date_argument, help="từ ngày (dd/mm/yyyy)"
    )
    report.add_argument(
        "--to", dest="date_to", metavar="NGÀY", type=date_argument, help="đến ngày (dd/mm/yyyy)"
    )
    report.add_argument(
        "--id",
        metavar="MÃ_SỐ",
        type=int,
        help="mã số văn bản đến (handling-slip, cong-van, task-letter), của văn bản soạn thảo "
        "(letter), của cuộc giám sát (supervision-plan, delegation-decision, report-outline, "
        "supervision-report), của buổi làm việc (work-minutes) hoặc của cuộc phản biện "
        "(criticism-plan, invitation, criticism-letter, criticism-minutes, "
        "contribution-summary) hoặc của cuộc đối thoại (dialogue-minutes)",
    )
    report.add_argument(
        "--org",
        metavar="MÃ_TỔ_CHỨC",
        help="mã của tổ chức trong danh mục, ví dụ HND (chase-letter, task-tracking)",
    )
    report.add_argument(
        "--body",
        metavar="MÃ_CƠ_QUAN",
        help="mã cơ quan nhận kiến nghị, ví dụ UBNDXTH (recommendation-letter; lệnh báo các mã "
        "có khi thiếu)",
    )
    report.add_argument(
        "--year",
        metavar="NĂM",
        type=year_argument,
        help="năm (task-tracking, supervision-programme; mặc định năm nay; periodic: năm "
        "báo cáo, bắt buộc)",
    )
    report.add_argument(
        "--half",
        metavar="1|2",
        type=int,
        choices=(1, 2),
        help="periodic: 6 tháng đầu (1) hoặc cuối (2); không có thì cả năm",
    )
    report.add_argument(
        "--issue",
        action="store_true",
        help="văn bản soạn thảo và các mẫu giám sát: phát hành dự thảo (lấy số của sổ văn bản "
        "đi; biên bản, đề cương: hoàn tất, không đánh số) rồi mới in; kế hoạch, quyết định, "
        "báo cáo phát hành thì cuộc giám sát chuyển bước; kế hoạch phản biện, văn bản phản "
        "biện phát hành thì cuộc phản biện chuyển bước",
    )
    report.add_argument(
        "--new",
        action="store_true",
        help="cong-van, task-letter, chase-letter, các mẫu giám sát: lập dự thảo mới từ hồ sơ "
        "(văn bản đến, nhiệm vụ quá hạn, cuộc giám sát), dù đã có văn bản phát hành",
    )
    report.add_argument(
        *OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .pdf (văn bản: .pdf hoặc .docx)"
    )


def _format(args: argparse.Namespace) -> str:
    """A letter's format, from the file's extension: .pdf or .docx; refused otherwise."""
    suffix: str = args.output.suffix.lower()
    allowed = (".pdf", ".docx")
    if suffix not in allowed:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="file",
            reason=detail(DetailCode.OUTPUT_SUFFIX, suffix=suffix or "—", allowed=list(allowed)),
        )
    return suffix[1:]


def _check_record_id(args: argparse.Namespace, what: str) -> int:
    """``--id``: given, and a key the database can hold (else it names no record)."""
    if args.id is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="id")
    local = sqlite_path(database_url(args.db)) is not None
    if not 1 <= args.id <= (MAX_RECORD_ID if local else SERVER_MAX_RECORD_ID):
        raise NotFoundError(ErrorCode.NOT_FOUND, what=what, id=args.id)
    return int(args.id)


@dataclass(frozen=True)
class _RecordLetter:
    """The record whose letter a form prints: its form, kind and id, how a new one starts."""

    form: LetterForm
    kind: str
    key: int
    make: Callable[[], LetterContent]
    new: Callable[[], LetterRecord]
    """Saves a new draft of it and gives it back."""


def _check_purpose(factory: SessionFactory, key: int, command: str) -> None:
    """Refuse the criticism letter of a QĐ 218 feedback, and its summary of a criticism."""
    from giamsat_desktop.services.criticism.records import get_criticism

    purpose = get_criticism(factory, SYSTEM, key).purpose
    if purpose.value != LETTER_OF[command]:
        other = next(name for name, value in LETTER_OF.items() if value == purpose.value)
        words = purpose.label[:1].lower() + purpose.label[1:]
        raise ConflictError(ErrorCode.CRITICISM_OTHER_PURPOSE, purpose=words, form=other)


def _source(args: argparse.Namespace, factory: SessionFactory) -> _RecordLetter:
    """The record whose letter ``args.form`` prints."""
    from giamsat_desktop.services.letters import drafts
    from giamsat_desktop.services.supervision import session_letters
    from giamsat_desktop.services.tasks import task_letters

    def record(
        form: LetterForm, kind: str, key: int, make: Callable[[], LetterContent]
    ) -> _RecordLetter:
        def new() -> LetterRecord:
            return drafts.draft_for_record(
                factory, SYSTEM, form, kind, key, new=True, content=make
            )[0]

        return _RecordLetter(form, kind, key, make, new)

    if args.form == "chase-letter":
        key = task_letters.organization_by_code(factory, args.org).id
        today = clock.today()
        return record(
            LetterForm.CONG_VAN,
            task_letters.CHASE_LETTER,
            key,
            lambda: task_letters.chase_letter_content(factory, SYSTEM, key, today),
        )
    if args.form == "task-letter":
        key = int(args.id)
        return record(
            LetterForm.CONG_VAN,
            task_letters.TASK_LETTER,
            key,
            lambda: task_letters.task_letter_content(factory, SYSTEM, key),
        )
    if args.form == "supervision-programme":
        year = args.year or clock.today().year
        programme = programme_of(factory, year)
        return record(
            LetterForm.PROGRAMME,
            session_letters.PROGRAMME_LETTER,
            programme,
            lambda: session_letters.programme_content_of(factory, SYSTEM, year),
        )
    if args.form in RECOMMENDATION_FORMS:
        return _recommendation_source(args, factory)
    if args.form in CRITICISM_FORMS:
        from giamsat_desktop.services.criticism import letters as criticism_letters

        key, form = int(args.id), CRITICISM_FORMS[args.form]
        if args.form in LETTER_OF:
            _check_purpose(factory, key, args.form)
        return record(
            form,
            criticism_letters.CRITICISM_LETTER,
            key,
            lambda: criticism_letters.criticism_content(factory, SYSTEM, key, form),
        )
    if args.form == "dialogue-minutes":
        from giamsat_desktop.services.dialogues import letters as dialogue_letters

        key = int(args.id)
        return record(
            LetterForm.MINUTES,
            dialogue_letters.DIALOGUE_LETTER,
            key,
            lambda: dialogue_letters.dialogue_content(factory, SYSTEM, key),
        )
    if args.form == "work-minutes":
        key = int(args.id)
        return _RecordLetter(
            LetterForm.MINUTES,
            session_letters.MINUTES_LETTER,
            key,
            lambda: session_letters.minutes_content_of(factory, SYSTEM, key),
            lambda: session_letters.minutes_letter(factory, SYSTEM, key, new=True)[0],
        )
    if args.form in SESSION_FORMS:
        key, form = int(args.id), SESSION_FORMS[args.form]
        return record(
            form,
            session_letters.SESSION_LETTER,
            key,
            lambda: session_letters.session_content(factory, SYSTEM, key, form),
        )
    key, kind = int(args.id), drafts.SOURCE_INCOMING
    return record(
        LetterForm.CONG_VAN,
        kind,
        key,
        lambda: drafts.content_for_record(factory, SYSTEM, LetterForm.CONG_VAN, kind, key),
    )


def _recommendation_source(args: argparse.Namespace, factory: SessionFactory) -> _RecordLetter:
    """A recommendation letter's record: the session's to one body, or a recommendation's."""
    from giamsat_desktop.services.letters import drafts
    from giamsat_desktop.services.recommendations import letters

    if args.form == "recommendation-letter":
        kind = letters.RECOMMENDATION_LETTER
        key = letters.letter_key(factory, int(args.id), args.body)
    else:
        kind = (
            letters.CHASE_LETTER if args.form == "reply-chase-letter" else letters.ESCALATION_LETTER
        )
        key = int(args.id)
        letters.recommendation(factory, SYSTEM, key)  # NotFoundError first
    make = letters.content_maker(factory, SYSTEM, kind, key)
    assert make is not None

    def new() -> LetterRecord:
        return drafts.draft_for_record(
            factory, SYSTEM, LetterForm.CONG_VAN, kind, key, new=True, content=make
        )[0]

    return _RecordLetter(LetterForm.CONG_VAN, kind, key, make, new)


def programme_of(factory: SessionFactory, year: int) -> int:
    """The id of the year's supervision programme.

    Raises:
        NotFoundError: ``PROGRAMME_MISSING``.
    """
    from giamsat_desktop.services.supervision.programme import get_programme

    programme = get_programme(factory, year)
    if programme is None:
        raise NotFoundError(ErrorCode.PROGRAMME_MISSING, year=year)
    return programme.id


def _checked_letter_args(args: argparse.Namespace) -> None:
    """Refuse what the letter form has no use for, or lacks."""
    if args.form == "chase-letter":
        if not (args.org or "").strip():
            raise ValidationError(ErrorCode.FIELD_REQUIRED, field="organization")
    elif args.form != "supervision-programme":
        _check_record_id(args, _ID_OF.get(args.form, "incoming"))
    if args.new and args.form == "letter":
        raise ValidationError(ErrorCode.FIELD_INVALID, field="new", reason=args.form)


def _letter(args: argparse.Namespace) -> int:
    """Print a letter: by its Mã số (``letter``), or a record's.

    A record's (``cong-van``, ``task-letter``, ``chase-letter``, the supervision forms) is
    its open draft, else its last issued one, else a draft made from the record and not
    saved; ``--new`` saves a new draft first, ``--issue`` issues the draft (a supervision
    plan, decision or report moves its session too).
    """
    from giamsat_desktop.domain.letters import LetterDraft
    from giamsat_desktop.services import issuing
    from giamsat_desktop.services.files.output_files import check_target, write_output
    from giamsat_desktop.services.letters import drafts, issue

    _checked_letter_args(args)
    check_target(args.output)
    fmt = _format(args)
    database = open_for_reading(args.db)
    try:
        factory, folder = database.session_factory, data_folder(database)
        source: _RecordLetter | None = None
        letter: LetterRecord | None
        if args.form == "letter":
            letter = drafts.get_letter(factory, SYSTEM, args.id)
        else:
            source = _source(args, factory)
            if args.new:
                letter = source.new()
                print(f"Đã lập dự thảo mã số {letter.id}")
            else:
                letter = drafts.current_letter(
                    factory, SYSTEM, source.form, source.kind, source.key
                )
        if args.issue:
            if letter is None:
                raise ConflictError(ErrorCode.NO_DRAFT)
            letter, _changes = issuing.issue_letter(
                factory, SYSTEM, folder, letter.id, letter.version
            )
            if letter.symbol:
                print(f"Đã phát hành văn bản mã số {letter.id}: số {letter.symbol}")
            else:
                print(f"Đã hoàn tất văn bản mã số {letter.id} (không đánh số)")
        if letter is not None:
            printed = issue.print_letter(factory, SYSTEM, folder, letter.id, fmt)
        else:  # nothing kept yet: the draft this record would start, not saved
            assert source is not None
            printed = issue.preview_letter(factory, LetterDraft(source.form, source.make()), fmt)
    finally:
        database.close()
    write_output(args.output, printed.data)
    print(f"Đã in ra {args.output}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target, write_output
    from giamsat_desktop.services.registers import reports as register_reports

    if args.form in LETTERS:
        return _letter(args)
    if args.form in TASK_FORMS:
        from giamsat_desktop.cli import tasks  # the task prints' own module

        return tasks.report(args)
    if args.form == "periodic":
        from giamsat_desktop.cli import periodic  # the periodic report's own module

        check_target(args.output)
        return periodic.report(args, _format(args))
    if args.issue:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="issue", reason=args.form)
    if args.form == "handling-slip":
        _check_record_id(args, "incoming")
    check_target(args.output)
    database = open_for_reading(args.db)
    try:
        factory = database.session_factory
        if args.form == "handling-slip":
            pdf = register_reports.handling_slip_pdf(factory, SYSTEM, args.id)
        else:
            today = clock.today()
            start = args.date_from or dt.date(today.year, 1, 1)
            end = args.date_to or dt.date(start.year, 12, 31)
            make = (
                register_reports.incoming_register_pdf
                if args.form == "register-in"
                else register_reports.outgoing_register_pdf
            )
            pdf = make(factory, SYSTEM, start, end)
    finally:
        database.close()
    write_output(args.output, pdf)
    print(f"Đã in ra {args.output}")
    return EXIT_OK
