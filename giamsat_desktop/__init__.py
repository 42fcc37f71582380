"""Giám sát desktop: the office program of a local Ủy ban MTTQ Việt Nam."""

__version__ = "0.1.0"
