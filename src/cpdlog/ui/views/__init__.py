"""Views of the desktop app."""
