"""The statistics: ``export-excel`` (the summary book for the higher level), ``consolidate``.

``export-excel --year Y [--half 1|2] -o F.xlsx`` writes a half's or a year's statistics
tables (the halves and years of the office's reporting scheme), ``--from D --to D`` those
of any range of days; ``--as-of D`` judges replies and overdue states on another day. One
sheet per table with a total row of formulas, and a very hidden sheet naming the office
and the period (``services.statistics.excel_book``).

``--blank --for "Ủy ban MTTQ Việt Nam xã …"`` writes instead a blank book of the period for an
office under this one that does not use the program: the same sheets with empty rows for it
to fill by hand, its own new id in the hidden sheet (``services.statistics.blank_book``).

``consolidate F1.xlsx F2.xlsx … -o TOTAL.xlsx`` reads, checks and adds up the books of the
offices under this one (``services.consolidation``): every problem is printed on its own
line, naming the file, the sheet and the cell, and nothing is written while one remains.
``--year``/``--half`` (or ``--from``/``--to``) name the period the books must be of; without
them, the first book's.

It also works on a database file that is read-only; the book is written beside its target
and put in place only when complete (``services.files.output_files``).
"""

from __future__ import annotations

import argparse
import sys
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
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, ValidationError
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
    _period_arguments(export)
    export.add_argument(
        "--as-of",
        dest="as_of",
        metavar="NGÀY",
        type=date_argument,
        help="tính trạng thái trả lời, quá hạn đến ngày này (mặc định: cuối kỳ, hoặc hôm nay)",
    )
    export.add_argument(
        "--blank",
        action="store_true",
        help="sổ trắng cho một đơn vị cấp dưới không dùng chương trình tự điền (cần --for)",
    )
    export.add_argument(
        "--for", dest="for_office", metavar="TÊN_ĐƠN_VỊ", help="tên đầy đủ của đơn vị nhận sổ trắng"
    )
    export.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .xlsx ghi ra")
    _consolidate_command(commands)


def _consolidate_command(commands: Subcommands) -> None:
    consolidate = add_command(
        commands,
        "consolidate",
        _consolidate,
        help="tổng hợp các sổ thống kê Excel của các đơn vị cấp dưới thành một sổ",
    )
    consolidate.add_argument(
        "books", metavar="SỔ", type=Path, nargs="+", help="các sổ .xlsx của đơn vị cấp dưới"
    )
    _period_arguments(consolidate)
    consolidate.add_argument(
        *OUTPUT, metavar="TỆP", type=Path, required=True, help="sổ tổng hợp .xlsx ghi ra"
    )


def _period_arguments(command: argparse.ArgumentParser) -> None:
    """``--year`` (and ``--half``), or ``--from`` and ``--to``."""
    command.add_argument(
        "--year", metavar="NĂM", type=year_argument, help="năm báo cáo (cả năm, hoặc một nửa)"
    )
    command.add_argument(
        "--half", metavar="1|2", type=int, choices=(1, 2), help="6 tháng đầu (1) hoặc cuối (2)"
    )
    command.add_argument(
        "--from", dest="date_from", metavar="NGÀY", type=date_argument, help="từ ngày (dd/mm/yyyy)"
    )
    command.add_argument(
        "--to", dest="date_to", metavar="NGÀY", type=date_argument, help="đến ngày (dd/mm/yyyy)"
    )


def period_of(args: argparse.Namespace, factory: SessionFactory) -> Period:
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
    from giamsat_desktop.services.statistics.blank_book import export_blank_book
    from giamsat_desktop.services.statistics.excel_book import export_book

    check_target(args.output)
    if args.blank and not (args.for_office or "").strip():
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field="office_name")
    if args.for_office is not None and not args.blank:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="office_name", reason="--blank")
    if args.blank and args.as_of is not None:
        raise ValidationError(ErrorCode.FIELD_INVALID, field="as_of", reason="--blank")
    database = open_for_reading(args.db)
    try:
        factory = database.session_factory
        period = period_of(args, factory)
        if args.blank:
            uid = export_blank_book(factory, args.output, period, args.for_office)
        else:
            made = export_book(factory, SYSTEM, args.output, period, as_of=args.as_of)
    finally:
        database.close()
    if args.blank:
        name = " ".join(args.for_office.split())
        print(f"Đã ghi sổ trắng {period.title} cho {name} vào {args.output} (mã đơn vị {uid})")
    else:
        print(f"Đã ghi {len(made)} bảng thống kê {period.title} vào {args.output}")
    return EXIT_OK


def _consolidate(args: argparse.Namespace) -> int:
    """Read, check and add up the books; every problem on its own line, nothing written."""
    from giamsat_desktop.messages import say
    from giamsat_desktop.services.consolidation.consolidate import write_consolidation
    from giamsat_desktop.services.files.output_files import check_target

    check_target(args.output)
    for book in args.books:
        if not book.is_file():
            raise NotFoundError(ErrorCode.FILE_NOT_FOUND, path=str(book))
    asked = any(
        value is not None for value in (args.year, args.half, args.date_from, args.date_to)
    )
    database = open_for_reading(args.db)
    try:
        factory = database.session_factory
        period = period_of(args, factory) if asked else None
        try:
            books = write_consolidation(factory, args.books, args.output, period=period)
        except ValidationError as refused:
            for problem in refused.values.get("problems", ()):
                print(say(problem), file=sys.stderr)
            raise
    finally:
        database.close()
    names = ", ".join(book.meta.office_name for book in books if book.meta is not None)
    print(f"Đã tổng hợp {len(books)} sổ ({names}) vào {args.output}")
    return EXIT_OK
