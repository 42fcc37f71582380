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
        "Errors",
        "Cơ sở dữ liệu chưa có thông tin đơn vị. Hãy mở chương trình để khai báo, "
        "hoặc dùng lệnh giamsat office.",
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
    "target_not_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "Cơ sở dữ liệu {location} đã có dữ liệu; chỉ chuyển dữ liệu vào một cơ sở dữ liệu trống.",
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Nâng cấp cơ sở dữ liệu không thành công: {detail}. "
        "Dữ liệu vẫn như trước; bản sao lưu ở {backup}.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP("Errors", "Không sao lưu được vào {path}: {detail}"),
    "file_not_found": QT_TRANSLATE_NOOP("Errors", "Không tìm thấy tệp {path}."),
    "attachment_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Không tìm thấy nội dung tệp đính kèm {name} trên máy này và trong cơ sở dữ liệu. "
        "Hãy khôi phục từ bản sao lưu hoặc đính kèm lại.",
    ),
    "not_allowed": QT_TRANSLATE_NOOP("Errors", "Tài khoản {user} không có quyền làm việc này."),
    "number_taken": QT_TRANSLATE_NOOP(
        "Errors", "Số {number} đã có trong {book}. Hãy chọn số khác hoặc để chương trình tự cấp."
    ),
    "number_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Số “{number}” không hợp lệ: chỉ gồm chữ số, có thể thêm chữ cái (ví dụ 125a)."
    ),
    "date_after": QT_TRANSLATE_NOOP("Errors", "{field} không được sau {other}."),
    "year_fixed": QT_TRANSLATE_NOOP(
        "Errors",
        "Văn bản đã vào sổ năm {year}; ngày đến phải trong năm đó. "
        "Nếu vào nhầm năm, hãy hủy và vào sổ lại.",
    ),
    "already_cancelled": QT_TRANSLATE_NOOP("Errors", "Văn bản này đã bị hủy trước đó."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Errors", "Tệp {name} quá lớn ({size} MB); giới hạn là {limit} MB."
    ),
    "file_empty": QT_TRANSLATE_NOOP("Errors", "Tệp {name} rỗng (0 byte), không đính kèm."),
    "import_has_problems": QT_TRANSLATE_NOOP(
        "Errors",
        "Có {count} dòng không đọc được (dòng đầu tiên: {first}); chưa ghi gì. "
        "Hãy sửa tệp, hoặc chọn chỉ nhập các dòng hợp lệ.",
    ),
    "import_empty": QT_TRANSLATE_NOOP("Errors", "Không có dòng nào để nhập."),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: {detail}. Dữ liệu hiện tại không bị thay đổi.",
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Khôi phục không thành công: {detail}. "
        "Dữ liệu trước khi khôi phục đã được sao lưu ở {backup}.",
    ),
    "restore_failed_nothing_before": QT_TRANSLATE_NOOP(
        "Errors",
        "Khôi phục không thành công: {detail}. Trước đó ở đây chưa có dữ liệu nên không mất gì.",
    ),
    "already_running": QT_TRANSLATE_NOOP(
        "Errors", "Chương trình đang mở cơ sở dữ liệu {location} ở một cửa sổ khác."
    ),
    "not_cancelled": QT_TRANSLATE_NOOP(
        "Errors", "Chỉ xóa hẳn được văn bản đã hủy; hãy hủy văn bản trước."
    ),
    "password_weak": QT_TRANSLATE_NOOP(
        "Errors",
        "Mật khẩu chưa dùng được: cần từ {minimum} đến {maximum} ký tự "
        "và không quá dễ đoán (như “12345678” hay “matkhau”).",
    ),
    "wrong_password": QT_TRANSLATE_NOOP("Errors", "Tên đăng nhập hoặc {what} không đúng."),
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "Errors", "Đã nhập sai nhiều lần. Hãy đợi {seconds} giây rồi thử lại."
    ),
    "account_inactive": QT_TRANSLATE_NOOP(
        "Errors", "Tài khoản {user} đã bị khóa. Hãy nhờ người quản trị mở lại."
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "Errors",
        "{user} là người quản trị cuối cùng còn hoạt động; "
        "hãy cho một tài khoản khác quyền quản trị trước.",
    ),
    "admin_exists": QT_TRANSLATE_NOOP(
        "Errors", "Đã có tài khoản quản trị “{user}”; hãy đăng nhập bằng tài khoản đó."
    ),
    "output_is_folder": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} là một thư mục, không phải tên tệp: hãy ghi cả tên tệp cần tạo trong thư mục đó.",
    ),
    "output_not_a_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} không phải là một tệp thường (là thiết bị, ống dẫn hay lối tắt hỏng): "
        "chương trình không ghi đè lên đó. Hãy chọn tên tệp khác.",
    ),
    "output_folder_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Không có thư mục {folder} để ghi {path}: hãy tạo thư mục trước hoặc chọn nơi khác.",
    ),
    "output_not_writable": QT_TRANSLATE_NOOP(
        "Errors",
        "Không có quyền ghi {path} (thư mục hoặc ổ đĩa chỉ cho đọc): hãy chọn nơi khác.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "Ổ đĩa chứa {path} đã hết chỗ trống nên chưa ghi được; những gì đã có vẫn như trước. "
        "Hãy giải phóng chỗ trống rồi làm lại.",
    ),
    "write_failed": QT_TRANSLATE_NOOP("Errors", "Không ghi được {path}: {detail}"),
    "database_file_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp cơ sở dữ liệu {location} chỉ cho đọc nên không ghi được vào đó. Hãy bỏ thuộc tính "
        "chỉ đọc của tệp, hoặc chép tệp sang một thư mục ghi được.",
    ),
    "database_folder_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "Thư mục {folder} của cơ sở dữ liệu chỉ cho đọc (hoặc không có quyền ghi) nên không ghi "
        "được vào cơ sở dữ liệu. Hãy chép tệp sang một thư mục ghi được.",
    ),
    "held_by_window": QT_TRANSLATE_NOOP(
        "Errors",
        "Chương trình đang mở cơ sở dữ liệu {location} ở một cửa sổ ({program}, máy {host}, "
        "người dùng {user}, từ {since}, tiến trình {pid}); hãy đóng cửa sổ đó rồi làm lại.",
    ),
    "held_by_command": QT_TRANSLATE_NOOP(
        "Errors",
        "Cơ sở dữ liệu {location} đang được lệnh “{command}” dùng ({program}, máy {host}, "
        "người dùng {user}, từ {since}, tiến trình {pid}); hãy đợi lệnh đó xong rồi làm lại.",
    ),
    "file_error": QT_TRANSLATE_NOOP("Errors", "Không đọc hoặc ghi được {path}: {detail}."),
    "output_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} lớn hơn mức ổ đĩa này cho phép cho một tệp (ổ định dạng FAT32 chỉ nhận tệp "
        "dưới 4 GB) nên chưa ghi được; những gì đã có vẫn như trước. Hãy chọn ổ đĩa khác.",
    ),
    # A backup archive held against the program's schema (restore).
    "backup_compression_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: tệp {member} bên trong được nén kiểu {method}, "
        "mà chương trình chỉ ghi và chỉ đọc kiểu Deflate hoặc không nén. "
        "Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_member_oversize": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: tệp {member} bên trong lớn hơn mức cho phép "
        "({limit} byte). Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_row_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row} không đọc được "
        "(không phải một bản ghi JSON). Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_table_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: có bảng {table} mà lược đồ {revision} của "
        "chương trình không có. Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_value_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row}, cột {column} có giá trị "
        "{value}, không phải {what}. Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_value_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row}, cột {column} dài "
        "{length} ký tự, quá {limit} ký tự mà cột này nhận. Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_value_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row} thiếu giá trị ở cột "
        "{column}, cột bắt buộc phải có. Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_column_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row} có cột {column} mà bảng "
        "này không có. Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_schema_foreign": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: cơ sở dữ liệu trong đó có {what} “{name}” không do "
        "chương trình tạo ra (hoặc đã bị sửa). Dữ liệu hiện tại không bị thay đổi.",
    ),
    "backup_schema_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp sao lưu {path} không dùng được: cơ sở dữ liệu trong đó thiếu {what} “{name}” mà "
        "chương trình tạo ra. Dữ liệu hiện tại không bị thay đổi.",
    ),
    "restore_failed_unchanged": QT_TRANSLATE_NOOP(
        "Errors",
        "Khôi phục không thành công: {detail}. Dữ liệu hiện tại vẫn như trước khi khôi phục; "
        "bản sao lưu của nó ở {backup}.",
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
    "board_member": QT_TRANSLATE_NOOP("Fields", "thành viên Ban Thường trực"),
    "sort_order": QT_TRANSLATE_NOOP("Fields", "thứ tự"),
    "office": QT_TRANSLATE_NOOP("Fields", "thông tin đơn vị"),
    "database": QT_TRANSLATE_NOOP("Fields", "cơ sở dữ liệu"),
    "arrival_date": QT_TRANSLATE_NOOP("Fields", "ngày đến"),
    "arrival_number": QT_TRANSLATE_NOOP("Fields", "số đến"),
    "issuer": QT_TRANSLATE_NOOP("Fields", "tác giả (cơ quan ban hành)"),
    "symbol": QT_TRANSLATE_NOOP("Fields", "số, ký hiệu"),
    "doc_date": QT_TRANSLATE_NOOP("Fields", "ngày tháng văn bản"),
    "subject": QT_TRANSLATE_NOOP("Fields", "trích yếu"),
    "signer": QT_TRANSLATE_NOOP("Fields", "người ký"),
    "recipients": QT_TRANSLATE_NOOP("Fields", "đơn vị hoặc người nhận"),
    "transfer_date": QT_TRANSLATE_NOOP("Fields", "ngày chuyển"),
    "deadline": QT_TRANSLATE_NOOP("Fields", "hạn xử lý"),
    "instruction": QT_TRANSLATE_NOOP("Fields", "ý kiến chỉ đạo (bút phê)"),
    "notes": QT_TRANSLATE_NOOP("Fields", "ghi chú"),
    "page_count": QT_TRANSLATE_NOOP("Fields", "số trang"),
    "cancel_reason": QT_TRANSLATE_NOOP("Fields", "lý do hủy"),
    "issue_date": QT_TRANSLATE_NOOP("Fields", "ngày ban hành"),
    "copies": QT_TRANSLATE_NOOP("Fields", "số lượng bản"),
    "signer_name": QT_TRANSLATE_NOOP("Fields", "người ký"),
    "signer_position": QT_TRANSLATE_NOOP("Fields", "chức vụ người ký"),
    "file_copy_holder": QT_TRANSLATE_NOOP("Fields", "đơn vị, người nhận bản lưu"),
    "incoming": QT_TRANSLATE_NOOP("Fields", "văn bản đến"),
    "outgoing": QT_TRANSLATE_NOOP("Fields", "văn bản đi"),
    "attachment": QT_TRANSLATE_NOOP("Fields", "tệp đính kèm"),
    "type_code": QT_TRANSLATE_NOOP("Fields", "loại văn bản"),
    "secrecy": QT_TRANSLATE_NOOP("Fields", "độ mật"),
    "urgency": QT_TRANSLATE_NOOP("Fields", "độ khẩn"),
    "handling_status": QT_TRANSLATE_NOOP("Fields", "tình trạng xử lý"),
    "book": QT_TRANSLATE_NOOP("Fields", "tên sổ"),
    "sheet": QT_TRANSLATE_NOOP("Fields", "trang tính"),
    "file": QT_TRANSLATE_NOOP("Fields", "tệp"),
    "header": QT_TRANSLATE_NOOP("Fields", "dòng tiêu đề cột"),
    "id": QT_TRANSLATE_NOOP("Fields", "mã số"),
    "level": QT_TRANSLATE_NOOP("Fields", "cấp"),
    "kind": QT_TRANSLATE_NOOP("Fields", "loại tổ chức"),
    "username": QT_TRANSLATE_NOOP("Fields", "tên đăng nhập"),
    "password": QT_TRANSLATE_NOOP("Fields", "mật khẩu"),
    "recovery_code": QT_TRANSLATE_NOOP("Fields", "mã khôi phục"),
    "role": QT_TRANSLATE_NOOP("Fields", "vai trò"),
    "user": QT_TRANSLATE_NOOP("Fields", "tài khoản"),
    "server_host": QT_TRANSLATE_NOOP("Fields", "địa chỉ máy chủ"),
    "server_port": QT_TRANSLATE_NOOP("Fields", "cổng"),
    "server_database": QT_TRANSLATE_NOOP("Fields", "tên cơ sở dữ liệu"),
    "server_user": QT_TRANSLATE_NOOP("Fields", "tên người dùng máy chủ"),
    # What a value of a backup should have been, and the parts of a database schema.
    "value_integer": QT_TRANSLATE_NOOP("Fields", "một số nguyên"),
    "value_boolean": QT_TRANSLATE_NOOP("Fields", "một giá trị đúng/sai"),
    "value_date": QT_TRANSLATE_NOOP("Fields", "một ngày có thật (năm-tháng-ngày)"),
    "value_datetime": QT_TRANSLATE_NOOP("Fields", "một thời điểm hợp lệ"),
    "value_text": QT_TRANSLATE_NOOP("Fields", "một đoạn chữ lưu được"),
    "value_binary": QT_TRANSLATE_NOOP("Fields", "dữ liệu nhị phân"),
    "value_other": QT_TRANSLATE_NOOP("Fields", "một giá trị đơn"),
    "schema_table": QT_TRANSLATE_NOOP("Fields", "bảng"),
    "schema_index": QT_TRANSLATE_NOOP("Fields", "chỉ mục"),
    "schema_trigger": QT_TRANSLATE_NOOP("Fields", "trigger (lệnh tự chạy)"),
    "schema_view": QT_TRANSLATE_NOOP("Fields", "khung nhìn (view)"),
    "schema_rows": QT_TRANSLATE_NOOP("Fields", "dữ liệu của bảng"),
}
"""Names of fields and records as a sentence uses them (``{field}``, ``{what}``)."""


DATE_PROBLEMS: dict[str, str] = {
    "not_a_date": QT_TRANSLATE_NOOP(
        "DateField", "{field}: “{typed}” chưa đúng dạng ngày (dd/mm/yyyy)."
    ),
    "day_zero": QT_TRANSLATE_NOOP("DateField", "{field}: không có ngày 0."),
    "no_such_day": QT_TRANSLATE_NOOP(
        "DateField", "{field}: tháng {month} năm {year} chỉ có {days} ngày, không có ngày {day}."
    ),
    "not_a_leap_year": QT_TRANSLATE_NOOP(
        "DateField", "{field}: năm {year} không phải năm nhuận, tháng 2 chỉ có {days} ngày."
    ),
    "no_such_month": QT_TRANSLATE_NOOP(
        "DateField", "{field}: không có tháng {month} (tháng từ 1 đến 12)."
    ),
    "no_such_year": QT_TRANSLATE_NOOP("DateField", "{field}: không có năm {year}."),
}
"""Why a typed date is not one, by the kind ``domain.date_line.date_problem`` finds.

Placeholders: ``field`` (the field's name), ``typed``, ``day``, ``month``, ``year`` and
``days`` (in that month). A well-written impossible date ("31/02/2022") is named as such,
never as a wrong form.
"""


def field_name(key: str) -> str:
    """Vietnamese name of a field or record kind; the key itself when unknown."""
    return FIELD_NAMES.get(key, key)


def describe(code: str, values: dict[str, Any]) -> str:
    """The Vietnamese sentence for an error, as the headless commands print it."""
    return render(MESSAGES.get(code, code), values, field_name)


def render(template: str, values: dict[str, Any], name_of: Any) -> str:
    """Fill a template; ``field`` and ``what`` values are field keys, named by ``name_of``."""
    filled = dict(values)
    for key in ("field", "what", "other"):
        if key in filled:
            filled[key] = name_of(str(filled[key]))
    if "field" in filled and template.startswith("{field}"):
        filled["field"] = filled["field"][:1].upper() + filled["field"][1:]
    try:
        return template.format(**filled)
    except (KeyError, IndexError, ValueError):
        return template
