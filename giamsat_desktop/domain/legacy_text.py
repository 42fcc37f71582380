"""Reading Vietnamese typed in the legacy 8-bit encodings TCVN3 (ABC) and VNI.

Before Unicode, offices typed Vietnamese in 8-bit fonts: TCVN3 (TCVN 5712:1993 VN3, the "ABC"
fonts .VnTime and the capitals-only .VnTimeH) in the north and VNI (VNI-Times) in the south.
Excel kept the bytes as the Windows Latin characters they are in an ordinary code page, so an old
register read today shows "Céng hoµ x· héi chñ nghÜa" or "Coäng hoøa xaõ hoäi chuû nghóa" where
the clerk saw "Cộng hòa xã hội chủ nghĩa". The tables here undo that. :func:`repair_text`
decides, cell by cell, whether a text needs it, and says when it cannot tell, so that an import
flags the row instead of silently changing what a clerk typed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["LegacyEncoding", "TextRepair", "decode_legacy", "repair_text"]


class LegacyEncoding(StrEnum):
    """An 8-bit Vietnamese encoding whose text can be recovered."""

    TCVN3 = "tcvn3"
    VNI = "vni"

    @property
    def label(self) -> str:
        """The name clerks know the encoding by."""
        return {"tcvn3": "TCVN3", "vni": "VNI"}[self.value]


@dataclass(frozen=True, slots=True)
class TextRepair:
    """What :func:`repair_text` made of one text.

    Attributes:
        text: The text to store: converted when a legacy encoding was recognised, otherwise the
            text as given.
        encoding: The legacy encoding the text was converted from, None when it was not.
        unsure: True when the text may be legacy-encoded but no reading is convincing; the text
            is then kept as given so that a person can look at it.
    """

    text: str
    encoding: LegacyEncoding | None
    unsure: bool


def _compose(*parts: str) -> str:
    return unicodedata.normalize("NFC", "".join(parts))


_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
# Both tables below list a vowel's toned forms in this order, the order TCVN3 assigns them.
_TONES = (_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT)
_VOWELS = "aăâeêioôơuưy"

# --- TCVN3 (TCVN 5712:1993, VN3) -------------------------------------------------------------
# VN3 adds to ASCII the seven capitals without tone, their lower-case forms and the sixty
# lower-case toned vowels; capitals with a tone are typed with the lower-case codes in the
# capitals-only font .VnTimeH.
_TCVN3_LETTERS: dict[int, str] = {
    0xA1: "Ă",
    0xA2: "Â",
    0xA3: "Ê",
    0xA4: "Ô",
    0xA5: "Ơ",
    0xA6: "Ư",
    0xA7: "Đ",
    0xA8: "ă",
    0xA9: "â",
    0xAA: "ê",
    0xAB: "ô",
    0xAC: "ơ",
    0xAD: "ư",
    0xAE: "đ",
}
# Codes of each vowel with grave, hook above, tilde, acute, dot below.
_TCVN3_TONED: dict[str, tuple[int, int, int, int, int]] = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3: dict[str, str] = {chr(code): letter for code, letter in _TCVN3_LETTERS.items()} | {
    chr(code): _compose(vowel, tone)
    for vowel, codes in _TCVN3_TONED.items()
    for code, tone in zip(codes, _TONES, strict=True)
}
_TCVN3_TABLE = str.maketrans(_TCVN3)
_TCVN3_CODES = re.compile(f"[{''.join(sorted(_TCVN3))}]")

# --- VNI (VNI-Windows, fonts VNI-Times and others) --------------------------------------------
# VNI writes most letters as a base letter followed by a mark character drawn over it; a few
# letters (ơ, ư, đ, the toned i, ỵ) are single characters. Capitals take capital marks.
_VNI_SINGLE_LOWER: dict[str, str] = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "í": "í",
    "ò": "ị",
    "î": "ỵ",
}
# Mark characters in the order grave, hook above, tilde, acute, dot below.
_VNI_TONE_MARKS = ("ø", "û", "õ", "ù", "ï")
# Circumflex (â) and breve (ê) marks, alone and then with each tone in the same order.
_VNI_CIRCUMFLEX_MARKS = ("â", "à", "å", "ã", "á", "ä")
_VNI_BREVE_MARKS = ("ê", "è", "ú", "ü", "é", "ë")
_VNI_TONE_BASES: dict[str, str] = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y"} | {
    "ô": "ơ",
    "ö": "ư",
}


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    lower: dict[tuple[str, str], str] = {}
    for base, letter in _VNI_TONE_BASES.items():
        for mark, tone in zip(_VNI_TONE_MARKS, _TONES, strict=True):
            lower[base, mark] = _compose(letter, tone)
    for base in "aeo":
        for mark, tone in zip(_VNI_CIRCUMFLEX_MARKS, ("", *_TONES), strict=True):
            lower[base, mark] = _compose(base, _CIRCUMFLEX, tone)
    for mark, tone in zip(_VNI_BREVE_MARKS, ("", *_TONES), strict=True):
        lower["a", mark] = _compose("a", _BREVE, tone)
    # The case of the result follows the base letter; a mark typed in the other case (caps lock
    # switched mid-word) still belongs to it.
    for (base, mark), letter in lower.items():
        for written_mark in (mark, mark.upper()):
            pairs[base + written_mark] = letter
            pairs[base.upper() + written_mark] = letter.upper()
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_SINGLE: dict[str, str] = _VNI_SINGLE_LOWER | {
    legacy.upper(): letter.upper() for legacy, letter in _VNI_SINGLE_LOWER.items()
}
_VNI_BASES = "".join(sorted({pair[0] for pair in _VNI_PAIRS}))
_VNI_MARKS = "".join(sorted({pair[1] for pair in _VNI_PAIRS}))
_VNI_PATTERN = re.compile(f"[{_VNI_BASES}][{_VNI_MARKS}]|[{''.join(sorted(_VNI_SINGLE))}]")
_VNI_CODES = re.compile(f"[{''.join(sorted(set(_VNI_MARKS) | set(_VNI_SINGLE)))}]")


# Everything the pattern can match, decoded: a base followed by a mark it cannot carry ("yâ")
# is the base read alone and the stray mark kept.
_VNI_MATCHES: dict[str, str] = (
    {base + mark: _VNI_SINGLE.get(base, base) + mark for base in _VNI_BASES for mark in _VNI_MARKS}
    | _VNI_SINGLE
    | _VNI_PAIRS
)


def _vni_letter(match: re.Match[str]) -> str:
    return _VNI_MATCHES[match.group()]


# --- Vietnamese text as Unicode ---------------------------------------------------------------
_VIETNAMESE_LETTERS = frozenset(
    letter
    for vowel in _VOWELS
    for tone in ("", *_TONES)
    for letter in (_compose(vowel, tone), _compose(vowel, tone).upper())
) | {"đ", "Đ"}
_NON_ASCII_LETTERS = frozenset(letter for letter in _VIETNAMESE_LETTERS if not letter.isascii())
# Punctuation that Vietnamese text typed in any encoding may hold: the non-breaking space and
# what Word's autocorrect writes (curly quotes, dashes, ellipsis, bullet).
_PUNCTUATION = frozenset("\u00a0\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022")
# Characters of Windows-1252 above U+00FF: a legacy text read through that code page may hold
# them (typed punctuation), so their presence does not prove the text is Unicode.
_CP1252_EXTRA = "".join(
    char for char in bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore") if ord(char) > 0xFF
)
# A character that no 8-bit text read through Latin-1 or Windows-1252 can hold: its presence
# means the text is Unicode already (NFC or NFD).
_UNICODE_ONLY = re.compile(f"[^\\x00-\\xff{re.escape(_CP1252_EXTRA)}]")
# Characters the legacy encodings use that Vietnamese Unicode text does not: the evidence that a
# text is mojibake rather than Vietnamese written in the letters Latin-1 happens to share.
_LEGACY_SIGNS = frozenset(
    char
    for char in (*_TCVN3, *_VNI_SINGLE, *_VNI_MARKS)
    if char not in _VIETNAMESE_LETTERS and char not in _PUNCTUATION
)
_LEGACY_SIGN = re.compile(f"[{''.join(sorted(_LEGACY_SIGNS))}]")
_WORD = re.compile(r"[^\W\d_]+")
_STRAY = re.compile(
    "[^\\x00-\\x7f" + re.escape("".join(sorted(_NON_ASCII_LETTERS | _PUNCTUATION))) + "]"
)
_TONE_SET = frozenset(_TONES)

# A Vietnamese syllable: initial consonant, then a rhyme. The rhymes are the vowel groups that
# end a syllable and those followed by a final consonant, with the finals each one takes.
_INITIALS = [
    *("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr"),
    *("b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"),
]
_OPEN_RHYMES = [
    *("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"),
    *("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi"),
    *("ua", "ui", "ưa", "ưi", "ưu", "uy", "uê", "uơ"),
    *("iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu"),
]
_CLOSED_RHYMES: dict[str, str] = {
    "a": "c ch m n ng nh p t",
    "ă": "c m n ng p t",
    "â": "c m n ng p t",
    "e": "c m n ng p t",
    "ê": "ch m n nh p t",
    "i": "ch m n nh p t",
    "o": "c m n ng p t",
    "ô": "c m n ng p t",
    "ơ": "m n p t",
    "u": "c m n ng p t",
    "ư": "c m n ng t",
    "y": "ch n nh p t",
    "iê": "c m n ng p t",
    "yê": "c m n ng p t",
    "uô": "c m n ng t",
    "ươ": "c m n ng p t",
    "oa": "c ch m n ng nh p t",
    "oă": "c m n ng t",
    "oe": "n t",
    "uâ": "n ng t",
    "uê": "ch nh",
    "uy": "ch n nh p t",
    "uyê": "n t",
    "oo": "c ng",
}


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_RHYMES = _OPEN_RHYMES + [
    vowels + final for vowels, finals in _CLOSED_RHYMES.items() for final in finals.split()
]
_SYLLABLE = re.compile(f"(?:{_alternatives(_INITIALS)})?(?:{_alternatives(_RHYMES)})")
_LONGEST_SYLLABLE = max(map(len, _INITIALS)) + max(map(len, _RHYMES))


@functools.lru_cache(maxsize=16_384)
def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for char in decomposed if char in _TONE_SET)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_SET))
    return _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True, slots=True)
class _Reading:
    """How much a text looks like Vietnamese."""

    text: str
    strays: int
    """Characters outside ASCII that are neither Vietnamese letters nor usual punctuation."""
    words: int
    """Words holding a letter outside ASCII (ASCII words, such as UBND, prove nothing); not
    counted when there are strays."""
    syllables: int
    """Of those words, the ones that are Vietnamese syllables."""

    @property
    def share(self) -> float:
        return self.syllables / self.words if self.words else 1.0

    def plausible(self, share: float) -> bool:
        return self.strays == 0 and self.share >= share


def _read(text: str) -> _Reading:
    strays = len(_STRAY.findall(text))
    if strays:
        return _Reading(text, strays, 0, 0)  # not Vietnamese, whatever its words
    words = [word for word in _WORD.findall(text) if not word.isascii()]
    return _Reading(text, strays, len(words), sum(1 for word in words if _is_word(word)))


def _is_word(word: str) -> bool:
    # A capital inside a lower-case word ("ViÖt", "KhÈn") is a TCVN3 code, not a letter: TCVN3
    # puts lower-case vowels on the codes of Latin-1 capitals.
    cased = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
    # No syllable is longer than "nghiêng": a longer word is not one, and is not kept in the
    # cache of syllables, which long nonsense words would otherwise fill.
    return cased and len(word) <= _LONGEST_SYLLABLE and _is_syllable(word)


# A legacy reading must make at least this share of its words real syllables (names and typos
# aside); the text as given must make all of them, since it has no other evidence for it.
_DECODED_SHARE = 0.75
_MIXED_SIGNS = 2


_ASCII_CAPITAL = re.compile("[A-Z]")
_ASCII_LOWER = re.compile("[a-z]")
# A whole run of non-spaces holding a capital. The look-behind keeps the search linear: without
# it, every position of a long run without a capital would be tried to the run's end.
_WORD_WITH_CAPITAL = re.compile(r"(?<!\S)\S*[A-Z]\S*")


def _capitals_word(word: str) -> str:
    """Decode one word of a text that is not all in capitals, guessing its font."""
    decoded = word.translate(_TCVN3_TABLE)
    capitals = _ASCII_CAPITAL.findall(word)
    if _ASCII_LOWER.search(word) is not None:
        return decoded
    if len(capitals) >= 2 or not word.startswith(capitals[0]):
        # "H¦NG" is "HƯNG", and "ñY" is "ỦY": a capital after a toned letter is no initial.
        return decoded.upper()
    # Only an initial capital ("X·" is "Xã" or "XÃ"): in mixed text, the lower-case reading.
    return decoded


def _decode_tcvn3(text: str, capitals: bool | None) -> str:
    if capitals is not None:
        decoded = text.translate(_TCVN3_TABLE)
        return decoded.upper() if capitals else decoded
    found = _ASCII_CAPITAL.findall(text)
    if not found:
        return text.translate(_TCVN3_TABLE)
    if len(found) >= 2 and _ASCII_LOWER.search(text) is None:
        # Every ASCII letter is a capital: the whole text was typed in .VnTimeH.
        return text.translate(_TCVN3_TABLE).upper()
    pieces: list[str] = []
    end = 0
    for match in _WORD_WITH_CAPITAL.finditer(text):
        pieces.append(text[end : match.start()].translate(_TCVN3_TABLE))
        pieces.append(_capitals_word(match.group()))
        end = match.end()
    pieces.append(text[end:].translate(_TCVN3_TABLE))
    return "".join(pieces)


def decode_legacy(text: str, encoding: LegacyEncoding, capitals: bool | None = False) -> str:
    """Convert text typed in a legacy encoding, as Excel gives it back, to Unicode.

    TCVN3 has no capitals with a tone: clerks typed them with the lower-case codes in the
    capitals-only font .VnTimeH, which also shows ASCII letters as capitals. The font is not in
    the text, so the caller says whether it was used; None guesses it word by word: a word
    whose ASCII letters are capitals ("ñY", "H¦NG") was typed in .VnTimeH; a word with no ASCII
    letter, or only an initial capital ("X·"), follows the rest of the text. VNI has real
    capitals, so for it only True changes anything (everything is then written in capitals).

    Args:
        text: The text read from the cell, each byte of the legacy encoding appearing as the
            Latin-1 or Windows-1252 character of the same code.
        encoding: The encoding the text was typed in.
        capitals: True when the text was shown in a capitals-only font, None to guess (TCVN3).

    Returns:
        The text in Unicode, NFC. Characters the encoding does not assign are kept.
    """
    if encoding is LegacyEncoding.TCVN3:
        decoded = _decode_tcvn3(text, capitals)
    else:
        decoded = _VNI_PATTERN.sub(_vni_letter, text)
        if capitals:
            decoded = decoded.upper()
    return unicodedata.normalize("NFC", decoded)


_CODES: dict[LegacyEncoding, re.Pattern[str]] = {
    LegacyEncoding.TCVN3: _TCVN3_CODES,
    LegacyEncoding.VNI: _VNI_CODES,
}


def _foreign_to(codes: set[str]) -> re.Pattern[str]:
    """A character an encoding neither decodes nor could leave as it is in Vietnamese text."""
    kept = _NON_ASCII_LETTERS | _PUNCTUATION | codes
    return re.compile("[^\\x00-\\x7f" + re.escape("".join(sorted(kept))) + "]")


# A decoding keeps every character it does not assign, so one such character that is no
# Vietnamese letter makes its reading implausible before it is even made: "©" rules out VNI.
_FOREIGN: dict[LegacyEncoding, re.Pattern[str]] = {
    LegacyEncoding.TCVN3: _foreign_to(set(_TCVN3)),
    LegacyEncoding.VNI: _foreign_to(set(_VNI_MARKS) | set(_VNI_SINGLE)),
}


def _unchanged(text: str, unsure: bool = False) -> TextRepair:
    return TextRepair(text, None, unsure)


def _repair(text: str, hint: LegacyEncoding | None) -> TextRepair:
    if text.isascii():
        return _unchanged(text)
    if _UNICODE_ONLY.search(text) is not None:
        # Unicode already. Legacy signs beside Unicode letters mean a cell typed partly in each,
        # which no conversion can put right on its own.
        return _unchanged(text, unsure=len(_LEGACY_SIGN.findall(text)) >= _MIXED_SIGNS)

    given = _read(text)
    composed = unicodedata.normalize("NFC", text)
    plausible: dict[LegacyEncoding, _Reading] = {}
    for encoding, codes in _CODES.items():
        if codes.search(text) is None or _FOREIGN[encoding].search(text) is not None:
            continue  # nothing this encoding would change, or a character it would leave stray
        capitals = None if encoding is LegacyEncoding.TCVN3 else False
        decoded = decode_legacy(text, encoding, capitals)
        if decoded == composed:
            continue
        reading = _read(decoded)
        if reading.words > 0 and reading.plausible(_DECODED_SHARE):
            plausible[encoding] = reading

    if given.plausible(1.0):
        # Vietnamese written only in letters Latin-1 shares with it ("Công an xã"). A legacy
        # reading that also makes sense is a doubt only where the rest of the file is legacy.
        return _unchanged(text, unsure=hint is not None and hint in plausible)
    if len(plausible) == 1:
        ((encoding, reading),) = plausible.items()
        return TextRepair(reading.text, encoding, False)
    if len(plausible) > 1:
        best = max(plausible.values(), key=lambda reading: reading.share)
        others = [reading for reading in plausible.values() if reading is not best]
        if all(best.share > reading.share for reading in others):
            encoding = next(key for key, value in plausible.items() if value is best)
            return TextRepair(best.text, encoding, False)
        if hint is not None and hint in plausible:
            return TextRepair(plausible[hint].text, hint, False)
        return _unchanged(text, unsure=True)
    # No reading makes sense. Text without any sign of a legacy encoding is foreign words or
    # symbols typed in Unicode; anything else is left for a person to look at.
    return _unchanged(text, unsure=given.strays > 0)


def repair_text(text: str, *, hint: LegacyEncoding | None = None) -> TextRepair:
    """Recognise a text typed in TCVN3 or VNI and convert it to Unicode.

    A text holding any character beyond Windows-1252 is Unicode already (NFC or NFD) and is
    returned as given; so is plain ASCII. Otherwise the text is read as given, as TCVN3 and as
    VNI, and each reading is judged by whether all its characters are Vietnamese letters,
    ASCII or usual punctuation and whether its words are Vietnamese syllables. Text that is
    already sound Vietnamese is never converted, because a wrong conversion would destroy a
    clerk's data while a missed one is visible and can be fixed in the file.

    Args:
        text: The text of one cell.
        hint: The legacy encoding the rest of the same file was recognised in, if any. It
            settles a text that reads well both as TCVN3 and as VNI, and turns a text that
            reads well both as given and in that encoding (short words such as "Sè") into a
            doubt instead of a silent choice.

    Returns:
        The repair: the converted text and its encoding, or the text as given, with ``unsure``
        set when it may be legacy text that no reading explains. Never raises.
    """
    try:
        return _repair(text, hint)
    except Exception:  # a cell must never stop an import; it is flagged instead
        return _unchanged(text, unsure=True)
