"""The office (Ủy ban MTTQ) a database belongs to, and its administrative level.

Since 1 July 2025 local government has two levels, but records made before the reform
still name district offices, so the level is data, never a constant of the program.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class OfficeLevel(StrEnum):
    """Administrative level of the office; stored by value."""

    PROVINCE = "tinh"
    CITY = "thanh_pho"
    COMMUNE = "xa"
    WARD = "phuong"
    SPECIAL_ZONE = "dac_khu"
    DISTRICT = "huyen"

    @property
    def label(self) -> str:
        """The level as written before a place name: ``xã`` in ``xã Tân Hưng``."""
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    OfficeLevel.PROVINCE: "tỉnh",
    OfficeLevel.CITY: "thành phố",
    OfficeLevel.COMMUNE: "xã",
    OfficeLevel.WARD: "phường",
    OfficeLevel.SPECIAL_ZONE: "đặc khu",
    OfficeLevel.DISTRICT: "huyện",
}

FRONT_NAME = "Ủy ban MTTQ Việt Nam"


def default_office_name(level: OfficeLevel, place: str) -> str:
    """The usual full name, e.g. ``Ủy ban MTTQ Việt Nam xã Tân Hưng``."""
    return f"{FRONT_NAME} {level.label} {place}".strip()


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    """What the first-run wizard asks and every printed form uses."""

    name: str
    level: OfficeLevel
    place_name: str
    date_line_place: str
    higher_body: str
    symbol_suffix: str
    chair_name: str
    version: int = 0

    @property
    def letterhead_unit(self) -> str:
        """Second line of the letterhead, in capitals: ``XÃ TÂN HƯNG``."""
        return f"{self.level.label} {self.place_name}".upper()
