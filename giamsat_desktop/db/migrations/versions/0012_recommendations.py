"""Recommendations after a supervision: the recommendations, their replies, their history.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

``recommendations`` holds each recommendation (its session, content, addressed body,
state, reply deadline, the letters that sent and escalated it, the body's commitment);
``recommendation_replies`` the written replies and ``recommendation_events`` the history
of its moves. On SQLite the folded ``search_text`` feeds an FTS5 index kept by triggers
(the insert trigger standing aside during a bulk insert, as 0004 set up); PostgreSQL gets
a trigram index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLE, INDEX = "recommendations", "recommendations_search"


def upgrade() -> None:
    """Make the tables and the search index."""
    op.create_table("recommendations",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("session_id", sa.Integer(), nullable=True),
    sa.Column("content", sa.Text(), nullable=False),
    sa.Column("addressed_body", sa.String(length=300), nullable=False),
    sa.Column("state", sa.String(length=30), nullable=False),
    sa.Column("reply_days", sa.Integer(), nullable=False),
    sa.Column("sent_on", sa.Date(), nullable=True),
    sa.Column("reply_due", sa.Date(), nullable=True),
    sa.Column("sent_letter_id", sa.Integer(), nullable=True),
    sa.Column("escalated_on", sa.Date(), nullable=True),
    sa.Column("escalation_letter_id", sa.Integer(), nullable=True),
    sa.Column("commitment", sa.Text(), nullable=False),
    sa.Column("commitment_due", sa.Date(), nullable=True),
    sa.Column("close_reason", sa.Text(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("sort_order", sa.Integer(), nullable=False),
    sa.Column("search_text", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["escalation_letter_id"], ["letters.id"], name=op.f("fk_recommendations_escalation_letter_id_letters")),
    sa.ForeignKeyConstraint(["sent_letter_id"], ["letters.id"], name=op.f("fk_recommendations_sent_letter_id_letters")),
    sa.ForeignKeyConstraint(["session_id"], ["supervision_sessions.id"], name=op.f("fk_recommendations_session_id_supervision_sessions"), ondelete="RESTRICT"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendations"))
    )
    op.create_index("ix_recommendations_session", "recommendations", ["session_id"], unique=False)
    op.create_index("ix_recommendations_state_due", "recommendations", ["state", "reply_due"], unique=False)
    op.create_index("ix_recommendations_year_state", "recommendations", ["year", "state"], unique=False)
    op.create_table("recommendation_replies",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("recommendation_id", sa.Integer(), nullable=False),
    sa.Column("replied_on", sa.Date(), nullable=False),
    sa.Column("kind", sa.String(length=20), nullable=False),
    sa.Column("incoming_id", sa.Integer(), nullable=True),
    sa.Column("notes", sa.Text(), nullable=False),
    sa.Column("user_name", sa.String(length=100), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["incoming_id"], ["incoming_documents.id"], name=op.f("fk_recommendation_replies_incoming_id_incoming_documents")),
    sa.ForeignKeyConstraint(["recommendation_id"], ["recommendations.id"], name=op.f("fk_recommendation_replies_recommendation_id_recommendations"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_replies"))
    )
    op.create_index(op.f("ix_recommendation_replies_recommendation_id"), "recommendation_replies", ["recommendation_id"], unique=False)
    op.create_table("recommendation_events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("recommendation_id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(length=20), nullable=False),
    sa.Column("on", sa.Date(), nullable=False),
    sa.Column("from_state", sa.String(length=30), nullable=False),
    sa.Column("to_state", sa.String(length=30), nullable=False),
    sa.Column("note", sa.Text(), nullable=False),
    sa.Column("reply_id", sa.Integer(), nullable=True),
    sa.Column("user_name", sa.String(length=100), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["recommendation_id"], ["recommendations.id"], name=op.f("fk_recommendation_events_recommendation_id_recommendations"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["reply_id"], ["recommendation_replies.id"], name=op.f("fk_recommendation_events_reply_id_recommendation_replies"), ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_events"))
    )
    op.create_index(op.f("ix_recommendation_events_recommendation_id"), "recommendation_events", ["recommendation_id"], unique=False)
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
    for table in ("recommendation_events", "recommendation_replies", "recommendations"):
        op.drop_table(table)
