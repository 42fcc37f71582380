"""The tests mirror the program's packages, and every folder of tests is a package.

A helper is then imported by its package (``from tests.ui.clicks import click``), never by a
bare module name that depends on which folder pytest put on ``sys.path`` first.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
PROGRAM = ROOT / "giamsat_desktop"
CROSS_CUTTING = {"hostile", "packaging", "fixtures"}
"""Folders of tests about the whole program rather than one of its packages."""


def _folders_with_python() -> set[Path]:
    return {p.parent for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts}


def test_every_folder_of_tests_is_a_package() -> None:
    missing = sorted(
        str(folder.relative_to(ROOT))
        for folder in _folders_with_python()
        if not (folder / "__init__.py").is_file()
    )
    assert missing == []


def test_each_folder_of_tests_names_a_package_of_the_program() -> None:
    strays = []
    for folder in _folders_with_python():
        inside = folder.relative_to(TESTS).parts
        if not inside or inside[0] in CROSS_CUTTING:
            continue
        if not (PROGRAM.joinpath(*inside) / "__init__.py").is_file():
            strays.append("/".join(inside))
    assert sorted(strays) == []


def test_no_test_imports_a_helper_by_a_bare_module_name() -> None:
    helpers = {p.stem for p in TESTS.rglob("*.py") if not p.stem.startswith(("test_", "__"))}
    bare = []
    for path in TESTS.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            words = line.split()
            if len(words) > 1 and words[0] in {"from", "import"}:
                top = words[1].split(".")[0]
                if top in helpers or top.startswith("test_"):
                    bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert bare == []
