"""Engine and session factory, with the SQLite settings that keep an office's data safe."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from giamsat_desktop.db.base import Base
from giamsat_desktop.domain.errors import ConflictError, ErrorCode

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
    is refused (another program's, a newer version's) keeps every byte. On PostgreSQL
    every transaction of the engine is read-only.
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
    return make_engine(url, read_only=True)


POSTGRES_CONNECT_TIMEOUT_S = 10
"""A server that does not answer is reported after this long, not waited for forever."""


def _postgres_connect_args(read_only: bool) -> dict[str, Any]:
    """UTF-8 whatever the server's default, a bounded wait, a name in ``pg_stat_activity``."""
    args: dict[str, Any] = {
        "client_encoding": "utf8",
        "connect_timeout": POSTGRES_CONNECT_TIMEOUT_S,
        "application_name": "giamsat",
    }
    if read_only:
        args["options"] = "-c default_transaction_read_only=on"
    return args


def make_engine(url: str, *, read_only: bool = False, **kwargs: Any) -> Engine:
    """Create the engine for a database URL (SQLite file or PostgreSQL).

    ``read_only`` applies to PostgreSQL only (``make_read_only_engine`` opens a SQLite
    file read-only its own way).
    """
    if url.startswith("sqlite"):
        # Sessions are opened on worker threads as well as the window's thread.
        kwargs.setdefault("connect_args", {"check_same_thread": False})
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if url.startswith("postgresql"):
        kwargs["connect_args"] = {
            **_postgres_connect_args(read_only),
            **kwargs.get("connect_args", {}),
        }
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> SessionFactory:
    """Sessions whose objects stay readable after commit (they are copied out anyway)."""
    return sessionmaker(engine, expire_on_commit=False)


_TABLE_NAMED = re.compile(r"on table '(\w+)'")
_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def record_kind(model: type) -> str:
    """The record kind a message names for a mapped class (``{what}``).

    A class names itself by its ``__what__`` attribute when it has one, else by its
    name in snake case (``BoardMember`` is ``board_member``): a new table needs no
    entry anywhere.
    """
    what = getattr(model, "__what__", None)
    return what if isinstance(what, str) else _WORD_START.sub("_", model.__name__).lower()


def _stale_what(error: StaleDataError) -> str:
    """The record kind of the table SQLAlchemy's refusal names (its class is looked up)."""
    found = _TABLE_NAMED.search(str(error))
    table = found.group(1) if found else ""
    for mapper in Base.registry.mappers:
        if any(getattr(mapped, "name", None) == table for mapped in mapper.tables):
            return record_kind(mapper.class_)
    return table


@contextmanager
def unit_of_work(factory: SessionFactory) -> Iterator[Session]:
    """One write transaction: committed when the block ends, rolled back if it raises.

    A save whose version counter no longer matches (another PC saved the same record
    after it was read), whether flushed inside the block or at the commit, becomes the
    clerk's stale-edit refusal naming that record's kind, never a traceback.
    """
    with factory() as session:
        session.connection(execution_options={WRITE_OPTION: True})
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(ErrorCode.STALE_EDIT, what=_stale_what(exc)) from exc
        except BaseException:
            session.rollback()
            raise
