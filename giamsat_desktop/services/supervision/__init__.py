"""Supervision (giám sát): the year's programme, its sessions, delegations and their steps."""
