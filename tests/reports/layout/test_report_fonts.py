"""The serif family: Times New Roman from Windows when present, else the bundled Tinos."""

from __future__ import annotations

import io
import shutil
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from giamsat_desktop.config import shipped_folder
from giamsat_desktop.reports.layout.fonts import (
    ENV_SYSTEM_FONTS,
    find_font_files,
    markup,
    nfc,
    serif_family,
    system_fonts_dir,
)
from giamsat_desktop.reports.layout.page_layout import PORTRAIT, build_pdf, form_styles
from tests.reports.samples import font_names

BUNDLED = shipped_folder("resources") / "fonts"
TINOS = ("Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf")
TIMES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")


@pytest.fixture
def no_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (ENV_SYSTEM_FONTS, "WINDIR", "SYSTEMROOT"):
        monkeypatch.delenv(name, raising=False)


def fake_windows_fonts(folder: Path, names: tuple[str, ...] = TIMES) -> Path:
    """A fonts folder holding Tinos under the Windows file names of Times New Roman."""
    folder.mkdir(parents=True, exist_ok=True)
    for source, target in zip(TINOS, names, strict=False):
        shutil.copyfile(BUNDLED / source, folder / target)
    return folder


def test_the_bundled_family_and_its_licence_are_shipped() -> None:
    for name in TINOS:
        assert (BUNDLED / name).stat().st_size > 100_000
    licence = (BUNDLED / "LICENSE-Tinos.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License, Version 1.1" in licence
    assert "PERMISSION & CONDITIONS" in licence  # the full text, not only its name


def test_without_windows_the_bundled_tinos_is_chosen(no_windows: None) -> None:
    files = find_font_files()
    assert files.family == "Tinos"
    assert [p.name for p in (files.regular, files.bold, files.italic, files.bold_italic)] == list(
        TINOS
    )
    assert system_fonts_dir() is None


def test_times_new_roman_is_chosen_when_windows_has_all_four_faces(tmp_path: Path) -> None:
    folder = fake_windows_fonts(tmp_path / "Fonts")
    files = find_font_files(folder)
    assert files.family == "TimesNewRoman"
    assert [p.name for p in (files.regular, files.bold, files.italic, files.bold_italic)] == list(
        TIMES
    )


def test_the_windows_folder_is_found_through_windir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_windows: None
) -> None:
    fake_windows_fonts(tmp_path / "Fonts")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    assert system_fonts_dir() == tmp_path / "Fonts"
    assert find_font_files().regular == tmp_path / "Fonts" / "times.ttf"


def test_the_override_folder_wins_over_windir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_windows: None
) -> None:
    folder = fake_windows_fonts(tmp_path / "copy")
    monkeypatch.setenv("WINDIR", str(tmp_path / "nowhere"))
    monkeypatch.setenv(ENV_SYSTEM_FONTS, str(folder))
    assert find_font_files().bold == folder / "timesbd.ttf"


def test_upper_case_windows_file_names_are_found(tmp_path: Path) -> None:
    folder = fake_windows_fonts(tmp_path / "Fonts", tuple(n.upper() for n in TIMES))
    assert find_font_files(folder).family == "TimesNewRoman"


def test_a_missing_face_falls_back_to_tinos_for_the_whole_family(tmp_path: Path) -> None:
    folder = fake_windows_fonts(tmp_path / "Fonts", TIMES[:3])
    assert find_font_files(folder).family == "Tinos"


def test_registering_is_idempotent_and_maps_bold_and_italic(tmp_path: Path) -> None:
    folder = fake_windows_fonts(tmp_path / "Fonts")
    family = serif_family(folder)
    assert serif_family(folder) is family
    assert family.regular.startswith("TimesNewRoman")
    assert family.files.regular == folder / "times.ttf"
    for name in (family.regular, family.bold, family.italic, family.bold_italic):
        assert name in pdfmetrics.getRegisteredFontNames()
    assert tt2ps(family.regular, 1, 0) == family.bold
    assert tt2ps(family.regular, 0, 1) == family.italic
    assert tt2ps(family.regular, 1, 1) == family.bold_italic
    assert tt2ps(family.bold, 0, 1) == family.bold_italic


def test_unreadable_windows_fonts_fall_back_to_tinos(tmp_path: Path) -> None:
    folder = tmp_path / "Broken"
    folder.mkdir()
    for name in TIMES:
        (folder / name).write_bytes(b"not a font")
    assert find_font_files(folder).family == "TimesNewRoman"
    assert serif_family(folder).regular == "Tinos"


def test_bold_and_italic_markup_embeds_all_four_faces(no_windows: None) -> None:
    styles = form_styles()
    text = "Thường <b>Đậm</b> <i>Nghiêng</i> <b><i>Đậm nghiêng</i></b>"
    pdf = build_pdf([Paragraph(text, styles.body)], PORTRAIT, title="Thử")
    assert font_names(pdf) == {"Tinos", "Tinos-Bold", "Tinos-Italic", "Tinos-BoldItalic"}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded, not merely named


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "Hỏa tốc, Đảng ủy, thượng khẩn")
    assert decomposed != "Hỏa tốc, Đảng ủy, thượng khẩn"
    assert nfc(decomposed) == "Hỏa tốc, Đảng ủy, thượng khẩn"
    assert nfc(None) == ""
    assert nfc(2026) == "2026"


def test_markup_escapes_text_and_keeps_line_breaks() -> None:
    assert markup("V/v <dự thảo> & ý kiến\ndòng hai") == (
        "V/v &lt;dự thảo&gt; &amp; ý kiến<br/>dòng hai"
    )
    assert markup(unicodedata.normalize("NFD", "ý kiến")) == "ý kiến"
