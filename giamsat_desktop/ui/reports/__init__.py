"""Báo cáo: the statistics tables of a reporting period, each figure opening its records."""
