"""Samples for store tests: tiny reports in tests/data/store with their records."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from amity.records import ReportIn

DATA = Path(__file__).parent.parent / "data" / "store"
PUBLISHED = {"riverton": "2018-05-16", "xicheng_zh": "2019-03"}
LANGUAGE = {"riverton": "en", "xicheng_zh": "zh"}


def with_spans(
    records: dict[str, list[dict[str, Any]]], text: str
) -> dict[str, list[dict[str, Any]]]:
    """Returns a copy of records, each given the span of its evidence in text."""
    out = copy.deepcopy(records)
    for items in out.values():
        for record in items:
            start = text.index(record["evidence"])
            record["span"] = [start, start + len(record["evidence"])]
    return out


def sample(name: str, salt: str = "") -> tuple[ReportIn, dict[str, list[dict[str, Any]]]]:
    """Returns a sample report (text salted to vary its hash) and its records with spans."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8") + salt
    records = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    report = ReportIn(
        source=str(DATA / f"{name}.txt"),
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=text.splitlines()[0][:60],
        published=PUBLISHED[name],
        language=LANGUAGE[name],
        fmt="txt",
    )
    return report, with_spans(records, text)


@pytest.fixture
def make_sample() -> Any:
    """Returns `sample`: name, salt -> (ReportIn, records with spans)."""
    return sample


@pytest.fixture
def riverton(store: Any) -> int:
    """Returns the id of the Riverton sample, stored with its records in `store`."""
    report, records = sample("riverton")
    report_id = store.add_report(report, records)
    assert report_id is not None
    return int(report_id)
