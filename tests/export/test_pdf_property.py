"""Property: any Unicode in any field exports without error and survives into the text."""

from __future__ import annotations

import datetime as dt
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdlog.domain.entry import (
    ActivityType,
    Entry,
    EntryStatus,
    Evidence,
    PeerReflection,
    Reflection,
    Source,
)
from cpdlog.export.pdf import Layout, PortfolioOptions, render_portfolio
from cpdlog.export.pdf.markup import drawable
from tests.export.pdf_support import body_text, make_data, squash

# Every code point, surrogates and control characters included; a few big ones too.
anything = st.text(st.characters(codec=None), max_size=40)
long_text = st.text(st.characters(codec=None), max_size=400)
section_keys = st.sampled_from(["description", "learnt", "impact", "other-key", "<b>"])


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    peer = draw(
        st.none()
        | st.builds(
            PeerReflection,
            name=anything,
            role=anything,
            date=st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)),
            text=long_text,
        )
    )
    return Entry(
        title=draw(anything),
        activity_type=draw(st.sampled_from(list(ActivityType))),
        start_date=draw(st.dates(dt.date(2025, 12, 1), dt.date(2026, 11, 30))),
        end_date=draw(st.none() | st.dates(dt.date(2025, 12, 1), dt.date(2027, 1, 1))),
        hours=draw(st.integers(0, 4000)) / 4,
        source=Source(
            url=draw(anything),
            provider=draw(anything),
            author=draw(anything),
            publication=draw(anything),
            notes=draw(long_text),
        ),
        reflection=Reflection(
            draw(st.sampled_from(["swe", "gibbs", "unknown-template"])),
            draw(st.dictionaries(section_keys, long_text, max_size=4)),
        ),
        peer=peer,
        standards=draw(st.lists(anything, max_size=3)),
        tags=draw(st.lists(anything, max_size=3)),
        evidence=draw(
            st.lists(
                st.builds(
                    Evidence,
                    sha256=anything,
                    filename=anything,
                    media_type=anything,
                    size=st.integers(0, 10**12),
                ),
                max_size=2,
            )
        ),
        status=draw(st.sampled_from(list(EntryStatus))),
        id=draw(st.integers(1, 10**6)),
    )


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    items=st.lists(entries(), max_size=3),
    name=anything,
    registration=anything,
    summary=long_text,
    layout=st.sampled_from(list(Layout)),
)
def test_arbitrary_unicode_in_every_field_exports(
    items: list[Entry], name: str, registration: str, summary: str, layout: Layout
) -> None:
    data = make_data(items, name=name)
    data = type(data)(
        **{
            **{f: getattr(data, f) for f in data.__dataclass_fields__},
            "owner": type(data.owner)(name, registration, "Regulator ŵ"),
        }
    )
    options = PortfolioOptions(
        layout=layout,
        practice_summary=summary,
        statement_entry_ids=tuple(e.id for e in items if e.id is not None),
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "p.pdf"
        result = render_portfolio(data, options, out)
        assert result.pages >= 3
        body = body_text(out)
        for entry in items:
            title = squash(drawable(entry.title))
            if title and all(unicodedata.category(c)[0] in "LNPS" for c in title):
                assert title in body
