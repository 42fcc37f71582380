"""Tasks for the member organisations, their cooperating organisations and their history.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

``tasks`` holds one task per lead organisation (from an incoming document or without one),
``task_cooperators`` the organisations that cooperate, ``task_events`` each move, progress
note, extension and undo. An incoming document's handling status is kept from now on by its
tasks; a document already marked handled, before tasks existed, keeps its status and is
marked "lưu, không giao việc" (``filed_without_tasks``), so nothing stored changes meaning.
The columns are added in place (no table rebuilt: the search triggers stay as they are).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the three tables; mark the documents already handled as filed without tasks."""
    op.add_column(
        "incoming_documents",
        sa.Column("filed_without_tasks", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "incoming_documents",
        sa.Column("filed_note", sa.Text(), nullable=False, server_default=sa.text("''")),
    )
    op.execute(
        "UPDATE incoming_documents SET filed_without_tasks = TRUE WHERE handling_status = 'da_xu_ly'"
    )
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("report_period", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["incoming_documents.id"],
            name=op.f("fk_tasks_source_id_incoming_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["organizations.id"], name=op.f("fk_tasks_lead_id_organizations")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["incoming_documents.id"],
            name=op.f("fk_tasks_report_id_incoming_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    op.create_index("ix_tasks_source", "tasks", ["source_id"])
    op.create_index("ix_tasks_lead_state", "tasks", ["lead_id", "state"])
    op.create_index("ix_tasks_deadline", "tasks", ["deadline"])
    op.create_table(
        "task_cooperators",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_cooperators_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_task_cooperators_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("task_id", "organization_id", name=op.f("pk_task_cooperators")),
    )
    op.create_table(
        "task_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("old_deadline", sa.Date(), nullable=True),
        sa.Column("new_deadline", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_events_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_events")),
    )
    op.create_index(op.f("ix_task_events_task_id"), "task_events", ["task_id"])


def downgrade() -> None:
    """Drop the tables and the two columns."""
    op.drop_index(op.f("ix_task_events_task_id"), table_name="task_events")
    op.drop_table("task_events")
    op.drop_table("task_cooperators")
    op.drop_index("ix_tasks_deadline", table_name="tasks")
    op.drop_index("ix_tasks_lead_state", table_name="tasks")
    op.drop_index("ix_tasks_source", table_name="tasks")
    op.drop_table("tasks")
    with op.batch_alter_table("incoming_documents") as batch:
        batch.drop_column("filed_note")
        batch.drop_column("filed_without_tasks")
