"""The records behind a figure of the statistics tables: what its list shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RecordKind(StrEnum):
    """Which list holds the records behind a figure."""

    SESSIONS = "sessions"
    RECOMMENDATIONS = "recommendations"
    CRITICISMS = "criticisms"
    DIALOGUES = "dialogues"
    CONDUCT_SESSIONS = "conduct_sessions"
    CITIZEN_REPORTS = "citizen_reports"
    TASKS = "tasks"


@dataclass(frozen=True, slots=True)
class Figure:
    """A cell of a statistics table.

    Attributes:
        table: The table's key (its sheet's: ``giam_sat``, ``kien_nghi`` …).
        column: The column's key.
        organization_id: The row's organisation; None for the office's own row.
        whole: The total row (every row's records).
    """

    table: str
    column: str
    organization_id: int | None = None
    whole: bool = False


@dataclass(frozen=True, slots=True)
class RecordsBehind:
    """The records a figure counts, or those holding what it counts (opinions, lượt …).

    ``keys`` are of the records of ``kind``; ``exact`` says that there are as many as the
    figure (False where it counts parts of them, or participations).
    """

    kind: RecordKind
    keys: frozenset[int]
    exact: bool
