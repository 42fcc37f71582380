"""Direct dialogues: written with their issues in one go, changed, found, removed.

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from giamsat_desktop.db.models import Dialogue, DialogueIssue
from giamsat_desktop.domain.dialogue_records import DialogueFilter, IssueDraft
from giamsat_desktop.domain.errors import (
    ConflictError,
    ErrorCode,
    PermissionDeniedError,
    ValidationError,
)
from giamsat_desktop.messages import describe
from giamsat_desktop.services.changelog import audit_log
from giamsat_desktop.services.common.changes import Area
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.dialogues import editing, queries, records
from tests.services.dialogues.samples import DRAFT, ISSUES
from tests.services.supervision.office_sessions import CLERK, VIEWER

D = dt.date


def _rows(context: ServiceContext) -> tuple[int, int]:
    with context.factory() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Dialogue)) or 0),
            int(session.scalar(select(func.count()).select_from(DialogueIssue)) or 0),
        )


def test_a_dialogue_is_written_with_its_issues_changed_and_removed_with_the_log(
    context: ServiceContext,
) -> None:
    made, changes = editing.create_dialogue(context.factory, CLERK, DRAFT, ISSUES)
    assert changes.touches(Area.DIALOGUES)
    assert (made.year, made.attendance, made.leader) == (2026, 86, DRAFT.leader)
    assert [line.issue.raised for line in made.issues] == [issue.raised for issue in ISSUES]
    assert (made.commitments, made.commitments_done) == (2, 1)
    assert made.overdue_commitments(D(2026, 5, 1)) == 1
    assert made.overdue_commitments(D(2026, 4, 30)) == 0
    changed, _ = editing.update_dialogue(
        context.factory,
        CLERK,
        made.id,
        made.version,
        dataclasses.replace(DRAFT, attendance=90),
        ISSUES[:2],
    )
    assert changed.version > made.version and changed.attendance == 90
    assert len(changed.issues) == 2
    kept, _ = editing.update_dialogue(
        context.factory, CLERK, changed.id, changed.version, DRAFT
    )  # the issues kept as they are
    assert [line.issue for line in kept.issues] == ISSUES[:2]
    entries = audit_log.list_entries(context.factory, entity=records.ENTITY)
    assert [(e.action, e.entity_id) for e in entries][:3] == [
        ("update", made.id),
        ("update", made.id),
        ("create", made.id),
    ]
    editing.remove_dialogue(context.factory, CLERK, kept.id, kept.version)
    assert _rows(context) == (0, 0)
    assert audit_log.list_entries(context.factory, entity=records.ENTITY)[0].action == "delete"


def test_a_failing_issue_line_leaves_nothing_written_and_names_its_line(
    context: ServiceContext,
) -> None:
    blank = [ISSUES[0], IssueDraft(raised="  ")]
    with pytest.raises(ValidationError) as refused:
        editing.create_dialogue(context.factory, CLERK, DRAFT, blank)
    assert refused.value.code is ErrorCode.DIALOGUE_ISSUE_REQUIRED
    assert describe(refused.value.code, refused.value.values) == (
        "Vấn đề thứ 2 nêu tại đối thoại: chưa ghi vấn đề nêu."
    )
    early = dataclasses.replace(ISSUES[1], done_on=D(2026, 3, 1))
    with pytest.raises(ValidationError) as before:
        editing.create_dialogue(context.factory, CLERK, DRAFT, [ISSUES[0], ISSUES[2], early])
    assert describe(before.value.code, before.value.values) == (
        "Vấn đề thứ 3 nêu tại đối thoại: ngày thực hiện xong 01/03/2026 trước ngày đối thoại "
        "12/03/2026."
    )
    undated = IssueDraft(raised="Đường hỏng", due_on=D(2026, 5, 1))
    with pytest.raises(ValidationError) as promised:
        editing.create_dialogue(context.factory, CLERK, DRAFT, [undated])
    assert promised.value.values == {"line": 1, "field": "dialogue_commitment"}
    for changes, field in (({"leader": " "}, "leader"), ({"topic": ""}, "topic")):
        with pytest.raises(ValidationError) as missing:
            editing.create_dialogue(
                context.factory,
                CLERK,
                dataclasses.replace(DRAFT, **changes),  # type: ignore[arg-type]
                ISSUES,
            )
        assert missing.value.values["field"] == field
    assert _rows(context) == (0, 0)
    assert audit_log.list_entries(context.factory, entity=records.ENTITY) == []
    made, _ = editing.create_dialogue(context.factory, CLERK, DRAFT, ISSUES)
    with pytest.raises(ValidationError):
        editing.update_dialogue(context.factory, CLERK, made.id, made.version, DRAFT, blank)
    assert records.get_dialogue(context.factory, CLERK, made.id) == made
    with pytest.raises(ValidationError):  # a new day after an issue was done
        editing.update_dialogue(
            context.factory,
            CLERK,
            made.id,
            made.version,
            dataclasses.replace(DRAFT, held_on=D(2026, 3, 29)),
        )
    assert records.get_dialogue(context.factory, CLERK, made.id) == made


def test_a_stale_save_and_a_viewer_are_refused(context: ServiceContext) -> None:
    made, _ = editing.create_dialogue(context.factory, CLERK, DRAFT, ISSUES)
    editing.update_dialogue(context.factory, CLERK, made.id, made.version, DRAFT)
    with pytest.raises(ConflictError) as stale:
        editing.update_dialogue(context.factory, CLERK, made.id, made.version, DRAFT, ISSUES)
    assert stale.value.code is ErrorCode.STALE_EDIT
    with pytest.raises(ConflictError):
        editing.remove_dialogue(context.factory, CLERK, made.id, made.version)
    current = records.get_dialogue(context.factory, VIEWER, made.id)
    for write in (
        lambda: editing.create_dialogue(context.factory, VIEWER, DRAFT, ISSUES),
        lambda: editing.update_dialogue(
            context.factory, VIEWER, made.id, current.version, DRAFT
        ),
        lambda: editing.remove_dialogue(context.factory, VIEWER, made.id, current.version),
        lambda: editing.mark_done(
            context.factory,
            VIEWER,
            made.id,
            current.version,
            current.issues[0].id,
            D(2026, 4, 20),
        ),
    ):
        with pytest.raises(PermissionDeniedError):
            write()
    assert records.get_dialogue(context.factory, CLERK, made.id) == current
    assert _rows(context) == (1, 3)


def test_marking_a_commitment_done_takes_it_off_the_overdue_list(
    context: ServiceContext,
) -> None:
    made, _ = editing.create_dialogue(context.factory, CLERK, DRAFT, ISSUES)
    overdue = DialogueFilter(overdue_on=D(2026, 5, 2))
    assert queries.dialogue_keys(context.factory, CLERK, overdue) == [made.id]
    first = made.issues[0]
    with pytest.raises(ValidationError):
        editing.mark_done(
            context.factory, CLERK, made.id, made.version, first.id, D(2026, 3, 1)
        )
    done, _ = editing.mark_done(
        context.factory, CLERK, made.id, made.version, first.id, D(2026, 5, 1), "Đã chi trả đủ"
    )
    assert (done.issues[0].issue.done_on, done.issues[0].issue.result) == (
        D(2026, 5, 1),
        "Đã chi trả đủ",
    )
    assert done.version > made.version and done.overdue_commitments(D(2026, 5, 2)) == 0
    assert queries.dialogue_keys(context.factory, CLERK, overdue) == []
    log = audit_log.list_entries(context.factory, entity=records.ENTITY)[0]
    assert log.action == "update"


def test_a_search_without_accents_finds_the_dialogue_by_its_issues(
    context: ServiceContext,
) -> None:
    made, _ = editing.create_dialogue(context.factory, CLERK, DRAFT, ISSUES)
    other = dataclasses.replace(DRAFT, topic="Vệ sinh môi trường", leader="Ông Hoàng Văn Sơn")
    editing.create_dialogue(context.factory, CLERK, other, [IssueDraft("Rác thải ven sông")])
    for words in ("muong thoat nuoc", "Quang", "giai phong mat bang"):
        assert queries.dialogue_keys(
            context.factory, CLERK, DialogueFilter(words=words)
        ) == [made.id], words
    assert queries.dialogue_keys(context.factory, CLERK, DialogueFilter(words="khong co")) == []
