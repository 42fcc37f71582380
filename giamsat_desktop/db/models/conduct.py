"""Giám sát theo Quy định 124-QĐ/TW: leaders' conduct, and the people's reports on them.

``conduct_sessions`` are the Front's sessions on the conduct of cán bộ, đảng viên at their
workplace or where they live, with the people supervised (``conduct_people``);
``citizen_reports`` the register of what citizens report about a cán bộ, đảng viên and how
each report was handled. The reporter's name and contact are kept in their own columns,
never copied into ``search_text`` nor shown to an account that may not see them; anyone who
opens the database file itself reads them (the user guide says so).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class ConductSession(Base):
    """One session supervising the conduct of cán bộ, đảng viên (QĐ 124)."""

    __tablename__ = "conduct_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    place_kind: Mapped[str] = mapped_column(String(20))
    """Nơi công tác or nơi cư trú."""
    unit: Mapped[str] = mapped_column(String(300), default="")
    """The workplace or the residential area (khu dân cư)."""
    lead: Mapped[str] = mapped_column(String(300), default="")
    """Who supervised: the Standing Board, a Ban công tác Mặt trận, a member organisation."""
    content: Mapped[str] = mapped_column(Text)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (Index("ix_conduct_sessions_year_held", "year", "held_on"),)
    __mapper_args__ = {"version_id_col": version}


class ConductPerson(Base):
    """A cán bộ, đảng viên supervised at a session: name, position, the finding."""

    __tablename__ = "conduct_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("conduct_sessions.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(300), default="")
    finding: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CitizenReport(Base):
    """A citizen's report about a cán bộ, đảng viên, and how it was handled."""

    __tablename__ = "citizen_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    """Hòm thư góp ý, trực tiếp, điện thoại, qua đối thoại, qua tổ chức."""
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    """Protected: shown only to administrators and accounts allowed to see reporters."""
    reporter_contact: Mapped[str] = mapped_column(String(300), default="")
    """Protected, as the name: address or telephone."""
    reported_name: Mapped[str] = mapped_column(String(200))
    reported_position: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="moi_nhan")
    forwarded_to: Mapped[str] = mapped_column(String(300), default="")
    forwarded_on: Mapped[dt.date | None] = mapped_column(Date)
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    """The issued letter that forwarded it, if any."""
    result: Mapped[str] = mapped_column(Text, default="")
    result_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(Text, default="")
    """Folded words of everything but the reporter."""
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (Index("ix_citizen_reports_year_state", "year", "state"),)
    __mapper_args__ = {"version_id_col": version}
