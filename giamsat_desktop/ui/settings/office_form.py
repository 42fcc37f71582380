"""The office's details, as typed in the first-run wizard and in Cài đặt."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from giamsat_desktop.domain.office import OfficeInfo, OfficeLevel, default_office_name
from giamsat_desktop.domain.text import normalize_line
from giamsat_desktop.ui.common.labels import label


class OfficeForm(QWidget):
    """Fields of :class:`OfficeInfo`, checked as the clerk types."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._version = 0
        self._name_touched = False
        self.level = QComboBox()
        for level in OfficeLevel:
            self.level.addItem(label(level), level)
        self.level.setCurrentIndex(self.level.findData(OfficeLevel.COMMUNE))
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("Ví dụ: Tân Hưng"))
        self.name = QLineEdit()
        self.date_line_place = QLineEdit()
        self.date_line_place.setPlaceholderText(self.tr("Để trống: dùng tên địa phương"))
        self.higher_body = QLineEdit()
        self.higher_body.setPlaceholderText(self.tr("Ví dụ: Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"))
        self.symbol_suffix = QLineEdit("MTTQ-BTT")
        self.chair_name = QLineEdit()
        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)

        layout = QFormLayout(self)
        layout.addRow(self.tr("Cấp:"), self.level)
        layout.addRow(self.tr("Tên địa phương:"), self.place_name)
        layout.addRow(self.tr("Tên đơn vị:"), self.name)
        layout.addRow(self.tr("Địa danh ghi ngày tháng:"), self.date_line_place)
        layout.addRow(self.tr("Cơ quan cấp trên:"), self.higher_body)
        layout.addRow(self.tr("Ký hiệu văn bản của đơn vị:"), self.symbol_suffix)
        layout.addRow(self.tr("Họ tên Chủ tịch:"), self.chair_name)
        layout.addRow(self.problem)

        self.level.currentIndexChanged.connect(self._propose_name)
        self.place_name.textEdited.connect(self._propose_name)
        self.name.textEdited.connect(self._mark_name_touched)
        for edit in (
            self.place_name,
            self.name,
            self.date_line_place,
            self.higher_body,
            self.symbol_suffix,
            self.chair_name,
        ):
            edit.textChanged.connect(self._revalidate)
        self.level.currentIndexChanged.connect(self._revalidate)
        self._revalidate()

    def _mark_name_touched(self) -> None:
        self._name_touched = True

    def _propose_name(self) -> None:
        if not self._name_touched:
            place = normalize_line(self.place_name.text())
            self.name.setText(default_office_name(self.current_level(), place) if place else "")

    def current_level(self) -> OfficeLevel:
        """The level chosen."""
        return OfficeLevel(self.level.currentData())

    def problems(self) -> list[str]:
        """What stops the details from being saved, field by field, in the UI language."""
        found = []
        if not normalize_line(self.place_name.text()):
            found.append(self.tr("Chưa nhập tên địa phương."))
        if not normalize_line(self.name.text()):
            found.append(self.tr("Chưa nhập tên đơn vị."))
        suffix = normalize_line(self.symbol_suffix.text())
        if not suffix:
            found.append(self.tr("Chưa nhập ký hiệu văn bản của đơn vị (ví dụ MTTQ-BTT)."))
        elif any(ch.isspace() or ch == "/" for ch in suffix):
            found.append(self.tr("Ký hiệu văn bản không được có dấu cách hay dấu “/”."))
        return found

    def is_valid(self) -> bool:
        """Whether the details can be saved."""
        return not self.problems()

    def _revalidate(self) -> None:
        self.problem.setText("\n".join(self.problems()))
        self.changed.emit()

    def set_office(self, office: OfficeInfo) -> None:
        """Show stored details for editing."""
        self._version = office.version
        self._name_touched = True
        self.level.setCurrentIndex(self.level.findData(office.level))
        self.place_name.setText(office.place_name)
        self.name.setText(office.name)
        self.date_line_place.setText(office.date_line_place)
        self.higher_body.setText(office.higher_body)
        self.symbol_suffix.setText(office.symbol_suffix)
        self.chair_name.setText(office.chair_name)

    def office(self) -> OfficeInfo:
        """The details as typed (the service normalises and checks them again)."""
        place = self.place_name.text()
        info = OfficeInfo(
            name=self.name.text(),
            level=self.current_level(),
            place_name=place,
            date_line_place=self.date_line_place.text() or place,
            higher_body=self.higher_body.text(),
            symbol_suffix=self.symbol_suffix.text(),
            chair_name=self.chair_name.text(),
        )
        return replace(info, version=self._version)
