"""Server-side SVG charts: events per month (bars) and the countries reached (a world map).

The SVG is text, so the same chart goes into the web page, the HTML file and the PDF;
every name in it is escaped here.
"""

from __future__ import annotations

from html import escape
from typing import Any

from amity.publish import worldmap

BAR = "#2f6f9f"
REACHED = "#d9822b"
LAND, EDGE, INK = "#e4e7eb", "#ffffff", "#333333"


def _svg(kind: str, width: float, height: float, label: str, body: list[str]) -> str:
    """Returns an SVG element of the chart kind with an accessible label."""
    return (
        f'<svg class="chart chart-{kind}" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'aria-label="{escape(label)}"><title>{escape(label)}</title>{"".join(body)}</svg>'
    )


def month_bars(months: list[dict[str, Any]], width: int = 640, height: int = 180) -> str:
    """Returns the bar chart of events per month ([{month, events}]) as SVG."""
    peak = max((int(m["events"]) for m in months), default=0) or 1
    slot = (width - 20) / max(len(months), 1)
    bar, base = max(slot * 0.7, 1.0), height - 28
    body = [f'<line x1="10" y1="{base}" x2="{width - 10}" y2="{base}" stroke="{INK}"/>']
    for index, month in enumerate(months):
        count = int(month["events"])
        tall = (base - 20) * count / peak
        x = 10 + index * slot + (slot - bar) / 2
        body.append(
            f'<rect class="chart-bar" x="{x:.1f}" y="{base - tall:.1f}" width="{bar:.1f}" '
            f'height="{tall:.1f}" fill="{BAR}"><title>{escape(month["month"])}: {count}</title></rect>'
        )
        middle = x + bar / 2
        body.append(_text(middle, base - tall - 4, str(count), 11))
        if len(months) <= 12 or index % max(len(months) // 12, 1) == 0:
            body.append(_text(middle, base + 16, str(month["month"]), 10))
    return _svg("months", width, height, "Events per month", body)


def _text(x: float, y: float, text: str, size: int) -> str:
    """Returns a centred SVG text."""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="middle" '
        f'fill="{INK}">{escape(text)}</text>'
    )


def country_map(reached: list[dict[str, Any]]) -> dict[str, Any]:
    """Returns {svg, drawn, missing}: the world map with the reached countries ([{code, name,
    items}]) filled, and the names of those too small for the 1:110m outlines."""
    shapes = worldmap.outlines()
    counts = {c["code"]: c for c in reached}
    body = []
    for key, shape in shapes.items():
        hit = counts.get(key)
        css = "country reached" if hit else "country"
        tip = f"{shape['name']}: {hit['items']}" if hit else shape["name"]
        body.append(
            f'<path class="{css}" d="{shape["d"]}" fill="{REACHED if hit else LAND}" '
            f'stroke="{EDGE}" stroke-width="0.4"><title>{escape(tip)}</title></path>'
        )
    svg = _svg("map", worldmap.WIDTH, worldmap.HEIGHT, "Countries reached", body)
    drawn = [c["code"] for c in reached if c["code"] in shapes]
    missing = [c["name"] for c in reached if c["code"] not in shapes]
    return {"svg": svg, "drawn": drawn, "missing": missing}
