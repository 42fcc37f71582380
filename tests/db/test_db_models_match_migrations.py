"""The models describe the schema the migrations build, on SQLite and on PostgreSQL.

Alembic compares the migrated database with ``Base.metadata``: a column, index or
constraint added to a model without its migration (or the other way round) shows up here,
as it would in a clerk's database. What the models do not describe is left out by name:
the FTS5 search indexes and their shadow tables (``*_search*``) and the pause table of
bulk indexing on SQLite, the trigram indexes on PostgreSQL, and
Alembic's own ``alembic_version``. A backup dumps the tables the models name, so they
must be every table the migrations make, or a table would silently be left out of backups.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from giamsat_desktop.db.base import Base
from giamsat_desktop.db.migrate import VERSION_TABLE
from giamsat_desktop.services.safety.backup import NOT_DUMPED, make_backup
from giamsat_desktop.services.safety.database import Database

NOT_IN_MODELS = {
    "sqlite": re.compile(
        r"(incoming|outgoing|tasks|sessions|recommendations|criticism|dialogues|conduct"
        r"|citizen_reports)_search(_\w+)?"
        r"|search_index_paused"
    ),
    "postgresql": re.compile(
        r"ix_((incoming|outgoing)_documents|tasks|supervision_sessions|recommendations"
        r"|criticism_sessions|dialogues|conduct_sessions|citizen_reports)_search_trgm"
    ),
}
"""Objects the migrations make by hand for search, which no model describes."""
LEFT_OUT = {
    "sqlite": {
        *(
            f"{register}_search{part}"
            for register in (
                "incoming",
                "outgoing",
                "tasks",
                "sessions",
                "recommendations",
                "criticism",
                "dialogues",
                "conduct",
                "citizen_reports",
            )
            for part in ("", "_config", "_data", "_docsize", "_idx")
        ),
        "search_index_paused",
    },
    "postgresql": {
        "ix_incoming_documents_search_trgm",
        "ix_outgoing_documents_search_trgm",
        "ix_tasks_search_trgm",
        "ix_supervision_sessions_search_trgm",
        "ix_recommendations_search_trgm",
        "ix_criticism_sessions_search_trgm",
        "ix_dialogues_search_trgm",
        "ix_conduct_sessions_search_trgm",
        "ix_citizen_reports_search_trgm",
    },
}
"""What the comparison must meet and leave out: a stale pattern would hide nothing."""


def _differences(database: Database) -> tuple[list[Any], set[str]]:
    """Alembic's differences between the database and the models, and the names left out."""
    engine_name = database.engine.dialect.name
    skipped: set[str] = set()

    def include_name(name: str | None, kind: str, _parents: dict[str, str | None]) -> bool:
        if name == VERSION_TABLE and kind == "table":
            return False
        if name is not None and NOT_IN_MODELS[engine_name].fullmatch(name):
            skipped.add(name)
            return False
        return True

    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_name": include_name,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    return differences, skipped


def test_the_models_match_the_migrated_schema(database: Database) -> None:
    differences, skipped = _differences(database)

    assert differences == []
    assert skipped == LEFT_OUT[database.engine.dialect.name]


def _migrated_tables(database: Database) -> set[str]:
    """The tables the migrations made that the models are meant to describe."""
    pattern = NOT_IN_MODELS[database.engine.dialect.name]
    with database.engine.connect() as connection:
        names = inspect(connection).get_table_names()
    return {name for name in names if name != VERSION_TABLE and not pattern.fullmatch(name)}


@cache
def _tables_the_backup_module_knows() -> frozenset[str]:
    """The tables ``backup`` dumps when nothing but it is imported, in a fresh interpreter.

    In this process other tests import every model module; a model module that only they
    import would still be missing from a clerk's backup.
    """
    script = (
        "import json; from giamsat_desktop.services.safety.backup import model_tables; "
        "print(json.dumps([table.name for table in model_tables()]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return frozenset(json.loads(result.stdout))


def test_a_backup_dumps_every_migrated_table(database: Database, tmp_path: Path) -> None:
    migrated = _migrated_tables(database)

    archive = make_backup(
        database, tmp_path / "data", tmp_path / "sao-luu.zip", include_attachments=False
    )

    assert NOT_DUMPED.issubset(migrated)
    assert set(archive.manifest.tables) == migrated - NOT_DUMPED
    assert _tables_the_backup_module_knows() == migrated
