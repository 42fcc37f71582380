"""The office the tests declare: a commune's Standing Board of the Front."""

from __future__ import annotations

from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel

TAN_HUNG = OfficeInfo(
    name="Ủy ban MTTQ Việt Nam xã Tân Hưng",
    level=OfficeLevel.COMMUNE,
    place_name="Tân Hưng",
    date_line_place="Tân Hưng",
    higher_body="Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
    symbol_suffix="MTTQ-BTT",
    chair_name="Nguyễn Thị Thu Hà",
)
