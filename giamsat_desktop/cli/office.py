"""The office: ``office`` shows or declares it, ``demo-data`` fills a sample one."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from typing import TYPE_CHECKING

from giamsat_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_UNHEALTHY,
    add_command,
    data_folder,
    database_url,
    open_for_reading,
)
from giamsat_desktop.domain.accounts import SYSTEM
from giamsat_desktop.domain.errors import DetailCode, ErrorCode, ValidationError, detail
from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel
from giamsat_desktop.messages import field_name

if TYPE_CHECKING:
    from giamsat_desktop.cli.common import Subcommands

LEVEL_WORDS = ("xa", "phuong", "dac-khu", "tinh", "thanh-pho", "huyen")
"""The office's levels as typed after ``--level`` (the values of ``OfficeLevel`` work too)."""
DEFAULT_SUFFIX = "MTTQ-BTT"
"""A new office's symbol suffix when none is given, as the first-run wizard proposes."""

OFFICE_LABELS = {"name": "Tên đơn vị", "level": "Cấp"}
"""The office's fields whose names say more here than the shared field names."""

OFFICE_OPTIONS = {
    "--name": ("name", "TÊN", "ví dụ “Ủy ban MTTQ Việt Nam xã Tân Hưng”"),
    "--level": ("level", "CẤP", "một trong: " + ", ".join(LEVEL_WORDS)),
    "--place": ("place_name", "ĐỊA_PHƯƠNG", "ví dụ “Tân Hưng”"),
    "--date-place": ("date_line_place", "ĐỊA_DANH", "để trống: dùng tên địa phương"),
    "--higher": ("higher_body", "CƠ_QUAN", "ví dụ “Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp”"),
    "--suffix": ("symbol_suffix", "KÝ_HIỆU", f"mặc định {DEFAULT_SUFFIX}"),
    "--chair": ("chair_name", "HỌ_TÊN", "ví dụ “Nguyễn Văn A”"),
}
"""The ``office`` command's options: the field each sets, and an example of its value."""

OFFICE_FIELDS = ("name", "level", "place_name", "date_line_place", "higher_body")
OFFICE_FIELDS += ("symbol_suffix", "chair_name")
NEW_OFFICE_NEEDS = {"name": "--name", "level": "--level", "place_name": "--place"}
"""What a database without an office needs before it can have one."""


def add_commands(commands: Subcommands) -> None:
    """Add the commands that show or declare the office and make a sample one."""
    office = add_command(
        commands,
        "office",
        _office,
        help="xem hoặc khai báo thông tin đơn vị (không có tùy chọn: chỉ xem)",
        writes=_office_writes,
    )
    for option, (field, metavar, example) in OFFICE_OPTIONS.items():
        label = OFFICE_LABELS.get(field) or field_name(field)
        help_text = f"{label[:1].upper()}{label[1:]}, {example}"
        office.add_argument(option, dest=field, metavar=metavar, help=help_text)
    demo = add_command(
        commands,
        "demo-data",
        _demo_data,
        help="tạo dữ liệu mẫu của một đơn vị",
        writes=True,
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: một đơn vị nhỏ (mặc định); large: mười năm, 100.000 văn bản đến",
    )
    demo.add_argument(
        "--seed", metavar="SỐ", type=int, default=2025, help="số khởi đầu của dữ liệu ngẫu nhiên"
    )


def _demo_data(args: argparse.Namespace) -> int:
    from giamsat_desktop.formatting import format_number
    from giamsat_desktop.services.demo_data import create_demo_data
    from giamsat_desktop.services.safety.database import open_database

    database = open_database(database_url(args.db))
    try:
        counts = create_demo_data(
            database.session_factory,
            args.size,
            seed=args.seed,
            data_folder=data_folder(database),
        )
    finally:
        database.close()
    print(
        f"Đã tạo dữ liệu mẫu: {format_number(counts['incoming'])} văn bản đến, "
        f"{format_number(counts['outgoing'])} văn bản đi, "
        f"{format_number(counts['tasks'])} nhiệm vụ, "
        f"{format_number(counts['supervision_sessions'])} cuộc giám sát, "
        f"{format_number(counts['recommendations'])} kiến nghị, "
        f"{format_number(counts['criticism_sessions'])} cuộc phản biện xã hội, "
        f"{format_number(counts['dialogues'])} cuộc đối thoại trực tiếp, "
        f"{format_number(counts['conduct_sessions'])} cuộc giám sát theo QĐ 124, "
        f"{format_number(counts['citizen_reports'])} phản ánh của nhân dân, "
        f"{counts['organizations']} tổ chức, {counts['people']} người."
    )
    return EXIT_OK


def _office_changes(args: argparse.Namespace) -> dict[str, str]:
    """The office's fields the command line gives, by field."""
    return {field: getattr(args, field) for field in OFFICE_FIELDS if getattr(args, field, None)}


def _office_writes(args: argparse.Namespace) -> bool:
    """``office`` without options only shows the office: it writes when given a field."""
    return bool(_office_changes(args))


def _office_level(text: str) -> OfficeLevel:
    """The level a clerk typed: ``xa``, ``thanh-pho``, ``Thành phố`` or the stored value.

    Raises:
        ValidationError: naming the level when the word is none of them.
    """
    folded = unicodedata.normalize("NFD", text.strip().lower().replace("đ", "d"))
    word = "".join(ch for ch in folded if not unicodedata.combining(ch))
    word = re.sub(r"[\s\-]+", "_", word)
    try:
        return OfficeLevel(word)
    except ValueError:
        raise ValidationError(
            ErrorCode.FIELD_INVALID,
            field="level",
            reason=detail(DetailCode.LEVEL_UNKNOWN, text=text, choices=list(LEVEL_WORDS)),
        ) from None


def _office(args: argparse.Namespace) -> int:
    """Show the office, or set the fields given (creating it with the usual organisations)."""
    from dataclasses import replace

    from giamsat_desktop.domain.organizations import USUAL_ORGANIZATIONS
    from giamsat_desktop.services.catalog import office as office_service

    changes: dict[str, object] = dict(_office_changes(args))
    if "level" in changes:
        changes["level"] = _office_level(str(changes["level"]))
    if not changes:
        database = open_for_reading(args.db)
        try:
            office = office_service.get_office(database.session_factory)
        finally:
            database.close()
        if office is None:
            print(
                "Cơ sở dữ liệu chưa có thông tin đơn vị. Khai báo bằng lệnh: "
                "giamsat office --name TÊN --level CẤP --place ĐỊA_PHƯƠNG"
            )
            return EXIT_UNHEALTHY
        _print_office(office)
        return EXIT_OK
    from giamsat_desktop.services.safety.database import open_database

    database = open_database(database_url(args.db), create=False)
    try:
        factory = database.session_factory
        office = office_service.get_office(factory)
        if office is None:
            missing = [
                f"{option} ({field_name(field).lower()})"
                for field, option in NEW_OFFICE_NEEDS.items()
                if field not in changes
            ]
            if missing:
                print(
                    "giamsat: cơ sở dữ liệu chưa có thông tin đơn vị; để khai báo còn thiếu "
                    f"{', '.join(missing)}.",
                    file=sys.stderr,
                )
                return EXIT_FAILED
            fresh = OfficeInfo(
                name="",
                level=changes["level"],  # type: ignore[arg-type]
                place_name="",
                date_line_place="",
                higher_body="",
                symbol_suffix=DEFAULT_SUFFIX,
                chair_name="",
            )
            office, _changes = office_service.set_up_office(
                factory, SYSTEM, replace(fresh, **changes), USUAL_ORGANIZATIONS
            )
            said = "Đã khai báo thông tin đơn vị"
        else:
            office, _changes = office_service.update_office(
                factory, SYSTEM, replace(office, **changes)
            )
            said = "Đã sửa thông tin đơn vị"
    finally:
        database.close()
    print(f"{said}:")
    _print_office(office)
    return EXIT_OK


def _print_office(office: OfficeInfo) -> None:
    """The office, one field a line, as the clerk declared it."""
    shown = {
        "name": office.name,
        "level": office.level.label,
        "place_name": office.place_name,
        "date_line_place": office.date_line_place,
        "higher_body": office.higher_body,
        "symbol_suffix": office.symbol_suffix,
        "chair_name": office.chair_name,
    }
    for field, value in shown.items():
        print(f"{OFFICE_LABELS.get(field) or field_name(field)}: {value or '(chưa nhập)'}")
