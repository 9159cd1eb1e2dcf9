"""The Chinese quality gate: extraction of Chinese reports must not fall below the pinned floors.

Two corpora: the six Chinese seeds in ../shared/corpus/zh (gold beside them) and our own
annotated Chinese reports in tests/quality/zh. Predictions are what `amity extract --format json`
prints (the language guessed from the script), scored with the shared score.py. Floors are in
floors_zh.json; they only move up.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from amity.records import KINDS
from tests.quality.gate import METRICS, summary, write_predictions

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared" / "corpus" / "zh"
SCORES_KEY = "quality_scores"  # read back by conftest.pytest_terminal_summary
FLOORS = HERE / "floors_zh.json"
CORPORA = {
    "zh_seeds": (SHARED / "seeds", SHARED / "gold"),
    "zh_quality": (HERE / "zh" / "reports", HERE / "zh" / "gold"),
}


@pytest.fixture(scope="module")
def measured(
    score_module: ModuleType,
    tmp_path_factory: pytest.TempPathFactory,
    need_shared: Callable[[Path], None],
) -> Callable[[str], dict[str, Any]]:
    """Returns a function that scores a corpus once per module (extracting it the first time)."""
    reports: dict[str, dict[str, Any]] = {}

    def report(corpus: str) -> dict[str, Any]:
        if corpus not in reports:
            docs, gold = CORPORA[corpus]
            need_shared(docs)
            need_shared(gold)
            out = tmp_path_factory.mktemp(f"pred_{corpus}")
            write_predictions(docs, out)
            reports[corpus] = score_module.score(gold, out, docs)
            print(f"\n{corpus}: {json.dumps(summary(reports[corpus]))}")
        return reports[corpus]

    return report


@pytest.fixture(scope="module")
def floors() -> dict[str, Any]:
    """Returns the pinned floors."""
    return dict(json.loads(FLOORS.read_text(encoding="utf-8")))


@pytest.mark.corpus
@pytest.mark.parametrize("metric", METRICS)
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_floor(
    measured: Callable[[str], dict[str, Any]],
    floors: dict[str, Any],
    corpus: str,
    metric: str,
    record_property: Any,
) -> None:
    scores = summary(measured(corpus))
    record_property(SCORES_KEY, {corpus: json.dumps(scores)})
    floor = floors[corpus][metric]
    assert scores[metric] >= floor, (
        f"{corpus} {metric} fell to {scores[metric]:.3f}, below its floor {floor:.2f}; "
        "find the change that lost it (score.py --verbose lists the missed records)"
    )


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_evidence_is_verbatim(measured: Callable[[str], dict[str, Any]], corpus: str) -> None:
    report = measured(corpus)
    assert {kind: report[kind]["ungrounded"] for kind in KINDS} == dict.fromkeys(KINDS, 0)


def test_chinese_reports_run_the_zh_pipeline(tmp_path: Path) -> None:
    from amity.cli import get_cli

    report = sorted(CORPORA["zh_quality"][0].glob("*.txt"))[0]
    guessed = CliRunner().invoke(get_cli(), ["extract", str(report), "--format", "json"])
    forced = CliRunner().invoke(
        get_cli(), ["extract", str(report), "--format", "json", "--lang", "zh"]
    )
    english = CliRunner().invoke(
        get_cli(), ["extract", str(report), "--format", "json", "--lang", "en"]
    )
    assert guessed.exit_code == forced.exit_code == english.exit_code == 0, guessed.output
    assert json.loads(guessed.stdout) == json.loads(forced.stdout)
    assert json.loads(guessed.stdout)["people"] != json.loads(english.stdout)["people"]


def test_floors_file(floors: dict[str, Any]) -> None:
    assert "only move up" in floors["comment"]
    assert set(floors) == {"comment", *CORPORA}
    for corpus in CORPORA:
        assert set(floors[corpus]) == set(METRICS), corpus
        for metric, value in floors[corpus].items():
            assert isinstance(value, float | int) and 0.0 <= value <= 1.0, (corpus, metric)


def test_every_report_has_gold() -> None:
    docs, gold = CORPORA["zh_quality"]
    assert len(list(docs.glob("*.txt"))) >= 8
    assert {p.stem for p in docs.glob("*.txt")} == {p.stem for p in gold.glob("*.json")}
