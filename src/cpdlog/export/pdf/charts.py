"""Hours by month and by activity type, drawn with ReportLab graphics (vector, no images)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String

from cpdlog.domain.dates import short_month_name
from cpdlog.domain.entry import ActivityType, Entry
from cpdlog.domain.requirements import Period
from cpdlog.export.pdf.styles import ACCENT, INK, MUTED, RULE
from cpdlog.i18n import tr

CONTEXT = "cpdlog.pdf"
MAX_MONTH_BARS = 36


def month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """First days of every month from ``start``'s month to ``end``'s month inclusive."""
    months: list[dt.date] = []
    current = dt.date(start.year, start.month, 1)
    while current <= end:
        months.append(current)
        current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def hours_by_month(entries: Sequence[Entry], period: Period | None) -> list[tuple[str, float]]:
    """(label, hours) per month across the period, or across the entries' dates."""
    if period is not None:
        first, last = period.start, period.end
    elif entries:
        first = min(e.start_date for e in entries)
        last = max(e.start_date for e in entries)
    else:
        return []
    totals: defaultdict[tuple[int, int], float] = defaultdict(float)
    for e in entries:
        totals[(e.start_date.year, e.start_date.month)] += e.hours
    months = month_starts(first, last)
    if len(months) > MAX_MONTH_BARS:  # a long span: one bar per year reads better
        years = range(first.year, last.year + 1)
        return [(str(y), sum(h for (yy, _), h in totals.items() if yy == y)) for y in years]
    return [
        (f"{short_month_name(m.month)} {m:%y}", totals.get((m.year, m.month), 0.0)) for m in months
    ]


def hours_by_type(entries: Sequence[Entry]) -> list[tuple[str, float]]:
    """(activity label, hours) for each type with entries, most hours first."""
    totals: defaultdict[ActivityType, float] = defaultdict(float)
    for e in entries:
        totals[e.activity_type] += e.hours
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0].label))
    return [(tr("cpdlog", t.label), h) for t, h in ordered]


def _value_axis_max(values: Sequence[float]) -> tuple[float, float]:
    top = max(values, default=0.0)
    if top <= 0:
        return 1.0, 1.0
    for step in (0.25, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2500, 5000):
        if top / step <= 6:
            ticks = int(top / step) + (0 if (top / step).is_integer() else 1)
            return float(max(1, ticks) * step), float(step)
    return float(top), float(top)


def month_chart(data: Sequence[tuple[str, float]], width: float, font: str) -> Drawing:
    height = 150.0
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = width - 44, height - 48
    chart.data = [[h for _, h in data]]
    chart.categoryAxis.categoryNames = [label for label, _ in data]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5 if len(data) > 14 else 7.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.labels.boxAnchor = "ne" if len(data) > 8 else "n"
    chart.categoryAxis.labels.angle = 40 if len(data) > 8 else 0
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    _style_hours(chart, font)
    chart.barSpacing = 2
    chart.groupSpacing = 4 if len(data) > 14 else 8
    drawing.add(chart)
    drawing.add(
        String(0, height - 8, tr(CONTEXT, "Hours"), fontName=font, fontSize=7, fillColor=MUTED)
    )
    return drawing


def type_chart(data: Sequence[tuple[str, float]], width: float, font: str) -> Drawing:
    row = 16.0
    height = row * len(data) + 26
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_width = 170.0
    chart.x, chart.y = label_width, 18
    chart.width, chart.height = width - label_width - 16, row * len(data)
    # HorizontalBarChart draws the first category at the bottom; reverse so the largest is on top.
    ordered = list(reversed(data))
    chart.data = [[h for _, h in ordered]]
    chart.categoryAxis.categoryNames = [label for label, _ in ordered]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    _style_hours(chart, font)
    chart.barSpacing = 1
    chart.groupSpacing = 4
    drawing.add(chart)
    return drawing


def _style_hours(chart: VerticalBarChart | HorizontalBarChart, font: str) -> None:
    """The hours axis and the bars, styled alike in both charts."""
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _value_axis_max(chart.data[0])
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = _hours_label
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None


def _hours_label(value: float) -> str:
    return f"{value:g}"


def progress_bar(fraction: float, width: float, done: bool) -> Drawing:
    """A thin bar filled to ``fraction`` (0–1) of ``width``."""
    height = 6.0
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=RULE, strokeColor=None))
    filled = max(0.0, min(1.0, fraction)) * width
    if filled > 0:
        drawing.add(
            Rect(0, 0, filled, height, fillColor=ACCENT if done else MUTED, strokeColor=None)
        )
    return drawing
