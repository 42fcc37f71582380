"""The office table as the first migrations made it, for tests that stop at an old revision.

The model has grown columns since (``uid``, 0016); an insert through it at an old revision
would name them. This table names only the columns every revision has.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, column, table

from giamsat_desktop.db.base import UtcDateTime

OLD_OFFICE = table(
    "office",
    column("id", Integer()),
    column("name", String()),
    column("level", String()),
    column("place_name", String()),
    column("date_line_place", String()),
    column("higher_body", String()),
    column("symbol_suffix", String()),
    column("chair_name", String()),
    column("created_at", UtcDateTime()),
    column("version", Integer()),
)
