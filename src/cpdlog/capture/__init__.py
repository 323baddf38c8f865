"""Capture: turning what the user reads elsewhere into CPD drafts and evidence (no Qt)."""
