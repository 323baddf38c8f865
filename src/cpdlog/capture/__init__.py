"""Capture: what the browser (extension, bookmarklet, ``cpdlog://`` links) and the social and
snapshot clients hand to cpdlog. No Qt and no database here: a service turns captures into
Inbox drafts.
"""
