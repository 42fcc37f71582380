r"""File names that came from outside (a clerk's disk, a backup archive): never paths.

An attachment's name is only ever a base name inside a folder the program chooses. A
name read from a database restored from someone else's archive may hold a path
(``C:\Users\Public\x.bat``, ``/home/x/.profile``, ``../../x.txt``), characters that
Windows refuses or reads as a device (``NUL``, ``COM1``, ``a:b`` as a stream), or
invisible characters that make ``exe.pdf`` look like ``fdp.exe``. ``safe_file_name``
turns any of them into a plain name that is the same on every system.
"""

from __future__ import annotations

import re
import unicodedata

FALLBACK_NAME = "tep-dinh-kem"
"""The name of a file whose own name has nothing usable left."""

MAX_NAME_BYTES = 200
"""Bound on a name's UTF-8 length: under the 255 of every file system, with room to spare."""

_MAX_SUFFIX = 16
"""An extension longer than this is part of the name, not a type to keep."""

_SEPARATORS = re.compile(r"[/\\]")
_REFUSED_BY_WINDOWS = frozenset('<>:"|?*')
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Control, format (bidirectional overrides), surrogate, private, unassigned, line breaks."""

_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{device}{digit}" for device in ("COM", "LPT") for digit in "0123456789¹²³"}
)
"""Names Windows reads as devices, whatever extension follows (``nul.txt`` too)."""


def safe_file_name(name: str, fallback: str = FALLBACK_NAME) -> str:
    """A plain base name for ``name``: safe to join to any folder on Windows and Linux.

    Only the last component of a path is kept (either system's separators, so a drive
    goes with them); characters Windows refuses and invisible ones become ``_``; dots
    and spaces are trimmed from both ends (no ``..``, no hidden file, no name Windows
    would silently shorten); a device name gets a ``_`` in front; the name is cut to
    ``MAX_NAME_BYTES`` keeping its extension. An empty result becomes ``fallback``.

    The result never contains a separator, is never ``.`` or ``..``, never empty, and
    ``safe_file_name(safe_file_name(x)) == safe_file_name(x)``.
    """
    text = unicodedata.normalize("NFC", str(name))
    text = _SEPARATORS.split(text)[-1]
    text = "".join(
        "_"
        if char in _REFUSED_BY_WINDOWS or unicodedata.category(char) in _HIDDEN_CATEGORIES
        else char
        for char in text
    )
    text = " ".join(text.split())  # tabs and runs of spaces: one space
    text = text.strip(" .")
    if not text:
        return safe_file_name(fallback) if fallback else FALLBACK_NAME
    if text.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        text = f"_{text}"
    return _bounded(text)


def is_safe_file_name(name: str) -> bool:
    """Whether ``name`` is already what ``safe_file_name`` makes of it (a check for imports)."""
    return bool(name) and safe_file_name(name, fallback="") == name


def _bounded(text: str) -> str:
    """``text`` cut to ``MAX_NAME_BYTES`` of UTF-8, its extension kept when it is short."""
    if len(text.encode("utf-8")) <= MAX_NAME_BYTES:
        return text
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix) > _MAX_SUFFIX:
        stem, suffix = text, ""
    ending = f".{suffix}" if suffix else ""
    room = MAX_NAME_BYTES - len(ending.encode("utf-8"))
    cut = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(" .")
    return f"{cut or FALLBACK_NAME}{ending}"
