"""Publishing fixtures: stores of the sample reports, of the seeds, of hand-made reports; PDF tools.

- `load_report(store, name)`: stores tests/data/publish/<name>.txt with its records, resolved.
- `lakeford`: a fresh store (SQLite and PostgreSQL) with the Lakeford bulletin, its concert rejected.
- `examples_store`: examples/reports ingested (extraction on) into one SQLite store per session.
- `seeds_store`: ../shared/corpus/seeds ingested the same way (skipped without the corpus,
  failed when CI=true).
- `gold_store`: seed 002 stored with its gold records from ../shared/corpus/gold.
- `pdf_text(pdf)`, `pdf_pages(pdf, folder)`: pdftotext and pdftoppm (PNG pages).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amity.records import ReportIn
from amity.store import Store

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "publish"
CORPUS = REPO.parent / "shared" / "corpus"
SEED_002 = "002_09328c0782d2b413"


def need(path: Path) -> None:
    """Skips when a shared corpus path is missing, or fails when CI=true."""
    if path.exists():
        return
    message = f"{path} is missing: put the shared corpus next to the repository"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true requires it)")
    pytest.skip(message)


def need_tool(name: str) -> str:
    """Returns the path of a command-line tool, skipping (failing when CI=true) without it."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed: run `make system-deps`"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def with_spans(records: dict[str, list[dict[str, Any]]], text: str) -> dict[str, Any]:
    """Returns the records, each given the span of its evidence in text (when found)."""
    for items in records.values():
        for record in items:
            start = text.find(record.get("evidence") or "\0")
            if start >= 0:
                record["span"] = [start, start + len(record["evidence"])]
    return records


def store_text(store: Any, text: str, records: dict[str, Any], source: str, **meta: Any) -> int:
    """Stores a report text with its records, resolves it; returns its id."""
    from amity.registry.resolve import resolve_report

    digest = hashlib.sha256(text.encode()).hexdigest()
    report = ReportIn(source=source, text=text, content_hash=digest, fmt="text", **meta)
    report_id = store.add_report(report, with_spans(records, text))
    assert report_id is not None
    resolve_report(store, report_id)
    return int(report_id)


def load_report(store: Any, name: str) -> int:
    """Stores tests/data/publish/<name>.txt with <name>.json, resolved; returns its id."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    records = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    published = re.search(r"Date: (\S+)", text)
    return store_text(
        store, text, records, f"tests/{name}.txt",
        title=text.splitlines()[0], published=published.group(1) if published else None,
    )  # fmt: skip


def reject(store: Any, report_id: int, kind: str, title: str) -> int:
    """Rejects the record of a report whose title is `title`; returns its id."""
    found = [r for r in store.records(report_id=report_id, kind=kind) if r.get("title") == title]
    assert len(found) == 1, f"no single {kind} record titled {title!r}"
    store.review(kind, found[0]["id"], "rejected", "tester")
    return int(found[0]["id"])


@pytest.fixture
def lakeford(store: Any) -> Any:
    """Returns a fresh store (each dialect) holding the Lakeford bulletin, its concert rejected."""
    report_id = load_report(store, "lakeford")
    reject(store, report_id, "events", "Lakeside concert")
    return store


def _ingest(folder: Path, path: Path) -> Store:
    """Returns a SQLite store at path with every report of folder ingested (extraction on)."""
    from amity.ingest import ingest_paths

    store = Store.open(str(path))
    summary = ingest_paths(store, [str(folder)])
    assert summary.new > 0 and not summary.failed, summary
    return store


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Yields a SQLite store with examples/reports ingested."""
    store = _ingest(REPO / "examples" / "reports", tmp_path_factory.mktemp("ex") / "ex.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Yields a SQLite store with the shared seeds ingested."""
    need(CORPUS / "seeds")
    store = _ingest(CORPUS / "seeds", tmp_path_factory.mktemp("seeds") / "seeds.db")
    yield store
    store.close()


def gold(name: str = SEED_002) -> dict[str, Any]:
    """Returns the gold records of a seed."""
    path = CORPUS / "gold" / f"{name}.json"
    need(path)
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def gold_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Yields a SQLite store with seed 002 stored with its gold records (no extraction)."""
    need(CORPUS / "seeds" / f"{SEED_002}.txt")
    text = (CORPUS / "seeds" / f"{SEED_002}.txt").read_text(encoding="utf-8")
    records = {kind: gold()[kind] for kind in ("events", "partnerships", "people", "figures")}
    store = Store.open(str(tmp_path_factory.mktemp("gold") / "gold.db"))
    store_text(store, text, records, f"{SEED_002}.txt", title=text.splitlines()[0])
    yield store
    store.close()


def pdf_text(pdf: bytes, folder: Path) -> str:
    """Returns the text of a PDF as pdftotext reads it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    tool = need_tool("pdftotext")
    done = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pdf_pages(pdf: bytes, folder: Path, dpi: int = 40) -> list[Path]:
    """Returns the PNG pages pdftoppm makes of a PDF, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    tool = need_tool("pdftoppm")
    subprocess.run([tool, "-r", str(dpi), "-png", str(path), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))


def pixels_near(png: Path, color: str, tolerance: int = 12) -> int:
    """Returns how many pixels of a PNG are within `tolerance` of a #rrggbb colour."""
    from PIL import Image

    want = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    with Image.open(png) as image:
        raw = image.convert("RGB").tobytes()
    return sum(
        1
        for i in range(0, len(raw), 3)
        if abs(raw[i] - want[0]) <= tolerance
        and abs(raw[i + 1] - want[1]) <= tolerance
        and abs(raw[i + 2] - want[2]) <= tolerance
    )
