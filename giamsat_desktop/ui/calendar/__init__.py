"""Việc cần làm at start, and Lịch hạn: every deadline in a month view and an agenda."""
