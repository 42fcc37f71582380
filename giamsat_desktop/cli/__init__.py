"""Headless commands: ``giamsat --db PATH_OR_URL <command>``.

For support staff, scripted use and end-to-end tests. Every failure is one line on
stderr and a non-zero exit code, never a traceback: what a user can cause (a wrong
argument, a folder or a device as the output, a read-only database, a full disk, a
database another program holds) is said in a sentence.

Reading commands (``check``, ``report``, ``export-register``, ``backup``) also work on a
database file that is read-only; every output file is written beside its target and put
in place only when complete (``services.files.output_files``).

Each group of commands lives in its feature's module and adds them in its
``add_commands``: ``safety`` (init, check, backup, restore), ``office`` (office,
demo-data), ``registers`` (import-excel, export-register), ``pdf_intake`` (read-pdf,
import-pdf), ``tasks`` (export-tasks),
``statistics`` (export-excel, consolidate) and ``reports`` (report). A new feature adds
its module to ``GROUPS``.
"""

from __future__ import annotations

import argparse
import codecs
import io
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from giamsat_desktop import __version__
from giamsat_desktop.cli import (
    office,
    pdf_intake,
    registers,
    reports,
    safety,
    statistics,
    tasks,
)
from giamsat_desktop.cli.common import (
    EXIT_FAILED,
    CommandParser,
    check_inputs,
    run_locked,
    writes,
)
from giamsat_desktop.cli.failures import known_failure, one_line, quiet_finalizer
from giamsat_desktop.domain.errors import GiamsatError
from giamsat_desktop.messages import describe
from giamsat_desktop.services.safety.running_mark import hold_running_mark

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands

GROUPS = (safety, office, registers, pdf_intake, tasks, statistics, reports)
"""The modules whose ``add_commands`` make the commands, in the order the help lists them."""


def _parser() -> tuple[argparse.ArgumentParser, Subcommands]:
    """The ``giamsat`` parser, and its commands."""
    parser = CommandParser(
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
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=CommandParser)
    for group in GROUPS:
        group.add_commands(commands)
    return parser, commands


def command_names() -> list[str]:
    """The command words, as the help lists them."""
    return list(_parser()[1].choices)


def utf8_output() -> None:
    """Write Vietnamese whatever the system's code page: UTF-8 into a pipe or a file.

    On Windows, output redirected to a file or to another program is encoded in the ANSI code
    page (cp1252 and the like), which has no Vietnamese letters: every message would fail. A
    console keeps its own way of writing.
    """
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper) or stream.isatty():
            continue
        if codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns (and as a script exits with) its exit code."""
    utf8_output()
    parser, commands = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        parser.error(f"không hiểu tham số {' '.join(unknown)}")
    if args.command is None:
        parser.error(f"thiếu LỆNH (một trong: {', '.join(commands.choices)})")
    hold_running_mark()
    previous_hook = sys.unraisablehook
    sys.unraisablehook = quiet_finalizer
    try:
        check_inputs(args)
        if writes(args):
            return run_locked(args)
        code: int = args.run(args)
        return code
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
