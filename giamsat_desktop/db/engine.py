"""Engine and session factory, with the SQLite settings that keep an office's data safe."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

SessionFactory = sessionmaker[Session]

SQLITE_BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "giamsat_write"


def _configure_sqlite(engine: Engine) -> None:
    """WAL, full fsync, foreign keys, and a real BEGIN so DDL is transactional too."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module, which would
        # otherwise let DDL (and so a migration) commit statement by statement.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write takes the lock up front (IMMEDIATE): two writers then wait in turn
        # instead of one failing half-way with "database is locked". Reads stay deferred.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_read_only_engine(url: str) -> Engine:
    """An engine that can only look: for checks that must leave a file exactly as it was.

    On SQLite the file is opened read-only and no pragma is set, so even a file that
    is refused (another program's, a newer version's) keeps every byte.
    """
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :].split("?", 1)[0]
        # Without a write-ahead log beside it the file holds everything, and
        # ``immutable`` reads it without creating -wal/-shm files; with one, read it too.
        mode = "mode=ro" if Path(f"{path}-wal").exists() else "immutable=1"
        return create_engine(
            f"sqlite:///file:{path}?{mode}&uri=true",
            connect_args={"check_same_thread": False},
        )
    return make_engine(url)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine for a database URL (SQLite file or PostgreSQL)."""
    if url.startswith("sqlite"):
        # Sessions are opened on worker threads as well as the window's thread.
        kwargs.setdefault("connect_args", {"check_same_thread": False})
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> SessionFactory:
    """Sessions whose objects stay readable after commit (they are copied out anyway)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: SessionFactory) -> Iterator[Session]:
    """One write transaction: committed when the block ends, rolled back if it raises."""
    with factory() as session:
        session.connection(execution_options={WRITE_OPTION: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
