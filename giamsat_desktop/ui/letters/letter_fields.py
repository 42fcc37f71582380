"""The fields of a letter, as its form has them: what the clerk writes in the letter dialog.

Every form has a subject and a body; the others depend on the form's shape: a công văn's
"V/v" and "Kính gửi", the "Căn cứ" lines of a plan or a decision, "Nơi nhận", an outline's
"Kèm theo", a biên bản's two sides' signatures. A field the form does not print is hidden
but keeps what it holds, so that a letter made from a record loses nothing on a save.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from giamsat_desktop.domain.documents import Secrecy
from giamsat_desktop.domain.letters import LetterContent, LetterForm
from giamsat_desktop.ui.common.labels import label


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _text_box(placeholder: str, height: int | None = None) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    if height is not None:
        edit.setFixedHeight(height)
    return edit


class LetterFields(QWidget):
    """The fields of one form, in the order the letter prints them."""

    def __init__(self, form: LetterForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_kind = form
        shape = form.shape
        self.signer = QComboBox()
        self.secrecy = QComboBox()
        for value in Secrecy:
            self.secrecy.addItem(label(value), value)
        self.subject = QLineEdit()
        self.attached_to = QLineEdit()
        self.attached_to.setPlaceholderText(
            self.tr("Kế hoạch số …/KH-MTTQ-BTT ngày … của Ban Thường trực …")
        )
        self.recipients = _text_box(self.tr("Mỗi dòng một nơi nhận"), 64)
        self.grounds = _text_box(self.tr("Mỗi dòng một căn cứ, in nghiêng trước nội dung"), 80)
        self.body = _text_box(self._body_hint())
        self.copies_to = _text_box(self.tr("Mỗi dòng một nơi; “- Lưu: VT.” tự thêm"), 80)
        self.signature = _text_box(self.tr("Hai dòng: ĐẠI DIỆN ĐOÀN GIÁM SÁT, TRƯỞNG ĐOÀN"), 52)
        self.countersignature = _text_box(
            self.tr("Hai dòng: ĐẠI DIỆN (tên cơ quan được giám sát), chức vụ người ký"), 52
        )
        self.countersigner = QLineEdit()
        self.countersigner.setPlaceholderText(self.tr("Họ và tên người ký bên được giám sát"))

        if form is LetterForm.CONG_VAN:
            subject_label = self.tr("V/v:")
            self.subject.setPlaceholderText(self.tr("nội dung công văn nói về việc gì"))
        elif shape.subject_prefix:
            subject_label = self.tr("Về việc:")
            self.subject.setPlaceholderText(
                self.tr("thành lập Đoàn giám sát … (in ra: “Về việc thành lập …”)")
            )
        else:
            subject_label = self.tr("Trích yếu:")
            self.subject.setPlaceholderText(self._subject_hint())

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        secrecy_label = QLabel(self.tr("Độ mật:"))
        top_row.addWidget(self.signer, 2)
        top_row.addWidget(secrecy_label)
        top_row.addWidget(self.secrecy, 1)
        if shape.two_sides:
            top_label = self.tr("Trưởng đoàn ký:")
        elif shape.signed:
            top_label = self.tr("Người ký:")
        else:  # an outline goes under its plan's signature
            top_label = self.tr("Độ mật:")
            self.signer.hide()
            secrecy_label.hide()
            top_row.addStretch(2)
        rows: list[tuple[str, QWidget, bool]] = [
            (top_label, top, True),
            (subject_label, self.subject, True),
            (self.tr("Kèm theo:"), self.attached_to, form is LetterForm.OUTLINE),
            (self.tr("Kính gửi:"), self.recipients, shape.recipients),
            (self.tr("Căn cứ:"), self.grounds, shape.grounds),
            (self.tr("Nội dung:"), self.body, True),
            (self.tr("Nơi nhận:"), self.copies_to, shape.copies),
            (self.tr("Bên Đoàn ký:"), self.signature, shape.two_sides),
            (self.tr("Bên được giám sát ký:"), self.countersignature, shape.two_sides),
            (self.tr("Người ký bên kia:"), self.countersigner, shape.two_sides),
        ]
        for index, (text, widget, shown) in enumerate(rows):
            layout.addRow(text, widget)
            layout.setRowVisible(index, shown)
        self.editables: tuple[QWidget, ...] = (
            self.signer,
            self.secrecy,
            self.subject,
            self.attached_to,
            self.countersigner,
        )
        self.text_boxes: tuple[QPlainTextEdit, ...] = (
            self.recipients,
            self.grounds,
            self.body,
            self.copies_to,
            self.signature,
            self.countersignature,
        )

    def _body_hint(self) -> str:
        hint = self.tr(
            "Mỗi đoạn một dòng. Dòng bắt đầu bằng “- ” là một ý; “I.”, “1.”, “a)” là đề mục; "
            "các dòng bắt đầu bằng “|” là một bảng (dòng đầu là tiêu đề, các ô cách nhau "
            "bởi “|”)."
        )
        if self.form_kind.shape.articles:
            hint += " " + self.tr("Dòng bắt đầu bằng “Điều 1.” là một điều của quyết định.")
        return hint

    def _subject_hint(self) -> str:
        hints = {
            LetterForm.PROGRAMME: self.tr("Giám sát năm …"),
            LetterForm.PLAN: self.tr("Giám sát việc …"),
            LetterForm.OUTLINE: self.tr("Báo cáo kết quả thực hiện …"),
            LetterForm.MINUTES: self.tr("Làm việc của Đoàn giám sát với …"),
            LetterForm.REPORT: self.tr("Kết quả giám sát việc …"),
        }
        return hints.get(self.form_kind, "")

    def fill(self, content: LetterContent) -> None:
        """Show a letter's content (every field, the hidden ones too)."""
        self.subject.setText(content.subject)
        self.attached_to.setText(content.attached_to)
        self.recipients.setPlainText("\n".join(content.recipients))
        self.grounds.setPlainText("\n".join(content.grounds))
        self.body.setPlainText(content.body)
        self.copies_to.setPlainText("\n".join(content.copies_to))
        self.signature.setPlainText("\n".join(content.signature))
        self.countersignature.setPlainText("\n".join(content.countersignature))
        self.countersigner.setText(content.countersigner)

    def content(self) -> LetterContent:
        """The content as the fields hold it now."""
        return LetterContent(
            subject=self.subject.text(),
            recipients=_lines(self.recipients),
            body=self.body.toPlainText(),
            copies_to=_lines(self.copies_to),
            grounds=_lines(self.grounds),
            attached_to=self.attached_to.text().strip(),
            signature=_lines(self.signature),
            countersignature=_lines(self.countersignature),
            countersigner=self.countersigner.text().strip(),
        )

    def set_editable(self, editable: bool) -> None:
        """Lock every field of an issued letter (read, never changed)."""
        for widget in self.editables:
            widget.setEnabled(editable)
        for edit in self.text_boxes:
            edit.setReadOnly(not editable)
