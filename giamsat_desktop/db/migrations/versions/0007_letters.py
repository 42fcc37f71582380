"""Letters of the Standing Board, and the settings the whole office shares.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

``letters`` keeps each letter from its draft to its issue: its form, the record it comes
from, its content (JSON), its signer, and once issued its number, symbol, date and the
outgoing register line it became. ``office_settings`` keeps, under a key, what every PC of
the office shares (the standard wording of the forms first). Both start empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the two tables."""
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("source_kind", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("signer_id", sa.Integer(), nullable=True),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_position", sa.String(length=30), nullable=False),
        sa.Column("secrecy", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("symbol", sa.String(length=100), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("outgoing_id", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["signer_id"], ["board_members.id"], name=op.f("fk_letters_signer_id_board_members")
        ),
        sa.ForeignKeyConstraint(
            ["outgoing_id"],
            ["outgoing_documents.id"],
            name=op.f("fk_letters_outgoing_id_outgoing_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
        sa.UniqueConstraint("outgoing_id", name=op.f("uq_letters_outgoing_id")),
    )
    op.create_index("ix_letters_source", "letters", ["source_kind", "source_id"])
    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_settings")),
    )


def downgrade() -> None:
    """Drop the two tables."""
    op.drop_table("office_settings")
    op.drop_index("ix_letters_source", table_name="letters")
    op.drop_table("letters")
