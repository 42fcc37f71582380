"""The books of ``books.make_books``, made once for the package; copies for each test."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.services.consolidation.books import Books, make_books


@pytest.fixture(scope="package")
def made_books(tmp_path_factory: pytest.TempPathFactory) -> Books:
    return make_books(tmp_path_factory.mktemp("books"))


@pytest.fixture
def books(made_books: Books, tmp_path: Path) -> Books:
    """Copies of the three books a test may spoil."""
    copies = {}
    for name in ("commune_a", "commune_b", "filled"):
        source: Path = getattr(made_books, name)
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes())
        copies[name] = copy
    return dataclasses.replace(made_books, folder=tmp_path, **copies)
