"""Fetching, parsing and sanitising feeds; OPML; discovery; turning items and pages into drafts.

No database and no Qt here: callers (the services) store what these functions return.
"""
