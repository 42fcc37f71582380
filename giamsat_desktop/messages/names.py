"""Names a sentence uses: import columns, fields and records, and why a date is not one."""

from __future__ import annotations

from giamsat_desktop.messages.marking import QT_TRANSLATE_NOOP

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
    "days_off": QT_TRANSLATE_NOOP("Fields", "ngày nghỉ lễ, Tết"),
    "reminder_days": QT_TRANSLATE_NOOP("Fields", "số ngày nhắc trước hạn"),
    "year": QT_TRANSLATE_NOOP("Fields", "năm"),
    "instruction": QT_TRANSLATE_NOOP("Fields", "ý kiến chỉ đạo (bút phê)"),
    "notes": QT_TRANSLATE_NOOP("Fields", "ghi chú"),
    "page_count": QT_TRANSLATE_NOOP("Fields", "số trang"),
    "cancel_reason": QT_TRANSLATE_NOOP("Fields", "lý do hủy"),
    "issue_date": QT_TRANSLATE_NOOP("Fields", "ngày ban hành"),
    "date_from": QT_TRANSLATE_NOOP("Fields", "ngày đầu kỳ"),
    "date_to": QT_TRANSLATE_NOOP("Fields", "ngày cuối kỳ"),
    "copies": QT_TRANSLATE_NOOP("Fields", "số lượng bản"),
    "signer_name": QT_TRANSLATE_NOOP("Fields", "người ký"),
    "signer_position": QT_TRANSLATE_NOOP("Fields", "chức vụ người ký"),
    "file_copy_holder": QT_TRANSLATE_NOOP("Fields", "đơn vị, người nhận bản lưu"),
    "incoming": QT_TRANSLATE_NOOP("Fields", "văn bản đến"),
    "outgoing": QT_TRANSLATE_NOOP("Fields", "văn bản đi"),
    "attachment": QT_TRANSLATE_NOOP("Fields", "tệp đính kèm"),
    "letter": QT_TRANSLATE_NOOP("Fields", "văn bản soạn thảo"),
    "task": QT_TRANSLATE_NOOP("Fields", "nhiệm vụ"),
    "supervision_programme": QT_TRANSLATE_NOOP("Fields", "chương trình giám sát"),
    "programme_item": QT_TRANSLATE_NOOP("Fields", "cuộc giám sát trong chương trình"),
    "supervision_session": QT_TRANSLATE_NOOP("Fields", "cuộc giám sát"),
    "working_session": QT_TRANSLATE_NOOP("Fields", "buổi làm việc"),
    "session_subject": QT_TRANSLATE_NOOP("Fields", "nội dung giám sát"),
    "supervised_body": QT_TRANSLATE_NOOP("Fields", "đối tượng giám sát"),
    "superior_body": QT_TRANSLATE_NOOP("Fields", "cơ quan cấp trên trực tiếp"),
    "scope": QT_TRANSLATE_NOOP("Fields", "phạm vi giám sát"),
    "content_items": QT_TRANSLATE_NOOP("Fields", "các nội dung giám sát"),
    "legal_basis": QT_TRANSLATE_NOOP("Fields", "căn cứ"),
    "attendees": QT_TRANSLATE_NOOP("Fields", "thành phần làm việc"),
    "place": QT_TRANSLATE_NOOP("Fields", "địa điểm"),
    "minutes": QT_TRANSLATE_NOOP("Fields", "biên bản"),
    "note": QT_TRANSLATE_NOOP("Fields", "ghi chú"),
    "title": QT_TRANSLATE_NOOP("Fields", "tên chương trình"),
    "agreed_on": QT_TRANSLATE_NOOP("Fields", "ngày thống nhất chương trình"),
    "delegation": QT_TRANSLATE_NOOP("Fields", "đoàn giám sát"),
    "form": QT_TRANSLATE_NOOP("Fields", "hình thức giám sát"),
    "held_on": QT_TRANSLATE_NOOP("Fields", "ngày làm việc"),
    "lead_body": QT_TRANSLATE_NOOP("Fields", "cơ quan chủ trì"),
    "participants": QT_TRANSLATE_NOOP("Fields", "tổ chức tham gia"),
    "planned_month": QT_TRANSLATE_NOOP("Fields", "tháng dự kiến"),
    "planned_quarter": QT_TRANSLATE_NOOP("Fields", "quý dự kiến"),
    "planned_start": QT_TRANSLATE_NOOP("Fields", "ngày bắt đầu dự kiến"),
    "content": QT_TRANSLATE_NOOP("Fields", "nội dung nhiệm vụ"),
    "lead": QT_TRANSLATE_NOOP("Fields", "tổ chức chủ trì"),
    "cooperating": QT_TRANSLATE_NOOP("Fields", "tổ chức phối hợp"),
    "responsible": QT_TRANSLATE_NOOP("Fields", "người phụ trách"),
    "reason": QT_TRANSLATE_NOOP("Fields", "lý do"),
    "progress": QT_TRANSLATE_NOOP("Fields", "tiến độ"),
    "filed_note": QT_TRANSLATE_NOOP("Fields", "ghi chú lưu"),
    # A task's states, as a refused move names them ({what} → {other}).
    "chua_thuc_hien": QT_TRANSLATE_NOOP("Fields", "chưa thực hiện"),
    "dang_thuc_hien": QT_TRANSLATE_NOOP("Fields", "đang thực hiện"),
    "hoan_thanh": QT_TRANSLATE_NOOP("Fields", "hoàn thành"),
    "tam_dung": QT_TRANSLATE_NOOP("Fields", "tạm dừng"),
    "da_huy": QT_TRANSLATE_NOOP("Fields", "đã hủy"),
    "office_setting": QT_TRANSLATE_NOOP("Fields", "mẫu văn bản"),
    "standard_text": QT_TRANSLATE_NOOP("Fields", "mẫu văn bản"),
    "body": QT_TRANSLATE_NOOP("Fields", "nội dung"),
    "copies_to": QT_TRANSLATE_NOOP("Fields", "nơi nhận"),
    "grounds": QT_TRANSLATE_NOOP("Fields", "căn cứ"),
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
