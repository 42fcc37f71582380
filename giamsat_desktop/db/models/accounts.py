"""The accounts that sign in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Integer,
    String,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class User(Base):
    """An account: administrator, clerk or viewer."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sees_reporters: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """"Xem người phản ánh": the account sees who reported (an administrator always does)."""
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
