"""The serif family every printed form is set in, and the text clean-up before drawing.

Nghị định 30/2020 asks for Times New Roman. On Windows the system copy is used, so that a
form printed here matches what the office types in Word; anywhere else (or on a Windows
without it) the bundled Tinos is used: it has the same advance widths as Times New Roman, so
lines break where they would in Times, and it covers every Vietnamese letter with its marks.
Only static TrueType files are used: reportlab cannot select the bold or italic instance of a
variable font.

reportlab has no shaping engine: it draws one glyph per code point and never composes a
letter with combining marks, so decomposed (NFD) text, which arrives pasted from PDFs and
macOS, would print with marks floating beside their letters. Every string drawn therefore goes
through :func:`nfc` first.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from giamsat_desktop.config import shipped_folder

__all__ = [
    "ENV_SYSTEM_FONTS",
    "FontFamily",
    "FontFiles",
    "find_font_files",
    "markup",
    "nfc",
    "serif_family",
    "system_fonts_dir",
]

ENV_SYSTEM_FONTS = "GIAMSAT_SYSTEM_FONTS"
"""Folder searched for Times New Roman instead of ``%WINDIR%\\Fonts``.

Lets a support person point the program at a copy of the fonts, and lets tests exercise the
Windows branch on any system.
"""

_LOCK = threading.Lock()
_OWNERS: dict[str, Path] = {}
"""Registered family name → the upright face's file it was read from."""
_TIMES_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_TINOS_FILES = ("Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf")


def nfc(text: object) -> str:
    """Return text composed to NFC, the only form reportlab draws correctly.

    Args:
        text: Anything printed; None prints as an empty string.

    Returns:
        The NFC form of ``str(text)``.
    """
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text))


def markup(text: object) -> str:
    """Return text ready to go into a Paragraph: NFC, XML-escaped, line breaks kept.

    Paragraphs parse their text as markup, so a subject such as "Về việc <dự thảo> & ý kiến"
    would otherwise break the parser or lose words; line breaks typed by the clerk in a
    multi-line field would be folded into spaces.

    Args:
        text: Text as stored.

    Returns:
        The escaped text with ``<br/>`` for each newline.
    """
    return escape(nfc(text)).replace("\n", "<br/>")


@dataclass(frozen=True, slots=True)
class FontFiles:
    """The four files of a family and the name it is registered under.

    Attributes:
        family: Name the family is registered under in reportlab.
        regular: Path of the upright face.
        bold: Path of the bold face.
        italic: Path of the italic face.
        bold_italic: Path of the bold italic face.
    """

    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


@dataclass(frozen=True, slots=True)
class FontFamily:
    """Registered font names of the serif family, as styles and canvases name them.

    Attributes:
        regular: Name of the upright face.
        bold: Name of the bold face.
        italic: Name of the italic face.
        bold_italic: Name of the bold italic face.
        files: Where the faces were read from.
    """

    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: FontFiles


def system_fonts_dir() -> Path | None:
    r"""Folder where Times New Roman is looked for: the override, else ``%WINDIR%\Fonts``.

    Returns:
        The folder, or None when neither the override nor ``WINDIR`` is set (not Windows).
    """
    override = os.environ.get(ENV_SYSTEM_FONTS)
    if override:
        return Path(override)
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        return Path(windir) / "Fonts"
    return None


def _existing_files(folder: Path, names: tuple[str, ...]) -> tuple[Path, ...] | None:
    """The named files in a folder, found without regard to case, or None if one is missing.

    Windows file names are case-insensitive and fonts are installed as ``times.ttf`` or
    ``TIMES.TTF`` depending on the system's age; a copied folder on another system keeps
    whichever it had.
    """
    try:
        by_lower = {entry.name.lower(): entry for entry in folder.iterdir() if entry.is_file()}
    except OSError:
        return None
    if not all(name.lower() in by_lower for name in names):
        return None
    return tuple(by_lower[name.lower()] for name in names)


def find_font_files(system_dir: Path | None = None, bundled_dir: Path | None = None) -> FontFiles:
    """Choose the files of the serif family: Times New Roman when all four faces exist.

    A system with only some faces (a stripped-down Windows) falls back entirely to Tinos,
    because mixing Times upright with Tinos bold would change the widths of bold words.

    Args:
        system_dir: Folder to look in for ``times*.ttf``; defaults to :func:`system_fonts_dir`.
        bundled_dir: Folder of the bundled Tinos; defaults to ``resources/fonts``.

    Returns:
        The files of the chosen family.
    """
    folder = system_dir if system_dir is not None else system_fonts_dir()
    if folder is not None:
        times = _existing_files(folder, _TIMES_FILES)
        if times is not None:
            return FontFiles("TimesNewRoman", *times)
    return _bundled_files(bundled_dir)


def _bundled_files(bundled_dir: Path | None = None) -> FontFiles:
    bundled = bundled_dir if bundled_dir is not None else shipped_folder("resources") / "fonts"
    return FontFiles("Tinos", *(bundled / name for name in _TINOS_FILES))


@lru_cache(maxsize=8)
def _register(files: FontFiles) -> FontFamily:
    """Register one family once; later calls with the same files return the same names.

    reportlab never replaces a font registered under a name, so a second folder of the same
    family (a copied fonts folder) is registered under a numbered name of its own.
    """
    family, number = files.family, 1
    while _OWNERS.get(family, files.regular) != files.regular:
        number += 1
        family = f"{files.family}{number}"
    names = tuple(f"{family}{suffix}" for suffix in ("", "-Bold", "-Italic", "-BoldItalic"))
    paths = (files.regular, files.bold, files.italic, files.bold_italic)
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in zip(names, paths, strict=True):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    _OWNERS[family] = files.regular
    # Paragraphs resolve <b> and <i> from the face a style starts in: <i> inside a bold heading
    # must give bold italic, but reportlab maps each registered TrueType face to itself.
    faces = {(0, 0): names[0], (1, 0): names[1], (0, 1): names[2], (1, 1): names[3]}
    for (bold, italic), face in faces.items():
        for add_bold, add_italic in faces:
            addMapping(face, add_bold, add_italic, faces[bold | add_bold, italic | add_italic])
    # Last, so that each face's name maps back to the family rather than to itself.
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    return FontFamily(*names, files=files)


def serif_family(system_dir: Path | None = None) -> FontFamily:
    """Register the serif family (once per process) and return its face names.

    A system font that cannot be read or embedded (a damaged file, a restricted licence)
    must not stop the office from printing: the bundled family is used instead.

    Args:
        system_dir: Folder to look in for Times New Roman instead of the default one.

    Returns:
        The registered names of the four faces.
    """
    files = find_font_files(system_dir)
    with _LOCK:  # reports may be printed from two worker threads at once
        try:
            return _register(files)
        except (TTFError, OSError):
            if files.family == "Tinos":
                raise
            return _register(_bundled_files())
