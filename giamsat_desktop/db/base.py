"""Declarative base with a naming convention, so batch migrations can name constraints."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import DateTime, MetaData, Table, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table of the program."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model names its table (``__tablename__``), so its ``__table__`` is a Table, not
    # just any FromClause as SQLAlchemy types it: ``update(Model.__table__)`` is then typed.
    __table__: ClassVar[Table]


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment stored in UTC and given back aware, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        """Refuse naive datetimes: a clerk's local time must never be stored as UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        """SQLite gives naive values back; they were stored in UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utc_now() -> dt.datetime:
    """The current moment, aware, in UTC."""
    return dt.datetime.now(dt.UTC)
