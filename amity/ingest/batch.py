"""A batch: read each report, skip what is stored, extract, store report and records together.

Each report goes in with its records in one store transaction, and the content hash is checked
before extraction, so a killed batch run again finishes the job without doubling anything.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from amity.errors import AmityError, InputError
from amity.ingest.fetch import fetch, read_url_list, url_items
from amity.ingest.report import build_report
from amity.ingest.sources import Item, WalkCounts, iter_items, read_file
from amity.records import KINDS, ReportIn
from amity.settings import Settings, load_settings

Progress = Callable[[str, str, str | None], None]
Loader = Callable[[Item], tuple[ReportIn, str | None]]
Extractor = Callable[..., dict[str, Any]]


@dataclass
class IngestSummary:
    """What a batch did: reports new, skipped (already stored), failed, and records found."""

    new: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    extract_failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    ignored: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    bytes_read: int = 0
    elapsed: float = 0.0
    extraction: bool = False

    @property
    def ok(self) -> bool:
        """Returns True if no report failed to be read or extracted."""
        return not self.failed and not self.extract_failed

    def to_dict(self) -> dict[str, Any]:
        """Returns the summary as plain JSON-ready data."""
        return {
            "new": self.new,
            "skipped": self.skipped,
            "failed": [{"source": s, "message": m} for s, m in self.failed],
            "extract_failed": [{"source": s, "message": m} for s, m in self.extract_failed],
            "warnings": [{"source": s, "message": m} for s, m in self.warnings],
            "ignored": self.ignored,
            "records": dict(self.records),
            "bytes_read": self.bytes_read,
            "elapsed": round(self.elapsed, 3),
            "extraction": self.extraction,
        }


def load_extractor() -> tuple[Extractor | None, str | None]:
    """Returns amity.extract.extract_records, or None and why if it cannot be imported."""
    try:
        from amity.extract import extract_records
    except ImportError as exc:
        return None, f"extraction is not available ({exc}); reports stored without records"
    return extract_records, None


class Batch:
    """Runs items through read, dedupe, extract and store, keeping the summary."""

    def __init__(
        self,
        store: Any,
        extract: bool,
        progress: Progress | None,
        extractor: Extractor | None = None,
    ) -> None:
        self.store = store
        self.progress = progress
        self.summary = IngestSummary()
        self.message: str | None = None
        self.extractor: Extractor | None = extractor if extract else None
        if extract and extractor is None:
            self.extractor, why = load_extractor()
            if why:
                self.summary.warnings.append(("amity.extract", why))
        self.summary.extraction = self.extractor is not None

    def run(self, items: Iterable[Item], loader: Loader) -> IngestSummary:
        """Returns the summary after every item has been ingested or has failed."""
        started = time.perf_counter()
        for item in items:
            self.message = None
            outcome = self.one(item, loader)
            if self.progress:
                self.progress(item.name, outcome, self.message)
        self.summary.elapsed += time.perf_counter() - started
        return self.summary

    def one(self, item: Item, loader: Loader) -> str:
        """Returns "new", "skipped" or "failed" after ingesting one item."""
        try:
            if item.error:
                raise InputError(item.error)
            report, warning = loader(item)
        except InputError as exc:
            return self.fail(item, str(exc))
        if warning:
            self.summary.warnings.append((item.name, warning))
        # Without extraction, add_report's own duplicate check is the cheap one.
        if self.extractor is not None and self.store.has_report(report.content_hash):
            self.summary.skipped += 1
            return "skipped"
        return self.store_report(item, report)

    def fail(self, item: Item, message: str) -> str:
        """Returns "failed" after recording why an item could not be read."""
        self.message = message
        self.summary.failed.append((item.name, message))
        self.store.add_failure(item.location, message, component="ingest")
        return "failed"

    def store_report(self, item: Item, report: ReportIn) -> str:
        """Returns "new" or "skipped" after extracting and storing one report."""
        records, error = self.extract(report)
        try:
            report_id = self.store.add_report(report, records)
        except InputError as exc:
            if records is None:
                raise
            # The store refused the records (bad spans, bad values): keep the report alone.
            records, error = None, f"records refused by the store: {exc}"
            report_id = self.store.add_report(report, None)
        if report_id is None:
            self.summary.skipped += 1
            return "skipped"
        self.summary.new += 1
        self.summary.bytes_read += report.size or 0
        if error:
            self.message = f"{item.name}: extraction failed: {error}"
            self.summary.extract_failed.append((item.name, self.message))
            self.store.add_failure(
                item.location, error, report_id=report_id, component=_component(error)
            )
        for kind in KINDS:
            self.summary.records[kind] += len((records or {}).get(kind, []))
        if records:
            from amity.registry.resolve import resolve_after_ingest  # places, orgs, ties

            if failed := resolve_after_ingest(self.store, report_id, item.location):
                self.summary.warnings.append((item.name, failed))
        return "new"

    def extract(self, report: ReportIn) -> tuple[dict[str, Any] | None, str | None]:
        """Returns the report's records (None if extraction is off or failed) and the error."""
        if self.extractor is None:
            return None, None
        try:
            found = self.extractor(report.text, published=report.published, title=report.title)
        except Exception as exc:  # one broken report must not stop the batch
            return None, _describe(exc)
        if not report.published and found.get("published"):
            report.published = found["published"]
        return {kind: list(found.get(kind) or []) for kind in KINDS}, None


def _describe(exc: Exception) -> str:
    """Returns a one-line description of an extraction error, naming its component if known."""
    component = getattr(exc, "component", None)
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if not isinstance(exc, AmityError):
        message = f"{type(exc).__name__}: {message}"
    return f"[{component}] {message}" if component else message


def _component(error: str) -> str:
    """Returns the component named in an extraction error, or "extract"."""
    if error.startswith("[") and "]" in error:
        return error[1 : error.index("]")]
    return "extract"


def file_loader(max_bytes: int) -> Loader:
    """Returns a loader that reads a file (size-limited) and builds its ReportIn."""

    def load(item: Item) -> tuple[ReportIn, str | None]:
        return build_report(
            item.location, item.name, read_file(item.location, item.name, max_bytes)
        )

    return load


def url_loader(timeout: float, max_bytes: int, public_only: bool = False) -> Loader:
    """Returns a loader that fetches a URL (time-out, size limit) and builds its ReportIn."""

    def load(item: Item) -> tuple[ReportIn, str | None]:
        got = fetch(item.location, timeout, max_bytes, public_only)
        return build_report(item.location, item.name, got.data, got.content_type, got.charset)

    return load


def ingest_paths(
    store: Any,
    paths: Iterable[str | os.PathLike[str]],
    *,
    extract: bool = True,
    settings: Settings | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Returns the summary of ingesting every report under the paths (files, folders, globs)."""
    return ingest_sources(
        store, paths, extract=extract, settings=settings, progress=progress, extractor=extractor
    )


def ingest_sources(
    store: Any,
    paths: Iterable[str | os.PathLike[str]] = (),
    urls: str | os.PathLike[str] | Iterable[str] | None = None,
    *,
    extract: bool = True,
    settings: Settings | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Returns the summary of one batch over files, folders and globs, then a URL list.

    `extractor` replaces amity.extract.extract_records (same signature) when given.
    """
    settings = settings or load_settings()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    counts = WalkCounts()
    batch = Batch(store, extract, progress, extractor)
    batch.run(iter_items(paths, counts), file_loader(settings.max_bytes))
    if urls is not None:
        listed = read_url_list(urls) if isinstance(urls, str | os.PathLike) else list(urls)
        batch.run(url_items(listed), url_loader(settings.fetch_timeout, settings.max_bytes))
    batch.summary.ignored = counts.ignored
    return batch.summary


def ingest_urls(
    store: Any,
    urls: str | os.PathLike[str] | Iterable[str],
    *,
    extract: bool = True,
    settings: Settings | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Returns the summary of ingesting each URL of a list file (or of a list of URLs)."""
    return ingest_sources(
        store, (), urls, extract=extract, settings=settings, progress=progress, extractor=extractor
    )
