"""Typed errors raised by services: a code and its values, never prose.

The window and the headless commands turn each code into a sentence in the chosen
language (see ``giamsat_desktop.messages``), so the same failure reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Every failure a clerk or a support person may be told about."""

    FIELD_REQUIRED = "field_required"
    FIELD_TOO_LONG = "field_too_long"
    FIELD_INVALID = "field_invalid"
    DUPLICATE_CODE = "duplicate_code"
    NOT_FOUND = "not_found"
    STALE_EDIT = "stale_edit"
    OFFICE_MISSING = "office_missing"
    OFFICE_EXISTS = "office_exists"
    DATABASE_NEWER = "database_newer"
    DATABASE_FOREIGN = "database_foreign"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_UNREACHABLE = "database_unreachable"
    DATABASE_NOT_FOUND = "database_not_found"
    DATABASE_NOT_EMPTY = "database_not_empty"
    TARGET_NOT_EMPTY = "target_not_empty"
    MIGRATION_FAILED = "migration_failed"
    BACKUP_FAILED = "backup_failed"
    FILE_NOT_FOUND = "file_not_found"
    NOT_ALLOWED = "not_allowed"
    NUMBER_TAKEN = "number_taken"
    NUMBER_INVALID = "number_invalid"
    DATE_AFTER = "date_after"
    YEAR_FIXED = "year_fixed"
    ALREADY_CANCELLED = "already_cancelled"
    LETTER_ISSUED = "letter_issued"
    LETTER_NOT_ISSUED = "letter_not_issued"
    NO_SIGNER = "no_signer"
    NO_DRAFT = "no_draft"
    TASK_MOVE_FORBIDDEN = "task_move_forbidden"
    NOTHING_TO_UNDO = "nothing_to_undo"
    DEADLINE_NOT_LATER = "deadline_not_later"
    HAS_TASKS = "has_tasks"
    NO_TASKS = "no_tasks"
    NOTHING_OVERDUE = "nothing_overdue"
    ORGANIZATION_CODE_UNKNOWN = "organization_code_unknown"
    FILE_TOO_LARGE = "file_too_large"
    FILE_EMPTY = "file_empty"
    ATTACHMENT_MISSING = "attachment_missing"
    IMPORT_HAS_PROBLEMS = "import_has_problems"
    BOOKS_HAVE_PROBLEMS = "books_have_problems"
    PDF_UNREADABLE = "pdf_unreadable"
    PDF_LOCKED = "pdf_locked"
    PDF_NO_TEXT = "pdf_no_text"
    IMPORT_EMPTY = "import_empty"
    NOT_CANCELLED = "not_cancelled"
    BACKUP_INVALID = "backup_invalid"
    RESTORE_FAILED = "restore_failed"
    RESTORE_FAILED_NOTHING_BEFORE = "restore_failed_nothing_before"
    ALREADY_RUNNING = "already_running"
    PASSWORD_WEAK = "password_weak"
    WRONG_PASSWORD = "wrong_password"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    ACCOUNT_INACTIVE = "account_inactive"
    LAST_ADMIN = "last_admin"
    ADMIN_EXISTS = "admin_exists"
    OUTPUT_IS_FOLDER = "output_is_folder"
    OUTPUT_NOT_A_FILE = "output_not_a_file"
    OUTPUT_FOLDER_MISSING = "output_folder_missing"
    OUTPUT_NOT_WRITABLE = "output_not_writable"
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"
    DATABASE_FILE_READ_ONLY = "database_file_read_only"
    DATABASE_FOLDER_READ_ONLY = "database_folder_read_only"
    HELD_BY_WINDOW = "held_by_window"
    HELD_BY_COMMAND = "held_by_command"
    FILE_ERROR = "file_error"
    OUTPUT_TOO_LARGE = "output_too_large"
    # A supervision session: its steps and its delegation.
    SESSION_MOVE_FORBIDDEN = "session_move_forbidden"
    SESSION_NOTHING_TO_UNDO = "session_nothing_to_undo"
    SESSION_FORM_FIXED = "session_form_fixed"
    DELEGATION_NO_HEAD = "delegation_no_head"
    DELEGATION_TWO_HEADS = "delegation_two_heads"
    DELEGATION_HEAD_NOT_BOARD = "delegation_head_not_board"
    DELEGATION_NAME_MISSING = "delegation_name_missing"
    SESSION_RECOMMENDATIONS_OPEN = "session_recommendations_open"
    # A recommendation after a supervision.
    RECOMMENDATION_MOVE_FORBIDDEN = "recommendation_move_forbidden"
    RECOMMENDATION_NOTHING_TO_UNDO = "recommendation_nothing_to_undo"
    RECOMMENDATION_SENT = "recommendation_sent"
    RECOMMENDATION_NOT_OVERDUE = "recommendation_not_overdue"
    NO_RECOMMENDATIONS = "no_recommendations"
    RECOMMENDATION_BODIES = "recommendation_bodies"
    RECOMMENDATION_BODY_UNKNOWN = "recommendation_body_unknown"
    # A direct dialogue's issue, named by its line.
    DIALOGUE_ISSUE_REQUIRED = "dialogue_issue_required"
    DIALOGUE_DONE_BEFORE_HELD = "dialogue_done_before_held"
    # A social criticism session.
    CRITICISM_MOVE_FORBIDDEN = "criticism_move_forbidden"
    CRITICISM_NOTHING_TO_UNDO = "criticism_nothing_to_undo"
    CRITICISM_SENT = "criticism_sent"
    CRITICISM_NOT_SENT = "criticism_not_sent"
    CRITICISM_PURPOSE_FIXED = "criticism_purpose_fixed"
    CRITICISM_OTHER_PURPOSE = "criticism_other_purpose"
    # A line of the annual supervision programme.
    PROGRAMME_ITEM_OPENED = "programme_item_opened"
    PROGRAMME_ITEM_CANCELLED = "programme_item_cancelled"
    PROGRAMME_ITEM_NOT_SET_ASIDE = "programme_item_not_set_aside"
    PROGRAMME_MISSING = "programme_missing"

    # A backup archive held against the program's schema (restore).
    BACKUP_COMPRESSION_UNKNOWN = "backup_compression_unknown"
    BACKUP_MEMBER_OVERSIZE = "backup_member_oversize"
    BACKUP_ROW_UNREADABLE = "backup_row_unreadable"
    BACKUP_TABLE_UNKNOWN = "backup_table_unknown"
    BACKUP_VALUE_INVALID = "backup_value_invalid"
    BACKUP_VALUE_TOO_LONG = "backup_value_too_long"
    BACKUP_VALUE_MISSING = "backup_value_missing"
    BACKUP_COLUMN_UNKNOWN = "backup_column_unknown"
    BACKUP_SCHEMA_FOREIGN = "backup_schema_foreign"
    BACKUP_SCHEMA_MISSING = "backup_schema_missing"
    RESTORE_FAILED_UNCHANGED = "restore_failed_unchanged"


class DetailCode(StrEnum):
    """A part of a sentence told by code: why a file is refused, a row's problem or change.

    A detail travels as a value of an error (``reason``, ``detail``), as a row problem of an
    Excel import, or as a change the import made to a row; the window and the commands word
    it like an error (``giamsat_desktop.messages``).
    """

    # Why an Excel workbook cannot be read (the ``reason`` of FIELD_INVALID, field "file").
    EXCEL_NOT_EXCEL = "excel_not_excel"
    EXCEL_EMPTY_FILE = "excel_empty_file"
    EXCEL_CANNOT_OPEN = "excel_cannot_open"
    EXCEL_UNREADABLE = "excel_unreadable"
    EXCEL_BROKEN = "excel_broken"
    EXCEL_DAMAGED = "excel_damaged"
    EXCEL_NOT_READ = "excel_not_read"
    EXCEL_EXPANDS_TOO_MUCH = "excel_expands_too_much"
    EXCEL_TOO_MANY_PARTS = "excel_too_many_parts"
    EXCEL_EXPANDS_TOO_MUCH_ALL = "excel_expands_too_much_all"
    EXCEL_XLS_TOO_LARGE = "excel_xls_too_large"
    EXCEL_NO_SHEET = "excel_no_sheet"
    EXCEL_SHEET_DAMAGED = "excel_sheet_damaged"
    EXCEL_SHEET_MISSING_DATA = "excel_sheet_missing_data"
    EXCEL_FAR_COLUMN = "excel_far_column"
    EXCEL_FAR_ROW = "excel_far_row"
    EXCEL_TOO_MUCH_SHARED_TEXT = "excel_too_much_shared_text"
    EXCEL_PASSWORD_PART = "excel_password_part"
    EXCEL_PART_COMPRESSION = "excel_part_compression"
    EXCEL_PART_SIZE = "excel_part_size"
    EXCEL_PARTS_SIZE = "excel_parts_size"
    EXCEL_PART_MISSING = "excel_part_missing"
    EXCEL_PART_CUT = "excel_part_cut"
    EXCEL_PART_NOT_EXPANDED = "excel_part_not_expanded"
    EXCEL_PART_LONGER = "excel_part_longer"
    EXCEL_PART_MISMATCH = "excel_part_mismatch"
    EXCEL_PART_TWICE = "excel_part_twice"
    EXCEL_DOCTYPE = "excel_doctype"
    EXCEL_ODD_RELATIONS = "excel_odd_relations"
    EXCEL_BAD_XML = "excel_bad_xml"
    EXCEL_BAD_ROW_NUMBER = "excel_bad_row_number"
    EXCEL_BAD_CELL_ADDRESS = "excel_bad_cell_address"
    EXCEL_WHERE_PART = "excel_where_part"
    EXCEL_WHERE_SHEET = "excel_where_sheet"
    EXCEL_WHERE_SHARED_TEXTS = "excel_where_shared_texts"
    XML_TAG_MISMATCH = "xml_tag_mismatch"
    XML_CUT = "xml_cut"
    XML_UNDEFINED_ENTITY = "xml_undefined_entity"
    XML_INVALID_TOKEN = "xml_invalid_token"
    XML_JUNK_AFTER = "xml_junk_after"
    XML_DUPLICATE_ATTRIBUTE = "xml_duplicate_attribute"
    XML_SYNTAX = "xml_syntax"
    # Why the header or the chosen columns cannot be read (field "header").
    HEADER_SHEET_EMPTY = "header_sheet_empty"
    HEADER_NOT_FOUND = "header_not_found"
    HEADER_COLUMNS_NOT_CHOSEN = "header_columns_not_chosen"
    HEADER_BAD_POSITION = "header_bad_position"
    # A row of an Excel register that cannot be imported (values name the column and value).
    ROW_CELL_TOO_LONG = "row_cell_too_long"
    ROW_KEPT_CELL_TOO_LONG = "row_kept_cell_too_long"
    ROW_ENCODING_UNSURE = "row_encoding_unsure"
    ROW_KEPT_ENCODING_UNSURE = "row_kept_encoding_unsure"
    ROW_NOT_A_DATE = "row_not_a_date"
    ROW_NO_SUCH_DATE = "row_no_such_date"
    ROW_DATE_WITHOUT_YEAR = "row_date_without_year"
    ROW_DATE_UNREADABLE = "row_date_unreadable"
    ROW_VALUE_INVALID = "row_value_invalid"
    ROW_URGENCY_INVALID = "row_urgency_invalid"
    ROW_SECRECY_INVALID = "row_secrecy_invalid"
    ROW_MISSING = "row_missing"
    ROW_DOC_DATE_AFTER_ARRIVAL = "row_doc_date_after_arrival"
    ROW_TRANSFER_BEFORE_ARRIVAL = "row_transfer_before_arrival"
    ROW_NOTES_TOO_LONG = "row_notes_too_long"
    ROW_NUMBER_REPEATED = "row_number_repeated"
    ROW_NUMBER_IN_BOOK = "row_number_in_book"
    ROW_AT = "row_at"
    # What the import changed in a row on the way, for the preview.
    ROW_ENCODING_CONVERTED = "row_encoding_converted"
    ROW_KEPT_ENCODING_CONVERTED = "row_kept_encoding_converted"
    ROW_SERIAL_DATE = "row_serial_date"
    ROW_NUMBER_REWRITTEN = "row_number_rewritten"
    ROW_TYPE_GUESSED = "row_type_guessed"
    ROW_TYPE_FROM_SYMBOL = "row_type_from_symbol"
    ROW_TYPE_LEFT_BLANK = "row_type_left_blank"
    # Why a backup archive cannot be used (the ``detail`` of BACKUP_INVALID).
    BACKUP_NOT_AN_ARCHIVE = "backup_not_an_archive"
    BACKUP_UNSAFE_NAME = "backup_unsafe_name"
    BACKUP_MEMBER_TOO_LARGE = "backup_member_too_large"
    BACKUP_NO_MANIFEST = "backup_no_manifest"
    BACKUP_MANIFEST_DAMAGED = "backup_manifest_damaged"
    BACKUP_MEMBER_MISSING = "backup_member_missing"
    BACKUP_MEMBER_DAMAGED = "backup_member_damaged"
    BACKUP_MEMBER_CHANGED = "backup_member_changed"
    BACKUP_NEWER = "backup_newer"
    BACKUP_TABLE_MISSING = "backup_table_missing"
    BACKUP_ROW_COUNT = "backup_row_count"
    BACKUP_ATTACHMENT_CHECKSUM = "backup_attachment_checksum"
    BACKUP_DATABASE_DAMAGED = "backup_database_damaged"
    BACKUP_DATABASE_DAMAGED_BY = "backup_database_damaged_by"
    BACKUP_DATABASE_ROWS = "backup_database_rows"
    BACKUP_REVISION_MISMATCH = "backup_revision_mismatch"
    COMPRESSION_NUMBER = "compression_number"
    # A file to write whose extension the command cannot write.
    OUTPUT_SUFFIX = "output_suffix"
    # A word that names no office level (``giamsat office --level``).
    LEVEL_UNKNOWN = "level_unknown"
    # A stored file found damaged (a problem of the health check, a backup's warning).
    ATTACHMENT_DAMAGED = "attachment_damaged"
    ATTACHMENT_DAMAGED_UNLINKED = "attachment_damaged_unlinked"
    ATTACHED_TO_INCOMING = "attached_to_incoming"
    ATTACHED_TO_OUTGOING = "attached_to_outgoing"
    ATTACHMENT_TAKE_BACK = "attachment_take_back"
    # What SQLite's own checks found (its words, in English, as it wrote them).
    INTEGRITY_PROBLEM = "integrity_problem"
    FOREIGN_KEY_PROBLEM = "foreign_key_problem"
    # Why a summary book cannot be added up (a problem of ``services/consolidation``).
    BOOK_OTHER_SCHEMA = "book_other_schema"
    BOOK_OTHER_PERIOD = "book_other_period"
    BOOK_SAME_OFFICE = "book_same_office"
    BOOK_SHEET_MISSING = "book_sheet_missing"
    BOOK_OTHER_COLUMNS = "book_other_columns"
    BOOK_ROWS_MOVED = "book_rows_moved"
    BOOK_NOT_A_NUMBER = "book_not_a_number"
    BOOK_TOTAL_TYPED = "book_total_typed"
    BOOK_TOTAL_CHANGED = "book_total_changed"
    BOOK_TOTAL_WRONG = "book_total_wrong"
    BOOK_EMPTY = "book_empty"
    BOOK_UNREADABLE = "book_unreadable"
    # What long work is doing: the line under a progress bar.
    STEP_READING_SHEET = "step_reading_sheet"
    STEP_ROWS_READ = "step_rows_read"
    STEP_READING_ENCODING = "step_reading_encoding"
    STEP_ROWS_CHECKED = "step_rows_checked"
    STEP_ROWS_SAVED = "step_rows_saved"
    STEP_ROWS_WRITTEN = "step_rows_written"
    STEP_ROWS_WRITTEN_OF = "step_rows_written_of"
    STEP_TABLES = "step_tables"
    STEP_DATABASE_FILE = "step_database_file"
    STEP_FILES = "step_files"
    STEP_RECORDS = "step_records"


@dataclass(frozen=True, slots=True)
class Detail:
    """A part of a sentence, told by its code and values, worded where it is shown.

    Attributes:
        code: What is said.
        values: What the sentence names (file and sheet names, counts, dates, other details).
    """

    code: DetailCode | ErrorCode
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)


def detail(code: DetailCode | ErrorCode, /, **values: Any) -> Detail:
    """A :class:`Detail` of ``code`` with ``values``."""
    return Detail(code, values)


class GiamsatError(Exception):
    """Base of every error a service raises on purpose."""

    def __init__(self, code: ErrorCode, /, **values: Any) -> None:
        super().__init__(code.value, values)
        self.code = code
        self.values = values

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code.value!r}, {self.values!r})"


class ValidationError(GiamsatError):
    """Input the clerk typed cannot be saved; ``values['field']`` names the field."""


class NotFoundError(GiamsatError):
    """The record asked for does not exist (any more)."""


class ConflictError(GiamsatError):
    """Someone else changed the record, or a unique value is taken."""


class PermissionDeniedError(GiamsatError):
    """The account's role does not allow this change."""


class StorageError(GiamsatError):
    """The database cannot be opened, upgraded or trusted."""
