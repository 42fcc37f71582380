"""The audit log in the clerk's words: field names as the forms label them, values as shown.

An entry keeps each field by its column name and its value as stored (``"khan"``, ``true``,
``"2025-03-05"``). Here they become what the clerk reads on the forms and in the registers,
in the window's language: ``Độ khẩn: Thường → Khẩn``, ``Đang dùng: Có → Không``,
``Hạn xử lý: — → 15/03/2025``.

A field name is the very message of its form's label (same translation context and source
text, without the colon), so the form and the log say the same in every language. A field
or value this version does not know (an entry written by a newer version) keeps its raw
name and value: the log is read, never refused.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from giamsat_desktop.domain.accounts import Role
from giamsat_desktop.domain.board import BoardPosition
from giamsat_desktop.domain.document_types import by_code
from giamsat_desktop.domain.documents import HandlingStatus, Secrecy, Urgency
from giamsat_desktop.domain.office import OfficeLevel
from giamsat_desktop.domain.organizations import OrganizationKind
from giamsat_desktop.formatting import format_date, format_datetime, format_number
from giamsat_desktop.messages import FIELD_NAMES
from giamsat_desktop.ui.common.labels import label

EMPTY = "—"
"""An empty value (nothing before a creation, nothing after a removal)."""
ARROW = " → "
LONGEST = 60
"""Characters of a text value shown before it is cut with “…”."""

DATE_FIELDS = frozenset({"arrival_date", "doc_date", "transfer_date", "deadline", "issue_date"})
MOMENT_FIELDS = frozenset({"created_at"})
SINGLE_RECORDS = frozenset({"office"})
"""Kinds of record a database holds one of: named without their id."""
LATER_FIELDS = ("cancel_reason", "file", "sha256")
"""Fields after a form's own, in this order (then the rest of those no form shows)."""
HIDDEN_FIELDS = frozenset({"doc_number"})
"""Kept in the log but not shown: the number part of the symbol, which changes with it."""


def _label(text: str) -> str:
    """A form's label without its colon: ``Số đến:`` → ``Số đến``."""
    return text.rstrip().rstrip(":").rstrip()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _form_labels() -> dict[str, dict[str, str]]:
    """Each audited kind of record: its fields as its form labels them."""
    tables = _form_label_texts()
    return {
        kind: {key: _label(text) for key, text in table.items()} for kind, table in tables.items()
    }


def _form_label_texts() -> dict[str, dict[str, str]]:
    in_use = QCoreApplication.translate("Catalog", "Đang dùng")
    return {
        "incoming": {
            "arrival_number": QCoreApplication.translate("IncomingDialog", "Số đến:"),
            "arrival_date": QCoreApplication.translate("IncomingDialog", "Ngày đến:"),
            "issuer": QCoreApplication.translate("IncomingDialog", "Tác giả:"),
            "symbol": QCoreApplication.translate("IncomingDialog", "Số, ký hiệu:"),
            "type_code": QCoreApplication.translate("IncomingDialog", "Loại văn bản:"),
            "doc_date": QCoreApplication.translate("IncomingDialog", "Ngày tháng văn bản:"),
            "subject": QCoreApplication.translate("IncomingDialog", "Trích yếu nội dung:"),
            "signer": QCoreApplication.translate("IncomingDialog", "Người ký:"),
            "urgency": QCoreApplication.translate("IncomingDialog", "Độ khẩn:"),
            "secrecy": QCoreApplication.translate("IncomingDialog", "Độ mật:"),
            "page_count": QCoreApplication.translate("IncomingDialog", "Số trang:"),
            "recipients": QCoreApplication.translate("IncomingDialog", "Đơn vị hoặc người nhận:"),
            "transfer_date": QCoreApplication.translate("IncomingDialog", "Ngày chuyển:"),
            "deadline": QCoreApplication.translate("IncomingDialog", "Hạn xử lý:"),
            "instruction": QCoreApplication.translate(
                "IncomingDialog", "Ý kiến chỉ đạo (bút phê):"
            ),
            "handling_status": QCoreApplication.translate("IncomingDialog", "Tình trạng xử lý:"),
            "notes": QCoreApplication.translate("IncomingDialog", "Ghi chú:"),
        },
        "outgoing": {
            "symbol": QCoreApplication.translate("OutgoingDialog", "Số, ký hiệu:"),
            "issue_date": QCoreApplication.translate("OutgoingDialog", "Ngày tháng:"),
            "type_code": QCoreApplication.translate("OutgoingDialog", "Loại văn bản:"),
            "subject": QCoreApplication.translate("OutgoingDialog", "Trích yếu nội dung:"),
            "signer_name": QCoreApplication.translate("OutgoingDialog", "Người ký:"),
            "signer_position": _capital(QCoreApplication.translate("Fields", "chức vụ người ký")),
            "recipients": QCoreApplication.translate("OutgoingDialog", "Nơi nhận:"),
            "file_copy_holder": QCoreApplication.translate(
                "OutgoingDialog", "Đơn vị, người nhận bản lưu:"
            ),
            "copies": QCoreApplication.translate("OutgoingDialog", "Số lượng bản:"),
            "transfer_date": QCoreApplication.translate("OutgoingDialog", "Ngày chuyển:"),
            "urgency": QCoreApplication.translate("OutgoingDialog", "Độ khẩn:"),
            "secrecy": QCoreApplication.translate("OutgoingDialog", "Độ mật:"),
            "notes": QCoreApplication.translate("OutgoingDialog", "Ghi chú:"),
            "answers": QCoreApplication.translate("OutgoingDialog", "Trả lời văn bản đến:"),
        },
        "organization": {
            "code": QCoreApplication.translate("OrganizationDialog", "Mã:"),
            "name": QCoreApplication.translate("OrganizationDialog", "Tên đầy đủ:"),
            "short_name": QCoreApplication.translate("OrganizationDialog", "Tên viết tắt:"),
            "kind": QCoreApplication.translate("OrganizationDialog", "Loại:"),
            "active": in_use,
        },
        "person": {
            "full_name": QCoreApplication.translate("PersonDialog", "Họ và tên:"),
            "position": QCoreApplication.translate("PersonDialog", "Chức vụ:"),
            "organization_id": QCoreApplication.translate("PersonDialog", "Tổ chức:"),
            "phone": QCoreApplication.translate("PersonDialog", "Điện thoại:"),
            "active": in_use,
        },
        "board_member": {
            "full_name": QCoreApplication.translate("BoardMemberDialog", "Họ và tên:"),
            "position": QCoreApplication.translate("BoardMemberDialog", "Chức vụ:"),
            "sort_order": QCoreApplication.translate("BoardMemberDialog", "Thứ tự:"),
            "active": in_use,
        },
        "office": {
            "name": QCoreApplication.translate("OfficeForm", "Tên đơn vị:"),
            "level": QCoreApplication.translate("OfficeForm", "Cấp:"),
            "place_name": QCoreApplication.translate("OfficeForm", "Tên địa phương:"),
            "date_line_place": QCoreApplication.translate("OfficeForm", "Địa danh ghi ngày tháng:"),
            "higher_body": QCoreApplication.translate("OfficeForm", "Cơ quan cấp trên:"),
            "symbol_suffix": QCoreApplication.translate(
                "OfficeForm", "Ký hiệu văn bản của đơn vị:"
            ),
            "chair_name": QCoreApplication.translate("OfficeForm", "Họ tên Chủ tịch:"),
        },
        "user": {
            "username": QCoreApplication.translate("AccountsBox", "Tên đăng nhập:"),
            "full_name": QCoreApplication.translate("AccountsBox", "Họ và tên:"),
            "role": QCoreApplication.translate("AccountsBox", "Vai trò:"),
            "active": in_use,
        },
    }


def _other_labels() -> dict[str, str]:
    """Fields no form shows: files attached, an import, a restore; an account's state."""
    return {
        "active": QCoreApplication.translate("Catalog", "Đang dùng"),
        "sha256": QCoreApplication.translate("AuditText", "Mã kiểm tra tệp"),
        "archive": QCoreApplication.translate("AuditText", "Tệp sao lưu"),
        "created_at": QCoreApplication.translate("AuditText", "Lúc sao lưu"),
        "office": QCoreApplication.translate("AuditText", "Đơn vị"),
        "source": QCoreApplication.translate("AuditText", "Tệp nhập"),
        "rows": QCoreApplication.translate("AuditText", "Số dòng đã nhập"),
        "skipped": QCoreApplication.translate("AuditText", "Số dòng bỏ qua"),
        "books": QCoreApplication.translate("AuditText", "Vào sổ"),
    }


def _choice_texts() -> dict[str, dict[str, str]]:
    """Fields stored as an enum's value: each value as the window shows it."""
    return {
        "urgency": _labels_of(Urgency),
        "secrecy": _labels_of(Secrecy),
        "handling_status": _labels_of(HandlingStatus),
        "kind": _labels_of(OrganizationKind),
        "role": _labels_of(Role),
        "level": _labels_of(OfficeLevel),
        "position": _labels_of(BoardPosition),
    }


def _labels_of(kind: type[Enum]) -> dict[str, str]:
    return {item.value: label(item) for item in kind}


def action_text(action: str) -> str:
    """The action in the window's language; an unknown one as written."""
    texts = {
        "create": QCoreApplication.translate("Audit", "Tạo mới"),
        "update": QCoreApplication.translate("Audit", "Sửa"),
        "cancel": QCoreApplication.translate("Audit", "Hủy"),
        "purge": QCoreApplication.translate("Audit", "Xóa hẳn"),
        "status": QCoreApplication.translate("Audit", "Đổi tình trạng"),
        "import": QCoreApplication.translate("Audit", "Nhập từ Excel"),
        "attach": QCoreApplication.translate("Audit", "Đính kèm tệp"),
        "detach": QCoreApplication.translate("Audit", "Gỡ tệp"),
        "activate": QCoreApplication.translate("Audit", "Dùng lại"),
        "deactivate": QCoreApplication.translate("Audit", "Ngừng dùng"),
        "restore": QCoreApplication.translate("Audit", "Khôi phục từ bản sao lưu"),
        "reset_password": QCoreApplication.translate("Audit", "Đặt lại mật khẩu"),
        "change_password": QCoreApplication.translate("Audit", "Đổi mật khẩu"),
        "recover_password": QCoreApplication.translate("Audit", "Khôi phục mật khẩu"),
        "renew_recovery_code": QCoreApplication.translate("Audit", "Cấp mã khôi phục mới"),
        "issue": QCoreApplication.translate("Audit", "Phát hành"),
        "move": QCoreApplication.translate("Audit", "Chuyển bước"),
        "progress": QCoreApplication.translate("Audit", "Ghi tiến độ"),
        "extend": QCoreApplication.translate("Audit", "Gia hạn"),
        "undo": QCoreApplication.translate("Audit", "Hoàn tác"),
        "delete": QCoreApplication.translate("Audit", "Xóa"),
        "reorder": QCoreApplication.translate("Audit", "Đổi thứ tự"),
        "postpone": QCoreApplication.translate("Audit", "Hoãn"),
        "reinstate": QCoreApplication.translate("Audit", "Khôi phục"),
        "open": QCoreApplication.translate("Audit", "Mở thành cuộc giám sát"),
    }
    return texts.get(action, action)


class AuditText:
    """The words of the log in the language active when it is made.

    Make a new one after the language changes (the window rebuilds its pages then).
    ``organizations`` names the organisations by id, for a person's ``organization_id``.
    """

    def __init__(self, organizations: Mapping[int, str] | None = None) -> None:
        self._forms = _form_labels()
        self._others = _other_labels()
        self._choices = _choice_texts()
        self._yes = QCoreApplication.translate("AuditText", "Có")
        self._no = QCoreApplication.translate("AuditText", "Không")
        self.organizations: Mapping[int, str] = dict(organizations or {})
        self._formats: dict[str, Callable[[Any], str]] = {
            "type_code": self._document_type,
            "arrival_number": str,
            "organization_id": self._organization,
            "sha256": lambda value: f"{str(value)[:12]}…",
            "answers": self._ids,
            # Who reported (QĐ 124) is never logged: only that it was written or changed.
            "reporter": lambda _value: QCoreApplication.translate("AuditText", "(đã thay đổi)"),
        }

    # ----- names ----------------------------------------------------------------------

    def field_name(self, entity: str, key: str) -> str:
        """The label of ``key`` on the form of ``entity``; the raw key when unknown."""
        found = self._forms.get(entity, {}).get(key) or self._others.get(key)
        if found:
            return found
        if key in FIELD_NAMES:
            return _capital(QCoreApplication.translate("Fields", FIELD_NAMES[key]))
        return key

    def kind_name(self, entity: str) -> str:
        """``Văn bản đến``, ``Tổ chức``, ``Tài khoản``…; the raw name when unknown."""
        if entity in FIELD_NAMES:
            return _capital(QCoreApplication.translate("Fields", FIELD_NAMES[entity]))
        return entity

    def record_name(self, entity: str, entity_id: int | None) -> str:
        """The record an entry is about: ``Tổ chức (mã số 12)``."""
        if entity_id is None or entity in SINGLE_RECORDS:
            return self.kind_name(entity)
        return QCoreApplication.translate("AuditText", "{kind} (mã số {id})").format(
            kind=self.kind_name(entity), id=entity_id
        )

    # ----- values ---------------------------------------------------------------------

    def value(self, key: str, value: Any) -> str:
        """One stored value as the window shows it; never fails on an unexpected one."""
        if value is None or value == "" or value == []:
            return EMPTY
        if isinstance(value, bool):
            return self._yes if value else self._no
        try:
            return self._formatted(key, value)
        except (TypeError, ValueError, OverflowError):
            return self._quoted(value)

    def _formatted(self, key: str, value: Any) -> str:
        choices = self._choices.get(key)
        if choices is not None:
            return choices.get(str(value), self._quoted(value))
        special = self._formats.get(key)
        if special is not None:
            return special(value)
        if key in DATE_FIELDS and isinstance(value, str):
            return format_date(dt.date.fromisoformat(value[:10]))
        if key in MOMENT_FIELDS and isinstance(value, str):
            return format_datetime(dt.datetime.fromisoformat(value).astimezone())
        if isinstance(value, int | float):
            return format_number(value)
        if isinstance(value, list):
            return ", ".join(self.value(key, item) for item in value)
        return self._quoted(value)

    @staticmethod
    def _quoted(value: Any) -> str:
        """Text in quotes, on one line, cut after ``LONGEST`` characters."""
        if isinstance(value, dict | list):
            value = json.dumps(value, ensure_ascii=False)
        text = " ".join(str(value).split())
        return f"“{text[:LONGEST]}…”" if len(text) > LONGEST else f"“{text}”"

    def _document_type(self, code: Any) -> str:
        known = by_code(str(code))
        return known.name if known is not None else self._quoted(code)

    def _organization(self, organization_id: Any) -> str:
        name = self.organizations.get(int(organization_id))
        return name or self._record_id(organization_id)

    def _record_id(self, record_id: Any) -> str:
        return QCoreApplication.translate("AuditText", "mã số {id}").format(id=record_id)

    def _ids(self, value: Any) -> str:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(self._record_id(item) for item in ids)

    # ----- an entry -------------------------------------------------------------------

    def change_lines(self, entity: str, changes: Mapping[str, Any]) -> list[str]:
        """One line a field, in the order of its form: ``Độ khẩn: Thường → Khẩn``.

        An entry with no old values (a new record, a file attached) shows ``field: value``;
        a field that was and stays empty is left out.
        """
        known = [*self._forms.get(entity, {}), *LATER_FIELDS, *self._others]
        order = {key: place for place, key in reversed(list(enumerate(known)))}
        keys = sorted(
            (key for key in changes if key not in HIDDEN_FIELDS),
            key=lambda key: order.get(key, len(order)),
        )
        shown = [(key, *(self.value(key, part) for part in _pair(changes[key]))) for key in keys]
        fresh = all(old == EMPTY for _key, old, _new in shown)
        lines = []
        for key, old, new in shown:
            if old == new == EMPTY:
                continue
            name = self.field_name(entity, key)
            lines.append(f"{name}: {new}" if fresh else f"{name}: {old}{ARROW}{new}")
        return lines

    def changes(self, entity: str, changes: Mapping[str, Any]) -> str:
        """The changes on one line: ``Độ khẩn: Thường → Khẩn; Hạn xử lý: — → 15/03/2025``."""
        return "; ".join(self.change_lines(entity, changes))


def _pair(pair: Any) -> tuple[Any, Any]:
    """``[old, new]`` as stored; anything else is taken as a new value alone."""
    if isinstance(pair, list | tuple) and len(pair) == 2:  # noqa: PLR2004 - old and new
        return pair[0], pair[1]
    return None, pair
