"""Today's date, read in one place.

Every "today" the program uses (what is overdue, the default dates of a dialog, the demo
office's dates) comes from :func:`today`, so a whole session agrees on one day, and the
tests can hold the day still across midnight.
"""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    """The computer's date today."""
    return dt.date.today()
