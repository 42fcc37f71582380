"""Checks shared by every service that takes text typed by a clerk."""

from __future__ import annotations

from giamsat_desktop.domain.accounts import Actor, Role
from giamsat_desktop.domain.errors import ErrorCode, PermissionDeniedError, ValidationError
from giamsat_desktop.domain.text import normalize, normalize_line


def single_line(value: str, field: str, limit: int, *, required: bool = True) -> str:
    """A name, code or symbol: NFC, spaces collapsed, not empty when required, not too long."""
    text = normalize_line(value or "")
    return _checked(text, field, limit, required)


def multi_line(value: str, field: str, limit: int, *, required: bool = False) -> str:
    """A subject, instruction or note: NFC, stripped, line breaks kept."""
    text = normalize(value or "")
    return _checked(text, field, limit, required)


def _checked(text: str, field: str, limit: int, required: bool) -> str:
    if required and not text:
        raise ValidationError(ErrorCode.FIELD_REQUIRED, field=field)
    if len(text) > limit:
        raise ValidationError(ErrorCode.FIELD_TOO_LONG, field=field, limit=limit, length=len(text))
    return text


def require_write(actor: Actor) -> None:
    """Refuse any change by a read-only account, whatever the window showed."""
    if not actor.role.can_write:
        raise PermissionDeniedError(ErrorCode.NOT_ALLOWED, user=actor.user_name)


def require_admin(actor: Actor) -> None:
    """Refuse what only an administrator may do (purging a cancelled document)."""
    if actor.role is not Role.ADMIN:
        raise PermissionDeniedError(ErrorCode.NOT_ALLOWED, user=actor.user_name)
