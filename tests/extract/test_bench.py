"""benchmarks.extract: a tiny run prints throughput and peak memory for both modes."""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]

LINE = re.compile(
    r"^(?P<mode>serial|parallel)\s+(?P<cores>\d+) cores\s+(?P<reports>\d+) reports\s+"
    r"(?P<mb>[\d.]+) MB\s+[\d.]+ s\s+(?P<rate>[\d.]+) MB/s\s+[\d.]+ reports/s\s+"
    r"[\d.]+ MB/s per core\s+peak\s+(?P<peak>[\d.]+) MB\s+failed (?P<failed>\d+)",
    re.M,
)


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Returns benchmarks.extract, importable however pytest was started."""
    monkeypatch.syspath_prepend(str(REPO))
    return import_module("benchmarks.extract")


def test_corpus_reaches_the_size(bench: ModuleType) -> None:
    texts = bench.source_texts()
    corpus = bench.build_corpus(texts, 0.3)
    size = sum(len(t.encode("utf-8")) for t in corpus)
    assert size >= 300_000 and size - len(corpus[-1].encode("utf-8")) < 300_000
    assert corpus[: len(texts)] == texts[: len(corpus)]


def test_tiny_run_prints_the_figures(bench: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--mb", "0.2", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    runs = {m["mode"]: m for m in LINE.finditer(out)}
    assert set(runs) == {"serial", "parallel"}, out
    for run in runs.values():
        assert int(run["reports"]) > 0 and float(run["mb"]) >= 0.2
        assert float(run["rate"]) > 0 and float(run["peak"]) > 0
        assert run["failed"] == "0"
    assert runs["serial"]["reports"] == runs["parallel"]["reports"]
    together = re.search(r"all processes ([\d.]+) MB", out)
    assert together and float(together[1]) >= float(runs["parallel"]["peak"]), out


@pytest.mark.parametrize("args", [["--mb", "0"], ["--workers", "0"]])
def test_bad_options(bench: ModuleType, args: list[str]) -> None:
    with pytest.raises(SystemExit):
        bench.main(args)


def test_instructions_read_from_callgrind_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REPO))
    instructions = import_module("benchmarks.instructions")
    assert instructions.totals("events: Ir\nsummary: 1234\ntotals: 1234\n") == 1234
    with pytest.raises(ValueError):
        instructions.totals("events: Ir\n")
    with pytest.raises(SystemExit):
        instructions.main(["--passes", "0"])
