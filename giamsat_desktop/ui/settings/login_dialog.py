"""Đăng nhập, when the office has more than one account; and the administrator's recovery."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.accounts import Actor, UserRecord
from giamsat_desktop.services.accounts import users as accounts
from giamsat_desktop.ui.common.background import TaskRunner, Waiting
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.settings.recovery_code import show_recovery_code


class LoginDialog(QDialog):
    """User name and password; the actor is set when the dialog is accepted.

    The password is checked on a worker (its hashing is slow on purpose, and a failure is
    counted in the database): meanwhile the dialog is greyed out with a busy cursor and
    still paints.
    """

    def __init__(
        self,
        factory: Any,
        office: str,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đăng nhập"))
        self.setMinimumWidth(420)
        self._factory = factory
        self._runner = runner if runner is not None else TaskRunner(self)
        self._waiting: Waiting | None = None
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

    @property
    def checking(self) -> bool:
        """Whether a password or recovery code is being checked."""
        return self._waiting is not None and self._waiting.active

    def _wait(self, text: str) -> None:
        self.problem.setText(text)
        self._waiting = Waiting(self)

    def _refused(self, exc: BaseException) -> None:
        if self._waiting is not None:
            self._waiting.end()
        self.problem.setText(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()

    def sign_in(self) -> None:
        """Check the password (slowed down after repeated failures) without freezing."""
        if self.checking:
            return
        factory, username, password = self._factory, self.username.text(), self.password.text()
        self._wait(self.tr("Đang kiểm tra mật khẩu…"))
        self._runner.command(
            lambda _c: accounts.sign_in(factory, username, password),
            on_done=self._signed_in,
            on_error=self._refused,
        )

    def _signed_in(self, actor: Actor) -> None:
        if self._waiting is not None:
            self._waiting.end()
        self.problem.clear()
        self.actor = actor
        self.accept()

    def recover(self) -> None:
        """Set a new administrator password with the printed recovery code."""
        if self.checking:
            return
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
        factory, username = self._factory, self.username.text()

        def recovered(result: tuple[UserRecord, str]) -> None:
            if self._waiting is not None:
                self._waiting.end()
            self.problem.clear()
            show_recovery_code(self, result[1])
            self.password.setText(password)
            self.sign_in()

        self._wait(self.tr("Đang kiểm tra mã khôi phục…"))
        self._runner.command(
            lambda _c: accounts.recover_admin(factory, username, code, password),
            on_done=recovered,
            on_error=self._refused,
        )
