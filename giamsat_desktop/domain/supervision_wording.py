"""How the supervision forms word a session: its subject in a sentence, the "Căn cứ" lines.

Pure text rules the forms share (``supervision_letters``, ``programme_letter``, the
recommendations' letters): a subject lowered inside a sentence, "giám sát …" said once,
the "Căn cứ" lines kept once each, the ``- `` items of a list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from giamsat_desktop.domain.text import fold

BLANK = "…"
"""Where the delegation writes what no record holds."""

_LOWER_STARTS = frozenset(
    fold(word)
    for word in (
        "việc", "công", "tác", "tình", "kết", "hoạt", "thực", "trách", "quá", "chất", "đầu",
        "dự", "chính", "quản", "các", "những", "kết", "chương", "phong", "an", "giải",
        "tiếp", "cải", "xây", "bảo", "chi", "thu", "sử", "triển", "đảm", "vệ",
    )
)  # fmt: skip
"""First words of a subject that are common words, lowered after "giám sát" in a sentence."""


def date_text(day: dt.date) -> str:
    """``02/03/2026``."""
    return f"{day:%d/%m/%Y}"


def lines_of(text: str) -> list[str]:
    """The text's lines that hold words, their spaces single."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def part_lines(parts: Mapping[str, str], name: str) -> tuple[str, ...]:
    """A part of the office's wording, one line each."""
    return tuple(lines_of(parts.get(name, "")))


def in_sentence(subject: str) -> str:
    """A subject as it reads inside a sentence: a common first word lowered.

    ``Việc thực hiện …`` → ``việc thực hiện …``; a name (``Ủy ban nhân dân …``) stays.
    """
    text = " ".join(subject.split()).rstrip(".")
    first = text.split(" ", 1)[0] if text else ""
    if first and fold(first) in _LOWER_STARTS:
        return text[0].lower() + text[1:]
    return text


def matter_of(subject: str) -> str:
    """What is supervised, inside a sentence: ``việc thực hiện …`` without "giám sát"."""
    text = in_sentence(subject)
    if fold(text).startswith("giam sat "):
        return in_sentence(text[len("giám sát ") :])
    return text


def supervision_of(subject: str) -> str:
    """``giám sát việc …``: a subject that does not start with "giám sát" gets it."""
    text = in_sentence(subject)
    if fold(text).startswith("giam sat"):
        return "giám sát" + text[len("giám sát") :]
    return f"giám sát {text}"


def capital(text: str) -> str:
    """The text with its first letter a capital."""
    return text[:1].upper() + text[1:]


def items_of(text: str, last: str = ".") -> list[str]:
    """``- `` lines, each ending ``;`` and the last ``last``."""
    found = [line.lstrip("-–•+* ").rstrip(";.,") for line in lines_of(text)]
    found = [line for line in found if line]
    return [
        f"- {capital(line)}{last if number == len(found) else ';'}"
        for number, line in enumerate(found, start=1)
    ]


def ground_lines(lines: Iterable[str], last: str) -> tuple[str, ...]:
    """The "Căn cứ" lines, each ending ``;`` and the last ``last``.

    A line that repeats another, or is the start of another (``Căn cứ Luật … năm 2015``
    beside ``Căn cứ Luật … năm 2015 (sửa đổi …)``), is kept once, the longer.
    """
    kept: list[str] = []
    for line in lines:
        text = " ".join(line.split()).rstrip(";.,")
        if not text:
            continue
        if not fold(text).startswith(("can cu", "xet ", "thuc hien")):
            text = f"Căn cứ {text}"
        folded = fold(text)
        if any(fold(other).startswith(folded) for other in kept):
            continue
        kept = [other for other in kept if not folded.startswith(fold(other))] + [text]
    return tuple(
        f"{text}{last if number == len(kept) else ';'}" for number, text in enumerate(kept, start=1)
    )
