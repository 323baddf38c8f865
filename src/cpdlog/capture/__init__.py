"""Capture learning from outside the app (no Qt): what the browser (extension, bookmarklet,
``cpdlog://`` links) hands over, social threads, hashtag discussions and readable snapshots.

Modules here fetch and shape what was captured; they never write to the database. A service in
:mod:`cpdlog.services` turns the result into an Inbox draft.
"""
