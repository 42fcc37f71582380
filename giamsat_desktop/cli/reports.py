"""The printed forms: ``report`` writes one of them to a PDF file.

It also works on a database file that is read-only; the PDF is written beside its target
and put in place only when complete (``services.files.output_files``).
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
    database_url,
    date_argument,
    open_for_reading,
)
from giamsat_desktop.config import sqlite_path
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
from giamsat_desktop.services.common import clock

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands

MAX_RECORD_ID = 2**63 - 1
"""The largest key a SQLite row can have: a larger one names no record."""
SERVER_MAX_RECORD_ID = 2**31 - 1
"""The largest key of a shared PostgreSQL database (its ``integer``)."""


def add_commands(commands: Subcommands) -> None:
    """Add the command that prints a form."""
    report = add_command(commands, "report", _report, help="in biểu mẫu ra tệp PDF")
    report.add_argument(
        "form",
        metavar="BIỂU_MẪU",
        choices=("register-in", "register-out", "handling-slip"),
        help="register-in: sổ văn bản đến; register-out: sổ văn bản đi; "
        "handling-slip: phiếu giải quyết văn bản đến",
    )
    report.add_argument(
        "--from", dest="date_from", metavar="NGÀY", type=date_argument, help="từ ngày (dd/mm/yyyy)"
    )
    report.add_argument(
        "--to", dest="date_to", metavar="NGÀY", type=date_argument, help="đến ngày (dd/mm/yyyy)"
    )
    report.add_argument(
        "--id", metavar="MÃ_SỐ", type=int, help="mã số văn bản đến (phiếu giải quyết)"
    )
    report.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .pdf ghi ra")


def _report(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target, write_output
    from giamsat_desktop.services.registers import reports as register_reports

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
