"""QĐ 218 and QĐ 124 and direct dialogues: their tables, search indexes and the reporter flag.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05

``criticism_sessions.purpose`` tells a social criticism (phản biện xã hội) from a feedback
on Party and government building (góp ý, QĐ 218), which goes the same way; ``dialogues``
and ``dialogue_issues`` hold the direct dialogues between the leaders and the people with
the commitments made there; ``conduct_sessions`` and ``conduct_people`` the supervision of
leaders' conduct (QĐ 124), ``citizen_reports`` the people's reports on a cán bộ, đảng viên;
``users.sees_reporters`` is the account flag "xem người phản ánh". The searchable tables get
an FTS5 index kept by triggers on SQLite, a trigram index on PostgreSQL, as in 0013.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

SEARCHED = {
    "dialogues": "dialogues_search",
    "conduct_sessions": "conduct_search",
    "citizen_reports": "citizen_reports_search",
}


def _search_index(table: str, index: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(
            f"CREATE INDEX ix_{table}_search_trgm ON {table} USING gin (search_text gin_trgm_ops)"
        )
        return
    op.execute(
        f"CREATE VIRTUAL TABLE {index} USING fts5(search_text, content='{table}', "
        f"content_rowid='id', prefix='2 3')"
    )
    op.execute(
        f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} "
        f"WHEN NOT EXISTS (SELECT 1 FROM search_index_paused WHERE search_index = '{index}') "
        f"BEGIN INSERT INTO {index}(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER {index}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {index}({index}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {index}(rowid, search_text) VALUES (new.id, new.search_text); END"
    )


def upgrade() -> None:
    """Add the columns, make the tables and their search indexes."""
    op.create_table(
        "conduct_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place_kind", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=300), nullable=False),
        sa.Column("lead", sa.String(length=300), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_sessions")),
    )
    op.create_index(
        "ix_conduct_sessions_year_held", "conduct_sessions", ["year", "held_on"], unique=False
    )
    op.create_table(
        "dialogues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("leader", sa.String(length=300), nullable=False),
        sa.Column("leader_body", sa.String(length=20), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("chair", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("attendance", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogues")),
    )
    op.create_index("ix_dialogues_year_held", "dialogues", ["year", "held_on"], unique=False)
    op.create_table(
        "conduct_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["conduct_sessions.id"],
            name=op.f("fk_conduct_people_session_id_conduct_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_people")),
    )
    op.create_index(
        op.f("ix_conduct_people_session_id"), "conduct_people", ["session_id"], unique=False
    )
    op.create_table(
        "dialogue_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=False),
        sa.Column("raised", sa.Text(), nullable=False),
        sa.Column("raised_by", sa.String(length=300), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("commitment", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogues.id"],
            name=op.f("fk_dialogue_issues_dialogue_id_dialogues"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_issues")),
    )
    op.create_index(
        op.f("ix_dialogue_issues_dialogue_id"), "dialogue_issues", ["dialogue_id"], unique=False
    )
    op.create_index("ix_dialogue_issues_due_on", "dialogue_issues", ["due_on"], unique=False)
    op.create_table(
        "citizen_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("reporter_name", sa.String(length=200), nullable=False),
        sa.Column("reporter_contact", sa.String(length=300), nullable=False),
        sa.Column("reported_name", sa.String(length=200), nullable=False),
        sa.Column("reported_position", sa.String(length=300), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("forwarded_to", sa.String(length=300), nullable=False),
        sa.Column("forwarded_on", sa.Date(), nullable=True),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("result_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letters.id"], name=op.f("fk_citizen_reports_letter_id_letters")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizen_reports")),
    )
    op.create_index(
        "ix_citizen_reports_year_state", "citizen_reports", ["year", "state"], unique=False
    )
    op.add_column(
        "criticism_sessions",
        sa.Column(
            "purpose", sa.String(length=20), nullable=False, server_default=sa.text("'phan_bien'")
        ),
    )
    op.add_column(
        "users",
        sa.Column("sees_reporters", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    for table, index in SEARCHED.items():
        _search_index(table, index)


def downgrade() -> None:
    """Drop the search indexes, the tables and the columns."""
    for table, index in SEARCHED.items():
        if op.get_bind().dialect.name == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {index}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {index}")
        else:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
    for table in (
        "citizen_reports",
        "conduct_people",
        "dialogue_issues",
        "conduct_sessions",
        "dialogues",
    ):
        op.drop_table(table)
    with op.batch_alter_table("users") as batch:
        batch.drop_column("sees_reporters")
    with op.batch_alter_table("criticism_sessions") as batch:
        batch.drop_column("purpose")
