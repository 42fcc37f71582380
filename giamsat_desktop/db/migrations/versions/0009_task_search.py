"""The day each task was given, and the tasks' search index.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

``tasks.assigned_on`` is the office's day the task was given (the year filter and the
yearly figures count by it); the tasks already stored take the day they were saved. On
SQLite the folded ``search_text`` of the tasks feeds an FTS5 index kept by triggers, the
insert trigger standing aside while a bulk insert has paused it (as 0004 does for the
registers); on PostgreSQL the same column gets a trigram index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE, INDEX = "tasks", "tasks_search"


def upgrade() -> None:
    """Add the day given, fill it, and index the tasks for search."""
    op.add_column("tasks", sa.Column("assigned_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE tasks SET assigned_on = date(created_at)")
    else:
        op.execute("UPDATE tasks SET assigned_on = CAST(created_at AS DATE)")
    op.create_index("ix_tasks_assigned_on", "tasks", ["assigned_on"])
    op.create_index("ix_tasks_done_on", "tasks", ["done_on"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE {INDEX} USING fts5(search_text, content='{TABLE}', "
            f"content_rowid='id', prefix='2 3')"
        )
        op.execute(
            f"CREATE TRIGGER {INDEX}_ai AFTER INSERT ON {TABLE} "
            f"WHEN NOT EXISTS (SELECT 1 FROM search_index_paused WHERE search_index = '{INDEX}') "
            f"BEGIN INSERT INTO {INDEX}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            f"CREATE TRIGGER {INDEX}_ad AFTER DELETE ON {TABLE} BEGIN "
            f"INSERT INTO {INDEX}({INDEX}, rowid, search_text) "
            f"VALUES ('delete', old.id, old.search_text); END"
        )
        op.execute(
            f"CREATE TRIGGER {INDEX}_au AFTER UPDATE OF search_text ON {TABLE} BEGIN "
            f"INSERT INTO {INDEX}({INDEX}, rowid, search_text) "
            f"VALUES ('delete', old.id, old.search_text); "
            f"INSERT INTO {INDEX}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')")
    else:
        op.execute(
            f"CREATE INDEX ix_{TABLE}_search_trgm ON {TABLE} USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    """Drop the index and the column."""
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {INDEX}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {INDEX}")
    else:
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_search_trgm")
    op.drop_index("ix_tasks_done_on", table_name="tasks")
    op.drop_index("ix_tasks_assigned_on", table_name="tasks")
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("assigned_on")
