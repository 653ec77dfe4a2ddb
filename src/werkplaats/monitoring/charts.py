"""Charts of a werkplaats's results as server-rendered SVG: no JavaScript, no library.

Each chart can be read without colour and without seeing it: the SVG has ``role="img"`` with
a title and a description; every bar is named in words before it and carries its number after
it (so no legend is needed); the kinds of publication differ in pattern as well as colour; and
the template shows a data table (``columns`` and ``rows``) beside each chart. Labels are
escaped here: the markup is marked safe in the template.

The SVG uses presentation attributes only (no ``style``), because the Content-Security-Policy
allows no inline styles; its size adapts through ``viewBox`` (see monitoring.css).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from werkplaats.monitoring import counting
from werkplaats.monitoring.models import Measure


@dataclass
class Chart:
    id: str
    title: str
    svg: str  # markup, safe: built from our own numbers and escaped labels
    columns: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)


# Sizes in SVG units; the chart scales to the width it gets (monitoring.css).
WIDTH = 720
LABELS = 200  # the names before the bars
NUMBERS = 56  # room for the number after the longest bar
SCALE = 28  # the scale's numbers above the bars
ROW = 28
BAR = 18
TEXT = "#1b2329"  # the theme's text colour (15.9:1 on white)
GRID = "#c9d3d6"
FONT = 'font-family="system-ui, sans-serif"'

# Fills that differ without colour: solid, stripes either way, dots, crosses, lines… each also
# in its own colour (every one 3:1 or more against white, as WCAG asks of graphics).
PATTERNS = [
    ("#005a66", ""),  # solid teal
    ("#8a4b08", '<path d="M0 8 L8 0" stroke="{c}" stroke-width="2.5"/>'),
    ("#5b2a86", '<circle cx="4" cy="4" r="2" fill="{c}"/>'),
    ("#1f5f2a", '<path d="M0 0 L8 8 M8 0 L0 8" stroke="{c}" stroke-width="1.5"/>'),
    ("#a1151a", '<path d="M0 4 H8" stroke="{c}" stroke-width="2.5"/>'),
    ("#1b2329", '<path d="M4 0 V8" stroke="{c}" stroke-width="2.5"/>'),
    ("#00404a", '<path d="M0 0 L8 8" stroke="{c}" stroke-width="2.5"/>'),
    ("#6b4e00", '<rect x="1" y="1" width="3" height="3" fill="{c}"/>'),
]


@dataclass
class Bar:
    label: str
    value: int
    series: int = 0  # bars of the same series share a fill


def _fill(chart_id: str, index: int) -> tuple[str, str]:
    """The ``<pattern>`` definition (may be empty) and the fill for series ``index``."""
    colour, shape = PATTERNS[index % len(PATTERNS)]
    if not shape:
        return "", colour
    pattern_id = f"{chart_id}-p{index}"
    definition = (
        f'<pattern id="{pattern_id}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f'<rect width="8" height="8" fill="#ffffff"/>{shape.format(c=colour)}</pattern>'
    )
    return definition, f"url(#{pattern_id})"


def _scale_top(highest: int) -> int:
    """A round number at or above the highest bar, for the scale (at least 1)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if highest <= step * 4:
            return max(step * -(-highest // step), step)
    return highest


def _text(x, y, content, *, anchor="start", bold=False, size=14) -> str:
    weight = ' font-weight="700"' if bold else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{TEXT}"{weight} {FONT}>{escape(content)}</text>'
    )


def bar_chart(
    chart_id: str, title: str, description: str, groups: list[tuple[str, list[Bar]]]
) -> str:
    """Horizontal bars, each named before it and with its number after it, so that no
    legend or colour is needed to read it; ``groups`` are (heading, bars), a heading may be
    empty. Bars of the same series (a kind of publication) share a pattern."""
    bars = [bar for _heading, group in groups for bar in group]
    highest = _scale_top(max((bar.value for bar in bars), default=0))
    plot = WIDTH - LABELS - NUMBERS
    rows = len(bars) + sum(1 for heading, _group in groups if heading)
    height = SCALE + rows * ROW + 8
    fills = {bar.series: _fill(chart_id, bar.series) for bar in bars}

    def x_of(value: int) -> float:
        return LABELS + plot * value / highest

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="werkplaats-chart__svg" role="img" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
        f"<defs>{''.join(definition for definition, _colour in fills.values())}</defs>",
    ]
    # The scale: lines at 0, a half and the top, with their numbers above.
    for value in sorted({0, highest // 2, highest}):
        x = x_of(value)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{SCALE - 6}" y2="{height - 4}" '
            f'stroke="{TEXT if value == 0 else GRID}" stroke-width="1"/>'
            + _text(x, SCALE - 12, str(value), anchor="middle", size=13)
        )
    y = SCALE
    for heading, group in groups:
        if heading:
            parts.append(_text(8, y + ROW - 9, heading, bold=True))
            y += ROW
        for bar in group:
            end = x_of(bar.value)
            top = y + (ROW - BAR) / 2
            parts.append(
                _text(LABELS - 8, top + BAR - 4, bar.label, anchor="end")
                + f'<rect x="{LABELS}" y="{top:.1f}" width="{end - LABELS:.1f}" '
                f'height="{BAR}" fill="{fills[bar.series][1]}" stroke="{TEXT}" '
                f'stroke-width="1"/>' + _text(end + 6, top + BAR - 4, str(bar.value), bold=True)
            )
            y += ROW
    parts.append("</svg>")
    return "".join(parts)


def _records(progress, measure: str) -> list[counting.Record]:
    """The records of ``measure``: those progress read already, else read now (a target of
    that measure may be switched off)."""
    if measure in progress.records:
        return progress.records[measure]
    return counting.records(progress.werkplaats, {measure}, timezone.now())[measure]


def _realised_in_period(progress, measure: str) -> list[counting.Record]:
    start, end = progress.werkplaats.period_start, progress.werkplaats.period_end
    return [
        record
        for record in _records(progress, measure)
        if record.realised and start <= record.day and (end is None or record.day <= end)
    ]


def attendance_chart(progress) -> Chart | None:
    """People present at the activities held, per year of the period."""
    held = _realised_in_period(progress, Measure.ACTIVITIES)
    if not held:
        return None
    activities = Counter(record.day.year for record in held)
    present = Counter()
    for record in held:
        present[record.day.year] += record.present or 0
    years = sorted(activities)
    title = _("People present at activities, per year")
    description = _("Bar chart. %(details)s.") % {
        "details": "; ".join(
            ngettext(
                "%(year)s: %(present)s present at %(activities)s activity",
                "%(year)s: %(present)s present at %(activities)s activities",
                activities[year],
            )
            % {"year": year, "present": present[year], "activities": activities[year]}
            for year in years
        )
    }
    return Chart(
        id="chart-attendance",
        title=title,
        svg=bar_chart(
            "chart-attendance",
            title,
            description,
            [("", [Bar(str(year), present[year]) for year in years])],
        ),
        columns=[_("Year"), _("Activities held"), _("People present")],
        rows=[[year, activities[year], present[year]] for year in years],
    )


def output_chart(progress) -> Chart | None:
    """Publications published per year, per kind (a group of bars for each year)."""
    from werkplaats.publications.models import Publication

    published = _realised_in_period(progress, Measure.PUBLICATIONS)
    if not published:
        return None
    counts: dict[int, Counter] = defaultdict(Counter)
    for record in published:
        counts[record.day.year][record.kind] += 1
    labels = dict(Publication.Kind.choices)
    # Kinds in the order of the list of kinds, only those that occur.
    kinds = [kind for kind in labels if any(kind in row for row in counts.values())]
    kinds += sorted({r.kind for r in published} - set(kinds))  # a kind no longer in the list
    years = sorted(counts)
    names = [str(labels.get(kind, kind)) for kind in kinds]
    title = _("Publications per year and kind")
    description = _("Bar chart. %(details)s.") % {
        "details": "; ".join(
            f"{year}: "
            + ", ".join(
                f"{name}: {counts[year][kind]}"
                for kind, name in zip(kinds, names, strict=True)
                if counts[year][kind]
            )
            for year in years
        )
    }
    return Chart(
        id="chart-output",
        title=title,
        svg=bar_chart(
            "chart-output",
            title,
            description,
            [
                (
                    str(year),
                    [
                        Bar(name, counts[year][kind], series)
                        for series, (kind, name) in enumerate(zip(kinds, names, strict=True))
                        if counts[year][kind]
                    ],
                )
                for year in years
            ],
        ),
        # The table says what the bars say, one row per bar.
        columns=[_("Year"), _("Kind"), _("Publications")],
        rows=[
            [year, name, counts[year][kind]]
            for year in years
            for kind, name in zip(kinds, names, strict=True)
            if counts[year][kind]
        ],
    )


def charts_for(progress) -> list[Chart]:
    """The charts of a werkplaats's progress, leaving out those with nothing to show."""
    return [chart for chart in (attendance_chart(progress), output_chart(progress)) if chart]
