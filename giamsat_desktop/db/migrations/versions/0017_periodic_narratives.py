"""The clerk's narrative texts of the periodic reports, one row per reporting period.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-19

``periodic_narratives`` keeps, per period (its kind, first and last days), what the clerk
writes for the report's sections I, II.1, II.6, III, IV and V; a periodic report letter's
source is its row.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the table."""
    op.create_table(
        "periodic_narratives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("leadership", sa.Text(), nullable=False),
        sa.Column("boards", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("weaknesses", sa.Text(), nullable=False),
        sa.Column("causes", sa.Text(), nullable=False),
        sa.Column("directions", sa.Text(), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_periodic_narratives")),
        sa.UniqueConstraint(
            "kind",
            "starts_on",
            "ends_on",
            name=op.f("uq_periodic_narratives_kind_starts_on_ends_on"),
        ),
    )


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("periodic_narratives")
