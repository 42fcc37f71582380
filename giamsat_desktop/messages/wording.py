"""Fills the sentences of this package with their values, in the language asked for."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from typing import Any

from giamsat_desktop.messages.detail_texts import DETAILS
from giamsat_desktop.messages.error_texts import MESSAGES
from giamsat_desktop.messages.marking import CONTEXT, Translate
from giamsat_desktop.messages.names import COLUMN_NAMES, FIELD_NAMES


def field_name(key: str) -> str:
    """Vietnamese name of a field or record kind; the key itself when unknown."""
    return FIELD_NAMES.get(key, key)


def thousands(number: int) -> str:
    """A count grouped the Vietnamese way ("10.000")."""
    return f"{number:,}".replace(",", ".")


def template_of(code: str) -> str | None:
    """The Vietnamese template of an error or detail code; None when there is none."""
    return MESSAGES.get(code) or DETAILS.get(code)


def _as_written(context: str, text: str) -> str:
    return text


def word(
    code: str,
    values: Mapping[str, Any],
    translate: Translate = _as_written,
    number: Callable[[int], str] = thousands,
) -> str:
    """The sentence for ``code`` with ``values``, in the language ``translate`` gives.

    ``{field}``, ``{what}`` and ``{other}`` are field keys, ``{column}`` (one) and
    ``{columns}`` (a list) import columns: each is named in that language. A value told
    by code and values itself (``domain.errors.Detail``) is worded the same way; ``{x:n}``
    groups a count's thousands with ``number``; a date reads dd/mm/yyyy; a list is joined
    with commas (a list of details with semicolons).
    """
    source = template_of(str(code))
    if source is None:
        return str(code)
    return _fill(translate(CONTEXT, source), values, translate, number)


def describe(code: str, values: Mapping[str, Any]) -> str:
    """The Vietnamese sentence for an error, as the headless commands print it."""
    return word(code, values)


def say(item: Any) -> str:
    """The Vietnamese sentence for anything told by ``code`` and ``values``.

    An error, a ``domain.errors.Detail``, or a row problem of an Excel import.
    """
    return describe(item.code, item.values)


def _is_detail(value: Any) -> bool:
    """Whether ``value`` is told by code and values (``domain.errors.Detail``, a row problem)."""
    return hasattr(value, "code") and isinstance(getattr(value, "values", None), Mapping)


class _Filler(string.Formatter):
    """Formats details, counts, dates and lists as a sentence shows them."""

    def __init__(self, translate: Translate, number: Callable[[int], str]) -> None:
        super().__init__()
        self.translate = translate
        self.number = number

    def format_field(self, value: Any, format_spec: str) -> str:
        if _is_detail(value):
            value = word(value.code, value.values, self.translate, self.number)
        elif format_spec == "n" and isinstance(value, int) and not isinstance(value, bool):
            return self.number(value)
        elif isinstance(value, dt.date) and not format_spec:
            return value.strftime("%d/%m/%Y")
        elif isinstance(value, list | tuple) and value and all(map(_is_detail, value)):
            value = "; ".join(word(v.code, v.values, self.translate, self.number) for v in value)
        elif isinstance(value, list | tuple) and not format_spec:
            value = ", ".join(str(item) for item in value)
        return str(super().format_field(value, format_spec))


def _name(table: dict[str, str], context: str, key: str, translate: Translate) -> str:
    source = table.get(key)
    return translate(context, source) if source is not None else key


def _fill(
    template: str,
    values: Mapping[str, Any],
    translate: Translate,
    number: Callable[[int], str],
) -> str:
    filled = dict(values)
    for key in ("field", "what", "other"):
        if key in filled:
            filled[key] = _name(FIELD_NAMES, "Fields", str(filled[key]), translate)
    for key in ("field", "what"):  # a name that opens the sentence takes its capital
        if key in filled and template.startswith("{" + key + "}"):
            filled[key] = filled[key][:1].upper() + filled[key][1:]
    if "column" in filled:
        named = _name(COLUMN_NAMES, "Columns", str(filled["column"]), translate)
        at_start = template.startswith("{column}")
        filled["column"] = named if at_start else named[:1].lower() + named[1:]
    if "columns" in filled:
        filled["columns"] = [
            _name(COLUMN_NAMES, "Columns", str(key), translate) for key in filled["columns"]
        ]
    try:
        return _Filler(translate, number).format(template, **filled)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template
