"""The statistics of a reporting period: every figure, once, for the screen, the print and Excel."""
