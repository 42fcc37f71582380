"""The office's Standing Board (Ban Thường trực) and how each member signs.

The board is data kept in Danh mục: the chair, the vice-chairs (since July 2025 a
commune's vice-chairs are the heads of its member organisations) and the standing
members. An outgoing document, and every letter drafted later (official letters, plans,
decisions), offers these members as signers and prints the signature block that goes
with the member's position.

Signature blocks (Nghị định 30/2020, Phụ lục I, as MTTQ offices write them):

- ``TM.`` (thay mặt) goes before the name of a collective body a member signs for;
- ``KT.`` (ký thay) goes before the head's title when a deputy signs in the head's stead.

So the chair signs for the collective board: ``TM. BAN THƯỜNG TRỰC`` / ``CHỦ TỊCH``; a
vice-chair signs in the chair's stead: ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``; a standing
member (Ủy viên Thường trực) is neither the head nor the head's deputy but a member of
the collective board entrusted to sign for it, so signs ``TM. BAN THƯỜNG TRỰC`` /
``ỦY VIÊN THƯỜNG TRỰC``. (Signing ``TL.`` by order is for heads of the office's
departments, who are not on this list.)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from giamsat_desktop.domain.text import fold

BOARD_NAME = "Ban Thường trực"
"""The collective body a ``TM.`` signature names."""


class BoardPosition(StrEnum):
    """A member's position on the Standing Board; stored by value."""

    CHAIR = "chu_tich"
    VICE_CHAIR = "pho_chu_tich"
    STANDING_MEMBER = "uy_vien_thuong_truc"

    @property
    def label(self) -> str:
        """The position as stored and printed: ``Phó Chủ tịch`` (from ``domain.labels``)."""
        from giamsat_desktop.domain.labels import label

        return label(self)

    @property
    def rank(self) -> int:
        """Order of the positions in a list: the chair first."""
        return _RANKS[self]


_RANKS = {BoardPosition.CHAIR: 0, BoardPosition.VICE_CHAIR: 1, BoardPosition.STANDING_MEMBER: 2}


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """The two lines over the signature: the authority and the signer's title, in capitals."""

    authority: str
    """``TM. BAN THƯỜNG TRỰC`` or ``KT. CHỦ TỊCH``."""
    title: str
    """``CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``, ``ỦY VIÊN THƯỜNG TRỰC``."""

    @property
    def lines(self) -> tuple[str, str]:
        """Both lines, top first, as a form prints them."""
        return (self.authority, self.title)

    def one_line(self) -> str:
        """Both lines on one: ``KT. CHỦ TỊCH / PHÓ CHỦ TỊCH``."""
        return f"{self.authority} / {self.title}"


def signature_block(position: BoardPosition) -> SignatureBlock:
    """The signature block a member of ``position`` signs under."""
    board = f"TM. {BOARD_NAME.upper()}"
    chair = BoardPosition.CHAIR.label.upper()
    if position is BoardPosition.CHAIR:
        return SignatureBlock(board, chair)
    if position is BoardPosition.VICE_CHAIR:
        return SignatureBlock(f"KT. {chair}", BoardPosition.VICE_CHAIR.label.upper())
    return SignatureBlock(board, BoardPosition.STANDING_MEMBER.label.upper())


def position_of(text: str) -> BoardPosition | None:
    """The board position a typed or stored position names (any case, with or without marks).

    ``"Phó Chủ tịch"``, ``"PHÓ CHỦ TỊCH"`` and ``"pho chu tich"`` all name the vice-chair;
    any other text (a signer from outside the board) names none.
    """
    folded = fold(text)
    for position in BoardPosition:
        if folded == fold(position.label):
            return position
    return None


@dataclass(frozen=True, slots=True)
class BoardMemberDraft:
    """A member as typed, before it has an id."""

    full_name: str
    position: BoardPosition = BoardPosition.VICE_CHAIR


@dataclass(frozen=True, slots=True)
class BoardMemberRecord:
    """A member as stored; ``sort_order`` is the member's place in the office's list."""

    id: int
    full_name: str
    position: BoardPosition
    sort_order: int
    active: bool
    version: int

    @property
    def signature(self) -> SignatureBlock:
        """The block this member signs under."""
        return signature_block(self.position)


def default_signer(members: list[BoardMemberRecord]) -> BoardMemberRecord | None:
    """Who signs by default: the active chair, else nobody (the clerk chooses)."""
    return next(
        (m for m in members if m.active and m.position is BoardPosition.CHAIR),
        None,
    )
