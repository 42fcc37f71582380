"""Checking a backup archive completely, before anything is replaced by what it holds.

Beyond what ``backup_archive.read_manifest`` checks (the zip, member names, sizes and
compressions, every checksum), an archive is held against the schema the program's own
migrations make at the archive's revision (``backup_schema``):

- the manifest lists exactly the tables of that schema, and every row of the dump is read:
  as many as the manifest says, each with the columns of its table and values each column
  can take (a real date, an integer, a boolean, text within the column's length), so a
  restore never fails half-way on a value the database refuses;
- the SQLite copy, when there is one, is taken out into a working folder inside the data
  folder (never the system's temp) and must be sound, hold only the schema objects the
  migrations create, the bookkeeping rows of its revision, as many rows of each table as
  the manifest says with values each column can take, and full-text indexes that match
  the rows. A restore then uses that very file.

Every refusal is a ``StorageError`` naming what is wrong (the table, row and column of a
bad value); nothing is changed by a check.
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from giamsat_desktop.db.migrate import VERSION_TABLE, revisions
from giamsat_desktop.domain.errors import DetailCode, ErrorCode, StorageError, detail
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.safety.backup_archive import (
    DATA_FOLDER,
    SHA256,
    SQLITE_MEMBER,
    Manifest,
    dump_rows,
    invalid,
    open_member,
    read_manifest,
)
from giamsat_desktop.services.safety.backup_schema import (
    RevisionSchema,
    RowProblem,
    TableSchema,
    TooLong,
    ValueProblem,
    describe_object,
    object_names,
    rows_of,
    schema_at,
)
from giamsat_desktop.services.safety.working_folders import RESTORE_PREFIX, WorkingFolder

COPY_NAME = "kiem-tra.sqlite3"
"""The SQLite copy taken out of an archive, in the working folder."""
_SHOWN = 60
"""Characters of a refused value shown in the message."""
_STATS = "sqlite_stat"


@dataclass(frozen=True)
class CheckedArchive:
    """An archive that passed every check."""

    manifest: Manifest
    schema: RevisionSchema
    """The schema at the archive's revision, as the program's migrations make it."""
    sqlite_copy: Path | None
    """The archive's SQLite copy, checked, in the working folder (None if it has none)."""


def check_archive(
    path: Path, working_folder: Path, progress: Progress | None = None
) -> CheckedArchive:
    """Check an archive completely; its SQLite copy is left checked in ``working_folder``.

    Raises:
        StorageError: the archive cannot be trusted (nothing has been changed).
    """
    archive, manifest = read_manifest(path)
    with archive:
        known, _head = revisions()
        if manifest.schema_revision not in known:
            raise invalid(path, DetailCode.BACKUP_NEWER, revision=manifest.schema_revision)
        schema = schema_at(manifest.schema_revision)
        _check_tables_listed(path, manifest, schema)
        steps = len(schema.tables) + 1
        for position, table in enumerate(schema.tables.values()):
            _check_dump(path, archive, manifest, table)
            if progress:
                progress(
                    (position + 1) / steps,
                    detail(DetailCode.STEP_TABLES, done=position + 1, total=steps - 1),
                )
        copy = None
        if SQLITE_MEMBER in manifest.files:
            copy = working_folder / COPY_NAME
            _take_out(path, archive, copy)
            check_sqlite_copy(path, copy, manifest, schema)
            if progress:
                progress(1.0, detail(DetailCode.STEP_DATABASE_FILE))
    return CheckedArchive(manifest, schema, copy)


def verify_archive(path: Path, data_folder: Path) -> Manifest:
    """Check an archive completely, in a working folder of ``data_folder`` removed after."""
    with WorkingFolder(data_folder, RESTORE_PREFIX) as working:
        return check_archive(path, working.path).manifest


# ----- the dump --------------------------------------------------------------------------------


def _check_tables_listed(path: Path, manifest: Manifest, schema: RevisionSchema) -> None:
    """The manifest counts exactly the tables of the schema, each with its dump."""
    for name in manifest.tables:
        if name not in schema.tables:
            raise StorageError(
                ErrorCode.BACKUP_TABLE_UNKNOWN,
                path=str(path),
                table=name,
                revision=schema.revision,
            )
    for name in schema.tables:
        if name not in manifest.tables or f"{DATA_FOLDER}/{name}.jsonl" not in manifest.files:
            raise invalid(path, DetailCode.BACKUP_TABLE_MISSING, table=name)


def _check_dump(
    path: Path, archive: zipfile.ZipFile, manifest: Manifest, table: TableSchema
) -> None:
    """Every row of one table's dump can be stored, and there are as many as counted."""
    count = 0
    for _row in converted_rows(path, archive, table):
        count += 1
    if count != manifest.tables[table.name]:
        raise invalid(path, DetailCode.BACKUP_ROW_COUNT, table=table.name)


def converted_rows(
    path: Path, archive: zipfile.ZipFile, table: TableSchema
) -> Iterator[dict[str, Any]]:
    """The rows of one table's dump, each checked and with the values to store.

    Raises:
        StorageError: a row that cannot be stored, naming its table, row and column.
    """
    convert = table.row_converter()
    is_attachments = table.name == "attachments"
    try:
        for number, row, escaped in dump_rows(archive, table.name):
            try:
                values = convert(row, escaped)
            except RowProblem as problem:
                raise value_refused(path, table.name, number, problem) from None
            if is_attachments and not SHA256.fullmatch(str(values.get("sha256"))):
                raise invalid(path, DetailCode.BACKUP_ATTACHMENT_CHECKSUM)
            yield values
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise invalid(
            path, DetailCode.BACKUP_MEMBER_DAMAGED, name=f"data/{table.name}.jsonl", error=str(exc)
        ) from exc


def value_refused(path: Path, table: str, row: int, problem: RowProblem) -> StorageError:
    """The error naming a value that cannot be stored: table, row (1 = first), column."""
    where: dict[str, Any] = {"path": str(path), "table": table, "row": row}
    what = problem.problem.what
    if what == "missing":
        return StorageError(ErrorCode.BACKUP_VALUE_MISSING, **where, column=problem.column)
    if what == "unknown":
        return StorageError(ErrorCode.BACKUP_COLUMN_UNKNOWN, **where, column=problem.column)
    if isinstance(problem.problem, TooLong):
        return StorageError(
            ErrorCode.BACKUP_VALUE_TOO_LONG,
            **where,
            column=problem.column,
            **problem.problem.values,
        )
    return StorageError(
        ErrorCode.BACKUP_VALUE_INVALID,
        **where,
        column=problem.column,
        value=shown(problem.value),
        what=what,
    )


def shown(value: Any) -> str:
    """A refused value as a message shows it: text in quotes, cut if long."""
    if isinstance(value, str):
        text = value if len(value) <= _SHOWN else value[:_SHOWN] + "…"
        return f"“{text}”"
    if isinstance(value, bytes):
        return f"{len(value)} byte"
    text = repr(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


# ----- the SQLite copy -------------------------------------------------------------------------


def _take_out(path: Path, archive: zipfile.ZipFile, copy: Path) -> None:
    """Write the archive's SQLite copy to ``copy`` (through the bounded stream)."""
    try:
        with open_member(archive, SQLITE_MEMBER) as member, copy.open("wb") as out:
            shutil.copyfileobj(member, out, 1024 * 1024)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise invalid(
            path, DetailCode.BACKUP_MEMBER_DAMAGED, name=SQLITE_MEMBER, error=str(exc)
        ) from exc


def check_sqlite_copy(path: Path, copy: Path, manifest: Manifest, schema: RevisionSchema) -> None:
    """The archive's SQLite copy is sound, of the program's schema, and what the manifest says.

    Raises:
        StorageError: the copy is damaged, holds a schema object the migrations did not
            create (or lacks one), other bookkeeping rows, another number of rows than the
            manifest counts, or a value its column cannot take.
    """
    connection = sqlite3.connect(copy, isolation_level=None)
    try:
        # Nothing in a file from outside is trusted to run functions with side effects.
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if [row[0] for row in result] != ["ok"]:
            raise invalid(path, DetailCode.BACKUP_DATABASE_DAMAGED)
        _check_objects(path, connection, schema)
        _check_fixed_rows(path, connection, manifest, schema)
        for table in schema.tables.values():
            found = connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            if found != manifest.tables[table.name]:
                raise invalid(
                    path,
                    DetailCode.BACKUP_DATABASE_ROWS,
                    table=table.name,
                    found=found,
                    expected=manifest.tables[table.name],
                )
        for table in schema.tables.values():
            _check_stored_values(path, connection, table)
        for index in schema.full_text_indexes:
            # Rank 1: the index is also compared with the rows it indexes.
            connection.execute(
                f'INSERT INTO "{index}" ("{index}", rank) VALUES (\'integrity-check\', 1)'
            )
    except sqlite3.DatabaseError as exc:
        raise invalid(path, DetailCode.BACKUP_DATABASE_DAMAGED_BY, error=str(exc)) from exc
    finally:
        connection.close()


def _check_objects(path: Path, connection: sqlite3.Connection, schema: RevisionSchema) -> None:
    """The copy holds exactly the schema objects the migrations create, each as made.

    SQLite's own statistics (``sqlite_stat1``…, left by an ANALYZE a technician may have
    run) hold no code and are let through.
    """
    present = [
        (kind, name) for kind, name in object_names(connection) if not name.startswith(_STATS)
    ]
    for kind, name in present:
        if (kind, name) not in schema.objects:
            raise _foreign(path, kind, name)
    found = set(present)
    for kind, name in schema.objects:
        if (kind, name) not in found:
            raise StorageError(
                ErrorCode.BACKUP_SCHEMA_MISSING, path=str(path), what=f"schema_{kind}", name=name
            )
    for (kind, name), shape in schema.objects.items():
        if describe_object(connection, kind, name) != shape:
            raise _foreign(path, kind, name)


def _foreign(path: Path, kind: str, name: str) -> StorageError:
    return StorageError(
        ErrorCode.BACKUP_SCHEMA_FOREIGN, path=str(path), what=f"schema_{kind}", name=name
    )


def _check_fixed_rows(
    path: Path, connection: sqlite3.Connection, manifest: Manifest, schema: RevisionSchema
) -> None:
    """Bookkeeping tables hold what the revision's own database holds (its stamp first)."""
    for table, expected in schema.fixed_rows.items():
        if rows_of(connection, table) == expected:
            continue
        if table == VERSION_TABLE:
            raise invalid(path, DetailCode.BACKUP_REVISION_MISMATCH)
        raise _foreign(path, "rows", table)


def _check_stored_values(path: Path, connection: sqlite3.Connection, table: TableSchema) -> None:
    """Every value stored in one table of the copy is one its column can take."""
    problems = [rule.sql_problem(rule.name) for rule in table.columns]
    name = f'"{table.name}"'
    found = connection.execute(
        f"SELECT rowid FROM {name} WHERE {' OR '.join(problems)} LIMIT 1"
    ).fetchone()
    if found is None:
        return
    rowid = found[0]
    columns = ", ".join(f'"{rule.name}"' for rule in table.columns)
    row = connection.execute(
        f"SELECT {', '.join(problems)}, {columns} FROM {name} WHERE rowid = ?", (rowid,)
    ).fetchone()
    count = len(table.columns)
    rule, value = next(
        (rule, row[count + position])
        for position, rule in enumerate(table.columns)
        if row[position]
    )
    keys = ", ".join(f'"{key}"' for key in table.key) or "rowid"
    marks = ", ".join("?" for _key in table.key) or "?"
    key_values = connection.execute(
        f"SELECT {keys} FROM {name} WHERE rowid = ?", (rowid,)
    ).fetchone()
    before = connection.execute(
        f"SELECT count(*) FROM {name} WHERE ({keys}) < ({marks})", tuple(key_values)
    ).fetchone()[0]
    problem = _stored_problem(rule.kind, rule.length, value)
    raise value_refused(path, table.name, before + 1, RowProblem(rule.name, value, problem))


def _stored_problem(kind: str, length: int | None, value: Any) -> ValueProblem:
    if value is None:
        return ValueProblem("missing")
    if kind == "text" and isinstance(value, str) and length is not None and len(value) > length:
        return TooLong("value_text", length=len(value), limit=length)
    return ValueProblem(f"value_{kind}")
