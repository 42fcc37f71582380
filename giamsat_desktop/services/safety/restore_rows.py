"""Loading a checked archive's dump into a new database, and plain attachment names.

Used by both ways of replacing the data (``restore_sqlite``, ``restore_server``): the
dump's rows go into the columns the schema at the archive's revision has, parents first,
checked again as they are read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, insert, inspect, select, text, update

from giamsat_desktop.db.base import Base
from giamsat_desktop.db.models import IncomingAttachment, OutgoingAttachment
from giamsat_desktop.domain.errors import DetailCode, detail
from giamsat_desktop.domain.file_names import is_safe_file_name, safe_file_name
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.safety.backup_check import CheckedArchive, converted_rows

_BATCH = 2000


def load_dump(
    connection: Connection,
    archive_path: Path,
    archive: zipfile.ZipFile,
    checked: CheckedArchive,
    progress: Progress | None,
) -> None:
    """Insert every row of the dump (checked again as it is read), parents first."""
    tables = _tables_built(connection, checked)
    for position, table in enumerate(tables):
        batch: list[dict[str, Any]] = []
        for values in converted_rows(archive_path, archive, checked.schema.tables[table.name]):
            batch.append(values)
            if len(batch) == _BATCH:
                connection.execute(insert(table), batch)
                batch = []
        if batch:
            connection.execute(insert(table), batch)
        if connection.dialect.name == "postgresql" and "id" in table.c:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
        if progress:
            progress(
                (position + 1) / len(tables),
                detail(DetailCode.STEP_TABLES, done=position + 1, total=len(tables)),
            )


def _tables_built(connection: Connection, checked: CheckedArchive) -> list[Table]:
    """The archive's tables with the columns the schema at its revision has, parents first.

    Read from the database just built rather than taken from the models, so rows of an
    older schema go into the columns that schema had (the upgrade that follows does the
    rest); a column the models know keeps the model's type, so values are bound as the
    program binds them.
    """
    reflected = MetaData()
    present = set(inspect(connection).get_table_names())
    names = [name for name in checked.schema.tables if name in present]
    reflected.reflect(bind=connection, only=names)
    loading = MetaData()
    tables: list[Table] = []
    for name in names:
        built = reflected.tables[name]
        model = Base.metadata.tables.get(name)
        columns = [
            Column(
                column.name,
                model.c[column.name].type
                if model is not None and column.name in model.c
                else column.type,
                primary_key=column.primary_key,
            )
            for column in built.columns
        ]
        tables.append(Table(name, loading, *columns))
    return tables


def plain_file_names(connection: Connection) -> int:
    r"""Store every attachment name that is not a plain base name as one; how many were.

    A name from an archive is never a path: ``C:\Users\Public\x.bat`` is kept as ``x.bat``,
    ``../../x.txt`` as ``x.txt``, so the document keeps its file, under a plain name that
    opens inside the folder the program chooses.
    """
    changed = 0
    for link in (IncomingAttachment.__table__, OutgoingAttachment.__table__):
        rows = connection.execute(select(link.c.id, link.c.file_name)).all()
        for row_id, name in rows:
            if is_safe_file_name(str(name or "")):
                continue
            connection.execute(
                update(link).where(link.c.id == row_id).values(file_name=safe_file_name(name or ""))
            )
            changed += 1
    return changed
