"""The administrator's recovery code, shown once (by the accounts box and the login dialog).

A leaf of the window: it imports no widget or dialog module, so that both may use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


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
