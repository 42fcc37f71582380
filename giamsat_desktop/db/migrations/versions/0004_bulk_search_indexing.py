"""On SQLite, a bulk insert can index its rows for search in one statement at its end.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

The insert triggers of the FTS5 indexes (0002) now stand aside while the index's name is
in ``search_index_paused``. A bulk insert (an Excel import, demo data) writes that row,
inserts its documents, indexes them with one ``INSERT … SELECT`` and deletes the row, all
in one transaction: no other connection ever sees the pause, and a crash rolls it back
with the rows. Indexing 10,000 rows so takes a tenth of the time the per-row trigger
took. A later migration that rebuilds a register table in batch mode must create these
triggers again (``create_insert_trigger`` below). PostgreSQL's trigram index needs nothing.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REGISTERS = (("incoming_documents", "incoming_search"), ("outgoing_documents", "outgoing_search"))


def create_insert_trigger(table: str, index: str) -> None:
    """Index each inserted row, unless a bulk insert has paused ``index`` to do it at once."""
    op.execute(
        f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} "
        f"WHEN NOT EXISTS (SELECT 1 FROM search_index_paused WHERE search_index = '{index}') "
        f"BEGIN INSERT INTO {index}(rowid, search_text) VALUES (new.id, new.search_text); END"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_index_paused (search_index TEXT PRIMARY KEY NOT NULL)")
    for table, index in REGISTERS:
        op.execute(f"DROP TRIGGER IF EXISTS {index}_ai")
        create_insert_trigger(table, index)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, index in REGISTERS:
        op.execute(f"DROP TRIGGER IF EXISTS {index}_ai")
        op.execute(
            f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {index}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
    op.execute("DROP TABLE search_index_paused")
