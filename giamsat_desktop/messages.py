"""Sentences for the error codes of ``domain.errors``, in Vietnamese.

A leaf module shared by the window and the headless commands. The texts are marked
with ``QT_TRANSLATE_NOOP`` so that Qt Linguist collects them for the English
translation; the window translates them, the commands print them as written here.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation without translating it here."""
    return text


MESSAGES: dict[str, str] = {
    "field_required": QT_TRANSLATE_NOOP("Errors", "Chưa nhập {field}."),
    "field_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{field} dài quá: tối đa {limit} ký tự, đang có {length}."
    ),
    "field_invalid": QT_TRANSLATE_NOOP("Errors", "{field} không hợp lệ: {reason}"),
    "duplicate_code": QT_TRANSLATE_NOOP("Errors", "Mã “{code}” đã được dùng cho {name}."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Không tìm thấy {what} (mã số {id})."),
    "stale_edit": QT_TRANSLATE_NOOP(
        "Errors",
        "{what} vừa được người khác sửa trong lúc bạn đang sửa. "
        "Hãy mở lại để xem bản mới nhất rồi sửa lại.",
    ),
    "office_missing": QT_TRANSLATE_NOOP(
        "Errors", "Cơ sở dữ liệu chưa có thông tin đơn vị. Hãy mở chương trình để khai báo."
    ),
    "office_exists": QT_TRANSLATE_NOOP("Errors", "Cơ sở dữ liệu này đã có đơn vị “{name}”."),
    "database_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "Cơ sở dữ liệu {location} được tạo bởi phiên bản mới hơn của chương trình "
        "(lược đồ {revision}). Hãy cài phiên bản mới; dữ liệu chưa bị thay đổi.",
    ),
    "database_foreign": QT_TRANSLATE_NOOP(
        "Errors", "Tệp {location} không phải là cơ sở dữ liệu của chương trình này."
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Errors", "Cơ sở dữ liệu {location} bị hỏng: {detail}. Hãy khôi phục từ bản sao lưu."
    ),
    "database_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "Không mở được cơ sở dữ liệu {location}: {detail}"
    ),
    "database_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Không có cơ sở dữ liệu tại {location}. Hãy tạo bằng lệnh init."
    ),
    "database_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "Cơ sở dữ liệu đã có dữ liệu văn bản; không tạo dữ liệu mẫu."
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Nâng cấp cơ sở dữ liệu không thành công: {detail}. "
        "Dữ liệu vẫn như trước; bản sao lưu ở {backup}.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP("Errors", "Không sao lưu được vào {path}: {detail}"),
    "file_not_found": QT_TRANSLATE_NOOP("Errors", "Không tìm thấy tệp {path}."),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "Tài khoản {user} chỉ được xem, không được thay đổi dữ liệu."
    ),
}

FIELD_NAMES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Tên"),
    "code": QT_TRANSLATE_NOOP("Fields", "Mã"),
    "short_name": QT_TRANSLATE_NOOP("Fields", "Tên viết tắt"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Họ và tên"),
    "position": QT_TRANSLATE_NOOP("Fields", "Chức vụ"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Điện thoại"),
    "place_name": QT_TRANSLATE_NOOP("Fields", "Tên địa phương"),
    "date_line_place": QT_TRANSLATE_NOOP("Fields", "Địa danh ghi ngày tháng"),
    "higher_body": QT_TRANSLATE_NOOP("Fields", "Cơ quan cấp trên"),
    "symbol_suffix": QT_TRANSLATE_NOOP("Fields", "Ký hiệu văn bản của đơn vị"),
    "chair_name": QT_TRANSLATE_NOOP("Fields", "Họ tên Chủ tịch"),
    "organization": QT_TRANSLATE_NOOP("Fields", "tổ chức"),
    "person": QT_TRANSLATE_NOOP("Fields", "người"),
    "office": QT_TRANSLATE_NOOP("Fields", "thông tin đơn vị"),
}
"""Names of fields and records as a sentence uses them (``{field}``, ``{what}``)."""


def field_name(key: str) -> str:
    """Vietnamese name of a field or record kind; the key itself when unknown."""
    return FIELD_NAMES.get(key, key)


def describe(code: str, values: dict[str, Any]) -> str:
    """The Vietnamese sentence for an error, as the headless commands print it."""
    return render(MESSAGES.get(code, code), values, field_name)


def render(template: str, values: dict[str, Any], name_of: Any) -> str:
    """Fill a template; ``field`` and ``what`` values are field keys, named by ``name_of``."""
    filled = dict(values)
    for key in ("field", "what"):
        if key in filled:
            filled[key] = name_of(str(filled[key]))
    if "field" in filled and template.startswith("{field}"):
        filled["field"] = filled["field"][:1].upper() + filled["field"][1:]
    try:
        return template.format(**filled)
    except (KeyError, IndexError, ValueError):
        return template
