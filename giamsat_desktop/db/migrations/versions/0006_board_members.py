"""The office's Standing Board (Ban Thường trực): who may sign outgoing documents.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

``board_members`` lists the chair, the vice-chairs and the standing members, each with a
position (``chu_tich``, ``pho_chu_tich``, ``uy_vien_thuong_truc``), a place in the list
and an active flag. Until now the office held only its chair's name: an office that has
one gets that name as its first member, the active chair, so its outgoing documents keep
the signer they had. The seeded row is written by the upgrade, not by a clerk, so it has
no entry in the audit log (as the rows of 0005); every later change has one. An empty
database (and an archive's dump of this revision loaded into an empty schema) gets no
row here: the dump brings its own.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make the board's table and seed the chair from the office's chair name."""
    board = op.create_table(
        "board_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_members")),
    )
    bind = op.get_bind()
    chair = bind.execute(sa.text("SELECT chair_name FROM office ORDER BY id LIMIT 1")).scalar()
    name = " ".join(str(chair or "").split())
    if name:
        # No id given: PostgreSQL's sequence gives it, so the next member's id is free.
        op.bulk_insert(
            board,
            [
                {
                    "full_name": name,
                    "position": "chu_tich",
                    "sort_order": 1,
                    "active": True,
                    "version": 1,
                }
            ],
        )


def downgrade() -> None:
    """Drop the board's table (the office keeps its chair's name)."""
    op.drop_table("board_members")
