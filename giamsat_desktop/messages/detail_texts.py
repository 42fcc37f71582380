"""The Vietnamese parts of sentences told by a detail code (``DETAILS``).

Why a workbook or a backup cannot be read, a row's problem, or what an import changed.
"""

from __future__ import annotations

from giamsat_desktop.messages.marking import QT_TRANSLATE_NOOP

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
    "output_suffix": QT_TRANSLATE_NOOP(
        "Errors", "không ghi được tệp {suffix}, chỉ ghi được {allowed}"
    ),
    "level_unknown": QT_TRANSLATE_NOOP("Errors", "“{text}” (chọn một trong: {choices})"),
    # A stored file found damaged.
    "attachment_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "tệp đính kèm {documents} đã bị sửa hoặc hỏng (nội dung không khớp mã kiểm tra)",
    ),
    "attachment_damaged_unlinked": QT_TRANSLATE_NOOP(
        "Errors", "tệp đính kèm {checksum}… (không còn gắn với văn bản nào) bị hỏng"
    ),
    "attached_to_incoming": QT_TRANSLATE_NOOP(
        "Errors", "“{file}” của văn bản đến số {number} năm {year} (mã số {id})"
    ),
    "attached_to_outgoing": QT_TRANSLATE_NOOP(
        "Errors", "“{file}” của văn bản đi số {number} năm {year} (mã số {id})"
    ),
    "attachment_take_back": QT_TRANSLATE_NOOP(
        "Errors",
        "{damaged}; hãy lấy lại tệp từ một bản sao lưu trước đó hoặc đính kèm lại bản gốc",
    ),
    "integrity_problem": QT_TRANSLATE_NOOP("Errors", "kiểm tra toàn vẹn: {text}"),
    "foreign_key_problem": QT_TRANSLATE_NOOP("Errors", "khóa ngoại: {text}"),
    # What long work is doing (the line under a progress bar).
    "step_reading_sheet": QT_TRANSLATE_NOOP("Errors", "Đang đọc trang “{sheet}”"),
    "step_rows_read": QT_TRANSLATE_NOOP("Errors", "Đã đọc {count:n} dòng"),
    "step_reading_encoding": QT_TRANSLATE_NOOP("Errors", "Đang nhận dạng bảng mã chữ"),
    "step_rows_checked": QT_TRANSLATE_NOOP("Errors", "Đã kiểm tra {count:n} dòng"),
    "step_rows_saved": QT_TRANSLATE_NOOP("Errors", "Đã lưu {done:n}/{total:n} dòng"),
    "step_rows_written": QT_TRANSLATE_NOOP("Errors", "Đã ghi {count:n} dòng"),
    "step_rows_written_of": QT_TRANSLATE_NOOP("Errors", "Đã ghi {done:n}/{total:n} dòng"),
    "step_tables": QT_TRANSLATE_NOOP("Errors", "Bảng dữ liệu {done:n}/{total:n}"),
    "step_database_file": QT_TRANSLATE_NOOP("Errors", "Tệp cơ sở dữ liệu"),
    "step_files": QT_TRANSLATE_NOOP("Errors", "Tệp đính kèm {done:n}/{total:n}"),
    "step_records": QT_TRANSLATE_NOOP("Errors", "{done:n}/{total:n} văn bản"),
    # Why a summary book cannot be added up.
    "book_other_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "tệp “{file}” là sổ thống kê theo mẫu {schema}, chương trình này đọc mẫu {expected}: "
        "hãy lập lại sổ bằng chương trình cùng phiên bản",
    ),
    "book_other_period": QT_TRANSLATE_NOOP(
        "Errors",
        "“{file}”: sổ của kỳ từ {start} đến {end}, không phải kỳ đang tổng hợp "
        "(từ {expected_start} đến {expected_end})",
    ),
    "book_same_office": QT_TRANSLATE_NOOP(
        "Errors", "“{file}”: đơn vị “{office}” đã có trong sổ “{first_file}”, không tính hai lần"
    ),
    "book_sheet_missing": QT_TRANSLATE_NOOP("Errors", "“{file}”: thiếu trang “{sheet}”"),
    "book_other_columns": QT_TRANSLATE_NOOP(
        "Errors", "“{file}”, trang “{sheet}”: các cột không đúng mẫu sổ của chương trình"
    ),
    "book_rows_moved": QT_TRANSLATE_NOOP(
        "Errors",
        "“{file}”, trang “{sheet}”: dòng Tổng cộng không còn ở dòng {row} "
        "(đã thêm hoặc xóa dòng)",
    ),
    "book_not_a_number": QT_TRANSLATE_NOOP(
        "Errors",
        "“{file}”, trang “{sheet}”, ô {cell}: “{value}” không phải số nguyên từ 0 trở lên",
    ),
    "book_total_typed": QT_TRANSLATE_NOOP(
        "Errors",
        "“{file}”, trang “{sheet}”, ô {cell}: công thức tổng đã bị gõ đè bằng “{value}”",
    ),
    "book_total_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "“{file}”, trang “{sheet}”, ô {cell}: công thức tổng đã bị sửa thành “{formula}” "
        "(của chương trình: “{expected}”)",
    ),
    "book_total_wrong": QT_TRANSLATE_NOOP(
        "Errors",
        "“{file}”, trang “{sheet}”, ô {cell}: tổng {found} không bằng tổng các dòng ({expected})",
    ),
    "book_empty": QT_TRANSLATE_NOOP("Errors", "“{file}”: sổ chưa điền số liệu nào"),
    "book_unreadable": QT_TRANSLATE_NOOP("Errors", "“{file}”: {reason}"),
}
"""Parts of sentences (``DetailCode``): a file's refusal, a row's problem or change."""
