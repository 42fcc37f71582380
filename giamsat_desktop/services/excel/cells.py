"""Cell values as text: Excel's escapes undone, controls and spaces cleaned, legacy fonts repaired.

Registers typed in TCVN3 or VNI fonts are converted to Unicode; each distinct text of a sheet is
repaired once, with the encoding most of the sheet is in as the hint for doubtful texts.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from giamsat_desktop.domain.legacy_text import LegacyEncoding, TextRepair, repair_text
from giamsat_desktop.domain.text import normalize, normalize_line
from giamsat_desktop.services.excel.fields import CELL_LIMIT
from giamsat_desktop.services.excel.workbooks import DecodedText

__all__ = ["SheetRepairs", "cell_text", "clean_text", "is_blank"]


_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def cell_text(value: Any) -> str:
    """The text a cell shows, whatever its type; "12" for the float 12.0 Excel stores."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Excel writes control characters as _xHHHH_ (a CR before each pasted line break);
        # openpyxl leaves them so, calamine has turned them into characters already.
        if "_x" not in value or isinstance(value, DecodedText):
            return str(value)
        return _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


# Letters of Vietnamese Unicode text (composed or decomposed) that Latin-1 does not have.
_VIETNAMESE_BEYOND_LATIN1 = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169"
    "\u01a0\u01a1\u01af\u01b0\u0300\u0301\u0303\u0309\u0323\u1ea0-\u1ef9]"
)


# Control characters that normalize() drops (newline and tab are kept).
_DROPPED_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str, *, multi_line: bool) -> str:
    """:func:`normalize` or :func:`normalize_line`, with a quick path for the usual cell.

    Most cells hold no control character, and dropping them character by character is the
    slowest step of reading a large register; the result is the same either way.
    """
    if _DROPPED_CONTROL.search(text) is not None:
        return normalize(text) if multi_line else normalize_line(text)
    composed = unicodedata.normalize("NFC", text).strip()
    return composed if multi_line else " ".join(composed.split())


def is_blank(value: Any) -> bool:
    """Whether a cell holds nothing to read: empty, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


_CANCEL_EVERY = 64


class SheetRepairs:
    """Repairs of the sheet's texts, each distinct text repaired once.

    A text that reads well both as it stands and in a legacy encoding is judged with the
    encoding the rest of the sheet was found in, which needs the whole sheet first.
    """

    def __init__(self) -> None:
        self._plain: dict[str, TextRepair] = {}
        self._hinted: dict[str, TextRepair] = {}
        self.hint: LegacyEncoding | None = None

    def survey(self, texts: Iterable[str], *, cancelled: Callable[[], bool] | None = None) -> None:
        """Repair every text once and find the encoding most of the sheet is in, if any.

        A sheet counts as legacy only when its legacy texts outnumber those that are plainly
        Unicode (letters such as ư, đ, ạ that no 8-bit text holds): in a sheet typed partly in
        each, a Unicode "Công an xã" must not become a doubt because of its neighbours. A text
        longer than any field may be (``CELL_LIMIT``) is left out: its row is refused as too
        long without it being read.

        Raises:
            InterruptedError: ``cancelled``, asked every few dozen texts, answered True.
        """
        found: Counter[LegacyEncoding | None] = Counter()
        for number, text in enumerate(texts):
            if cancelled is not None and number % _CANCEL_EVERY == 0 and cancelled():
                raise InterruptedError("Đã hủy đọc tệp Excel")
            if len(text) > CELL_LIMIT or text in self._plain or text.isascii():
                continue
            repair = self._plain[text] = repair_text(text)
            if repair.encoding is not None:
                found[repair.encoding] += 1
            elif _VIETNAMESE_BEYOND_LATIN1.search(text) is not None:
                found[None] += 1
        unicode_texts = found.pop(None, 0)
        ranked = found.most_common(2)
        if not ranked or ranked[0][1] <= unicode_texts:
            return
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            self.hint = ranked[0][0]

    def __call__(self, text: str) -> TextRepair:
        """The repair of one text, judged with the sheet's encoding when it is doubtful."""
        if text.isascii():
            return TextRepair(text, None, False)
        repair = self._plain.get(text)
        if repair is None:
            repair = self._plain[text] = repair_text(text)
        if self.hint is None or repair.encoding is not None:
            return repair
        hinted = self._hinted.get(text)
        if hinted is None:
            hinted = self._hinted[text] = repair_text(text, hint=self.hint)
        return hinted
