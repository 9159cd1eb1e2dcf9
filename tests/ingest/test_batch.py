"""Batches against real stores: new, skipped, failed, extraction, records, bad input."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from amity.errors import ExtractError
from amity.ingest import ingest_paths, ingest_sources, ingest_urls
from amity.records import empty_records
from amity.settings import Settings

NO_LIMIT = Settings(max_bytes=1_000_000)
_VISIT = re.compile(r"[^.\n]*\bvisited\b[^.\n]*\.")


def visit_extractor(
    text: str, published: str | None = None, title: str | None = None
) -> dict[str, Any]:
    """Returns one visit event per sentence with "visited"; refuses texts asking it to."""
    if "BREAK-EXTRACTOR" in text:
        raise ExtractError("the visit extractor refuses this report")
    records: dict[str, Any] = {"published": "2001-02-03", **empty_records()}
    for match in _VISIT.finditer(text):
        event = {"type": "visit", "title": match.group().strip()[:60], "start": published}
        records["events"].append({**event, "span": [match.start(), match.end()], "confidence": 0.5})
    return records


def write_reports(folder: Path, count: int, start: int = 0, word: str = "visited") -> list[Path]:
    """Writes `count` distinct small text reports and returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"report_{i:05d}.txt"
        path.write_text(
            f"Exchange note {i}\n\nA group from town {i} {word} partner town {i + 1}.\n", "utf-8"
        )
        paths.append(path)
    return paths


def test_ingest_then_again_skips_everything(store: Any, tmp_path: Path) -> None:
    write_reports(tmp_path / "in", 6)
    first = ingest_paths(store, [tmp_path / "in"], extract=False, settings=NO_LIMIT)
    assert (first.new, first.skipped, first.failed, first.extraction) == (6, 0, [], False)
    again = ingest_paths(store, [str(tmp_path / "in")], extract=False, settings=NO_LIMIT)
    assert (again.new, again.skipped) == (0, 6)
    assert store.stats()["reports"] == 6
    assert len(store.report_ids()) == 6


def test_records_found_are_stored_with_the_report(store: Any, tmp_path: Path) -> None:
    write_reports(tmp_path, 2)
    (tmp_path / "dated.txt").write_text(
        "Dated note\nDate: 2020-05-06\n\nA mayor visited.\n", "utf-8"
    )
    summary = ingest_paths(store, [tmp_path], settings=NO_LIMIT, extractor=visit_extractor)
    assert summary.extraction and summary.new == 3
    assert summary.records == {"events": 3, "partnerships": 0, "people": 0, "figures": 0}
    reports = {r["title"]: store.report(r["id"]) for r in store.reports()}
    assert reports["Dated note"]["published"] == "2020-05-06"
    assert reports["Exchange note 0"]["published"] == "2001-02-03"
    [event] = reports["Exchange note 1"]["records"]["events"]
    assert event["evidence"] == "A group from town 1 visited partner town 2."


def test_extraction_failure_keeps_the_report_and_goes_on(store: Any, tmp_path: Path) -> None:
    write_reports(tmp_path, 2)
    (tmp_path / "broken.txt").write_text("Odd note\n\nBREAK-EXTRACTOR: a chief visited.\n", "utf-8")
    summary = ingest_paths(store, [tmp_path], settings=NO_LIMIT, extractor=visit_extractor)
    assert (summary.new, summary.failed, summary.ok) == (3, [], False)
    [(name, message)] = summary.extract_failed
    assert name.endswith("broken.txt")
    assert message == f"{name}: extraction failed: the visit extractor refuses this report"
    assert store.stats()["failures"] == 1
    broken = next(r for r in store.reports() if r["title"] == "Odd note")
    assert sum(broken["counts"].values()) == 0
    assert summary.records["events"] == 2


def test_records_the_store_refuses_leave_the_report_alone(store: Any, tmp_path: Path) -> None:
    def bad_spans(text: str, **_: Any) -> dict[str, Any]:
        event = {"type": "visit", "title": "x", "span": [0, len(text) + 50], "confidence": 1.0}
        return {**empty_records(), "events": [event]}

    write_reports(tmp_path, 1)
    summary = ingest_paths(store, [tmp_path], settings=NO_LIMIT, extractor=bad_spans)
    assert summary.new == 1
    assert "records refused by the store" in summary.extract_failed[0][1]
    assert store.stats()["events"] == 0


def test_no_extract_stores_reports_without_records(store: Any, tmp_path: Path) -> None:
    write_reports(tmp_path, 3)
    summary = ingest_paths(store, [tmp_path], extract=False, extractor=visit_extractor)
    assert (summary.new, summary.extraction, store.stats()["events"]) == (3, False, 0)


def test_progress_sees_every_item(sqlite_store: Any, tmp_path: Path) -> None:
    write_reports(tmp_path, 3)
    (tmp_path / "empty.txt").write_bytes(b"")
    seen: list[tuple[str, str, str | None]] = []
    ingest_paths(
        sqlite_store,
        [tmp_path, tmp_path / "report_00000.txt"],
        extract=False,
        progress=lambda *event: seen.append(event),
    )
    outcomes = [(Path(name).name, outcome) for name, outcome, _ in seen]
    assert outcomes == [
        ("empty.txt", "failed"),
        ("report_00000.txt", "new"),
        ("report_00001.txt", "new"),
        ("report_00002.txt", "new"),
        ("report_00000.txt", "skipped"),
    ]
    assert seen[0][2] is not None and seen[0][2].endswith(
        "empty.txt: empty file, no text (give a report with text)"
    )


def test_summary_to_dict_is_plain_data(sqlite_store: Any, tmp_path: Path) -> None:
    import json

    write_reports(tmp_path, 1)
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    data = ingest_paths(sqlite_store, [tmp_path, tmp_path / "x.bin"], extract=False).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert (data["new"], data["skipped"], len(data["failed"])) == (1, 0, 2)
    assert data["failed"][1]["message"].endswith("x.bin: no such file or folder")


def test_ingest_sources_takes_one_path_string(sqlite_store: Any, tmp_path: Path) -> None:
    write_reports(tmp_path, 2)
    assert ingest_sources(sqlite_store, str(tmp_path), extract=False).new == 2


@pytest.mark.slow
@pytest.mark.parametrize("count", [10_000])
def test_folder_of_ten_thousand_files(sqlite_store: Any, tmp_path: Path, count: int) -> None:
    write_reports(tmp_path / "many", count)
    summary = ingest_paths(sqlite_store, [tmp_path / "many"], extract=False)
    assert (summary.new, summary.failed) == (count, [])
    assert sqlite_store.stats()["reports"] == count


def test_ingest_urls_by_content_type(
    store: Any,
    tmp_path: Path,
    http_server: tuple[str, dict[str, tuple[str, bytes]]],
    make_pdf: Callable[..., bytes],
) -> None:
    base, pages = http_server
    pages["/note"] = ("text/plain; charset=utf-8", b"Plain note\n\nGuests visited.")
    pages["/page"] = (
        "text/html",
        b"<html><title>Web page</title><body><p>A choir visited.</p></body></html>",
    )
    pages["/doc"] = ("application/pdf", make_pdf(["PDF by URL", "Teachers visited."]))
    listing = tmp_path / "urls.txt"
    urls = [
        f"{base}/note",
        f"{base}/page",
        f"{base}/doc",
        f"{base}/gone",
        "# a comment",
        f"{base}/note",
    ]
    listing.write_text("\n".join(urls), "utf-8")
    summary = ingest_urls(store, listing, extract=False)
    assert (summary.new, summary.skipped) == (3, 1)
    assert summary.failed == [(f"{base}/gone", f"{base}/gone: HTTP 404 Not Found (check the URL)")]
    stored = {r["source"]: (r["title"], r["fmt"]) for r in store.reports()}
    assert stored == {
        f"{base}/note": ("Plain note", "text"),
        f"{base}/page": ("Web page", "html"),
        f"{base}/doc": ("PDF by URL", "pdf"),
    }


def test_stored_reports_are_skipped_before_extraction(sqlite_store: Any, tmp_path: Path) -> None:
    calls: list[str] = []

    def counting(text: str, **options: Any) -> dict[str, Any]:
        calls.append(text)
        return visit_extractor(text, **options)

    write_reports(tmp_path, 3)
    ingest_paths(sqlite_store, [tmp_path], extractor=counting)
    write_reports(tmp_path, 1, start=3)
    summary = ingest_paths(sqlite_store, [tmp_path], extractor=counting)
    assert (summary.new, summary.skipped, len(calls)) == (1, 3, 4)
