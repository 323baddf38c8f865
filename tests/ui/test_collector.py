"""Garbage collection set up for a large journal: fewer young collections, start-up objects
frozen out of the collector's walks."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from cpdlog.ui import collector


@pytest.fixture
def restored_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)
    gc.unfreeze()


def test_configure_collects_young_objects_less_often(restored_gc: None) -> None:
    gc.set_threshold(700, 10, 10)
    collector.configure()
    assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 10, 10)
    gc.set_threshold(50_000, 20, 5)  # already rarer: kept
    collector.configure()
    assert gc.get_threshold() == (50_000, 20, 5)
    gc.set_threshold(0)  # collection switched off: left off
    collector.configure()
    assert gc.get_threshold()[0] == 0


class _Row:
    def __init__(self, n: int) -> None:
        self.values = [n]


def test_settle_takes_live_objects_out_of_collections(restored_gc: None) -> None:
    gc.unfreeze()
    kept = [_Row(n) for n in range(1000)]
    assert any(o is kept[0] for o in gc.get_objects())
    collector.settle()
    assert gc.get_freeze_count() >= len(kept)
    assert not any(o is kept[0] for o in gc.get_objects())  # no longer walked
    gone = weakref.ref(kept[0])
    del kept  # frozen objects are still freed when they are dropped
    assert gone() is None


def test_a_refresh_holds_full_collections_and_runs_middle_ones_more_often(
    restored_gc: None,
) -> None:
    collector.release_full_collections()  # a reader test's refresh may still hold them
    gc.set_threshold(collector.YOUNG_THRESHOLD, 10, 10)
    collector.hold_full_collections()
    try:
        # a middle collection after every second young one: each walks fewer objects
        assert gc.get_threshold() == (
            collector.YOUNG_THRESHOLD,
            collector.MIDDLE_COLLECTION_EVERY,
            collector.FULL_COLLECTION_HOLD,
        )
    finally:
        collector.release_full_collections()
    assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, 10, 10)
