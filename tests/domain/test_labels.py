"""One table of the Vietnamese labels of the office's vocabulary, read by every enum."""

from __future__ import annotations

from enum import Enum

import pytest

from giamsat_desktop.domain import labels
from giamsat_desktop.domain.accounts import Role
from giamsat_desktop.domain.board import BoardPosition, signature_block
from giamsat_desktop.domain.conduct import ConductPlace, ReportChannel, ReportState
from giamsat_desktop.domain.criticism import (
    CriticismForm,
    CriticismPurpose,
    CriticismStep,
    PointAnswer,
)
from giamsat_desktop.domain.deadlines import ReportPeriod, Timeliness
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.letters import LetterForm, LetterState
from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.domain.organizations import OrganizationKind
from giamsat_desktop.domain.recommendations import RecommendationState, ReplyKind
from giamsat_desktop.domain.registers import IncomingState, StateGroup
from giamsat_desktop.domain.reporting_period import PeriodScheme
from giamsat_desktop.domain.summary_books import BookKind
from giamsat_desktop.domain.supervision import SessionStep, SupervisionForm, SupervisionRole
from giamsat_desktop.domain.supervision_programme import ProgrammeItemState
from giamsat_desktop.domain.supervision_records import DelegationRole
from giamsat_desktop.domain.tasks import TaskState

LABELLED: list[type[Enum]] = [
    TaskState,
    LetterForm,
    LetterState,
    Urgency,
    Secrecy,
    HandlingStatus,
    IncomingState,
    StateGroup,
    OrganizationKind,
    BoardPosition,
    Role,
    OfficeLevel,
    ReportPeriod,
    Timeliness,
    SupervisionForm,
    SupervisionRole,
    SessionStep,
    ProgrammeItemState,
    DelegationRole,
    RecommendationState,
    ReplyKind,
    CriticismForm,
    CriticismStep,
    PointAnswer,
    CriticismPurpose,
    BookKind,
    LeaderBody,
    ConductPlace,
    ReportChannel,
    ReportState,
    PeriodScheme,
]


def test_the_table_names_exactly_the_labelled_enums() -> None:
    assert set(labels.LABELS) == {kind.__name__ for kind in LABELLED}


@pytest.mark.parametrize("kind", LABELLED, ids=lambda kind: kind.__name__)
def test_every_value_of_a_labelled_enum_has_one_label(kind: type[Enum]) -> None:
    assert set(labels.LABELS[kind.__name__]) == {value.value for value in kind}
    assert all(labels.label(value).strip() for value in kind)


@pytest.mark.parametrize(
    "kind", [k for k in LABELLED if k is not OfficeLevel], ids=lambda kind: kind.__name__
)
def test_an_enums_label_is_the_tables(kind: type[Enum]) -> None:
    assert [value.label for value in kind] == [labels.label(value) for value in kind]  # type: ignore[attr-defined]


def test_equal_values_of_two_enums_keep_their_own_labels() -> None:
    assert Urgency.NORMAL == Secrecy.NORMAL  # both "thuong"
    assert labels.label(Urgency.FLASH) == "Hỏa tốc"
    assert labels.label(Secrecy.TOP_SECRET) == "Tuyệt mật"


def test_a_signature_and_an_office_name_still_use_the_printed_words() -> None:
    assert signature_block(BoardPosition.VICE_CHAIR).lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert OfficeLevel.COMMUNE.label == "xã"
    assert labels.label(OfficeLevel.COMMUNE) == "Xã"
