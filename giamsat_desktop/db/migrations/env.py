"""Alembic environment: runs on the connection the program hands over.

The program passes its open connection in ``config.attributes["connection"]``; there is
no URL here and no ``alembic.ini``. On SQLite, foreign keys are switched off by the caller
for the migration's duration (outside the transaction, where the pragma takes effect), so
that batch mode's table rebuilds cannot cascade deletes into child rows; a foreign-key
check before commit makes sure the rebuilt tables still hold together.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from giamsat_desktop.db import models  # noqa: F401  (registers the tables)
from giamsat_desktop.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable by calling alembic by hand
    raise RuntimeError("giamsat migrations run only through giamsat_desktop.db.migrate")

is_sqlite = connection.dialect.name == "sqlite"
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=is_sqlite,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
    if is_sqlite:
        problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
