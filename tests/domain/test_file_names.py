"""A stored file name is a label: ``safe_file_name`` makes any of them a plain base name."""

from __future__ import annotations

import ntpath
import posixpath
import unicodedata

import pytest

from giamsat_desktop.domain.file_names import (
    FALLBACK_NAME,
    MAX_NAME_BYTES,
    is_safe_file_name,
    safe_file_name,
)

HOSTILE = [
    "C:\\Users\\Public\\x.bat",
    "/home/x/.profile",
    "../../x.txt",
    "..\\..\\x.txt",
    "\\\\may-chu\\chia-se\\x.doc",
    "C:x.bat",
    "x.txt:Zone.Identifier",
    "..",
    ".",
    "",
    "   ",
    " . . ",
    "NUL",
    "nul.txt",
    "CON .pdf",
    "com1.tar.gz",
    "LPT9",
    "COM¹.doc",
    "CONOUT$",
    "báo cáo\u202efdp.exe",
    "tệp\x00ẩn\n.pdf",
    "a\x1b[31mđỏ.pdf",
    "x" * 400 + ".pdf",
    "Đ" * 300,
    "tên.",
    "tên ",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_name_becomes_a_plain_base_name(name: str) -> None:
    safe = safe_file_name(name)

    assert safe
    assert "/" not in safe and "\\" not in safe and ":" not in safe
    assert safe not in {".", ".."}
    assert ntpath.basename(safe) == safe == posixpath.basename(safe)
    assert not ntpath.splitdrive(safe)[0]
    assert all(unicodedata.category(c) not in {"Cc", "Cf"} for c in safe)
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe.split(".")[0].rstrip().upper() not in {"CON", "NUL", "LPT9", "COM1", "CONOUT$"}
    assert not safe.endswith((" ", ".")) and not safe.startswith((" ", "."))
    assert safe_file_name(safe) == safe
    assert is_safe_file_name(safe)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("C:\\Users\\Public\\x.bat", "x.bat"),
        ("/home/x/.profile", "profile"),
        ("../../x.txt", "x.txt"),
        ("..", FALLBACK_NAME),
        ("", FALLBACK_NAME),
        ("nul.txt", "_nul.txt"),
        ("COM1", "_COM1"),
        ("x.txt:Zone.Identifier", "x.txt_Zone.Identifier"),
        ("báo cáo\u202efdp.exe", "báo cáo_fdp.exe"),
        ("tên.", "tên"),
    ],
)
def test_what_is_kept_of_a_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_a_clerks_usual_name_is_kept_as_typed_in_nfc() -> None:
    name = unicodedata.normalize("NFD", "Công văn 558-CV/ĐUK (bản quét).pdf".replace("/", "-"))

    assert safe_file_name(name) == "Công văn 558-CV-ĐUK (bản quét).pdf"
    assert is_safe_file_name("Công văn 558-CV-ĐUK (bản quét).pdf")


def test_a_long_name_keeps_its_extension_and_whole_letters() -> None:
    safe = safe_file_name("Báo cáo kết quả giám sát " * 20 + ".docx")

    assert safe.endswith(".docx")
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    safe.encode("utf-8").decode("utf-8")  # no letter cut in half


def test_a_name_with_nothing_left_takes_the_fallback_given() -> None:
    assert safe_file_name("../..", fallback="phieu.pdf") == "phieu.pdf"
    assert safe_file_name("..", fallback="../..") == FALLBACK_NAME


def test_a_path_is_not_a_safe_name() -> None:
    assert not is_safe_file_name("../x.txt")
    assert not is_safe_file_name("C:\\x.bat")
    assert not is_safe_file_name("")
    assert not is_safe_file_name("NUL")
