"""Re-extraction: run the current pipeline over stored reports, keeping what people reviewed.

Each report is re-extracted and swapped in its own transaction, so a failure on one report
(recorded with its source) leaves that report's records as they were and the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from amity.errors import NotFound
from amity.ingest.batch import Extractor, _component, _describe, load_extractor
from amity.records import KINDS
from amity.store.schema import reports

Progress = Callable[[str, str, str | None], None]


@dataclass
class ReextractSummary:
    """What a re-extraction did: reports done and failed, records replaced, added and kept."""

    reports: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    replaced: int = 0
    added: int = 0
    kept: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        """Returns True if every report was re-extracted."""
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        """Returns the summary as plain JSON-ready data."""
        return {
            "reports": self.reports,
            "failed": [{"source": s, "message": m} for s, m in self.failed],
            "replaced": self.replaced,
            "added": self.added,
            "kept": self.kept,
            "records": dict(self.records),
            "elapsed": round(self.elapsed, 3),
        }


def select_reports(store: Any, refs: Iterable[str] = ()) -> list[int]:
    """Returns the ids of the reports named by id or source (all reports when none are named)."""
    refs = list(refs)
    if not refs:
        return store.report_ids()
    by_source: dict[str, list[int]] | None = None
    ids: list[int] = []
    for ref in refs:
        if ref.isdigit():
            ids.append(int(ref))
            continue
        by_source = by_source if by_source is not None else _sources(store)
        found = by_source.get(ref) or _by_suffix(by_source, ref)
        if not found:
            raise NotFound(
                f"no stored report {ref!r}", "give a report id or source from `amity reports`"
            )
        ids.extend(found)
    return list(dict.fromkeys(ids))


def _sources(store: Any) -> dict[str, list[int]]:
    """Returns report ids by source."""
    out: dict[str, list[int]] = {}
    with store.engine.connect() as conn:
        for report_id, source in conn.execute(select(reports.c.id, reports.c.source)):
            out.setdefault(source, []).append(report_id)
    return out


def _by_suffix(by_source: dict[str, list[int]], ref: str) -> list[int]:
    """Returns the ids of reports whose source ends with ref as a path or URL part."""
    tail = ref.replace("\\", "/").lstrip("./")
    return [i for src, ids in by_source.items() if src.endswith("/" + tail) for i in ids]


def _load(store: Any, report_id: int) -> dict[str, Any]:
    """Returns a stored report's source, text, title and date; raises NotFound."""
    cols = reports.c.source, reports.c.text, reports.c.title, reports.c.published
    with store.engine.connect() as conn:
        row = conn.execute(select(*cols).where(reports.c.id == report_id)).mappings().first()
    if row is None:
        raise NotFound(f"no report {report_id}", "list reports with `amity reports`")
    return dict(row)


def reextract(
    store: Any,
    report_ids: Iterable[int],
    *,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> ReextractSummary:
    """Returns the summary of re-extracting each report and swapping its unreviewed records."""
    if extractor is None:
        extractor, why = load_extractor()
        if extractor is None:
            raise NotFound(why or "extraction is not available", "reinstall amity")
    summary, started = ReextractSummary(), time.perf_counter()
    for report_id in report_ids:
        outcome, message, source = _one(store, report_id, extractor, summary)
        if progress:
            progress(source, outcome, message)
    summary.elapsed = time.perf_counter() - started
    return summary


def _one(
    store: Any, report_id: int, extractor: Extractor, summary: ReextractSummary
) -> tuple[str, str | None, str]:
    """Returns (outcome, message, source) after re-extracting one report."""
    report = _load(store, report_id)
    source = report["source"] or str(report_id)
    try:
        found = extractor(
            report["text"], published=report.get("published"), title=report.get("title")
        )
        records = {kind: list(found.get(kind) or []) for kind in KINDS}
        counts = store.replace_extracted(report_id, records)
    except Exception as exc:  # one broken report must not stop the batch
        error = _describe(exc)
        summary.failed.append((source, error))
        store.add_failure(source, error, report_id=report_id, component=_component(error))
        return "failed", f"{source}: re-extraction failed: {error}", source
    summary.reports += 1
    summary.replaced += counts["replaced"]
    summary.added += counts["added"]
    summary.kept += counts["kept"]
    for kind in KINDS:
        summary.records[kind] += len(records[kind])
    from amity.registry.resolve import resolve_after_ingest  # places, orgs, ties

    resolve_after_ingest(store, report_id, source)
    return "done", None, source
