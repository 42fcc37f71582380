"""Tài khoản: the administrator manages accounts; everyone can change their own password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.domain.accounts import Role, UserRecord
from giamsat_desktop.services.accounts import users as accounts
from giamsat_desktop.services.common.context import ServiceContext
from giamsat_desktop.ui.common.background import TaskRunner, Waiting, runner_for
from giamsat_desktop.ui.common.error_text import error_text
from giamsat_desktop.ui.common.labels import label
from giamsat_desktop.ui.settings.recovery_code import show_recovery_code


class AccountsBox(QGroupBox):
    """Short lists of tens of accounts: read whole, changed one by one.

    A change is a write of the window's runner (hashing a password is slow on purpose): it
    waits its turn behind a running import, with the buttons greyed out, and the window
    goes on painting.
    """

    def __init__(
        self,
        context: ServiceContext,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(self.tr("Tài khoản"), parent)
        self._context = context
        self._runner = runner
        self._waiting: Waiting | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.users = QListWidget()
        self.users.setMaximumHeight(130)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.saving = QLabel(self.tr("Đang lưu…"))
        self.saving.setVisible(False)
        self.first_admin = QPushButton(self.tr("Tạo tài khoản quản trị…"))
        self.first_admin.clicked.connect(lambda: self.create_first_admin())
        self.add = QPushButton(self.tr("Thêm tài khoản…"))
        self.add.clicked.connect(lambda: self.add_user())
        self.role = QPushButton(self.tr("Đổi vai trò…"))
        self.role.clicked.connect(lambda: self.change_role())
        self.toggle = QPushButton(self.tr("Ngừng dùng / dùng lại"))
        self.toggle.clicked.connect(lambda: self.toggle_active())
        self.reset = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.reset.clicked.connect(lambda: self.reset_password())
        self.own = QPushButton(self.tr("Đổi mật khẩu của tôi…"))
        self.own.clicked.connect(lambda: self.change_own_password())
        row = QHBoxLayout()
        self._buttons = (self.first_admin, self.add, self.role, self.toggle, self.reset, self.own)
        for button in self._buttons:
            row.addWidget(button)
        row.addWidget(self.saving)
        row.addStretch(1)
        self.reporters = QCheckBox(self.tr("Xem người phản ánh"))
        self.reporters.setObjectName("seesReporters")
        self.reporters.setToolTip(
            self.tr(
                "Tài khoản được xem họ tên, địa chỉ của người phản ánh về cán bộ, đảng viên "
                "(Quy định 124). Quản trị luôn xem được; tài khoản chỉ xem thì không bao giờ."
            )
        )
        self.reporters.clicked.connect(lambda checked: self.set_sees_reporters(bool(checked)))
        self.users.currentItemChanged.connect(lambda *_a: self._show_flag())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.users)
        layout.addWidget(self.reporters)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.refresh()

    @property
    def _is_admin(self) -> bool:
        return self._context.actor.role is Role.ADMIN

    def refresh(self) -> None:
        """Read the accounts again."""
        records = accounts.list_users(self._context.factory)
        chosen = self._selected()
        self.users.clear()
        for record in records:
            text = f"{record.username} — {record.full_name} ({label(record.role)})"
            if record.sees_reporters:
                text += self.tr(" — xem người phản ánh")
            if not record.active:
                text += self.tr(" — ngừng dùng")
            item = QListWidgetItem(text)
            item.setData(256, record)
            self.users.addItem(item)
            if chosen is not None and record.id == chosen.id:
                self.users.setCurrentItem(item)
        has_accounts = bool(records)
        self.note.setText(
            self.tr("Đang làm việc với tên: {name}").format(name=self._context.actor.user_name)
            if has_accounts
            else self.tr(
                "Chưa có tài khoản: chương trình tự đăng nhập với tên “Văn thư”. Khi nhiều người "
                "cùng dùng, hãy tạo tài khoản quản trị rồi thêm tài khoản cho từng người."
            )
        )
        self.users.setVisible(has_accounts)
        self.first_admin.setVisible(not has_accounts and self._context.actor.role.can_write)
        for button in (self.add, self.role, self.toggle, self.reset):
            button.setVisible(has_accounts and self._is_admin)
        self.own.setVisible(has_accounts)
        self.reporters.setVisible(has_accounts and self._is_admin)
        self._show_flag()

    def _selected(self) -> UserRecord | None:
        item = self.users.currentItem()
        return item.data(256) if item is not None else None

    def _show_flag(self) -> None:
        """The chosen account's "Xem người phản ánh" (never for a viewer)."""
        record = self._selected()
        self.reporters.setChecked(record is not None and record.sees_reporters)
        self.reporters.setEnabled(record is not None and record.role is not Role.VIEWER)

    def _ask(self, label: str, *, secret: bool = False, text: str = "") -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(self, self.tr("Tài khoản"), label, mode, text)
        return value if ok else None

    def _ask_new_password(self) -> str | None:
        first = self._ask(self.tr("Mật khẩu mới (ít nhất 8 ký tự):"), secret=True)
        if first is None:
            return None
        second = self._ask(self.tr("Nhập lại mật khẩu mới:"), secret=True)
        if second != first:
            self.problem.setText(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return None
        return first

    @property
    def saving_now(self) -> bool:
        """Whether a change is waiting for its turn or being written."""
        return self._waiting is not None and self._waiting.active

    def _run(self, action: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        """Write ``action`` through the window's runner; ``then`` gets its value once done."""
        runner = self._runner if self._runner is not None else runner_for(self)
        self.problem.setText("")
        self.saving.setVisible(True)
        self._waiting = Waiting(self.users, self.reporters, *self._buttons)

        def finish() -> None:
            self.saving.setVisible(False)
            if self._waiting is not None:
                self._waiting.end()

        def done(result: Any) -> None:
            finish()
            self.refresh()
            if then is not None:
                then(result)

        def failed(exc: BaseException) -> None:
            finish()
            self._show_flag()
            self.problem.setText(error_text(exc))

        runner.command(lambda _c: action(), on_done=done, on_error=failed)

    def create_first_admin(self) -> None:
        """The first account: an administrator, with a recovery code shown once."""
        username = self._ask(self.tr("Tên đăng nhập của quản trị:"), text="quantri")
        full_name = self._ask(self.tr("Họ và tên:")) if username else None
        password = self._ask_new_password() if full_name is not None else None
        if not username or password is None:
            return
        factory = self._context.factory
        self._run(
            lambda: accounts.create_first_admin(factory, username, full_name or "", password),
            lambda created: show_recovery_code(self, created[1]),
        )

    def add_user(self) -> None:
        """A new account with a role and a first password."""
        username = self._ask(self.tr("Tên đăng nhập:"))
        full_name = self._ask(self.tr("Họ và tên:")) if username else None
        if not username or full_name is None:
            return
        roles = [Role.CLERK, Role.VIEWER, Role.ADMIN]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Tài khoản"), self.tr("Vai trò:"), [label(r) for r in roles], 0, False
        )
        password = self._ask_new_password() if ok else None
        if password is None:
            return
        role = roles[[label(r) for r in roles].index(chosen)]
        context = self._context
        self._run(
            lambda: accounts.add_user(
                context.factory, context.actor, username, full_name, role, password
            )
        )

    def change_role(self) -> None:
        """Another role for the selected account."""
        record = self._selected()
        if record is None:
            return
        roles = [Role.ADMIN, Role.CLERK, Role.VIEWER]
        names = [label(r) for r in roles]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Tài khoản"),
            self.tr("Vai trò của {user}:").format(user=record.username),
            names,
            names.index(label(record.role)),
            False,
        )
        if ok:
            context, role = self._context, roles[names.index(chosen)]
            self._run(
                lambda: accounts.set_role(
                    context.factory, context.actor, record.id, role, record.version
                )
            )

    def set_sees_reporters(self, sees: bool) -> None:
        """Give the chosen account "Xem người phản ánh", or take it away."""
        record = self._selected()
        if record is None:
            return
        context = self._context
        self._run(
            lambda: accounts.set_sees_reporters(
                context.factory, context.actor, record.id, sees, record.version
            )
        )

    def toggle_active(self) -> None:
        """Deactivate (or bring back) the selected account."""
        record = self._selected()
        if record is not None:
            context = self._context
            self._run(
                lambda: accounts.set_active(
                    context.factory, context.actor, record.id, not record.active, record.version
                )
            )

    def reset_password(self) -> None:
        """The administrator sets a new password for someone who forgot theirs."""
        record = self._selected()
        password = self._ask_new_password() if record is not None else None
        if record is not None and password is not None:
            context = self._context
            self._run(
                lambda: accounts.reset_password(context.factory, context.actor, record.id, password)
            )

    def change_own_password(self) -> None:
        """Anyone changes their own password, knowing the old one."""
        old = self._ask(self.tr("Mật khẩu hiện tại:"), secret=True)
        new = self._ask_new_password() if old is not None else None
        if old is not None and new is not None:
            context = self._context
            self._run(
                lambda: accounts.change_own_password(context.factory, context.actor, old, new)
            )
