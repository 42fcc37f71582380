"""Typed errors raised by services: a code and its values, never prose.

The window and the headless commands turn each code into a sentence in the chosen
language (see ``giamsat_desktop.messages``), so the same failure reads the same everywhere.
"""

from __future__ import annotations

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
    FILE_TOO_LARGE = "file_too_large"
    FILE_EMPTY = "file_empty"
    ATTACHMENT_MISSING = "attachment_missing"
    IMPORT_HAS_PROBLEMS = "import_has_problems"
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
