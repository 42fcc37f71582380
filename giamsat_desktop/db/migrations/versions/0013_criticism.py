"""Social criticism: the sessions, their points, their history.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

``criticism_sessions`` holds each draft criticised (its drafting body, form, step, days,
the letter that sent the criticism, the deadline for the answers, the drafting body's
reply); ``criticism_points`` the points criticised and each one's answer;
``criticism_events`` the history of its moves. On SQLite the folded ``search_text`` feeds
an FTS5 index kept by triggers, as for the registers (0002); PostgreSQL gets a trigram
index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE, INDEX = "criticism_sessions", "criticism_search"


def upgrade() -> None:
    """Make the tables and the search index."""
    op.create_table("criticism_sessions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("title", sa.Text(), nullable=False),
    sa.Column("drafting_body", sa.String(length=300), nullable=False),
    sa.Column("form", sa.String(length=20), nullable=False),
    sa.Column("step", sa.String(length=40), nullable=False),
    sa.Column("received_on", sa.Date(), nullable=True),
    sa.Column("submit_on", sa.Date(), nullable=True),
    sa.Column("held_on", sa.Date(), nullable=True),
    sa.Column("place", sa.String(length=300), nullable=False),
    sa.Column("chair", sa.String(length=200), nullable=False),
    sa.Column("participants", sa.Text(), nullable=False),
    sa.Column("experts", sa.Text(), nullable=False),
    sa.Column("opinions", sa.Integer(), nullable=False),
    sa.Column("sent_on", sa.Date(), nullable=True),
    sa.Column("letter_id", sa.Integer(), nullable=True),
    sa.Column("answer_due", sa.Date(), nullable=True),
    sa.Column("reply_id", sa.Integer(), nullable=True),
    sa.Column("replied_on", sa.Date(), nullable=True),
    sa.Column("cancel_reason", sa.Text(), nullable=False),
    sa.Column("notes", sa.Text(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("search_text", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["letter_id"], ["letters.id"], name=op.f("fk_criticism_sessions_letter_id_letters")),
    sa.ForeignKeyConstraint(["reply_id"], ["incoming_documents.id"], name=op.f("fk_criticism_sessions_reply_id_incoming_documents")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_criticism_sessions"))
    )
    op.create_index("ix_criticism_sessions_step_due", "criticism_sessions", ["step", "answer_due"], unique=False)
    op.create_index("ix_criticism_sessions_year_form", "criticism_sessions", ["year", "form"], unique=False)
    op.create_table("criticism_events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("session_id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(length=20), nullable=False),
    sa.Column("on", sa.Date(), nullable=False),
    sa.Column("from_step", sa.String(length=40), nullable=False),
    sa.Column("to_step", sa.String(length=40), nullable=False),
    sa.Column("note", sa.Text(), nullable=False),
    sa.Column("user_name", sa.String(length=100), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["session_id"], ["criticism_sessions.id"], name=op.f("fk_criticism_events_session_id_criticism_sessions"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_criticism_events"))
    )
    op.create_index(op.f("ix_criticism_events_session_id"), "criticism_events", ["session_id"], unique=False)
    op.create_table("criticism_points",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("session_id", sa.Integer(), nullable=False),
    sa.Column("content", sa.Text(), nullable=False),
    sa.Column("opinion", sa.Text(), nullable=False),
    sa.Column("proposal", sa.Text(), nullable=False),
    sa.Column("answer", sa.String(length=20), nullable=False),
    sa.Column("explanation", sa.Text(), nullable=False),
    sa.Column("sort_order", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["session_id"], ["criticism_sessions.id"], name=op.f("fk_criticism_points_session_id_criticism_sessions"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_criticism_points"))
    )
    op.create_index(op.f("ix_criticism_points_session_id"), "criticism_points", ["session_id"], unique=False)
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
    else:
        op.execute(
            f"CREATE INDEX ix_{TABLE}_search_trgm ON {TABLE} USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    """Drop the index and the tables."""
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {INDEX}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {INDEX}")
    else:
        op.execute(f"DROP INDEX IF EXISTS ix_{TABLE}_search_trgm")
    for table in ("criticism_events", "criticism_points", "criticism_sessions"):
        op.drop_table(table)
