"""Headless commands: ``giamsat --db PATH_OR_URL <command>``.

For support staff, scripted use and end-to-end tests. Every failure is one line on
stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence

from giamsat_desktop import __version__
from giamsat_desktop.config import Settings, resolve_database_url
from giamsat_desktop.domain.errors import GiamsatError
from giamsat_desktop.messages import describe

EXIT_OK = 0
EXIT_UNHEALTHY = 1
EXIT_FAILED = 2


_ARGPARSE_PHRASES = (
    (re.compile(r"unrecognized arguments: (.*)"), "không hiểu tham số {0}"),
    (re.compile(r"the following arguments are required: (.*)"), "thiếu {0}"),
    (
        re.compile(r"argument (\S+): invalid choice: '?([^'\s]*)'? \(choose from (.*)\)"),
        "{0}: không có lựa chọn “{1}” (chọn một trong: {2})",
    ),
    (
        re.compile(r"argument (\S+): invalid (\w+) value: '?([^']*)'?"),
        "{0}: giá trị “{2}” không hợp lệ",
    ),
    (re.compile(r"argument (\S+): expected one argument"), "{0} cần một giá trị"),
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a wrong argument in one Vietnamese line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, vietnamese in _ARGPARSE_PHRASES:
            found = pattern.search(message)
            if found:
                message = vietnamese.format(*found.groups())
                break
        self.exit(EXIT_FAILED, f"giamsat: tham số không đúng: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="giamsat",
        description="Các lệnh không cần cửa sổ của chương trình Giám sát MTTQ.",
    )
    parser.add_argument("--version", action="version", version=f"giamsat {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="tệp SQLite hoặc URL cơ sở dữ liệu")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)
    commands.add_parser("init", help="tạo cơ sở dữ liệu (hoặc nâng cấp lên phiên bản hiện tại)")
    commands.add_parser("check", help="kiểm tra tính toàn vẹn và phiên bản lược đồ")
    demo = commands.add_parser("demo-data", help="tạo dữ liệu mẫu của một đơn vị")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=2025)
    return parser


def _database_url(db_option: str | None) -> str:
    return resolve_database_url(db_option, Settings.load())


def _init(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.database import open_database

    database = open_database(_database_url(args.db))
    try:
        print(f"Cơ sở dữ liệu sẵn sàng: {database.location}")
        if database.pre_migration_backup:
            print(f"Đã sao lưu trước khi nâng cấp: {database.pre_migration_backup}")
    finally:
        database.close()
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from giamsat_desktop.services.database import check_database

    report = check_database(_database_url(args.db))
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
    print("Tốt: dữ liệu toàn vẹn, lược đồ đúng phiên bản.")
    return EXIT_OK


def _demo_data(args: argparse.Namespace) -> int:
    from giamsat_desktop.formatting import format_number
    from giamsat_desktop.services.database import open_database
    from giamsat_desktop.services.demo_data import create_demo_data

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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _init,
    "check": _check,
    "demo-data": _demo_data,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns (and as a script exits with) its exit code."""
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command is None:
        parser.error(f"the following arguments are required: lệnh ({', '.join(COMMANDS)})")
    try:
        return COMMANDS[args.command](args)
    except GiamsatError as exc:
        message = describe(exc.code.value, exc.values)
    except KeyboardInterrupt:
        message = "đã dừng theo yêu cầu."
    except Exception as exc:  # noqa: BLE001 - the promise is: one line, never a traceback
        message = f"lỗi không mong đợi ({type(exc).__name__}): {exc}"
    print(f"giamsat: {message}", file=sys.stderr)
    return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
