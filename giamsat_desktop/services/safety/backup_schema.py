"""What a backup may hold: the schema the program's own migrations make at a revision.

A restore trusts nothing in an archive that this module cannot vouch for. For the
archive's schema revision it builds, once per process, a database in memory by running
the program's migrations up to that revision, and reads from it:

- every column of every table with what its values may be (an integer of the column's
  size, a boolean, a real date, a moment, text within the column's length), so each value
  of the engine-neutral dump is checked before anything is replaced;
- every object of the SQLite schema (tables, indexes, triggers, views), so a SQLite copy
  carrying anything the migrations did not create is refused;
- the rows of the program's bookkeeping tables (the schema stamp, the search index
  settings), which a copy must hold exactly.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy.pool import StaticPool

from giamsat_desktop.db.base import Base
from giamsat_desktop.db.engine import make_engine
from giamsat_desktop.db.migrate import upgrade
from giamsat_desktop.services.safety.backup_archive import NOT_DUMPED

FTS_INDEX_PARTS = ("_data", "_idx", "_docsize", "_content")
"""Tables behind a full-text index that hold the index itself (checked by its own check)."""
_RANGES = {"SMALLINT": 16, "INTEGER": 32, "INT": 32, "BIGINT": 64}
"""Bits of each integer type: PostgreSQL's INTEGER holds 32, whatever SQLite would keep."""
_VARCHAR = re.compile(r"(?:N?VARCHAR|N?CHAR|CHARACTER VARYING)\s*\(\s*(\d+)\s*\)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Value = Any


class ValueProblem(Exception):
    """A value a column cannot take: ``what`` names what the column holds."""

    def __init__(self, what: str, **values: Any) -> None:
        super().__init__(what, values)
        self.what = what
        self.values = values


class TooLong(ValueProblem):
    """Text longer than its column's length."""


@dataclass(frozen=True, slots=True)
class ColumnRule:
    """What one column's values may be, as the migrations declared it."""

    name: str
    kind: str
    """``integer``, ``boolean``, ``date``, ``datetime``, ``text``, ``binary`` or ``other``."""
    nullable: bool
    length: int | None = None
    """For text: the most characters the column takes (None: no limit)."""
    bits: int = 64
    """For integers: the column's size."""

    @property
    def what(self) -> str:
        """The key naming what this column holds, for messages (``value_date``…)."""
        return f"value_{self.kind}"

    def converter(self) -> Callable[[Value], Value]:
        """A function turning a dump value into the value to store, or raising ValueProblem."""
        if self.kind == "integer":
            low, high = -(2 ** (self.bits - 1)), 2 ** (self.bits - 1) - 1
            return lambda value: _integer(value, low, high)
        if self.kind == "text" and self.length is not None:
            limit = self.length
            return lambda value: _text_within(value, limit)
        return _CONVERTERS[self.kind]

    def sql_problem(self, column: str) -> str:
        """An SQLite expression true when the column's stored value is not one it may take.

        Written for values as the program stores them in SQLite: integers and booleans as
        integers, dates as ``YYYY-MM-DD``, moments as ``YYYY-MM-DD HH:MM:SS[.ffffff]``.
        """
        c = f'"{column}"'
        if self.kind == "integer":
            low, high = -(2 ** (self.bits - 1)), 2 ** (self.bits - 1) - 1
            bad = f"typeof({c}) != 'integer' OR {c} NOT BETWEEN {low} AND {high}"
        elif self.kind == "boolean":
            bad = f"typeof({c}) != 'integer' OR {c} NOT IN (0, 1)"
        elif self.kind == "date":
            # '+0 days' makes SQLite carry an impossible day over (31 February: 3 March).
            bad = f"typeof({c}) != 'text' OR date({c}, '+0 days') IS NOT {c}"
        elif self.kind == "datetime":
            bad = (
                f"typeof({c}) != 'text'"
                f" OR datetime(substr({c}, 1, 19), '+0 days') IS NOT substr({c}, 1, 19)"
                f" OR (length({c}) != 19 AND NOT (length({c}) = 26 AND substr({c}, 20, 1) = '.'"
                f" AND substr({c}, 21) GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'))"
            )
        elif self.kind == "text":
            bad = f"typeof({c}) != 'text' OR instr({c}, char(0)) > 0"
            if self.length is not None:
                bad += f" OR length({c}) > {self.length}"
        elif self.kind == "binary":
            bad = f"typeof({c}) != 'blob'"
        else:
            bad = "0"
        if self.nullable:
            return f"({c} IS NOT NULL AND ({bad}))"
        return f"({c} IS NULL OR {bad})"


@dataclass(frozen=True, slots=True)
class TableSchema:
    """One table at a revision: its columns in order and its primary key."""

    name: str
    columns: tuple[ColumnRule, ...]
    key: tuple[str, ...]

    @property
    def names(self) -> frozenset[str]:
        """The column names."""
        return frozenset(column.name for column in self.columns)

    def row_converter(self) -> Callable[[dict[str, Value], bool], dict[str, Value]]:
        """A function checking one dump row and giving the values to store.

        It raises ``RowProblem`` naming the column at fault. Its second argument says the
        row's line held an escape (see ``backup_archive.dump_rows``): only then are texts
        looked at for characters no database keeps.
        """
        names = self.names
        no_limit = sys.maxsize
        # Text and integers are kept as they are and checked in line (most values are);
        # the other kinds are converted (dates and moments to the objects bound).
        plan = [
            (
                rule.name,
                rule.nullable,
                rule.kind if rule.kind in ("text", "integer") else "",
                rule.length or no_limit,
                -(2 ** (rule.bits - 1)),
                2 ** (rule.bits - 1) - 1,
                rule.converter(),
            )
            for rule in self.columns
        ]
        texts = [rule.name for rule in self.columns if rule.kind == "text"]

        def convert(row: dict[str, Value], escaped: bool) -> dict[str, Value]:
            if row.keys() != names:
                _wrong_columns(row, names)
            values = dict(row)
            for name, nullable, kind, limit, low, high, to_value in plan:
                value = row[name]
                if value is None:
                    if not nullable:
                        raise RowProblem(name, None, ValueProblem("missing"))
                elif kind == "text":
                    if type(value) is not str or len(value) > limit:
                        _problem(name, value, to_value)
                elif kind == "integer":
                    if type(value) is not int or not low <= value <= high:
                        _problem(name, value, to_value)
                else:
                    try:
                        values[name] = to_value(value)
                    except ValueProblem as problem:
                        raise RowProblem(name, value, problem) from None
            if escaped:
                for name in texts:
                    value = values[name]
                    if value is not None and not _storable(value):
                        raise RowProblem(name, value, ValueProblem("value_text"))
            return values

        return convert


class RowProblem(Exception):
    """A dump row that cannot be stored: the column, its value and what is wrong."""

    def __init__(self, column: str, value: Value, problem: ValueProblem) -> None:
        super().__init__(column, value, problem.what)
        self.column = column
        self.value = value
        self.problem = problem


@dataclass(frozen=True)
class RevisionSchema:
    """The schema the program's migrations make at one revision."""

    revision: str
    tables: dict[str, TableSchema]
    """Every table of the program's data (what a dump holds), parents first."""
    objects: dict[tuple[str, str], tuple[Any, ...]]
    """Every SQLite schema object by (type, name), with what it is made of."""
    fixed_rows: dict[str, tuple[tuple[Any, ...], ...]]
    """Bookkeeping tables and the rows a database at this revision holds in them."""
    full_text_indexes: tuple[str, ...]
    """The FTS5 tables, each checked against the rows it indexes."""


@cache
def schema_at(revision: str) -> RevisionSchema:
    """The schema at ``revision``, built by the migrations in memory (once per process)."""
    engine = make_engine("sqlite://", poolclass=StaticPool)
    try:
        upgrade(engine, revision)
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)  # SQLAlchemy types it as any driver's
            return _read_schema(revision, raw)
    finally:
        engine.dispose()


def _read_schema(revision: str, connection: sqlite3.Connection) -> RevisionSchema:
    objects = sqlite_objects(connection)
    virtual = sorted(
        name for (kind, name), shape in objects.items() if kind == "table" and shape[0] == "virtual"
    )
    index_parts = {f"{name}{part}" for name in virtual for part in FTS_INDEX_PARTS}
    order = [table.name for table in Base.metadata.sorted_tables]
    present = {name for kind, name in objects if kind == "table"}
    tables = {
        name: _table_schema(connection, name)
        for name in order
        if name in present and name not in NOT_DUMPED
    }
    fixed = {
        name: rows_of(connection, name)
        for name in sorted(present)
        if name not in tables and name not in virtual and name not in index_parts
    }
    return RevisionSchema(revision, tables, objects, fixed, tuple(virtual))


def _table_schema(connection: sqlite3.Connection, table: str) -> TableSchema:
    columns: list[ColumnRule] = []
    key: list[tuple[int, str]] = []
    for _cid, name, declared, notnull, _default, pk, hidden in connection.execute(
        "SELECT * FROM pragma_table_xinfo(?)", (table,)
    ):
        if hidden:
            continue
        kind, length, bits = _kind_of(str(declared or ""))
        columns.append(ColumnRule(name, kind, not notnull and not pk, length, bits))
        if pk:
            key.append((pk, name))
    return TableSchema(table, tuple(columns), tuple(name for _position, name in sorted(key)))


def _kind_of(declared: str) -> tuple[str, int | None, int]:
    """What a declared SQL type holds: kind, text length, integer bits."""
    upper = declared.strip().upper()
    if upper in _RANGES:
        return "integer", None, _RANGES[upper]
    if upper == "BOOLEAN":
        return "boolean", None, 64
    if upper == "DATE":
        return "date", None, 64
    if upper in ("DATETIME", "TIMESTAMP"):
        return "datetime", None, 64
    if upper in ("TEXT", "CLOB", "VARCHAR"):
        return "text", None, 64
    if upper == "BLOB":
        return "binary", None, 64
    found = _VARCHAR.fullmatch(upper)
    if found:
        return "text", int(found.group(1)), 64
    return "other", None, 64


def sqlite_objects(connection: sqlite3.Connection) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every object of a SQLite schema, by (type, name), with what it is made of.

    Tables are described by their columns (types, constraints, defaults) and foreign keys,
    indexes by their columns and kind, and what holds code (triggers, views, virtual
    tables) by its SQL text with the spacing evened out: two databases made by the same
    migrations describe every object alike, whichever version of the libraries wrote the
    statements that made their tables.
    """
    objects: dict[tuple[str, str], tuple[Any, ...]] = {}
    for kind, name in object_names(connection):
        objects[(kind, name)] = describe_object(connection, kind, name)
    return objects


def object_names(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """(type, name) of every object in the schema."""
    rows = connection.execute("SELECT type, name FROM sqlite_master ORDER BY type, name")
    return [(str(kind), str(name)) for kind, name in rows]


def describe_object(connection: sqlite3.Connection, kind: str, name: str) -> tuple[Any, ...]:
    """What one schema object is made of (see ``sqlite_objects``)."""
    table, sql = connection.execute(
        "SELECT tbl_name, sql FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)
    ).fetchone()
    text = " ".join(str(sql or "").split())
    if kind == "table" and text.upper().startswith("CREATE VIRTUAL TABLE"):
        return ("virtual", text)
    if kind == "table":
        columns = connection.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)).fetchall()
        keys = connection.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,)).fetchall()
        return ("table", tuple(columns), tuple(sorted(keys)))
    if kind == "index":
        listed = {
            row[1]: row[2:]
            for row in connection.execute("SELECT * FROM pragma_index_list(?)", (table,))
        }
        columns = connection.execute("SELECT * FROM pragma_index_xinfo(?)", (name,)).fetchall()
        partial = bool(listed.get(name, (0, "", 0))[2])
        return ("index", table, listed.get(name), tuple(columns), text if partial else "")
    return (kind, table, text)


def rows_of(connection: sqlite3.Connection, table: str) -> tuple[tuple[Any, ...], ...]:
    """Every row of a table, sorted."""
    rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
    return tuple(sorted(tuple(row) for row in rows))


# ----- values ----------------------------------------------------------------------------------


def _integer(value: Value, low: int, high: int) -> int:
    if type(value) is int and low <= value <= high:
        return value
    raise ValueProblem("value_integer")


def _boolean(value: Value) -> bool:
    if value is True or value is False:
        return value
    if type(value) is int and value in (0, 1):  # as SQLite keeps them
        return bool(value)
    raise ValueProblem("value_boolean")


def _date(value: Value) -> dt.date:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueProblem("value_date")


def _datetime(value: Value) -> dt.datetime:
    if type(value) is str and 10 <= len(value) <= 40 and _DATE.match(value):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            # Moments are kept in UTC; SQLite gives them back without the zone.
            if moment.tzinfo is None:
                return moment.replace(tzinfo=dt.UTC)
            return moment.astimezone(dt.UTC)
    raise ValueProblem("value_datetime")


def _text(value: Value) -> str:
    if type(value) is str:
        return value
    raise ValueProblem("value_text")


def _text_within(value: Value, limit: int) -> str:
    if type(value) is not str:
        raise ValueProblem("value_text")
    if len(value) > limit:
        raise TooLong("value_text", length=len(value), limit=limit)
    return value


def _binary(_value: Value) -> bytes:
    raise ValueProblem("value_binary")  # JSON holds no bytes: the program never dumps any


def _other(value: Value) -> Value:
    if isinstance(value, (int, float, str)):
        return value
    raise ValueProblem("value_other")


_CONVERTERS: dict[str, Callable[[Value], Value]] = {
    "boolean": _boolean,
    "date": _date,
    "datetime": _datetime,
    "text": _text,
    "binary": _binary,
    "other": _other,
}


def _storable(text: str) -> bool:
    """Text every database keeps as it is: no NUL character, no half surrogate pair."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _problem(column: str, value: Value, to_value: Callable[[Value], Value]) -> None:
    """Raise the RowProblem the column's converter finds in a value checked in line."""
    try:
        to_value(value)
    except ValueProblem as problem:
        raise RowProblem(column, value, problem) from None
    raise AssertionError(f"{column}: {value!r} passes its converter")  # pragma: no cover


def _wrong_columns(row: dict[str, Value], names: frozenset[str]) -> None:
    unknown = sorted(set(row) - names)
    if unknown:
        raise RowProblem(unknown[0], row[unknown[0]], ValueProblem("unknown"))
    missing = sorted(names - set(row))
    raise RowProblem(missing[0], None, ValueProblem("missing"))
