"""The Vietnamese label of every value of the office's vocabulary: one table for all.

The prints, the Excel files and the headless commands write these words as they are; the
window shows them through ``ui.labels.label``, which translates these very words. An
enum's ``label`` property reads this table too, so a word is written once, here.

``OfficeLevel`` has, besides its label here (a choice on the office form and in the change
log), the lowercase word its ``label`` property gives for composing a name (``xã`` in
``Ủy ban MTTQ Việt Nam xã Tân Hưng``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Any

from giamsat_desktop.domain.accounts import Role
from giamsat_desktop.domain.board import BoardPosition
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.domain.organizations import OrganizationKind
from giamsat_desktop.domain.registers import IncomingState, StateGroup

_TABLE: dict[type[Enum], dict[Any, str]] = {
    Urgency: {
        Urgency.NORMAL: "Thường",
        Urgency.URGENT: "Khẩn",
        Urgency.VERY_URGENT: "Thượng khẩn",
        Urgency.FLASH: "Hỏa tốc",
    },
    Secrecy: {
        Secrecy.NORMAL: "Thường",
        Secrecy.CONFIDENTIAL: "Mật",
        Secrecy.SECRET: "Tối mật",
        Secrecy.TOP_SECRET: "Tuyệt mật",
    },
    HandlingStatus: {
        HandlingStatus.PENDING: "Chưa xử lý",
        HandlingStatus.IN_PROGRESS: "Đang xử lý",
        HandlingStatus.DONE: "Đã xử lý",
    },
    IncomingState: {
        IncomingState.PENDING: "Chưa xử lý",
        IncomingState.IN_PROGRESS: "Đang xử lý",
        IncomingState.DONE: "Đã xử lý",
        IncomingState.CANCELLED: "Đã hủy",
        IncomingState.OVERDUE: "Quá hạn",
    },
    StateGroup: {
        StateGroup.NOT_CANCELLED: "Chưa hủy",
        StateGroup.UNFINISHED: "Chưa xử lý xong",
    },
    OrganizationKind: {
        OrganizationKind.MEMBER: "Tổ chức thành viên",
        OrganizationKind.BOARD: "Ban trực thuộc",
        OrganizationKind.PARTY: "Cơ quan Đảng",
        OrganizationKind.GOVERNMENT: "Cơ quan nhà nước",
        OrganizationKind.OTHER: "Khác",
    },
    BoardPosition: {
        BoardPosition.CHAIR: "Chủ tịch",
        BoardPosition.VICE_CHAIR: "Phó Chủ tịch",
        BoardPosition.STANDING_MEMBER: "Ủy viên Thường trực",
    },
    Role: {
        Role.ADMIN: "Quản trị",
        Role.CLERK: "Văn thư",
        Role.VIEWER: "Chỉ xem",
    },
    OfficeLevel: {
        OfficeLevel.PROVINCE: "Tỉnh",
        OfficeLevel.CITY: "Thành phố",
        OfficeLevel.COMMUNE: "Xã",
        OfficeLevel.WARD: "Phường",
        OfficeLevel.SPECIAL_ZONE: "Đặc khu",
        OfficeLevel.DISTRICT: "Huyện (hồ sơ trước năm 2025)",
    },
}

LABELS: Mapping[type[Enum], Mapping[Any, str]] = MappingProxyType(
    {kind: MappingProxyType(labels) for kind, labels in _TABLE.items()}
)
"""Each enum's values and their Vietnamese labels, by enum.

By enum, since values of two enums may be equal strings (``Urgency.NORMAL == Secrecy.NORMAL``).
A signer's position is stored and printed in these words.
"""


def label(value: Enum) -> str:
    """The Vietnamese label of a value, as printed: ``label(Urgency.FLASH)`` is ``Hỏa tốc``."""
    return LABELS[type(value)][value]
