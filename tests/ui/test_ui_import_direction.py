"""The window's packages import one way: the common pieces never reach into a feature.

``ui/common`` holds what every feature uses (the background runner, the list page, the
date field, the PDF preview…); a feature imports it, never the other way round, so a new
feature adds a package without touching the others' imports.
"""

from __future__ import annotations

import grimp

FEATURES = ("registers", "catalog", "settings", "audit", "overview", "help")


def test_the_common_pieces_import_no_feature_of_the_window() -> None:
    graph = grimp.build_graph("giamsat_desktop")
    common = graph.find_children("giamsat_desktop.ui.common")
    assert common, "ui/common has modules"
    found = {
        (module, imported)
        for module in common
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith(tuple(f"giamsat_desktop.ui.{f}." for f in FEATURES))
        or imported == "giamsat_desktop.ui.main_window"
    }
    assert found == set()


def test_the_recovery_code_box_imports_no_other_module_of_the_program() -> None:
    graph = grimp.build_graph("giamsat_desktop")
    imported = graph.find_modules_directly_imported_by("giamsat_desktop.ui.settings.recovery_code")
    assert {m for m in imported if m.startswith("giamsat_desktop.")} == set()
