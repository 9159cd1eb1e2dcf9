"""benchmarks/serve.py on a tiny generated store: it serves, drives and reports every page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import serve as bench


@pytest.mark.slow
@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_the_benchmark_measures_four_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cache: list[str]
) -> None:
    db = tmp_path / "bench.db"
    args = ["--db", str(db), "--reports", "30", "--events", "150", "--seconds", "0.5",
            "--clients", "2", "--workers", "1", "--no-registry", *cache]  # fmt: skip
    code = bench.main(args)
    report = json.loads(capsys.readouterr().out)
    assert report["cache"] is not bool(cache) and len(report["load"]["before"]) == 3
    assert report["store"]["reports"] == 30 and report["store"]["events"] == 150
    assert set(report["results"]) == {"home", "search", "place", "api list"}
    for result in report["results"].values():
        assert result["requests"] > 0 and 0 < result["p50_ms"] <= result["p95_ms"]
    assert code == (0 if report["met"] else 1)


def test_generated_reports_carry_their_evidence() -> None:
    import random

    report, records = bench.synthetic(3, 4, [("Kyoto", "JP"), ("Boston", "US")], random.Random(1))
    assert len(records["events"]) == 4
    for event in records["events"]:
        start, end = event["span"]
        assert report.text[start:end].startswith("On " + event["start"])
        assert event["city"] in report.text[start:end]
