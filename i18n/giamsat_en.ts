<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../giamsat_desktop/app.py" line="75" />
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="16" />
        <source>Tổ chức thành viên</source>
        <translation>Member organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="17" />
        <source>Ban trực thuộc</source>
        <translation>Attached board</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="18" />
        <source>Cơ quan Đảng</source>
        <translation>Party body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="19" />
        <source>Cơ quan nhà nước</source>
        <translation>State body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="20" />
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="28" />
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="29" />
        <source>Ngừng dùng</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="38" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="40" />
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="42" />
        <source>Tên đầy đủ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="44" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/organization_table_model.py" line="49" />
        <location filename="../giamsat_desktop/ui/models/people_table_model.py" line="38" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/people_table_model.py" line="28" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/people_table_model.py" line="32" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/people_table_model.py" line="34" />
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/models/people_table_model.py" line="36" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="104" />
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="109" />
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="110" />
        <source>Cán bộ, thành viên</source>
        <translation>Staff and members</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="21" />
        <source>Chưa nhập {field}.</source>
        <translation>{field} is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="22" />
        <source>{field} dài quá: tối đa {limit} ký tự, đang có {length}.</source>
        <translation>{field} is too long: at most {limit} characters, {length} given.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="25" />
        <source>{field} không hợp lệ: {reason}</source>
        <translation>{field} is not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="26" />
        <source>Mã “{code}” đã được dùng cho {name}.</source>
        <translation>The code “{code}” is already used by {name}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="27" />
        <source>Không tìm thấy {what} (mã số {id}).</source>
        <translation>The {what} was not found (id {id}).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="28" />
        <source>{what} vừa được người khác sửa trong lúc bạn đang sửa. Hãy mở lại để xem bản mới nhất rồi sửa lại.</source>
        <translation>Someone else changed this {what} while you were editing it. Open it again to see the latest version, then make your change.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="33" />
        <source>Cơ sở dữ liệu chưa có thông tin đơn vị. Hãy mở chương trình để khai báo.</source>
        <translation>The database has no office details yet. Open the program to enter them.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="36" />
        <source>Cơ sở dữ liệu này đã có đơn vị “{name}”.</source>
        <translation>This database already belongs to the office “{name}”.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="37" />
        <source>Cơ sở dữ liệu {location} được tạo bởi phiên bản mới hơn của chương trình (lược đồ {revision}). Hãy cài phiên bản mới; dữ liệu chưa bị thay đổi.</source>
        <translation>The database {location} was made by a newer version of the program (schema {revision}). Install the newer version; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="42" />
        <source>Tệp {location} không phải là cơ sở dữ liệu của chương trình này.</source>
        <translation>The file {location} is not a database of this program.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="45" />
        <source>Cơ sở dữ liệu {location} bị hỏng: {detail}. Hãy khôi phục từ bản sao lưu.</source>
        <translation>The database {location} is damaged: {detail}. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="48" />
        <source>Không mở được cơ sở dữ liệu {location}: {detail}</source>
        <translation>Cannot open the database {location}: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="51" />
        <source>Không có cơ sở dữ liệu tại {location}. Hãy tạo bằng lệnh init.</source>
        <translation>There is no database at {location}. Create it with the init command.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="54" />
        <source>Cơ sở dữ liệu đã có dữ liệu văn bản; không tạo dữ liệu mẫu.</source>
        <translation>The database already holds documents; no demo data was added.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="57" />
        <source>Nâng cấp cơ sở dữ liệu không thành công: {detail}. Dữ liệu vẫn như trước; bản sao lưu ở {backup}.</source>
        <translation>Upgrading the database failed: {detail}. The data is as it was; a backup is at {backup}.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="62" />
        <source>Không sao lưu được vào {path}: {detail}</source>
        <translation>Cannot back up to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="63" />
        <source>Không tìm thấy tệp {path}.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="64" />
        <source>Tài khoản {user} chỉ được xem, không được thay đổi dữ liệu.</source>
        <translation>The account {user} may only view, not change data.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/error_text.py" line="24" />
        <source>Lỗi đọc ghi tệp: {detail}</source>
        <translation>File error: {detail}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/error_text.py" line="27" />
        <source>Lỗi không mong đợi ({kind}): {detail}</source>
        <translation>Unexpected error ({kind}): {detail}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="70" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="71" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="72" />
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="73" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="74" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="75" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="76" />
        <source>Tên địa phương</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="77" />
        <source>Địa danh ghi ngày tháng</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="78" />
        <source>Cơ quan cấp trên</source>
        <translation>Higher body</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="79" />
        <source>Ký hiệu văn bản của đơn vị</source>
        <translation>Office's document symbol</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="80" />
        <source>Họ tên Chủ tịch</source>
        <translation>Chair's name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="81" />
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="82" />
        <source>người</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/messages.py" line="83" />
        <source>thông tin đơn vị</source>
        <translation>office details</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/first_run_wizard.py" line="71" />
        <source>Khai báo đơn vị lần đầu</source>
        <translation>First-run set-up of the office</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/first_run_wizard.py" line="79" />
        <source>Chào mừng</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/first_run_wizard.py" line="82" />
        <source>Chương trình giúp Ban Thường trực Ủy ban MTTQ Việt Nam quản lý văn bản, nhiệm vụ, các cuộc giám sát, phản biện xã hội và kiến nghị.

Trước khi dùng, hãy khai báo thông tin của đơn vị. Dữ liệu được lưu tại:
{location}</source>
        <translation>This program helps the Standing Board of a Vietnam Fatherland Front committee manage documents, tasks, supervision sessions, social criticism and recommendations.

Before you start, enter your office's details. The data is kept at:
{location}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="50" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="51" />
        <source>Văn bản đến</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="52" />
        <source>Văn bản đi</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="53" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="54" />
        <source>Giám sát</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="55" />
        <source>Phản biện xã hội</source>
        <translation>Social criticism</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="56" />
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="57" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="58" />
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="59" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="90" />
        <source>Giám sát và phản biện xã hội - MTTQ Việt Nam</source>
        <translation>Supervision and social criticism - Vietnam Fatherland Front</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="133" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="134" />
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="138" />
        <source>Đ&amp;i đến</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="144" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="145" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="158" />
        <source>Dữ liệu: {location}</source>
        <translation>Data: {location}</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="217" />
        <source>&lt;h3&gt;Giám sát và phản biện xã hội&lt;/h3&gt;&lt;p&gt;Chương trình quản lý công tác giám sát, phản biện xã hội của Ủy ban MTTQ Việt Nam và các tổ chức thành viên.&lt;/p&gt;&lt;p&gt;Phiên bản: {version}&lt;br&gt;Cơ sở dữ liệu: {location}&lt;br&gt;Thư mục dữ liệu: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Supervision and social criticism&lt;/h3&gt;&lt;p&gt;The program for the supervision and social-criticism work of a Vietnam Fatherland Front committee and its member organisations.&lt;/p&gt;&lt;p&gt;Version: {version}&lt;br&gt;Database: {location}&lt;br&gt;Data folder: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/main_window.py" line="232" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="29" />
        <source>Ví dụ: Tân Hưng</source>
        <translation>For example: Tân Hưng</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="32" />
        <source>Để trống: dùng tên địa phương</source>
        <translation>Leave empty to use the place name</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="34" />
        <source>Ví dụ: Ủy ban MTTQ Việt Nam tỉnh Tây Ninh</source>
        <translation>For example: Ủy ban MTTQ Việt Nam tỉnh Tây Ninh</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="43" />
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="44" />
        <source>Tên địa phương:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="45" />
        <source>Tên đơn vị:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="46" />
        <source>Địa danh ghi ngày tháng:</source>
        <translation>Place in the date line:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="47" />
        <source>Cơ quan cấp trên:</source>
        <translation>Higher body:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="48" />
        <source>Ký hiệu văn bản của đơn vị:</source>
        <translation>Office's document symbol:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="49" />
        <source>Họ tên Chủ tịch:</source>
        <translation>Chair's name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="69" />
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="70" />
        <source>Thành phố</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="71" />
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="72" />
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="73" />
        <source>Đặc khu</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="74" />
        <source>Huyện (hồ sơ trước năm 2025)</source>
        <translation>District (records before 2025)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="94" />
        <source>Chưa nhập tên địa phương.</source>
        <translation>The place name is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="96" />
        <source>Chưa nhập tên đơn vị.</source>
        <translation>The office name is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="99" />
        <source>Chưa nhập ký hiệu văn bản của đơn vị (ví dụ MTTQ-BTT).</source>
        <translation>The office's document symbol is missing (for example MTTQ-BTT).</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/widgets/office_form.py" line="101" />
        <source>Ký hiệu văn bản không được có dấu cách hay dấu “/”.</source>
        <translation>The document symbol may not contain spaces or “/”.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="33" />
        <source>Thêm tổ chức</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="33" />
        <source>Sửa tổ chức</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="39" />
        <source>Ví dụ: LHPN</source>
        <translation>For example: LHPN</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="45" />
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="46" />
        <source>Tên đầy đủ:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="47" />
        <source>Tên viết tắt:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="48" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="62" />
        <source>Chưa nhập mã tổ chức.</source>
        <translation>The organisation's code is missing.</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/organization_dialog.py" line="64" />
        <source>Chưa nhập tên đầy đủ của tổ chức.</source>
        <translation>The organisation's full name is missing.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="40" />
        <source>Văn bản đến trong năm</source>
        <translation>Incoming documents this year</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="41" />
        <source>Văn bản đi trong năm</source>
        <translation>Outgoing documents this year</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="42" />
        <source>Văn bản đến chưa xử lý xong</source>
        <translation>Incoming documents still open</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="43" />
        <source>Văn bản đến quá hạn xử lý</source>
        <translation>Incoming documents overdue</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="44" />
        <source>Tổ chức đang theo dõi</source>
        <translation>Organisations followed</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="45" />
        <source>Cán bộ, thành viên</source>
        <translation>Staff and members</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="68" />
        <source>Chưa khai báo đơn vị</source>
        <translation>No office set up yet</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/overview_page.py" line="70" />
        <source>Số liệu năm {year}</source>
        <translation>Figures for {year}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="29" />
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="29" />
        <source>Sửa thông tin người</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="36" />
        <source>(Cơ quan MTTQ)</source>
        <translation>(Front office)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="41" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="42" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="43" />
        <source>Tổ chức:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="44" />
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/person_dialog.py" line="58" />
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name is missing.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/pages/placeholder_page.py" line="18" />
        <source>Chức năng này chưa có trong phiên bản này của chương trình. Dữ liệu hiện có không bị ảnh hưởng.</source>
        <translation>This part is not available in this version of the program yet. Existing data is not affected.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="44" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="54" />
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="56" />
        <source>Ngôn ngữ giao diện:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="59" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="60" />
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="62" />
        <source>Thông tin đơn vị</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="64" />
        <source>Lưu thông tin đơn vị</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/settings_page.py" line="107" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../giamsat_desktop/ui/tasks.py" line="165" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks.py" line="166" />
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/tasks.py" line="197" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/first_run_wizard.py" line="27" />
        <source>Thông tin đơn vị</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/first_run_wizard.py" line="29" />
        <source>Các thông tin này in trên tiêu đề mọi văn bản; có thể sửa lại trong Cài đặt.</source>
        <translation>These details are printed at the head of every document; they can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>_OrganizationsPage</name>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/first_run_wizard.py" line="44" />
        <source>Tổ chức thành viên</source>
        <translation>Member organisation</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/dialogs/first_run_wizard.py" line="46" />
        <source>Chọn các tổ chức của đơn vị; có thể thêm, sửa hoặc ngừng dùng trong Danh mục.</source>
        <translation>Choose the office's organisations; they can be added, edited or deactivated later in Catalogues.</translation>
    </message>
</context>
<context>
    <name>_RecordList</name>
    <message>
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="55" />
        <source>Thêm (Ctrl+N)</source>
        <translation>Add (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="57" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="58" />
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="90" />
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../giamsat_desktop/ui/pages/catalog_page.py" line="88" />
        <source>Dùng lại</source>
        <translation>Reactivate</translation>
    </message>
</context>
</TS>
