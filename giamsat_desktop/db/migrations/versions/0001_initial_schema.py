"""Initial schema: office, organisations, people, users, audit, registers, attachments.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 18:45:55.779385
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')),
    sa.UniqueConstraint('sha256', name=op.f('uq_attachments_sha256'))
    )
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entries_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('office',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('place_name', sa.String(length=200), nullable=False),
    sa.Column('date_line_place', sa.String(length=200), nullable=False),
    sa.Column('higher_body', sa.String(length=300), nullable=False),
    sa.Column('symbol_suffix', sa.String(length=50), nullable=False),
    sa.Column('chair_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('code', name=op.f('uq_organizations_code'))
    )
    op.create_table('register_books',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('secret', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('imported', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_books')),
    sa.UniqueConstraint('year', 'kind', 'secret', 'name', name=op.f('uq_register_books_year_kind_secret_name'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('incoming_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book_id', sa.Integer(), nullable=False),
    sa.Column('arrival_number', sa.Integer(), nullable=False),
    sa.Column('arrival_number_text', sa.String(length=20), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=False),
    sa.Column('issuer', sa.String(length=300), nullable=False),
    sa.Column('symbol', sa.String(length=100), nullable=False),
    sa.Column('doc_number', sa.String(length=20), nullable=False),
    sa.Column('type_code', sa.String(length=10), nullable=False),
    sa.Column('doc_date', sa.Date(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('signer', sa.String(length=200), nullable=False),
    sa.Column('urgency', sa.String(length=20), nullable=False),
    sa.Column('secrecy', sa.String(length=20), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=True),
    sa.Column('recipients', sa.String(length=500), nullable=False),
    sa.Column('transfer_date', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('instruction', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('handling_status', sa.String(length=20), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['book_id'], ['register_books.id'], name=op.f('fk_incoming_documents_book_id_register_books')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incoming_documents')),
    sa.UniqueConstraint('book_id', 'arrival_number_text', name=op.f('uq_incoming_documents_book_id_arrival_number_text'))
    )
    with op.batch_alter_table('incoming_documents', schema=None) as batch_op:
        batch_op.create_index('ix_incoming_documents_arrival', ['arrival_date', 'arrival_number'], unique=False)
        batch_op.create_index('ix_incoming_documents_book_number', ['book_id', 'arrival_number'], unique=False)
        batch_op.create_index('ix_incoming_documents_issuer', ['issuer', 'arrival_date'], unique=False)

    op.create_table('outgoing_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('number_text', sa.String(length=20), nullable=False),
    sa.Column('symbol', sa.String(length=100), nullable=False),
    sa.Column('type_code', sa.String(length=10), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signer_position', sa.String(length=200), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('file_copy_holder', sa.String(length=200), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=True),
    sa.Column('transfer_date', sa.Date(), nullable=True),
    sa.Column('urgency', sa.String(length=20), nullable=False),
    sa.Column('secrecy', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['book_id'], ['register_books.id'], name=op.f('fk_outgoing_documents_book_id_register_books')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_documents')),
    sa.UniqueConstraint('book_id', 'number_text', name=op.f('uq_outgoing_documents_book_id_number_text'))
    )
    with op.batch_alter_table('outgoing_documents', schema=None) as batch_op:
        batch_op.create_index('ix_outgoing_documents_book_number', ['book_id', 'number'], unique=False)
        batch_op.create_index('ix_outgoing_documents_issue', ['issue_date', 'number'], unique=False)

    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_people_organization_id_organizations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_organization_id'), ['organization_id'], unique=False)

    op.create_table('incoming_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_incoming_attachments_attachment_id_attachments')),
    sa.ForeignKeyConstraint(['document_id'], ['incoming_documents.id'], name=op.f('fk_incoming_attachments_document_id_incoming_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incoming_attachments'))
    )
    with op.batch_alter_table('incoming_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incoming_attachments_attachment_id'), ['attachment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incoming_attachments_document_id'), ['document_id'], unique=False)

    op.create_table('outgoing_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_outgoing_attachments_attachment_id_attachments')),
    sa.ForeignKeyConstraint(['document_id'], ['outgoing_documents.id'], name=op.f('fk_outgoing_attachments_document_id_outgoing_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_attachments'))
    )
    with op.batch_alter_table('outgoing_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_attachments_attachment_id'), ['attachment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_attachments_document_id'), ['document_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('outgoing_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_attachments_document_id'))
        batch_op.drop_index(batch_op.f('ix_outgoing_attachments_attachment_id'))

    op.drop_table('outgoing_attachments')
    with op.batch_alter_table('incoming_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incoming_attachments_document_id'))
        batch_op.drop_index(batch_op.f('ix_incoming_attachments_attachment_id'))

    op.drop_table('incoming_attachments')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_organization_id'))

    op.drop_table('people')
    with op.batch_alter_table('outgoing_documents', schema=None) as batch_op:
        batch_op.drop_index('ix_outgoing_documents_issue')
        batch_op.drop_index('ix_outgoing_documents_book_number')

    op.drop_table('outgoing_documents')
    with op.batch_alter_table('incoming_documents', schema=None) as batch_op:
        batch_op.drop_index('ix_incoming_documents_issuer')
        batch_op.drop_index('ix_incoming_documents_book_number')
        batch_op.drop_index('ix_incoming_documents_arrival')

    op.drop_table('incoming_documents')
    op.drop_table('users')
    op.drop_table('register_books')
    op.drop_table('organizations')
    op.drop_table('office')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_entity')
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))

    op.drop_table('audit_entries')
    op.drop_table('attachments')

