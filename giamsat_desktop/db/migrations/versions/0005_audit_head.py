"""The audit chain's end is kept in the database, beside the chain.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

``audit_head`` holds one row: how many entries the log has and the last one's hash. Every
audit write updates it in its own transaction, so entries cut off the end (or the whole
log) show in a check even where no settings file or backup remembers the head. The row
is filled from the existing chain, so an office is protected from this upgrade on; an
empty database gets its row with its first entry (an archive's dump of this revision,
loaded into an empty schema, brings its own row).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the head row's table and fill it from the chain there is."""
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    bind = op.get_bind()
    count = bind.execute(sa.text("SELECT COUNT(*) FROM audit_entries")).scalar() or 0
    office = bind.execute(sa.text("SELECT COUNT(*) FROM office")).scalar() or 0
    if count or office:
        last = bind.execute(
            sa.text("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1")
        ).scalar()
        op.bulk_insert(head, [{"id": 1, "count": int(count), "last_hash": last or ""}])


def downgrade() -> None:
    """Drop the head row's table."""
    op.drop_table("audit_head")
