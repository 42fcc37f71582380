"""Đối thoại trực tiếp: the dialogues between the leaders and the people, and their issues.

A dialogue is a record of its own (Quyết định 218-QĐ/TW; Quy định 11-QĐi/TW): the heads of
the Party committee or the government meet the people, who raise issues; each issue gets its
answer there and then, and often a commitment to act by a day, followed until it is done.
Whether a commitment is overdue is read on a day, never stored. A criticism session held in
the form "đối thoại trực tiếp" stays a criticism session (``criticism_sessions``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class Dialogue(Base):
    """One dialogue: when, who answered, on what, who came."""

    __tablename__ = "dialogues"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    leader: Mapped[str] = mapped_column(String(300))
    """Who answered: "Đồng chí Nguyễn Văn A, Bí thư Đảng ủy xã"."""
    leader_body: Mapped[str] = mapped_column(String(20), default="cap_uy")
    """The Party committee (cấp ủy) or the government (chính quyền)."""
    topic: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(300), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    """Who chaired for the Front."""
    participants: Mapped[str] = mapped_column(Text, default="")
    attendance: Mapped[int] = mapped_column(Integer, default=0)
    """How many people came."""
    notes: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int] = mapped_column(Integer)
    """The year it was held (else written): the lists' and statistics' year."""
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (Index("ix_dialogues_year_held", "year", "held_on"),)
    __mapper_args__ = {"version_id_col": version}


class DialogueIssue(Base):
    """An issue raised, its answer, and the commitment made on it (if any)."""

    __tablename__ = "dialogue_issues"

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(
        ForeignKey("dialogues.id", ondelete="CASCADE"), index=True
    )
    raised: Mapped[str] = mapped_column(Text)
    """What the people raised."""
    raised_by: Mapped[str] = mapped_column(String(300), default="")
    """Who raised it ("Cử tri thôn 3"), as the minutes name it."""
    answer: Mapped[str] = mapped_column(Text, default="")
    """The leader's answer at the dialogue."""
    commitment: Mapped[str] = mapped_column(Text, default="")
    """What the leader committed to do; empty when nothing was promised."""
    responsible: Mapped[str] = mapped_column(String(300), default="")
    """The body or person to do it."""
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_dialogue_issues_due_on", "due_on"),)
