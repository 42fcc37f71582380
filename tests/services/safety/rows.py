"""How many rows a database holds: the figures the safety tests compare before and after."""

from __future__ import annotations

from pathlib import Path

from giamsat_desktop.db.engine import make_engine


def count_of(database: Path | str, table: str) -> int:
    """How many rows ``table`` holds in the SQLite file at a path, or the database at a URL."""
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
    finally:
        engine.dispose()


def incoming_count(database: Path | str) -> int:
    """How many documents Văn bản đến holds (the demo office's figure, whatever it is today)."""
    return count_of(database, "incoming_documents")


def highest_id(database: Path | str, table: str) -> int:
    """The largest key of ``table``: a row added after it has a larger one."""
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar_one()
    finally:
        engine.dispose()
    return int(found or 0)
