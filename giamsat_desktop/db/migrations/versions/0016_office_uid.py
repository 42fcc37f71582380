"""The office's id, made once: ``office.uid``, a random UUID.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-12

A book the office sends up (the Excel summary of a period) names its office by this id, so
the higher level can tell two offices of the same name apart and one office's books of
several periods together. An office set up before this revision gets a fresh id of its own.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column, give each existing office a fresh id, then require one."""
    op.add_column("office", sa.Column("uid", sa.String(length=36), nullable=True))
    office = sa.table("office", sa.column("id", sa.Integer()), sa.column("uid", sa.String(36)))
    bind = op.get_bind()
    for (office_id,) in bind.execute(sa.select(office.c.id)).all():
        bind.execute(
            office.update().where(office.c.id == office_id).values(uid=str(uuid.uuid4()))
        )
    with op.batch_alter_table("office") as batch:
        batch.alter_column("uid", existing_type=sa.String(length=36), nullable=False)


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("office") as batch:
        batch.drop_column("uid")
