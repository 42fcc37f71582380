"""The registers: ``import-excel`` and ``export-register``.

The export also works on a database file that is read-only; the workbook is written
beside its target and put in place only when complete (``services.files.output_files``).
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
    open_for_reading,
    year_argument,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import (
    DetailCode,
    ErrorCode,
    GiamsatError,
    ValidationError,
    detail,
)
from giamsat_desktop.messages import say

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands


def add_commands(commands: Subcommands) -> None:
    """Add the commands that fill a register from a workbook and write one to a workbook."""
    importer = add_command(
        commands,
        "import-excel",
        _import_excel,
        help="nhập sổ văn bản đến từ tệp Excel",
        writes=True,
    )
    importer.add_argument("file", metavar="TỆP_EXCEL", type=Path, help="tệp .xlsx cần nhập")
    importer.add_argument("--sheet", metavar="TRANG", help="tên trang tính (mặc định: trang đầu)")
    importer.add_argument("--book", metavar="SỔ", help="tên sổ nhập về (sổ của đơn vị cũ)")
    importer.add_argument("--skip-bad-rows", action="store_true", help="bỏ qua dòng lỗi")
    export = add_command(
        commands, "export-register", _export_register, help="xuất sổ văn bản ra Excel"
    )
    export.add_argument(
        "--year", metavar="NĂM", type=year_argument, required=True, help="năm của sổ"
    )
    export.add_argument("--outgoing", action="store_true", help="sổ văn bản đi")
    export.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .xlsx ghi ra")


def _import_excel(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.excel.headers import detect_layout
    from giamsat_desktop.services.excel.reading import parse_rows
    from giamsat_desktop.services.excel.workbooks import list_sheets
    from giamsat_desktop.services.registers.excel_import import import_incoming

    sheets = list_sheets(args.file)
    sheet = args.sheet or (sheets[0].name if sheets else "")
    if sheet not in {s.name for s in sheets}:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="sheet",
            reason=detail(DetailCode.EXCEL_NO_SHEET, sheet=sheet),
        )
    parsed = parse_rows(args.file, sheet, detect_layout(args.file, sheet))
    for problem in parsed.problems:
        print(f"  dòng {problem.row_number}: {say(problem)}", file=sys.stderr)
    database = open_for_reading(args.db)
    try:
        from giamsat_desktop.services.safety.backup import quick_snapshot

        quick_snapshot(database, "truoc-nhap")
        result, problems, _changes = import_incoming(
            database.session_factory,
            SYSTEM,
            parsed.rows,
            parsed.problems,
            book_name=args.book,
            skip_bad_rows=args.skip_bad_rows,
            source=args.file.name,
        )
    except GiamsatError as exc:
        for problem in exc.values.pop("problems", [])[len(parsed.problems) :]:
            print(f"  dòng {problem.row_number}: {say(problem)}", file=sys.stderr)
        raise
    finally:
        database.close()
    print(
        f"Đã nhập {result.imported} văn bản vào {', '.join(result.books)}"
        + (f"; bỏ qua {result.skipped} dòng lỗi." if result.skipped else ".")
    )
    return EXIT_OK


def _export_register(args: argparse.Namespace) -> int:
    from giamsat_desktop.domain.registers import IncomingFilter, OutgoingFilter
    from giamsat_desktop.services.files.output_files import check_target
    from giamsat_desktop.services.registers import reports as register_reports

    check_target(args.output)
    database = open_for_reading(args.db)
    try:
        factory = database.session_factory
        if args.outgoing:
            count = register_reports.export_outgoing_xlsx(
                factory,
                SYSTEM,
                args.output,
                OutgoingFilter(year=args.year),
                title="SỔ ĐĂNG KÝ VĂN BẢN ĐI",
                subtitle=f"Năm {args.year}",
            )
        else:
            count = register_reports.export_incoming_xlsx(
                factory,
                SYSTEM,
                args.output,
                IncomingFilter(year=args.year),
                title="SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                subtitle=f"Năm {args.year}",
            )
    finally:
        database.close()
    print(f"Đã ghi {count} dòng vào {args.output}")
    return EXIT_OK
