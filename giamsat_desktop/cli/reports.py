"""The printed forms: ``report`` writes one of them to a PDF file (a letter: or a Word file).

It also works on a database file that is read-only; the file is written beside its target
and put in place only when complete (``services.files.output_files``). ``report letter``
prints a letter by its Mã số: a draft as it stands (number blank, DỰ THẢO), an issued one
from its stored file; ``--issue`` issues the draft first (a write: refused while the window
holds the database).
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from giamsat_desktop.services.common import clock

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands

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
        choices=("register-in", "register-out", "handling-slip", "cong-van", "letter"),
        help="register-in: sổ văn bản đến; register-out: sổ văn bản đi; "
        "handling-slip: phiếu giải quyết văn bản đến (--id: mã số văn bản đến); "
        "cong-van: công văn trả lời một văn bản đến (--id: mã số văn bản đến): dự thảo đang "
        "mở, không có thì công văn đã phát hành gần nhất, không có nữa thì một dự thảo lập "
        "từ văn bản đến; letter: văn bản soạn thảo bất kỳ (--id: mã số của văn bản)",
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
        help="mã số văn bản đến (handling-slip) hoặc của văn bản soạn thảo (letter)",
    )
    report.add_argument(
        "--issue",
        action="store_true",
        help="letter: phát hành dự thảo (lấy số của sổ văn bản đi) rồi mới in",
    )
    report.add_argument(
        "--new",
        action="store_true",
        help="cong-van: lập dự thảo mới từ văn bản đến, dù đã có công văn phát hành",
    )
    report.add_argument(
        *OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .pdf (văn bản: .pdf hoặc .docx)"
    )


def _format(args: argparse.Namespace) -> str:
    """A letter's format, from the file's extension: .pdf or .docx; refused otherwise."""
    suffix = args.output.suffix.lower()
    allowed = (".pdf", ".docx")
    if suffix not in allowed:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="file",
            reason=detail(DetailCode.OUTPUT_SUFFIX, suffix=suffix or "—", allowed=list(allowed)),
        )
    return suffix[1:]


def _letter(args: argparse.Namespace) -> int:
    from giamsat_desktop.domain.letters import LetterDraft, LetterForm
    from giamsat_desktop.services.files.output_files import check_target, write_output
    from giamsat_desktop.services.letters import drafts, issue

    if args.id is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="id")
    if args.new and args.form == "letter":
        raise ValidationError(ErrorCode.FIELD_INVALID, field="new", reason=args.form)
    check_target(args.output)
    fmt = _format(args)
    form, source = LetterForm.CONG_VAN, drafts.SOURCE_INCOMING
    database = open_for_reading(args.db)
    try:
        factory, folder = database.session_factory, data_folder(database)
        if args.form == "letter":
            letter = drafts.get_letter(factory, SYSTEM, args.id)
        elif args.new:
            letter, _ = drafts.draft_for_record(factory, SYSTEM, form, source, args.id, new=True)
            print(f"Đã lập dự thảo mã số {letter.id}")
        else:
            letter = drafts.current_letter(factory, SYSTEM, form, source, args.id)
        if args.issue:
            if letter is None:
                raise ConflictError(ErrorCode.NO_DRAFT)
            letter, _changes = issue.issue_letter(
                factory, SYSTEM, folder, letter.id, letter.version
            )
            print(f"Đã phát hành văn bản mã số {letter.id}: số {letter.symbol}")
        if letter is not None:
            printed = issue.print_letter(factory, SYSTEM, folder, letter.id, fmt)
        else:  # nothing kept yet: the draft this incoming document would start, not saved
            content = drafts.content_for_record(factory, SYSTEM, form, source, args.id)
            printed = issue.preview_letter(factory, LetterDraft(form, content), fmt)
    finally:
        database.close()
    write_output(args.output, printed.data)
    print(f"Đã in ra {args.output}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target, write_output
    from giamsat_desktop.services.registers import reports as register_reports

    if args.form in ("letter", "cong-van"):
        return _letter(args)
    if args.issue:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="issue", reason=args.form)
    if args.form == "handling-slip":
        if args.id is None:
            raise ValidationError(ErrorCode.FIELD_REQUIRED, field="id")
        local = sqlite_path(database_url(args.db)) is not None
        if not 1 <= args.id <= (MAX_RECORD_ID if local else SERVER_MAX_RECORD_ID):
            raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=args.id)
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
