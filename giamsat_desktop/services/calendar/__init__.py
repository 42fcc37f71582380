"""Every deadline of the office, by day: the calendar page and the Việc cần làm panel.

Deadlines come from sources (``sources.SOURCES``): the tasks, the lead times of
supervision, the reply deadlines of recommendations; a later workflow adds its own source
there, and the calendar shows it beside the others.
"""
