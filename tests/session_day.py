"""The one day a test session lives in.

The program reads today's date through ``services.clock``; the root ``conftest`` holds that
at :data:`TODAY` for the whole session, so a run that passes midnight does not see a
document "due today" turn overdue between a test's expectation and the window.
"""

from __future__ import annotations

import datetime as dt

TODAY = dt.date.today()
