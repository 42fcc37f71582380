"""Two spellings of one issuing body: the key they share and the spelling to suggest.

Clerks type the same body in several ways: "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh" and
"Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh" are one issuer, kept as two unless the entry dialog
points at the spelling already in the register. Only marks, case, punctuation and the word "và"
(or "&") are forgiven: "UBND xã Tân Hưng" and "Ủy ban nhân dân xã Tân Hưng" stay two names, since
telling an abbreviation from its words is the clerk's call, not the program's.
"""

from __future__ import annotations

from collections.abc import Iterable

from giamsat_desktop.domain.text import fold_words, normalize_line

__all__ = ["issuer_key", "other_spellings", "suggested_spelling"]

_JOINING_WORDS = frozenset({"va"})
"""Folded "và"; "&" is no word at all and goes with the punctuation."""


def issuer_key(name: str) -> str:
    """Return what two spellings of one issuer have in common.

    Marks and case are folded ("đ" becomes "d"), punctuation (hyphens and dashes, commas, full
    stops, slashes, brackets, "&") separates words and is dropped, the word "và" is dropped and
    the words are joined by single spaces.

    Args:
        name: An issuer as typed or stored.

    Returns:
        The key; "dang uy khoi co quan doanh nghiep tinh" for both spellings above, and an empty
        text for a name with no letter or digit.
    """
    return " ".join(word for word in fold_words(name) if word not in _JOINING_WORDS)


def other_spellings(typed: str, known: Iterable[str]) -> list[str]:
    """Return the known issuers spelled differently from ``typed`` but with the same key.

    Args:
        typed: The issuer the clerk typed.
        known: The issuers already in the register, in the order they should be offered.

    Returns:
        The matching known spellings in their given order, each once; never the typed spelling
        itself (compared as stored: composed, spaces collapsed).
    """
    key = issuer_key(typed)
    if not key:
        return []
    spelled = normalize_line(typed)
    found: list[str] = []
    for name in known:
        if normalize_line(name) != spelled and name not in found and issuer_key(name) == key:
            found.append(name)
    return found


def suggested_spelling(typed: str, known: list[str]) -> str | None:
    """Return the spelling to offer in place of ``typed``, if there is one.

    The first other spelling is offered: with ``known`` listed most used first, that is the one
    the register holds most often. A typed name that is itself a known spelling used more often
    than every other spelling of it is left alone.

    Args:
        typed: The issuer the clerk typed.
        known: The issuers already in the register, most used first.

    Returns:
        The spelling to offer, or None.
    """
    others = other_spellings(typed, known)
    if not others:
        return None
    spelled = normalize_line(typed)
    ranks = [index for index, name in enumerate(known) if normalize_line(name) == spelled]
    if ranks and ranks[0] < known.index(others[0]):
        return None
    return others[0]
