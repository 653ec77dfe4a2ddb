"""The SVG charts: well-formed, named for screen readers, the numbers in text on the bars,
labels escaped, and a data table that says the same."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string
from lxml import etree

from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.network.factories import WerkplaatsFactory
from tests.publications.factories import PublicationFactory
from werkplaats.activities.models import Activity
from werkplaats.monitoring.charts import Bar, bar_chart, charts_for
from werkplaats.monitoring.models import Standard, Target
from werkplaats.monitoring.progress import progress
from werkplaats.monitoring.services import ensure_standard_targets
from werkplaats.publications.models import Publication

SVG = "{http://www.w3.org/2000/svg}"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=AMSTERDAM)


def parse(svg: str):
    return etree.fromstring(svg)  # raises on markup that is not well-formed


def texts(root) -> list[str]:
    return [element.text for element in root.iter(f"{SVG}text")]


def held(werkplaats, year, month, present, **fields):
    start = datetime(year, month, 10, 14, tzinfo=AMSTERDAM)
    activity = ActivityFactory(
        werkplaats=werkplaats, start=start, end=start + timedelta(hours=2), **fields
    )
    RegistrationFactory.create_batch(present, activity=activity, attended=True)
    RegistrationFactory(activity=activity, attended=False)  # registered, did not come
    return activity


@pytest.fixture
def werkplaats(db):
    werkplaats = WerkplaatsFactory(period_start=date(2023, 1, 1), period_end=date(2025, 12, 31))
    ensure_standard_targets(werkplaats)
    return werkplaats


# The SVG itself ------------------------------------------------------------------------------


def test_a_bar_chart_is_well_formed_and_named_for_screen_readers():
    svg = bar_chart(
        "chart-test",
        "Aanwezigen per jaar",
        "Staafdiagram. 2024: 12; 2025: 30.",
        [("", [Bar("2024", 12), Bar("2025", 30)])],
    )
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-test-title chart-test-desc"
    assert root.find(f"{SVG}title").get("id") == "chart-test-title"
    assert root.find(f"{SVG}title").text == "Aanwezigen per jaar"
    assert root.find(f"{SVG}desc").get("id") == "chart-test-desc"
    assert root.find(f"{SVG}desc").text == "Staafdiagram. 2024: 12; 2025: 30."
    # Each bar is named and has its number beside it, in text.
    assert {"2024", "12", "2025", "30"} <= set(texts(root))
    # No style attributes: the Content-Security-Policy forbids inline styles.
    assert "style=" not in svg


def test_labels_are_escaped():
    label = 'Kennis & <b>"onderzoek"</b>'
    svg = bar_chart("chart-x", "A < B & C", "<script>alert(1)</script>", [("'25", [Bar(label, 3)])])
    root = parse(svg)
    assert label in texts(root)
    assert "'25" in texts(root)
    assert root.find(f"{SVG}title").text == "A < B & C"
    assert "<script>" not in svg and "<b>" not in svg


def test_the_longest_bar_reaches_the_top_of_the_scale_and_the_others_in_proportion():
    root = parse(bar_chart("c", "t", "d", [("", [Bar("a", 10), Bar("b", 5), Bar("c", 0)])]))
    widths = [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]
    assert widths[0] == pytest.approx(2 * widths[1])
    assert widths[2] == 0


def test_series_get_distinct_patterns_with_ids_of_their_own_chart():
    svg = bar_chart("chart-output", "t", "d", [("2025", [Bar("a", 1, 0), Bar("b", 1, 1)])])
    root = parse(svg)
    fills = [rect.get("fill") for rect in root.iter(f"{SVG}rect") if rect.get("height") == "18"]
    assert fills[0] != fills[1]
    assert fills[1] == "url(#chart-output-p1)"
    assert [p.get("id") for p in root.iter(f"{SVG}pattern")] == ["chart-output-p1"]


# The charts of a werkplaats ------------------------------------------------------------------


def test_attendance_per_year_counts_the_people_present_at_activities_held(werkplaats):
    held(werkplaats, 2023, 3, 4)
    held(werkplaats, 2023, 9, 6, kind=Activity.Kind.WEBINAR)
    held(werkplaats, 2025, 2, 7)
    held(werkplaats, 2022, 5, 50)  # before the period
    held(werkplaats, 2025, 3, 9, status=Activity.Status.CANCELLED)
    held(werkplaats, 2025, 9, 20)  # still to come
    [attendance] = charts_for(progress(werkplaats, now=NOW))
    assert attendance.id == "chart-attendance"
    assert attendance.rows == [[2023, 2, 10], [2025, 1, 7]]
    assert len(attendance.columns) == 3
    root = parse(attendance.svg)
    assert {"2023", "10", "2025", "7"} <= set(texts(root))
    assert "50" not in texts(root) and "20" not in texts(root)


def test_output_per_year_and_kind_counts_the_publications_published(werkplaats):
    for kind, day in [
        (Publication.Kind.HANDREIKING, date(2024, 2, 1)),
        (Publication.Kind.HANDREIKING, date(2024, 3, 1)),
        (Publication.Kind.BLOG, date(2024, 4, 1)),
        (Publication.Kind.RAPPORT, date(2025, 1, 5)),
    ]:
        PublicationFactory(werkplaats=werkplaats, kind=kind, date=day)
    PublicationFactory(
        werkplaats=werkplaats, date=date(2025, 5, 1), status=Publication.Status.CONCEPT
    )
    PublicationFactory(werkplaats=werkplaats, date=date(2026, 1, 1))  # after the period
    [output] = charts_for(progress(werkplaats, now=NOW))
    labels = dict(Publication.Kind.choices)
    assert output.rows == [
        [2024, labels["handreiking"], 2],
        [2024, labels["blog"], 1],
        [2025, labels["rapport"], 1],
    ]
    root = parse(output.svg)
    shown = texts(root)
    for year, kind, number in output.rows:
        assert str(year) in shown and str(kind) in shown and str(number) in shown
    # Every bar's kind is named in the description as well.
    assert str(labels["handreiking"]) in root.find(f"{SVG}desc").text


def test_the_charts_are_drawn_when_the_targets_that_read_those_records_are_off(werkplaats):
    Target.objects.filter(werkplaats=werkplaats).update(active=False)
    held(werkplaats, 2024, 3, 5)
    result = progress(werkplaats, now=NOW)
    assert result.records == {}
    [attendance] = charts_for(result)
    assert attendance.rows == [[2024, 1, 5]]


def test_without_activities_or_publications_there_are_no_charts(werkplaats):
    assert charts_for(progress(werkplaats, now=NOW)) == []
    html = render_to_string("monitoring/includes/charts.html", {"charts": []})
    assert "<svg" not in html and html.strip()


def test_the_include_shows_each_chart_with_its_data_table(werkplaats):
    Target.objects.filter(werkplaats=werkplaats).exclude(standard=Standard.REGIONAL).delete()
    held(werkplaats, 2024, 3, 5)
    charts = charts_for(progress(werkplaats, now=NOW))
    html = render_to_string("monitoring/includes/charts.html", {"charts": charts})
    assert html.count("<svg") == 1 and html.count("<table") == 1
    assert '<caption class="utrecht-table__caption">' in html
    assert '<td class="utrecht-table__cell">5</td>' in html
    # The SVG is put in as it is, not escaped a second time.
    assert 'role="img"' in html
