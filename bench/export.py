"""Benchmark the PDF portfolio export against bare ReportLab layout of the same text.

500 entries, each with three reflection sections of 150 words. Prints one line per figure:
the export's wall time and peak memory, the bare ``SimpleDocTemplate`` baseline's, and the
ratio. Targets (issue 4): ratio <= 3 with the table of contents, peak memory <= 300 MB.

Each measurement runs in a fresh child process, so peak memory (maximum resident set size)
belongs to that measurement alone and neither run warms the other's caches.

    python bench/export.py [--entries 500] [--words 150] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cpdlog.domain.entry import ActivityType, Entry, PeerReflection, Reflection, Source
from cpdlog.domain.requirements import Period

PERIOD = Period(dt.date(2024, 12, 1), dt.date(2025, 11, 30))
KEYS = ("description", "learnt", "impact")
WORDS = (
    "practice supervision safeguarding reflection learning family community rights risk "
    "assessment partnership advocacy wellbeing strengths trauma informed relationship "
    "evidence research theory legislation capacity consent outcome impact colleague peer "
    "feedback lived experience culture equality inclusion power authority decision "
    "judgement record review planning team manager child adult carer support service"
).split()


def make_entries(count: int, words: int, seed: int = 4) -> list[Entry]:
    rng = random.Random(seed)
    types = list(ActivityType)
    entries = []
    for n in range(1, count + 1):
        sections = {
            key: " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
            for key in KEYS
        }
        entries.append(
            Entry(
                title=f"Learning {n}: " + " ".join(rng.choice(WORDS) for _ in range(6)),
                activity_type=types[n % len(types)],
                start_date=PERIOD.start + dt.timedelta(days=(n * 7) % 365),
                hours=0.25 * (1 + n % 12),
                source=Source(url=f"https://example.org/learning/{n}", provider="Example"),
                reflection=Reflection("swe", sections),
                peer=PeerReflection("A colleague", "Team manager", None, "We talked.")
                if n % 5 == 0
                else None,
                standards=["swe:4.6", "pcf:6"] if n % 2 else ["swe:4.3"],
                tags=["bench"],
                id=n,
            )
        )
    return entries


def run_export(entries: list[Entry], out: Path) -> dict[str, float]:
    from cpdlog import reference_data
    from cpdlog.domain.progress import compute_progress
    from cpdlog.export.pdf import PortfolioData, PortfolioOptions, PortfolioOwner, render_portfolio

    profile = reference_data.profile("swe")
    templates = reference_data.templates()
    now = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
    # The progress report is domain work PortfolioService does before rendering; it is timed
    # on its own line, not as part of the export.
    started = time.perf_counter()
    progress = compute_progress(profile, PERIOD, entries, templates, now)
    progress_seconds = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    data = PortfolioData(
        owner=PortfolioOwner("Bench Mark", "SW000000", "Social Work England"),
        entries=entries,
        generated_at=now,
        period=PERIOD,
        catalogue=reference_data.catalogue(),
        templates=templates,
        progress=progress,
        frameworks=profile.frameworks,
    )
    result = render_portfolio(data, PortfolioOptions(), out)
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "pages": result.pages,
        "passes": result.passes,
        "progress_seconds": progress_seconds,
    }


def run_baseline(entries: list[Entry], out: Path, font: str) -> dict[str, float]:
    """Bare ReportLab: the same titles, prompts and reflection text, one build, no extras."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    started, cpu = time.perf_counter(), time.process_time()
    if font == "dejavu":
        from cpdlog.export.pdf.fonts import register_fonts

        name = register_fonts()
        regular, bold = name.regular, name.bold
    else:
        regular, bold = "Helvetica", "Helvetica-Bold"
    body = ParagraphStyle("b", fontName=regular, fontSize=10, leading=14, spaceAfter=5)
    head = ParagraphStyle("h", fontName=bold, fontSize=14, leading=18, spaceAfter=6)
    sub = ParagraphStyle("s", fontName=bold, fontSize=10.5, leading=14, spaceBefore=8)
    from cpdlog import reference_data

    template = reference_data.templates()["swe"]
    story = []
    for e in entries:
        story.append(Paragraph(e.title, head))
        for key, text in e.reflection.sections.items():
            story.append(Paragraph(template.prompt_for(key), sub))
            story.append(Paragraph(text, body))
    SimpleDocTemplate(str(out)).build(story)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}


def child(kind: str, count: int, words: int) -> None:
    entries = make_entries(count, words)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        if kind == "export":
            figures = run_export(entries, out)
        else:
            figures = run_baseline(entries, out, font=kind.removeprefix("baseline-"))
        figures["bytes"] = out.stat().st_size
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


def measure(kind: str, count: int, words: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--entries", str(count), "--words", str(words)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.entries, args.words)
        return 0
    runs: dict[str, list[dict[str, float]]] = {
        "export": [],
        "baseline-dejavu": [],
        "baseline-helvetica": [],
    }
    for _ in range(args.repeat):
        for kind in runs:  # interleaved, so drift in machine load affects all alike
            runs[kind].append(measure(kind, args.entries, args.words))
    best = {kind: min(r, key=lambda f: f["seconds"]) for kind, r in runs.items()}
    peak = max(f["peak_mb"] for f in runs["export"])
    export, base, helv = best["export"], best["baseline-dejavu"], best["baseline-helvetica"]
    print(f"entries: {args.entries} x 3 sections x {args.words} words")
    print(
        f"export wall time: {export['seconds']:.2f} s ({int(export['pages'])} pages, "
        f"{int(export['passes'])} layout pass(es), {export['bytes'] / 1e6:.1f} MB)"
    )
    print(
        f"progress report for the summary (domain code, before rendering): "
        f"{export['progress_seconds']:.2f} s"
    )
    print(f"export peak memory: {peak:.0f} MB (max RSS of the export process; target <= 300)")
    print(f"baseline wall time (SimpleDocTemplate, same font): {base['seconds']:.2f} s")
    print(f"baseline wall time (SimpleDocTemplate, Helvetica): {helv['seconds']:.2f} s")
    print(f"ratio vs baseline, same font: {export['seconds'] / base['seconds']:.2f}x (target <= 3)")
    print(f"ratio vs baseline, Helvetica: {export['seconds'] / helv['seconds']:.2f}x")
    # CPU time is steadier than wall time on a shared machine; both are single-threaded.
    print(f"ratio of CPU time vs baseline, same font: {export['cpu'] / base['cpu']:.2f}x")
    print(f"ratio of CPU time vs baseline, Helvetica: {export['cpu'] / helv['cpu']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
