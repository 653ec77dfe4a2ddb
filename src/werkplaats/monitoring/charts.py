"""Placeholder: server-rendered SVG charts (being written).

Contract: ``charts_for(progress)`` returns a list of :class:`Chart`; the template
``monitoring/includes/charts.html`` shows each with its data table.
"""

from dataclasses import dataclass, field


@dataclass
class Chart:
    id: str
    title: str
    svg: str  # markup, safe: built from our own numbers and escaped labels
    columns: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)


def charts_for(progress) -> list[Chart]:
    return []
