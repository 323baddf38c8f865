"""Garbage collection tuned for a desktop app that holds a large journal in memory.

CPython's full collections walk every container object, holding the GIL, on whichever
thread happened to trigger them. With 10,000 entries, SQLAlchemy and Qt's wrappers loaded
that is a few hundred thousand objects, so a full collection set off by a worker thread (a
feed refresh storing items, the journal being listed) stopped the GUI thread for 50-220 ms.

Two measures keep those pauses short:

* a young collection runs after 10,000 new container objects instead of CPython's 700, so
  the bulk reads that workers do (thousands of rows at a time) set off far fewer
  collections, and with them fewer full ones;
* objects that live as long as the window (modules, classes, the services, the journal's
  rows once listed) are moved to the permanent generation with ``gc.freeze()``, where
  collections no longer walk them. Frozen objects are still freed by reference counting when
  they are dropped; only a reference cycle among them would outlive its use, which is why
  this happens at start-up milestones, not after every change.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def configure() -> None:
    """Collect young objects less often (see the module's description)."""
    young, older, oldest = gc.get_threshold()
    if young:  # 0: collection is switched off; leave that alone
        gc.set_threshold(max(young, YOUNG_THRESHOLD), older, oldest)


def settle() -> None:
    """Everything alive now stays: take it out of the collector's walks (``gc.freeze``)."""
    gc.freeze()


# While a refresh runs, full collections wait (see ``hold_full_collections``).
FULL_COLLECTION_HOLD = 1_000_000
# ... and a middle collection runs after every second young one instead of every tenth.
MIDDLE_COLLECTION_EVERY = 2
_held: tuple[int, int, int] | None = None


def hold_full_collections() -> None:
    """Put full collections off until :func:`release_full_collections` (a feed refresh).

    A refresh keeps thousands of objects alive for a while (each feed's items between the
    parse and the writer, the feed tree read again every second), so every so often CPython
    walks everything that is not frozen in one full collection, holding the GIL: in a
    2,000-feed app refresh one took 713 ms on the loaded 2-core machine (load average 13; the
    longest collection of the same bench on a quiet machine was 116 ms). Young and middle
    collections still run, so cyclic garbage of short life is still freed; what reaches the
    oldest generation meanwhile is freed by the first full collection after the refresh.

    Middle collections run more often meanwhile: each walks what the young ones since the
    last kept, and after ten young collections of 10,000 objects that was up to 100,000
    objects (the feed tree read again every second, the items on their way to the writer),
    a 46-50 ms pause of the GUI thread in a 2,000-feed app refresh. After every second one
    it walks at most a fifth of that; the survivors move on to the oldest generation sooner,
    which the full collection after the refresh walks anyway.
    """
    global _held
    if _held is not None:
        return
    young, older, oldest = gc.get_threshold()
    if not young:
        return  # collection is switched off; leave that alone
    _held = (young, older, oldest)
    # CPython collects the oldest generation once this many middle collections have run.
    gc.set_threshold(young, min(older, MIDDLE_COLLECTION_EVERY), FULL_COLLECTION_HOLD)


def release_full_collections() -> None:
    """Full collections as before :func:`hold_full_collections`."""
    global _held
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None
