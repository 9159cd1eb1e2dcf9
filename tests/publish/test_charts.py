"""SVG charts: one bar per month, the reached countries filled on the map, names escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from amity.publish import charts, worldmap

SVG = "{http://www.w3.org/2000/svg}"


def test_one_bar_per_month_as_tall_as_its_count() -> None:
    months = [{"month": "2018-01", "events": 2}, {"month": "2018-02", "events": 0},
              {"month": "2018-03", "events": 4}]  # fmt: skip
    root = ET.fromstring(charts.month_bars(months))
    bars = root.findall(f"{SVG}rect[@class='chart-bar']")
    assert len(bars) == 3
    heights = [float(b.get("height") or 0) for b in bars]
    assert heights[1] == 0 and heights[2] == pytest.approx(2 * heights[0])
    assert [t.text for t in root.iter(f"{SVG}title")][1:] == [
        "2018-01: 2",
        "2018-02: 0",
        "2018-03: 4",
    ]


def test_map_fills_the_countries_reached_and_names_the_tiny_ones() -> None:
    reached = [{"code": "CN", "name": "China", "items": 3}, {"code": "FR", "name": "France", "items": 1},
               {"code": "SC", "name": "Seychelles", "items": 1}]  # fmt: skip
    drawn = charts.country_map(reached)
    root = ET.fromstring(drawn["svg"])
    filled = [p for p in root.iter(f"{SVG}path") if "reached" in (p.get("class") or "")]
    assert sorted(p.find(f"{SVG}title").text for p in filled) == ["China: 3", "France: 1"]  # type: ignore[union-attr]
    assert drawn["drawn"] == ["CN", "FR"] and drawn["missing"] == ["Seychelles"]
    assert len(list(root.iter(f"{SVG}path"))) == len(worldmap.outlines()) > 150


def test_outlines_stay_inside_the_map() -> None:
    # Rings crossing the antimeridian (Russia, Fiji) are moved to one side, not drawn across.
    for shape in worldmap.outlines().values():
        xs = [float(x) for x in re.findall(r"[ML](-?[\d.]+),", shape["d"])]
        assert max(xs) - min(xs) <= worldmap.WIDTH + 60, shape["name"]


def test_labels_are_escaped() -> None:
    svg = charts.month_bars([{"month": "<b>x</b>", "events": 1}])
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    ET.fromstring(svg)
