<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsBox</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="46" />
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="144" />
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="208" />
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="230" />
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="57" />
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="59" />
        <source>Tạo tài khoản quản trị…</source>
        <translation>Create the administrator account…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="61" />
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="63" />
        <source>Đổi vai trò…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="65" />
        <source>Ngừng dùng / dùng lại</source>
        <translation>Deactivate / reactivate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="67" />
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="69" />
        <source>Đổi mật khẩu của tôi…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="77" />
        <source>Xem người phản ánh</source>
        <translation>See reporters</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="81" />
        <source>Tài khoản được xem họ tên, địa chỉ của người phản ánh về cán bộ, đảng viên (Quy định 124). Quản trị luôn xem được; tài khoản chỉ xem thì không bao giờ.</source>
        <translation>The account may see the names and addresses of citizens who report on officials and Party members (Regulation 124). The administrator always sees them; a view-only account never does.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="107" />
        <source> — xem người phản ánh</source>
        <translation> — sees reporters</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="109" />
        <source> — ngừng dùng</source>
        <translation> — inactive</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="117" />
        <source>Đang làm việc với tên: {name}</source>
        <translation>Signed in as: {name}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="120" />
        <source>Chưa có tài khoản: chương trình tự đăng nhập với tên “Văn thư”. Khi nhiều người cùng dùng, hãy tạo tài khoản quản trị rồi thêm tài khoản cho từng người.</source>
        <translation>No accounts yet: the program signs in as “Văn thư” by itself. When several people use it, create the administrator account, then an account for each person.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="148" />
        <source>Mật khẩu mới (ít nhất 8 ký tự):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="151" />
        <source>Nhập lại mật khẩu mới:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="153" />
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="189" />
        <source>Tên đăng nhập của quản trị:</source>
        <translation>Administrator's user name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="142" />
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="190" />
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="203" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="141" />
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="202" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="143" />
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="208" />
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="231" />
        <source>Vai trò của {user}:</source>
        <translation>Role of {user}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/accounts_box.py" line="279" />
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../giamsat_desktop/app.py" line="110" />
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="113" />
        <source>Đang tìm bản sao lưu tốt gần nhất…</source>
        <translation>Looking for the newest good backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="118" />
        <source>Không mở được cơ sở dữ liệu {location}: tệp bị hỏng (thường do mất điện khi đang ghi).

Khôi phục bản sao lưu tốt gần nhất?
{backup}

Tệp hỏng được giữ lại trong thư mục sao lưu để cán bộ kỹ thuật xem.</source>
        <translation>The database {location} cannot be opened: the file is damaged (usually a power cut while writing).

Restore the newest good backup?
{backup}

The damaged file is kept in the backup folder for a technician.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="131" />
        <source>Đang khôi phục bản sao lưu…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="150" />
        <source>Không kết nối được máy chủ dữ liệu</source>
        <translation>Cannot reach the data server</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="153" />
        <source>Hãy kiểm tra máy chủ đã bật và máy này đã nối mạng nội bộ, rồi bấm Thử lại.</source>
        <translation>Check that the server is switched on and that this PC is connected to the office network, then click Try again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="159" />
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="164" />
        <source>Dùng tệp trên máy này…</source>
        <translation>Use this PC's file…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="177" />
        <source>Mở tệp dữ liệu trên máy này thay cho máy chủ?

Văn bản nhập vào tệp trên máy này sẽ không có trên máy chủ, và các máy khác không thấy. Khi máy chủ hoạt động trở lại, chọn lại máy chủ ở Cài đặt → Đổi nơi lưu dữ liệu.</source>
        <translation>Open the data file on this PC instead of the server?

Documents entered into the file on this PC will not be on the server, and the other PCs will not see them. When the server works again, choose it again in Settings → Change where the data is kept.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="208" />
        <source>Chương trình đang chạy</source>
        <translation>The program is running</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/app.py" line="272" />
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="75" />
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="166" />
        <source>Giao nhiệm vụ</source>
        <translation>Give tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="81" />
        <source>Văn bản đến số {number}: {symbol} — {subject}</source>
        <translation>Incoming document no. {number}: {symbol} — {subject}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="91" />
        <source>Ý kiến chỉ đạo của lãnh đạo (bút phê)</source>
        <translation>The leader's instruction (annotation)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="94" />
        <source>Ý kiến chỉ đạo (bút phê):</source>
        <translation>Instruction (annotation):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="97" />
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="101" />
        <source>Việc cần làm</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="102" />
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="105" />
        <source>Tất cả tổ chức thành viên</source>
        <translation>Every member organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="110" />
        <source>Chủ trì (mỗi tổ chức một nhiệm vụ):</source>
        <translation>Lead (one task per organisation):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="113" />
        <source>Phối hợp:</source>
        <translation>Cooperating:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="119" />
        <source>Họ tên người phụ trách (nếu có)</source>
        <translation>Name of the person responsible (if any)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="120" />
        <source>Người phụ trách:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="123" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="124" />
        <source>Sau</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="125" />
        <source>Thường xuyên, báo cáo</source>
        <translation>Standing, reporting</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="129" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="133" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="148" />
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="149" />
        <source>Thêm vào danh sách</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="156" />
        <source>Các nhiệm vụ sẽ giao:</source>
        <translation>Tasks to give:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="160" />
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="167" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="250" />
        <source>hạn: {date}</source>
        <translation>due: {date}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="262" />
        <source>Chưa nhập nội dung nhiệm vụ.</source>
        <translation>No task content entered.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="264" />
        <source>Chưa chọn tổ chức chủ trì.</source>
        <translation>No lead organisation chosen.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="266" />
        <source>Chưa có thời hạn.</source>
        <translation>No deadline yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="278" />
        <source>{lead}: {content} — {when}</source>
        <translation>{lead}: {content} — {when}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/assign_dialog.py" line="339" />
        <source>Bỏ các nhiệm vụ chưa giao?</source>
        <translation>Discard the tasks not given yet?</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="44" />
        <source>Tệp đính kèm — {title}</source>
        <translation>Attachments — {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="54" />
        <source>Kéo thả tệp vào đây, hoặc bấm “Thêm tệp…”.</source>
        <translation>Drag files here, or click “Add files…”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="56" />
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="58" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="60" />
        <source>Gỡ khỏi văn bản</source>
        <translation>Remove from document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="62" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="102" />
        <source>Đang sao chép tệp…</source>
        <translation>Copying files…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="108" />
        <source>Đã đính kèm {count} tệp.</source>
        <translation>{count} file(s) attached.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="115" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/attachments_dialog.py" line="118" />
        <source>Văn bản, ảnh quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt);;Mọi tệp (*)</source>
        <translation>Documents, scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="184" />
        <source>Tạo mới</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="185" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="186" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="187" />
        <source>Xóa hẳn</source>
        <translation>Purged</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="188" />
        <source>Đổi tình trạng</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="189" />
        <source>Nhập từ Excel</source>
        <translation>Imported from Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="190" />
        <source>Đính kèm tệp</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="191" />
        <source>Gỡ tệp</source>
        <translation>File removed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="192" />
        <source>Dùng lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="193" />
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="194" />
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="195" />
        <source>Đặt lại mật khẩu</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="196" />
        <source>Đổi mật khẩu</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="197" />
        <source>Khôi phục mật khẩu</source>
        <translation>Password recovered</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="198" />
        <source>Cấp mã khôi phục mới</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="199" />
        <source>Phát hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="200" />
        <source>Chuyển bước</source>
        <translation>Move to a step</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="201" />
        <source>Ghi tiến độ</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="202" />
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="203" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="204" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="205" />
        <source>Đổi thứ tự</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="206" />
        <source>Hoãn</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="207" />
        <source>Khôi phục</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="208" />
        <source>Mở thành cuộc giám sát</source>
        <translation>Open as a session</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_page.py" line="67" />
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_page.py" line="45" />
        <source>Tìm theo người, thao tác, nội dung thay đổi…</source>
        <translation>Search by person, action, content of the change…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_page.py" line="48" />
        <source>Mọi loại hồ sơ</source>
        <translation>All kinds of records</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_page.py" line="95" />
        <source>{count} mục</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_model.py" line="34" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_model.py" line="39" />
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_model.py" line="43" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_model.py" line="47" />
        <source>Hồ sơ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_model.py" line="51" />
        <source>Thay đổi (cũ → mới)</source>
        <translation>Change (old → new)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_page.py" line="125" />
        <source>Chuỗi nhật ký toàn vẹn ({count} mục)</source>
        <translation>Log chain intact ({count} entries)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_page.py" line="132" />
        <source>Nhật ký đã bị sửa ngoài chương trình (từ mục {id})</source>
        <translation>The log was changed outside the program (from entry {id})</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="153" />
        <source>Mã kiểm tra tệp</source>
        <translation>File checksum</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="154" />
        <source>Tệp sao lưu</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="155" />
        <source>Lúc sao lưu</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="156" />
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="157" />
        <source>Tệp nhập</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="158" />
        <source>Số dòng đã nhập</source>
        <translation>Rows imported</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="159" />
        <source>Số dòng bỏ qua</source>
        <translation>Rows skipped</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="160" />
        <source>Vào sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="224" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="225" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="234" />
        <source>(đã thay đổi)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="258" />
        <source>{kind} (mã số {id})</source>
        <translation>{kind} (id {id})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="309" />
        <source>mã số {id}</source>
        <translation>id {id}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="87" />
        <source>Sao lưu dữ liệu</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="87" />
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="122" />
        <source>Tệp sao lưu (*.zip)</source>
        <translation>Backup files (*.zip)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="101" />
        <source>Đã sao lưu vào {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="102" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="110" />
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="120" />
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="132" />
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="148" />
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="177" />
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="182" />
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="135" />
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="144" />
        <source>Khôi phục dữ liệu của “{office}” sao lưu lúc {moment}?

Dữ liệu hiện tại sẽ được sao lưu trước rồi mới bị thay thế. Chương trình sẽ mở lại sau khi khôi phục.</source>
        <translation>Restore the data of “{office}” backed up at {moment}?

The current data is backed up first, then replaced. The program opens again after the restore.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="170" />
        <source>Đã khôi phục. Chương trình mở lại dữ liệu.</source>
        <translation>Restored. The program opens the data again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="173" />
        <source>Cảnh báo: {what}</source>
        <translation>Warning: {what}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="191" />
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="226" />
        <source>… và {count} tệp nữa.</source>
        <translation>… and {count} more files.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="229" />
        <source>Tệp đính kèm bị hỏng</source>
        <translation>Damaged attached files</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="231" />
        <source>Các tệp đính kèm sau không còn như khi được lưu (ổ đĩa hỏng hoặc tệp bị sửa ngoài chương trình):
{lines}

Hãy lấy lại chúng từ một bản sao lưu trước đó (Tệp → Khôi phục từ bản sao lưu…).</source>
        <translation>These attached files are no longer as they were saved (a failing disk, or a file changed outside the program):
{lines}

Get them back from an earlier backup (File → Restore from a backup…).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="253" />
        <source>Đang tìm bản sao lưu tốt gần nhất…</source>
        <translation>Looking for the newest good backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="261" />
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="271" />
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="263" />
        <source>Kiểm tra cho thấy cơ sở dữ liệu bị hỏng và không tìm thấy bản sao lưu nào dùng được. Hãy dùng Tệp → Khôi phục từ bản sao lưu với tệp sao lưu trên USB hoặc máy khác, và đừng nhập thêm dữ liệu.</source>
        <translation>The check found the database damaged and no usable backup. Use File → Restore from a backup with a backup on a USB stick or another PC, and do not enter more data.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="273" />
        <source>Kiểm tra cho thấy cơ sở dữ liệu bị hỏng (thường do mất điện khi đang ghi). Khôi phục bản sao lưu tốt gần nhất?

{path}</source>
        <translation>The check found the database damaged (usually a power cut while writing). Restore the newest good backup?

{path}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="292" />
        <source>Đang kiểm tra nhật ký thay đổi…</source>
        <translation>Checking the change log…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="335" />
        <source>Đang sao lưu tự động…</source>
        <translation>Automatic backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="350" />
        <source>Không thấy thư mục sao lưu {folder} (USB chưa cắm?).</source>
        <translation>Backup folder {folder} not found (USB stick not plugged in?).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="354" />
        <source>Chưa có bản sao lưu nào ngoài máy này: Tệp → Sao lưu ngay.</source>
        <translation>No backup outside this PC yet: File → Back up now.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/backup_actions.py" line="356" />
        <source>Đã {days} ngày chưa sao lưu ra ngoài máy này.</source>
        <translation>No backup outside this PC for {days} days.</translation>
    </message>
</context>
<context>
    <name>BoardMemberDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="124" />
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="58" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="125" />
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="59" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="126" />
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="60" />
        <source>Thứ tự:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="36" />
        <source>Thêm thành viên Ban Thường trực</source>
        <translation>Add a Standing Board member</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="38" />
        <source>Sửa thành viên Ban Thường trực</source>
        <translation>Edit a Standing Board member</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="61" />
        <source>Ký văn bản:</source>
        <translation>Signs as:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="95" />
        <source>Đồng chí {name} đang là Chủ tịch: khi lưu, đồng chí {name} thôi giữ chức (ngừng dùng) và tên Chủ tịch của đơn vị đổi theo.</source>
        <translation>{name} is the chair now: on saving, {name} steps down (no longer in use) and the office's chair name changes with it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_member_dialog.py" line="109" />
        <source>Chưa nhập họ và tên.</source>
        <translation>No full name entered.</translation>
    </message>
</context>
<context>
    <name>BodyChooser</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="126" />
        <source>Lập văn bản kiến nghị</source>
        <translation>Draft the recommendation letter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="130" />
        <source>Kiến nghị của cuộc giám sát gửi nhiều cơ quan; mỗi cơ quan một văn bản. Chọn cơ quan để lập văn bản:</source>
        <translation>The session's recommendations go to several bodies; each body gets its own letter. Choose the body to draft the letter for:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="138" />
        <source>{name}: {count} kiến nghị chưa gửi</source>
        <translation>{name}: {count} recommendations not yet sent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="143" />
        <source>Lập văn bản</source>
        <translation>Draft letter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="145" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="57" />
        <source>Gia hạn nhiệm vụ</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="58" />
        <source>Gia hạn {count} nhiệm vụ đã chọn đến ngày mới.</source>
        <translation>Extend the deadline of the {count} selected tasks to a new date.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="60" />
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Mark tasks done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="61" />
        <source>Đánh dấu {count} nhiệm vụ đã chọn là đã hoàn thành.</source>
        <translation>Mark the {count} selected tasks as done.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="78" />
        <source>Hạn mới:</source>
        <translation>New deadline:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="79" />
        <source>Lý do gia hạn:</source>
        <translation>Reason for extending:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="82" />
        <source>Ngày hoàn thành:</source>
        <translation>Date done:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="88" />
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="88" />
        <source>Hoàn thành</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="90" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/bulk_dialog.py" line="105" />
        <source>Hãy nhập ngày (dd/mm/yyyy).</source>
        <translation>Enter a date (dd/mm/yyyy).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="42" />
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="43" />
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="44" />
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="45" />
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="46" />
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="47" />
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="48" />
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="52" />
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="53" />
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="54" />
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="55" />
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="56" />
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="57" />
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="58" />
        <source>CN</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="70" />
        <source>Tháng {month} năm {year}</source>
        <translation>Month {month} of {year}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="75" />
        <source>Hạn nhiệm vụ</source>
        <translation>Task deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="77" />
        <source>Hạn gửi kế hoạch, quyết định giám sát</source>
        <translation>Deadline to send the supervision plan and decision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="80" />
        <source>Hạn báo cáo kết quả giám sát</source>
        <translation>Deadline for the supervision results report</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="82" />
        <source>Hạn trả lời kiến nghị</source>
        <translation>Recommendation reply deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="84" />
        <source>Hạn khắc phục theo cam kết</source>
        <translation>Fix due as committed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="87" />
        <source>Hạn trả lời ý kiến phản biện xã hội</source>
        <translation>Answers to a social criticism due</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="90" />
        <source>Hạn thực hiện cam kết tại đối thoại trực tiếp</source>
        <translation>Deadline for a commitment made at a direct dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="104" />
        <source>Quá hạn {days} ngày</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="109" />
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="110" />
        <source>Còn {days} ngày</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="115" />
        <source>Thực hiện quá hạn</source>
        <translation>Carried out late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="116" />
        <source>Đã thực hiện</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="119" />
        <source>Trả lời quá hạn</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="121" />
        <source>Giải quyết quá hạn</source>
        <translation>Resolved late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="122" />
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="125" />
        <source>Đã trả lời</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="127" />
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="128" />
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="129" />
        <source>Còn hạn</source>
        <translation>Within the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="140" />
        <source>quá hạn trả lời ngày {day}</source>
        <translation>answers overdue on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="145" />
        <source>chờ trả lời</source>
        <translation>awaiting answers</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="151" />
        <source>hạn trả lời ngày {day}</source>
        <translation>answers due on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="157" />
        <source>hạn trả lời từ {start} đến {end}</source>
        <translation>answers due from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="173" />
        <source>cam kết quá hạn ngày {day}</source>
        <translation>commitments overdue on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="178" />
        <source>cam kết chưa thực hiện</source>
        <translation>commitments not yet carried out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="181" />
        <source>hạn thực hiện ngày {day}</source>
        <translation>due on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/deadline_words.py" line="187" />
        <source>hạn thực hiện từ {start} đến {end}</source>
        <translation>due from {start} to {end}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="121" />
        <source>◀ Tháng trước</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="122" />
        <source>Tháng trước (Page Up)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="124" />
        <source>Tháng sau ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="125" />
        <source>Tháng sau (Page Down)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="127" />
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="292" />
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="128" />
        <source>Về tháng này, chọn ngày hôm nay (Home)</source>
        <translation>Back to this month and today (Home)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="145" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="145" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="145" />
        <source>Đơn vị, cơ quan thực hiện</source>
        <translation>Who must act</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="214" />
        <source>Đang đọc…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="284" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="287" />
        <source>Sắp đến hạn ({days} ngày)</source>
        <translation>Due soon ({days} days)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="290" />
        <source>Còn hạn</source>
        <translation>Within the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="291" />
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="304" />
        <source>Các hạn trong {month}: {count}</source>
        <translation>Deadlines in {month}: {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="310" />
        <source>Không có hạn nào trong tháng này.</source>
        <translation>No deadlines this month.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="320" />
        <source>{day_name}, {date} — {count} hạn</source>
        <translation>{day_name}, {date} — {count} deadlines</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="355" />
        <source>Cam kết khắc phục: {title}</source>
        <translation>Commitment to fix: {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="357" />
        <source>Phản biện: {title}</source>
        <translation>Criticism: {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="359" />
        <source>Cam kết tại đối thoại: {title}</source>
        <translation>Commitment at a dialogue: {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="364" />
        <source>Cơ quan soạn thảo: {body}</source>
        <translation>Drafting body: {body}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/calendar_page.py" line="367" />
        <source>{count} nội dung chưa được trả lời</source>
        <translation>{count} points not answered yet</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="68" />
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="152" />
        <location filename="../giamsat_desktop/ui/catalog/organization_model.py" line="22" />
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_model.py" line="23" />
        <source>Ngừng dùng</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_model.py" line="32" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_model.py" line="34" />
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_model.py" line="36" />
        <source>Tên đầy đủ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_model.py" line="38" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_model.py" line="55" />
        <location filename="../giamsat_desktop/ui/catalog/organization_model.py" line="43" />
        <location filename="../giamsat_desktop/ui/catalog/people_model.py" line="38" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_model.py" line="39" />
        <location filename="../giamsat_desktop/ui/catalog/people_model.py" line="28" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_model.py" line="34" />
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_model.py" line="44" />
        <location filename="../giamsat_desktop/ui/catalog/people_model.py" line="32" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/board_model.py" line="50" />
        <source>Ký văn bản</source>
        <translation>Signs as</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/people_model.py" line="34" />
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/people_model.py" line="36" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="101" />
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="114" />
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="115" />
        <source>Cán bộ, thành viên</source>
        <translation>Staff and members</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="116" />
        <source>Ban Thường trực</source>
        <translation>Standing Board</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="165" />
        <source>Chưa có Chủ tịch đang giữ chức trong danh sách: văn bản đi lấy người ký là Chủ tịch ghi trong thông tin đơn vị. Bấm Thêm để ghi Chủ tịch và các Phó Chủ tịch.</source>
        <translation>No serving chair is in the list: outgoing documents take the chair named in the office details as signer. Click Add to enter the chair and the vice-chairs.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="172" />
        <source>Người ký văn bản đi mặc định là Chủ tịch; Phó Chủ tịch ký thay (KT.).</source>
        <translation>Outgoing documents are signed by the chair by default; a vice-chair signs for the chair (KT.).</translation>
    </message>
</context>
<context>
    <name>CitedDocuments</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="62" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="62" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="62" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="62" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="83" />
        <source>Thêm văn bản đến…</source>
        <translation>Add incoming document…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="85" />
        <source>Tìm trong sổ văn bản đến văn bản làm căn cứ</source>
        <translation>Find the documents used as legal basis in the incoming register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="86" />
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="89" />
        <source>Văn bản đến làm căn cứ:</source>
        <translation>Incoming documents as legal basis:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="143" />
        <source>Chọn văn bản đến làm căn cứ</source>
        <translation>Choose incoming documents as legal basis</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/cited_documents.py" line="145" />
        <source>Chọn một hay nhiều dòng (giữ Ctrl khi bấm). Dòng mờ là văn bản đã có trong căn cứ.</source>
        <translation>Choose one or more rows (hold Ctrl while clicking). Greyed rows are documents already in the legal basis.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="8" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="9" />
        <source>Ngày đến</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="10" />
        <source>Tác giả</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="11" />
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="12" />
        <source>Ngày tháng văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="13" />
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="14" />
        <source>Tên loại và trích yếu nội dung</source>
        <translation>Type and subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="15" />
        <source>Đơn vị hoặc người nhận</source>
        <translation>Recipient unit or person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="16" />
        <source>Ngày chuyển</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="17" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="18" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="19" />
        <source>Hạn xử lý</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="20" />
        <source>Độ khẩn</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="21" />
        <source>Độ mật</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="22" />
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>ConductFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_filters.py" line="130" />
        <source>Tìm theo cơ quan, khu dân cư, người được giám sát… (Ctrl+F)</source>
        <translation>Search by body, residential area, person supervised… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_filters.py" line="136" />
        <source>Mọi nơi giám sát</source>
        <translation>All places of supervision</translation>
    </message>
</context>
<context>
    <name>ConductList</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="53" />
        <source>Cuộc giám sát</source>
        <translation>Supervision sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="76" />
        <source>Thêm cuộc giám sát… (Ctrl+N)</source>
        <translation>Add a supervision session… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="76" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="80" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="104" />
        <source>{count} cuộc giám sát</source>
        <translation>{count} supervision sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="154" />
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="167" />
        <source>Xóa cuộc giám sát</source>
        <translation>Delete the supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="156" />
        <source>Xóa cuộc giám sát ngày {day} tại “{unit}”? Nhật ký thay đổi vẫn giữ lại.</source>
        <translation>Delete the supervision session of {day} at “{unit}”? The change log keeps it.</translation>
    </message>
</context>
<context>
    <name>ConductPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="74" />
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="103" />
        <source>Mã số</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="75" />
        <source>Ngày giám sát</source>
        <translation>Supervision date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="76" />
        <source>Nơi giám sát</source>
        <translation>Supervised at</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="77" />
        <source>Cơ quan, khu dân cư</source>
        <translation>Body, residential area</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="78" />
        <source>Chủ thể giám sát</source>
        <translation>Supervised by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="80" />
        <source>Người được giám sát</source>
        <translation>Persons supervised</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="83" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="104" />
        <source>Ngày tiếp nhận</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="105" />
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="106" />
        <source>Người bị phản ánh</source>
        <translation>Person reported on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="107" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="108" />
        <source>Nội dung phản ánh</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="109" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="110" />
        <source>Xử lý, kết quả</source>
        <translation>Handling, result</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_models.py" line="114" />
        <source>Người phản ánh</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_page.py" line="36" />
        <source>Giám sát theo Quy định 124-QĐ/TW</source>
        <translation>Supervision under Regulation 124-QĐ/TW</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_page.py" line="42" />
        <source>Cuộc giám sát</source>
        <translation>Supervision sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_page.py" line="43" />
        <source>Phản ánh của nhân dân</source>
        <translation>Citizens' reports</translation>
    </message>
</context>
<context>
    <name>ConductSessionDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="124" />
        <source>Thêm cuộc giám sát theo QĐ 124</source>
        <translation>Add a supervision session under Reg. 124</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="126" />
        <source>Sửa cuộc giám sát theo QĐ 124</source>
        <translation>Edit a supervision session under Reg. 124</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="134" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="143" />
        <source>Cơ quan, đơn vị hoặc khu dân cư (thôn, tổ dân phố)</source>
        <translation>Body, unit or residential area (village, neighbourhood group)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="146" />
        <source>Ban Thường trực, Ban công tác Mặt trận, tổ chức…</source>
        <translation>Standing Board, Front work committee, organisation…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="151" />
        <source>Ngày giám sát:</source>
        <translation>Supervision date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="152" />
        <source>Nơi giám sát:</source>
        <translation>Supervised at:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="153" />
        <source>Cơ quan, khu dân cư:</source>
        <translation>Body, residential area:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="154" />
        <source>Chủ thể giám sát:</source>
        <translation>Supervised by:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="155" />
        <source>Nội dung giám sát:</source>
        <translation>Subject of the supervision:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="156" />
        <source>Người được giám sát:</source>
        <translation>Persons supervised:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="157" />
        <source>Kết luận:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="158" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="181" />
        <source>Chưa nhập cơ quan, đơn vị hoặc khu dân cư.</source>
        <translation>No body, unit or residential area entered.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="183" />
        <source>Chưa nhập nội dung giám sát.</source>
        <translation>No subject of the supervision entered.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="185" />
        <source>Một dòng người được giám sát chưa có họ và tên.</source>
        <translation>One of the persons supervised has no full name.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="187" />
        <source>Tài khoản chỉ xem không sửa được.</source>
        <translation>A view-only account cannot make changes.</translation>
    </message>
</context>
<context>
    <name>ConsolidationDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="80" />
        <source>Tổng hợp từ đơn vị cấp dưới</source>
        <translation>Consolidate the offices below</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="85" />
        <source>Tổng hợp sổ thống kê {period} (từ {start} đến {end}) của các đơn vị cấp dưới. Kéo thả các sổ Excel vào đây, hoặc bấm Thêm sổ…</source>
        <translation>Consolidate the statistics books of {period} (from {start} to {end}) of the offices below. Drop the Excel books here, or click Add books…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="95" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="95" />
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="95" />
        <source>Loại sổ</source>
        <translation>Kind of book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="95" />
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="96" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="115" />
        <source>Lỗi của sổ đang chọn (hoặc của mọi sổ):</source>
        <translation>Problems of the book selected (or of every book):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="121" />
        <source>Sổ đã đọc</source>
        <translation>Books read</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="122" />
        <source>Bảng tổng hợp</source>
        <translation>Consolidated tables</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="124" />
        <source>&amp;Thêm sổ…</source>
        <translation>&amp;Add books…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="125" />
        <source>Đọc &amp;lại</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="126" />
        <source>Đọc lại sổ đang chọn sau khi đã sửa tệp.</source>
        <translation>Read the book selected again after its file was fixed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="127" />
        <source>&amp;Bỏ sổ</source>
        <translation>Lea&amp;ve out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="128" />
        <source>Lập sổ &amp;trắng…</source>
        <translation>&amp;Blank book…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="130" />
        <source>Sổ trống cho một đơn vị không dùng chương trình tự điền rồi gửi lại.</source>
        <translation>An empty book for an office that does not use the program to fill in and send back.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="132" />
        <source>&amp;Ghi sổ tổng hợp…</source>
        <translation>&amp;Write the consolidated book…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="133" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="161" />
        <source>Chọn sổ thống kê của đơn vị cấp dưới</source>
        <translation>Choose the statistics books of the offices below</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="162" />
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="298" />
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="332" />
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="179" />
        <source>Đang đọc các sổ…</source>
        <translation>Reading the books…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="239" />
        <source>Đạt</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="239" />
        <source>{count} lỗi</source>
        <translation>{count} problems</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="252" />
        <source>Chưa có sổ nào.</source>
        <translation>No book yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="255" />
        <source>{count} sổ đạt: xem Bảng tổng hợp, rồi Ghi sổ tổng hợp…</source>
        <translation>{count} books sound: see Consolidated tables, then Write the consolidated book…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="261" />
        <source>{wrong} lỗi trong các sổ: sửa tệp rồi bấm Đọc lại.</source>
        <translation>{wrong} problems in the books: fix the files, then click Read again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="297" />
        <source>Ghi sổ tổng hợp</source>
        <translation>Write the consolidated book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="308" />
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="351" />
        <source>Tổng hợp</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="308" />
        <source>Đã ghi {path}.</source>
        <translation>Written: {path}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="312" />
        <source>Đang ghi sổ tổng hợp…</source>
        <translation>Writing the consolidated book…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="323" />
        <source>Lập sổ trắng</source>
        <translation>Blank book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="324" />
        <source>Tên đầy đủ của đơn vị nhận sổ (ví dụ “Ủy ban MTTQ Việt Nam xã Mỹ An”):</source>
        <translation>Full name of the office the book is for (e.g. “Ủy ban MTTQ Việt Nam xã Mỹ An”):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="330" />
        <source>Ghi sổ trắng</source>
        <translation>Save the blank book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="341" />
        <source>Sổ trắng</source>
        <translation>Blank book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/consolidation_dialog.py" line="342" />
        <source>Đã ghi {path}. Gửi sổ cho {office} điền rồi gửi lại.</source>
        <translation>Written: {path}. Send it to {office} to fill in and send back.</translation>
    </message>
</context>
<context>
    <name>CriticismDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="70" />
        <source>Dự thảo đến ngày {received}, chỉ {days} ngày trước ngày trình {submit}: Luật MTTQ Điều 36 đòi gửi dự thảo ít nhất {lead} ngày trước khi trình.</source>
        <translation>The draft came on {received}, only {days} days before it is submitted on {submit}: Article 36 of the Law on the Front requires the draft at least {lead} days before submission.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="101" />
        <source>Văn bản tổng hợp góp ý…</source>
        <translation>Feedback summary letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="143" />
        <source>Bước: {step}</source>
        <translation>Step: {step}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="147" />
        <source>gửi bằng văn bản số {symbol} ngày {day}</source>
        <translation>sent by letter No. {symbol} of {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="153" />
        <source>gửi ngày {day}</source>
        <translation>sent on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="159" />
        <source>hạn trả lời {day}</source>
        <translation>answers due {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="164" />
        <source>trả lời ngày {day}</source>
        <translation>answered on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="168" />
        <source>trả lời bằng văn bản số {symbol} ngày {day}</source>
        <translation>answered by document No. {symbol} of {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="174" />
        <source>lý do hủy: {reason}</source>
        <translation>cancelled because: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="183" />
        <source>Ghi cuộc phản biện</source>
        <translation>Session written</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="185" />
        <source>Hoàn lại về “{step}”</source>
        <translation>Undone back to “{step}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="187" />
        <source>Ghi nhận thêm trả lời</source>
        <translation>Further reply recorded</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="189" />
        <source>Chuyển sang “{step}”</source>
        <translation>Moved to “{step}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="200" />
        <source>Bước hoàn lại: từ “{new}” trở về “{old}”.</source>
        <translation>Step undone: from “{new}” back to “{old}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="204" />
        <source>Ngày gửi và hạn trả lời được bỏ cùng.</source>
        <translation>The day sent and the answers’ deadline go with it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="206" />
        <source>Văn bản trả lời và các câu trả lời từng nội dung được bỏ cùng.</source>
        <translation>The reply document and the answers to each point go with it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="116" />
        <source>Phản biện xã hội</source>
        <translation>Social criticism</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="137" />
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="137" />
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="137" />
        <source>Ghi chú, lý do</source>
        <translation>Note, reason</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="137" />
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="148" />
        <source>Thông tin</source>
        <translation>Particulars</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="149" />
        <source>Nội dung phản biện</source>
        <translation>Criticism points</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="150" />
        <source>Quá trình</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="153" />
        <source>&lt;b&gt;Tài khoản chỉ xem:&lt;/b&gt; xem được cuộc phản biện nhưng không ghi được.</source>
        <translation>&lt;b&gt;Read-only account:&lt;/b&gt; you can read the session but not change it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="163" />
        <source>Ghi nhận trả lời…</source>
        <translation>Record the reply…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="165" />
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="424" />
        <source>Kết thúc</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="167" />
        <source>Hủy…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="169" />
        <source>Hủy cuộc phản biện, có ghi lý do</source>
        <translation>Cancel the session, with a reason</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="170" />
        <source>Hoàn lại bước…</source>
        <translation>Undo step…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="172" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="174" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="176" />
        <source>Kế hoạch phản biện…</source>
        <translation>Criticism plan…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="177" />
        <source>Giấy mời…</source>
        <translation>Invitation…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="102" />
        <source>Văn bản phản biện…</source>
        <translation>Criticism letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="179" />
        <source>Biên bản hội nghị…</source>
        <translation>Conference minutes…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="182" />
        <source>Lập văn bản:</source>
        <translation>Write:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="277" />
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="278" />
        <source>Cuộc phản biện xã hội mới</source>
        <translation>New social criticism session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="279" />
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="282" />
        <source>Phản biện xã hội — Mã số {id}</source>
        <translation>Social criticism — ID {id}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="320" />
        <source>Văn bản phản biện đã gửi: các nội dung không sửa được nữa; trả lời của cơ quan soạn thảo ghi bằng nút Ghi nhận trả lời…</source>
        <translation>The criticism letter has been sent: the points can no longer be changed; record the drafting body’s reply with Record the reply…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="343" />
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="426" />
        <source>Chuyển sang: {step}</source>
        <translation>Move to: {step}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="422" />
        <source>Hủy cuộc phản biện</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="424" />
        <source>Kết thúc cuộc phản biện</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="427" />
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="433" />
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="455" />
        <source>Dự thảo:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="453" />
        <source>Hoàn lại bước vừa rồi</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_dialog.py" line="454" />
        <source>Hoàn lại</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>CriticismFields</name>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="64" />
        <source>Dự thảo Nghị quyết về …</source>
        <translation>Draft resolution on …</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="70" />
        <source>Phản biện xã hội</source>
        <translation>Social criticism</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="72" />
        <source>Góp ý xây dựng Đảng, chính quyền (QĐ 218)</source>
        <translation>Feedback on Party and government building (Decision 218)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="79" />
        <source>Ngày nhận dự thảo</source>
        <translation>Day the draft came</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="81" />
        <source>Ngày trình</source>
        <translation>Submission day</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="83" />
        <source>Ngày dự thảo được trình cơ quan có thẩm quyền quyết định</source>
        <translation>The day the draft goes to the body that decides on it</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="84" />
        <source>Ngày tổ chức</source>
        <translation>Day held</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="87" />
        <source>Ngày hội nghị, buổi đối thoại; gửi dự thảo lấy ý kiến: ngày hết hạn góp ý</source>
        <translation>Day of the conference or dialogue; for a draft sent round: the day opinions close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="91" />
        <source>Nhận dự thảo:</source>
        <translation>Draft came:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="92" />
        <source>Trình:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="93" />
        <source>Tổ chức:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="110" />
        <source> ý kiến</source>
        <translation> opinions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="117" />
        <source>Dự thảo:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="118" />
        <source>Cơ quan soạn thảo:</source>
        <translation>Drafting body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="119" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="120" />
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="121" />
        <source>Ngày:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="127" />
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="128" />
        <source>Chủ trì (phía MTTQ):</source>
        <translation>Chair (for the Front):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="129" />
        <source>Số ý kiến:</source>
        <translation>Opinions:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="136" />
        <source>Thành phần tham dự (mỗi người, tổ chức một dòng):</source>
        <translation>Participants (one person or organisation a line):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="137" />
        <source>Chuyên gia, nhà khoa học (mỗi người một dòng):</source>
        <translation>Experts (one a line):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="138" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="187" />
        <source>Hãy ghi tên dự thảo được phản biện.</source>
        <translation>Type the title of the draft criticised.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="189" />
        <source>Hãy ghi cơ quan soạn thảo.</source>
        <translation>Type the drafting body.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_fields.py" line="196" />
        <source>Góp ý xây dựng Đảng, chính quyền tổ chức bằng hội nghị hoặc gửi dự thảo lấy ý kiến; cuộc đối thoại trực tiếp của lãnh đạo với Nhân dân ghi ở trang Đối thoại trực tiếp.</source>
        <translation>Feedback on Party and government building is gathered at a conference or by sending a draft round for opinions; a leader's direct dialogue with the people is recorded on the Direct dialogues page.</translation>
    </message>
</context>
<context>
    <name>CriticismFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="50" />
        <source>Tìm theo dự thảo, cơ quan soạn thảo, nội dung… (Ctrl+F)</source>
        <translation>Search by draft, drafting body, points… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="62" />
        <source>Phản biện và góp ý</source>
        <translation>Criticism and feedback</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="63" />
        <source>Phản biện xã hội</source>
        <translation>Social criticism</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="64" />
        <source>Góp ý theo QĐ 218</source>
        <translation>Feedback under Decision 218</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="67" />
        <source>Mọi hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="72" />
        <source>Mọi bước</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="73" />
        <source>Đang theo dõi</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="74" />
        <source>Quá hạn trả lời</source>
        <translation>Answer overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="86" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_filter_bar.py" line="101" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>CriticismPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="56" />
        <source>Mã số</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="57" />
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="58" />
        <source>Cơ quan soạn thảo</source>
        <translation>Drafting body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="59" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="60" />
        <source>Ngày tổ chức</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="61" />
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="62" />
        <source>Hạn trả lời</source>
        <translation>Answers due</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="63" />
        <source>Trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_model.py" line="84" />
        <source>Lý do hủy: {reason}</source>
        <translation>Cancelled because: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="47" />
        <source>{answered}/{total} nội dung</source>
        <translation>{answered}/{total} points</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="56" />
        <source>Hạn trả lời {due}, đã quá {days} ngày mà còn {count} nội dung chưa được trả lời.</source>
        <translation>Answers due {due}; {days} days past it, {count} points still unanswered.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="87" />
        <source>Hội nghị góp ý (QĐ 218)</source>
        <translation>Feedback conference (Decision 218)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="88" />
        <source>Gửi dự thảo góp ý (QĐ 218)</source>
        <translation>Draft sent round for feedback (Decision 218)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="94" />
        <source>Đã gửi văn bản góp ý</source>
        <translation>Feedback letter sent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="109" />
        <source> ({count} góp ý QĐ 218)</source>
        <translation> ({count} Decision 218 feedback)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="115" />
        <source>{total} cuộc{among} · {points} nội dung, {accepted} được tiếp thu · {overdue} quá hạn trả lời</source>
        <translation>{total} sessions{among} · {points} points, {accepted} accepted · {overdue} answers overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_texts.py" line="131" />
        <source>Theo hình thức: {conference} hội nghị, {round} gửi dự thảo, {dialogue} đối thoại</source>
        <translation>By form: {conference} conferences, {round} drafts sent round, {dialogue} dialogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="68" />
        <source>Phản biện xã hội</source>
        <translation>Social criticism</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="87" />
        <source>Thêm cuộc phản biện… (Ctrl+N)</source>
        <translation>Add a criticism session… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="90" />
        <source>Ghi một cuộc phản biện xã hội mới</source>
        <translation>Write a new social criticism session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="91" />
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="93" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="96" />
        <source>Xóa cuộc phản biện ghi nhầm, khi chưa gửi văn bản phản biện</source>
        <translation>Delete a session written by mistake, before its criticism letter is sent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="111" />
        <source>các cuộc phản biện được chọn</source>
        <translation>the sessions chosen</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="156" />
        <source>{count} cuộc phản biện</source>
        <translation>{count} criticism sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="224" />
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="237" />
        <source>Xóa cuộc phản biện</source>
        <translation>Delete the criticism session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_page.py" line="225" />
        <source>Xóa cuộc phản biện “{title}”? Nhật ký thay đổi vẫn giữ lại.</source>
        <translation>Delete the criticism session “{title}”? The change log keeps it.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="69" />
        <source>Nơi lưu dữ liệu</source>
        <translation>Where the data is kept</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="82" />
        <source>Tệp dữ liệu trên máy này</source>
        <translation>Data file on this PC</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="86" />
        <source>Cơ sở dữ liệu dùng chung trên máy chủ (PostgreSQL)</source>
        <translation>Shared database on a server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="93" />
        <source>Ví dụ: 192.168.1.10</source>
        <translation>For example: 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="104" />
        <source>Địa chỉ máy chủ:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="105" />
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="106" />
        <source>Tên cơ sở dữ liệu:</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="107" />
        <source>Tên người dùng:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="108" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="109" />
        <source>Mật khẩu được lưu trong tệp cài đặt của máy này.</source>
        <translation>The password is kept in this PC's settings file.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="114" />
        <source>Kiểm tra kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="119" />
        <source>Chuyển dữ liệu đang dùng trên máy này lên máy chủ</source>
        <translation>Move the data in use on this PC to the server</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="131" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="132" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="178" />
        <source>tham số --db</source>
        <translation>the --db option</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="180" />
        <source>biến môi trường {name}</source>
        <translation>the environment variable {name}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="185" />
        <source>Chương trình đang mở dữ liệu {location} theo {source}. Lựa chọn lưu ở đây chỉ có hiệu lực khi không còn {source}.</source>
        <translation>The program opens the data at {location} because of {source}. The choice saved here takes effect only once {source} is no longer there.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="220" />
        <source>Cơ sở dữ liệu trống: {location}. Có thể chuyển dữ liệu đang dùng trên máy này lên, hoặc để chương trình thiết lập đơn vị mới khi mở.</source>
        <translation>Empty database: {location}. The data in use on this PC can be moved there, or the program sets up a new office when it opens it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="225" />
        <source>Kết nối được. Dữ liệu của “{office}”, có {count} văn bản đến và đi.</source>
        <translation>Connected. Data of “{office}”, with {count} incoming and outgoing documents.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="229" />
        <source>Kết nối được. Dữ liệu của “{office}” ({count} văn bản) theo phiên bản cũ: khi mở, chương trình sẽ sao lưu rồi nâng cấp.</source>
        <translation>Connected. Data of “{office}” ({count} documents) from an older version: when opening it, the program backs it up and then upgrades it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="234" />
        <source>Dữ liệu ở {location} do phiên bản mới hơn của chương trình tạo ra. Hãy cài phiên bản mới trên máy này trước.</source>
        <translation>The data at {location} was made by a newer version of the program. Install the newer version on this PC first.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="238" />
        <source>Cơ sở dữ liệu {location} đã chứa dữ liệu khác, không phải của chương trình này. Hãy chọn cơ sở dữ liệu khác.</source>
        <translation>The database {location} already holds other data, not this program's. Choose another database.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="274" />
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="342" />
        <source>Đã hủy, chưa chuyển gì lên máy chủ.</source>
        <translation>Cancelled; nothing was moved to the server.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="354" />
        <location filename="../giamsat_desktop/ui/settings/database_dialog.py" line="360" />
        <source>Đang chuyển dữ liệu lên máy chủ…</source>
        <translation>Moving the data to the server…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/date_field.py" line="64" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/date_field.py" line="65" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/date_field.py" line="93" />
        <source>{field}: chưa nhập ngày (dd/mm/yyyy).</source>
        <translation>{field}: no date entered (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="231" />
        <source>{field}: “{typed}” chưa đúng dạng ngày (dd/mm/yyyy).</source>
        <translation>{field}: “{typed}” is not written as a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="234" />
        <source>{field}: không có ngày 0.</source>
        <translation>{field}: there is no day 0.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="235" />
        <source>{field}: tháng {month} năm {year} chỉ có {days} ngày, không có ngày {day}.</source>
        <translation>{field}: month {month} of {year} has only {days} days, there is no day {day}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="238" />
        <source>{field}: năm {year} không phải năm nhuận, tháng 2 chỉ có {days} ngày.</source>
        <translation>{field}: {year} is not a leap year, February has only {days} days.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="241" />
        <source>{field}: không có tháng {month} (tháng từ 1 đến 12).</source>
        <translation>{field}: there is no month {month} (months run from 1 to 12).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="244" />
        <source>{field}: không có năm {year}.</source>
        <translation>{field}: there is no year {year}.</translation>
    </message>
</context>
<context>
    <name>DayOffEntryDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="89" />
        <source>Thêm ngày nghỉ</source>
        <translation>Add a day off</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="89" />
        <source>Sửa ngày nghỉ</source>
        <translation>Edit a day off</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="92" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="100" />
        <source>Ví dụ: Tết Âm lịch</source>
        <translation>For example: Tết Âm lịch</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="106" />
        <source>Nghỉ lễ (ngày nghỉ)</source>
        <translation>Holiday (day off)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="108" />
        <source>Làm bù (thứ Bảy, Chủ nhật đi làm thay ngày nghỉ)</source>
        <translation>Make-up working day (a Saturday or Sunday worked in place of a day off)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="120" />
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="121" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="125" />
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="126" />
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="127" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="157" />
        <source>Ngày {date} không thuộc năm {year}.</source>
        <translation>{date} is not in {year}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="163" />
        <source>Ngày {date} đã có trong danh sách.</source>
        <translation>{date} is already in the list.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="171" />
        <source>Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; {date} là {weekday}.</source>
        <translation>A make-up working day must be a Saturday or Sunday; {date} is a {weekday}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="176" />
        <source>Chưa nhập tên ngày nghỉ.</source>
        <translation>No name entered for the day off.</translation>
    </message>
</context>
<context>
    <name>DaySetting</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_setting.py" line="63" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_setting.py" line="102" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DaysOff</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="35" />
        <source>thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="36" />
        <source>thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="37" />
        <source>thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="38" />
        <source>thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="39" />
        <source>thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="40" />
        <source>thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="41" />
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="44" />
        <source>Nghỉ lễ</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/day_off_entry_dialog.py" line="45" />
        <source>Làm bù</source>
        <translation>Make-up working day</translation>
    </message>
</context>
<context>
    <name>DaysOffBox</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_box.py" line="41" />
        <source>Ngày nghỉ lễ, Tết và nhắc hạn</source>
        <translation>Public holidays, Tết and deadline reminders</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_box.py" line="56" />
        <source>Nhiệm vụ đến hạn trong số ngày này được nhắc khi mở chương trình và tô màu vàng; mọi máy của đơn vị dùng chung.</source>
        <translation>Tasks due within this many days are brought up when the program opens and coloured yellow; every PC of the office shares this setting.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_box.py" line="50" />
        <source>&amp;Nhắc trước hạn:</source>
        <translation>&amp;Remind before the deadline:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_box.py" line="72" />
        <source>Thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết của từng năm: thời hạn “sau N ngày” kết thúc vào ngày nghỉ thì lùi sang ngày làm việc tiếp theo.</source>
        <translation>Saturdays, Sundays and each year's public holidays and Tết: a deadline “in N days” that falls on a day off moves to the next working day.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_box.py" line="77" />
        <source>Ngày nghỉ lễ, Tết…</source>
        <translation>Public holidays and Tết…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_box.py" line="110" />
        <source>Chưa có ngày nghỉ Tết Âm lịch năm {year}: hãy bấm “Ngày nghỉ lễ, Tết…” và nhập theo thông báo của Chính phủ.</source>
        <translation>The Tết Âm lịch (Lunar New Year) days off of {year} are not entered yet: click “Public holidays and Tết…” and enter them as announced by the Government.</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="86" />
        <source>Ngày nghỉ lễ, Tết</source>
        <translation>Public holidays and Tết</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="92" />
        <source>Thứ Bảy, Chủ nhật luôn là ngày nghỉ. Danh sách này ghi các ngày nghỉ lễ, Tết của từng năm và các ngày thứ Bảy, Chủ nhật làm bù; thời hạn “sau N ngày” tính theo đó, ở mọi máy của đơn vị. Thời hạn đã giao trước khi sửa giữ nguyên.</source>
        <translation>Saturdays and Sundays are always days off. This list holds each year's public holidays and Tết, and the Saturdays and Sundays worked in their place; deadlines “in N days” are counted by it, on every PC of the office. Deadlines given before a change stay as they are.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="99" />
        <source>&lt;b&gt;Tài khoản chỉ xem:&lt;/b&gt; xem được danh sách nhưng không sửa được.</source>
        <translation>&lt;b&gt;View-only account:&lt;/b&gt; the list can be read but not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="107" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="118" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="118" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="118" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="132" />
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="133" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="134" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="135" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="136" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="230" />
        <source>Chưa có ngày nghỉ lễ, Tết của năm {year}: hãy nhập theo thông báo của Chính phủ.</source>
        <translation>The public holidays and Tết of {year} are not entered yet: enter them as announced by the Government.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="235" />
        <source>Ngày nghỉ năm {year} theo quyết định của Chính phủ, có sẵn trong chương trình.</source>
        <translation>The days off of {year} as decided by the Government, built into the program.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="239" />
        <source>Ngày nghỉ năm {year} do đơn vị nhập.</source>
        <translation>The days off of {year} as entered by the office.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="242" />
        <source>Chưa có các ngày nghỉ Tết Âm lịch.</source>
        <translation>The Tết Âm lịch (Lunar New Year) days off are not entered yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="245" />
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="277" />
        <source>Dòng {row}: ngày {date} không thuộc năm {year}.</source>
        <translation>Row {row}: {date} is not in {year}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="281" />
        <source>Dòng {row}: chưa nhập tên ngày nghỉ.</source>
        <translation>Row {row}: no name entered for the day off.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="283" />
        <source>Dòng {row}: tên dài quá, tối đa {limit} ký tự.</source>
        <translation>Row {row}: the name is too long, at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="287" />
        <source>Dòng {row}: ngày {date} đã có ở dòng {other}.</source>
        <translation>Row {row}: {date} is already in row {other}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="292" />
        <source>Dòng {row}: ngày làm bù {date} không phải thứ Bảy hay Chủ nhật.</source>
        <translation>Row {row}: the make-up working day {date} is not a Saturday or Sunday.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="384" />
        <source>Đã lưu. Thời hạn tính từ nay theo danh sách này, ở mọi máy; thời hạn đã giao giữ nguyên.</source>
        <translation>Saved. From now on deadlines are counted by this list, on every PC; deadlines already given stay as they are.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="395" />
        <source>Danh sách ngày nghỉ năm {year} vừa được lưu ở máy khác. Đã đọc lại danh sách mới nhất; hãy sửa lại nếu cần.</source>
        <translation>The list of days off of {year} was just saved on another PC. The newest list has been read again; make your changes again if needed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="424" />
        <source>Bỏ những thay đổi?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="425" />
        <source>Danh sách ngày nghỉ năm {year} vừa sửa chưa được lưu.</source>
        <translation>The changes to the list of days off of {year} are not saved.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="428" />
        <source>Bỏ</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/days_off_dialog.py" line="429" />
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>DelegationTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="79" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="80" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="81" />
        <source>Cơ quan, tổ chức</source>
        <translation>Body, organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="82" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="98" />
        <source>Thêm từ Ban Thường trực</source>
        <translation>Add from the Standing Board</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="102" />
        <source>Thêm từ danh sách cán bộ</source>
        <translation>Add from the staff list</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="104" />
        <source>Thêm dòng để gõ</source>
        <translation>Add a blank row</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="105" />
        <source>Bỏ dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="106" />
        <source>Lưu đoàn</source>
        <translation>Save the delegation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="120" />
        <source>Trưởng đoàn là thành viên Ban Thường trực. Gõ thẳng vào ô để sửa; bấm Lưu đoàn để ghi cả danh sách.</source>
        <translation>The Head of the delegation is a Standing Board member. Type straight into a cell to edit it; click Save the delegation to save the whole list.</translation>
    </message>
</context>
<context>
    <name>DialogueDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="176" />
        <source>Đối thoại trực tiếp</source>
        <translation>Direct dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="191" />
        <source>Thông tin</source>
        <translation>Particulars</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="192" />
        <source>Vấn đề nêu, trả lời, cam kết</source>
        <translation>Issues raised, answers, commitments</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="194" />
        <source>&lt;b&gt;Tài khoản chỉ xem:&lt;/b&gt; xem được cuộc đối thoại nhưng không ghi được.</source>
        <translation>&lt;b&gt;View-only account:&lt;/b&gt; the dialogue can be read but nothing can be recorded.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="202" />
        <source>Lập biên bản…</source>
        <translation>Draft minutes…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="205" />
        <source>Lập biên bản đối thoại trực tiếp trong Văn bản soạn thảo (lưu trước)</source>
        <translation>Draft the minutes of the direct dialogue in Drafted documents (saves first)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="207" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="209" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="270" />
        <source>Cuộc đối thoại trực tiếp mới</source>
        <translation>New direct dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="271" />
        <source>Cuộc đối thoại trực tiếp mới — chưa lưu</source>
        <translation>New direct dialogue — not saved</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="274" />
        <source>Đối thoại trực tiếp — Mã số {id}</source>
        <translation>Direct dialogue — ID {id}</translation>
    </message>
</context>
<context>
    <name>DialogueFields</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="64" />
        <source>Ngày đối thoại</source>
        <translation>Dialogue date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="68" />
        <source>Đồng chí Nguyễn Văn A, Bí thư Đảng ủy xã</source>
        <translation>Comrade Nguyễn Văn A, Secretary of the commune Party Committee</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="82" />
        <source> người</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="87" />
        <source>Ngày đối thoại:</source>
        <translation>Dialogue date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="88" />
        <source>Người đối thoại (họ tên, chức vụ):</source>
        <translation>Leader in dialogue (name, position):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="89" />
        <source>Người đứng đầu:</source>
        <translation>Head of:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="90" />
        <source>Chủ đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="91" />
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="92" />
        <source>Chủ trì (phía MTTQ):</source>
        <translation>Chair (for the Front):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="93" />
        <source>Số người dự:</source>
        <translation>Attendance:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="100" />
        <source>Thành phần tham dự (mỗi người, tổ chức một dòng):</source>
        <translation>Participants (one person or organisation a line):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="102" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="133" />
        <source>Hãy ghi người đối thoại (họ tên, chức vụ).</source>
        <translation>Enter the leader in dialogue (name, position).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_dialog.py" line="135" />
        <source>Hãy ghi chủ đề đối thoại.</source>
        <translation>Enter the topic of the dialogue.</translation>
    </message>
</context>
<context>
    <name>DialogueFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_filter_bar.py" line="43" />
        <source>Tìm theo người đối thoại, chủ đề, vấn đề nêu… (Ctrl+F)</source>
        <translation>Search by leader, topic, issue raised… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_filter_bar.py" line="48" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_filter_bar.py" line="49" />
        <source>Có cam kết quá hạn</source>
        <translation>With overdue commitments</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_filter_bar.py" line="51" />
        <source>Cam kết chưa xong</source>
        <translation>Commitments not done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_filter_bar.py" line="66" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>DialoguesPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_texts.py" line="35" />
        <source>{done}/{total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_texts.py" line="40" />
        <source>quá hạn {count}</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_texts.py" line="54" />
        <source>{count} cam kết quá hạn chưa thực hiện (hạn {days}).</source>
        <translation>{count} overdue commitments not carried out (due {days}).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_texts.py" line="61" />
        <source>{total} cuộc (cấp ủy {party}, chính quyền {government}) · {issues} vấn đề</source>
        <translation>{total} dialogues (Party committee {party}, government {government}) · {issues} issues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_texts.py" line="70" />
        <source>cam kết {done}/{total} xong</source>
        <translation>commitments {done}/{total} done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_texts.py" line="74" />
        <source>{count} quá hạn</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_model.py" line="48" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_model.py" line="51" />
        <source>Người đối thoại</source>
        <translation>Leader in dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_model.py" line="53" />
        <source>Cấp ủy/chính quyền</source>
        <translation>Party committee/government</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_model.py" line="56" />
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_model.py" line="58" />
        <source>Số vấn đề</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_model.py" line="62" />
        <source>Cam kết (xong/tổng)</source>
        <translation>Commitments (done/total)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="65" />
        <source>Đối thoại trực tiếp</source>
        <translation>Direct dialogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="84" />
        <source>Thêm cuộc đối thoại… (Ctrl+N)</source>
        <translation>Add a dialogue… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="87" />
        <source>Ghi một cuộc đối thoại trực tiếp mới</source>
        <translation>Record a new direct dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="88" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="90" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="92" />
        <source>Xóa cuộc đối thoại ghi nhầm (có hỏi lại)</source>
        <translation>Delete a dialogue recorded by mistake (asks first)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="106" />
        <source>các cuộc đối thoại được chọn</source>
        <translation>the dialogues chosen</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="150" />
        <source>{count} cuộc đối thoại</source>
        <translation>{count} dialogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="213" />
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="227" />
        <source>Xóa cuộc đối thoại</source>
        <translation>Delete the dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogues_page.py" line="215" />
        <source>Xóa cuộc đối thoại “{topic}” cùng {count} vấn đề đã ghi? Nhật ký thay đổi vẫn giữ lại.</source>
        <translation>Delete the dialogue “{topic}” with its {count} recorded issues? The change log keeps it.</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="161" />
        <source>Đã thực hiện cam kết</source>
        <translation>Commitment carried out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="166" />
        <source>Ngày thực hiện xong</source>
        <translation>Date carried out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="170" />
        <source>Cam kết:</source>
        <translation>Commitment:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="171" />
        <source>Ngày thực hiện xong:</source>
        <translation>Date carried out:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="172" />
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="183" />
        <source>Hãy ghi ngày thực hiện xong.</source>
        <translation>Enter the date it was carried out.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="188" />
        <source>Ngày thực hiện xong {done} trước ngày đối thoại {held}.</source>
        <translation>The date carried out, {done}, is before the dialogue date, {held}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="8" />
        <source>Chưa nhập {field}.</source>
        <translation>{field} is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="9" />
        <source>{field} dài quá: tối đa {limit} ký tự, đang có {length}.</source>
        <translation>{field} is too long: at most {limit} characters, {length} given.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="12" />
        <source>{field} không hợp lệ: {reason}</source>
        <translation>{field} is not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="13" />
        <source>Mã “{code}” đã được dùng cho {name}.</source>
        <translation>The code “{code}” is already used by {name}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="14" />
        <source>Không tìm thấy {what} (mã số {id}).</source>
        <translation>The {what} was not found (id {id}).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="15" />
        <source>{what} vừa được người khác sửa trong lúc bạn đang sửa. Hãy mở lại để xem bản mới nhất rồi sửa lại.</source>
        <translation>Someone else changed this {what} while you were editing it. Open it again to see the latest version, then make your change.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="25" />
        <source>Cơ sở dữ liệu này đã có đơn vị “{name}”.</source>
        <translation>This database already belongs to the office “{name}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="26" />
        <source>Cơ sở dữ liệu {location} được tạo bởi phiên bản mới hơn của chương trình (lược đồ {revision}). Hãy cài phiên bản mới; dữ liệu chưa bị thay đổi.</source>
        <translation>The database {location} was made by a newer version of the program (schema {revision}). Install the newer version; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="31" />
        <source>Tệp {location} không phải là cơ sở dữ liệu của chương trình này.</source>
        <translation>The file {location} is not a database of this program.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="34" />
        <source>Cơ sở dữ liệu {location} bị hỏng: {detail}. Hãy khôi phục từ bản sao lưu.</source>
        <translation>The database {location} is damaged: {detail}. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="37" />
        <source>Không mở được cơ sở dữ liệu {location}: {detail}</source>
        <translation>Cannot open the database {location}: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="40" />
        <source>Không có cơ sở dữ liệu tại {location}. Hãy tạo bằng lệnh init.</source>
        <translation>There is no database at {location}. Create it with the init command.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="43" />
        <source>Cơ sở dữ liệu đã có dữ liệu văn bản; không tạo dữ liệu mẫu.</source>
        <translation>The database already holds documents; no demo data was added.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="46" />
        <source>Cơ sở dữ liệu {location} đã có dữ liệu; chỉ chuyển dữ liệu vào một cơ sở dữ liệu trống.</source>
        <translation>The database {location} already holds data; data is moved only into an empty database.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="50" />
        <source>Nâng cấp cơ sở dữ liệu không thành công: {detail}. Dữ liệu vẫn như trước; bản sao lưu ở {backup}.</source>
        <translation>Upgrading the database failed: {detail}. The data is as it was; a backup is at {backup}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="55" />
        <source>Không sao lưu được vào {path}: {detail}</source>
        <translation>Cannot back up to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="56" />
        <source>Không tìm thấy tệp {path}.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="57" />
        <source>Không tìm thấy nội dung tệp đính kèm {name} trên máy này và trong cơ sở dữ liệu. Hãy khôi phục từ bản sao lưu hoặc đính kèm lại.</source>
        <translation>The contents of the attachment {name} were found neither on this PC nor in the database. Restore from a backup or attach the file again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="62" />
        <source>Tài khoản {user} không có quyền làm việc này.</source>
        <translation>The account {user} is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="76" />
        <source>Văn bản đã phát hành với số {symbol} nên không sửa hay phát hành lại được. Muốn sửa, hãy hủy văn bản này rồi soạn và phát hành văn bản mới.</source>
        <translation>The document was issued as no. {symbol}, so it cannot be edited or issued again. To correct it, cancel it, then write and issue a new one.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="81" />
        <source>Văn bản chưa phát hành nên chưa có số và tệp đã ký để in lại.</source>
        <translation>The document is not issued yet, so it has no number and no issued file to print again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="84" />
        <source>Nhiệm vụ đang “{what}” nên không chuyển sang “{other}” được.</source>
        <translation>The task is “{what}”, so it cannot be moved to “{other}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="87" />
        <source>Nhiệm vụ không có bước chuyển trạng thái nào để hoàn lại.</source>
        <translation>The task has no move to take back.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="90" />
        <source>Hạn mới phải sau hạn đang có của nhiệm vụ ({date}).</source>
        <translation>The new deadline must be after the task's current deadline ({date}).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="93" />
        <source>Văn bản đã giao {count:n} nhiệm vụ: tình trạng xử lý theo các nhiệm vụ đó, không đánh dấu “lưu, không giao việc” được.</source>
        <translation>The document has {count:n} tasks: its handling follows them, so it cannot be marked “filed, no task given”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="98" />
        <source>Văn bản {document} chưa giao nhiệm vụ nào nên chưa có gì để soạn công văn giao nhiệm vụ: hãy giao nhiệm vụ trước (Văn bản đến → Xử lý → Giao nhiệm vụ…).</source>
        <translation>No tasks have been given from the document {document} yet, so there is nothing for a task letter: give the tasks first (Incoming documents → Handle → Give tasks…).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="103" />
        <source>{name} không có nhiệm vụ chủ trì nào quá hạn đến ngày {today}: không cần công văn đôn đốc.</source>
        <translation>{name} has no overdue tasks as lead on {today}: no chase letter is needed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="108" />
        <source>Danh mục không có tổ chức nào mã “{code}”; các mã đang có: {codes}.</source>
        <translation>The catalogue has no organisation with the code “{code}”; the codes in use: {codes}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="112" />
        <source>Chưa có dự thảo để phát hành: hãy lập dự thảo (--new), xem lại rồi mới phát hành.</source>
        <translation>There is no draft to issue: make one (--new), read it, then issue it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="116" />
        <source>Chưa có người ký: hãy ghi Chủ tịch, các Phó Chủ tịch trong Danh mục → Ban Thường trực.</source>
        <translation>No signer yet: enter the chair and the vice-chairs in Catalogue → Standing Board.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="124" />
        <source>Không đọc được tệp PDF “{file}” (tệp hỏng hoặc không phải PDF); chưa đổi gì.</source>
        <translation>The PDF file “{file}” cannot be read (damaged, or not a PDF); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="127" />
        <source>Tệp PDF “{file}” có mật khẩu; chương trình không mở được. Hãy xin bản không đặt mật khẩu, hoặc nhập tay.</source>
        <translation>The PDF file “{file}” is locked by a password; the program cannot open it. Ask for a copy without a password, or type the entry.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="132" />
        <source>Tệp PDF “{file}” là bản chụp (không có lớp chữ): không đọc được các trường, hãy nhập tay.</source>
        <translation>The PDF file “{file}” is a scan (no text layer): its fields cannot be read; type them.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="136" />
        <source>Có {count} lỗi trong các sổ (lỗi đầu tiên: {first}); chưa tổng hợp gì. Hãy sửa các sổ rồi đọc lại.</source>
        <translation>The books have {count} problems (the first: {first}); nothing was consolidated. Fix the books and read them again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="156" />
        <source>Khôi phục không thành công: {detail}. Trước đó ở đây chưa có dữ liệu nên không mất gì.</source>
        <translation>The restore failed: {detail}. There was no data here before, so nothing was lost.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="166" />
        <source>Mật khẩu chưa dùng được: cần từ {minimum} đến {maximum} ký tự và không quá dễ đoán (như “12345678” hay “matkhau”).</source>
        <translation>The password cannot be used: it needs {minimum} to {maximum} characters and must not be too easy to guess (such as “12345678” or “matkhau”).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="171" />
        <source>Tên đăng nhập hoặc {what} không đúng.</source>
        <translation>Wrong user name or {what}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="172" />
        <source>Đã nhập sai nhiều lần. Hãy đợi {seconds} giây rồi thử lại.</source>
        <translation>Too many wrong attempts. Please wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="175" />
        <source>Tài khoản {user} đã bị khóa. Hãy nhờ người quản trị mở lại.</source>
        <translation>The account {user} is locked. Ask the administrator to reopen it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="178" />
        <source>{user} là người quản trị cuối cùng còn hoạt động; hãy cho một tài khoản khác quyền quản trị trước.</source>
        <translation>{user} is the last active administrator; give another account the administrator role first.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="183" />
        <source>Đã có tài khoản quản trị “{user}”; hãy đăng nhập bằng tài khoản đó.</source>
        <translation>An administrator account “{user}” already exists; sign in with it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="186" />
        <source>{path} là một thư mục, không phải tên tệp: hãy ghi cả tên tệp cần tạo trong thư mục đó.</source>
        <translation>{path} is a folder, not a file name: give the name of the file to make in that folder.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="190" />
        <source>{path} không phải là một tệp thường (là thiết bị, ống dẫn hay lối tắt hỏng): chương trình không ghi đè lên đó. Hãy chọn tên tệp khác.</source>
        <translation>{path} is not an ordinary file (a device, a pipe or a broken link): the program does not write over it. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="195" />
        <source>Không có thư mục {folder} để ghi {path}: hãy tạo thư mục trước hoặc chọn nơi khác.</source>
        <translation>There is no folder {folder} to write {path} in: make the folder first or choose another place.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="199" />
        <source>Không có quyền ghi {path} (thư mục hoặc ổ đĩa chỉ cho đọc): hãy chọn nơi khác.</source>
        <translation>{path} cannot be written (the folder or drive is read-only): choose another place.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="203" />
        <source>Ổ đĩa chứa {path} đã hết chỗ trống nên chưa ghi được; những gì đã có vẫn như trước. Hãy giải phóng chỗ trống rồi làm lại.</source>
        <translation>The drive holding {path} is full, so nothing was written; what was there is as it was. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="208" />
        <source>Không ghi được {path}: {detail}</source>
        <translation>Could not write {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="209" />
        <source>Tệp cơ sở dữ liệu {location} chỉ cho đọc nên không ghi được vào đó. Hãy bỏ thuộc tính chỉ đọc của tệp, hoặc chép tệp sang một thư mục ghi được.</source>
        <translation>The database file {location} is read-only, so nothing can be written to it. Clear the file's read-only attribute, or copy the file to a folder that can be written.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="214" />
        <source>Thư mục {folder} của cơ sở dữ liệu chỉ cho đọc (hoặc không có quyền ghi) nên không ghi được vào cơ sở dữ liệu. Hãy chép tệp sang một thư mục ghi được.</source>
        <translation>The database's folder {folder} is read-only (or not yours to write), so the database cannot be written. Copy the file to a folder that can be written.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="219" />
        <source>Chương trình đang mở cơ sở dữ liệu {location} ở một cửa sổ ({program}, máy {host}, người dùng {user}, từ {since}, tiến trình {pid}); hãy đóng cửa sổ đó rồi làm lại.</source>
        <translation>The database {location} is open in a window of the program ({program}, PC {host}, user {user}, since {since}, process {pid}); close that window and try again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="224" />
        <source>Cơ sở dữ liệu {location} đang được lệnh “{command}” dùng ({program}, máy {host}, người dùng {user}, từ {since}, tiến trình {pid}); hãy đợi lệnh đó xong rồi làm lại.</source>
        <translation>The database {location} is being used by the command “{command}” ({program}, PC {host}, user {user}, since {since}, process {pid}); wait for it to finish and try again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="229" />
        <source>Không đọc hoặc ghi được {path}: {detail}.</source>
        <translation>Could not read or write {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="230" />
        <source>{path} lớn hơn mức ổ đĩa này cho phép cho một tệp (ổ định dạng FAT32 chỉ nhận tệp dưới 4 GB) nên chưa ghi được; những gì đã có vẫn như trước. Hãy chọn ổ đĩa khác.</source>
        <translation>{path} is larger than this drive allows for one file (a FAT32 drive takes files under 4 GB), so nothing was written; what was there is as it was. Choose another drive.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="236" />
        <source>Dòng này của chương trình đã mở thành cuộc giám sát (mã số {session}) nên không mở lại, xóa, hoãn hay hủy được nữa: việc tiếp theo làm trên chính cuộc giám sát đó.</source>
        <translation>This programme line was opened as a supervision session (id {session}), so it can no longer be reopened, deleted, postponed or cancelled: further work is done on that supervision session itself.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="241" />
        <source>Cuộc giám sát này đã bị hủy khỏi chương trình. Nếu vẫn thực hiện, hãy khôi phục nó trước.</source>
        <translation>This supervision session was cancelled from the programme. If it is still to be carried out, reinstate it first.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="246" />
        <source>Cuộc giám sát này vẫn đang dự kiến trong chương trình (không hoãn, không hủy) nên không có gì để khôi phục.</source>
        <translation>This supervision session is still planned in the programme (not postponed or cancelled), so there is nothing to reinstate.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="251" />
        <source>Chưa có Chương trình giám sát năm {year}: lập chương trình ở trang Giám sát, thẻ Chương trình năm, rồi in lại.</source>
        <translation>There is no annual supervision programme for {year} yet: draw it up on the Supervision page, Annual programme tab, then print again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="257" />
        <source>Cuộc giám sát đang ở bước “{what}” nên không chuyển sang bước “{other}” được.</source>
        <translation>The supervision session is at the step “{what}”, so it cannot move to the step “{other}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="260" />
        <source>Cuộc giám sát còn {count} kiến nghị đang theo dõi nên chưa kết thúc được: kiến nghị nào đã giải quyết thì ghi nhận, kiến nghị nào thôi theo dõi thì đóng (nêu lý do).</source>
        <translation>The supervision session still has {count} recommendations being followed up, so it cannot be closed yet: record those that are resolved as resolved, and close those no longer followed up (giving the reason).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="265" />
        <source>Kiến nghị đang ở trạng thái “{what}” nên không chuyển sang “{other}” được.</source>
        <translation>The recommendation is “{what}”, so it cannot move to “{other}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="268" />
        <source>Kiến nghị không có bước chuyển nào để hoàn lại.</source>
        <translation>The recommendation has no step to undo.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="271" />
        <source>Kiến nghị đã gửi đi (văn bản {symbol}) nên không sửa nội dung, cơ quan nhận hay xóa được nữa; chỉ ghi nhận trả lời, cam kết, giải quyết hoặc đóng.</source>
        <translation>The recommendation has been sent (letter {symbol}), so its text and addressed body can no longer be changed and it cannot be deleted; only replies, commitments, resolution or closing can be recorded.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="276" />
        <source>Kiến nghị chưa quá hạn trả lời (hạn {due}) hoặc đã có văn bản trả lời nên chưa đôn đốc, chưa kiến nghị cấp trên.</source>
        <translation>The reply to the recommendation is not overdue (due {due}) or a reply has already come, so it cannot be chased or escalated yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="281" />
        <source>Cuộc giám sát chưa có kiến nghị nào chưa gửi tới {body}.</source>
        <translation>The supervision session has no unsent recommendations to {body}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="284" />
        <source>Cuộc giám sát có kiến nghị gửi nhiều cơ quan; mỗi cơ quan một văn bản: chọn một trong các mã {codes}.</source>
        <translation>The session's recommendations go to several bodies; each body gets its own letter: choose one of the codes {codes}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="289" />
        <source>Cuộc giám sát không có kiến nghị chưa gửi tới cơ quan mã {code}; các mã có: {codes}.</source>
        <translation>The supervision session has no unsent recommendations to the body with code {code}; codes available: {codes}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="294" />
        <source>Vấn đề thứ {line} nêu tại đối thoại: chưa ghi {field}.</source>
        <translation>Issue {line} raised at the dialogue: {field} is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="297" />
        <source>Vấn đề thứ {line} nêu tại đối thoại: ngày thực hiện xong {done} trước ngày đối thoại {held}.</source>
        <translation>Issue {line} raised at the dialogue: the date carried out, {done}, is before the dialogue date, {held}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="303" />
        <source>Cuộc phản biện đang ở bước “{what}” nên không chuyển sang bước “{other}” được.</source>
        <translation>The criticism session is at step “{what}”, so it cannot move to “{other}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="307" />
        <source>Cuộc phản biện không có bước chuyển nào để hoàn lại.</source>
        <translation>The criticism session has no move to undo.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="310" />
        <source>Văn bản phản biện đã gửi nên không thêm, bớt hay sửa nội dung phản biện được nữa; chỉ ghi nhận trả lời của cơ quan soạn thảo.</source>
        <translation>The criticism letter has been sent, so its points can no longer be added, removed or changed; only the drafting body's reply can be recorded.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="315" />
        <source>Chưa gửi văn bản phản biện nên chưa có gì để cơ quan soạn thảo trả lời.</source>
        <translation>The criticism letter has not been sent, so there is nothing for the drafting body to answer yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="319" />
        <source>Văn bản đã gửi cho cơ quan soạn thảo nên không đổi được loại (phản biện xã hội hay góp ý xây dựng Đảng, chính quyền) nữa.</source>
        <translation>The letter has been sent to the drafting body, so the kind (social criticism or feedback on Party and government building) can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="324" />
        <source>Cuộc này là {purpose}: văn bản của nó in bằng biểu mẫu {form}.</source>
        <translation>This session's kind is {purpose}: its letter is printed with the form {form}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="328" />
        <source>Cuộc giám sát không có bước chuyển nào để hoàn lại.</source>
        <translation>The supervision session has no step to undo.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="331" />
        <source>Cuộc giám sát đã qua bước dự kiến nên không đổi hình thức giám sát hay vai trò (chủ trì, phối hợp) được nữa.</source>
        <translation>The supervision session is past the planned step, so its form of supervision and role (lead, cooperating) can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="336" />
        <source>Đoàn giám sát do Mặt trận chủ trì phải có một Trưởng đoàn.</source>
        <translation>A delegation led by the Front must have a Head of the delegation.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="339" />
        <source>Đoàn giám sát chỉ có một Trưởng đoàn, nhưng dòng {other_row} và dòng {row} đều là Trưởng đoàn.</source>
        <translation>A delegation has only one Head of the delegation, but rows {other_row} and {row} are both Head of the delegation.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="344" />
        <source>Dòng {row}: {name} không phải thành viên Ban Thường trực đang công tác nên không làm Trưởng đoàn được.</source>
        <translation>Row {row}: {name} is not a serving Standing Board member, so cannot be Head of the delegation.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="349" />
        <source>Dòng {row} của danh sách đoàn giám sát chưa nhập họ và tên.</source>
        <translation>Row {row} of the delegation list has no full name.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="353" />
        <source>Tệp sao lưu {path} không dùng được: tệp {member} bên trong được nén kiểu {method}, mà chương trình chỉ ghi và chỉ đọc kiểu Deflate hoặc không nén. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: its member {member} is compressed with {method}, while the program writes and reads only Deflate or no compression. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="359" />
        <source>Tệp sao lưu {path} không dùng được: tệp {member} bên trong lớn hơn mức cho phép ({limit} byte). Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: its member {member} is larger than allowed ({limit} bytes). The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="364" />
        <source>Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row} không đọc được (không phải một bản ghi JSON). Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: table {table}, line {row} cannot be read (not a JSON record). The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="369" />
        <source>Tệp sao lưu {path} không dùng được: có bảng {table} mà lược đồ {revision} của chương trình không có. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: it has a table {table} that the program's schema {revision} does not have. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="374" />
        <source>Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row}, cột {column} có giá trị {value}, không phải {what}. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: table {table}, row {row}, column {column} holds {value}, not {what}. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="379" />
        <source>Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row}, cột {column} dài {length} ký tự, quá {limit} ký tự mà cột này nhận. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: table {table}, row {row}, column {column} has {length} characters, more than the {limit} the column takes. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="384" />
        <source>Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row} thiếu giá trị ở cột {column}, cột bắt buộc phải có. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: table {table}, row {row} has no value in the required column {column}. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="389" />
        <source>Tệp sao lưu {path} không dùng được: bảng {table}, dòng {row} có cột {column} mà bảng này không có. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: table {table}, row {row} has a column {column} that the table does not have. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="394" />
        <source>Tệp sao lưu {path} không dùng được: cơ sở dữ liệu trong đó có {what} “{name}” không do chương trình tạo ra (hoặc đã bị sửa). Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: its database has a {what} “{name}” that the program did not make (or that was changed). The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="399" />
        <source>Tệp sao lưu {path} không dùng được: cơ sở dữ liệu trong đó thiếu {what} “{name}” mà chương trình tạo ra. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: its database lacks the {what} “{name}” that the program makes. The current data was not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="404" />
        <source>Khôi phục không thành công: {detail}. Dữ liệu hiện tại vẫn như trước khi khôi phục; bản sao lưu của nó ở {backup}.</source>
        <translation>The restore failed: {detail}. The current data is as it was before the restore; its backup is at {backup}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="12" />
        <source>không phải tệp Excel</source>
        <translation>not an Excel file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="13" />
        <source>tệp rỗng, không phải tệp Excel</source>
        <translation>the file is empty, not an Excel file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="14" />
        <source>không mở được tệp ({detail})</source>
        <translation>the file cannot be opened ({detail})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="15" />
        <source>không đọc được tệp Excel (có mật khẩu, bị hỏng hoặc không phải Excel)</source>
        <translation>the Excel file cannot be read (password-protected, damaged or not Excel)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="18" />
        <source>tệp “{file}” bị hỏng, không đọc được</source>
        <translation>file “{file}” is damaged and cannot be read</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="19" />
        <source>tệp “{file}” bị hỏng, không đọc được: {detail}</source>
        <translation>file “{file}” is damaged and cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="20" />
        <source>tệp “{file}” không đọc được: {detail}</source>
        <translation>file “{file}” cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="21" />
        <source>tệp “{file}” giải nén ra quá lớn ({detail}), không phải một sổ văn bản</source>
        <translation>file “{file}” expands too much ({detail}); it is not a register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="24" />
        <source>tệp “{file}” có quá nhiều phần, không phải một sổ văn bản</source>
        <translation>file “{file}” has too many parts; it is not a register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="27" />
        <source>tệp Excel giải nén ra quá lớn, không phải một sổ văn bản</source>
        <translation>the Excel file expands too much; it is not a register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="30" />
        <source>tệp “{file}” quá lớn cho một sổ văn bản định dạng .xls (giới hạn {limit} MB)</source>
        <translation>file “{file}” is too large for a register in .xls format (limit {limit} MB)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="34" />
        <source>không có trang “{sheet}”</source>
        <translation>there is no sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="35" />
        <source>tệp “{file}” bị hỏng, không đọc được: trang “{sheet}” có dữ liệu không đúng dạng Excel</source>
        <translation>file “{file}” is damaged and cannot be read: sheet “{sheet}” holds data not in Excel form</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="39" />
        <source>không tìm thấy dữ liệu của trang “{sheet}” trong tệp “{file}”</source>
        <translation>the data of sheet “{sheet}” is missing from file “{file}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="42" />
        <source>trang “{sheet}” của tệp “{file}” có ô {cell}, ở cột thứ {number:n}, quá giới hạn {limit} cột (đến cột {last}): một sổ văn bản không có nhiều cột như vậy. Hãy xóa các ô thừa bên phải rồi nhập lại</source>
        <translation>sheet “{sheet}” of file “{file}” has cell {cell}, in column {number:n}, beyond the limit of {limit} columns (up to column {last}): a register has no such number of columns. Delete the extra cells on the right and import again</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="48" />
        <source>trang “{sheet}” của tệp “{file}” có ô {cell}, ở dòng thứ {number:n}, quá giới hạn {limit:n} dòng của một sổ văn bản. Hãy xóa các ô thừa ở cuối trang rồi nhập lại</source>
        <translation>sheet “{sheet}” of file “{file}” has cell {cell}, in row {number:n}, beyond a register's limit of {limit:n} rows. Delete the extra cells at the end of the sheet and import again</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="53" />
        <source>trang “{sheet}” của tệp “{file}” có các ô dùng chung những đoạn chữ dài, cộng lại hơn {size:n} MB, quá giới hạn {limit:n} MB</source>
        <translation>sheet “{sheet}” of file “{file}” has cells sharing long texts, more than {size:n} MB together, beyond the limit of {limit:n} MB</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="58" />
        <source>tệp có phần được đặt mật khẩu</source>
        <translation>the file has password-protected parts</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="59" />
        <source>phần {part} được nén theo cách Excel không dùng</source>
        <translation>part {part} is compressed in a way Excel does not use</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="62" />
        <source>phần {part} {size:n} MB, giới hạn {limit:n} MB</source>
        <translation>part {part} is {size:n} MB, limit {limit:n} MB</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="65" />
        <source>các phần dữ liệu {size:n} MB, giới hạn {limit:n} MB</source>
        <translation>the data parts are {size:n} MB, limit {limit:n} MB</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="68" />
        <source>không tìm thấy phần {part}</source>
        <translation>part {part} is missing</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="69" />
        <source>phần {part} bị cắt cụt</source>
        <translation>part {part} is cut short</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="70" />
        <source>phần {part} không giải nén được</source>
        <translation>part {part} cannot be decompressed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="71" />
        <source>phần {part} giải nén ra nhiều hơn kích thước ghi trong tệp</source>
        <translation>part {part} expands beyond the size the file states</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="74" />
        <source>phần {part} không khớp với kích thước và mã kiểm tra</source>
        <translation>part {part} does not match its size and checksum</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="77" />
        <source>có hai phần cùng tên {part}</source>
        <translation>two parts are named {part}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="78" />
        <source>{where} khai báo DOCTYPE, điều Excel không bao giờ ghi</source>
        <translation>{where} declares a DOCTYPE, which Excel never writes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="81" />
        <source>phần liên kết các trang có tên lạ</source>
        <translation>the part linking the sheets has odd names</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="82" />
        <source>{where} có {reason} (dòng {line}, cột {offset})</source>
        <translation>{where} has {reason} (line {line}, column {offset})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="83" />
        <source>trang “{sheet}” có số dòng sai</source>
        <translation>sheet “{sheet}” has wrong row numbers</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="84" />
        <source>trang “{sheet}” có ô mang địa chỉ sai</source>
        <translation>sheet “{sheet}” has a cell with a wrong address</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="85" />
        <source>phần {part}</source>
        <translation>part {part}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="86" />
        <source>trang “{sheet}”</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="87" />
        <source>bảng chữ dùng chung</source>
        <translation>the shared text table</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="88" />
        <source>thẻ đóng không khớp thẻ mở</source>
        <translation>a closing tag that does not match its opening tag</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="89" />
        <source>dữ liệu bị cắt cụt</source>
        <translation>data cut short</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="90" />
        <source>ký hiệu không xác định</source>
        <translation>an undefined entity</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="91" />
        <source>ký tự không hợp lệ</source>
        <translation>an invalid character</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="92" />
        <source>dữ liệu thừa ở cuối</source>
        <translation>extra data at the end</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="93" />
        <source>thuộc tính lặp lại</source>
        <translation>a repeated attribute</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="94" />
        <source>sai cú pháp XML</source>
        <translation>an XML syntax error</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="96" />
        <source>trang tính trống</source>
        <translation>the sheet is empty</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="97" />
        <source>không tìm thấy dòng tiêu đề có các cột {columns}</source>
        <translation>no header row with the columns {columns} was found</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="100" />
        <source>chưa chọn cột {columns}</source>
        <translation>no column chosen for {columns}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="101" />
        <source>vị trí cột sai</source>
        <translation>wrong column position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="103" />
        <source>Ô {column} dài {length:n} ký tự, quá giới hạn {limit:n} ký tự</source>
        <translation>The {column} cell is {length:n} characters long, beyond the limit of {limit:n}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="106" />
        <source>Ô “{header}” dài {length:n} ký tự, quá giới hạn {limit:n} ký tự</source>
        <translation>The “{header}” cell is {length:n} characters long, beyond the limit of {limit:n}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="109" />
        <source>{column}: văn bản mã hóa cũ không nhận ra chắc chắn: “{value}”</source>
        <translation>{column}: old-encoding text not recognised with certainty: “{value}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="112" />
        <source>{header}: văn bản mã hóa cũ không nhận ra chắc chắn: “{value}”</source>
        <translation>{header}: old-encoding text not recognised with certainty: “{value}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="115" />
        <source>{column} “{value}” không phải ngày</source>
        <translation>{column} “{value}” is not a date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="116" />
        <source>{column} “{value}” không có thật</source>
        <translation>{column} “{value}” does not exist</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="117" />
        <source>{column} “{value}” thiếu năm</source>
        <translation>{column} “{value}” has no year</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="118" />
        <source>{column} “{value}” không đọc được (cần dạng ngày/tháng/năm)</source>
        <translation>{column} “{value}” cannot be read (day/month/year needed)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="121" />
        <source>{column} “{value}” không hợp lệ</source>
        <translation>{column} “{value}” is not valid</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="122" />
        <source>{column} “{value}” không hợp lệ (Thường, Khẩn, Thượng khẩn hoặc Hỏa tốc)</source>
        <translation>{column} “{value}” is not valid (Normal, Urgent, Very urgent or Flash)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="125" />
        <source>{column} “{value}” không hợp lệ (Thường, Mật, Tối mật hoặc Tuyệt mật)</source>
        <translation>{column} “{value}” is not valid (Normal, Confidential, Secret or Top secret)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="128" />
        <source>Thiếu {column}</source>
        <translation>Missing {column}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="129" />
        <source>Ngày tháng văn bản {doc_date} sau ngày đến {arrival}</source>
        <translation>Document date {doc_date} is after the arrival date {arrival}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="132" />
        <source>Ngày chuyển {transfer} trước ngày đến {arrival}</source>
        <translation>Transfer date {transfer} is before the arrival date {arrival}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="135" />
        <source>Ghi chú cùng các cột ghi vào ghi chú ({headers}) dài {length:n} ký tự, quá giới hạn {limit:n} ký tự</source>
        <translation>The notes with the columns kept in them ({headers}) are {length:n} characters long, beyond the limit of {limit:n}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="140" />
        <source>Số đến {number} trùng với dòng {row}</source>
        <translation>Arrival no. {number} repeats row {row}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="141" />
        <source>Số đến {number} đã có trong “{book}”</source>
        <translation>Arrival no. {number} is already in “{book}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="142" />
        <source>{row}: {problem}</source>
        <translation>{row}: {problem}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="144" />
        <source>{column}: đã chuyển mã {encoding} sang Unicode</source>
        <translation>{column}: converted from {encoding} to Unicode</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="147" />
        <source>{header}: đã chuyển mã {encoding} sang Unicode</source>
        <translation>{header}: converted from {encoding} to Unicode</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="150" />
        <source>{column}: số {serial} đọc là ngày {day}</source>
        <translation>{column}: number {serial} read as the date {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="151" />
        <source>{column} “{value}” ghi thành “{written}”</source>
        <translation>{column} “{value}” written as “{written}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="152" />
        <source>{column} “{value}” không có trong danh mục: giữ loại “{type}” theo số, ký hiệu hoặc trích yếu, ghi loại như trong tệp vào ghi chú</source>
        <translation>{column} “{value}” is not in the catalogue: kept the type “{type}” from the symbol or subject; the type as written goes into the notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="157" />
        <source>{column} “{value}” không có trong danh mục: giữ loại “{type}” theo số, ký hiệu, ghi loại như trong tệp vào ghi chú</source>
        <translation>{column} “{value}” is not in the catalogue: kept the type “{type}” from the symbol; the type as written goes into the notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="162" />
        <source>{column} “{value}” không có trong danh mục: để trống loại, ghi loại như trong tệp vào ghi chú</source>
        <translation>{column} “{value}” is not in the catalogue: type left blank; the type as written goes into the notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="168" />
        <source>không phải tệp sao lưu ({error})</source>
        <translation>not a backup file ({error})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="169" />
        <source>tên tệp không an toàn: {name}</source>
        <translation>unsafe file name: {name}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="170" />
        <source>tệp {name} quá lớn</source>
        <translation>file {name} is too large</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="171" />
        <source>thiếu manifest.json</source>
        <translation>manifest.json is missing</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="172" />
        <source>manifest.json hỏng ({error})</source>
        <translation>manifest.json is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="173" />
        <source>thiếu tệp {name}</source>
        <translation>file {name} is missing</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="174" />
        <source>tệp {name} hỏng ({error})</source>
        <translation>file {name} is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="175" />
        <source>tệp {name} đã bị sửa hoặc hỏng</source>
        <translation>file {name} has been altered or damaged</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="176" />
        <source>tạo bởi phiên bản mới hơn (lược đồ {revision})</source>
        <translation>made by a newer version (schema {revision})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="177" />
        <source>thiếu dữ liệu bảng {table}</source>
        <translation>the data of table {table} is missing</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="178" />
        <source>số dòng bảng {table} không khớp với manifest</source>
        <translation>the row count of table {table} does not match the manifest</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="179" />
        <source>mã kiểm tra của tệp đính kèm không hợp lệ</source>
        <translation>an attachment's checksum is not valid</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="182" />
        <source>cơ sở dữ liệu trong bản sao lưu bị hỏng</source>
        <translation>the database in the backup is damaged</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="185" />
        <source>cơ sở dữ liệu trong bản sao lưu bị hỏng ({error})</source>
        <translation>the database in the backup is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="188" />
        <source>bảng {table} trong cơ sở dữ liệu của bản sao lưu có {found} dòng, manifest ghi {expected}</source>
        <translation>table {table} in the backup's database has {found} rows; the manifest says {expected}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="192" />
        <source>phiên bản lược đồ không khớp với manifest</source>
        <translation>the schema version does not match the manifest</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="195" />
        <source>số {number}</source>
        <translation>number {number}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="196" />
        <source>không ghi được tệp {suffix}, chỉ ghi được {allowed}</source>
        <translation>cannot write a {suffix} file, only {allowed}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="199" />
        <source>“{text}” (chọn một trong: {choices})</source>
        <translation>“{text}” (choose one of: {choices})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="201" />
        <source>tệp đính kèm {documents} đã bị sửa hoặc hỏng (nội dung không khớp mã kiểm tra)</source>
        <translation>the attached file {documents} has been changed or damaged (its content does not match its checksum)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="205" />
        <source>tệp đính kèm {checksum}… (không còn gắn với văn bản nào) bị hỏng</source>
        <translation>the attached file {checksum}… (no longer attached to any document) is damaged</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="208" />
        <source>“{file}” của văn bản đến số {number} năm {year} (mã số {id})</source>
        <translation>“{file}” of incoming document no. {number} of {year} (id {id})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="211" />
        <source>“{file}” của văn bản đi số {number} năm {year} (mã số {id})</source>
        <translation>“{file}” of outgoing document no. {number} of {year} (id {id})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="214" />
        <source>{damaged}; hãy lấy lại tệp từ một bản sao lưu trước đó hoặc đính kèm lại bản gốc</source>
        <translation>{damaged}; get the file back from an earlier backup or attach the original again</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="218" />
        <source>kiểm tra toàn vẹn: {text}</source>
        <translation>integrity check: {text}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="219" />
        <source>khóa ngoại: {text}</source>
        <translation>foreign key: {text}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="221" />
        <source>Đang đọc trang “{sheet}”</source>
        <translation>Reading the sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="222" />
        <source>Đã đọc {count:n} dòng</source>
        <translation>Read {count:n} rows</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="223" />
        <source>Đang nhận dạng bảng mã chữ</source>
        <translation>Recognising the text encoding</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="224" />
        <source>Đã kiểm tra {count:n} dòng</source>
        <translation>Checked {count:n} rows</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="225" />
        <source>Đã lưu {done:n}/{total:n} dòng</source>
        <translation>Saved {done:n}/{total:n} rows</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="226" />
        <source>Đã ghi {count:n} dòng</source>
        <translation>Wrote {count:n} rows</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="227" />
        <source>Đã ghi {done:n}/{total:n} dòng</source>
        <translation>Wrote {done:n}/{total:n} rows</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="228" />
        <source>Bảng dữ liệu {done:n}/{total:n}</source>
        <translation>Table {done:n}/{total:n}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="229" />
        <source>Tệp cơ sở dữ liệu</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="230" />
        <source>Tệp đính kèm {done:n}/{total:n}</source>
        <translation>Attached file {done:n}/{total:n}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="231" />
        <source>{done:n}/{total:n} văn bản</source>
        <translation>{done:n}/{total:n} documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="233" />
        <source>tệp “{file}” là sổ thống kê theo mẫu {schema}, chương trình này đọc mẫu {expected}: hãy lập lại sổ bằng chương trình cùng phiên bản</source>
        <translation>the file “{file}” is a statistics book of layout {schema}; this program reads layout {expected}: make the book again with the same version of the program</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="238" />
        <source>“{file}”: sổ của kỳ từ {start} đến {end}, không phải kỳ đang tổng hợp (từ {expected_start} đến {expected_end})</source>
        <translation>“{file}”: a book of the period from {start} to {end}, not the one being consolidated (from {expected_start} to {expected_end})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="243" />
        <source>“{file}”: đơn vị “{office}” đã có trong sổ “{first_file}”, không tính hai lần</source>
        <translation>“{file}”: the office “{office}” is already in the book “{first_file}” and is not counted twice</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="246" />
        <source>“{file}”: thiếu trang “{sheet}”</source>
        <translation>“{file}”: the sheet “{sheet}” is missing</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="247" />
        <source>“{file}”, trang “{sheet}”: các cột không đúng mẫu sổ của chương trình</source>
        <translation>“{file}”, sheet “{sheet}”: the columns are not those of the program’s book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="250" />
        <source>“{file}”, trang “{sheet}”: dòng Tổng cộng không còn ở dòng {row} (đã thêm hoặc xóa dòng)</source>
        <translation>“{file}”, sheet “{sheet}”: the total is no longer on row {row} (rows were added or deleted)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="255" />
        <source>“{file}”, trang “{sheet}”, ô {cell}: “{value}” không phải số nguyên từ 0 trở lên</source>
        <translation>“{file}”, sheet “{sheet}”, cell {cell}: “{value}” is not a whole number from 0 up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="259" />
        <source>“{file}”, trang “{sheet}”, ô {cell}: công thức tổng đã bị gõ đè bằng “{value}”</source>
        <translation>“{file}”, sheet “{sheet}”, cell {cell}: the total’s formula was typed over with “{value}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="263" />
        <source>“{file}”, trang “{sheet}”, ô {cell}: công thức tổng đã bị sửa thành “{formula}” (của chương trình: “{expected}”)</source>
        <translation>“{file}”, sheet “{sheet}”, cell {cell}: the total’s formula was changed to “{formula}” (the program’s: “{expected}”)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="268" />
        <source>“{file}”, trang “{sheet}”, ô {cell}: tổng {found} không bằng tổng các dòng ({expected})</source>
        <translation>“{file}”, sheet “{sheet}”, cell {cell}: the total {found} is not the sum of the rows ({expected})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="272" />
        <source>“{file}”: sổ chưa điền số liệu nào</source>
        <translation>“{file}”: no figure was filled in</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/detail_texts.py" line="273" />
        <source>“{file}”: {reason}</source>
        <translation>“{file}”: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="63" />
        <source>Số {number} đã có trong {book}. Hãy chọn số khác hoặc để chương trình tự cấp.</source>
        <translation>Number {number} is already used in {book}. Choose another or let the program give the next one.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="20" />
        <source>Cơ sở dữ liệu chưa có thông tin đơn vị. Hãy mở chương trình để khai báo, hoặc dùng lệnh giamsat office.</source>
        <translation>The database has no office details yet. Open the program to enter them, or use the command giamsat office.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="66" />
        <source>Số “{number}” không hợp lệ: chỉ gồm chữ số, có thể thêm chữ cái (ví dụ 125a).</source>
        <translation>The number “{number}” is not valid: digits only, optionally followed by letters (e.g. 125a).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="69" />
        <source>{field} không được sau {other}.</source>
        <translation>{field} may not be after {other}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="70" />
        <source>Văn bản đã vào sổ năm {year}; ngày đến phải trong năm đó. Nếu vào nhầm năm, hãy hủy và vào sổ lại.</source>
        <translation>The document is in the register of {year}; its arrival date must be in that year. If the year was wrong, cancel it and register it again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="75" />
        <source>Văn bản này đã bị hủy trước đó.</source>
        <translation>This document was already cancelled.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="120" />
        <source>Tệp {name} quá lớn ({size} MB); giới hạn là {limit} MB.</source>
        <translation>The file {name} is too large ({size} MB); the limit is {limit} MB.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="123" />
        <source>Tệp {name} rỗng (0 byte), không đính kèm.</source>
        <translation>The file {name} is empty (0 bytes); not attached.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="141" />
        <source>Có {count} dòng không đọc được (dòng đầu tiên: {first}); chưa ghi gì. Hãy sửa tệp, hoặc chọn chỉ nhập các dòng hợp lệ.</source>
        <translation>{count} row(s) could not be read (first: {first}); nothing was written. Fix the file, or choose to import only the valid rows.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="146" />
        <source>Không có dòng nào để nhập.</source>
        <translation>There are no rows to import.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="147" />
        <source>Tệp sao lưu {path} không dùng được: {detail}. Dữ liệu hiện tại không bị thay đổi.</source>
        <translation>The backup {path} cannot be used: {detail}. The current data has not been changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="151" />
        <source>Khôi phục không thành công: {detail}. Dữ liệu trước khi khôi phục đã được sao lưu ở {backup}.</source>
        <translation>The restore failed: {detail}. The data before the restore was backed up to {backup}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="160" />
        <source>Chương trình đang mở cơ sở dữ liệu {location} ở một cửa sổ khác.</source>
        <translation>The program has the database {location} open in another window.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/error_texts.py" line="163" />
        <source>Chỉ xóa hẳn được văn bản đã hủy; hãy hủy văn bản trước.</source>
        <translation>Only a cancelled document can be purged; cancel it first.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/error_text.py" line="46" />
        <source>Lỗi đọc ghi tệp: {detail}</source>
        <translation>File error: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/error_text.py" line="49" />
        <source>Lỗi không mong đợi ({kind}): {detail}</source>
        <translation>Unexpected error ({kind}): {detail}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="30" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="31" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="32" />
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="33" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="34" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="35" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="36" />
        <source>Tên địa phương</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="37" />
        <source>Địa danh ghi ngày tháng</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="38" />
        <source>Cơ quan cấp trên</source>
        <translation>Higher body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="39" />
        <source>Ký hiệu văn bản của đơn vị</source>
        <translation>Office's document symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="40" />
        <source>Họ tên Chủ tịch</source>
        <translation>Chair's name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="41" />
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="42" />
        <source>người</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="43" />
        <source>thành viên Ban Thường trực</source>
        <translation>Standing Board member</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="44" />
        <source>thứ tự</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="45" />
        <source>thông tin đơn vị</source>
        <translation>office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="46" />
        <source>cơ sở dữ liệu</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="47" />
        <source>ngày đến</source>
        <translation>arrival date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="48" />
        <source>số đến</source>
        <translation>arrival number</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="49" />
        <source>tác giả (cơ quan ban hành)</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="50" />
        <source>số, ký hiệu</source>
        <translation>number and symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="51" />
        <source>ngày tháng văn bản</source>
        <translation>document date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="52" />
        <source>trích yếu</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="53" />
        <location filename="../giamsat_desktop/messages/names.py" line="68" />
        <source>người ký</source>
        <translation>signer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="54" />
        <source>đơn vị hoặc người nhận</source>
        <translation>recipient</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="55" />
        <source>ngày chuyển</source>
        <translation>transfer date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="56" />
        <source>hạn xử lý</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="57" />
        <source>ngày nghỉ lễ, Tết</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="58" />
        <source>số ngày nhắc trước hạn</source>
        <translation>reminder days before the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="59" />
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="60" />
        <source>ý kiến chỉ đạo (bút phê)</source>
        <translation>leader's instruction</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="61" />
        <location filename="../giamsat_desktop/messages/names.py" line="149" />
        <source>ghi chú</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="62" />
        <source>số trang</source>
        <translation>page count</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="63" />
        <source>lý do hủy</source>
        <translation>reason for cancelling</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="64" />
        <source>ngày ban hành</source>
        <translation>issue date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="65" />
        <source>ngày đầu kỳ</source>
        <translation>period start date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="66" />
        <source>ngày cuối kỳ</source>
        <translation>period end date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="67" />
        <source>số lượng bản</source>
        <translation>number of copies</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="69" />
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="97" />
        <source>chức vụ người ký</source>
        <translation>signer's position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="70" />
        <source>đơn vị, người nhận bản lưu</source>
        <translation>holder of the file copy</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="71" />
        <source>văn bản đến</source>
        <translation>incoming document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="72" />
        <source>văn bản đi</source>
        <translation>outgoing document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="73" />
        <source>tệp đính kèm</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="74" />
        <source>văn bản soạn thảo</source>
        <translation>drafted document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="75" />
        <source>nhiệm vụ</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="76" />
        <source>chương trình giám sát</source>
        <translation>supervision programme</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="77" />
        <source>cuộc giám sát trong chương trình</source>
        <translation>programme's supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="78" />
        <source>cuộc giám sát</source>
        <translation>supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="79" />
        <source>buổi làm việc</source>
        <translation>working session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="80" />
        <source>kiến nghị</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="81" />
        <source>cuộc phản biện xã hội</source>
        <translation>social criticism session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="82" />
        <source>nội dung phản biện</source>
        <translation>criticism point</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="83" />
        <source>cuộc đối thoại trực tiếp</source>
        <translation>direct dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="84" />
        <source>vấn đề nêu tại đối thoại</source>
        <translation>issue raised at the dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="85" />
        <source>người đối thoại (họ tên, chức vụ)</source>
        <translation>leader in dialogue (name, position)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="86" />
        <source>cấp ủy hay chính quyền</source>
        <translation>Party committee or government</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="87" />
        <source>chủ đề đối thoại</source>
        <translation>dialogue topic</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="88" />
        <source>số người dự</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="89" />
        <source>ngày đối thoại</source>
        <translation>dialogue date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="90" />
        <source>thành phần tham dự</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="91" />
        <source>vấn đề nêu</source>
        <translation>issue raised</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="92" />
        <source>người nêu</source>
        <translation>raised by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="93" />
        <source>trả lời của người đối thoại</source>
        <translation>leader's answer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="94" />
        <source>nội dung cam kết</source>
        <translation>commitment</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="95" />
        <source>cơ quan, người thực hiện</source>
        <translation>body or person carrying it out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="96" />
        <source>hạn thực hiện</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="97" />
        <source>ngày thực hiện xong</source>
        <translation>date done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="98" />
        <source>kết quả thực hiện</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="99" />
        <source>cuộc giám sát theo Quy định 124</source>
        <translation>supervision session under Regulation 124</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="100" />
        <location filename="../giamsat_desktop/messages/names.py" line="108" />
        <source>người được giám sát</source>
        <translation>person supervised</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="101" />
        <source>phản ánh của nhân dân</source>
        <translation>citizens' report</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="102" />
        <source>nội dung báo cáo định kỳ</source>
        <translation>periodic report texts</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="103" />
        <source>nơi giám sát</source>
        <translation>place of supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="104" />
        <source>cơ quan, đơn vị hoặc khu dân cư</source>
        <translation>agency, unit or residential area</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="105" />
        <source>chủ thể giám sát</source>
        <translation>supervising body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="107" />
        <source>kết luận</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="109" />
        <source>nhận xét</source>
        <translation>remarks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="110" />
        <source>ngày tiếp nhận</source>
        <translation>date received</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="111" />
        <source>hình thức tiếp nhận</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="112" />
        <source>người phản ánh</source>
        <translation>reporter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="113" />
        <source>người bị phản ánh</source>
        <translation>person reported on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="114" />
        <source>chức vụ người bị phản ánh</source>
        <translation>position of the person reported on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="115" />
        <source>nội dung phản ánh</source>
        <translation>report content</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="116" />
        <source>tình trạng xử lý phản ánh</source>
        <translation>report handling status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="117" />
        <source>nơi chuyển đến</source>
        <translation>forwarded to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="118" />
        <source>ngày chuyển xử lý</source>
        <translation>date forwarded</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="119" />
        <source>văn bản chuyển</source>
        <translation>forwarding letter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="120" />
        <source>kết quả xử lý</source>
        <translation>handling result</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="121" />
        <source>ngày có kết quả</source>
        <translation>result date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="122" />
        <source>xem người phản ánh</source>
        <translation>see reporters</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="123" />
        <source>cơ quan soạn thảo</source>
        <translation>drafting body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="124" />
        <source>ngày nhận dự thảo</source>
        <translation>day the draft arrived</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="125" />
        <source>ngày trình dự thảo</source>
        <translation>day the draft is submitted</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="126" />
        <source>người chủ trì</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="127" />
        <source>chuyên gia, nhà khoa học</source>
        <translation>experts</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="128" />
        <source>số ý kiến</source>
        <translation>number of opinions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="129" />
        <source>ý kiến phản biện</source>
        <translation>criticism opinion</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="130" />
        <source>kiến nghị, đề xuất</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="131" />
        <source>nội dung trả lời</source>
        <translation>answer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="132" />
        <source>tiếp thu, giải trình</source>
        <translation>drafting body's explanation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="133" />
        <source>hạn trả lời</source>
        <translation>answer due</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="134" />
        <source>văn bản trả lời</source>
        <translation>reply document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="135" />
        <source>cơ quan nhận kiến nghị</source>
        <translation>addressed body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="136" />
        <source>số ngày trả lời</source>
        <translation>days to reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="137" />
        <source>cam kết khắc phục</source>
        <translation>remedial commitment</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="138" />
        <source>hạn khắc phục</source>
        <translation>remedy deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="139" />
        <source>ngày trả lời</source>
        <translation>reply date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="106" />
        <location filename="../giamsat_desktop/messages/names.py" line="140" />
        <source>nội dung giám sát</source>
        <translation>subject of the supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="141" />
        <source>đối tượng giám sát</source>
        <translation>supervised body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="142" />
        <source>cơ quan cấp trên trực tiếp</source>
        <translation>direct superior body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="143" />
        <source>phạm vi giám sát</source>
        <translation>scope of the supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="144" />
        <source>các nội dung giám sát</source>
        <translation>contents supervised</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="146" />
        <source>thành phần làm việc</source>
        <translation>attendees</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="147" />
        <source>địa điểm</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="148" />
        <source>biên bản</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="150" />
        <source>tên chương trình</source>
        <translation>programme title</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="151" />
        <source>ngày thống nhất chương trình</source>
        <translation>date the programme was agreed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="152" />
        <source>đoàn giám sát</source>
        <translation>delegation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="153" />
        <source>hình thức giám sát</source>
        <translation>form of supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="154" />
        <source>loại: phản biện xã hội hay góp ý xây dựng Đảng, chính quyền</source>
        <translation>kind: social criticism or feedback on Party and government building</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="157" />
        <source>ngày làm việc</source>
        <translation>working day</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="158" />
        <source>cơ quan chủ trì</source>
        <translation>leading body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="159" />
        <source>tổ chức tham gia</source>
        <translation>participating organisations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="160" />
        <source>tháng dự kiến</source>
        <translation>planned month</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="161" />
        <source>quý dự kiến</source>
        <translation>planned quarter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="162" />
        <source>ngày bắt đầu dự kiến</source>
        <translation>planned start date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="163" />
        <source>ngày kết thúc dự kiến</source>
        <translation>planned end date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="164" />
        <source>số ngày gửi kế hoạch trước</source>
        <translation>days the plan is sent before</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="165" />
        <source>số ngày báo cáo sau</source>
        <translation>days to report after</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="166" />
        <source>dự kiến</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="167" />
        <source>đã ban hành kế hoạch</source>
        <translation>plan issued</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="168" />
        <source>đã thành lập đoàn</source>
        <translation>delegation set up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="169" />
        <source>đã thông báo</source>
        <translation>notified</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="170" />
        <source>đang làm việc</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="171" />
        <source>đã báo cáo</source>
        <translation>reported</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="172" />
        <source>đã gửi kiến nghị</source>
        <translation>recommendations sent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="173" />
        <source>đang theo dõi</source>
        <translation>following up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="174" />
        <source>kết thúc</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="175" />
        <source>nội dung nhiệm vụ</source>
        <translation>task content</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="176" />
        <source>tổ chức chủ trì</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="177" />
        <source>tổ chức phối hợp</source>
        <translation>cooperating organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="178" />
        <source>người phụ trách</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="179" />
        <source>lý do</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="180" />
        <source>tiến độ</source>
        <translation>progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="181" />
        <source>ghi chú lưu</source>
        <translation>filing note</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="183" />
        <source>chưa thực hiện</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="184" />
        <source>đang thực hiện</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="185" />
        <source>hoàn thành</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="186" />
        <source>tạm dừng</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="187" />
        <source>đã hủy</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="188" />
        <location filename="../giamsat_desktop/messages/names.py" line="189" />
        <source>mẫu văn bản</source>
        <translation>standard wording</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="190" />
        <source>nội dung</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="191" />
        <source>nơi nhận</source>
        <translation>copies to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="145" />
        <location filename="../giamsat_desktop/messages/names.py" line="192" />
        <source>căn cứ</source>
        <translation>grounds</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="193" />
        <source>loại văn bản</source>
        <translation>document type</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="194" />
        <source>độ mật</source>
        <translation>secrecy</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="195" />
        <source>độ khẩn</source>
        <translation>urgency</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="196" />
        <source>tình trạng xử lý</source>
        <translation>handling status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="197" />
        <source>tên sổ</source>
        <translation>register name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="198" />
        <source>trang tính</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="199" />
        <source>tệp</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="200" />
        <source>dòng tiêu đề cột</source>
        <translation>header row</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="201" />
        <source>mã số</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="202" />
        <source>cấp</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="203" />
        <source>loại tổ chức</source>
        <translation>kind of organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="204" />
        <source>tên đăng nhập</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="205" />
        <source>mật khẩu</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="206" />
        <source>mã khôi phục</source>
        <translation>recovery code</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="207" />
        <source>vai trò</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="208" />
        <source>tài khoản</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="209" />
        <source>địa chỉ máy chủ</source>
        <translation>server address</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="210" />
        <source>cổng</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="211" />
        <source>tên cơ sở dữ liệu</source>
        <translation>database name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="212" />
        <source>tên người dùng máy chủ</source>
        <translation>server user name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="214" />
        <source>một số nguyên</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="215" />
        <source>một giá trị đúng/sai</source>
        <translation>a true/false value</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="216" />
        <source>một ngày có thật (năm-tháng-ngày)</source>
        <translation>a real date (year-month-day)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="217" />
        <source>một thời điểm hợp lệ</source>
        <translation>a valid moment</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="218" />
        <source>một đoạn chữ lưu được</source>
        <translation>text that can be stored</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="219" />
        <source>dữ liệu nhị phân</source>
        <translation>binary data</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="220" />
        <source>một giá trị đơn</source>
        <translation>a single value</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="221" />
        <source>bảng</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="222" />
        <source>chỉ mục</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="223" />
        <source>trigger (lệnh tự chạy)</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="224" />
        <source>khung nhìn (view)</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages/names.py" line="225" />
        <source>dữ liệu của bảng</source>
        <translation>the table's data</translation>
    </message>
</context>
<context>
    <name>FigureButton</name>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="120" />
        <source>Mở danh sách: {caption}</source>
        <translation>Open the list: {caption}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="85" />
        <source>Khai báo đơn vị lần đầu</source>
        <translation>First-run set-up of the office</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="93" />
        <source>Chào mừng</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="96" />
        <source>Chương trình giúp Ban Thường trực Ủy ban MTTQ Việt Nam quản lý văn bản, nhiệm vụ, các cuộc giám sát, phản biện xã hội và kiến nghị.

Trước khi dùng, hãy khai báo thông tin của đơn vị. Dữ liệu được lưu tại:
{location}</source>
        <translation>This program helps the Standing Board of a Vietnam Fatherland Front committee manage documents, tasks, supervision sessions, social criticism and recommendations.

Before you start, enter your office's details. The data is kept at:
{location}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="106" />
        <source>Thay máy tính mới? Nếu có tệp sao lưu của máy cũ (ví dụ trên USB), hãy khôi phục thay vì khai báo lại:</source>
        <translation>A new PC? If you have a backup of the old one (on a USB stick, say), restore it instead of setting up again:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="111" />
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="131" />
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="131" />
        <source>Tệp sao lưu (*.zip)</source>
        <translation>Backup files (*.zip)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="175" />
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/help/guide_dialog.py" line="48" />
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/guide_dialog.py" line="57" />
        <source>Không tìm thấy tệp hướng dẫn {path}. Hãy cài lại chương trình.</source>
        <translation>The guide file {path} was not found. Reinstall the program.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/guide_dialog.py" line="68" />
        <source>Tìm trong hướng dẫn (Ctrl+F)</source>
        <translation>Search the guide (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/guide_dialog.py" line="71" />
        <source>Tìm tiếp (F3)</source>
        <translation>Find next (F3)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/guide_dialog.py" line="92" />
        <source>Hướng dẫn này chỉ có bằng tiếng Việt.</source>
        <translation>This guide is in Vietnamese only.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/guide_dialog.py" line="150" />
        <source>Không thấy “{text}”.</source>
        <translation>“{text}” not found.</translation>
    </message>
</context>
<context>
    <name>HandlingRow</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="71" />
        <source>Tình trạng xử lý theo các nhiệm vụ giao từ văn bản này (hoặc “lưu, không giao việc”); chương trình tự cập nhật, không sửa tay.</source>
        <translation>The handling status follows the tasks given from this document (or “filed, no task given”); the program updates it, it is not edited by hand.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="75" />
        <source>Giao nhiệm vụ…</source>
        <translation>Give tasks…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="77" />
        <source>Giao nhiệm vụ cho các tổ chức theo ý kiến chỉ đạo của văn bản này</source>
        <translation>Give the organisations tasks as instructed on this document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="79" />
        <source>Lưu, không giao việc…</source>
        <translation>File, no task given…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="81" />
        <source>Đánh dấu đã xử lý mà không giao nhiệm vụ (ví dụ: văn bản để biết)</source>
        <translation>Mark as handled without giving tasks (for example: a document for information)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="128" />
        <source>{count} nhiệm vụ chưa xong</source>
        <translation>{count} tasks not done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="132" />
        <source>cả {count} nhiệm vụ đã kết thúc</source>
        <translation>all {count} tasks finished</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="138" />
        <source>lưu, không giao việc: {note}</source>
        <translation>filed, no task given: {note}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="140" />
        <source>lưu, không giao việc</source>
        <translation>filed, no task given</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="143" />
        <source>chưa giao nhiệm vụ</source>
        <translation>no task given yet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="165" />
        <source>Lưu, không giao việc</source>
        <translation>File, no task given</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/handling_row.py" line="174" />
        <source>Văn bản số đến {number} được xem là đã xử lý mà không giao nhiệm vụ.
Ghi chú (ví dụ: văn bản để biết, đã lưu hồ sơ):</source>
        <translation>Arrival no. {number} is treated as handled without giving tasks.
Note (for example: for information, filed):</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="325" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="326" />
        <source>Diễn biến</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="327" />
        <source>Ghi chú, lý do</source>
        <translation>Notes, reason</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="328" />
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="352" />
        <source>Lập cuộc giám sát</source>
        <translation>Supervision session created</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="354" />
        <source>Hoàn tác, trở lại “{step}”</source>
        <translation>Undone, back to “{step}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="355" />
        <source>Chuyển sang “{step}”</source>
        <translation>Moved to “{step}”</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="63" />
        <source>Nhập sổ văn bản đến từ Excel</source>
        <translation>Import an incoming register from Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="82" />
        <source>Dán hoặc gõ đường dẫn tệp rồi nhấn Enter, hoặc kéo tệp Excel vào đây</source>
        <translation>Paste or type the file's path and press Enter, or drag an Excel file here</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="92" />
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="96" />
        <source>Nhập vào sổ riêng (sổ của đơn vị cũ) tên là:</source>
        <translation>Import into a separate register (a former office's) named:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="99" />
        <source>Ví dụ: Sổ văn bản đến xã Tân Hòa (cũ)</source>
        <translation>For example: Sổ văn bản đến xã Tân Hòa (cũ)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_mapping.py" line="24" />
        <source>Cột trong tệp ứng với cột của sổ</source>
        <translation>Columns of the file matched to the register's columns</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="103" />
        <source>Ghi các cột không ứng với cột nào của sổ vào Ghi chú</source>
        <translation>Keep the columns the register has no column for in the Notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="111" />
        <source>Đọc lại theo cột đã chọn</source>
        <translation>Read again with the chosen columns</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="22" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="27" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="31" />
        <source>Ngày đến</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="35" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="39" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="43" />
        <source>Ngày tháng</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="47" />
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="51" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="55" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_preview.py" line="59" />
        <source>Đã sửa</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="121" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="123" />
        <source>Chỉ nhập các dòng hợp lệ</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="125" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="144" />
        <source>Tệp Excel:</source>
        <translation>Excel file:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="145" />
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="162" />
        <source>Xem trước:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="164" />
        <source>Dòng không đọc được:</source>
        <translation>Rows that could not be read:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="178" />
        <source>Chọn tệp Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="178" />
        <source>Sổ tính Excel (*.xlsx *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="210" />
        <source>Tệp “{name}” không phải tệp Excel: chỉ nhập được tệp .xlsx hoặc .xls.</source>
        <translation>“{name}” is not an Excel file: only .xlsx or .xls files can be imported.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="246" />
        <source>Không tìm thấy tệp “{path}”. Hãy xem lại đường dẫn.</source>
        <translation>The file “{path}” was not found. Check the path.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="248" />
        <source>“{path}” là một thư mục, không phải tệp Excel.</source>
        <translation>“{path}” is a folder, not an Excel file.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="281" />
        <source>{name} ({rows} dòng)</source>
        <translation>{name} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_mapping.py" line="44" />
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="341" />
        <source>Đang đọc tệp Excel…</source>
        <translation>Reading the Excel file…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="360" />
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="443" />
        <source>Dòng {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="363" />
        <source>{good} dòng đọc được, {bad} dòng lỗi, {blank} dòng trống bỏ qua.</source>
        <translation>{good} rows read, {bad} rows with errors, {blank} blank rows skipped.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="378" />
        <source>Các cột sẽ ghi vào Ghi chú: {columns}</source>
        <translation>Columns kept in the Notes: {columns}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="380" />
        <source>Các cột sẽ không nhập: {columns}</source>
        <translation>Columns not imported: {columns}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/import_dialog.py" line="431" />
        <source>Đang nhập vào sổ…</source>
        <translation>Importing into the register…</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="91" />
        <source>Vào sổ văn bản đến</source>
        <translation>Register an incoming document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="91" />
        <source>Sửa văn bản đến</source>
        <translation>Edit incoming document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="107" />
        <source>Số khác (vào sổ muộn):</source>
        <translation>Another number (late registration):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="112" />
        <source>Ngày đến</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="114" />
        <source>Ví dụ: 558-CV/ĐUK hoặc 15/BC-MTTQ-BTT</source>
        <translation>For example: 558-CV/ĐUK or 15/BC-MTTQ-BTT</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="118" />
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="129" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="170" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="269" />
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="71" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="183" />
        <source>Số đến:</source>
        <translation>Arrival no.:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="72" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="184" />
        <source>Ngày đến:</source>
        <translation>Arrival date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="73" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="185" />
        <source>Tác giả:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="74" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="189" />
        <source>Số, ký hiệu:</source>
        <translation>Number, symbol:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="75" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="191" />
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="76" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="192" />
        <source>Ngày tháng văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="77" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="193" />
        <source>Trích yếu nội dung:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="78" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="195" />
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="79" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="196" />
        <source>Độ khẩn:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="80" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="197" />
        <source>Độ mật:</source>
        <translation>Secrecy:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="81" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="198" />
        <source>Số trang:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="82" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="199" />
        <source>Đơn vị hoặc người nhận:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="83" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="200" />
        <source>Ngày chuyển:</source>
        <translation>Transfer date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="84" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="201" />
        <source>Hạn xử lý:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="85" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="202" />
        <source>Ý kiến chỉ đạo (bút phê):</source>
        <translation>Leader's instruction:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="88" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="203" />
        <source>Tình trạng xử lý:</source>
        <translation>Handling status:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="89" />
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="204" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="205" />
        <source>Đã trả lời bằng:</source>
        <translation>Answered by:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="304" />
        <source>Số {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="305" />
        <source>Công văn</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="307" />
        <source>cơ quan {code}</source>
        <translation>body {code}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="351" />
        <source>Chưa nhập tác giả (cơ quan ban hành).</source>
        <translation>The issuing body is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="352" />
        <source>Chưa nhập trích yếu nội dung.</source>
        <translation>The subject is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="151" />
        <source>Ngày tháng văn bản</source>
        <translation>The document date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="137" />
        <source>&amp;Dùng</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="140" />
        <source>Thay tác giả vừa nhập bằng cách viết đã có</source>
        <translation>Replace the issuer typed with the spelling already used</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="160" />
        <source>Ngày chuyển</source>
        <translation>The transfer date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="161" />
        <source>Hạn xử lý</source>
        <translation>The deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="330" />
        <source>Đã có cách viết: «{name}». Dùng cách viết này?</source>
        <translation>This issuer is already spelled «{name}». Use that spelling?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="358" />
        <source>Ngày tháng văn bản không được sau ngày đến.</source>
        <translation>The document date may not be after the arrival date.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="360" />
        <source>Số đến chọn tay phải là số, có thể thêm chữ (ví dụ 125a).</source>
        <translation>A chosen arrival number must be digits, optionally with letters (e.g. 125a).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="438" />
        <source>• Số đến {number} ngày {date}: {symbol} — {subject}</source>
        <translation>• Arrival no. {number} of {date}: {symbol} — {subject}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="448" />
        <source>Có thể trùng văn bản</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="449" />
        <source>Văn bản này có thể đã vào sổ:
{lines}

Vẫn lưu?</source>
        <translation>This document may already be registered:
{lines}

Save anyway?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_dialog.py" line="477" />
        <source>Số {proposed} vừa được người khác dùng; văn bản đã vào sổ với số đến {number}.</source>
        <translation>Number {proposed} was just taken by someone else; the document was registered as number {number}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="83" />
        <source>Đọc từ tệp PDF: hãy xem lại.</source>
        <translation>Read from the PDF: please check.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="142" />
        <source>Tệp «{file}» là bản chụp, không có lớp chữ: chưa đọc được trường nào, hãy nhập tay. Tệp được đính kèm khi lưu.</source>
        <translation>The file «{file}» is a scan with no text layer: no field could be read; type them. The file is attached on saving.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="148" />
        <source>Đọc từ tệp «{file}» ({pages} trang): các ô nền vàng lấy từ văn bản, hãy xem lại từng ô. Tệp được đính kèm khi lưu.</source>
        <translation>Read from «{file}» ({pages} pages): the fields on a yellow ground come from the document; check each one. The file is attached on saving.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="155" />
        <source>{signer}, lúc {time}</source>
        <translation>{signer}, at {time}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="163" />
        <source>Ký số: {signed} (chương trình chỉ đọc thông tin trong chữ ký, không kiểm tra chứng thư với hệ thống chứng thực quốc gia).</source>
        <translation>Digitally signed: {signed} (the program reads what the signature says; it does not verify the certificate against the national certification system).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="169" />
        <source>Chú ý: tệp này đã vào sổ (số đến {number}, {symbol}).</source>
        <translation>Note: this file is already registered (arrival number {number}, {symbol}).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="187" />
        <source>Đọc từ &amp;PDF…</source>
        <translation>Read from &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="191" />
        <source>Điền các ô từ tệp PDF của văn bản; tệp được đính kèm khi lưu</source>
        <translation>Fill the fields from the document's PDF; the file is attached on saving</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="208" />
        <source>Chọn tệp PDF của văn bản đến</source>
        <translation>Choose the PDF of the incoming document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="209" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pdf_fill.py" line="217" />
        <source>Đọc từ PDF</source>
        <translation>Read from PDF</translation>
    </message>
</context>
<context>
    <name>IncomingPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="91" />
        <source>Sổ văn bản đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="112" />
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="114" />
        <source>Xử lý</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="116" />
        <source>Giao nhiệm vụ (theo ý kiến chỉ đạo)…</source>
        <translation>Give tasks (from the instruction)…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="119" />
        <source>Soạn công văn giao nhiệm vụ…</source>
        <translation>Write the task letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="123" />
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="126" />
        <source>Sổ đăng ký văn bản đến (theo năm hoặc khoảng ngày đang lọc)…</source>
        <translation>Incoming register (for the year or dates filtered)…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="129" />
        <source>Phiếu giải quyết văn bản đến đang chọn…</source>
        <translation>Handling slip of the selected document…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="133" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="135" />
        <source>Xuất sổ đang lọc ra Excel…</source>
        <translation>Export the filtered register to Excel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="136" />
        <source>Nhập sổ cũ từ tệp Excel…</source>
        <translation>Import an old register from Excel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="198" />
        <source>Công văn giao nhiệm vụ</source>
        <translation>Task letter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="200" />
        <source>Văn bản số đến {number} chưa giao nhiệm vụ nào. Hãy giao nhiệm vụ trước (Xử lý → Giao nhiệm vụ…), rồi soạn công văn giao nhiệm vụ.</source>
        <translation>No tasks have been given from arrival no. {number} yet. Give the tasks first (Handle → Give tasks…), then write the task letter.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="217" />
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="325" />
        <source>số đến {number}</source>
        <translation>arrival no. {number}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="95" />
        <source>Sổ đăng ký văn bản đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="108" />
        <source>Vào sổ một văn bản đến. Có tệp PDF của văn bản: kéo thả tệp vào sổ, hoặc bấm Đọc từ PDF… trong hộp Vào sổ, để điền sẵn các ô từ văn bản.</source>
        <translation>Register an incoming document. With the document's PDF: drop the file on the register, or click Read from PDF… in the entry dialog, to fill the fields from the document.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="117" />
        <source>Vào sổ văn bản đi một văn bản trả lời…</source>
        <translation>Enter a reply in the outgoing register…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="118" />
        <source>Soạn công văn trả lời (gửi cơ quan ban hành)…</source>
        <translation>Write a reply letter (to the issuing body)…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="238" />
        <source>Phiếu giải quyết văn bản đến</source>
        <translation>Handling slip</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="288" />
        <source>Vào sổ từ PDF</source>
        <translation>Register from PDF</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="291" />
        <source>Đang đọc tệp PDF…</source>
        <translation>Reading the PDF…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="321" />
        <source>Số đến</source>
        <translation>Arrival number</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_page.py" line="329" />
        <source>Lý do hủy văn bản số đến {number}:</source>
        <translation>Reason for cancelling arrival no. {number}:</translation>
    </message>
</context>
<context>
    <name>IncomingPicker</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="94" />
        <source>Tìm theo tác giả, số ký hiệu, trích yếu (ví dụ: ke hoach giam sat)</source>
        <translation>Search by issuing body, symbol, subject (for example: ke hoach giam sat)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="97" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="99" />
        <source>Văn bản đến:</source>
        <translation>Incoming documents:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="106" />
        <source>Ngày đến</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="111" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="115" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="116" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="118" />
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="122" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="151" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="153" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="195" />
        <source>{shown} văn bản mới nhất trong {total} văn bản tìm thấy</source>
        <translation>The newest {shown} of the {total} documents found</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="197" />
        <source>Tìm thấy {total} văn bản</source>
        <translation>{total} documents found</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/incoming_picker.py" line="199" />
        <source>{total} văn bản</source>
        <translation>{total} documents</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="79" />
        <source>Sửa vấn đề</source>
        <translation>Edit issue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="79" />
        <source>Thêm vấn đề</source>
        <translation>Add issue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="86" />
        <source>Ông Nguyễn Văn A, thôn 3; Cử tri thôn 5…</source>
        <translation>Mr Nguyễn Văn A, hamlet 3; voters of hamlet 5…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="91" />
        <source>Hạn thực hiện</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="93" />
        <source>Ngày thực hiện xong</source>
        <translation>Date done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="97" />
        <source>Hạn:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="99" />
        <source>Đã thực hiện ngày:</source>
        <translation>Done on:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="103" />
        <source>Vấn đề nêu:</source>
        <translation>Issue raised:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="104" />
        <source>Người nêu:</source>
        <translation>Raised by:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="105" />
        <source>Trả lời tại buổi đối thoại:</source>
        <translation>Answer at the dialogue:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="106" />
        <source>Cam kết (nếu có):</source>
        <translation>Commitment (if any):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="107" />
        <source>Cơ quan, người thực hiện:</source>
        <translation>Carried out by (body, person):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="108" />
        <source>Thực hiện:</source>
        <translation>Implementation:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="109" />
        <source>Kết quả thực hiện:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="119" />
        <source>Hãy ghi vấn đề Nhân dân nêu.</source>
        <translation>Enter the issue the citizens raised.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="125" />
        <source>Hạn và ngày thực hiện đi với một cam kết: hãy ghi nội dung cam kết.</source>
        <translation>A due date and a done date go with a commitment: enter the commitment.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="128" />
        <source>Ngày thực hiện xong {done} trước ngày đối thoại {held}.</source>
        <translation>Date done {done} is before the dialogue date {held}.</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="210" />
        <source>Vấn đề nêu</source>
        <translation>Issue raised</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="211" />
        <source>Người nêu</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="212" />
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="213" />
        <source>Cam kết</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="214" />
        <source>Thực hiện</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="215" />
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="216" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="230" />
        <source>Thêm vấn đề…</source>
        <translation>Add issue…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="232" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="234" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="236" />
        <source>Đã thực hiện…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="238" />
        <source>Ghi ngày và kết quả thực hiện cam kết đã chọn</source>
        <translation>Record the date and result of the selected commitment</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="260" />
        <source>Đã thực hiện {day}</source>
        <translation>Done on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="263" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="264" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="64" />
        <source>Thêm cuộc giám sát vào chương trình</source>
        <translation>Add a supervision session to the programme</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="66" />
        <source>Sửa dòng chương trình</source>
        <translation>Edit a programme line</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="77" />
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="82" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="79" />
        <source>Tháng {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="84" />
        <source>Quý {quarter}</source>
        <translation>Quarter {quarter}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="87" />
        <source>hoặc</source>
        <translation>or</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="99" />
        <source>Ủy ban MTTQ (Ban Thường trực)</source>
        <translation>MTTQ Committee (Standing Board)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="105" />
        <source>Nội dung giám sát:</source>
        <translation>Subject of the supervision:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="106" />
        <source>Đối tượng giám sát:</source>
        <translation>Supervised body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="107" />
        <source>Thời gian dự kiến:</source>
        <translation>Planned time:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="108" />
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="109" />
        <source>Vai trò của MTTQ:</source>
        <translation>Role of the MTTQ:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="110" />
        <source>Chủ trì thực hiện:</source>
        <translation>Led by:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="111" />
        <source>Thành phần tham gia:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="112" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="118" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="121" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/item_dialog.py" line="168" />
        <source>Hãy ghi nội dung giám sát.</source>
        <translation>Enter the subject of the supervision.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="19" />
        <source>Sổ của đơn vị</source>
        <translation>Office’s own book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="20" />
        <source>Sổ trắng tự điền</source>
        <translation>Blank book filled by hand</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="21" />
        <source>Sổ tổng hợp</source>
        <translation>Consolidated book</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="22" />
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="23" />
        <source>Khẩn</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="24" />
        <source>Thượng khẩn</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="25" />
        <source>Hỏa tốc</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="26" />
        <source>Mật</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="27" />
        <source>Tối mật</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="28" />
        <source>Tuyệt mật</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="29" />
        <source>Chưa xử lý</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="30" />
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="31" />
        <source>Đã xử lý</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="32" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="33" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="34" />
        <source>Chưa hủy</source>
        <translation>Not cancelled</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="35" />
        <source>Chưa xử lý xong</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="36" />
        <source>Tổ chức thành viên</source>
        <translation>Member organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="37" />
        <source>Ban trực thuộc</source>
        <translation>Attached board</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="38" />
        <source>Cơ quan Đảng</source>
        <translation>Party body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="39" />
        <source>Cơ quan nhà nước</source>
        <translation>State body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="40" />
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="41" />
        <source>Chủ tịch</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="42" />
        <source>Phó Chủ tịch</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="43" />
        <source>Ủy viên Thường trực</source>
        <translation>Standing member</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="44" />
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="45" />
        <source>Văn thư</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="46" />
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="47" />
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="48" />
        <source>Thành phố</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="49" />
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="50" />
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="51" />
        <source>Đặc khu</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="52" />
        <source>Huyện (hồ sơ trước năm 2025)</source>
        <translation>District (records before 2025)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="53" />
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="54" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="55" />
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="56" />
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="57" />
        <source>Công văn</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="58" />
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="59" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="60" />
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="61" />
        <source>Đề cương báo cáo</source>
        <translation>Report outline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="62" />
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="63" />
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="64" />
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="65" />
        <source>Đã phát hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="66" />
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="67" />
        <source>Hằng quý</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="68" />
        <source>6 tháng</source>
        <translation>Every 6 months</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="69" />
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="70" />
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="71" />
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="72" />
        <source>Đang trong hạn</source>
        <translation>Within the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="73" />
        <source>Không có hạn</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="74" />
        <source>Nghiên cứu, xem xét văn bản</source>
        <translation>Study of documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="75" />
        <source>Tổ chức đoàn giám sát</source>
        <translation>Supervision delegation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="76" />
        <source>Thông qua Ban TTND, Ban GSĐTCĐ</source>
        <translation>Through the People's Inspection / Community Investment Supervision Board</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="77" />
        <source>Tham gia với cơ quan nhà nước</source>
        <translation>Joining a state body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="78" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="79" />
        <source>Phối hợp</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="80" />
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="81" />
        <source>Đã ban hành kế hoạch</source>
        <translation>Plan issued</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="82" />
        <source>Đã thành lập đoàn</source>
        <translation>Delegation set up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="83" />
        <source>Đã thông báo</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="84" />
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="85" />
        <source>Đã báo cáo</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="86" />
        <source>Đã gửi kiến nghị</source>
        <translation>Recommendations sent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="87" />
        <source>Đang theo dõi</source>
        <translation>Following up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="88" />
        <source>Kết thúc</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="89" />
        <source>Trưởng đoàn</source>
        <translation>Head of the delegation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="90" />
        <source>Phó Trưởng đoàn</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="91" />
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="92" />
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="93" />
        <source>Hoãn</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="94" />
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="95" />
        <source>Đã gửi, chờ trả lời</source>
        <translation>Sent, awaiting reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="96" />
        <source>Đã trả lời</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="97" />
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="98" />
        <source>Đã kiến nghị cấp trên</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="99" />
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="100" />
        <source>Tiếp thu</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="101" />
        <source>Giải trình</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="102" />
        <source>Không tiếp thu</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="103" />
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="104" />
        <source>Phản biện xã hội</source>
        <translation>Social criticism</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="105" />
        <source>Theo năm dương lịch (1/1–30/6, 1/7–31/12)</source>
        <translation>Calendar year (1/1–30/6, 1/7–31/12)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="106" />
        <source>Theo Nghị định 09/2019/NĐ-CP (15/12–14/6, 15/6–14/12)</source>
        <translation>Decree 09/2019/NĐ-CP (15/12–14/6, 15/6–14/12)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="107" />
        <source>Góp ý xây dựng Đảng, chính quyền</source>
        <translation>Feedback on Party and government building</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="108" />
        <source>Cấp ủy Đảng</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="109" />
        <source>Chính quyền</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="110" />
        <source>Nơi công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="111" />
        <source>Nơi cư trú</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="112" />
        <source>Hòm thư góp ý</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="113" />
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="114" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="115" />
        <source>Qua đối thoại</source>
        <translation>At a dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="116" />
        <source>Qua tổ chức</source>
        <translation>Through an organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="117" />
        <source>Mới tiếp nhận</source>
        <translation>Newly received</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="118" />
        <source>Đã chuyển xử lý</source>
        <translation>Forwarded for handling</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="119" />
        <source>Đã có kết quả</source>
        <translation>Result received</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="120" />
        <source>Lưu, không chuyển</source>
        <translation>Filed, not forwarded</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="121" />
        <source>Hội nghị phản biện</source>
        <translation>Criticism conference</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="122" />
        <source>Gửi dự thảo lấy ý kiến</source>
        <translation>Draft sent round for opinions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="123" />
        <source>Đối thoại trực tiếp</source>
        <translation>Direct dialogue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="124" />
        <source>Đã gửi dự thảo lấy ý kiến</source>
        <translation>Draft sent for opinions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="125" />
        <source>Đã tổng hợp ý kiến</source>
        <translation>Opinions summed up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="126" />
        <source>Khai mạc, Mặt trận chủ trì</source>
        <translation>Opened, chaired by the Front</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="127" />
        <source>Cơ quan soạn thảo đã trình bày</source>
        <translation>Drafting body presented</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="128" />
        <source>Đã xác định trọng tâm</source>
        <translation>Focus set</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="129" />
        <source>Đã thảo luận</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="130" />
        <source>Cơ quan soạn thảo đã giải trình</source>
        <translation>Drafting body explained</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="131" />
        <source>Đã kết luận</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="132" />
        <source>Đã gửi văn bản phản biện</source>
        <translation>Criticism letter sent</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/labels.py" line="133" />
        <source>Đã nhận văn bản trả lời</source>
        <translation>Reply received</translation>
    </message>
</context>
<context>
    <name>LeadDaysBox</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="43" />
        <source>Thời hạn giám sát và kiến nghị</source>
        <translation>Supervision and recommendation time limits</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="51" />
        <source>Gửi kế hoạch, quyết định trước buổi làm việc đầu tiên:</source>
        <translation>Send the plan and decision before the first working session:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="56" />
        <source>Kế hoạch và quyết định giám sát phải đến đối tượng giám sát chậm nhất số ngày này trước buổi làm việc đầu tiên (theo Điều 9 Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và hướng dẫn của địa phương; thường là 15 ngày). Hạn của mọi cuộc giám sát tính theo số mới; mọi máy của đơn vị dùng chung.</source>
        <translation>The supervision plan and decision must reach the supervised body at least this many days before the first working session (under Article 9 of Joint Resolution No. 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN and local guidance; usually 15 days). The deadlines of all supervision sessions are counted with the new number; every PC of the office shares it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="64" />
        <source>Báo cáo kết quả sau buổi làm việc cuối cùng:</source>
        <translation>Results report after the last working session:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="69" />
        <source>Đoàn giám sát báo cáo kết quả chậm nhất số ngày này sau buổi làm việc cuối cùng (Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, Điều 9: 15 ngày); hạn rơi vào ngày nghỉ thì lùi sang ngày làm việc tiếp theo. Hạn của mọi cuộc giám sát tính theo số mới; mọi máy của đơn vị dùng chung.</source>
        <translation>The supervision delegation reports its results at most this many days after the last working session (Joint Resolution No. 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, Article 9: 15 days); a deadline falling on a day off moves to the next working day. The deadlines of all supervision sessions are counted with the new number; every PC of the office shares it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="77" />
        <source>Hạn trả lời kiến nghị sau khi gửi:</source>
        <translation>Recommendation reply deadline after sending:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="82" />
        <source>Số ngày cơ quan được kiến nghị phải trả lời bằng văn bản, kể từ ngày gửi (thường là 20; có nơi quy định 15 hoặc 30 ngày). Áp dụng cho kiến nghị lập từ nay; kiến nghị đã lập giữ thời hạn của mình. Mọi máy của đơn vị dùng chung.</source>
        <translation>The number of days the addressed body has to reply in writing, counted from the sending date (usually 20; some places set 15 or 30 days). Applies to recommendations created from now on; existing recommendations keep their own time limit. Every PC of the office shares it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="89" />
        <source>Hạn trả lời phản biện sau khi gửi:</source>
        <translation>Answers to a criticism due after sending:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="94" />
        <source>Cơ quan soạn thảo phải trả lời từng nội dung phản biện trước ngày trình dự thảo (Luật MTTQ Điều 36); khi không biết ngày trình, hạn là số ngày này kể từ ngày ký văn bản phản biện (thường là 30). Áp dụng cho văn bản phản biện phát hành từ nay. Mọi máy của đơn vị dùng chung.</source>
        <translation>The drafting body must answer each criticism point before its draft is submitted (Law on the Front, Article 36); when the submission day is not known, the deadline is this many days from the day the criticism letter is signed (usually 30). Applies to criticism letters issued from now on. Shared by every PC of the office.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="102" />
        <source>Biết ngày trình dự thảo thì hạn trả lời phản biện là ngày trình</source>
        <translation>When the draft's submission day is known, the criticism answers are due on that day</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="108" />
        <source>Bật (mặc định): cơ quan soạn thảo trả lời trước ngày trình dự thảo (Luật MTTQ Điều 36), chỉ khi không biết ngày trình mới tính số ngày ở trên. Tắt: luôn tính số ngày ở trên kể từ ngày ký văn bản phản biện. Áp dụng cho văn bản phản biện phát hành từ nay.</source>
        <translation>On (default): the drafting body answers before the draft is submitted (Law on the Front, Article 36); the number of days above is counted only when the submission day is not known. Off: the number of days above is always counted from the day the criticism letter is signed. Applies to criticism letters issued from now on.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/lead_days_box.py" line="133" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="93" />
        <source>Xem trước…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="94" />
        <source>Xuất Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="95" />
        <source>Lưu dự thảo</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="97" />
        <source>Phát hành…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="97" />
        <source>Hoàn tất…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="99" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="100" />
        <source>Tệp đính kèm…</source>
        <translation>Attached files…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="102" />
        <source>Bản đã ký quét lại, tệp Word đã sửa: giữ cùng tệp PDF, Word khi phát hành</source>
        <translation>The signed copy scanned, the Word file as edited: kept with the PDF and Word files of the issue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="151" />
        <source>Chủ tịch ghi trong thông tin đơn vị</source>
        <translation>The chair named in the office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="192" />
        <source>Soạn {kind}</source>
        <translation>Write: {kind}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="194" />
        <source>Dự thảo mới, chưa lưu: chưa có số.</source>
        <translation>New draft, not saved: no number yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="196" />
        <source>Dự thảo mới, chưa lưu: {kind} không đánh số.</source>
        <translation>New draft, not saved: not numbered ({kind}).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="201" />
        <source>{kind} — mã số {id}</source>
        <translation>{kind} — id {id}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="203" />
        <source>Dự thảo (mã số {id}): chưa có số, in ra có chữ DỰ THẢO.</source>
        <translation>Draft (id {id}): no number yet, printed with DỰ THẢO (draft).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="205" />
        <source>Dự thảo (mã số {id}): không đánh số, in ra có chữ DỰ THẢO.</source>
        <translation>Draft (id {id}): not numbered, printed with DỰ THẢO (draft).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="207" />
        <source>{state}: số {symbol} ngày {date} — đã vào sổ văn bản đi.</source>
        <translation>{state}: no. {symbol} of {date} — entered in the outgoing register.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="209" />
        <source>Đã hoàn tất ngày {date}: không đánh số, không vào sổ văn bản đi.</source>
        <translation>Finalised on {date}: not numbered, not entered in the outgoing register.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="211" />
        <source>{state}.</source>
        <translation>{state}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="227" />
        <source>Chưa nhập trích yếu (V/v …).</source>
        <translation>No subject (Re: …) entered.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="229" />
        <source>Chưa nhập trích yếu.</source>
        <translation>No subject entered.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="253" />
        <source>Xem trước: {name}</source>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="269" />
        <source>Đang tạo bản in…</source>
        <translation>Making the print…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="280" />
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="295" />
        <source>Xuất Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="282" />
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="295" />
        <source>Đã ghi {path}.</source>
        <translation>Wrote {path}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="330" />
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="385" />
        <source>Phát hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="331" />
        <source>Phát hành văn bản này?</source>
        <translation>Issue this document?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="334" />
        <source>Văn bản lấy số tiếp theo của sổ văn bản đi, vào sổ cùng tệp PDF và Word, và không sửa được nữa (muốn sửa thì hủy rồi phát hành văn bản mới).</source>
        <translation>The document takes the next number of the outgoing register, is entered there with its PDF and Word files, and can no longer be edited (to correct it, cancel it and issue a new one).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="339" />
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="377" />
        <source>Hoàn tất</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="340" />
        <source>Hoàn tất văn bản này?</source>
        <translation>Finalise this document?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="343" />
        <source>{kind} không lấy số và không vào sổ văn bản đi: văn bản được ghi ngày hôm nay, in ra không còn chữ DỰ THẢO và không sửa được nữa.</source>
        <translation>{kind}: no number and no entry in the outgoing register. The document is dated today, is printed without DỰ THẢO (draft) and can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="350" />
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="378" />
        <source>Đã hoàn tất {kind}: không đánh số, không vào sổ văn bản đi.</source>
        <translation>Finalised the {kind}: not numbered, not entered in the outgoing register.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="387" />
        <source>Đã phát hành: số {symbol}. Văn bản đã vào sổ văn bản đi, kèm tệp PDF và Word.</source>
        <translation>Issued: no. {symbol}. The document is in the outgoing register, with its PDF and Word files.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="396" />
        <source>Đang phát hành…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="423" />
        <source>Bỏ những gì đã nhập?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="424" />
        <source>Những gì vừa nhập chưa được lưu.</source>
        <translation>What was just typed is not saved.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="425" />
        <source>Bỏ</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_dialog.py" line="426" />
        <source>Tiếp tục nhập</source>
        <translation>Keep typing</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="52" />
        <source>Kế hoạch số …/KH-MTTQ-BTT ngày … của Ban Thường trực …</source>
        <translation>Plan no. …/KH-MTTQ-BTT of … by the Standing Board of …</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="54" />
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="55" />
        <source>Mỗi dòng một căn cứ, in nghiêng trước nội dung</source>
        <translation>One legal basis per line, printed in italics before the content</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="57" />
        <source>Mỗi dòng một nơi; “- Lưu: VT.” tự thêm</source>
        <translation>One per line; “- Lưu: VT.” is added</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="58" />
        <source>Hai dòng: ĐẠI DIỆN ĐOÀN GIÁM SÁT, TRƯỞNG ĐOÀN</source>
        <translation>Two lines: ĐẠI DIỆN ĐOÀN GIÁM SÁT, TRƯỞNG ĐOÀN (for the delegation, its head)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="60" />
        <source>Hai dòng: ĐẠI DIỆN (tên cơ quan được giám sát), chức vụ người ký</source>
        <translation>Two lines: ĐẠI DIỆN (name of the supervised body), the signer's position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="63" />
        <source>Họ và tên người ký bên được giám sát</source>
        <translation>Full name of the signer for the supervised body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="66" />
        <source>V/v:</source>
        <translation>Re:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="67" />
        <source>nội dung công văn nói về việc gì</source>
        <translation>what the letter is about</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="69" />
        <source>Về việc:</source>
        <translation>Regarding:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="71" />
        <source>thành lập Đoàn giám sát … (in ra: “Về việc thành lập …”)</source>
        <translation>setting up the delegation … (printed: “Về việc thành lập …”)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="74" />
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="82" />
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="91" />
        <source>Độ mật:</source>
        <translation>Secrecy:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="87" />
        <source>Trưởng đoàn ký:</source>
        <translation>Signer (Head of the delegation):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="89" />
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="98" />
        <source>Kèm theo:</source>
        <translation>Attached to:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="99" />
        <source>Kính gửi:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="100" />
        <source>Căn cứ:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="101" />
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="102" />
        <source>Nơi nhận:</source>
        <translation>Copies to:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="103" />
        <source>Bên Đoàn ký:</source>
        <translation>Delegation's signature:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="104" />
        <source>Bên được giám sát ký:</source>
        <translation>Supervised body's signature:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="105" />
        <source>Người ký bên kia:</source>
        <translation>Signer for the other side:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="128" />
        <source>Mỗi đoạn một dòng. Dòng bắt đầu bằng “- ” là một ý; “I.”, “1.”, “a)” là đề mục; các dòng bắt đầu bằng “|” là một bảng (dòng đầu là tiêu đề, các ô cách nhau bởi “|”).</source>
        <translation>One paragraph per line. A line starting with “- ” is a point; “I.”, “1.”, “a)” start headings; lines starting with “|” make a table (the first line is the header, cells are separated by “|”).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="133" />
        <source>Dòng bắt đầu bằng “Điều 1.” là một điều của quyết định.</source>
        <translation>A line starting with “Điều 1.” is an article of the decision.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="138" />
        <source>Giám sát năm …</source>
        <translation>Supervision in the year …</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="139" />
        <source>Giám sát việc …</source>
        <translation>Supervision of …</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="140" />
        <source>Báo cáo kết quả thực hiện …</source>
        <translation>Report on the results of …</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="141" />
        <source>Làm việc của Đoàn giám sát với …</source>
        <translation>Working session of the delegation with …</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letter_fields.py" line="142" />
        <source>Kết quả giám sát việc …</source>
        <translation>Results of the supervision of …</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="118" />
        <source>Soạn công văn…</source>
        <translation>Write a letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="119" />
        <source>Soạn văn bản khác</source>
        <translation>Write another document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="121" />
        <source>Chương trình, kế hoạch, quyết định, đề cương báo cáo, biên bản, báo cáo</source>
        <translation>Programme, plan, decision, report outline, minutes, report</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="125" />
        <source>{kind}…</source>
        <translation>{kind}…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="128" />
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="129" />
        <source>Hủy văn bản…</source>
        <translation>Cancel document…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="166" />
        <source>{count} văn bản</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="288" />
        <source>Hủy dự thảo</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="289" />
        <source>Bỏ dự thảo “{subject}”? Dự thảo chưa có số.</source>
        <translation>Discard the draft “{subject}”? It has no number yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="306" />
        <source>Hủy {kind} (mã số {id}, không đánh số). Lý do hủy:</source>
        <translation>Cancel the {kind} (id {id}, not numbered). Reason:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="309" />
        <source>Hủy văn bản</source>
        <translation>Cancel document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="302" />
        <source>Hủy văn bản số {symbol} (dòng của nó trong sổ văn bản đi cũng bị hủy; số này không cấp lại). Lý do hủy:</source>
        <translation>Cancel document no. {symbol} (its line in the outgoing register is cancelled too; the number is not given again). Reason:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="146" />
        <source>Văn bản do đơn vị soạn: dự thảo in có chữ DỰ THẢO; khi phát hành, văn bản lấy số của sổ văn bản đi và vào sổ cùng tệp PDF, Word (biên bản, đề cương báo cáo không đánh số: hoàn tất là xong).</source>
        <translation>Documents written by the office: drafts are printed with DỰ THẢO (draft); when issued, a document takes the next number of the outgoing register and is entered there with its PDF and Word files (minutes and report outlines are not numbered: finalising them is the last step).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_page.py" line="319" />
        <source>Văn bản soạn thảo</source>
        <translation>Drafted documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_model.py" line="22" />
        <source>Mã số</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_model.py" line="27" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_model.py" line="32" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_model.py" line="37" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_model.py" line="42" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_model.py" line="47" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/letters_model.py" line="52" />
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="87" />
        <source>Loại văn bản</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="88" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="89" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="90" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="91" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="112" />
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="116" />
        <source>Lập kế hoạch…</source>
        <translation>Draft plan…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="117" />
        <source>Lập quyết định thành lập đoàn…</source>
        <translation>Draft decision setting up the delegation…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="118" />
        <source>Lập đề cương báo cáo…</source>
        <translation>Draft report outline…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="119" />
        <source>Lập báo cáo kết quả…</source>
        <translation>Draft results report…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="124" />
        <source>Mở dự thảo đang soạn, hoặc soạn mới từ thông tin cuộc giám sát</source>
        <translation>Open the draft being written, or write a new one from the supervision session's details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_letters_tab.py" line="130" />
        <source>Phát hành kế hoạch, quyết định thành lập đoàn hay báo cáo kết quả thì cuộc giám sát chuyển sang bước tương ứng. Biên bản lập ở thẻ Buổi làm việc.</source>
        <translation>Issuing the plan, the decision setting up the delegation or the results report moves the supervision session to the matching step. Minutes are drawn up on the Working sessions tab.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="43" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="57" />
        <source>Quên mật khẩu quản trị…</source>
        <translation>Forgot the administrator password…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="66" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="67" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="101" />
        <source>Đang kiểm tra mật khẩu…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="121" />
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="128" />
        <source>Khôi phục mật khẩu quản trị</source>
        <translation>Recover the administrator password</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="122" />
        <source>Mã khôi phục (in khi tạo tài khoản quản trị):</source>
        <translation>Recovery code (printed when the administrator account was made):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="129" />
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/login_dialog.py" line="144" />
        <source>Đang kiểm tra mã khôi phục…</source>
        <translation>Checking the recovery code…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/recovery_code.py" line="15" />
        <source>Mã khôi phục</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/recovery_code.py" line="18" />
        <source>Mã khôi phục mật khẩu quản trị (chỉ hiện một lần, hãy in hoặc chép lại và cất giữ cẩn thận):

{code}</source>
        <translation>Recovery code for the administrator password (shown only once: print or copy it and keep it safe):

{code}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/recovery_code.py" line="25" />
        <source>In mã…</source>
        <translation>Print code…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../giamsat_desktop/ui/overview/pages.py" line="46" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pages.py" line="57" />
        <source>Văn bản đến</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/pages.py" line="67" />
        <source>Văn bản đi</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/pages.py" line="35" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/pages.py" line="48" />
        <source>Giám sát</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/pages.py" line="40" />
        <source>Phản biện xã hội</source>
        <translation>Social criticism</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/pages.py" line="47" />
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/pages.py" line="29" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/pages.py" line="25" />
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/pages.py" line="32" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/pages.py" line="18" />
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="89" />
        <source>Giám sát và phản biện xã hội - MTTQ Việt Nam</source>
        <translation>Supervision and social criticism - Vietnam Fatherland Front</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="165" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="166" />
        <source>&amp;Sao lưu ngay…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="170" />
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="175" />
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="179" />
        <source>Đ&amp;i đến</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="186" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="187" />
        <source>&amp;Việc cần làm…</source>
        <translation>&amp;To do…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="190" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="191" />
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="195" />
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="199" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="211" />
        <source>Dữ liệu: {location}</source>
        <translation>Data: {location}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="303" />
        <source>&lt;h3&gt;Giám sát và phản biện xã hội&lt;/h3&gt;&lt;p&gt;Chương trình quản lý công tác giám sát, phản biện xã hội của Ủy ban MTTQ Việt Nam và các tổ chức thành viên.&lt;/p&gt;&lt;p&gt;Phiên bản: {version}&lt;br&gt;Cơ sở dữ liệu: {location}&lt;br&gt;Thư mục dữ liệu: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Supervision and social criticism&lt;/h3&gt;&lt;p&gt;The program for the supervision and social-criticism work of a Vietnam Fatherland Front committee and its member organisations.&lt;/p&gt;&lt;p&gt;Version: {version}&lt;br&gt;Database: {location}&lt;br&gt;Data folder: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="338" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/letters/pages.py" line="41" />
        <source>Văn bản soạn thảo</source>
        <translation>Drafted documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/pages.py" line="17" />
        <source>Lịch hạn</source>
        <translation>Deadline calendar</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/pages.py" line="22" />
        <source>Giám sát theo QĐ 124</source>
        <translation>Conduct (Reg. 124)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/pages.py" line="40" />
        <source>Đối thoại trực tiếp</source>
        <translation>Direct dialogues</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="90" />
        <source>Biểu đồ nhiệm vụ hoàn thành theo tháng</source>
        <translation>Chart of tasks done per month</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="99" />
        <source>T{month}: {count}</source>
        <translation>Month {month}: {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="108" />
        <source>Tháng {month}/{year}: {total} nhiệm vụ hoàn thành</source>
        <translation>Month {month}/{year}: {total} tasks done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="111" />
        <source>{count} đúng hạn</source>
        <translation>{count} on time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="112" />
        <source>{count} quá hạn</source>
        <translation>{count} late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="115" />
        <source>{count} không có thời hạn</source>
        <translation>{count} with no deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="117" />
        <source>Nhấp để xem các nhiệm vụ này.</source>
        <translation>Click to see these tasks.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="221" />
        <source>Chưa có nhiệm vụ nào hoàn thành trong năm {year}.</source>
        <translation>No tasks were done in {year} yet.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="229" />
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="229" />
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="231" />
        <source>Không có thời hạn</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="266" />
        <source>Nhiệm vụ hoàn thành theo tháng, năm {year}</source>
        <translation>Tasks done per month, {year}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/month_chart.py" line="311" />
        <source>T{month}</source>
        <translation>{month}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/month_grid.py" line="95" />
        <source>Lịch tháng {month} năm {year}</source>
        <translation>Calendar of month {month} of {year}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/month_grid.py" line="209" />
        <source>quá hạn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/month_grid.py" line="210" />
        <source>sắp đến hạn</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/month_grid.py" line="211" />
        <source>còn hạn</source>
        <translation>within the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/month_grid.py" line="212" />
        <source>đã xong</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/month_grid.py" line="250" />
        <source>(ngày nghỉ)</source>
        <translation>(day off)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/month_grid.py" line="252" />
        <source>không có hạn nào</source>
        <translation>no deadlines</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="107" />
        <source>Cuộc giám sát:</source>
        <translation>Supervision session:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="108" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="111" />
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="118" />
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="118" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="127" />
        <source>Hãy ghi lý do.</source>
        <translation>Enter a reason.</translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="52" />
        <source>Nội dung báo cáo %1</source>
        <translation>Report texts %1</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="66" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="67" />
        <source>Lập báo cáo…</source>
        <translation>Write the report…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="70" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="84" />
        <source>I. Đặc điểm tình hình</source>
        <translation>I. Situation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="84" />
        <source>Tình hình chung của địa phương trong kỳ</source>
        <translation>The locality's general situation in the period</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="85" />
        <source>II.1 Lãnh đạo, chỉ đạo</source>
        <translation>II.1 Leadership and direction</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="85" />
        <source>Công tác lãnh đạo, chỉ đạo</source>
        <translation>Leadership and direction</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="86" />
        <source>II.6 Ban TTND, Ban GSĐTCĐ</source>
        <translation>II.6 People's inspection and community investment boards</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="86" />
        <source>Hoạt động của Ban TTND, Ban GSĐTCĐ</source>
        <translation>Work of the people's inspection and community investment supervision boards</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="87" />
        <source>III. Ưu điểm</source>
        <translation>III. Strengths</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="87" />
        <source>Ưu điểm</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="88" />
        <source>III. Hạn chế</source>
        <translation>III. Shortcomings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="88" />
        <source>Hạn chế</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="89" />
        <source>III. Nguyên nhân</source>
        <translation>III. Causes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="89" />
        <source>Nguyên nhân của hạn chế</source>
        <translation>Causes of the shortcomings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="90" />
        <source>IV. Phương hướng</source>
        <translation>IV. Directions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="90" />
        <source>Phương hướng, nhiệm vụ kỳ tới</source>
        <translation>Directions and tasks for the next period</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="91" />
        <source>V. Kiến nghị</source>
        <translation>V. Proposals</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="91" />
        <source>Kiến nghị, đề xuất</source>
        <translation>Recommendations and proposals</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/narrative_dialog.py" line="112" />
        <source>Kỳ này chưa có nội dung: đang đưa lại nội dung đã viết cho %1. Hãy sửa cho kỳ này rồi lưu.</source>
        <translation>This period has no texts yet: showing those written for %1. Edit them for this period, then save.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="29" />
        <source>Ví dụ: Tân Hưng</source>
        <translation>For example: Tân Hưng</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="32" />
        <source>Để trống: dùng tên địa phương</source>
        <translation>Leave empty to use the place name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="34" />
        <source>Ví dụ: Ủy ban MTTQ Việt Nam tỉnh Tây Ninh</source>
        <translation>For example: Ủy ban MTTQ Việt Nam tỉnh Tây Ninh</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="131" />
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="43" />
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="132" />
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="44" />
        <source>Tên địa phương:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="130" />
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="45" />
        <source>Tên đơn vị:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="133" />
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="46" />
        <source>Địa danh ghi ngày tháng:</source>
        <translation>Place in the date line:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="134" />
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="47" />
        <source>Cơ quan cấp trên:</source>
        <translation>Higher body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="135" />
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="48" />
        <source>Ký hiệu văn bản của đơn vị:</source>
        <translation>Office's document symbol:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="138" />
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="49" />
        <source>Họ tên Chủ tịch:</source>
        <translation>Chair's name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="83" />
        <source>Chưa nhập tên địa phương.</source>
        <translation>The place name is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="85" />
        <source>Chưa nhập tên đơn vị.</source>
        <translation>The office name is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="88" />
        <source>Chưa nhập ký hiệu văn bản của đơn vị (ví dụ MTTQ-BTT).</source>
        <translation>The office's document symbol is missing (for example MTTQ-BTT).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/office_form.py" line="90" />
        <source>Ký hiệu văn bản không được có dấu cách hay dấu “/”.</source>
        <translation>The document symbol may not contain spaces or “/”.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="33" />
        <source>Thêm tổ chức</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="33" />
        <source>Sửa tổ chức</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="39" />
        <source>Ví dụ: LHPN</source>
        <translation>For example: LHPN</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="110" />
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="45" />
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="111" />
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="46" />
        <source>Tên đầy đủ:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="112" />
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="47" />
        <source>Tên viết tắt:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="113" />
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="48" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="62" />
        <source>Chưa nhập mã tổ chức.</source>
        <translation>The organisation's code is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/organization_dialog.py" line="64" />
        <source>Chưa nhập tên đầy đủ của tổ chức.</source>
        <translation>The organisation's full name is missing.</translation>
    </message>
</context>
<context>
    <name>OutgoingDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="68" />
        <source>Vào sổ văn bản đi</source>
        <translation>Register an outgoing document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="68" />
        <source>Sửa văn bản đi</source>
        <translation>Edit outgoing document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="92" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="115" />
        <source>Số, ký hiệu:</source>
        <translation>Number, symbol:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="93" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="116" />
        <source>Ngày tháng:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="94" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="117" />
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="95" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="118" />
        <source>Trích yếu nội dung:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="122" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="96" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="124" />
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="98" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="126" />
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="99" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="127" />
        <source>Đơn vị, người nhận bản lưu:</source>
        <translation>Holder of the file copy:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="102" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="128" />
        <source>Số lượng bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="103" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="129" />
        <source>Ngày chuyển:</source>
        <translation>Transfer date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="104" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="130" />
        <source>Độ khẩn:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="105" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="131" />
        <source>Độ mật:</source>
        <translation>Secrecy:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="106" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="132" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="107" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="133" />
        <source>Trả lời văn bản đến:</source>
        <translation>Answers incoming:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="80" />
        <source>Ngày tháng</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="93" />
        <source>Chọn trong Ban Thường trực</source>
        <translation>Choose from the Standing Board</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="108" />
        <source>Ngày chuyển</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="158" />
        <source>{count} văn bản đến (mã số {ids})</source>
        <translation>{count} incoming document(s) (id {ids})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="163" />
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="232" />
        <source>Chức vụ ngoài Ban Thường trực: khối chữ ký ghi theo chức vụ đã nhập.</source>
        <translation>A position outside the Standing Board: the signature block follows the position typed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="236" />
        <source>In dưới chữ ký: {block}</source>
        <translation>Printed above the signature: {block}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="250" />
        <source>{symbol} (dự kiến)</source>
        <translation>{symbol} (expected)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_dialog.py" line="261" />
        <source>Chưa nhập trích yếu nội dung.</source>
        <translation>The subject is missing.</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="67" />
        <source>Sổ văn bản đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="82" />
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="85" />
        <source>Sổ đăng ký văn bản đi (theo năm hoặc khoảng ngày đang lọc)…</source>
        <translation>Outgoing register (for the filtered year or dates)…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="91" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="91" />
        <source>Xuất sổ đang lọc ra Excel…</source>
        <translation>Export the filtered register to Excel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="94" />
        <source>Soạn công văn…</source>
        <translation>Write a letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="97" />
        <source>Soạn công văn trong chương trình; khi phát hành, công văn tự vào sổ này</source>
        <translation>Write a letter in the program; when issued, it is entered in this register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="129" />
        <source>Lý do hủy văn bản {symbol}:</source>
        <translation>Reason for cancelling {symbol}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_page.py" line="71" />
        <source>Sổ đăng ký văn bản đi</source>
        <translation>Outgoing documents register</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="192" />
        <source>Nhiệm vụ quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="193" />
        <source>Nhiệm vụ sắp đến hạn</source>
        <translation>Tasks due soon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="194" />
        <source>Văn bản đến chưa xử lý xong</source>
        <translation>Incoming documents still open</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="195" />
        <source>Văn bản đến quá hạn xử lý</source>
        <translation>Incoming documents overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="197" />
        <source>Văn bản khẩn mới đến</source>
        <translation>New urgent documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="200" />
        <source>Văn bản đến trong năm:</source>
        <translation>Incoming documents this year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="201" />
        <source>Văn bản đi trong năm:</source>
        <translation>Outgoing documents this year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="202" />
        <source>Tổ chức đang theo dõi:</source>
        <translation>Organisations followed:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="203" />
        <source>Cán bộ, thành viên:</source>
        <translation>Staff and members:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="204" />
        <source>Phản biện xã hội trong năm:</source>
        <translation>Social criticism this year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="205" />
        <source>Góp ý theo QĐ 218 trong năm:</source>
        <translation>Feedback under Decision 218 this year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="206" />
        <source>Đối thoại trực tiếp trong năm:</source>
        <translation>Direct dialogues this year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="207" />
        <source>Phản ánh (QĐ 124) trong năm:</source>
        <translation>Citizens' reports (Reg. 124) this year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="210" />
        <source>chưa xử lý và đang xử lý</source>
        <translation>pending and in progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="232" />
        <source>Năm của bảng và biểu đồ</source>
        <translation>Year of the table and chart</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="234" />
        <source>Nhiệm vụ theo tổ chức, giao trong &amp;năm</source>
        <translation>Tasks by organisation, given in the &amp;year</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="245" />
        <source>Nhấp đúp một ô (hoặc chọn ô rồi nhấn Enter) để xem các nhiệm vụ đó. </source>
        <translation>Double-click a cell (or select it and press Enter) to see those tasks. </translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="297" />
        <source>Số liệu ngày {day}</source>
        <translation>Figures as of {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="302" />
        <source>chưa xong, đã qua thời hạn</source>
        <translation>not done, past the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="304" />
        <source>đến hạn trong {days} ngày tới</source>
        <translation>due in the next {days} days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="306" />
        <source>chưa xử lý xong, đã qua hạn</source>
        <translation>not finished, past the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="309" />
        <source>khẩn, thượng khẩn, hỏa tốc; {days} ngày qua</source>
        <translation>urgent, very urgent, flash; last {days} days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="314" />
        <source>Văn bản khẩn, thượng khẩn và hỏa tốc đến từ {start} đến {end}</source>
        <translation>Urgent, very urgent and flash documents received from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="319" />
        <source>Văn bản đến năm {year}:</source>
        <translation>Incoming documents in {year}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="322" />
        <source>Văn bản đi năm {year}:</source>
        <translation>Outgoing documents in {year}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="325" />
        <source>Phản biện xã hội năm {year}:</source>
        <translation>Social criticism in {year}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="328" />
        <source>Góp ý theo QĐ 218 năm {year}:</source>
        <translation>Feedback under Decision 218 in {year}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="331" />
        <source>Đối thoại trực tiếp năm {year}:</source>
        <translation>Direct dialogues in {year}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="334" />
        <source>Phản ánh (QĐ 124) năm {year}:</source>
        <translation>Citizens' reports (Reg. 124) in {year}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="371" />
        <source>phản biện xã hội năm {year}, trừ cuộc đã hủy</source>
        <translation>social criticism in {year}, cancelled ones left out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="376" />
        <source>góp ý theo QĐ 218 năm {year}, trừ cuộc đã hủy</source>
        <translation>feedback under Decision 218 in {year}, cancelled ones left out</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="380" />
        <source>năm {year}</source>
        <translation>in {year}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="295" />
        <source>Chưa khai báo đơn vị</source>
        <translation>No office set up yet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="36" />
        <source>Tổ chức chủ trì</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="37" />
        <source>Tổ chức chủ trì nhiệm vụ</source>
        <translation>The organisation leading the task</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="41" />
        <source>Được
giao</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="42" />
        <source>Nhiệm vụ giao trong năm, trừ nhiệm vụ đã hủy</source>
        <translation>Tasks given in the year, except cancelled ones</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="46" />
        <source>Hoàn thành
đúng hạn</source>
        <translation>Done
on time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="47" />
        <source>Hoàn thành trước hoặc đúng ngày hết hạn</source>
        <translation>Done before or on the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="51" />
        <source>Hoàn thành
quá hạn</source>
        <translation>Done
late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="52" />
        <source>Hoàn thành sau ngày hết hạn</source>
        <translation>Done after the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="56" />
        <source>Đang
quá hạn</source>
        <translation>Overdue
now</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="57" />
        <source>Chưa xong, đã qua thời hạn</source>
        <translation>Not done, past the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="61" />
        <source>Đang
thực hiện</source>
        <translation>In
progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="62" />
        <source>Chưa xong, còn trong hạn</source>
        <translation>Not done, within the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="66" />
        <source>%
đúng hạn</source>
        <translation>%
on time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/organization_figures.py" line="27" />
        <source>% đúng hạn = số hoàn thành đúng hạn ÷ (tất cả đã hoàn thành + đang quá hạn); không tính nhiệm vụ thường xuyên và nhiệm vụ đã hủy</source>
        <translation>% on time = tasks done on time ÷ (all tasks done + tasks overdue now); standing and cancelled tasks are not counted</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="135" />
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="157" />
        <source>Nhấp đúp hoặc nhấn Enter để xem các nhiệm vụ này.</source>
        <translation>Double-click or press Enter to see these tasks.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/overview/organization_table.py" line="192" />
        <source>Nhiệm vụ theo tổ chức</source>
        <translation>Tasks by organisation</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="91" />
        <source>Trở về mẫu gốc</source>
        <translation>Back to the original</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="94" />
        <source>Đưa lời văn gốc của chương trình vào ô này (bấm Lưu để giữ)</source>
        <translation>Put the program's original wording in this box (click Save to keep it)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="101" />
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="83" />
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="84" />
        <source>Trang trước (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="85" />
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="88" />
        <source>Trang sau (PgDn); Home, End: trang đầu, trang cuối</source>
        <translation>Next page (PgDn); Home, End: first page, last page</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="91" />
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="93" />
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="94" />
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="96" />
        <source>Cỡ thật (Ctrl+0); phóng to Ctrl++, thu nhỏ Ctrl+-</source>
        <translation>Actual size (Ctrl+0); zoom in Ctrl++, zoom out Ctrl+-</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="103" />
        <source>Lưu tệp PDF… (Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="105" />
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="213" />
        <location filename="../giamsat_desktop/ui/common/pdf_printing.py" line="114" />
        <source>Trang {n} / {count}</source>
        <translation>Page {n} / {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="273" />
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="285" />
        <source>Lưu tệp PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="275" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="286" />
        <source>Không ghi được tệp {path}.
{reason}</source>
        <translation>Could not write the file {path}.
{reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="302" />
        <source>In {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="330" />
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="342" />
        <source>Không ghi được tệp {path}.</source>
        <translation>Could not write the file {path}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="345" />
        <source>Máy in {name} không nhận lệnh in. Hãy xem máy in đã bật và đã nối với máy tính.</source>
        <translation>The printer {name} did not take the print job. Check that it is on and connected to the computer.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/pdf_preview_dialog.py" line="349" />
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="57" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="57" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="57" />
        <source>Nhận xét</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="67" />
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/session_dialog.py" line="69" />
        <source>Xóa người</source>
        <translation>Remove person</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="58" />
        <source>Năm báo cáo</source>
        <translation>Reporting year</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="62" />
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="63" />
        <source>6 tháng đầu năm</source>
        <translation>First half</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="64" />
        <source>6 tháng cuối năm</source>
        <translation>Second half</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="65" />
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="66" />
        <source>Khoảng ngày…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="68" />
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="70" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="69" />
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="71" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="72" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="73" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="76" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="78" />
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="159" />
        <source>Nhập đủ từ ngày, đến ngày (đến ngày không trước từ ngày).</source>
        <translation>Enter both dates (the end not before the start).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="163" />
        <source>Khoảng ngày: {days}</source>
        <translation>Date range: {days}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="165" />
        <source>Kỳ theo Nghị định 09/2019: {days}</source>
        <translation>Period under Decree 09/2019: {days}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/period_bar.py" line="167" />
        <source>Kỳ theo năm dương lịch: {days}</source>
        <translation>Calendar period: {days}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="29" />
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="29" />
        <source>Sửa thông tin người</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="36" />
        <source>(Cơ quan MTTQ)</source>
        <translation>(Front office)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="117" />
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="41" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="118" />
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="42" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="119" />
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="43" />
        <source>Tổ chức:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/audit/audit_text.py" line="120" />
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="44" />
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/person_dialog.py" line="58" />
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name is missing.</translation>
    </message>
</context>
<context>
    <name>PinnedFilter</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/filter_parts.py" line="51" />
        <source>Bỏ lọc</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/filter_parts.py" line="68" />
        <source>Đang xem: {words}</source>
        <translation>Showing: {words}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/placeholder_page.py" line="18" />
        <source>Chức năng này chưa có trong phiên bản này của chương trình. Dữ liệu hiện có không bị ảnh hưởng.</source>
        <translation>This part is not available in this version of the program yet. Existing data is not affected.</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="59" />
        <source>Thêm nội dung phản biện</source>
        <translation>Add a criticism point</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="61" />
        <source>Sửa nội dung phản biện</source>
        <translation>Edit the criticism point</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="68" />
        <source>Nội dung được phản biện (điều, khoản, vấn đề):</source>
        <translation>What is criticised (article, clause, issue):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="69" />
        <source>Ý kiến phản biện:</source>
        <translation>Opinion:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="70" />
        <source>Kiến nghị, đề xuất:</source>
        <translation>Proposal:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="73" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="75" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="95" />
        <source>Hãy ghi nội dung được phản biện.</source>
        <translation>Type what is criticised.</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="119" />
        <source>Nội dung được phản biện</source>
        <translation>What is criticised</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="120" />
        <source>Ý kiến</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="121" />
        <source>Kiến nghị, đề xuất</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="122" />
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="123" />
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="137" />
        <source>Thêm nội dung…</source>
        <translation>Add a point…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="139" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="141" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="143" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_points.py" line="145" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="91" />
        <source>Ngày thống nhất</source>
        <translation>Date agreed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="93" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="95" />
        <source>In chương trình…</source>
        <translation>Print programme…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="98" />
        <source>Chương trình giám sát năm như văn bản: xem trước, in, phát hành</source>
        <translation>The annual supervision programme as a document: preview, print, issue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="101" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="103" />
        <source>Tên chương trình:</source>
        <translation>Programme title:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="105" />
        <source>Ngày thống nhất:</source>
        <translation>Date agreed:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="119" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="120" />
        <source>Nội dung giám sát</source>
        <translation>Subject of the supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="121" />
        <source>Đối tượng</source>
        <translation>Supervised body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="122" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="123" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="124" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="125" />
        <source>Tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="126" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="152" />
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="154" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="156" />
        <source>Hoãn…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="158" />
        <source>Hủy…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="160" />
        <source>Khôi phục</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="162" />
        <source>Mở thành cuộc giám sát</source>
        <translation>Open as a supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="165" />
        <source>Lập cuộc giám sát từ dòng này, hoặc mở cuộc giám sát đã lập</source>
        <translation>Create a supervision session from this line, or open the one already created</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="219" />
        <source>Chương trình giám sát năm {year}</source>
        <translation>Supervision programme for {year}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="238" />
        <source>Tháng {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="240" />
        <source>Quý {quarter}</source>
        <translation>Quarter {quarter}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="241" />
        <source>MTTQ</source>
        <translation>MTTQ</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="243" />
        <source>Phối hợp</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="246" />
        <source>Mã số {id}: {step}</source>
        <translation>Id {id}: {step}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="263" />
        <source>Dự kiến {planned} · đang thực hiện {doing} · đã xong {done} · hoãn {postponed} · hủy {cancelled}</source>
        <translation>Planned {planned} · in progress {doing} · done {done} · postponed {postponed} · cancelled {cancelled}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="402" />
        <source>Hoãn</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/programme_tab.py" line="404" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/common.py" line="63" />
        <source>Về:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/common.py" line="68" />
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/common.py" line="68" />
        <source>Lý do (nếu có):</source>
        <translation>Reason (if any):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/common.py" line="74" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/common.py" line="90" />
        <source>Hãy ghi lý do.</source>
        <translation>Enter a reason.</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="114" />
        <source>Kiến nghị — Mã số {id}</source>
        <translation>Recommendation — ID {id}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="136" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="136" />
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="136" />
        <source>Lý do, văn bản</source>
        <translation>Reason, document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="136" />
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="142" />
        <source>Trả lời</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="143" />
        <source>Quá trình</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="146" />
        <source>&lt;b&gt;Tài khoản chỉ xem:&lt;/b&gt; xem được kiến nghị nhưng không ghi được.</source>
        <translation>&lt;b&gt;View-only account:&lt;/b&gt; the recommendation can be read but nothing can be recorded.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="154" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="422" />
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="156" />
        <source>Đóng kiến nghị…</source>
        <translation>Close recommendation…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="158" />
        <source>Hoàn lại bước…</source>
        <translation>Undo step…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="160" />
        <source>Lập văn bản đôn đốc…</source>
        <translation>Draft chasing letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="162" />
        <source>Lập văn bản kiến nghị cấp trên…</source>
        <translation>Draft escalation letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="165" />
        <source>Khi đã quá hạn trả lời mà chưa có văn bản trả lời</source>
        <translation>When the reply is overdue and no reply document has come</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="166" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="168" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="240" />
        <source>Cuộc giám sát: {subject}</source>
        <translation>Supervision session: {subject}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="254" />
        <source>Trạng thái: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="256" />
        <source>gửi ngày {day}</source>
        <translation>sent on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="258" />
        <source>gửi bằng văn bản số {symbol} ngày {day}</source>
        <translation>sent by letter no. {symbol} of {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="263" />
        <source>hạn trả lời {day}</source>
        <translation>reply due {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="266" />
        <source>kiến nghị cấp trên ngày {day}</source>
        <translation>escalated on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="271" />
        <source>lý do đóng: {reason}</source>
        <translation>reason for closing: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="383" />
        <source>Bỏ trả lời</source>
        <translation>Remove reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="384" />
        <source>Bỏ trả lời “{kind}” ngày {day}?</source>
        <translation>Remove the “{kind}” reply of {day}?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="400" />
        <source>Trả lời này đã chuyển kiến nghị sang “{state}”: muốn bỏ nó thì bấm Hoàn lại bước…</source>
        <translation>This reply moved the recommendation to “{state}”: to remove it, click Undo step…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="423" />
        <source>Ghi nhận kiến nghị đã được giải quyết, ngày {day}?</source>
        <translation>Record the recommendation as resolved on {day}?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="445" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="446" />
        <source>Đóng kiến nghị</source>
        <translation>Close recommendation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="447" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="468" />
        <source>Kiến nghị:</source>
        <translation>Recommendation:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="466" />
        <source>Hoàn lại bước vừa rồi</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_dialog.py" line="467" />
        <source>Hoàn lại</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="93" />
        <source>Ghi kiến nghị</source>
        <translation>Recommendation written</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="95" />
        <source>Hoàn lại về “{state}”</source>
        <translation>Undone back to “{state}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="99" />
        <source>Chuyển sang “{state}”</source>
        <translation>Moved to “{state}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="103" />
        <source>Ghi nhận trả lời</source>
        <translation>Reply recorded</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="105" />
        <source>Đôn đốc trả lời</source>
        <translation>Reply chased</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="157" />
        <source>Bước hoàn lại: từ “{new}” trở về “{old}”.</source>
        <translation>Step undone: from “{new}” back to “{old}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="162" />
        <source>Trả lời “{kind}” ngày {day} đã làm nên bước này, bỏ cùng.</source>
        <translation>The “{kind}” reply of {day} made this step and goes with it.</translation>
    </message>
</context>
<context>
    <name>RecommendationEditDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="54" />
        <source>Thêm kiến nghị</source>
        <translation>Add recommendation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="54" />
        <source>Sửa kiến nghị</source>
        <translation>Edit recommendation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="70" />
        <source>Chọn đối tượng giám sát hoặc cơ quan cấp trên trực tiếp của nó, hoặc gõ tên cơ quan khác.</source>
        <translation>Choose the supervised body or its direct superior body, or type the name of another body.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="76" />
        <source>Nội dung kiến nghị:</source>
        <translation>Recommendation text:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="77" />
        <source>Cơ quan nhận:</source>
        <translation>Addressed body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="82" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="84" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="100" />
        <source>Hãy ghi nội dung kiến nghị.</source>
        <translation>Please write the recommendation text.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/recommendation_edit.py" line="103" />
        <source>Hãy chọn hoặc gõ cơ quan nhận kiến nghị.</source>
        <translation>Please choose or type the addressed body.</translation>
    </message>
</context>
<context>
    <name>RecommendationFields</name>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="35" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="38" />
        <source>Số ngày cơ quan nhận phải trả lời bằng văn bản, kể từ ngày gửi</source>
        <translation>Days the addressed body has to reply in writing, counted from the sending date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="44" />
        <source>Hạn khắc phục</source>
        <translation>Remedy deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="48" />
        <source>Nội dung kiến nghị:</source>
        <translation>Recommendation text:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="49" />
        <source>Cơ quan nhận:</source>
        <translation>Addressed body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="50" />
        <source>Thời hạn trả lời:</source>
        <translation>Time to reply:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="51" />
        <source>Cam kết khắc phục:</source>
        <translation>Remedial commitment:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_fields.py" line="52" />
        <source>Hạn khắc phục:</source>
        <translation>Remedy deadline:</translation>
    </message>
</context>
<context>
    <name>RecommendationFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_filter_bar.py" line="48" />
        <source>Tìm theo nội dung, cơ quan nhận, cuộc giám sát… (Ctrl+F)</source>
        <translation>Search by text, addressed body, supervision session… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_filter_bar.py" line="60" />
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_filter_bar.py" line="61" />
        <source>Đang theo dõi</source>
        <translation>Following up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_filter_bar.py" line="62" />
        <source>Quá hạn trả lời</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_filter_bar.py" line="67" />
        <source>Mọi cơ quan nhận</source>
        <translation>All addressed bodies</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_filter_bar.py" line="71" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_filter_bar.py" line="86" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_page.py" line="75" />
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_page.py" line="96" />
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_page.py" line="99" />
        <source>Cùng cuộc giám sát</source>
        <translation>Same session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_page.py" line="103" />
        <source>Chỉ hiện các kiến nghị của cuộc giám sát có dòng đang chọn</source>
        <translation>Show only the recommendations of the selected row's supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_page.py" line="170" />
        <source>{count} kiến nghị</source>
        <translation>{count} recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="40" />
        <source>Quá hạn trả lời</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="71" />
        <source>Hạn trả lời {due}, đã quá {days} ngày mà chưa có văn bản trả lời.</source>
        <translation>Reply due {due}; {days} days past it with no written reply.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="79" />
        <source>{total} kiến nghị · {open} đang theo dõi · {overdue} quá hạn trả lời</source>
        <translation>{total} recommendations · {open} followed up · {overdue} reply overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="97" />
        <source>quá hạn trả lời ngày {day}</source>
        <translation>reply overdue on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="102" />
        <source>đang theo dõi</source>
        <translation>followed up</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="108" />
        <source>hạn trả lời ngày {day}</source>
        <translation>reply due on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="116" />
        <source>hạn trả lời từ {start} đến {end}</source>
        <translation>reply due from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="122" />
        <source>hạn khắc phục ngày {day}</source>
        <translation>fix due on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="130" />
        <source>hạn khắc phục từ {start} đến {end}</source>
        <translation>fix due from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="137" />
        <source>năm {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="141" />
        <source>cuộc giám sát: {subject}</source>
        <translation>supervision: {subject}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="143" />
        <source>cuộc giám sát mã số {id}</source>
        <translation>supervision ID {id}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_texts.py" line="149" />
        <source>mọi kiến nghị</source>
        <translation>all recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="53" />
        <source>Mã số</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="55" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="58" />
        <source>Cơ quan nhận</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="61" />
        <source>Cuộc giám sát</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="64" />
        <source>Ngày gửi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="66" />
        <source>Hạn trả lời</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="70" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="73" />
        <source>Trả lời</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="94" />
        <source>Lý do đóng: {reason}</source>
        <translation>Closed because: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendations_model.py" line="98" />
        <source>Văn bản số {symbol}</source>
        <translation>Letter No. {symbol}</translation>
    </message>
</context>
<context>
    <name>RecommendationsTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="91" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="92" />
        <source>Nội dung kiến nghị</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="93" />
        <source>Cơ quan nhận</source>
        <translation>Addressed body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="94" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="95" />
        <source>Ngày gửi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="96" />
        <source>Hạn trả lời</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="119" />
        <source>Thêm kiến nghị…</source>
        <translation>Add recommendation…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="121" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="123" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="125" />
        <source>Lập văn bản kiến nghị…</source>
        <translation>Draft recommendation letter…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="128" />
        <source>Mở dự thảo đang soạn, hoặc soạn mới văn bản gửi các kiến nghị chưa gửi</source>
        <translation>Open the draft being written, or write a new letter sending the unsent recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="130" />
        <source>Xem ở trang Kiến nghị</source>
        <translation>View on the Recommendations page</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="134" />
        <source>Mở trang Kiến nghị với các kiến nghị của cuộc giám sát này: ghi nhận trả lời, đôn đốc, kiến nghị cấp trên</source>
        <translation>Open the Recommendations page with this session's recommendations: record replies, chase, escalate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="144" />
        <source>Phát hành văn bản kiến nghị thì các kiến nghị gửi đi (mỗi cơ quan một văn bản), hạn trả lời tính từ ngày phát hành và cuộc giám sát chuyển sang “Đang theo dõi”. Trả lời, đôn đốc, kiến nghị cấp trên: ở trang Kiến nghị.</source>
        <translation>Issuing the recommendation letter sends the recommendations (one letter per body); the reply deadline runs from the issue date and the supervision session moves to “Following up”. Replies, chasing, escalation: on the Recommendations page.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="216" />
        <source>Quá hạn trả lời</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="319" />
        <source>Xóa kiến nghị</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_recommendations.py" line="320" />
        <source>Xóa kiến nghị “{content}”? Kiến nghị chưa gửi đi.</source>
        <translation>Delete the recommendation “{content}”? It has not been sent.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/record_dialog.py" line="156" />
        <source>Bỏ những gì đã nhập?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/record_dialog.py" line="157" />
        <source>Những gì vừa nhập chưa được lưu.</source>
        <translation>What you typed has not been saved.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/record_dialog.py" line="158" />
        <source>Bỏ</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/record_dialog.py" line="159" />
        <source>Tiếp tục nhập</source>
        <translation>Keep typing</translation>
    </message>
</context>
<context>
    <name>RegisterFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="56" />
        <source>Tìm theo số ký hiệu, tác giả, trích yếu… (Ctrl+F)</source>
        <translation>Search symbol, issuing body, subject… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="67" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="71" />
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="75" />
        <source>Mọi tác giả</source>
        <translation>All issuing bodies</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="79" />
        <source>Mọi độ khẩn</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="81" />
        <source>Khẩn trở lên</source>
        <translation>Urgent and above</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="84" />
        <source>Khẩn, thượng khẩn và hỏa tốc</source>
        <translation>Urgent, very urgent and flash</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="88" />
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="101" />
        <source>Chưa xử lý, đang xử lý và quá hạn</source>
        <translation>Not handled, in progress and overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="122" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="124" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/filter_bar.py" line="126" />
        <source>đến</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="142" />
        <source>{count} văn bản</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="103" />
        <source>Vào sổ (Ctrl+N)</source>
        <translation>Register (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="103" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="254" />
        <source>Xóa hẳn…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="257" />
        <source>Xóa hẳn nội dung của văn bản đã hủy; dòng và số vẫn ở lại trong sổ.</source>
        <translation>Remove the content of a cancelled document for good; its line and number stay in the register.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="268" />
        <source>Xóa hẳn văn bản đã hủy</source>
        <translation>Purge a cancelled document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="270" />
        <source>Xóa hẳn nội dung của văn bản đã hủy {name}?

Trích yếu, nơi nhận, ghi chú và tệp đính kèm của văn bản bị xóa khỏi sổ và chỉ lấy lại được từ bản sao lưu. Dòng của văn bản và số của nó vẫn ở lại trong sổ; số đó không được cấp lại.</source>
        <translation>Remove the content of the cancelled document {name} for good?

Its subject, recipients, notes and attachments are removed from the register and can only be recovered from a backup. The document's line and its number stay in the register; that number is never given again.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="104" />
        <location filename="../giamsat_desktop/ui/registers/register_page.py" line="289" />
        <source>Hủy văn bản</source>
        <translation>Cancel document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/output_actions.py" line="48" />
        <source>Đang tạo bản in…</source>
        <translation>Making the printout…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/output_actions.py" line="68" />
        <location filename="../giamsat_desktop/ui/common/output_actions.py" line="79" />
        <source>Xuất ra Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/output_actions.py" line="70" />
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/output_actions.py" line="80" />
        <source>Đã ghi {count} dòng vào {path}.</source>
        <translation>Wrote {count} rows to {path}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/output_actions.py" line="85" />
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="75" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="80" />
        <source>Ngày đến</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="84" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="85" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="39" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="87" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="44" />
        <source>Ngày tháng</source>
        <translation>Doc. date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="92" />
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="49" />
        <source>Tên loại và trích yếu nội dung</source>
        <translation>Type and subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="96" />
        <source>Đơn vị hoặc người nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="100" />
        <source>Độ khẩn</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="104" />
        <source>Hạn xử lý</source>
        <translation>The deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/incoming_model.py" line="108" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_model.py" line="28" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_model.py" line="32" />
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/register_model.py" line="51" />
        <source>Đã hủy: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="34" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="53" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="56" />
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="60" />
        <source>Bản lưu</source>
        <translation>File copy</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/registers/outgoing_model.py" line="63" />
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>RepliesTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="118" />
        <source>Ngày trả lời</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="119" />
        <source>Nội dung trả lời</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="120" />
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="121" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="126" />
        <source>Ghi nhận trả lời…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="128" />
        <source>Bỏ trả lời</source>
        <translation>Remove reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="149" />
        <source>Trả lời này đã chuyển kiến nghị sang “Đã trả lời” hoặc “Đã giải quyết”: muốn bỏ nó thì bấm Hoàn lại bước…</source>
        <translation>This reply moved the recommendation to “Replied” or “Resolved”: to remove it, click Undo step…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="153" />
        <source>Bỏ một trả lời ghi nhầm mà không làm đổi trạng thái kiến nghị</source>
        <translation>Remove a reply recorded by mistake without changing the recommendation's state</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="171" />
        <source>Ghi nhận trả lời</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="173" />
        <source>Kiến nghị:</source>
        <translation>Recommendation:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="56" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="172" />
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="55" />
        <source>Ghi nhận trả lời của cơ quan soạn thảo</source>
        <translation>Record the drafting body’s reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="57" />
        <source>Dự thảo:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="69" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="183" />
        <source>Ngày trả lời</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="72" />
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="152" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="190" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="231" />
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="75" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="193" />
        <source>Chọn văn bản đến…</source>
        <translation>Choose incoming document…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="77" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="195" />
        <source>Bỏ chọn</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="83" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="205" />
        <source>Ngày trả lời:</source>
        <translation>Reply date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="87" />
        <source>&lt;b&gt;Nội dung được phản biện&lt;/b&gt;</source>
        <translation>&lt;b&gt;What is criticised&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="88" />
        <source>&lt;b&gt;Trả lời&lt;/b&gt;</source>
        <translation>&lt;b&gt;Answer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="89" />
        <source>&lt;b&gt;Giải trình, ý kiến của cơ quan soạn thảo&lt;/b&gt;</source>
        <translation>&lt;b&gt;The drafting body’s explanation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="100" />
        <source>(chưa trả lời)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="124" />
        <source>Nội dung để “(chưa trả lời)” giữ nguyên như trước; quá hạn trả lời mà vẫn chưa có trả lời thì ghi đỏ.</source>
        <translation>A point left “(not answered)” stays as it was; one still unanswered past the deadline shows in red.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="182" />
        <source>Hãy chọn văn bản trả lời hoặc ghi trả lời của ít nhất một nội dung.</source>
        <translation>Choose the reply document or give the answer to at least one point.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="206" />
        <source>Nội dung trả lời:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="84" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="207" />
        <source>Văn bản trả lời:</source>
        <translation>Reply document:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="208" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="139" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="218" />
        <source>Chọn văn bản trả lời trong sổ văn bản đến</source>
        <translation>Choose the reply document in the incoming register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="140" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="219" />
        <source>Chọn dòng của văn bản trả lời; gõ số, ký hiệu hay vài chữ để tìm.</source>
        <translation>Choose the reply document's row; type a number, symbol or a few words to search.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/criticism/criticism_steps.py" line="156" />
        <location filename="../giamsat_desktop/ui/recommendations/recommendation_parts.py" line="235" />
        <source>Số {symbol} ngày {day} của {issuer}: {subject}</source>
        <translation>No. {symbol} of {day} from {issuer}: {subject}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="62" />
        <source>Thêm phản ánh</source>
        <translation>Add citizens' report</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="62" />
        <source>Sửa phản ánh</source>
        <translation>Edit citizens' report</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="71" />
        <source>Ngày tiếp nhận</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="80" />
        <source>Địa chỉ hoặc số điện thoại</source>
        <translation>Address or phone number</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="83" />
        <source>Người phản ánh được giữ kín: chỉ quản trị và tài khoản được cấp quyền “Xem người phản ánh” mới xem được.</source>
        <translation>The reporter is kept confidential: only administrators and accounts given the “See reporters” right can see who it is.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="97" />
        <source>Cơ quan, tổ chức có thẩm quyền xem xét</source>
        <translation>Body or organisation competent to consider it</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="99" />
        <source>Ngày chuyển xử lý</source>
        <translation>Date forwarded</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="104" />
        <source>(không có văn bản chuyển)</source>
        <translation>(no forwarding letter)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="110" />
        <source>Ngày có kết quả</source>
        <translation>Result date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="114" />
        <source>Ngày tiếp nhận:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="115" />
        <source>Hình thức tiếp nhận:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="117" />
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="122" />
        <source>Người phản ánh:</source>
        <translation>Reporter:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="118" />
        <source>Liên hệ người phản ánh:</source>
        <translation>Reporter's contact:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="123" />
        <source>Người bị phản ánh:</source>
        <translation>Person reported on:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="124" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="125" />
        <source>Nội dung phản ánh:</source>
        <translation>Report content:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="126" />
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="127" />
        <source>Chuyển đến:</source>
        <translation>Forwarded to:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="128" />
        <source>Ngày chuyển:</source>
        <translation>Date forwarded:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="129" />
        <source>Văn bản chuyển:</source>
        <translation>Forwarding letter:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="130" />
        <source>Kết quả xử lý:</source>
        <translation>Handling result:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="131" />
        <source>Ngày có kết quả:</source>
        <translation>Result date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="132" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="171" />
        <source>Chưa nhập người bị phản ánh.</source>
        <translation>The person reported on is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="173" />
        <source>Chưa nhập nội dung phản ánh.</source>
        <translation>The report content is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="176" />
        <source>Chưa nhập nơi chuyển đến.</source>
        <translation>Where it was forwarded to is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="177" />
        <source>Chưa nhập ngày chuyển.</source>
        <translation>The date forwarded is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="178" />
        <source>Chưa nhập kết quả xử lý.</source>
        <translation>The handling result is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="179" />
        <source>Chưa nhập ngày có kết quả.</source>
        <translation>The result date is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/report_dialog.py" line="185" />
        <source>Tài khoản chỉ xem không sửa được.</source>
        <translation>A view-only account cannot make changes.</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_filters.py" line="156" />
        <source>Tìm theo người bị phản ánh, nội dung, nơi chuyển… (Ctrl+F)</source>
        <translation>Search by person reported on, content, forwarded to… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_filters.py" line="162" />
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_filters.py" line="167" />
        <source>Mọi hình thức tiếp nhận</source>
        <translation>Any channel</translation>
    </message>
</context>
<context>
    <name>ReportList</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="193" />
        <source>Phản ánh của nhân dân</source>
        <translation>Citizens' reports</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="219" />
        <source>Thêm phản ánh… (Ctrl+N)</source>
        <translation>Add a citizens' report… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="219" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="223" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="225" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="228" />
        <source>Ghi danh sách đang lọc ra tệp Excel (không có người phản ánh)</source>
        <translation>Write the filtered list to an Excel file (without the reporters)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="252" />
        <source>{count} phản ánh</source>
        <translation>{count} citizens' reports</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="302" />
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="315" />
        <source>Xóa phản ánh</source>
        <translation>Delete citizens' report</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_lists.py" line="304" />
        <source>Xóa phản ánh về “{name}” nhận ngày {day}? Nhật ký thay đổi vẫn giữ lại.</source>
        <translation>Delete the citizens' report on “{name}” received on {day}? The change log keeps it.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="101" />
        <source>Kỳ báo cáo của đơn vị</source>
        <translation>The office's reporting periods</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="104" />
        <source>Kỳ báo cáo của đơn vị:</source>
        <translation>Office's reporting periods:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="108" />
        <source>Chỉ người có quyền sửa mới đổi được kỳ báo cáo.</source>
        <translation>Only an account that may edit can change the reporting periods.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="109" />
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="111" />
        <source>Ghi sáu bảng thống kê của kỳ vào một sổ Excel gửi cấp trên.</source>
        <translation>Write the period's six statistics tables to an Excel book for the higher level.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="113" />
        <source>Báo cáo định &amp;kỳ…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="115" />
        <source>Viết phần nội dung của báo cáo định kỳ của kỳ này, rồi lập báo cáo.</source>
        <translation>Write this period's report texts, then the report.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="117" />
        <source>Tổng hợp từ đơn vị cấp &amp;dưới…</source>
        <translation>Consolidate the offices &amp;below…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="119" />
        <source>Cộng các sổ thống kê Excel của các đơn vị cấp dưới thành một sổ của kỳ này.</source>
        <translation>Add up the Excel statistics books of the offices below into one book of this period.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="183" />
        <source>Thống kê {period}. Tình trạng tính đến ngày {day}.</source>
        <translation>Statistics {period}. States as of {day}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="199" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="243" />
        <source>Xuất bảng thống kê ra Excel</source>
        <translation>Export the statistics to Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="245" />
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="254" />
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="254" />
        <source>Đã ghi {path}.</source>
        <translation>Written: {path}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/reports_page.py" line="258" />
        <source>Đang ghi sổ Excel…</source>
        <translation>Writing the Excel book…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="50" />
        <source>cuộc giám sát</source>
        <translation>supervision sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="52" />
        <source>kiến nghị</source>
        <translation>recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="54" />
        <source>cuộc góp ý</source>
        <translation>feedback sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="56" />
        <source>cuộc phản biện xã hội</source>
        <translation>social criticism sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="58" />
        <source>cuộc đối thoại</source>
        <translation>dialogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="60" />
        <source>cuộc giám sát theo QĐ 124</source>
        <translation>conduct sessions (Reg. 124)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="62" />
        <source>phản ánh</source>
        <translation>citizens' reports</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="63" />
        <source>nhiệm vụ</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="69" />
        <source>được tính ở ô «{column}», dòng {row}, {period}</source>
        <translation>counted in the cell «{column}», row {row}, {period}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="71" />
        <source>góp vào ô «{column}», dòng {row}, {period}</source>
        <translation>adding to the cell «{column}», row {row}, {period}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/reports/figure_lists.py" line="74" />
        <source> (tính đến ngày {day})</source>
        <translation> (as of {day})</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/step_dialog.py" line="66" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="87" />
        <source>Cuộc giám sát</source>
        <translation>Supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="114" />
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="115" />
        <source>Đoàn giám sát</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="116" />
        <source>Buổi làm việc</source>
        <translation>Working sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="117" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="118" />
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="119" />
        <source>Quá trình</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="122" />
        <source>&lt;b&gt;Tài khoản chỉ xem:&lt;/b&gt; xem được cuộc giám sát nhưng không ghi được.</source>
        <translation>&lt;b&gt;View-only account:&lt;/b&gt; the supervision session can be read but nothing can be recorded.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="132" />
        <source>Hủy cuộc giám sát…</source>
        <translation>Cancel the supervision session…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="134" />
        <source>Hoàn tác bước vừa rồi…</source>
        <translation>Undo the last step…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="136" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="138" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="217" />
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="218" />
        <source>Cuộc giám sát mới</source>
        <translation>New supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="219" />
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="223" />
        <source>Cuộc giám sát — Mã số {id}</source>
        <translation>Supervision session — id {id}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="225" />
        <source>Bước: {step}</source>
        <translation>Step: {step}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="227" />
        <source>lý do: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="233" />
        <source>Gửi kế hoạch, quyết định chậm nhất: {due}</source>
        <translation>Send the plan and decision by: {due}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="237" />
        <source>(đã gửi {day})</source>
        <translation>(sent {day})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="239" />
        <source>Báo cáo chậm nhất: {due}</source>
        <translation>Report due by: {due}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="241" />
        <source>(đã báo cáo {day})</source>
        <translation>(reported {day})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="244" />
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="246" />
        <source>CHẬM</source>
        <translation>LATE</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="279" />
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="419" />
        <source>Chuyển sang: {step}</source>
        <translation>Move to: {step}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="420" />
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="437" />
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="438" />
        <source>Hủy cuộc giám sát</source>
        <translation>Cancel the supervision session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="458" />
        <source>Hoàn tác bước vừa rồi</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="459" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="491" />
        <source>Xóa buổi làm việc</source>
        <translation>Delete working session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_dialog.py" line="492" />
        <source>Xóa buổi làm việc ngày {day}?</source>
        <translation>Delete the working session of {day}?</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="80" />
        <source>Cơ quan chủ trì khi MTTQ phối hợp</source>
        <translation>The body that leads when the MTTQ is cooperating</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="85" />
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="87" />
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="91" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="102" />
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="103" />
        <source>Vai trò của MTTQ:</source>
        <translation>Role of the MTTQ:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="104" />
        <source>Chủ trì (phía MTTQ):</source>
        <translation>Lead (MTTQ side):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="105" />
        <source>Cơ quan chủ trì:</source>
        <translation>Leading body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="106" />
        <source>Đối tượng giám sát:</source>
        <translation>Supervised body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="107" />
        <source>Cấp trên trực tiếp:</source>
        <translation>Direct superior body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="108" />
        <source>Thời gian dự kiến:</source>
        <translation>Planned time:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="109" />
        <source>Tổ chức tham gia:</source>
        <translation>Participating organisations:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="115" />
        <source>Nội dung giám sát:</source>
        <translation>Subject of the supervision:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="116" />
        <source>Phạm vi (thời kỳ, vấn đề):</source>
        <translation>Scope (period, matters):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="117" />
        <source>Các nội dung giám sát (mỗi nội dung một dòng):</source>
        <translation>Contents supervised (one per line):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="118" />
        <source>Căn cứ (mỗi căn cứ một dòng):</source>
        <translation>Legal basis (one per line):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_fields.py" line="137" />
        <source>Ủy ban MTTQ (Ban Thường trực)</source>
        <translation>MTTQ Committee (Standing Board)</translation>
    </message>
</context>
<context>
    <name>SessionFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_filter_bar.py" line="28" />
        <source>Tìm theo nội dung, đối tượng, tổ chức… (Ctrl+F)</source>
        <translation>Search by subject, supervised body, organisation… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_filter_bar.py" line="39" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_filter_bar.py" line="42" />
        <source>Mọi hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_filter_bar.py" line="47" />
        <source>Chủ trì và phối hợp</source>
        <translation>Lead and cooperating</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_filter_bar.py" line="52" />
        <source>Mọi bước</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_filter_bar.py" line="53" />
        <source>Chưa xong</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_filter_bar.py" line="66" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="69" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="79" />
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="81" />
        <source>Ngôn ngữ giao diện:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="84" />
        <source>Đổi nơi lưu dữ liệu…</source>
        <translation>Change where the data is kept…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="90" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="91" />
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="93" />
        <source>Thông tin đơn vị</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="95" />
        <source>Lưu thông tin đơn vị</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="140" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="143" />
        <source>Ví dụ: ổ USB E:\SaoLuu</source>
        <translation>For example: USB drive E:\SaoLuu</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="145" />
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="148" />
        <source>Thư mục sao lưu tự động</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="157" />
        <source>Thư mục sao lưu tự động:</source>
        <translation>Automatic backups in:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="161" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="163" />
        <source>Nhắc khi chưa sao lưu ra ngoài sau:</source>
        <translation>Remind when nothing left the PC for:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="165" />
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="167" />
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="177" />
        <source>Mẫu văn bản</source>
        <translation>Standard wording</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="180" />
        <source>Lời văn thường dùng (câu kết, nơi nhận…) mà văn bản mới của đơn vị bắt đầu từ đó; mọi máy của đơn vị dùng chung.</source>
        <translation>The usual wording (closing, copies to…) that the office's new documents start from; every PC of the office shares it.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="185" />
        <source>Mẫu văn bản…</source>
        <translation>Standard wording…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="234" />
        <source>Nơi lưu dữ liệu</source>
        <translation>Where the data is kept</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="236" />
        <source>Đã lưu nơi lưu dữ liệu mới. Mở lại chương trình với dữ liệu mới ngay bây giờ?</source>
        <translation>The new place for the data is saved. Open the program again with the new data now?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/settings_page.py" line="264" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="65" />
        <source>Mở dòng đang chọn trong bảng</source>
        <translation>Open the line selected in the table</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="68" />
        <source>Đưa con trỏ vào ô tìm kiếm</source>
        <translation>Put the cursor in the search box</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="71" />
        <source>In sổ đăng ký của năm hoặc khoảng ngày đang lọc</source>
        <translation>Print the register of the filtered year or dates</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="80" />
        <source>Phím tắt của trang</source>
        <translation>The page's shortcut</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="124" />
        <source>Trình đơn {menu}</source>
        <translation>{menu} menu</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="130" />
        <source>Cửa sổ chính</source>
        <translation>Main window</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="160" />
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="165" />
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="165" />
        <source>Việc làm</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="165" />
        <source>Ở đâu</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/help/shortcuts_dialog.py" line="180" />
        <source>Phím trong hộp nhập văn bản và cửa sổ xem trước khi in: xem Trợ giúp → Hướng dẫn sử dụng, mục Phím tắt.</source>
        <translation>Keys in the entry dialogs and the print preview: see Help → User guide, section Phím tắt.</translation>
    </message>
</context>
<context>
    <name>SmallFigure</name>
    <message>
        <location filename="../giamsat_desktop/ui/overview/overview_page.py" line="149" />
        <source>Mở danh sách: {caption}</source>
        <translation>Open the list: {caption}</translation>
    </message>
</context>
<context>
    <name>StandardTexts</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="53" />
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="54" />
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Copies to (one per line)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="55" />
        <source>Căn cứ (mỗi dòng một căn cứ)</source>
        <translation>Legal basis (one per line)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="56" />
        <source>Bố cục nội dung</source>
        <translation>Body layout</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="57" />
        <source>Kèm theo</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="58" />
        <source>Chữ ký bên Đoàn giám sát</source>
        <translation>Signature of the delegation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="59" />
        <source>Chữ ký bên được giám sát</source>
        <translation>Signature of the supervised body</translation>
    </message>
</context>
<context>
    <name>StandardTextsDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="154" />
        <source>Mẫu văn bản</source>
        <translation>Standard wording</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="158" />
        <source>Lời văn thường dùng mà mỗi văn bản mới của đơn vị bắt đầu từ đó. Mọi máy của đơn vị dùng chung các mẫu này; văn bản đã soạn giữ lời văn của nó.</source>
        <translation>The usual wording each new document of the office starts from. Every PC of the office shares it; a document already written keeps its own wording.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="169" />
        <source>&amp;Loại văn bản:</source>
        <translation>&amp;Kind of document:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="186" />
        <source>Khi soạn văn bản, chương trình thay các chỗ sau bằng thông tin của đơn vị: &lt;b&gt;{office}&lt;/b&gt; tên đơn vị, &lt;b&gt;{place}&lt;/b&gt; địa danh, &lt;b&gt;{higher}&lt;/b&gt; cơ quan cấp trên, &lt;b&gt;{year}&lt;/b&gt; năm. Nơi nhận: mỗi dòng một nơi.</source>
        <translation>When a document is written, the program replaces these with the office's details: &lt;b&gt;{office}&lt;/b&gt; the office's name, &lt;b&gt;{place}&lt;/b&gt; the place, &lt;b&gt;{higher}&lt;/b&gt; the body above, &lt;b&gt;{year}&lt;/b&gt; the year. Copies to: one per line.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="195" />
        <source>&lt;b&gt;Tài khoản chỉ xem:&lt;/b&gt; xem được các mẫu nhưng không sửa được.</source>
        <translation>&lt;b&gt;View-only account:&lt;/b&gt; the wording can be read but not changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="202" />
        <source>Xem trước…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="204" />
        <source>Một văn bản mẫu với lời văn như đang gõ (chưa lưu gì)</source>
        <translation>A sample document with the wording as typed (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="206" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="207" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="297" />
        <source>{name}: chưa có nội dung.</source>
        <translation>{name}: empty.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="301" />
        <source>{name}: dài quá, tối đa {limit} ký tự.</source>
        <translation>{name}: too long, at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="351" />
        <source>Xem trước mẫu: {kind}</source>
        <translation>Sample preview: {kind}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="364" />
        <source>Đang tạo bản in…</source>
        <translation>Making the print…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="390" />
        <source>Đã lưu. Văn bản soạn mới từ nay bắt đầu từ lời văn này, ở mọi máy.</source>
        <translation>Saved. New documents now start from this wording, on every PC.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="411" />
        <source>Bỏ những gì đã sửa?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="412" />
        <source>Lời văn vừa sửa chưa được lưu.</source>
        <translation>The wording just changed is not saved.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="413" />
        <source>Bỏ</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/standard_texts_dialog.py" line="414" />
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="88" />
        <source>Ghi tiến độ</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="88" />
        <source>Ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="89" />
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Mark the task done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="89" />
        <source>Hoàn thành</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="90" />
        <source>Tạm dừng nhiệm vụ</source>
        <translation>Pause the task</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="90" />
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="91" />
        <source>Hủy nhiệm vụ</source>
        <translation>Cancel the task</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="92" />
        <source>Gia hạn nhiệm vụ</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="92" />
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="93" />
        <source>Hoàn tác bước vừa rồi</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="93" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="102" />
        <source>Nhiệm vụ:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="104" />
        <source>Ngày ghi</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="105" />
        <source>Ngày hoàn thành</source>
        <translation>Date done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="106" />
        <source>Ngày tạm dừng</source>
        <translation>Date paused</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="107" />
        <source>Ngày hủy</source>
        <translation>Date cancelled</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="111" />
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="119" />
        <source>Tiến độ:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="122" />
        <source>Thời hạn mới</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="124" />
        <source>Thời hạn hiện tại:</source>
        <translation>Current deadline:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="125" />
        <source>Thời hạn mới:</source>
        <translation>New deadline:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="128" />
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="200" />
        <source>chưa chọn</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="130" />
        <source>Chọn văn bản…</source>
        <translation>Choose document…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="131" />
        <source>Bỏ chọn</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="140" />
        <source>Văn bản báo cáo:</source>
        <translation>Report document:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="147" />
        <source>Bước hoàn tác:</source>
        <translation>Step to undo:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="152" />
        <source>Nội dung tổ chức báo cáo (nếu có)</source>
        <translation>What the organisation reported (if any)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="152" />
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/step_dialog.py" line="129" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/step_dialog.py" line="131" />
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/step_dialog.py" line="136" />
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="154" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/step_dialog.py" line="136" />
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="154" />
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/step_dialog.py" line="146" />
        <source>Hãy ghi lý do.</source>
        <translation>Please give the reason.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="162" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="187" />
        <source>Chọn văn bản báo cáo</source>
        <translation>Choose the report document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="189" />
        <source>Chọn dòng của văn bản tổ chức báo cáo; gõ tên tổ chức, số, ký hiệu hay vài chữ để tìm (ví dụ: hoi nong dan bao cao).</source>
        <translation>Choose the line of the organisation's report; type the organisation's name, a number, a symbol or a few words to search (for example: hoi nong dan bao cao).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_steps.py" line="213" />
        <source>Thời hạn mới phải sau thời hạn hiện tại ({date}).</source>
        <translation>The new deadline must be after the current deadline ({date}).</translation>
    </message>
</context>
<context>
    <name>SubjectEdit</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="51" />
        <source>Nghị định 30/2020/NĐ-CP, Phụ lục VI: trích yếu nội dung tối đa {limit} ký tự.</source>
        <translation>Decree 30/2020/NĐ-CP, Appendix VI: a subject has at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="72" />
        <source>Trích yếu nội dung dài {length} ký tự, quá mức tối đa {limit}: hãy rút gọn, hoặc để nguyên như đã lưu.</source>
        <translation>The subject has {length} characters, over the limit of {limit}: shorten it, or leave it as it was saved.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="102" />
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="130" />
        <source>đã đủ {limit} ký tự</source>
        <translation>the limit of {limit} characters is reached</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="120" />
        <source>phần dán đã bị cắt: trích yếu tối đa {limit} ký tự</source>
        <translation>what was pasted was cut: a subject has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="146" />
        <source>{length} / {limit} ký tự</source>
        <translation>{length} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="150" />
        <source>dài hơn mức tối đa {limit} ký tự (nhập từ trước, giữ nguyên)</source>
        <translation>longer than the limit of {limit} characters (entered before, kept as it is)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/subject_field.py" line="153" />
        <source>dài hơn mức tối đa {limit} ký tự: hãy rút gọn</source>
        <translation>longer than the limit of {limit} characters: shorten it</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/supervision_page.py" line="71" />
        <source>Giám sát</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/supervision_page.py" line="103" />
        <source>Các cuộc giám sát</source>
        <translation>Supervision sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/supervision_page.py" line="104" />
        <source>Chương trình năm</source>
        <translation>Annual programme</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/supervision_page.py" line="109" />
        <source>Thêm cuộc giám sát… (Ctrl+N)</source>
        <translation>Add a supervision session… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/supervision_page.py" line="112" />
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/supervision_page.py" line="162" />
        <source>{count} cuộc giám sát</source>
        <translation>{count} supervision sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="45" />
        <source>MTTQ</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="66" />
        <source>KH, QĐ chậm</source>
        <translation>Plan, decision late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="67" />
        <source>Kế hoạch và quyết định phải đến đối tượng giám sát và cấp trên trực tiếp chậm nhất ngày {date}</source>
        <translation>The plan and the decision must reach the supervised body and its direct superior by {date}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="77" />
        <source>BC chậm</source>
        <translation>Report late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="78" />
        <source>Báo cáo kết quả giám sát phải xong chậm nhất ngày {date}</source>
        <translation>The supervision report must be done by {date}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="92" />
        <source>Mã số</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="94" />
        <source>Nội dung giám sát</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="97" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="98" />
        <source>Chủ trì/Phối hợp</source>
        <translation>Lead/Joined</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="99" />
        <source>Đối tượng</source>
        <translation>Supervised body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="100" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="101" />
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="103" />
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/sessions_model.py" line="133" />
        <source>Lý do hủy: {reason}</source>
        <translation>Cancelled because: {reason}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="136" />
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="166" />
        <source>Văn bản giao:</source>
        <translation>Source document:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="167" />
        <source>Chủ trì:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="168" />
        <source>Phối hợp:</source>
        <translation>Cooperating:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="169" />
        <source>Người phụ trách:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="170" />
        <source>Ngày giao:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="171" />
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="172" />
        <source>Trạng thái:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="173" />
        <source>Tiến độ:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="174" />
        <source>Ngày hoàn thành:</source>
        <translation>Date done:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="175" />
        <source>Văn bản báo cáo:</source>
        <translation>Report document:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="176" />
        <source>Báo cáo kỳ tới:</source>
        <translation>Next report:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="177" />
        <source>Kỳ chưa báo cáo:</source>
        <translation>Periods not reported:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="178" />
        <source>Báo cáo đã nhận:</source>
        <translation>Reports received:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="184" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="184" />
        <source>Diễn biến</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="184" />
        <source>Ghi chú, lý do</source>
        <translation>Notes, reason</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="184" />
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="198" />
        <source>&lt;b&gt;Tài khoản chỉ xem:&lt;/b&gt; xem được nhiệm vụ nhưng không ghi được.</source>
        <translation>&lt;b&gt;View-only account:&lt;/b&gt; the task can be read but nothing can be recorded.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="207" />
        <source>Ghi tiến độ…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="208" />
        <source>Hoàn thành…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="209" />
        <source>Tạm dừng…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="210" />
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="211" />
        <source>Hủy nhiệm vụ…</source>
        <translation>Cancel the task…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="212" />
        <source>Gia hạn…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="213" />
        <source>Hoàn tác bước vừa rồi…</source>
        <translation>Undo the last step…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="214" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="234" />
        <source>Quá trình thực hiện:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="270" />
        <source>Nhiệm vụ — {lead}</source>
        <translation>Task — {lead}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="275" />
        <source>Không có (giao không theo văn bản)</source>
        <translation>None (not given from a document)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="298" />
        <source>không xem được (văn bản mật)</source>
        <translation>cannot be shown (confidential document)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="298" />
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="370" />
        <source>{what} ngày {date}, trở lại “{state}”</source>
        <translation>{what} on {date}, back to “{state}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_dialog.py" line="418" />
        <source>Nhiệm vụ vừa được sửa trên máy khác nên bước này chưa được ghi. Đã đọc lại nhiệm vụ như hiện có; hãy xem lại rồi làm lại nếu cần.</source>
        <translation>The task was just changed on another PC, so this step was not saved. The task has been read again as it is now; check it and do the step again if needed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="30" />
        <source>{head}: {subject} (số đến {number}, ngày {arrival})</source>
        <translation>{head}: {subject} (arrival no. {number} of {arrival})</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="31" />
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="45" />
        <source>Thường xuyên, báo cáo {period}</source>
        <translation>Standing, reporting {period}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="53" />
        <source>{date} — quá hạn {days} ngày</source>
        <translation>{date} — {days} days overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="57" />
        <source>{date} — hết hạn hôm nay</source>
        <translation>{date} — due today</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="58" />
        <source>{date} — còn {days} ngày</source>
        <translation>{date} — {days} days left</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="70" />
        <source>{date} — hoàn thành quá hạn {days} ngày</source>
        <translation>{date} — done {days} days late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="73" />
        <source>{date} — đúng hạn</source>
        <translation>{date} — on time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="79" />
        <source>{state} — lý do: {reason}</source>
        <translation>{state} — reason: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="88" />
        <source>Giao nhiệm vụ</source>
        <translation>Task given</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="90" />
        <source>Ghi tiến độ: {percent} %</source>
        <translation>Progress recorded: {percent} %</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="92" />
        <source>Gia hạn từ {old} đến {new}</source>
        <translation>Deadline extended from {old} to {new}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="98" />
        <source>Hoàn tác bước “{undone}”, trở lại “{back}”</source>
        <translation>Step “{undone}” undone, back to “{back}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="102" />
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="103" />
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="104" />
        <source>Hủy nhiệm vụ</source>
        <translation>Task cancelled</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="110" />
        <source>Tiếp tục thực hiện</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="111" />
        <source>Bắt đầu thực hiện</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="112" />
        <source>Chuyển từ “{old}” sang “{new}”</source>
        <translation>Moved from “{old}” to “{new}”</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="135" />
        <source>không phải báo cáo (nhiệm vụ đã tạm dừng hoặc kết thúc)</source>
        <translation>no report due (the task is paused or finished)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="136" />
        <source>hạn {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="143" />
        <source>{count} kỳ chưa báo cáo, hạn {dates}</source>
        <translation>{count} periods not reported, due {dates}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="151" />
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="156" />
        <source>{date}: ghi thêm trong kỳ đã báo cáo</source>
        <translation>{date}: extra, in a period already reported</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_texts.py" line="162" />
        <source>{date}: báo cáo kỳ kết thúc {end}</source>
        <translation>{date}: report for the period ending {end}</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="52" />
        <source>Tìm theo nội dung, tổ chức, người phụ trách, số ký hiệu… (Ctrl+F)</source>
        <translation>Search by content, organisation, person responsible, symbol… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="64" />
        <source>Mọi tổ chức</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="68" />
        <source>Chưa xong</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="69" />
        <source>Chưa thực hiện, đang thực hiện và tạm dừng</source>
        <translation>Not started, in progress and paused</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="70" />
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="75" />
        <source>Mọi thời hạn</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="76" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="77" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="78" />
        <source>Còn trong hạn</source>
        <translation>Within the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="79" />
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="80" />
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="81" />
        <source>Thường xuyên</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="84" />
        <source>Mọi năm giao</source>
        <translation>All years given</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="90" />
        <source>Bỏ điều kiện này</source>
        <translation>Drop this condition</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="102" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="105" />
        <source>Hạn từ</source>
        <translation>Due from</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="107" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="146" />
        <source>Sắp đến hạn (trong {days} ngày)</source>
        <translation>Due soon (within {days} days)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="251" />
        <source>giao từ {start} đến {end}</source>
        <translation>given from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="258" />
        <source>hoàn thành từ {start} đến {end}</source>
        <translation>done from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="264" />
        <source>giao từ một văn bản đến</source>
        <translation>given from an incoming document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="267" />
        <source>ở trạng thái: {states}</source>
        <translation>in the state: {states}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/task_filter_bar.py" line="272" />
        <source>Chỉ những nhiệm vụ {what}.</source>
        <translation>Only tasks {what}.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../giamsat_desktop/ui/common/background.py" line="182" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/background.py" line="185" />
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/common/background.py" line="278" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="87" />
        <source>Nhiệm vụ giao các tổ chức thành viên</source>
        <translation>Tasks given to member organisations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="116" />
        <source>Danh sách nhiệm vụ</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="117" />
        <source>Theo tổ chức</source>
        <translation>By organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="123" />
        <source>Giao nhiệm vụ… (Ctrl+N)</source>
        <translation>Give tasks… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="127" />
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="129" />
        <source>Hoàn thành…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="131" />
        <source>Đánh dấu hoàn thành các nhiệm vụ đã chọn</source>
        <translation>Mark the selected tasks done</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="132" />
        <source>Gia hạn…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="134" />
        <source>Gia hạn các nhiệm vụ đã chọn, với lý do</source>
        <translation>Extend the deadline of the selected tasks, with a reason</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="136" />
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="139" />
        <source>Công văn giao nhiệm vụ (theo văn bản của dòng đã chọn)…</source>
        <translation>Task letter (for the document of the selected row)…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="143" />
        <source>Công văn đôn đốc tổ chức (các nhiệm vụ quá hạn)…</source>
        <translation>Chase letter to an organisation (overdue tasks)…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="147" />
        <source>Sổ theo dõi giải quyết văn bản đến (năm đang lọc)…</source>
        <translation>Incoming documents follow-up register (filtered year)…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="150" />
        <source>Bảng theo dõi thực hiện nhiệm vụ của tổ chức…</source>
        <translation>An organisation's task tracking sheet…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="155" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="156" />
        <source>Xuất danh sách nhiệm vụ của năm ra Excel…</source>
        <translation>Export the year's task list to Excel…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="219" />
        <source>{count} nhiệm vụ</source>
        <translation>{count} tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="302" />
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="330" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="304" />
        <source>{count} nhiệm vụ đã chọn đã xong, đã hủy hoặc là nhiệm vụ thường xuyên: hãy bỏ chọn các dòng đó.</source>
        <translation>{count} of the selected tasks are done, cancelled or standing: deselect those rows.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="336" />
        <source>Hãy chọn một nhiệm vụ được giao từ văn bản đến.</source>
        <translation>Choose a task given from an incoming document.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="344" />
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="380" />
        <source>Hãy chọn tổ chức ở ô lọc, hoặc chọn một nhiệm vụ của tổ chức đó.</source>
        <translation>Choose the organisation in the filter, or choose one of its tasks.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="350" />
        <source>Tổ chức này không có nhiệm vụ nào quá hạn để đôn đốc.</source>
        <translation>This organisation has no overdue tasks to chase.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="371" />
        <source>Sổ theo dõi giải quyết văn bản đến</source>
        <translation>Incoming documents follow-up register</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_page.py" line="389" />
        <source>Bảng theo dõi thực hiện nhiệm vụ</source>
        <translation>Task tracking sheet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="43" />
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="46" />
        <source>Được
giao</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="48" />
        <source>Hoàn thành
đúng hạn</source>
        <translation>Done
on time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="51" />
        <source>Hoàn thành
quá hạn</source>
        <translation>Done
late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="52" />
        <source>Đang
quá hạn</source>
        <translation>Overdue
now</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="53" />
        <source>Đang
trong hạn</source>
        <translation>Within
the deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="54" />
        <source>Thường
xuyên</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="56" />
        <source>%
đúng hạn</source>
        <translation>%
on time</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/organization_table.py" line="103" />
        <source>Nhấp đúp một dòng để xem các nhiệm vụ của tổ chức đó. </source>
        <translation>Double-click a line to see that organisation's tasks. </translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="51" />
        <source>Quá hạn {days} ngày</source>
        <translation>Overdue by {days} days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="53" />
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="68" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="71" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="73" />
        <source>Phối hợp</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="76" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="78" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="82" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="85" />
        <source>Văn bản giao</source>
        <translation>Source document</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="89" />
        <source>Ngày giao</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="131" />
        <source>Lý do: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="135" />
        <source>{state}, đã quá thời hạn</source>
        <translation>{state}, past its deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks/tasks_model.py" line="140" />
        <source>Còn {days} ngày đến hạn</source>
        <translation>Due in {days} days</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="142" />
        <source>Ẩn đến mai</source>
        <translation>Hide until tomorrow</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="143" />
        <source>Không nhắc lại cho đến ngày mai</source>
        <translation>No more reminders until tomorrow</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="144" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="145" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="145" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="145" />
        <source>Việc</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="151" />
        <source>Không có nhiệm vụ quá hạn hay đến hạn trong {days} ngày tới.</source>
        <translation>No tasks overdue or due in the next {days} days.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="158" />
        <source>{overdue} nhiệm vụ quá hạn, {soon} nhiệm vụ đến hạn trong {days} ngày tới.</source>
        <translation>{overdue} tasks overdue, {soon} tasks due in the next {days} days.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="181" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="201" />
        <source>{count} quá hạn trả lời</source>
        <translation>{count} overdue for a reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="203" />
        <source>({count} cần kiến nghị cấp trên)</source>
        <translation>({count} to escalate)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="208" />
        <source>{count} đến hạn trả lời</source>
        <translation>{count} due for a reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="209" />
        <source>Kiến nghị: {parts}.</source>
        <translation>Recommendations: {parts}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="170" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="192" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="214" />
        <source>{count} quá hạn</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="184" />
        <source>{count} sắp đến hạn trả lời</source>
        <translation>{count} answers due soon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="186" />
        <source>Phản biện xã hội: {parts}.</source>
        <translation>Social criticism: {parts}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="173" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="194" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="216" />
        <source>{count} sắp đến hạn</source>
        <translation>{count} due soon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="174" />
        <source>Cam kết tại đối thoại: {parts}.</source>
        <translation>Dialogue commitments: {parts}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="195" />
        <source>Cam kết khắc phục: {parts}.</source>
        <translation>Commitments to fix: {parts}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="221" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="229" />
        <source>Quá hạn {days} ngày</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="223" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="231" />
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="224" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="232" />
        <source>Còn {days} ngày</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="239" />
        <source>Việc cần làm ngày {day}</source>
        <translation>To do on {day}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="243" />
        <source>Chưa có ngày nghỉ Tết năm {year}: vào Cài đặt → Ngày nghỉ lễ, Tết… để nhập.</source>
        <translation>The Tết days off of {year} are not entered yet: go to Settings → Public holidays and Tết… to enter them.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="254" />
        <source>Mở danh sách các nhiệm vụ này</source>
        <translation>Open the list of these tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="260" />
        <source>… và {count} nhiệm vụ khác</source>
        <translation>… and {count} more tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="281" />
        <source>{count} hạn gửi kế hoạch, báo cáo của cuộc giám sát.</source>
        <translation>{count} supervision lead times (plans, reports).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="289" />
        <source>Giám sát — {count} hạn theo NQLT 403</source>
        <translation>Supervision — {count} lead times under NQLT 403</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="295" />
        <source>Gửi kế hoạch, quyết định: {title}</source>
        <translation>Send the plan and decision: {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="297" />
        <source>Báo cáo kết quả giám sát: {title}</source>
        <translation>Report the supervision's results: {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="302" />
        <source>Kiến nghị quá hạn trả lời, cần kiến nghị cấp trên — {count}</source>
        <translation>Recommendations overdue for a reply, to escalate — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="304" />
        <source>Kiến nghị quá hạn trả lời, đã kiến nghị cấp trên — {count}</source>
        <translation>Recommendations overdue for a reply, escalated — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="306" />
        <source>Kiến nghị đến hạn trả lời — {count}</source>
        <translation>Recommendations due for a reply — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="314" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="344" />
        <source>Mở danh sách các kiến nghị này</source>
        <translation>Open the list of these recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="318" />
        <source>Lập văn bản kiến nghị cấp trên: {title}</source>
        <translation>Draft escalation letter: {title}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="324" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="350" />
        <source>{text}
Cơ quan được kiến nghị: {body}</source>
        <translation>{text}
Addressed body: {body}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="330" />
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="356" />
        <source>… và {count} kiến nghị khác</source>
        <translation>… and {count} more recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="338" />
        <source>Cam kết khắc phục quá hạn — {count}</source>
        <translation>Commitments to fix overdue — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="340" />
        <source>Cam kết khắc phục sắp đến hạn — {count}</source>
        <translation>Commitments to fix due soon — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="364" />
        <source>Phản biện quá hạn trả lời — {count}</source>
        <translation>Criticism answers overdue — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="366" />
        <source>Phản biện sắp đến hạn trả lời — {count}</source>
        <translation>Criticism answers due soon — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="370" />
        <source>Mở danh sách các cuộc phản biện này</source>
        <translation>Open the list of these criticism sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="374" />
        <source>{title}
Cơ quan soạn thảo: {body}
{count} nội dung chưa được trả lời</source>
        <translation>{title}
Drafting body: {body}
{count} points not answered yet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="380" />
        <source>… và {count} cuộc phản biện khác</source>
        <translation>… and {count} more criticism sessions</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="388" />
        <source>Cam kết tại đối thoại quá hạn — {count}</source>
        <translation>Dialogue commitments overdue — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="390" />
        <source>Cam kết tại đối thoại sắp đến hạn — {count}</source>
        <translation>Dialogue commitments due soon — {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="394" />
        <source>Mở danh sách các cuộc đối thoại này</source>
        <translation>Open the list of these dialogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="398" />
        <source>{title}
Thực hiện: {who}</source>
        <translation>{title}
Carried out by: {who}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_panel.py" line="404" />
        <source>… và {count} cam kết khác</source>
        <translation>… and {count} more commitments</translation>
    </message>
</context>
<context>
    <name>TodoReminder</name>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_reminder.py" line="160" />
        <source>Việc cần làm: {count}</source>
        <translation>To do: {count}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_reminder.py" line="161" />
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_reminder.py" line="162" />
        <source>{overdue} nhiệm vụ quá hạn, {soon} đến hạn trong {days} ngày tới</source>
        <translation>{overdue} tasks overdue, {soon} due in the next {days} days</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_reminder.py" line="166" />
        <source>{overdue} kiến nghị quá hạn trả lời ({escalate} cần kiến nghị cấp trên), {soon} đến hạn trả lời</source>
        <translation>{overdue} recommendations overdue for a reply ({escalate} to escalate), {soon} due for a reply</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_reminder.py" line="175" />
        <source>{overdue} cuộc phản biện quá hạn trả lời, {soon} sắp đến hạn trả lời</source>
        <translation>{overdue} criticism sessions with answers overdue, {soon} due soon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_reminder.py" line="179" />
        <source>{overdue} cam kết khắc phục quá hạn, {soon} sắp đến hạn</source>
        <translation>{overdue} commitments to fix overdue, {soon} due soon</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/calendar/todo_reminder.py" line="183" />
        <source>{overdue} cam kết tại đối thoại quá hạn, {soon} sắp đến hạn</source>
        <translation>{overdue} dialogue commitments overdue, {soon} due soon</translation>
    </message>
</context>
<context>
    <name>WorkingDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="143" />
        <source>Thêm buổi làm việc</source>
        <translation>Add a working session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="143" />
        <source>Sửa buổi làm việc</source>
        <translation>Edit a working session</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="144" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="149" />
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="162" />
        <source>Ngày làm việc:</source>
        <translation>Working day:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="163" />
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="164" />
        <source>Thành phần dự (mỗi người một dòng):</source>
        <translation>Attendees (one per line):</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="165" />
        <source>Biên bản, nội dung làm việc:</source>
        <translation>Minutes, what was discussed:</translation>
    </message>
</context>
<context>
    <name>WorkingTab</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="267" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="267" />
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="267" />
        <source>Thành phần dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="267" />
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="272" />
        <source>Thêm buổi làm việc…</source>
        <translation>Add a working session…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="274" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="276" />
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="278" />
        <source>Lập biên bản…</source>
        <translation>Draft minutes…</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_tabs.py" line="281" />
        <source>Biên bản làm việc của buổi đã chọn: mở dự thảo đang soạn, hoặc soạn mới</source>
        <translation>Minutes of the selected working session: open the draft being written, or write new ones</translation>
    </message>
</context>
<context>
    <name>_FilterBar</name>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_filters.py" line="43" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/conduct/conduct_filters.py" line="53" />
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="33" />
        <source>Thông tin đơn vị</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="35" />
        <source>Các thông tin này in trên tiêu đề mọi văn bản; có thể sửa lại trong Cài đặt.</source>
        <translation>These details are printed at the head of every document; they can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>_OrganizationsPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="50" />
        <source>Tổ chức thành viên</source>
        <translation>Member organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/settings/first_run_wizard.py" line="52" />
        <source>Chọn các tổ chức của đơn vị; có thể thêm, sửa hoặc ngừng dùng trong Danh mục.</source>
        <translation>Choose the office's organisations; they can be added, edited or deactivated later in Catalogues.</translation>
    </message>
</context>
<context>
    <name>_RecordList</name>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="48" />
        <source>Thêm (Ctrl+N)</source>
        <translation>Add (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="50" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="51" />
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="83" />
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/catalog/catalog_page.py" line="81" />
        <source>Dùng lại</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/supervision/session_steps.py" line="52" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="62" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogues/dialogue_issues.py" line="65" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>