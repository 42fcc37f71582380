"""``report periodic``: the periodic report of supervision and social criticism (PDF or Word).

``report periodic --year Y [--half 1|2] -o F.pdf|F.docx`` prints the period's report (the
halves and years of the office's reporting scheme): its open draft, else the report as it
would be written now, not saved (so it also works on a read-only database file).
``--new`` saves a new draft written now first; ``--issue`` issues the open draft (or a new
one written now) through the outgoing register, then prints it.
"""

from __future__ import annotations

import argparse

from giamsat_desktop.cli.common import EXIT_OK, data_folder, open_for_reading
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.domain.letters import LetterDraft, LetterForm, LetterRecord
from giamsat_desktop.domain.reporting_period import reporting_period

FORM = "periodic"


def report(args: argparse.Namespace, fmt: str) -> int:
    """Print (``--new``: draft anew, ``--issue``: issue) the period's report to ``args.output``.

    Raises:
        ValidationError: no ``--year``, or a ``--half`` other than 1 or 2.
    """
    from giamsat_desktop.services import issuing
    from giamsat_desktop.services.files.output_files import write_output
    from giamsat_desktop.services.letters import drafts, issue
    from giamsat_desktop.services.statistics import periodic_report
    from giamsat_desktop.services.statistics.settings import period_scheme

    if args.year is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="year")
    if args.half not in (None, 1, 2):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="half", reason=str(args.half))
    database = open_for_reading(args.db)
    try:
        factory, folder = database.session_factory, data_folder(database)
        period = reporting_period(args.year, args.half, period_scheme(factory))
        letter: LetterRecord | None = None
        if args.new or args.issue:
            letter, _ = periodic_report.report_letter(factory, SYSTEM, period, new=args.new)
            if args.new:
                print(f"Đã lập dự thảo mã số {letter.id}")
        else:
            key = periodic_report.existing_key(factory, period)
            if key is not None:
                letter = drafts.open_draft(
                    factory, SYSTEM, LetterForm.REPORT, periodic_report.PERIODIC_REPORT, key
                )
        if args.issue:
            assert letter is not None
            letter, _ = issuing.issue_letter(factory, SYSTEM, folder, letter.id, letter.version)
            print(f"Đã phát hành văn bản mã số {letter.id}: số {letter.symbol}")
        if letter is not None:
            printed = issue.print_letter(factory, SYSTEM, folder, letter.id, fmt)
        else:  # nothing kept yet: the report as it would be written now, not saved
            content = periodic_report.report_content_for(factory, SYSTEM, period)
            printed = issue.preview_letter(factory, LetterDraft(LetterForm.REPORT, content), fmt)
    finally:
        database.close()
    write_output(args.output, printed.data)
    print(f"Đã in báo cáo {period.title} ra {args.output}")
    return EXIT_OK
