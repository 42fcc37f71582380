"""Breaking cell text into lines that fit a column, fast enough for a thousand-row register.

A reportlab Paragraph is measured again each time a table is split across a page and once
more when it is drawn; for a register of about ninety pages that costs more than the whole
time allowed. A register cell needs none of what a Paragraph offers beyond line breaking, so
its lines are broken here once, with word widths cached (issuers, recipients and subject words
repeat on every page), and the table gets plain strings with line breaks.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from giamsat_desktop.reports.layout.fonts import nfc

__all__ = ["LineBreaker"]

# A symbol or a compound too long for its column may break after these characters:
# "15/BC-MTTQ-BTT" becomes "15/BC-MTTQ-" and "BTT", as a clerk would write it by hand.
_BREAK_AFTER = re.compile(r"(?<=[-/,.;)–])")


class LineBreaker:
    """Greedy line breaking in one font and size, with a cache of word widths."""

    def __init__(self, font: str, size: float) -> None:
        """Prepare to measure text in a registered font.

        Args:
            font: Registered font name.
            size: Font size in points.
        """
        self.font = font
        self.size = size
        self._widths: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        """Width of a text in points, remembered for the next time the same text appears."""
        known = self._widths.get(text)
        if known is None:
            known = self._widths[text] = stringWidth(text, self.font, self.size)
        return known

    def _pieces(self, word: str, room: float) -> list[str]:
        """Cut a word wider than the column: after punctuation first, else between letters."""
        pieces: list[str] = []
        for part in (p for p in _BREAK_AFTER.split(word) if p):
            if self.width(part) <= room:
                pieces.append(part)
                continue
            current = ""
            for char in part:
                if current and self.width(current + char) > room:
                    pieces.append(current)
                    current = char
                else:
                    current += char
            if current:
                pieces.append(current)
        # Join neighbouring pieces again while they fit, so that "MTTQ-BTT" stays whole.
        merged: list[str] = []
        for piece in pieces:
            if merged and self.width(merged[-1] + piece) <= room:
                merged[-1] += piece
            else:
                merged.append(piece)
        return merged

    def lines(self, text: object, room: float) -> list[str]:
        """Break a text into lines no wider than ``room``; the clerk's own line breaks stay.

        Args:
            text: The cell's text; it is NFC-composed first.
            room: Width available for the text, in points.

        Returns:
            The lines, without leading or trailing spaces; an empty list for empty text.
        """
        result: list[str] = []
        for paragraph in nfc(text).split("\n"):
            current = ""
            current_width = 0.0
            for word in paragraph.split():
                word_width = self.width(word)
                if word_width > room:
                    parts = self._pieces(word, room)
                    *whole, word = parts
                    for part in whole:
                        if current and current_width + self.space + self.width(part) <= room:
                            current += " " + part
                            result.append(current)
                        else:
                            if current:
                                result.append(current)
                            result.append(part)
                        current, current_width = "", 0.0
                    word_width = self.width(word)
                if not current:
                    current, current_width = word, word_width
                elif current_width + self.space + word_width <= room:
                    current += " " + word
                    current_width += self.space + word_width
                else:
                    result.append(current)
                    current, current_width = word, word_width
            if current:
                result.append(current)
        return result
