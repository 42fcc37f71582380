"""Đăng nhập, when the office has more than one account; and the administrator's recovery."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.accounts import Actor
from giamsat_desktop.services import accounts
from giamsat_desktop.ui.error_text import error_text


class LoginDialog(QDialog):
    """User name and password; the actor is set when the dialog is accepted."""

    def __init__(self, factory: Any, office: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đăng nhập"))
        self.setMinimumWidth(420)
        self._factory = factory
        self.actor: Actor | None = None
        heading = QLabel(office)
        heading.setObjectName("pageTitle")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.forgot_button = QPushButton(self.tr("Quên mật khẩu quản trị…"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.recover)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.forgot_button)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        """The button that signs in."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def sign_in(self) -> None:
        """Check the password (slowed down after repeated failures)."""
        try:
            self.actor = accounts.sign_in(self._factory, self.username.text(), self.password.text())
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            self.problem.setText(error_text(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    def recover(self) -> None:
        """Set a new administrator password with the printed recovery code."""
        code, ok = QInputDialog.getText(
            self,
            self.tr("Khôi phục mật khẩu quản trị"),
            self.tr("Mã khôi phục (in khi tạo tài khoản quản trị):"),
        )
        if not ok:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Khôi phục mật khẩu quản trị"),
            self.tr("Mật khẩu mới:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            _record, new_code = accounts.recover_admin(
                self._factory, self.username.text(), code, password
            )
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            self.problem.setText(error_text(exc))
            return
        show_recovery_code(self, new_code)
        self.password.setText(password)
        self.sign_in()


def show_recovery_code(parent: QWidget, code: str) -> None:
    """Show a recovery code once, to be written down or printed and kept safe."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("LoginDialog", "Mã khôi phục"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(
        QCoreApplication.translate(
            "LoginDialog",
            "Mã khôi phục mật khẩu quản trị (chỉ hiện một lần, hãy in hoặc chép lại và cất "
            "giữ cẩn thận):\n\n{code}",
        ).format(code=code)
    )
    print_button = box.addButton(
        QCoreApplication.translate("LoginDialog", "In mã…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is print_button:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(box.text())
            document.print_(printer)
