"""Sentences for errors, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.errors import GiamsatError
from giamsat_desktop.messages import FIELD_NAMES, MESSAGES, render


def field_label(key: str) -> str:
    """The translated name of a field or record kind."""
    source = FIELD_NAMES.get(key)
    return QCoreApplication.translate("Fields", source) if source else key


def error_text(exc: BaseException) -> str:
    """What to tell the clerk about ``exc``."""
    if isinstance(exc, GiamsatError):
        template = MESSAGES.get(exc.code.value)
        if template is not None:
            return render(QCoreApplication.translate("Errors", template), exc.values, field_label)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "Lỗi đọc ghi tệp: {detail}").format(
            detail=exc.strerror or str(exc)
        )
    return QCoreApplication.translate("Errors", "Lỗi không mong đợi ({kind}): {detail}").format(
        kind=type(exc).__name__, detail=str(exc)
    )
