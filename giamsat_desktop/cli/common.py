"""What every group of headless commands shares.

The exit codes, the parser that speaks Vietnamese, the types of the arguments several
commands take, opening the database (read-only when its file cannot be written), and
running a writing command holding the database's lock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from giamsat_desktop.cli.texts import vietnamese_argparse
from giamsat_desktop.config import Settings, display_location, resolve_database_url, sqlite_path
from giamsat_desktop.domain.date_line import (
    DateProblem,
    DateProblemKind,
    date_problem,
    parse_vietnamese_date,
)
from giamsat_desktop.domain.errors import ErrorCode, NotFoundError, StorageError
from giamsat_desktop.messages import DATE_PROBLEMS

if TYPE_CHECKING:
    from giamsat_desktop.services.safety.database import Database

    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]
    """What ``add_subparsers`` returns: each group adds its commands to it."""

EXIT_OK = 0
EXIT_UNHEALTHY = 1
EXIT_FAILED = 2

Run = Callable[[argparse.Namespace], int]
"""A command: it reads its arguments and returns the exit code."""


class CommandParser(argparse.ArgumentParser):
    """argparse speaking Vietnamese, that reports a wrong argument in one line.

    argparse's words are swapped for Vietnamese (``texts``) only while one of these
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


def add_command(
    commands: Subcommands,
    name: str,
    run: Run,
    *,
    help: str,
    writes: bool | Callable[[argparse.Namespace], bool] = False,
    replaces: bool = False,
) -> argparse.ArgumentParser:
    """Add the command ``name`` that ``run`` carries out; returns its parser for its options.

    Args:
        commands: the subcommands of the ``giamsat`` parser.
        name: the command word.
        run: what the command does.
        help: its line in the help.
        writes: whether it changes the database (then it is refused while the window has the
            database open), or how to tell from its arguments.
        replaces: it puts a new file in the database's place rather than write into it.
    """
    parser = commands.add_parser(name, help=help)
    parser.set_defaults(run=run, writes=writes, replaces=replaces)
    return parser


def writes(args: argparse.Namespace) -> bool:
    """Whether this run changes the database."""
    said = args.writes
    return bool(said(args)) if callable(said) else bool(said)


OUTPUT = ("-o", "--output")
"""The option naming the file a command writes."""


def year_argument(text: str) -> int:
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


def date_argument(text: str) -> dt.date:
    """A day typed as a clerk writes it (dd/mm/yyyy), or why it is none."""
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


INPUT_FILES = ("file", "archive")
"""Arguments naming a file to read: checked before anything is locked or created."""


def check_inputs(args: argparse.Namespace) -> None:
    """Refuse a file to read that is not there, before anything is locked or created."""
    for name in INPUT_FILES:
        value = getattr(args, name, None)
        if isinstance(value, Path) and not value.is_file():
            raise NotFoundError(ErrorCode.FILE_NOT_FOUND, path=str(value))


def database_url(db_option: str | None) -> str:
    """The database ``--db`` names, else the one of the settings."""
    return resolve_database_url(db_option, Settings.load())


def open_for_reading(db_option: str | None) -> Database:
    """The database for a reading command: opened read-only if its file cannot be written."""
    from giamsat_desktop.services.safety.database import open_database

    url = database_url(db_option)
    path = sqlite_path(url)
    refusal = read_only(url, path) if path is not None and path.exists() else None
    if refusal is not None and path is not None:
        return _open_read_only(url, path, refusal)
    return open_database(url, create=False)


def read_only(url: str, path: Path) -> StorageError | None:
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


def data_folder(database: Database) -> Path:
    """The folder beside the database that holds its attached files and backups."""
    from giamsat_desktop.config import data_dir

    return database.sqlite_file.parent if database.sqlite_file else data_dir()


def run_locked(args: argparse.Namespace) -> int:
    """Run a writing command holding the database's lock, which names the command."""
    from giamsat_desktop.services.safety.instance_lock import InstanceLock

    url = database_url(args.db)
    path = sqlite_path(url)
    if path is None:
        return _write(args)
    if not args.replaces and path.exists():
        refusal = read_only(url, path)
        if refusal is not None:
            raise refusal
    with InstanceLock(path, holder=args.command):
        return _write(args)


def _write(args: argparse.Namespace) -> int:
    """Run a writing command; once it succeeded, the settings keep the chain's new head.

    A restore keeps the restored chain's head itself (``restore_backup``).
    """
    code: int = args.run(args)
    if code == EXIT_OK and not args.replaces:
        _remember_audit_head(args.db)
    return code


def _remember_audit_head(db_option: str | None) -> None:
    """After a command that wrote, keep the chain's head in the settings file too."""
    from giamsat_desktop.services.changelog.audit_log import remember_head

    database = open_for_reading(db_option)
    try:
        remember_head(database.session_factory, database.location)
    finally:
        database.close()
