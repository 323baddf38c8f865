"""cpdlog: continuing professional development records for social workers.

This module imports nothing heavy so that ``cpdlog --version`` stays fast.
"""

__version__ = "0.1.0"
APP_NAME = "cpdlog"
APP_ID = "org.cpdlog.CPDLog"
