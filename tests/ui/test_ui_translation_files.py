"""The shipped translations hold every string of the code, and the .qm match the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it comes with PySide6-Essentials)")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_english_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            str(ROOT / "giamsat_desktop"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    shipped = _messages(I18N / "giamsat_en.ts")
    assert in_code - set(shipped) == set(), "run `make translations` and translate the new strings"
    assert len(in_code) > 100


def test_every_english_string_is_translated() -> None:
    unfinished = [
        key
        for key, message in _messages(I18N / "giamsat_en.ts").items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in {"unfinished", "obsolete", "vanished"}
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    import re

    for (context, source), message in _messages(I18N / "giamsat_en.ts").items():
        translation = message.findtext("translation") or ""
        names = sorted(re.findall(r"\{(\w+)\}", source))
        assert sorted(re.findall(r"\{(\w+)\}", translation)) == names, (context, source)


@pytest.mark.parametrize("name", ["giamsat_en", "qtbase_vi"])
def test_compiled_file_matches_its_source(name: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"{name}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(I18N / f"{name}.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (I18N / f"{name}.qm").read_bytes()
