"""Every deadline of the office, by day: the calendar page and the Việc cần làm panel.

Deadlines come from sources (``sources.SOURCES``): the tasks now; a later workflow (the
reply deadlines of recommendations, the lead times of supervision) adds its own source
there, and the calendar shows it beside the others.
"""
