"""What a unit of work changed, so that open views can refresh themselves."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    """Kinds of records a view may show."""

    OFFICE = "office"
    ORGANIZATIONS = "organizations"
    PEOPLE = "people"
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    LETTERS = "letters"
    TASKS = "tasks"
    SUPERVISION = "supervision"
    RECOMMENDATIONS = "recommendations"
    CRITICISM = "criticism"
    DIALOGUES = "dialogues"
    CONDUCT = "conduct"
    AUDIT = "audit"


@dataclass(frozen=True, slots=True)
class Changes:
    """The areas touched by one command; views whose area is in it reload."""

    areas: frozenset[Area]

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        """Changes touching ``areas`` (the audit log is touched by every write); none if empty."""
        return cls(frozenset(areas) | {Area.AUDIT} if areas else frozenset())

    def touches(self, area: Area) -> bool:
        """Whether a view of ``area`` should reload."""
        return area in self.areas
