"""amity.extract.components.finalize, and what every extracted record must satisfy."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from amity.extract import extract_records
from amity.extract.components.finalize import finalize
from amity.extract.doc import Doc
from amity.records import EVENT_TYPES, FIELDS, KINDS, PARTNERSHIP_TYPES, QUALIFIERS

REPORTS = sorted((Path(__file__).resolve().parents[1] / "quality" / "reports").glob("*.txt"))
ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
CODE = re.compile(r"[A-Z]{2}")


def figure(span: list[int], value: int = 3) -> dict[str, Any]:
    """Returns a figure record with the given span."""
    return {
        "subject": "Town",
        "metric": "towns",
        "value": value,
        "qualifier": None,
        "span": span,
        "confidence": 0.5,
    }


def test_finalize_trims_dedups_drops_and_sorts() -> None:
    doc = Doc(text="  Town has 3 towns.  Town has 4 towns. ")
    doc.records["figures"] = [
        figure([20, 39], 4),
        figure([0, 21]),
        figure([2, 19]),  # the same record again, from a narrower span
        figure([5, 5]),  # empty evidence
        figure([]),  # no evidence at all
    ]
    finalize(doc)
    spans = [r["span"] for r in doc.records["figures"]]
    assert spans == [[2, 19], [21, 38]]
    assert [doc.text[a:b] for a, b in spans] == ["Town has 3 towns.", "Town has 4 towns."]


def check_record(kind: str, rec: dict[str, Any], text: str) -> None:
    """Asserts that one record has its kind's fields, valid values and verbatim evidence."""
    assert set(FIELDS[kind]) - {"evidence"} <= set(rec), rec
    start, end = rec["span"]
    assert 0 <= start < end <= len(text) and text[start:end].strip() == text[start:end]
    assert 0 <= rec["confidence"] <= 1
    dates = [rec.get("start"), rec.get("end"), rec.get("date")]
    assert all(d is None or ISO.fullmatch(d) for d in dates), rec
    codes = [rec.get("country"), *(rec.get("countries") or [])]
    codes += [(rec.get(p) or {}).get("country") for p in ("a", "b")]
    assert all(c is None or CODE.fullmatch(c) for c in codes), rec
    if kind == "events":
        assert rec["type"] in EVENT_TYPES and rec["title"]
    if kind == "partnerships":
        assert rec["type"] in PARTNERSHIP_TYPES and rec["a"]["name"] and rec["b"]["name"]
    if kind == "figures":
        assert rec["qualifier"] in (None, *QUALIFIERS) and rec["value"] is not None
    if kind == "people":
        assert rec["name"]


@pytest.mark.parametrize("report", REPORTS, ids=[p.stem[:3] for p in REPORTS])
def test_records_of_our_reports_are_well_formed(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    result = extract_records(text)
    assert result["failures"] == []
    assert result["published"] is None or ISO.fullmatch(result["published"])
    for kind in KINDS:
        for rec in result[kind]:
            check_record(kind, rec, text)
        starts = [r["span"][0] for r in result[kind]]
        assert starts == sorted(starts)
