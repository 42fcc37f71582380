"""Register search index, never-reused numbering, outgoing answers to incoming documents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

On SQLite the folded ``search_text`` of both registers feeds an FTS5 index kept in step
by triggers. A later migration that rebuilds ``incoming_documents`` or
``outgoing_documents`` in batch mode drops those triggers with the old table and must
create them again (``create_search_triggers`` below). On PostgreSQL the same folded
column gets a trigram index, and symbols a prefix index for short terms such as ``CV``.
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

REGISTERS = (("incoming_documents", "incoming_search"), ("outgoing_documents", "outgoing_search"))


def create_search_triggers(table: str, index: str) -> None:
    """Keep ``index`` in step with ``table``.search_text on every write."""
    op.execute(
        f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {index}(rowid, search_text) VALUES (new.id, new.search_text); END"
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
    with op.batch_alter_table("register_books") as batch:
        batch.add_column(sa.Column("last_number", sa.Integer(), nullable=False, server_default="0"))
    op.execute(
        "UPDATE register_books SET last_number = COALESCE(("
        " SELECT MAX(arrival_number) FROM incoming_documents"
        " WHERE incoming_documents.book_id = register_books.id), 0)"
        " WHERE kind = 'den'"
    )
    op.execute(
        "UPDATE register_books SET last_number = COALESCE(("
        " SELECT MAX(number) FROM outgoing_documents"
        " WHERE outgoing_documents.book_id = register_books.id), 0)"
        " WHERE kind = 'di'"
    )
    op.create_table(
        "outgoing_answers",
        sa.Column("outgoing_id", sa.Integer(), nullable=False),
        sa.Column("incoming_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outgoing_id"], ["outgoing_documents.id"],
            name=op.f("fk_outgoing_answers_outgoing_id_outgoing_documents"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incoming_id"], ["incoming_documents.id"],
            name=op.f("fk_outgoing_answers_incoming_id_incoming_documents"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("outgoing_id", "incoming_id", name=op.f("pk_outgoing_answers")),
    )
    op.create_index("ix_outgoing_answers_incoming", "outgoing_answers", ["incoming_id"])
    op.create_index("ix_incoming_documents_type", "incoming_documents", ["type_code", "arrival_date"])
    op.create_index("ix_incoming_documents_deadline", "incoming_documents", ["deadline"])

    if op.get_bind().dialect.name == "sqlite":
        for table, index in REGISTERS:
            op.execute(
                f"CREATE VIRTUAL TABLE {index} USING fts5(search_text, content='{table}', "
                f"content_rowid='id', prefix='2 3')"
            )
            create_search_triggers(table, index)
            op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table, _index in REGISTERS:
            op.execute(
                f"CREATE INDEX ix_{table}_search_trgm ON {table} "
                f"USING gin (search_text gin_trgm_ops)"
            )
            op.execute(
                f"CREATE INDEX ix_{table}_symbol_prefix ON {table} "
                f"(lower(symbol) text_pattern_ops)"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for _table, index in REGISTERS:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {index}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {index}")
    else:
        for table, _index in REGISTERS:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_symbol_prefix")
    op.drop_index("ix_incoming_documents_deadline", table_name="incoming_documents")
    op.drop_index("ix_incoming_documents_type", table_name="incoming_documents")
    op.drop_index("ix_outgoing_answers_incoming", table_name="outgoing_answers")
    op.drop_table("outgoing_answers")
    with op.batch_alter_table("register_books") as batch:
        batch.drop_column("last_number")
