"""Adding up the summary books of the offices under this one."""
