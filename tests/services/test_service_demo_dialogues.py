"""The demo office's direct dialogues: the small office's realistic year, the large's 500.

Every test runs on SQLite and on the shared PostgreSQL server.
"""

from __future__ import annotations

from giamsat_desktop.domain.dialogue_records import DialogueFilter
from giamsat_desktop.domain.dialogues import LeaderBody
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.services.demo_dialogues import DIALOGUES, add_demo_dialogues
from giamsat_desktop.services.dialogues import editing, queries
from tests.services.dialogues.samples import DRAFT
from tests.services.supervision.office_sessions import CLERK
from tests.session_day import TODAY

YEARS = [TODAY.year - 2, TODAY.year - 1, TODAY.year]


def test_the_small_office_has_a_year_of_dialogues_with_commitments_in_every_state(
    context: ServiceContext,
) -> None:
    told: list[int] = []
    made = add_demo_dialogues(
        context.factory, "small", seed=2025, today=TODAY, years=YEARS, report=told.append
    )
    assert made == DIALOGUES["small"] == sum(told) and 4 <= made <= 8
    counted = queries.counts(context.factory, CLERK, day=TODAY)
    assert counted.dialogues == made
    assert set(counted.by_body) == {LeaderBody.PARTY, LeaderBody.GOVERNMENT}
    assert counted.done >= 3 and counted.overdue >= 2
    assert counted.commitments - counted.done - counted.overdue >= 1  # pending, not yet due
    assert set(queries.dialogue_years(context.factory)) <= {TODAY.year - 1, TODAY.year}
    found = queries.dialogue_keys(context.factory, CLERK, DialogueFilter(words="nuoc sach"))
    assert len(found) == 1
    records = queries.dialogues_by_ids(context.factory, CLERK, found)
    assert records[0].held_on is not None and records[0].held_on < TODAY
    late = [
        line.issue
        for record in queries.dialogues_by_ids(
            context.factory, CLERK, queries.dialogue_keys(context.factory, CLERK, DialogueFilter())
        )
        for line in record.issues
        if line.issue.done_on and line.issue.due_on and line.issue.done_on > line.issue.due_on
    ]
    assert late  # one done late


def test_the_large_office_writes_its_dialogues_in_bulk_found_and_written_after(
    context: ServiceContext,
) -> None:
    told: list[int] = []
    made = add_demo_dialogues(
        context.factory, "large", seed=2025, today=TODAY, years=YEARS, report=told.append
    )
    assert made == DIALOGUES["large"] == sum(told) == 500
    counted = queries.counts(context.factory, CLERK, day=TODAY)
    assert counted.dialogues == 500 and counted.issues > 1000
    assert 0 < counted.overdue < counted.commitments
    assert sorted(queries.dialogue_years(context.factory)) == YEARS
    found = queries.dialogue_keys(context.factory, CLERK, DialogueFilter(words="cong ngan man"))
    assert 0 < len(found) < 500
    again = add_demo_dialogues(
        context.factory, "large", seed=2025, today=TODAY, years=YEARS
    )  # the same seed: the same dialogues again, after the first ones
    assert again == 500
    one, _ = editing.create_dialogue(context.factory, CLERK, DRAFT)  # the ids moved on
    assert one.id > 1000
