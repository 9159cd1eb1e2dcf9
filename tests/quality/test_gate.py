"""The quality gate: extraction scored against gold must not fall below the pinned floors.

Two corpora: the five seeds in ../shared/corpus (gold beside them) and our own annotated
reports in tests/quality. Predictions are written as `amity extract --format json` prints
them and scored with the shared score.py. Floors are in floors.json; they only move up.
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
SHARED = HERE.parents[1].parent / "shared" / "corpus"
SCORES_KEY = "quality_scores"  # read back by conftest.pytest_terminal_summary
FLOORS = HERE / "floors.json"
CORPORA = {
    "seeds": (SHARED / "seeds", SHARED / "gold"),
    "quality": (HERE / "reports", HERE / "gold"),
    "blind": (HERE / "reports", HERE / "gold"),
    "blind3": (HERE / "reports", HERE / "gold"),
    "blind4": (HERE / "reports", HERE / "gold"),
    "blind5": (HERE / "reports", HERE / "gold"),
    "blind6": (HERE / "reports", HERE / "gold"),
    "blind7": (HERE / "reports", HERE / "gold"),
    "blind8": (HERE / "reports", HERE / "gold"),
    "blind9": (HERE / "reports", HERE / "gold"),
    "blind10": (HERE / "reports", HERE / "gold"),
    "blind11": (HERE / "reports", HERE / "gold"),
    "blind12": (HERE / "reports", HERE / "gold"),
    "blind13": (HERE / "reports", HERE / "gold"),
    "blind14": (HERE / "reports", HERE / "gold"),
    "blind15": (HERE / "reports", HERE / "gold"),
    "blind16": (HERE / "reports", HERE / "gold"),
    "blind17": (HERE / "reports", HERE / "gold"),
    "blind18": (HERE / "reports", HERE / "gold"),
    "blind19": (HERE / "reports", HERE / "gold"),
    "blind20": (HERE / "reports", HERE / "gold"),
    "blind21": (HERE / "reports", HERE / "gold"),
    "blind22": (HERE / "reports", HERE / "gold"),
    "blind23": (HERE / "reports", HERE / "gold"),
    "blind24": (HERE / "reports", HERE / "gold"),
    "blind25": (HERE / "reports", HERE / "gold"),
    "blind26": (HERE / "reports", HERE / "gold"),
    "blind27": (HERE / "reports", HERE / "gold"),
    "blind28": (HERE / "reports", HERE / "gold"),
    "blind29": (HERE / "reports", HERE / "gold"),
    "blind30": (HERE / "reports", HERE / "gold"),
    "blind31": (HERE / "reports", HERE / "gold"),
    "blind32": (HERE / "reports", HERE / "gold"),
    "blind33": (HERE / "reports", HERE / "gold"),
    "blind34": (HERE / "reports", HERE / "gold"),
    "blind35": (HERE / "reports", HERE / "gold"),
    "blind36": (HERE / "reports", HERE / "gold"),
    "blind37": (HERE / "reports", HERE / "gold"),
    "blind38": (HERE / "reports", HERE / "gold"),
    "blind39": (HERE / "reports", HERE / "gold"),
    "blind40": (HERE / "reports", HERE / "gold"),
    "blind41": (HERE / "reports", HERE / "gold"),
    "blind42": (HERE / "reports", HERE / "gold"),
    "blind43": (HERE / "reports", HERE / "gold"),
    "blind44": (HERE / "reports", HERE / "gold"),
    "blind45": (HERE / "reports", HERE / "gold"),
    "blind46": (HERE / "reports", HERE / "gold"),
    "blind47": (HERE / "reports", HERE / "gold"),
    "blind48": (HERE / "reports", HERE / "gold"),
}
# Our reports by batch: floors pinned on one set of reports stay pinned on that set, and a
# newer batch written blind (README) is gated on its own.
BATCHES: dict[str, Callable[[str], bool]] = {
    "quality": lambda stem: stem < "049",
    "blind": lambda stem: "049" <= stem < "059",
    "blind3": lambda stem: "059" <= stem < "069",
    "blind4": lambda stem: "069" <= stem < "079",
    "blind5": lambda stem: "079" <= stem < "089",
    "blind6": lambda stem: "089" <= stem < "099",
    "blind7": lambda stem: "099" <= stem < "109",
    "blind8": lambda stem: "109" <= stem < "119",
    "blind9": lambda stem: "119" <= stem < "129",
    "blind10": lambda stem: "129" <= stem < "139",
    "blind11": lambda stem: "139" <= stem < "149",
    "blind12": lambda stem: "149" <= stem < "159",
    "blind13": lambda stem: "159" <= stem < "169",
    "blind14": lambda stem: "169" <= stem < "179",
    "blind15": lambda stem: "179" <= stem < "189",
    "blind16": lambda stem: "189" <= stem < "199",
    "blind17": lambda stem: "199" <= stem < "209",
    "blind18": lambda stem: "209" <= stem < "219",
    "blind19": lambda stem: "219" <= stem < "229",
    "blind20": lambda stem: "229" <= stem < "239",
    "blind21": lambda stem: "239" <= stem < "249",
    "blind22": lambda stem: "249" <= stem < "259",
    "blind23": lambda stem: "259" <= stem < "269",
    "blind24": lambda stem: "269" <= stem < "279",
    "blind25": lambda stem: "279" <= stem < "289",
    "blind26": lambda stem: "289" <= stem < "299",
    "blind27": lambda stem: "299" <= stem < "309",
    "blind28": lambda stem: "309" <= stem < "319",
    "blind29": lambda stem: "319" <= stem < "329",
    "blind30": lambda stem: "329" <= stem < "339",
    "blind31": lambda stem: "339" <= stem < "349",
    "blind32": lambda stem: "349" <= stem < "359",
    "blind33": lambda stem: "359" <= stem < "369",
    "blind34": lambda stem: "369" <= stem < "379",
    "blind35": lambda stem: "379" <= stem < "389",
    "blind36": lambda stem: "389" <= stem < "399",
    "blind37": lambda stem: "399" <= stem < "409",
    "blind38": lambda stem: "409" <= stem < "419",
    "blind39": lambda stem: "419" <= stem < "429",
    "blind40": lambda stem: "429" <= stem < "439",
    "blind41": lambda stem: "439" <= stem < "449",
    "blind42": lambda stem: "449" <= stem < "459",
    "blind43": lambda stem: "459" <= stem < "469",
    "blind44": lambda stem: "469" <= stem < "479",
    "blind45": lambda stem: "479" <= stem < "489",
    "blind46": lambda stem: "489" <= stem < "499",
    "blind47": lambda stem: "499" <= stem < "509",
    "blind48": lambda stem: stem >= "509",
}


def selected(corpus: str, tmp: Path) -> tuple[Path, Path]:
    """Returns (docs, gold) folders holding only the corpus's own reports."""
    docs, gold = CORPORA[corpus]
    keep = BATCHES.get(corpus)
    if keep is None:
        return docs, gold
    out_docs, out_gold = tmp / "docs", tmp / "gold"
    out_docs.mkdir()
    out_gold.mkdir()
    for report in docs.glob("*.txt"):
        if keep(report.stem):
            (out_docs / report.name).write_bytes(report.read_bytes())
            name = f"{report.stem}.json"
            (out_gold / name).write_bytes((gold / name).read_bytes())
    return out_docs, out_gold


class Measured:
    """Scores each corpus once per module, on demand."""

    def __init__(
        self, scorer: ModuleType, tmp: pytest.TempPathFactory, need: Callable[[Path], None]
    ) -> None:
        self.scorer = scorer
        self.tmp = tmp
        self.need = need
        self.reports: dict[str, dict[str, Any]] = {}

    def report(self, corpus: str) -> dict[str, Any]:
        """Returns the full score.py report of one corpus (extracting it the first time)."""
        if corpus not in self.reports:
            self.need(CORPORA[corpus][0])
            self.need(CORPORA[corpus][1])
            docs, gold = selected(corpus, self.tmp.mktemp(f"corpus_{corpus}"))
            out = self.tmp.mktemp(f"pred_{corpus}")
            write_predictions(docs, out)
            self.reports[corpus] = self.scorer.score(gold, out, docs)
            print(f"\n{corpus}: {json.dumps(summary(self.reports[corpus]))}")
        return self.reports[corpus]


@pytest.fixture(scope="module")
def measured(
    score_module: ModuleType,
    tmp_path_factory: pytest.TempPathFactory,
    need_shared: Callable[[Path], None],
) -> Measured:
    """Returns the per-module cache of corpus scores."""
    return Measured(score_module, tmp_path_factory, need_shared)


@pytest.fixture(scope="module")
def floors() -> dict[str, Any]:
    """Returns the pinned floors."""
    return dict(json.loads(FLOORS.read_text(encoding="utf-8")))


@pytest.mark.corpus
@pytest.mark.parametrize("metric", METRICS)
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_floor(
    measured: Measured,
    floors: dict[str, Any],
    corpus: str,
    metric: str,
    record_property: Any,
) -> None:
    scores = summary(measured.report(corpus))
    record_property(SCORES_KEY, {corpus: json.dumps(scores)})
    floor = floors[corpus][metric]
    assert scores[metric] >= floor, (
        f"{corpus} {metric} fell to {scores[metric]:.3f}, below its floor {floor:.2f}; "
        "find the change that lost it (score.py --verbose lists the missed records)"
    )


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", list(CORPORA))
def test_evidence_is_verbatim(measured: Measured, corpus: str) -> None:
    report = measured.report(corpus)
    assert {kind: report[kind]["ungrounded"] for kind in KINDS} == dict.fromkeys(KINDS, 0)


def test_predictions_are_what_the_cli_prints(tmp_path: Path) -> None:
    from amity.cli import get_cli

    report = sorted(CORPORA["quality"][0].glob("*.txt"))[0]
    written = tmp_path / "one"
    written.mkdir()
    single = tmp_path / "docs"
    single.mkdir()
    (single / report.name).write_bytes(report.read_bytes())
    write_predictions(single, written)
    result = CliRunner().invoke(get_cli(), ["extract", str(report), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads((written / f"{report.stem}.json").read_text(encoding="utf-8")) == json.loads(
        result.stdout
    )


def test_floors_file(floors: dict[str, Any]) -> None:
    assert "only move up" in floors["comment"]
    assert set(floors) == {"comment", *CORPORA}
    for corpus in CORPORA:
        assert set(floors[corpus]) == set(METRICS), corpus
        for metric, value in floors[corpus].items():
            assert isinstance(value, float | int) and 0.0 <= value <= 1.0, (corpus, metric)


@pytest.mark.parametrize(
    ("ci", "outcome"), [("", pytest.skip.Exception), ("true", pytest.fail.Exception)]
)
def test_missing_corpus_skips_or_fails_in_ci(
    need_shared: Callable[[Path], None],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    ci: str,
    outcome: type[BaseException],
) -> None:
    monkeypatch.setenv("CI", ci)
    need_shared(tmp_path)
    with pytest.raises(outcome, match="nowhere"):
        need_shared(tmp_path / "nowhere")


def test_every_report_has_gold() -> None:
    docs, gold = CORPORA["quality"]
    assert {p.stem for p in docs.glob("*.txt")} == {p.stem for p in gold.glob("*.json")}
