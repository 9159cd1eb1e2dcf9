"""Chinese reports through ingest: the zh pipeline is chosen by script, records stored, found by search."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from amity.extract import guess_language
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


def test_bench_prints_the_rate(capsys: pytest.CaptureFixture[str]) -> None:
    from amity.extract.zh.bench import main

    assert main(["--mb", "0.02", str(REPORTS / "01_chengdu_padova_signing.txt")]) == 0
    m = re.search(
        r"zh pipeline  (\d+) reports  ([\d.]+) MB  [\d.]+ s  ([\d.]+) MB/s per core",
        capsys.readouterr().out,
    )
    assert (
        m is not None
        and int(m.group(1)) > 1
        and float(m.group(2)) >= 0.02
        and float(m.group(3)) > 0
    )


def test_bench_refuses_nothing_to_read(tmp_path: Path) -> None:
    from amity.errors import InputError
    from amity.extract.zh.bench import main

    with pytest.raises(InputError):
        main(["--mb", "0", str(REPORTS / "01_chengdu_padova_signing.txt")])
