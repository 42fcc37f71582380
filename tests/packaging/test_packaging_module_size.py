"""Small modules with names that explain themselves: none of the program's passes 500 lines.

A module that grows past it is split along what it holds (as ``excel/package.py`` became the
zip and XML checks), before the next feature makes it harder.
"""

from __future__ import annotations

from pathlib import Path

import giamsat_desktop

LONGEST = 500
PACKAGE = Path(giamsat_desktop.__file__).parent


def test_no_module_of_the_program_passes_500_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST
    }
    assert long == {}
