"""The statistics: ``export-excel``, the Excel summary book for the higher level.

``export-excel --year Y [--half 1|2] -o F.xlsx`` writes a half's or a year's statistics
tables (the halves and years of the office's reporting scheme), ``--from D --to D`` those
of any range of days; ``--as-of D`` judges replies and overdue states on another day. One
sheet per table with a total row of formulas, and a very hidden sheet naming the office
and the period (``services.statistics.excel_book``).

It also works on a database file that is read-only; the book is written beside its target
and put in place only when complete (``services.files.output_files``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from giamsat_desktop.cli.common import (
    EXIT_OK,
    OUTPUT,
    add_command,
    date_argument,
    open_for_reading,
    year_argument,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import ErrorCode, ValidationError
from giamsat_desktop.domain.reporting_period import Period, range_period, reporting_period

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands
    from giamsat_desktop.db.engine import SessionFactory


def add_commands(commands: Subcommands) -> None:
    """Add the command that writes a period's statistics tables to an Excel book."""
    export = add_command(
        commands,
        "export-excel",
        _export_excel,
        help="xuất các bảng thống kê của một kỳ báo cáo ra Excel để gửi cấp trên",
    )
    export.add_argument(
        "--year", metavar="NĂM", type=year_argument, help="năm báo cáo (cả năm, hoặc một nửa)"
    )
    export.add_argument(
        "--half", metavar="1|2", type=int, choices=(1, 2), help="6 tháng đầu (1) hoặc cuối (2)"
    )
    export.add_argument(
        "--from", dest="date_from", metavar="NGÀY", type=date_argument, help="từ ngày (dd/mm/yyyy)"
    )
    export.add_argument(
        "--to", dest="date_to", metavar="NGÀY", type=date_argument, help="đến ngày (dd/mm/yyyy)"
    )
    export.add_argument(
        "--as-of",
        dest="as_of",
        metavar="NGÀY",
        type=date_argument,
        help="tính trạng thái trả lời, quá hạn đến ngày này (mặc định: cuối kỳ, hoặc hôm nay)",
    )
    export.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .xlsx ghi ra")


def _period(args: argparse.Namespace, factory: SessionFactory) -> Period:
    """The period the options name: ``--year`` (and ``--half``), or ``--from`` and ``--to``.

    Raises:
        ValidationError: both ways or neither, ``--half`` without ``--year``, one end of a
            range missing, or a range that ends before it starts.
    """
    from giamsat_desktop.services.statistics.settings import period_scheme

    ranged = args.date_from is not None or args.date_to is not None
    if ranged and (args.year is not None or args.half is not None):
        raise ValidationError(ErrorCode.FIELD_INVALID, field="year", reason="--from/--to")
    if ranged:
        if args.date_from is None:
            raise ValidationError(ErrorCode.FIELD_REQUIRED, field="date_from")
        if args.date_to is None:
            raise ValidationError(ErrorCode.FIELD_REQUIRED, field="date_to")
        if args.date_to < args.date_from:
            raise ValidationError(ErrorCode.DATE_AFTER, field="date_from", other="date_to")
        return range_period(args.date_from, args.date_to)
    if args.year is None:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="year")
    return reporting_period(args.year, args.half, period_scheme(factory))


def _export_excel(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target
    from giamsat_desktop.services.statistics.excel_book import export_book

    check_target(args.output)
    database = open_for_reading(args.db)
    try:
        factory = database.session_factory
        period = _period(args, factory)
        made = export_book(factory, SYSTEM, args.output, period, as_of=args.as_of)
    finally:
        database.close()
    print(f"Đã ghi {len(made)} bảng thống kê {period.title} vào {args.output}")
    return EXIT_OK
