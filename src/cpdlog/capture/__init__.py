"""Capture learning from outside the app (no Qt): social threads, hashtag discussions and more.

Modules here fetch and shape what was captured; they never write to the database. A service
in :mod:`cpdlog.services` turns the result into a draft entry.
"""
