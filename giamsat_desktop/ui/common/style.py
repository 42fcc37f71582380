"""The window's look: a calm, readable style for long days of data entry."""

STYLE_SHEET = """
QWidget { font-size: 10.5pt; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #7a0f1d; padding: 4px 0 8px 0; }
QLabel#placeholderNote { font-size: 11pt; color: #444444; }
QListWidget#navigation {
    background: #f7f3ee; border: none; border-right: 1px solid #d8d0c4; font-size: 11pt;
}
QListWidget#navigation::item { padding: 7px 10px; }
QListWidget#navigation::item:selected { background: #c8102e; color: white; }
QTableView { gridline-color: #dddddd; selection-background-color: #f3d6da;
             selection-color: black; }
QHeaderView::section { background: #efe9e1; padding: 4px; border: none;
                       border-right: 1px solid #d8d0c4; font-weight: bold; }
"""
