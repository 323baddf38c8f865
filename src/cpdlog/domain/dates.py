"""Calendar arithmetic and the way dates are written, in one place for every front end.

* :func:`add_months` and :func:`add_years` move a date by whole months or years. A day the
  target month does not have becomes the first day of the next month (29 February 2024 plus one
  year is 1 March 2025; 31 January plus one month is 1 March): the UK convention for
  anniversaries of 29 February, so a period that starts on a leap day always ends on the last
  day of February, and a stretch of "N months" from a date is never shorter than N whole
  calendar months.
* :func:`long_date` (``14 March 2026``) and :func:`short_date` (``14 Mar 2026``) are the UK
  style the app, the command line and the PDF use. They write the day as ``day.day``, never
  with strftime's "no padding" flag, which only some platforms have (Windows raises on it).
  The month's name comes from the catalogue (:mod:`cpdlog.i18n`), never from the C locale:
  ``14 Mawrth 2026`` in Welsh.
"""

from __future__ import annotations

import datetime as dt

from cpdlog.i18n import tr

CONTEXT = "cpdlog.dates"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same calendar day ``months`` later (or earlier, if negative); a day the target month
    lacks becomes the 1st of the month after (31 January + 1 month = 1 March)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        # Only days 29-31 can be missing, and then the month after always exists in full.
        return dt.date(year + month // 12, month % 12 + 1, 1)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later; 29 February becomes 1 March in other years."""
    return add_months(day, 12 * years)


def month_name(month: int) -> str:
    """``March`` (``Mawrth``): the name of month 1-12 in the current language."""
    names = (
        tr(CONTEXT, "January"),
        tr(CONTEXT, "February"),
        tr(CONTEXT, "March"),
        tr(CONTEXT, "April"),
        tr(CONTEXT, "May"),
        tr(CONTEXT, "June"),
        tr(CONTEXT, "July"),
        tr(CONTEXT, "August"),
        tr(CONTEXT, "September"),
        tr(CONTEXT, "October"),
        tr(CONTEXT, "November"),
        tr(CONTEXT, "December"),
    )
    return names[month - 1]


def short_month_name(month: int) -> str:
    """``Mar`` (``Maw``): the abbreviated name of month 1-12 in the current language."""
    names = (
        tr(CONTEXT, "Jan", "abbreviated month"),
        tr(CONTEXT, "Feb", "abbreviated month"),
        tr(CONTEXT, "Mar", "abbreviated month"),
        tr(CONTEXT, "Apr", "abbreviated month"),
        tr(CONTEXT, "May", "abbreviated month"),
        tr(CONTEXT, "Jun", "abbreviated month"),
        tr(CONTEXT, "Jul", "abbreviated month"),
        tr(CONTEXT, "Aug", "abbreviated month"),
        tr(CONTEXT, "Sep", "abbreviated month"),
        tr(CONTEXT, "Oct", "abbreviated month"),
        tr(CONTEXT, "Nov", "abbreviated month"),
        tr(CONTEXT, "Dec", "abbreviated month"),
    )
    return names[month - 1]


def long_date(day: dt.date) -> str:
    """``14 March 2026``."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def short_date(day: dt.date) -> str:
    """``14 Mar 2026``."""
    return f"{day.day} {short_month_name(day.month)} {day.year}"
