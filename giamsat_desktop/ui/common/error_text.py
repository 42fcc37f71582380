"""Sentences for errors, in the window's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.errors import GiamsatError
from giamsat_desktop.formatting import format_number
from giamsat_desktop.messages import COLUMN_NAMES, FIELD_NAMES, template_of, word


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def field_label(key: str) -> str:
    """The translated name of a field or record kind."""
    source = FIELD_NAMES.get(key)
    return _translate("Fields", source) if source else key


def column_label(key: str) -> str:
    """The translated name of a register column an Excel import knows (``ImportField``)."""
    source = COLUMN_NAMES.get(key)
    return _translate("Columns", source) if source else key


def code_text(code: str, values: Mapping[str, Any]) -> str:
    """The sentence for an error or detail code with its values, in the window's language."""
    return word(code, values, _translate, format_number)


def said(item: Any) -> str:
    """The sentence for anything told by ``code`` and ``values`` (a row problem, a detail)."""
    return code_text(item.code, item.values)


def error_text(exc: BaseException) -> str:
    """What to tell the clerk about ``exc``."""
    if isinstance(exc, GiamsatError) and template_of(exc.code.value) is not None:
        return code_text(exc.code.value, exc.values)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "Lỗi đọc ghi tệp: {detail}").format(
            detail=exc.strerror or str(exc)
        )
    return QCoreApplication.translate("Errors", "Lỗi không mong đợi ({kind}): {detail}").format(
        kind=type(exc).__name__, detail=str(exc)
    )
