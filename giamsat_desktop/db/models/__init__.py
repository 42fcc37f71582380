"""Tables of the program (SQLAlchemy 2 typed ORM).

Every table a clerk edits has a ``version`` counter (``version_id_col``): on a shared
database a save made from a stale copy is refused instead of overwriting someone's work.
Text is stored NFC; the ``search_text`` columns hold the folded copy used by search.

One module per feature; this package imports every one of them, so that
``Base.metadata`` (which backups and restores dump, table by table) holds every table
whatever a caller imports.
"""

from __future__ import annotations

from giamsat_desktop.db.models.accounts import User
from giamsat_desktop.db.models.catalog import BoardMember, Office, Organization, Person
from giamsat_desktop.db.models.changelog import AuditEntry, AuditHead
from giamsat_desktop.db.models.conduct import CitizenReport, ConductPerson, ConductSession
from giamsat_desktop.db.models.criticism import CriticismEvent, CriticismPoint, CriticismSession
from giamsat_desktop.db.models.dialogues import Dialogue, DialogueIssue
from giamsat_desktop.db.models.files import Attachment, AttachmentContent
from giamsat_desktop.db.models.letters import Letter, OfficeSetting
from giamsat_desktop.db.models.recommendations import (
    Recommendation,
    RecommendationEvent,
    RecommendationReply,
)
from giamsat_desktop.db.models.registers import (
    IncomingAttachment,
    IncomingDocument,
    OutgoingAnswer,
    OutgoingAttachment,
    OutgoingDocument,
    RegisterBook,
)
from giamsat_desktop.db.models.statistics import PeriodicNarrative
from giamsat_desktop.db.models.supervision import (
    DelegationMember,
    ProgrammeItem,
    SessionBasis,
    SessionEvent,
    SessionParticipant,
    SupervisionProgramme,
    SupervisionSession,
    WorkingSession,
)
from giamsat_desktop.db.models.tasks import Task, TaskCooperator, TaskEvent

__all__ = [
    "Attachment",
    "AttachmentContent",
    "AuditEntry",
    "AuditHead",
    "BoardMember",
    "CitizenReport",
    "ConductPerson",
    "ConductSession",
    "CriticismEvent",
    "CriticismPoint",
    "CriticismSession",
    "DelegationMember",
    "Dialogue",
    "DialogueIssue",
    "IncomingAttachment",
    "IncomingDocument",
    "Letter",
    "Office",
    "OfficeSetting",
    "Organization",
    "OutgoingAnswer",
    "OutgoingAttachment",
    "OutgoingDocument",
    "PeriodicNarrative",
    "Person",
    "ProgrammeItem",
    "Recommendation",
    "RecommendationEvent",
    "RecommendationReply",
    "RegisterBook",
    "SessionBasis",
    "SessionEvent",
    "SessionParticipant",
    "SupervisionProgramme",
    "SupervisionSession",
    "Task",
    "TaskCooperator",
    "TaskEvent",
    "User",
    "WorkingSession",
]
