"""Schema versions through Alembic: what a database is at, and bringing it to this program's.

The migration scripts live inside the package (``db/migrations``), so an installed or
bundled program finds them on disk. The program hands Alembic its open connection; there
is no ``alembic.ini`` and no URL string to get wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect

from giamsat_desktop.db.engine import WRITE_OPTION

SCRIPT_LOCATION = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    """Where a database stands against the migrations this program carries."""

    current: str | None
    """Revision stamped in the database; None for a database the program never set up."""
    head: str
    known: bool
    """Whether ``current`` is one of this program's revisions (False: a newer program's)."""
    has_tables: bool
    """Whether the database holds any table at all."""

    @property
    def needs_upgrade(self) -> bool:
        """A known revision behind the head, or an empty database to set up."""
        return self.known and self.current != self.head

    @property
    def is_empty(self) -> bool:
        """Nothing in it yet: creating the schema loses nothing."""
        return self.current is None and not self.has_tables


def alembic_config(
    connection: Connection | None = None, script_location: Path | None = None
) -> Config:
    """A config with the script folder and, if given, the connection to run on."""
    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(script_location: Path | None = None) -> str:
    """The newest revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config(None, script_location)).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no migration revisions found")
    return head


def schema_status(engine: Engine, script_location: Path | None = None) -> SchemaStatus:
    """Read the stamped revision without changing anything."""
    script = ScriptDirectory.from_config(alembic_config(None, script_location))
    with engine.connect() as connection:
        stamped = MigrationContext.configure(connection).get_current_heads()
        tables = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
    current = ",".join(stamped) if stamped else None
    known = True
    if len(stamped) > 1:
        known = False  # this program never branches its schema: another program's stamp
    elif current is not None:
        try:
            known = script.get_revision(current) is not None
        except CommandError:
            known = False
    head = script.get_current_head() or ""
    return SchemaStatus(current=current, head=head, known=known, has_tables=bool(tables))


def upgrade(engine: Engine, target: str = "head", script_location: Path | None = None) -> None:
    """Run the migrations up to ``target`` in one transaction.

    On SQLite foreign keys are switched off first, outside the transaction (the pragma
    is a no-op inside one), because batch mode rebuilds tables by copy, drop and rename,
    and dropping a parent table with foreign keys on would cascade deletes into its
    children. They are switched on again whatever happens.
    """
    with engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.dbapi_connection
        if is_sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            writer = connection.execution_options(**{WRITE_OPTION: True})
            with writer.begin():
                command.upgrade(alembic_config(writer, script_location), target)
        finally:
            if is_sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
