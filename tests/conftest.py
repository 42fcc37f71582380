"""Shared fixtures: an offscreen Qt, a private data folder, real SQLite databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
from giamsat_desktop.services import office as office_service
from giamsat_desktop.services.context import ServiceContext
from giamsat_desktop.services.database import Database, open_database

TAN_HUNG = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
    level=OfficeLevel.COMMUNE,
    place_name="Tân Hưng",
    date_line_place="Tân Hưng",
    higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Thị Thu Hà",
)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and settings file; the clerk's are never touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GIAMSAT_HOME", str(home))
    monkeypatch.delenv("GIAMSAT_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's SQLite database lives."""
    return tmp_path / "giamsat.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated database in a real SQLite file."""
    db = open_database(f"sqlite:///{db_path}")
    yield db
    db.close()


@pytest.fixture
def office_database(database: Database) -> Database:
    """A database whose office and usual organisations are set up."""
    office_service.set_up_office(database.session_factory, SYSTEM, TAN_HUNG, USUAL_ORGANIZATIONS)
    return database


@pytest.fixture
def context(office_database: Database) -> ServiceContext:
    """What the window hands its pages, over the set-up database."""
    return ServiceContext(
        factory=office_database.session_factory,
        location=office_database.location,
        data_folder=office_database.sqlite_file.parent,  # type: ignore[union-attr]
    )
