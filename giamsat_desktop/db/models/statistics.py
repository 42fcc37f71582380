"""The clerk's words of a periodic report, kept per reporting period.

The figures of a period are never stored (they are counted when asked); what the clerk
writes for the report's narrative parts is, one row per period (its kind and its days), so
that the next period's report can offer them again. A periodic report letter's source is
this row (``services.statistics.periodic_report``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class PeriodicNarrative(Base):
    """A period's narrative texts: I, II.1, II.6, III (three parts), IV and V."""

    __tablename__ = "periodic_narratives"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    """``domain.reporting_period.PeriodKind`` by value."""
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    situation: Mapped[str] = mapped_column(Text, default="")
    """I. Đặc điểm tình hình."""
    leadership: Mapped[str] = mapped_column(Text, default="")
    """II.1 Công tác lãnh đạo, chỉ đạo."""
    boards: Mapped[str] = mapped_column(Text, default="")
    """II.6 Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng."""
    strengths: Mapped[str] = mapped_column(Text, default="")
    """III.1 Ưu điểm."""
    weaknesses: Mapped[str] = mapped_column(Text, default="")
    """III.2 Hạn chế."""
    causes: Mapped[str] = mapped_column(Text, default="")
    """III.3 Nguyên nhân."""
    directions: Mapped[str] = mapped_column(Text, default="")
    """IV. Phương hướng, nhiệm vụ."""
    proposals: Mapped[str] = mapped_column(Text, default="")
    """V. Kiến nghị, đề xuất."""
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (UniqueConstraint("kind", "starts_on", "ends_on"),)
    __mapper_args__ = {"version_id_col": version}
