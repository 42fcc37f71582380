"""Supervision: the annual programme, its sessions, delegations, working sessions, history.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

``supervision_programmes`` holds one programme a year and ``programme_items`` the sessions
it plans; ``supervision_sessions`` each session (its form, role, bodies, scope, contents,
"Căn cứ" lines, dates and step), with the organisations taking part, the incoming
documents its "Căn cứ" cite, its delegation, its working sessions and its history. On
SQLite the sessions' folded ``search_text`` feeds an FTS5 index kept by triggers (the
insert trigger standing aside during a bulk insert, as 0004 set up); PostgreSQL gets a
trigram index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLE, INDEX = "supervision_sessions", "sessions_search"


def upgrade() -> None:
    """Make the tables and the search index."""
    op.create_table("supervision_programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_programmes")),
        sa.UniqueConstraint("year", name=op.f("uq_supervision_programmes_year"))
    )
    op.create_table("programme_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("supervised_body", sa.String(length=300), nullable=False),
        sa.Column("planned_month", sa.Integer(), nullable=True),
        sa.Column("planned_quarter", sa.Integer(), nullable=True),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["organizations.id"], name=op.f("fk_programme_items_lead_id_organizations")),
        sa.ForeignKeyConstraint(["programme_id"], ["supervision_programmes.id"], name=op.f("fk_programme_items_programme_id_supervision_programmes"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_items"))
    )
    op.create_index(op.f("ix_programme_items_programme_id"), "programme_items", ["programme_id"], unique=False)
    op.create_table("supervision_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("lead_body", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("supervised_body", sa.String(length=300), nullable=False),
        sa.Column("superior_body", sa.String(length=300), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("content_items", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("notice_sent_on", sa.Date(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("step", sa.String(length=30), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["programme_items.id"], name=op.f("fk_supervision_sessions_item_id_programme_items"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["lead_id"], ["organizations.id"], name=op.f("fk_supervision_sessions_lead_id_organizations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_sessions"))
    )
    op.create_index("ix_supervision_sessions_item", "supervision_sessions", ["item_id"], unique=False)
    op.create_index("ix_supervision_sessions_start", "supervision_sessions", ["planned_start"], unique=False)
    op.create_index("ix_supervision_sessions_year_step", "supervision_sessions", ["year", "step"], unique=False)
    op.create_table("delegation_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("organization", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_delegation_members_person_id_people")),
        sa.ForeignKeyConstraint(["session_id"], ["supervision_sessions.id"], name=op.f("fk_delegation_members_session_id_supervision_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_members"))
    )
    op.create_index(op.f("ix_delegation_members_session_id"), "delegation_members", ["session_id"], unique=False)
    op.create_table("session_bases",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("incoming_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["incoming_id"], ["incoming_documents.id"], name=op.f("fk_session_bases_incoming_id_incoming_documents")),
        sa.ForeignKeyConstraint(["session_id"], ["supervision_sessions.id"], name=op.f("fk_session_bases_session_id_supervision_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "incoming_id", name=op.f("pk_session_bases"))
    )
    op.create_table("session_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("from_step", sa.String(length=30), nullable=False),
        sa.Column("to_step", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["supervision_sessions.id"], name=op.f("fk_session_events_session_id_supervision_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_events"))
    )
    op.create_index(op.f("ix_session_events_session_id"), "session_events", ["session_id"], unique=False)
    op.create_table("session_participants",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], name=op.f("fk_session_participants_organization_id_organizations")),
        sa.ForeignKeyConstraint(["session_id"], ["supervision_sessions.id"], name=op.f("fk_session_participants_session_id_supervision_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "organization_id", name=op.f("pk_session_participants"))
    )
    op.create_table("working_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["supervision_sessions.id"], name=op.f("fk_working_sessions_session_id_supervision_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_sessions"))
    )
    op.create_index(op.f("ix_working_sessions_session_id"), "working_sessions", ["session_id"], unique=False)
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
    for table in (
        "working_sessions",
        "session_participants",
        "session_events",
        "session_bases",
        "delegation_members",
        "supervision_sessions",
        "programme_items",
        "supervision_programmes",
    ):
        op.drop_table(table)
