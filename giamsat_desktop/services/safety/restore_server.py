"""Restoring onto a PostgreSQL server: the whole replacement in one transaction.

Emptying the schema, making the archive's, loading every row and upgrading to this
program's schema commit together, so a restore that fails leaves the data as it was.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy import text

from giamsat_desktop.db.engine import WRITE_OPTION, make_engine
from giamsat_desktop.db.migrate import (
    MIGRATION_LOCK,
    UPGRADE_TURN_LOCK,
    alembic_config,
    head_revision,
)
from giamsat_desktop.domain.progress import Progress
from giamsat_desktop.services.safety.backup_check import CheckedArchive
from giamsat_desktop.services.safety.restore_rows import load_dump, plain_file_names


def replace_on_server(
    url: str,
    archive_path: Path,
    archive: zipfile.ZipFile,
    checked: CheckedArchive,
    progress: Progress | None,
) -> None:
    """Empty the schema, make the archive's, load it and upgrade: all in one transaction.

    ``progress`` follows the loading of the rows.
    """
    revision = checked.manifest.schema_revision
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            from alembic import command

            writer = connection.execution_options(**{WRITE_OPTION: True})
            with writer.begin():
                # PCs starting a new version meanwhile wait, as they do for each other.
                for key in (UPGRADE_TURN_LOCK, MIGRATION_LOCK):
                    writer.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
                writer.execute(text("DROP SCHEMA public CASCADE"))
                writer.execute(text("CREATE SCHEMA public"))
                command.upgrade(alembic_config(writer), revision)
                load_dump(writer, archive_path, archive, checked, progress)
                if revision != head_revision():
                    command.upgrade(alembic_config(writer), "head")
                plain_file_names(writer)
    finally:
        engine.dispose()
