"""Sentences for the error codes of ``domain.errors``, in Vietnamese.

A leaf package shared by the window and the headless commands. The texts are marked
with ``QT_TRANSLATE_NOOP`` so that Qt Linguist collects them for the English
translation; the window translates them, the commands print them as written here.

The tables are in ``error_texts`` (error codes), ``detail_texts`` (detail codes) and
``names`` (columns, fields, date problems); ``wording`` fills them with their values and
``marking`` holds the translation marker. Callers import everything from here.
"""

from __future__ import annotations

from giamsat_desktop.messages.detail_texts import DETAILS
from giamsat_desktop.messages.error_texts import MESSAGES
from giamsat_desktop.messages.marking import CONTEXT, QT_TRANSLATE_NOOP, Translate
from giamsat_desktop.messages.names import COLUMN_NAMES, DATE_PROBLEMS, FIELD_NAMES
from giamsat_desktop.messages.wording import (
    describe,
    field_name,
    say,
    template_of,
    thousands,
    word,
)

__all__ = [
    "COLUMN_NAMES",
    "CONTEXT",
    "DATE_PROBLEMS",
    "DETAILS",
    "FIELD_NAMES",
    "MESSAGES",
    "QT_TRANSLATE_NOOP",
    "Translate",
    "describe",
    "field_name",
    "say",
    "template_of",
    "thousands",
    "word",
]
