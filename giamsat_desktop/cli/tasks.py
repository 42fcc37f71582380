"""The tasks: ``export-tasks`` and the task prints of ``report``.

``export-tasks --year Y -o F.xlsx`` writes the tasks given in a year to a workbook, as
``export-register`` writes a register. ``report follow-up --from D --to D -o F.pdf`` prints
the Sổ theo dõi giải quyết văn bản đến of the documents that arrived in the period, each
general register book in turn; ``report task-tracking --org CODE --year Y -o F.pdf`` one
organisation's Bảng theo dõi thực hiện nhiệm vụ. ``report`` (``cli.reports``) hands these
two forms to :func:`report`.

Both also work on a database file that is read-only; the file is written beside its target
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
    open_for_reading,
    year_argument,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.services.common import clock

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands

FORMS = ("follow-up", "task-tracking")
"""The forms of ``report`` that :func:`report` prints."""


def add_commands(commands: Subcommands) -> None:
    """Add the command that writes the year's tasks to a workbook."""
    export = add_command(
        commands, "export-tasks", _export_tasks, help="xuất danh sách nhiệm vụ của một năm ra Excel"
    )
    export.add_argument(
        "--year",
        metavar="NĂM",
        type=year_argument,
        required=True,
        help="năm giao nhiệm vụ",
    )
    export.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .xlsx ghi ra")


def _export_tasks(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target
    from giamsat_desktop.services.tasks.prints import export_tasks_xlsx

    check_target(args.output)
    database = open_for_reading(args.db)
    try:
        count = export_tasks_xlsx(database.session_factory, SYSTEM, args.output, args.year)
    finally:
        database.close()
    print(f"Đã ghi {count} nhiệm vụ vào {args.output}")
    return EXIT_OK


def report(args: argparse.Namespace) -> int:
    """Print ``follow-up`` or ``task-tracking`` to the PDF file ``args.output``.

    ``follow-up`` reads ``--from`` and ``--to`` (by default the year of ``--from``, else
    this year); ``task-tracking`` reads ``--org`` (an organisation's code, required) and
    ``--year`` (this year by default).

    Raises:
        ValidationError: ``--org`` missing, an option the form has no use for, or a period
            that ends before it starts.
        NotFoundError: no organisation has the code (``ORGANIZATION_CODE_UNKNOWN``).
    """
    from giamsat_desktop.services.files.output_files import check_target, write_output
    from giamsat_desktop.services.tasks import prints
    from giamsat_desktop.services.tasks.task_letters import organization_by_code

    if args.form not in FORMS:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="form", reason=args.form)
    for unused in ("issue", "new"):
        if getattr(args, unused, False):
            raise ValidationError(ErrorCode.FIELD_INVALID, field=unused, reason=args.form)
    code = getattr(args, "org", None)
    if args.form == "task-tracking" and not (code or "").strip():
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="organization")
    check_target(args.output)
    today = clock.today()
    database = open_for_reading(args.db)
    try:
        factory = database.session_factory
        if args.form == "follow-up":
            start = getattr(args, "date_from", None) or dt.date(today.year, 1, 1)
            end = getattr(args, "date_to", None) or dt.date(start.year, 12, 31)
            pdf = prints.follow_up_pdf(factory, SYSTEM, start, end)
        else:
            organization = organization_by_code(factory, code or "")
            year = getattr(args, "year", None) or today.year
            pdf = prints.tracking_pdf(factory, SYSTEM, organization.id, year)
    finally:
        database.close()
    write_output(args.output, pdf)
    print(f"Đã in ra {args.output}")
    return EXIT_OK
