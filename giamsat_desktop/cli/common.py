"""Headless commands: ``giamsat --db PATH_OR_URL <command>``.

For support staff, scripted use and end-to-end tests. Every failure is one line on
stderr and a non-zero exit code, never a traceback: what a user can cause (a wrong
argument, a folder or a device as the output, a read-only database, a full disk, a
database another program holds) is said in a sentence.

Reading commands (``check``, ``report``, ``export-register``, ``backup``) also work on a
database file that is read-only; every output file is written beside its target and put
in place only when complete (``services.output_files``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from giamsat_desktop import __version__
from giamsat_desktop.cli_texts import vietnamese_argparse
from giamsat_desktop.config import Settings, display_location, resolve_database_url, sqlite_path
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.date_line import (
    DateProblem,
    DateProblemKind,
    date_problem,
    parse_vietnamese_date,
)
from giamsat_desktop.domain.errors import (
    ErrorCode,
    GiamsatError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.messages import DATE_PROBLEMS, describe, field_name, say
from giamsat_desktop.services.common import clock

if TYPE_CHECKING:
    from giamsat_desktop.services.safety.database import Database

EXIT_OK = 0
EXIT_UNHEALTHY = 1
EXIT_FAILED = 2

LEVEL_WORDS = ("xa", "phuong", "dac-khu", "tinh", "thanh-pho", "huyen")
"""The office's levels as typed after ``--level`` (the values of ``OfficeLevel`` work too)."""
DEFAULT_SUFFIX = "MTTQ-BTT"
"""A new office's symbol suffix when none is given, as the first-run wizard proposes."""


class _Parser(argparse.ArgumentParser):
    """argparse speaking Vietnamese, that reports a wrong argument in one line.

    argparse's words are swapped for Vietnamese (``cli_texts``) only while one of these
    parsers builds itself, writes its help or reads the command line, so that any other
    parser in the same process keeps its own language.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with vietnamese_argparse():
            super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Read the command line as argparse does, saying what is wrong in Vietnamese."""
        with vietnamese_argparse():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        """The usage line, in Vietnamese."""
        with vietnamese_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        """The help, in Vietnamese."""
        with vietnamese_argparse():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        """Stop with one line naming the wrong argument (exit code 2, as argparse's)."""
        self.exit(EXIT_FAILED, f"giamsat: tham số không đúng: {message}\n")


OUTPUT = ("-o", "--output")
"""The option naming the file a command writes."""


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="giamsat",
        description="Các lệnh không cần cửa sổ của chương trình Giám sát MTTQ.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"giamsat {__version__}",
        help="hiện số phiên bản của chương trình rồi thoát",
    )
    parser.add_argument("--db", metavar="TỆP_HOẶC_URL", help="tệp SQLite hoặc URL cơ sở dữ liệu")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)
    commands.add_parser("init", help="tạo cơ sở dữ liệu (hoặc nâng cấp lên phiên bản hiện tại)")
    commands.add_parser("check", help="kiểm tra tính toàn vẹn và phiên bản lược đồ")
    demo = commands.add_parser("demo-data", help="tạo dữ liệu mẫu của một đơn vị")
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: một đơn vị nhỏ (mặc định); large: mười năm, 100.000 văn bản đến",
    )
    demo.add_argument(
        "--seed", metavar="SỐ", type=int, default=2025, help="số khởi đầu của dữ liệu ngẫu nhiên"
    )
    importer = commands.add_parser("import-excel", help="nhập sổ văn bản đến từ tệp Excel")
    importer.add_argument("file", metavar="TỆP_EXCEL", type=Path, help="tệp .xlsx cần nhập")
    importer.add_argument("--sheet", metavar="TRANG", help="tên trang tính (mặc định: trang đầu)")
    importer.add_argument("--book", metavar="SỔ", help="tên sổ nhập về (sổ của đơn vị cũ)")
    importer.add_argument("--skip-bad-rows", action="store_true", help="bỏ qua dòng lỗi")
    export = commands.add_parser("export-register", help="xuất sổ văn bản ra Excel")
    export.add_argument("--year", metavar="NĂM", type=_year, required=True, help="năm của sổ")
    export.add_argument("--outgoing", action="store_true", help="sổ văn bản đi")
    export.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .xlsx ghi ra")
    backup = commands.add_parser("backup", help="sao lưu toàn bộ dữ liệu vào một tệp zip")
    backup.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .zip ghi ra")
    restore = commands.add_parser("restore", help="khôi phục dữ liệu từ tệp sao lưu")
    restore.add_argument("archive", metavar="TỆP_SAO_LƯU", type=Path, help="tệp .zip sao lưu")
    report = commands.add_parser("report", help="in biểu mẫu ra tệp PDF")
    report.add_argument(
        "form",
        metavar="BIỂU_MẪU",
        choices=("register-in", "register-out", "handling-slip"),
        help="register-in: sổ văn bản đến; register-out: sổ văn bản đi; "
        "handling-slip: phiếu giải quyết văn bản đến",
    )
    report.add_argument(
        "--from", dest="date_from", metavar="NGÀY", type=_date, help="từ ngày (dd/mm/yyyy)"
    )
    report.add_argument(
        "--to", dest="date_to", metavar="NGÀY", type=_date, help="đến ngày (dd/mm/yyyy)"
    )
    report.add_argument(
        "--id", metavar="MÃ_SỐ", type=int, help="mã số văn bản đến (phiếu giải quyết)"
    )
    report.add_argument(*OUTPUT, metavar="TỆP", type=Path, required=True, help="tệp .pdf ghi ra")
    office = commands.add_parser(
        "office", help="xem hoặc khai báo thông tin đơn vị (không có tùy chọn: chỉ xem)"
    )
    for option, (field, metavar, example) in OFFICE_OPTIONS.items():
        label = OFFICE_LABELS.get(field) or field_name(field)
        help_text = f"{label[:1].upper()}{label[1:]}, {example}"
        office.add_argument(option, dest=field, metavar=metavar, help=help_text)
    return parser


OFFICE_LABELS = {"name": "Tên đơn vị", "level": "Cấp"}
"""The office's fields whose names say more here than the shared field names."""

OFFICE_OPTIONS = {
    "--name": ("name", "TÊN", "ví dụ “Ủy ban MTTQ Việt Nam xã Tân Hưng”"),
    "--level": ("level", "CẤP", "một trong: " + ", ".join(LEVEL_WORDS)),
    "--place": ("place_name", "ĐỊA_PHƯƠNG", "ví dụ “Tân Hưng”"),
    "--date-place": ("date_line_place", "ĐỊA_DANH", "để trống: dùng tên địa phương"),
    "--higher": ("higher_body", "CƠ_QUAN", "ví dụ “Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp”"),
    "--suffix": ("symbol_suffix", "KÝ_HIỆU", f"mặc định {DEFAULT_SUFFIX}"),
    "--chair": ("chair_name", "HỌ_TÊN", "ví dụ “Nguyễn Văn A”"),
}
"""The ``office`` command's options: the field each sets, and an example of its value."""


def _year(text: str) -> int:
    """A register's year, as a date can hold it (1 to 9999)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” không phải là một năm") from None
    if not dt.MINYEAR <= value <= dt.MAXYEAR:
        raise argparse.ArgumentTypeError(
            f"không có năm {text} (năm từ {dt.MINYEAR} đến {dt.MAXYEAR})"
        )
    return value


MAX_RECORD_ID = 2**63 - 1
"""The largest key a SQLite row can have: a larger one names no record."""
SERVER_MAX_RECORD_ID = 2**31 - 1
"""The largest key of a shared PostgreSQL database (its ``integer``)."""


def _date(text: str) -> dt.date:
    value = parse_vietnamese_date(text)
    if value is None:
        problem = date_problem(text) or DateProblem(DateProblemKind.NOT_A_DATE)
        wrong_form = problem.kind is DateProblemKind.NOT_A_DATE
        raise argparse.ArgumentTypeError(
            DATE_PROBLEMS[problem.kind.value].format(
                field="Ngày" if wrong_form else f"Ngày “{text}”",
                typed=text,
                day=problem.day,
                month=problem.month,
                year=problem.year,
                days=problem.days_in_month,
            )
        )
    return value


def _database_url(db_option: str | None) -> str:
    return resolve_database_url(db_option, Settings.load())


def _init(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.safety.database import open_database

    database = open_database(_database_url(args.db))
    try:
        print(f"Cơ sở dữ liệu sẵn sàng: {database.location}")
        if database.pre_migration_backup:
            print(f"Đã sao lưu trước khi nâng cấp: {database.pre_migration_backup}")
    finally:
        database.close()
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.safety.database import check_database

    def progress(fraction: float, message: str) -> None:
        """Reading every attached file takes a while on a large office: show how far it is."""
        end = "\n" if fraction >= 1 else ""
        print(f"\rĐang kiểm tra tệp đính kèm: {message} ({fraction:.0%})", end=end, file=sys.stderr)

    try:
        report = check_database(
            _database_url(args.db), progress=progress if sys.stderr.isatty() else None
        )
    except StorageError as exc:
        if exc.code is not ErrorCode.DATABASE_DAMAGED:
            raise
        print(f"KHÔNG ỔN: {describe(exc.code.value, exc.values)}")
        return EXIT_UNHEALTHY
    print(f"Cơ sở dữ liệu: {report.location}")
    print(
        f"Lược đồ: {report.current_revision or 'chưa có'} (chương trình cần {report.head_revision})"
    )
    if not report.schema_known:
        print("KHÔNG ỔN: lược đồ do phiên bản mới hơn của chương trình tạo ra.")
        return EXIT_UNHEALTHY
    if not report.integrity_ok:
        print("KHÔNG ỔN: kiểm tra toàn vẹn phát hiện lỗi:")
        for problem in report.problems[:20]:
            print(f"  - {problem}")
        return EXIT_UNHEALTHY
    if report.current_revision != report.head_revision:
        print("KHÔNG ỔN: lược đồ chưa được nâng cấp; hãy chạy lệnh init hoặc mở chương trình.")
        return EXIT_UNHEALTHY
    if not _audit_chain_sound(args.db, report.location):
        return EXIT_UNHEALTHY
    if not _attachments_whole(args.db):
        return EXIT_UNHEALTHY
    print(
        "Tốt: dữ liệu toàn vẹn, lược đồ đúng phiên bản, nhật ký thay đổi liền mạch, "
        "đủ tệp đính kèm."
    )
    return EXIT_OK


def _audit_chain_sound(db_option: str | None, location: str) -> bool:
    """Check the audit log's hash chain against its head in the database and the settings."""
    from giamsat_desktop.services.changelog.audit_log import check_chain, known_head

    database = _open(db_option)
    try:
        chain = check_chain(database.session_factory, known_head(location))
    finally:
        database.close()
    print(f"Nhật ký thay đổi: {chain.count} mục")
    if chain.first_broken_id is not None:
        print(f"KHÔNG ỔN: mục nhật ký {chain.first_broken_id} đã bị sửa ngoài chương trình.")
        return False
    if chain.head_problem == "cut":
        print("KHÔNG ỔN: nhật ký thiếu các mục cuối so với lần ghi gần nhất của chương trình.")
        return False
    if chain.head_problem == "changed":
        print("KHÔNG ỔN: nhật ký khác với lần ghi gần nhất của chương trình.")
        return False
    return True


def _remember_audit_head(db_option: str | None) -> None:
    """After a command that wrote, keep the chain's head in the settings file too."""
    from giamsat_desktop.services.changelog.audit_log import remember_head

    database = _open(db_option)
    try:
        remember_head(database.session_factory, database.location)
    finally:
        database.close()


KINDS = {"incoming": "văn bản đến", "outgoing": "văn bản đi"}


def _attachments_whole(db_option: str | None) -> bool:
    """Every attached file can be opened: here, or from the shared database."""
    from giamsat_desktop.services.files.attachments import missing_files

    database = _open(db_option)
    try:
        missing = missing_files(database.session_factory, _data_folder(database))
    finally:
        database.close()
    if not missing:
        return True
    print(f"KHÔNG ỔN: {len(missing)} tệp đính kèm bị thiếu hoặc hỏng (khôi phục từ bản sao lưu):")
    for file in missing[:20]:
        print(f"  - {file.file_name} ({KINDS.get(file.kind, file.kind)} mã số {file.document_id})")
    return False


def _demo_data(args: argparse.Namespace) -> int:
    from giamsat_desktop.formatting import format_number
    from giamsat_desktop.services.demo_data import create_demo_data
    from giamsat_desktop.services.safety.database import open_database

    database = open_database(_database_url(args.db))
    try:
        counts = create_demo_data(database.session_factory, args.size, seed=args.seed)
    finally:
        database.close()
    print(
        f"Đã tạo dữ liệu mẫu: {format_number(counts['incoming'])} văn bản đến, "
        f"{format_number(counts['outgoing'])} văn bản đi, {counts['organizations']} tổ chức, "
        f"{counts['people']} người."
    )
    return EXIT_OK


def _open(db_option: str | None) -> Database:
    """The database for a reading command: opened read-only if its file cannot be written."""
    from giamsat_desktop.services.safety.database import open_database

    url = _database_url(db_option)
    path = sqlite_path(url)
    refusal = _read_only(url, path) if path is not None and path.exists() else None
    if refusal is not None and path is not None:
        return _open_read_only(url, path, refusal)
    return open_database(url, create=False)


def _read_only(url: str, path: Path) -> StorageError | None:
    """Why the SQLite file at ``path`` cannot be written (None when it can)."""
    if not os.access(path, os.W_OK):
        return StorageError(ErrorCode.DATABASE_FILE_READ_ONLY, location=display_location(url))
    if not os.access(path.parent, os.W_OK):
        return StorageError(ErrorCode.DATABASE_FOLDER_READ_ONLY, folder=str(path.parent))
    return None


def _open_read_only(url: str, path: Path, refusal: StorageError) -> Database:
    """Open a read-only file without writing a byte: no pragma, no upgrade, no -wal of ours.

    Raises:
        StorageError: ``refusal`` when the file cannot even be read that way (it needs an
            upgrade, or its write-ahead log cannot be shared), or why it is refused.
    """
    from sqlalchemy import create_engine

    from giamsat_desktop.db.engine import make_session_factory
    from giamsat_desktop.services.safety.database import Database, engine_for, read_status

    location = display_location(url)
    if os.access(path.parent, os.W_OK):
        # Read-only, but still taking SQLite's locks: another PC may be writing the file.
        engine = create_engine(
            f"sqlite:///file:{path}?mode=ro&uri=true", connect_args={"check_same_thread": False}
        )
    else:  # no lock can be taken in a read-only folder: read the file as it is
        engine = engine_for(url, location, read_only=True)
    try:
        try:
            status = read_status(engine, location)
        except StorageError as exc:
            if exc.code is ErrorCode.DATABASE_UNREACHABLE:
                raise refusal from exc
            raise
        if not status.known:
            raise StorageError(ErrorCode.DATABASE_NEWER, location=location, revision=status.current)
        if status.current is None and status.has_tables:
            raise StorageError(ErrorCode.DATABASE_FOREIGN, location=location)
        if status.needs_upgrade:
            raise refusal
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, make_session_factory(engine), path)


def _import_excel(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.excel.headers import detect_layout
    from giamsat_desktop.services.excel.reading import parse_rows
    from giamsat_desktop.services.excel.workbooks import list_sheets
    from giamsat_desktop.services.registers.excel_import import import_incoming

    sheets = list_sheets(args.file)
    sheet = args.sheet or (sheets[0].name if sheets else "")
    if sheet not in {s.name for s in sheets}:
        raise ValidationError(
            ErrorCode.FIELD_INVALID, field="sheet", reason=f"không có trang “{sheet}” trong tệp"
        )
    parsed = parse_rows(args.file, sheet, detect_layout(args.file, sheet))
    for problem in parsed.problems:
        print(f"  dòng {problem.row_number}: {say(problem)}", file=sys.stderr)
    database = _open(args.db)
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
    database = _open(args.db)
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


def _report(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target, write_output
    from giamsat_desktop.services.registers import reports as register_reports

    if args.form == "handling-slip":
        if args.id is None:
            raise ValidationError(ErrorCode.FIELD_REQUIRED, field="id")
        local = sqlite_path(_database_url(args.db)) is not None
        if not 1 <= args.id <= (MAX_RECORD_ID if local else SERVER_MAX_RECORD_ID):
            raise NotFoundError(ErrorCode.NOT_FOUND, what="incoming", id=args.id)
    check_target(args.output)
    database = _open(args.db)
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


OFFICE_FIELDS = ("name", "level", "place_name", "date_line_place", "higher_body")
OFFICE_FIELDS += ("symbol_suffix", "chair_name")
NEW_OFFICE_NEEDS = {"name": "--name", "level": "--level", "place_name": "--place"}
"""What a database without an office needs before it can have one."""


def _office_changes(args: argparse.Namespace) -> dict[str, str]:
    """The office's fields the command line gives, by field."""
    return {field: getattr(args, field) for field in OFFICE_FIELDS if getattr(args, field, None)}


def _office_level(text: str) -> OfficeLevel:
    """The level a clerk typed: ``xa``, ``thanh-pho``, ``Thành phố`` or the stored value.

    Raises:
        ValidationError: naming the level when the word is none of them.
    """
    folded = unicodedata.normalize("NFD", text.strip().lower().replace("đ", "d"))
    word = "".join(ch for ch in folded if not unicodedata.combining(ch))
    word = re.sub(r"[\s\-]+", "_", word)
    try:
        return OfficeLevel(word)
    except ValueError:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="level",
            reason=f"“{text}” (chọn một trong: {', '.join(LEVEL_WORDS)})",
        ) from None


def _office(args: argparse.Namespace) -> int:
    """Show the office, or set the fields given (creating it with the usual organisations)."""
    from dataclasses import replace

    from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
    from giamsat_desktop.services.catalog import office as office_service

    changes: dict[str, object] = dict(_office_changes(args))
    if "level" in changes:
        changes["level"] = _office_level(str(changes["level"]))
    if not changes:
        database = _open(args.db)
        try:
            office = office_service.get_office(database.session_factory)
        finally:
            database.close()
        if office is None:
            print(
                "Cơ sở dữ liệu chưa có thông tin đơn vị. Khai báo bằng lệnh: "
                "giamsat office --name TÊN --level CẤP --place ĐỊA_PHƯƠNG"
            )
            return EXIT_UNHEALTHY
        _print_office(office)
        return EXIT_OK
    from giamsat_desktop.services.safety.database import open_database

    database = open_database(_database_url(args.db), create=False)
    try:
        factory = database.session_factory
        office = office_service.get_office(factory)
        if office is None:
            missing = [
                f"{option} ({field_name(field).lower()})"
                for field, option in NEW_OFFICE_NEEDS.items()
                if field not in changes
            ]
            if missing:
                print(
                    "giamsat: cơ sở dữ liệu chưa có thông tin đơn vị; để khai báo còn thiếu "
                    f"{', '.join(missing)}.",
                    file=sys.stderr,
                )
                return EXIT_FAILED
            fresh = OfficeInfo(
                name="",
                level=changes["level"],  # type: ignore[arg-type]
                place_name="",
                date_line_place="",
                higher_body="",
                symbol_suffix=DEFAULT_SUFFIX,
                chair_name="",
            )
            office, _changes = office_service.set_up_office(
                factory, SYSTEM, replace(fresh, **changes), USUAL_ORGANIZATIONS
            )
            said = "Đã khai báo thông tin đơn vị"
        else:
            office, _changes = office_service.update_office(
                factory, SYSTEM, replace(office, **changes)
            )
            said = "Đã sửa thông tin đơn vị"
    finally:
        database.close()
    print(f"{said}:")
    _print_office(office)
    return EXIT_OK


def _print_office(office: OfficeInfo) -> None:
    """The office, one field a line, as the clerk declared it."""
    shown = {
        "name": office.name,
        "level": office.level.label,
        "place_name": office.place_name,
        "date_line_place": office.date_line_place,
        "higher_body": office.higher_body,
        "symbol_suffix": office.symbol_suffix,
        "chair_name": office.chair_name,
    }
    for field, value in shown.items():
        print(f"{OFFICE_LABELS.get(field) or field_name(field)}: {value or '(chưa nhập)'}")


def _data_folder(database: Database) -> Path:
    from giamsat_desktop.config import data_dir

    return database.sqlite_file.parent if database.sqlite_file else data_dir()


def _backup(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.files.output_files import check_target, write_failure
    from giamsat_desktop.services.safety.attachment_check import describe as describe_damaged
    from giamsat_desktop.services.safety.backup import make_backup

    check_target(args.output)  # never a folder, a device, or a folder made up by a typo
    database = _open(args.db)
    try:
        info = make_backup(database, _data_folder(database), args.output)
    except StorageError as exc:
        cause = exc.__cause__
        if exc.code is ErrorCode.BACKUP_FAILED and isinstance(cause, OSError):
            failure = write_failure(cause, Path(os.fsdecode(cause.filename or args.output)))
            if failure.code in (ErrorCode.DISK_FULL, ErrorCode.OUTPUT_TOO_LARGE):
                raise failure from exc
        raise
    finally:
        database.close()
    for damaged in info.damaged:
        print(
            f"giamsat: cảnh báo: {describe_damaged(damaged)}; "
            "bản sao lưu không có bản tốt của tệp này.",
            file=sys.stderr,
        )
    counts = info.manifest.tables
    print(
        f"Đã sao lưu vào {info.path}: {counts.get('incoming_documents', 0)} văn bản đến, "
        f"{counts.get('outgoing_documents', 0)} văn bản đi, {counts.get('attachments', 0)} tệp."
    )
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from giamsat_desktop.config import data_dir, sqlite_path
    from giamsat_desktop.services.safety.attachment_check import describe as describe_damaged
    from giamsat_desktop.services.safety.restore import restore_backup

    url = _database_url(args.db)
    path = sqlite_path(url)
    folder = path.parent if path is not None else data_dir()
    outcome = restore_backup(url, args.archive, folder, folder / "backups")
    manifest, before = outcome.manifest, outcome.before
    for damaged in outcome.damaged:
        print(f"giamsat: cảnh báo: {describe_damaged(damaged)}", file=sys.stderr)
    print(
        f"Đã khôi phục dữ liệu của “{manifest.office}” sao lưu lúc {manifest.created_at}."
        + (f" Dữ liệu trước đó được sao lưu ở {before}." if before else "")
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": _backup,
    "restore": _restore,
    "init": _init,
    "check": _check,
    "demo-data": _demo_data,
    "import-excel": _import_excel,
    "export-register": _export_register,
    "report": _report,
    "office": _office,
}


WRITING_COMMANDS = {"init", "demo-data", "import-excel", "restore", "office"}
"""Commands that change the database: refused while the window has it open."""


def _writes(args: argparse.Namespace) -> bool:
    """Whether this run changes the database (``office`` without options only shows it)."""
    if args.command == "office":
        return bool(_office_changes(args))
    return args.command in WRITING_COMMANDS


REPLACING_COMMANDS = {"restore"}
"""Writing commands that put a new file in the database's place rather than write into it."""


INPUT_FILES = ("file", "archive")
"""Arguments naming a file to read: checked before anything is locked or created."""


def _check_inputs(args: argparse.Namespace) -> None:
    for name in INPUT_FILES:
        value = getattr(args, name, None)
        if isinstance(value, Path) and not value.is_file():
            raise NotFoundError(ErrorCode.FILE_NOT_FOUND, path=str(value))


def _locked(args: argparse.Namespace) -> int:
    """Run a writing command holding the database's lock, which names the command."""
    from giamsat_desktop.services.safety.instance_lock import InstanceLock

    url = _database_url(args.db)
    path = sqlite_path(url)
    if path is None:
        return _write(args)
    if args.command not in REPLACING_COMMANDS and path.exists():
        refusal = _read_only(url, path)
        if refusal is not None:
            raise refusal
    with InstanceLock(path, holder=args.command):
        return _write(args)


def _write(args: argparse.Namespace) -> int:
    """Run a writing command; once it succeeded, the settings keep the chain's new head.

    A restore keeps the restored chain's head itself (``restore_backup``).
    """
    code = COMMANDS[args.command](args)
    if code == EXIT_OK and args.command not in REPLACING_COMMANDS:
        _remember_audit_head(args.db)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns (and as a script exits with) its exit code."""
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        parser.error(f"không hiểu tham số {' '.join(unknown)}")
    if args.command is None:
        parser.error(f"thiếu LỆNH (một trong: {', '.join(COMMANDS)})")
    previous_hook = sys.unraisablehook
    sys.unraisablehook = _quiet_finalizer
    try:
        _check_inputs(args)
        if _writes(args):
            return _locked(args)
        return COMMANDS[args.command](args)
    except GiamsatError as exc:
        message = describe(exc.code.value, exc.values)
    except KeyboardInterrupt:
        message = "đã dừng theo yêu cầu."
    except Exception as exc:  # noqa: BLE001 - the promise is: one line, never a traceback
        known = known_failure(exc, args.db)
        if known is not None:
            message = describe(known.code.value, known.values)
        else:
            message = f"lỗi không mong đợi ({type(exc).__name__}): {exc}"
    finally:
        sys.unraisablehook = previous_hook
    print(f"giamsat: {one_line(message)}", file=sys.stderr)
    return EXIT_FAILED


def _quiet_finalizer(_unraisable: object) -> None:
    """Say nothing of an error in a finalizer: the failure is reported once, in its sentence.

    A half-written file that a library closes while its failure is being reported (a zip
    archive after a full disk) fails again on closing; Python would print that as a
    traceback after the one line the commands promise.
    """


_SQLITE_FULL = "database or disk is full"
_SQLITE_READ_ONLY = "attempt to write a readonly database"
_SQLITE_CANNOT_OPEN = "unable to open database file"
_POSTGRES_DISK_FULL = "53100"
"""SQLSTATE ``disk_full``."""


def known_failure(exc: BaseException, db_option: str | None) -> GiamsatError | None:
    """The typed error for a failure of the disk or the database that a user can cause.

    A full disk, a read-only database or folder, a file the system refuses: each is said
    in a sentence instead of the library's English (and its link to sqlalche.me).
    """
    cause = getattr(exc, "orig", None) or exc
    detail = str(cause)
    try:
        url = _database_url(db_option)
    except Exception:  # noqa: BLE001 - naming the database is a courtesy here
        url = db_option or ""
    location = display_location(url) if url else "?"
    if isinstance(cause, OSError):
        return _os_failure(cause, location)
    if _SQLITE_FULL in detail or getattr(cause, "sqlstate", None) == _POSTGRES_DISK_FULL:
        return StorageError(ErrorCode.DISK_FULL, path=location)
    if isinstance(cause, sqlite3.Error):
        path = sqlite_path(url) if url else None
        if path is not None and (_SQLITE_READ_ONLY in detail or _SQLITE_CANNOT_OPEN in detail):
            refusal = _read_only(url, path) if path.exists() else None
            if refusal is not None:
                return refusal
            if _SQLITE_READ_ONLY in detail:
                return StorageError(ErrorCode.DATABASE_FILE_READ_ONLY, location=location)
    return None


def _os_failure(exc: OSError, location: str = "?") -> GiamsatError | None:
    """A sentence for what the system refused, about the file it names (else the database)."""
    if isinstance(exc, InterruptedError):
        return None
    path = Path(os.fsdecode(exc.filename)) if exc.filename is not None else None
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError(ErrorCode.DISK_FULL, path=str(path or location))
    if path is None:
        return None
    reason = _OS_REASONS.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    return StorageError(ErrorCode.FILE_ERROR, path=str(path), detail=reason)


_OS_REASONS = {
    errno.EACCES: "không có quyền",
    errno.EPERM: "hệ thống không cho phép",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.EISDIR: "đó là một thư mục",
    errno.ENOTDIR: "đường dẫn đi qua một thứ không phải thư mục",
    errno.ENOENT: "không có tệp hoặc thư mục đó",
    errno.EIO: "lỗi đọc ghi của ổ đĩa",
    errno.EFBIG: "tệp vượt quá kích thước hệ thống cho phép",
    errno.EBUSY: "tệp đang bị chương trình khác giữ",
    errno.ENAMETOOLONG: "tên quá dài",
}
"""What the system's refusals mean, for the files named in a failure."""


def one_line(message: str) -> str:
    """The reason on one line, without the SQL, values and links a database error may carry."""
    cut = message.split("[SQL:", 1)[0].split("(Background on this error at:", 1)[0]
    return " ".join(cut.split())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
