"""Trợ giúp → Hướng dẫn sử dụng: the user guide shipped with the program, with its contents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from giamsat_desktop.config import shipped_folder

GUIDE_FILE = "huong-dan.html"


def guide_path() -> Path:
    """The guide's file, found the way the printed forms find their fonts."""
    return shipped_folder("resources") / "guide" / GUIDE_FILE


class GuideDialog(QDialog):
    """The guide in a browser, its section headings listed on the left, a search field above.

    Args:
        language: The window's language; the guide is written in Vietnamese only, and the
            dialog says so in any other language.
        parent: The main window.
        path: The guide's file (the shipped one by default).
    """

    def __init__(
        self, language: str, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        path = path if path is not None else guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(
                self.tr("Không tìm thấy tệp hướng dẫn {path}. Hãy cài lại chương trình.").format(
                    path=path
                )
            )
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self._list_sections()
        self.contents.currentRowChanged.connect(self.show_section)

        self.find_field = QLineEdit()
        self.find_field.setObjectName("guideFind")
        self.find_field.setPlaceholderText(self.tr("Tìm trong hướng dẫn (Ctrl+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(self.tr("Tìm tiếp (F3)"))
        self.find_button.clicked.connect(lambda: self.find_next())
        self.find_result = QLabel()
        self.find_result.setObjectName("guideFindResult")
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_button)
        find_row.addWidget(self.find_result)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        self.contents.ensurePolished()
        widest = self.contents.sizeHintForColumn(0) if self.contents.count() else 0
        splitter.setSizes([widest + 4 * self.contents.fontMetrics().averageCharWidth(), 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.language_note = QLabel(self.tr("Hướng dẫn này chỉ có bằng tiếng Việt."))
        self.language_note.setObjectName("guideLanguageNote")
        self.language_note.setVisible(language != "vi")
        layout.addWidget(self.language_note)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._fit_screen()

    def _fit_screen(self) -> None:
        available = self.screen().availableGeometry()
        self.resize(min(1000, available.width() - 40), min(680, available.height() - 60))

    # ----- contents ------------------------------------------------------------------

    def _list_sections(self) -> None:
        """One entry per section heading (h2) of the guide, in the guide's order."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                item = QListWidgetItem(block.text().strip())
                item.setData(Qt.ItemDataRole.UserRole, block.position())
                self.contents.addItem(item)
            block = block.next()

    def section_titles(self) -> list[str]:
        """The section headings as the contents list shows them."""
        return [self.contents.item(row).text() for row in range(self.contents.count())]

    def show_section(self, row: int) -> None:
        """Scroll the guide so that the section of ``row`` starts at the top."""
        item = self.contents.item(row)
        if item is None:
            return
        document = self.browser.document()
        block = document.findBlock(int(item.data(Qt.ItemDataRole.UserRole)))
        self.browser.setTextCursor(QTextCursor(block))
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    # ----- finding -------------------------------------------------------------------

    def focus_find(self) -> None:
        """Ctrl+F: to the search field, its text selected."""
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """Select the next place the searched text appears, from the top again at the end."""
        text = self.find_field.text().strip()
        self.find_result.clear()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if self.browser.find(text, QTextDocument.FindFlag(0)):
            return True
        self.find_result.setText(self.tr("Không thấy “{text}”.").format(text=text))
        return False
