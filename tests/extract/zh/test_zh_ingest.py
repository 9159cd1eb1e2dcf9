"""Chinese reports through ingest: the zh pipeline is chosen by script, records stored, found by search."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from amity.extract import extract_records, guess_language
from amity.ingest import ingest_paths
from amity.settings import Settings

REPORTS = Path(__file__).resolve().parents[2] / "quality" / "zh" / "reports"


def test_chinese_text_is_guessed_zh() -> None:
    assert (
        guess_language((REPORTS / "01_chengdu_padova_signing.txt").read_text(encoding="utf-8"))
        == "zh"
    )
    assert (
        guess_language((REPORTS / "06_guangzhou_losangeles_trad.txt").read_text(encoding="utf-8"))
        == "zh"
    )
    assert guess_language("The delegation visited Chengdu (成都) in May.") == "en"


def test_ingest_stores_chinese_records_and_search_finds_them(store: Any, tmp_path: Path) -> None:
    for name in ("01_chengdu_padova_signing.txt", "06_guangzhou_losangeles_trad.txt"):
        (tmp_path / name).write_bytes((REPORTS / name).read_bytes())
    summary = ingest_paths(store, [tmp_path], settings=Settings(max_bytes=1_000_000))
    assert summary.new == 2 and summary.failed == []
    assert summary.records["partnerships"] == 2 and summary.records["people"] == 5
    hits = store.search("帕多瓦")
    assert {h["kind"] for h in hits} >= {"partnerships", "people"}
    ties = store.records(kind="partnerships")
    assert {(t["a"]["name"], t["b"]["name"]) for t in ties} >= {("成都市", "帕多瓦市")}
    people = [h for h in store.search("溫國輝") if h["kind"] == "people"]
    assert people, "a name in traditional script is found as written"


def test_the_zh_pipeline_reads_a_megabyte_fast() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))]
    extract_records(texts[0], lang="zh")  # tables built once per process, not measured
    blob = "\n\n".join(texts)
    size = 0
    started = time.perf_counter()
    while size < 1_000_000:
        extract_records(blob, lang="zh")
        size += len(blob.encode("utf-8"))
    rate = size / (time.perf_counter() - started) / 1e6
    print(f"\nzh pipeline: {rate:.2f} MB/s on one core")
    assert rate > 0.2  # the aim is > 1 MB/s; this only catches a collapse on a busy machine
