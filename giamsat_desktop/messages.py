"""Sentences for the error codes of ``domain.errors``, in Vietnamese.

A leaf module shared by the window and the headless commands. The texts are marked
with ``QT_TRANSLATE_NOOP`` so that Qt Linguist collects them for the English
translation; the window translates them, the commands print them as written here.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "Errors"

Translate = Callable[[str, str], str]
"""Gives the text of ``(context, source)`` in the active language."""


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

DETAILS: dict[str, str] = {
    # Why an Excel workbook cannot be read.
    "excel_not_excel": QT_TRANSLATE_NOOP("Errors", "không phải tệp Excel"),
    "excel_empty_file": QT_TRANSLATE_NOOP("Errors", "tệp rỗng, không phải tệp Excel"),
    "excel_cannot_open": QT_TRANSLATE_NOOP("Errors", "không mở được tệp ({detail})"),
    "excel_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "không đọc được tệp Excel (có mật khẩu, bị hỏng hoặc không phải Excel)"
    ),
    "excel_broken": QT_TRANSLATE_NOOP("Errors", "tệp “{file}” bị hỏng, không đọc được"),
    "excel_damaged": QT_TRANSLATE_NOOP("Errors", "tệp “{file}” bị hỏng, không đọc được: {detail}"),
    "excel_not_read": QT_TRANSLATE_NOOP("Errors", "tệp “{file}” không đọc được: {detail}"),
    "excel_expands_too_much": QT_TRANSLATE_NOOP(
        "Errors", "tệp “{file}” giải nén ra quá lớn ({detail}), không phải một sổ văn bản"
    ),
    "excel_too_many_parts": QT_TRANSLATE_NOOP(
        "Errors", "tệp “{file}” có quá nhiều phần, không phải một sổ văn bản"
    ),
    "excel_expands_too_much_all": QT_TRANSLATE_NOOP(
        "Errors", "tệp Excel giải nén ra quá lớn, không phải một sổ văn bản"
    ),
    "excel_xls_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "tệp “{file}” quá lớn cho một sổ văn bản định dạng .xls (giới hạn {limit} MB)",
    ),
    "excel_no_sheet": QT_TRANSLATE_NOOP("Errors", "không có trang “{sheet}”"),
    "excel_sheet_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "tệp “{file}” bị hỏng, không đọc được: trang “{sheet}” có dữ liệu không đúng dạng Excel",
    ),
    "excel_sheet_missing_data": QT_TRANSLATE_NOOP(
        "Errors", "không tìm thấy dữ liệu của trang “{sheet}” trong tệp “{file}”"
    ),
    "excel_far_column": QT_TRANSLATE_NOOP(
        "Errors",
        "trang “{sheet}” của tệp “{file}” có ô {cell}, ở cột thứ {number:n}, quá giới hạn "
        "{limit} cột (đến cột {last}): một sổ văn bản không có nhiều cột như vậy. "
        "Hãy xóa các ô thừa bên phải rồi nhập lại",
    ),
    "excel_far_row": QT_TRANSLATE_NOOP(
        "Errors",
        "trang “{sheet}” của tệp “{file}” có ô {cell}, ở dòng thứ {number:n}, quá giới hạn "
        "{limit:n} dòng của một sổ văn bản. Hãy xóa các ô thừa ở cuối trang rồi nhập lại",
    ),
    "excel_too_much_shared_text": QT_TRANSLATE_NOOP(
        "Errors",
        "trang “{sheet}” của tệp “{file}” có các ô dùng chung những đoạn chữ dài, "
        "cộng lại hơn {size:n} MB, quá giới hạn {limit:n} MB",
    ),
    "excel_password_part": QT_TRANSLATE_NOOP("Errors", "tệp có phần được đặt mật khẩu"),
    "excel_part_compression": QT_TRANSLATE_NOOP(
        "Errors", "phần {part} được nén theo cách Excel không dùng"
    ),
    "excel_part_size": QT_TRANSLATE_NOOP(
        "Errors", "phần {part} {size:n} MB, giới hạn {limit:n} MB"
    ),
    "excel_parts_size": QT_TRANSLATE_NOOP(
        "Errors", "các phần dữ liệu {size:n} MB, giới hạn {limit:n} MB"
    ),
    "excel_part_missing": QT_TRANSLATE_NOOP("Errors", "không tìm thấy phần {part}"),
    "excel_part_cut": QT_TRANSLATE_NOOP("Errors", "phần {part} bị cắt cụt"),
    "excel_part_not_expanded": QT_TRANSLATE_NOOP("Errors", "phần {part} không giải nén được"),
    "excel_part_longer": QT_TRANSLATE_NOOP(
        "Errors", "phần {part} giải nén ra nhiều hơn kích thước ghi trong tệp"
    ),
    "excel_part_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "phần {part} không khớp với kích thước và mã kiểm tra"
    ),
    "excel_part_twice": QT_TRANSLATE_NOOP("Errors", "có hai phần cùng tên {part}"),
    "excel_doctype": QT_TRANSLATE_NOOP(
        "Errors", "{where} khai báo DOCTYPE, điều Excel không bao giờ ghi"
    ),
    "excel_odd_relations": QT_TRANSLATE_NOOP("Errors", "phần liên kết các trang có tên lạ"),
    "excel_bad_xml": QT_TRANSLATE_NOOP("Errors", "{where} có {reason} (dòng {line}, cột {offset})"),
    "excel_bad_row_number": QT_TRANSLATE_NOOP("Errors", "trang “{sheet}” có số dòng sai"),
    "excel_bad_cell_address": QT_TRANSLATE_NOOP("Errors", "trang “{sheet}” có ô mang địa chỉ sai"),
    "excel_where_part": QT_TRANSLATE_NOOP("Errors", "phần {part}"),
    "excel_where_sheet": QT_TRANSLATE_NOOP("Errors", "trang “{sheet}”"),
    "excel_where_shared_texts": QT_TRANSLATE_NOOP("Errors", "bảng chữ dùng chung"),
    "xml_tag_mismatch": QT_TRANSLATE_NOOP("Errors", "thẻ đóng không khớp thẻ mở"),
    "xml_cut": QT_TRANSLATE_NOOP("Errors", "dữ liệu bị cắt cụt"),
    "xml_undefined_entity": QT_TRANSLATE_NOOP("Errors", "ký hiệu không xác định"),
    "xml_invalid_token": QT_TRANSLATE_NOOP("Errors", "ký tự không hợp lệ"),
    "xml_junk_after": QT_TRANSLATE_NOOP("Errors", "dữ liệu thừa ở cuối"),
    "xml_duplicate_attribute": QT_TRANSLATE_NOOP("Errors", "thuộc tính lặp lại"),
    "xml_syntax": QT_TRANSLATE_NOOP("Errors", "sai cú pháp XML"),
    # Why the header or the chosen columns cannot be read.
    "header_sheet_empty": QT_TRANSLATE_NOOP("Errors", "trang tính trống"),
    "header_not_found": QT_TRANSLATE_NOOP(
        "Errors", "không tìm thấy dòng tiêu đề có các cột {columns}"
    ),
    "header_columns_not_chosen": QT_TRANSLATE_NOOP("Errors", "chưa chọn cột {columns}"),
    "header_bad_position": QT_TRANSLATE_NOOP("Errors", "vị trí cột sai"),
    # A row of an Excel register that cannot be imported.
    "row_cell_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Ô {column} dài {length:n} ký tự, quá giới hạn {limit:n} ký tự"
    ),
    "row_kept_cell_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Ô “{header}” dài {length:n} ký tự, quá giới hạn {limit:n} ký tự"
    ),
    "row_encoding_unsure": QT_TRANSLATE_NOOP(
        "Errors", "{column}: văn bản mã hóa cũ không nhận ra chắc chắn: “{value}”"
    ),
    "row_kept_encoding_unsure": QT_TRANSLATE_NOOP(
        "Errors", "{header}: văn bản mã hóa cũ không nhận ra chắc chắn: “{value}”"
    ),
    "row_not_a_date": QT_TRANSLATE_NOOP("Errors", "{column} “{value}” không phải ngày"),
    "row_no_such_date": QT_TRANSLATE_NOOP("Errors", "{column} “{value}” không có thật"),
    "row_date_without_year": QT_TRANSLATE_NOOP("Errors", "{column} “{value}” thiếu năm"),
    "row_date_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{column} “{value}” không đọc được (cần dạng ngày/tháng/năm)"
    ),
    "row_value_invalid": QT_TRANSLATE_NOOP("Errors", "{column} “{value}” không hợp lệ"),
    "row_urgency_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{column} “{value}” không hợp lệ (Thường, Khẩn, Thượng khẩn hoặc Hỏa tốc)"
    ),
    "row_secrecy_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{column} “{value}” không hợp lệ (Thường, Mật, Tối mật hoặc Tuyệt mật)"
    ),
    "row_missing": QT_TRANSLATE_NOOP("Errors", "Thiếu {column}"),
    "row_doc_date_after_arrival": QT_TRANSLATE_NOOP(
        "Errors", "Ngày tháng văn bản {doc_date} sau ngày đến {arrival}"
    ),
    "row_transfer_before_arrival": QT_TRANSLATE_NOOP(
        "Errors", "Ngày chuyển {transfer} trước ngày đến {arrival}"
    ),
    "row_notes_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "Ghi chú cùng các cột ghi vào ghi chú ({headers}) dài {length:n} ký tự, "
        "quá giới hạn {limit:n} ký tự",
    ),
    "row_number_repeated": QT_TRANSLATE_NOOP("Errors", "Số đến {number} trùng với dòng {row}"),
    "row_number_in_book": QT_TRANSLATE_NOOP("Errors", "Số đến {number} đã có trong “{book}”"),
    "row_at": QT_TRANSLATE_NOOP("Errors", "{row}: {problem}"),
    # What the import changed in a row on the way.
    "row_encoding_converted": QT_TRANSLATE_NOOP(
        "Errors", "{column}: đã chuyển mã {encoding} sang Unicode"
    ),
    "row_kept_encoding_converted": QT_TRANSLATE_NOOP(
        "Errors", "{header}: đã chuyển mã {encoding} sang Unicode"
    ),
    "row_serial_date": QT_TRANSLATE_NOOP("Errors", "{column}: số {serial} đọc là ngày {day}"),
    "row_number_rewritten": QT_TRANSLATE_NOOP("Errors", "{column} “{value}” ghi thành “{written}”"),
    "row_type_guessed": QT_TRANSLATE_NOOP(
        "Errors",
        "{column} “{value}” không có trong danh mục: giữ loại “{type}” theo số, ký hiệu "
        "hoặc trích yếu, ghi loại như trong tệp vào ghi chú",
    ),
    "row_type_from_symbol": QT_TRANSLATE_NOOP(
        "Errors",
        "{column} “{value}” không có trong danh mục: giữ loại “{type}” theo số, ký hiệu, "
        "ghi loại như trong tệp vào ghi chú",
    ),
    "row_type_left_blank": QT_TRANSLATE_NOOP(
        "Errors",
        "{column} “{value}” không có trong danh mục: để trống loại, "
        "ghi loại như trong tệp vào ghi chú",
    ),
    # Why a backup archive cannot be used.
    "backup_not_an_archive": QT_TRANSLATE_NOOP("Errors", "không phải tệp sao lưu ({error})"),
    "backup_unsafe_name": QT_TRANSLATE_NOOP("Errors", "tên tệp không an toàn: {name}"),
    "backup_member_too_large": QT_TRANSLATE_NOOP("Errors", "tệp {name} quá lớn"),
    "backup_no_manifest": QT_TRANSLATE_NOOP("Errors", "thiếu manifest.json"),
    "backup_manifest_damaged": QT_TRANSLATE_NOOP("Errors", "manifest.json hỏng ({error})"),
    "backup_member_missing": QT_TRANSLATE_NOOP("Errors", "thiếu tệp {name}"),
    "backup_member_damaged": QT_TRANSLATE_NOOP("Errors", "tệp {name} hỏng ({error})"),
    "backup_member_changed": QT_TRANSLATE_NOOP("Errors", "tệp {name} đã bị sửa hoặc hỏng"),
    "backup_newer": QT_TRANSLATE_NOOP("Errors", "tạo bởi phiên bản mới hơn (lược đồ {revision})"),
    "backup_table_missing": QT_TRANSLATE_NOOP("Errors", "thiếu dữ liệu bảng {table}"),
    "backup_row_count": QT_TRANSLATE_NOOP("Errors", "số dòng bảng {table} không khớp với manifest"),
    "backup_attachment_checksum": QT_TRANSLATE_NOOP(
        "Errors", "mã kiểm tra của tệp đính kèm không hợp lệ"
    ),
    "backup_database_damaged": QT_TRANSLATE_NOOP(
        "Errors", "cơ sở dữ liệu trong bản sao lưu bị hỏng"
    ),
    "backup_database_damaged_by": QT_TRANSLATE_NOOP(
        "Errors", "cơ sở dữ liệu trong bản sao lưu bị hỏng ({error})"
    ),
    "backup_database_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "bảng {table} trong cơ sở dữ liệu của bản sao lưu có {found} dòng, manifest ghi {expected}",
    ),
    "backup_revision_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "phiên bản lược đồ không khớp với manifest"
    ),
    "compression_number": QT_TRANSLATE_NOOP("Errors", "số {number}"),
}
"""Parts of sentences (``DetailCode``): a file's refusal, a row's problem or change."""

COLUMN_NAMES: dict[str, str] = {
    "so_den": QT_TRANSLATE_NOOP("Columns", "Số đến"),
    "ngay_den": QT_TRANSLATE_NOOP("Columns", "Ngày đến"),
    "tac_gia": QT_TRANSLATE_NOOP("Columns", "Tác giả"),
    "so_ky_hieu": QT_TRANSLATE_NOOP("Columns", "Số, ký hiệu"),
    "ngay_thang": QT_TRANSLATE_NOOP("Columns", "Ngày tháng văn bản"),
    "loai_van_ban": QT_TRANSLATE_NOOP("Columns", "Loại văn bản"),
    "trich_yeu": QT_TRANSLATE_NOOP("Columns", "Tên loại và trích yếu nội dung"),
    "nguoi_nhan": QT_TRANSLATE_NOOP("Columns", "Đơn vị hoặc người nhận"),
    "ngay_chuyen": QT_TRANSLATE_NOOP("Columns", "Ngày chuyển"),
    "ghi_chu": QT_TRANSLATE_NOOP("Columns", "Ghi chú"),
    "nguoi_ky": QT_TRANSLATE_NOOP("Columns", "Người ký"),
    "han_xu_ly": QT_TRANSLATE_NOOP("Columns", "Hạn xử lý"),
    "do_khan": QT_TRANSLATE_NOOP("Columns", "Độ khẩn"),
    "do_mat": QT_TRANSLATE_NOOP("Columns", "Độ mật"),
    "so_trang": QT_TRANSLATE_NOOP("Columns", "Số trang"),
}
"""The register's columns an Excel import knows, as the register form prints them.

Keyed by ``ImportField`` value; a sentence's ``{column}`` and ``{columns}`` are named here.
"""

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


def thousands(number: int) -> str:
    """A count grouped the Vietnamese way ("10.000")."""
    return f"{number:,}".replace(",", ".")


def template_of(code: str) -> str | None:
    """The Vietnamese template of an error or detail code; None when there is none."""
    return MESSAGES.get(code) or DETAILS.get(code)


def _as_written(context: str, text: str) -> str:
    return text


def word(
    code: str,
    values: Mapping[str, Any],
    translate: Translate = _as_written,
    number: Callable[[int], str] = thousands,
) -> str:
    """The sentence for ``code`` with ``values``, in the language ``translate`` gives.

    ``{field}``, ``{what}`` and ``{other}`` are field keys, ``{column}`` (one) and
    ``{columns}`` (a list) import columns: each is named in that language. A value told
    by code and values itself (``domain.errors.Detail``) is worded the same way; ``{x:n}``
    groups a count's thousands with ``number``; a date reads dd/mm/yyyy; a list is joined
    with commas.
    """
    source = template_of(str(code))
    if source is None:
        return str(code)
    return _fill(translate(CONTEXT, source), values, translate, number)


def describe(code: str, values: Mapping[str, Any]) -> str:
    """The Vietnamese sentence for an error, as the headless commands print it."""
    return word(code, values)


def say(item: Any) -> str:
    """The Vietnamese sentence for anything told by ``code`` and ``values``.

    An error, a ``domain.errors.Detail``, or a row problem of an Excel import.
    """
    return describe(item.code, item.values)


def _is_detail(value: Any) -> bool:
    """Whether ``value`` is told by code and values (``domain.errors.Detail``, a row problem)."""
    return hasattr(value, "code") and isinstance(getattr(value, "values", None), Mapping)


class _Filler(string.Formatter):
    """Formats details, counts, dates and lists as a sentence shows them."""

    def __init__(self, translate: Translate, number: Callable[[int], str]) -> None:
        super().__init__()
        self.translate = translate
        self.number = number

    def format_field(self, value: Any, format_spec: str) -> str:
        if _is_detail(value):
            value = word(value.code, value.values, self.translate, self.number)
        elif format_spec == "n" and isinstance(value, int) and not isinstance(value, bool):
            return self.number(value)
        elif isinstance(value, dt.date) and not format_spec:
            return value.strftime("%d/%m/%Y")
        elif isinstance(value, list | tuple) and not format_spec:
            value = ", ".join(str(item) for item in value)
        return str(super().format_field(value, format_spec))


def _name(table: dict[str, str], context: str, key: str, translate: Translate) -> str:
    source = table.get(key)
    return translate(context, source) if source is not None else key


def _fill(
    template: str,
    values: Mapping[str, Any],
    translate: Translate,
    number: Callable[[int], str],
) -> str:
    filled = dict(values)
    for key in ("field", "what", "other"):
        if key in filled:
            filled[key] = _name(FIELD_NAMES, "Fields", str(filled[key]), translate)
    if "field" in filled and template.startswith("{field}"):
        filled["field"] = filled["field"][:1].upper() + filled["field"][1:]
    if "column" in filled:
        named = _name(COLUMN_NAMES, "Columns", str(filled["column"]), translate)
        at_start = template.startswith("{column}")
        filled["column"] = named if at_start else named[:1].lower() + named[1:]
    if "columns" in filled:
        filled["columns"] = [
            _name(COLUMN_NAMES, "Columns", str(key), translate) for key in filled["columns"]
        ]
    try:
        return _Filler(translate, number).format(template, **filled)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template
