"""When two outlets' dates for one event can agree, and when they are a date tension."""

from __future__ import annotations

from parallax.compare.dates import compatible


def test_a_week_agrees_with_a_month_it_runs_into():
    assert compatible("2016-W44", "2016-11")  # 31 October to 6 November: "last week" is "earlier this month"
    assert compatible("2025-03-16", "2025-W11") and compatible("2025-03", "2025-03-16")


def test_different_days_weeks_or_months_disagree():
    assert not compatible("2025-03-13", "2025-03-14")
    assert not compatible("2025-W11", "2025-W12")
    assert not compatible("2025-02", "2025-W12")
