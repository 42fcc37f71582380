"""The Vietnamese sentence of each error code of ``domain.errors`` (``MESSAGES``)."""

from __future__ import annotations

from giamsat_desktop.messages.marking import QT_TRANSLATE_NOOP

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
    "letter_issued": QT_TRANSLATE_NOOP(
        "Errors",
        "Văn bản đã phát hành với số {symbol} nên không sửa hay phát hành lại được. Muốn sửa, "
        "hãy hủy văn bản này rồi soạn và phát hành văn bản mới.",
    ),
    "letter_not_issued": QT_TRANSLATE_NOOP(
        "Errors", "Văn bản chưa phát hành nên chưa có số và tệp đã ký để in lại."
    ),
    "task_move_forbidden": QT_TRANSLATE_NOOP(
        "Errors", "Nhiệm vụ đang “{what}” nên không chuyển sang “{other}” được."
    ),
    "nothing_to_undo": QT_TRANSLATE_NOOP(
        "Errors", "Nhiệm vụ không có bước chuyển trạng thái nào để hoàn lại."
    ),
    "deadline_not_later": QT_TRANSLATE_NOOP(
        "Errors", "Hạn mới phải sau hạn đang có của nhiệm vụ ({date})."
    ),
    "has_tasks": QT_TRANSLATE_NOOP(
        "Errors",
        "Văn bản đã giao {count:n} nhiệm vụ: tình trạng xử lý theo các nhiệm vụ đó, không "
        "đánh dấu “lưu, không giao việc” được.",
    ),
    "no_tasks": QT_TRANSLATE_NOOP(
        "Errors",
        "Văn bản {document} chưa giao nhiệm vụ nào nên chưa có gì để soạn công văn giao nhiệm "
        "vụ: hãy giao nhiệm vụ trước (Văn bản đến → Xử lý → Giao nhiệm vụ…).",
    ),
    "nothing_overdue": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} không có nhiệm vụ chủ trì nào quá hạn đến ngày {today}: không cần công văn "
        "đôn đốc.",
    ),
    "organization_code_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Danh mục không có tổ chức nào mã “{code}”; các mã đang có: {codes}.",
    ),
    "no_draft": QT_TRANSLATE_NOOP(
        "Errors",
        "Chưa có dự thảo để phát hành: hãy lập dự thảo (--new), xem lại rồi mới phát hành.",
    ),
    "no_signer": QT_TRANSLATE_NOOP(
        "Errors",
        "Chưa có người ký: hãy ghi Chủ tịch, các Phó Chủ tịch trong Danh mục → Ban Thường trực.",
    ),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Errors", "Tệp {name} quá lớn ({size} MB); giới hạn là {limit} MB."
    ),
    "file_empty": QT_TRANSLATE_NOOP("Errors", "Tệp {name} rỗng (0 byte), không đính kèm."),
    "pdf_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "Không đọc được tệp PDF “{file}” (tệp hỏng hoặc không phải PDF); chưa đổi gì."
    ),
    "pdf_locked": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp PDF “{file}” có mật khẩu; chương trình không mở được. Hãy xin bản không đặt mật "
        "khẩu, hoặc nhập tay.",
    ),
    "pdf_no_text": QT_TRANSLATE_NOOP(
        "Errors",
        "Tệp PDF “{file}” là bản chụp (không có lớp chữ): không đọc được các trường, hãy nhập tay.",
    ),
    "books_have_problems": QT_TRANSLATE_NOOP(
        "Errors",
        "Có {count} lỗi trong các sổ (lỗi đầu tiên: {first}); chưa tổng hợp gì. "
        "Hãy sửa các sổ rồi đọc lại.",
    ),
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
    # A line of the annual supervision programme.
    "programme_item_opened": QT_TRANSLATE_NOOP(
        "Errors",
        "Dòng này của chương trình đã mở thành cuộc giám sát (mã số {session}) nên không mở "
        "lại, xóa, hoãn hay hủy được nữa: việc tiếp theo làm trên chính cuộc giám sát đó.",
    ),
    "programme_item_cancelled": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc giám sát này đã bị hủy khỏi chương trình. Nếu vẫn thực hiện, hãy khôi phục "
        "nó trước.",
    ),
    "programme_item_not_set_aside": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc giám sát này vẫn đang dự kiến trong chương trình (không hoãn, không hủy) nên "
        "không có gì để khôi phục.",
    ),
    "programme_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Chưa có Chương trình giám sát năm {year}: lập chương trình ở trang Giám sát, thẻ "
        "Chương trình năm, rồi in lại.",
    ),
    # A supervision session: its steps and its delegation.
    "session_move_forbidden": QT_TRANSLATE_NOOP(
        "Errors", "Cuộc giám sát đang ở bước “{what}” nên không chuyển sang bước “{other}” được."
    ),
    "session_recommendations_open": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc giám sát còn {count} kiến nghị đang theo dõi nên chưa kết thúc được: kiến nghị "
        "nào đã giải quyết thì ghi nhận, kiến nghị nào thôi theo dõi thì đóng (nêu lý do).",
    ),
    "recommendation_move_forbidden": QT_TRANSLATE_NOOP(
        "Errors", "Kiến nghị đang ở trạng thái “{what}” nên không chuyển sang “{other}” được."
    ),
    "recommendation_nothing_to_undo": QT_TRANSLATE_NOOP(
        "Errors", "Kiến nghị không có bước chuyển nào để hoàn lại."
    ),
    "recommendation_sent": QT_TRANSLATE_NOOP(
        "Errors",
        "Kiến nghị đã gửi đi (văn bản {symbol}) nên không sửa nội dung, cơ quan nhận hay xóa "
        "được nữa; chỉ ghi nhận trả lời, cam kết, giải quyết hoặc đóng.",
    ),
    "recommendation_not_overdue": QT_TRANSLATE_NOOP(
        "Errors",
        "Kiến nghị chưa quá hạn trả lời (hạn {due}) hoặc đã có văn bản trả lời nên chưa đôn "
        "đốc, chưa kiến nghị cấp trên.",
    ),
    "no_recommendations": QT_TRANSLATE_NOOP(
        "Errors", "Cuộc giám sát chưa có kiến nghị nào chưa gửi tới {body}."
    ),
    "recommendation_bodies": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc giám sát có kiến nghị gửi nhiều cơ quan; mỗi cơ quan một văn bản: chọn một "
        "trong các mã {codes}.",
    ),
    "recommendation_body_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc giám sát không có kiến nghị chưa gửi tới cơ quan mã {code}; các mã có: {codes}.",
    ),
    # A direct dialogue's issue, named by its line.
    "dialogue_issue_required": QT_TRANSLATE_NOOP(
        "Errors", "Vấn đề thứ {line} nêu tại đối thoại: chưa ghi {field}."
    ),
    "dialogue_done_before_held": QT_TRANSLATE_NOOP(
        "Errors",
        "Vấn đề thứ {line} nêu tại đối thoại: ngày thực hiện xong {done} trước ngày đối thoại "
        "{held}.",
    ),
    # A social criticism session.
    "criticism_move_forbidden": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc phản biện đang ở bước “{what}” nên không chuyển sang bước “{other}” được.",
    ),
    "criticism_nothing_to_undo": QT_TRANSLATE_NOOP(
        "Errors", "Cuộc phản biện không có bước chuyển nào để hoàn lại."
    ),
    "criticism_sent": QT_TRANSLATE_NOOP(
        "Errors",
        "Văn bản phản biện đã gửi nên không thêm, bớt hay sửa nội dung phản biện được nữa; chỉ "
        "ghi nhận trả lời của cơ quan soạn thảo.",
    ),
    "criticism_not_sent": QT_TRANSLATE_NOOP(
        "Errors",
        "Chưa gửi văn bản phản biện nên chưa có gì để cơ quan soạn thảo trả lời.",
    ),
    "criticism_purpose_fixed": QT_TRANSLATE_NOOP(
        "Errors",
        "Văn bản đã gửi cho cơ quan soạn thảo nên không đổi được loại (phản biện xã hội hay góp "
        "ý xây dựng Đảng, chính quyền) nữa.",
    ),
    "criticism_other_purpose": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc này là {purpose}: văn bản của nó in bằng biểu mẫu {form}.",
    ),
    "session_nothing_to_undo": QT_TRANSLATE_NOOP(
        "Errors", "Cuộc giám sát không có bước chuyển nào để hoàn lại."
    ),
    "session_form_fixed": QT_TRANSLATE_NOOP(
        "Errors",
        "Cuộc giám sát đã qua bước dự kiến nên không đổi hình thức giám sát hay vai trò "
        "(chủ trì, phối hợp) được nữa.",
    ),
    "delegation_no_head": QT_TRANSLATE_NOOP(
        "Errors", "Đoàn giám sát do Mặt trận chủ trì phải có một Trưởng đoàn."
    ),
    "delegation_two_heads": QT_TRANSLATE_NOOP(
        "Errors",
        "Đoàn giám sát chỉ có một Trưởng đoàn, nhưng dòng {other_row} và dòng {row} đều là "
        "Trưởng đoàn.",
    ),
    "delegation_head_not_board": QT_TRANSLATE_NOOP(
        "Errors",
        "Dòng {row}: {name} không phải thành viên Ban Thường trực đang công tác nên không làm "
        "Trưởng đoàn được.",
    ),
    "delegation_name_missing": QT_TRANSLATE_NOOP(
        "Errors", "Dòng {row} của danh sách đoàn giám sát chưa nhập họ và tên."
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
