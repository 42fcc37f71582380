"""Shared fixtures: an offscreen Qt, a private data folder, real databases on both engines.

Service and database tests (``tests/services``, ``tests/db``) that use a database run
twice: on a SQLite file and on PostgreSQL. PostgreSQL needs a server, named by
``GIAMSAT_TEST_POSTGRES_URL`` (``.ci/run`` starts one); without it those runs are skipped,
so the suite still works on a PC without a server. Each test starts from an empty migrated
database that no migration runs for: on SQLite a copy of a file migrated once per process, on
PostgreSQL a shared migrated one emptied first, or a copy of a template made for the test.

A test stays on SQLite alone when it is about SQLite itself: it asks for ``db_path`` (the
SQLite file), or is marked ``sqlite_only``. A test marked ``postgresql`` runs on PostgreSQL
alone. Window and command-line tests use SQLite.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import itertools
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.services.catalog import office as office_service
from giamsat_desktop.services.common import clock
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.safety.database import Database, open_database
from tests.offices import TAN_HUNG
from tests.session_day import TODAY

POSTGRES_URL_VARIABLE = "GIAMSAT_TEST_POSTGRES_URL"
NO_SERVER = f"PostgreSQL tests need a server: set {POSTGRES_URL_VARIABLE} (.ci/run starts one)"
ENGINES = ("sqlite", "postgresql")
BOTH_ENGINES = ("tests/services/", "tests/db/")
"""Folders whose database tests run on both engines."""
SQLITE_FILE = "giamsat.sqlite3"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only: about SQLite itself (file bytes, WAL, FTS5, backup API, batch migrations)",
    )


def _engines_for(metafunc: pytest.Metafunc) -> tuple[str, ...]:
    """The engines a test runs on; none named for tests outside the two folders (SQLite)."""
    definition = metafunc.definition
    if definition.get_closest_marker("postgresql"):
        return ("postgresql",)
    where = Path(str(definition.path)).relative_to(definition.config.rootpath).as_posix()
    if not where.startswith(BOTH_ENGINES):
        return ()
    if definition.get_closest_marker("sqlite_only") or "db_path" in metafunc.fixturenames:
        return ("sqlite",)
    return ENGINES


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every database test of the service and database folders on both engines."""
    engines = _engines_for(metafunc) if "engine_name" in metafunc.fixturenames else ()
    if engines:
        # Module scope lets a module's shared database (the demo office) follow the engine.
        metafunc.parametrize("engine_name", engines, indirect=True, scope="module")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip PostgreSQL runs without a server (one line in the summary, not one per test)."""
    callspec = getattr(item, "callspec", None)
    on_postgres = callspec is not None and callspec.params.get("engine_name") == "postgresql"
    if (on_postgres or item.get_closest_marker("postgresql")) and not os.environ.get(
        POSTGRES_URL_VARIABLE
    ):
        pytest.skip(NO_SERVER)


class PostgresServer:
    """Databases for tests on the server named in the environment.

    Most tests share one migrated database, emptied before each test (``TRUNCATE`` takes
    a few milliseconds where ``CREATE DATABASE`` takes half a second); a test that needs a
    database of its own gets a copy of an empty or a migrated template.
    """

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"giamsat_t{os.getpid()}_"
        self.names = itertools.count(1)
        self.templates: dict[bool, str] = {}
        self.shared: Engine | None = None
        self.emptying = ""

    def url_of(self, name: str) -> str:
        """The URL of one database on this server."""
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _run(self, statement: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(statement)

    def _template(self, migrated: bool) -> str:
        if migrated not in self.templates:
            name = f"{self.prefix}{'migrated' if migrated else 'empty'}"
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if migrated:
                self._run(f'CREATE DATABASE "{name}" TEMPLATE "{self._template(False)}"')
                open_database(self.url_of(name)).close()
            else:
                # Byte order, as SQLite compares text: the tests check orders against it.
                self._run(
                    f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'"
                )
            self.templates[migrated] = name
        return self.templates[migrated]

    def create(self, *, migrated: bool) -> str:
        """A new database, empty or at the newest schema; its URL."""
        name = f"{self.prefix}{next(self.names)}"
        self._run(f'CREATE DATABASE "{name}" TEMPLATE "{self._template(migrated)}"')
        return self.url_of(name)

    def emptied(self) -> str:
        """The shared migrated database with no row in any table, no one else connected."""
        if self.shared is None:
            url = self.create(migrated=True)
            self.shared = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
            with self.shared.connect() as connection:
                tables = connection.exec_driver_sql(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    " AND tablename <> 'alembic_version' ORDER BY tablename"
                ).scalars()
                self.emptying = f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"
        else:
            with self.shared.connect() as connection:
                # A connection a test left open would hold locks (or rows) across tests.
                connection.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    " AND backend_type = 'client backend' AND usename = current_user"
                )
                connection.exec_driver_sql(self.emptying)
        return self.shared.url.render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        """Remove a database made here, whoever is still connected to it.

        A server process of another role (an autovacuum worker on a server that runs one)
        cannot be ended by FORCE: the drop is tried again for a few seconds.
        """
        name = make_url(url).database
        if self.shared is not None and name == self.shared.url.database:
            return
        for attempt in range(20):
            try:
                self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except ProgrammingError:
                if attempt == 19:
                    raise
                time.sleep(0.25)

    def close(self) -> None:
        names = list(self.templates.values())
        if self.shared is not None:
            names.append(str(self.shared.url.database))
            self.shared.dispose()
        for name in names:
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


class Databases:
    """New databases on either engine for the tests; PostgreSQL ones are dropped after use."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.tmp_path_factory = tmp_path_factory
        self.server: PostgresServer | None = None
        self.files = itertools.count(1)
        self.sqlite_template: Path | None = None

    def postgres(self) -> PostgresServer:
        """The test server, or a skip when none is named."""
        if self.server is None:
            url = os.environ.get(POSTGRES_URL_VARIABLE)
            if not url:
                pytest.skip(NO_SERVER)
            self.server = PostgresServer(url)
        return self.server

    def new_url(
        self, engine_name: str, *, migrated: bool = False, folder: Path | None = None
    ) -> str:
        """The URL of a new database: a file not yet there, or an empty (or migrated) one."""
        if engine_name == "sqlite":
            where = folder or self.tmp_path_factory.mktemp("db")
            return f"sqlite:///{where / f'new-{next(self.files)}.sqlite3'}"
        return self.postgres().create(migrated=migrated)

    def emptied(self, engine_name: str, folder: Path) -> str:
        """The URL of a migrated database with nothing in it, for one test.

        On SQLite that is ``giamsat.sqlite3`` in ``folder``, copied from a template (a file
        already there is left as it is): opening it finds the schema current and runs no
        migration, takes no safety copy.
        """
        if engine_name == "sqlite":
            path = folder / SQLITE_FILE
            if not path.exists():
                shutil.copyfile(self._sqlite_template(), path)
            return f"sqlite:///{path}"
        return self.postgres().emptied()

    def _sqlite_template(self) -> Path:
        """A SQLite file at the newest schema, made once per process, its log checkpointed.

        The copy must be the whole database: nothing may be left in a ``-wal`` file beside
        the template, which the copy would not take along.
        """
        if self.sqlite_template is None:
            path = self.tmp_path_factory.mktemp("template") / SQLITE_FILE
            open_database(f"sqlite:///{path}").close()
            connection = sqlite3.connect(path)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
            left = [part for part in ("-wal", "-shm") if Path(f"{path}{part}").exists()]
            if left:
                raise RuntimeError(f"the SQLite template kept its {', '.join(left)} file")
            self.sqlite_template = path
        return self.sqlite_template

    def remove(self, url: str) -> None:
        """Drop a PostgreSQL database (a SQLite file goes with its temporary folder)."""
        if not url.startswith("sqlite") and self.server is not None:
            self.server.drop(url)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


@pytest.fixture(scope="session", autouse=True)
def one_day() -> Iterator[None]:
    """The program's today is the session's day, even when the run passes midnight."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: TODAY)
        yield


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    """Makes the tests' databases."""
    made = Databases(tmp_path_factory)
    yield made
    made.close()


@pytest.fixture(scope="module")
def engine_name(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: which engine the test's database runs on."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and settings file; the clerk's are never touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GIAMSAT_HOME", str(home))
    monkeypatch.delenv("GIAMSAT_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's SQLite database lives (asking for it keeps the test on SQLite)."""
    return tmp_path / SQLITE_FILE


@pytest.fixture
def new_database_url(
    engine_name: str, databases: Databases, tmp_path: Path
) -> Iterator[Callable[..., str]]:
    """Makes URLs of new databases on the test's engine: ``make(migrated=False)``."""
    made: list[str] = []

    def make(*, migrated: bool = False) -> str:
        url = databases.new_url(engine_name, migrated=migrated, folder=tmp_path)
        made.append(url)
        return url

    yield make
    for url in made:
        databases.remove(url)


@pytest.fixture
def database(
    engine_name: str, databases: Databases, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """A fresh, migrated database: a real SQLite file (``db_path``) or a PostgreSQL database.

    A test that asks for ``db_path`` is about the SQLite file itself: the program creates
    and migrates its file, as at a clerk's first start. Other tests get a migrated copy.
    """
    if "db_path" in request.fixturenames:
        url = f"sqlite:///{tmp_path / SQLITE_FILE}"
    else:
        url = databases.emptied(engine_name, tmp_path)
    db = open_database(url)
    yield db
    db.close()
    databases.remove(url)


@pytest.fixture
def office_database(database: Database) -> Database:
    """A database whose office and usual organisations are set up."""
    office_service.set_up_office(database.session_factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
    return database


@pytest.fixture
def context(office_database: Database, tmp_path: Path) -> ServiceContext:
    """What the window hands its pages, over the set-up database."""
    folder = office_database.sqlite_file
    return ServiceContext(
        factory=office_database.session_factory,
        location=office_database.location,
        data_folder=folder.parent if folder is not None else tmp_path / "data",
    )
