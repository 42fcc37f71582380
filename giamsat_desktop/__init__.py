"""Giám sát desktop: the office program of a local Ủy ban MTTQ Việt Nam."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("giamsat_desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
