"""Attachment contents kept in a shared database; the unused symbol prefix index goes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

On a shared PostgreSQL database each PC keeps attachments in its own data folder, so a
file attached on one PC must also be in the database for the others to open it (and for
any PC's backup to hold it). ``attachment_contents`` holds those bytes; on SQLite it
stays empty, the files being beside the database.

Short search terms ("15", "CV") reach the trigram index through the padded word start
(" cv"), which also keeps PostgreSQL's results the same as SQLite's; the prefix index on
``lower(symbol)`` from 0002 was never used by a query and only cost writes.
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REGISTERS = ("incoming_documents", "outgoing_documents")


def upgrade() -> None:
    op.create_table(
        "attachment_contents",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_contents")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table in REGISTERS:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_symbol_prefix")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in REGISTERS:
            op.execute(
                f"CREATE INDEX ix_{table}_symbol_prefix ON {table} "
                f"(lower(symbol) text_pattern_ops)"
            )
    op.drop_table("attachment_contents")
