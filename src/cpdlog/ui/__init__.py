"""The desktop app (PySide6). The only package that imports Qt."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a reference-count defect of PySide6/shiboken 6.12.0 on Python 3.11.

    Measured here (session 6): every call of a Qt method that returns nothing (``setText``,
    ``processEvents``, a painter's ``drawText``…) takes one reference from ``None`` and never
    gives it back, so ``None``'s count falls by one per call (it starts near 5,000). When it
    reaches nothing, Python stops the whole app with "Fatal Python error: none_dealloc", which
    a long session of painting and typing would reach. From Python 3.12, ``None`` is immortal
    (PEP 683) and the defect is harmless; on 3.11 its count is raised once by 2**40 here, so
    no session can run it down (about 10**12 calls). Nothing else is changed.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field
    if refcount.value < 2**40:
        refcount.value += 2**40


_keep_none_alive()
