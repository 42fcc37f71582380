"""How the sentences are marked for translation: their context and the no-op marker.

``QT_TRANSLATE_NOOP`` is the name Qt Linguist's ``lupdate`` looks for; the tables of
this package call it so that their texts are collected for the English translation.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "Errors"

Translate = Callable[[str, str], str]
"""Gives the text of ``(context, source)`` in the active language."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation without translating it here."""
    return text
