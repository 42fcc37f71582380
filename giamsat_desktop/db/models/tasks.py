"""Tasks handed to the member organisations, who cooperates on them, and their history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from giamsat_desktop.db.base import Base, UtcDateTime, utc_now


class Task(Base):
    """One task for one lead organisation; overdue is computed, never stored."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_documents.id"))
    """The incoming document it comes from (none for a task made without one)."""
    content: Mapped[str] = mapped_column(Text)
    lead_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    responsible: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    report_period: Mapped[str] = mapped_column(String(20), default="")
    """A standing task's reporting period (``ReportPeriod``); empty for a task with a deadline."""
    state: Mapped[str] = mapped_column(String(20), default="chua_thuc_hien")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_documents.id"))
    """The incoming document in which the organisation reported the task done."""
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    assigned_on: Mapped[dt.date | None] = mapped_column(Date)
    """The office's day the task was given (the year it counts in)."""
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        Index("ix_tasks_source", "source_id"),
        Index("ix_tasks_lead_state", "lead_id", "state"),
        Index("ix_tasks_deadline", "deadline"),
        Index("ix_tasks_assigned_on", "assigned_on"),
        Index("ix_tasks_done_on", "done_on"),
        Index("ix_tasks_state_deadline", "state", "deadline"),
    )
    __mapper_args__ = {"version_id_col": version}


class TaskCooperator(Base):
    """An organisation cooperating on a task (phối hợp)."""

    __tablename__ = "task_cooperators"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), primary_key=True)


class TaskEvent(Base):
    """One step of a task's history: a move, a progress note, an extension, an undo."""

    __tablename__ = "task_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[dt.date] = mapped_column(Date)
    """The day it happened, as the clerk gave it."""
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20), default="")
    progress: Mapped[int | None] = mapped_column(Integer)
    old_deadline: Mapped[dt.date | None] = mapped_column(Date)
    new_deadline: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
