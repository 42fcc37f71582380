"""The window's packages import one way: a widget never reaches for a dialog module.

Dialogs use widgets (the date field, the office form); a widget that needs something a
dialog also needs (the recovery code's box) takes it from a leaf module of ``ui``, so the
two packages do not import each other in a circle.
"""

from __future__ import annotations

import grimp


def test_no_widget_module_imports_a_dialog_module() -> None:
    graph = grimp.build_graph("giamsat_desktop")
    widgets = graph.find_children("giamsat_desktop.ui.widgets")
    found = {
        (widget, imported)
        for widget in widgets
        for imported in graph.find_modules_directly_imported_by(widget)
        if imported.startswith("giamsat_desktop.ui.dialogs")
    }
    assert found == set()


def test_the_recovery_code_box_imports_neither_widgets_nor_dialogs() -> None:
    graph = grimp.build_graph("giamsat_desktop")
    imported = graph.find_modules_directly_imported_by("giamsat_desktop.ui.recovery_code")
    assert {m for m in imported if m.startswith("giamsat_desktop.")} == set()
