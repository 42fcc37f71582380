"""Vietnamese text clean-up for storage and folding for search.

Clerks paste text from Word, PDF and e-mail: it arrives in NFC or NFD, with stray control
characters and non-breaking spaces. Everything stored goes through :func:`normalize` so that equal
text is equal bytes, and everything searched goes through :func:`fold` so that "dang uy" finds
"Đảng ủy" (DESIGN.md, "Data").
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "fold_words", "normalize", "normalize_line"]

_WORD = re.compile(r"[^\W_]+")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Category Cc except tab and newline (a regular expression runs in C, per string)."""
_ALL_CONTROLS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""Combining marks (category Mn) that decomposed Latin and Vietnamese letters use."""
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _drop_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


def normalize(text: str) -> str:
    """Return text in the form it is stored in.

    Control characters are removed before composing, so that a stray one between a letter and
    its tone mark cannot stop the two from being composed. Newlines and tabs are kept because
    multi-line fields (subject, leader's instruction) need them; a carriage return is dropped,
    which turns Windows line ends into plain newlines.

    Args:
        text: Text as typed or pasted.

    Returns:
        The NFC-composed text without control characters other than newline and tab, stripped
        of surrounding whitespace.
    """
    return unicodedata.normalize("NFC", _drop_controls(text)).strip()


def normalize_line(text: str) -> str:
    """Return a single-line field (name, symbol, place) in the form it is stored in.

    Names pasted from tables often carry line breaks and non-breaking spaces; stored as they are,
    two spellings of one name would never compare equal.

    Args:
        text: Text as typed or pasted.

    Returns:
        :func:`normalize` of the text with every run of whitespace collapsed to one space.
    """
    return " ".join(normalize(text).split())


def fold(text: str) -> str:
    """Return the search key of a text: no tone or vowel marks, no case, single spaces.

    Clerks search without typing marks, and registers imported from old files mix NFC and NFD;
    folding both the indexed text and the query the same way makes those differences vanish.
    "đ" has no Unicode decomposition, so it is mapped to "d" explicitly. Punctuation is kept so
    that a symbol such as "558-CV/ĐUK" folds to "558-cv/duk" and can still be matched as a whole.

    Args:
        text: Any text, stored or typed as a query.

    Returns:
        The folded text.
    """
    # Case-fold first: some lower-case forms (e.g. of "İ") bring their own combining marks.
    decomposed = unicodedata.normalize("NFD", text.casefold())
    if decomposed.isascii():
        kept = _ALL_CONTROLS.sub(" ", decomposed)
    else:
        kept = _ALL_CONTROLS.sub(" ", _MARKS.sub("", decomposed))
        others = _NON_ASCII.findall(kept)
        if any(unicodedata.category(char) == "Mn" for char in others):  # another script's marks
            kept = "".join(char for char in kept if unicodedata.category(char) != "Mn")
    return " ".join(kept.replace("đ", "d").split())


def fold_words(text: str) -> list[str]:
    """Split a text into folded words, the terms a search index is queried with.

    Any character that is neither a letter nor a digit separates words, so a symbol typed as
    "558-CV/ĐUK" or "558 CV ĐUK" gives the same terms.

    Args:
        text: A query or any text to index.

    Returns:
        The non-empty folded words, in order; ["558", "cv", "duk"] for "558-CV/ĐUK".
    """
    return _WORD.findall(fold(text))
