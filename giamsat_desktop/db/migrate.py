"""Schema versions through Alembic: what a database is at, and bringing it to this program's.

The migration scripts live inside the package (``db/migrations``), so an installed or
bundled program finds them on disk. The program hands Alembic its open connection; there
is no ``alembic.ini`` and no URL string to get wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from giamsat_desktop.db.engine import WRITE_OPTION

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"
MIGRATION_LOCK = 0x6769_0003
"""PostgreSQL advisory lock: PCs of a shared database starting a new version take turns."""
UPGRADE_TURN_LOCK = 0x6769_0004
"""PostgreSQL advisory lock held from the look at the schema, through the backup, to the
upgrade's end: a PC dumping the old schema never reads tables another PC is altering.
Always taken before ``MIGRATION_LOCK``, never after it."""


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.M)


def revisions(script_location: Path | None = None) -> tuple[frozenset[str], str]:
    """Every revision this program carries, and the head, read from the script files.

    Reading the two assignment lines is enough for a linear history and keeps Alembic
    (a noticeable share of start-up time) out of the start of the program when the
    database is already current.
    """
    return _revisions_in(script_location or SCRIPT_LOCATION)


@cache
def _revisions_in(location: Path) -> tuple[frozenset[str], str]:
    folder = location / "versions"
    known: set[str] = set()
    parents: set[str] = set()
    for script in folder.glob("*.py"):
        values = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in values:
            known.add(values["revision"])
            if values.get("down_revision", "None") != "None":
                parents.add(values["down_revision"])
    heads = known - parents
    if len(heads) != 1:  # pragma: no cover - guarded by a test over the shipped scripts
        raise RuntimeError(f"migration scripts must have exactly one head, found {sorted(heads)}")
    return frozenset(known), heads.pop()


def head_revision(script_location: Path | None = None) -> str:
    """The newest revision this program knows."""
    return revisions(script_location)[1]


def schema_status(engine: Engine, script_location: Path | None = None) -> SchemaStatus:
    """Read the stamped revision without changing anything."""
    known_revisions, head = revisions(script_location)
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        stamped: list[str] = []
        if VERSION_TABLE in tables:
            stamped = list(
                connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
            )
    current = ",".join(sorted(stamped)) if stamped else None
    # This program never branches its schema: two stamps are another program's.
    known = current is None or (len(stamped) == 1 and current in known_revisions)
    return SchemaStatus(
        current=current, head=head, known=known, has_tables=bool(tables - {VERSION_TABLE})
    )


def upgrade(engine: Engine, target: str = "head", script_location: Path | None = None) -> None:
    """Run the migrations up to ``target`` in one transaction.

    On SQLite foreign keys are switched off first, outside the transaction (the pragma
    is a no-op inside one), because batch mode rebuilds tables by copy, drop and rename,
    and dropping a parent table with foreign keys on would cascade deletes into its
    children. They are switched on again whatever happens.

    On PostgreSQL a transaction lock makes PCs that start a new version at once take
    turns: the next one finds the schema already upgraded and has nothing to do.
    """
    _migrate(engine, "upgrade", target, script_location)


def downgrade(engine: Engine, target: str, script_location: Path | None = None) -> None:
    """Take the schema back to ``target`` with the migrations' own downgrades, as upgrade runs.

    The program never does this; the release check does, to make the data of an older version.
    """
    _migrate(engine, "downgrade", target, script_location)


def _migrate(engine: Engine, direction: str, target: str, script_location: Path | None) -> None:
    """Run Alembic's ``direction`` to ``target`` the safe way (see :func:`upgrade`)."""
    with engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.dbapi_connection
        if is_sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            from alembic import command

            writer = connection.execution_options(**{WRITE_OPTION: True})
            with writer.begin():
                if connection.dialect.name == "postgresql":
                    writer.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                    )
                run = command.upgrade if direction == "upgrade" else command.downgrade
                run(alembic_config(writer, script_location), target)
        finally:
            if is_sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


@contextmanager
def upgrade_turn(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, wait for this PC's turn to back up and upgrade the shared database.

    The lock belongs to a connection of its own, kept open until the block ends (it is
    released with it even if the program dies). On SQLite there is nothing to wait for.
    """
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as holder:
        holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": UPGRADE_TURN_LOCK})
        holder.commit()
        try:
            yield
        finally:
            holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": UPGRADE_TURN_LOCK})
            holder.commit()
