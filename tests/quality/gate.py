"""What both quality gates share: predictions written as the CLI prints them, and the gated numbers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from amity.records import KINDS

METRICS = ("overall", *KINDS, "field_accuracy")


def write_predictions(docs: Path, out: Path) -> None:
    """Writes one JSON file per report, as `amity extract REPORT --format json` prints it."""
    from amity.extract.report import extract_file
    from amity.settings import load_settings

    settings = load_settings()
    for report in sorted(docs.glob("*.txt")):
        result = extract_file(report, settings)
        text = json.dumps(result, ensure_ascii=False, indent=2)
        (out / f"{report.stem}.json").write_text(text + "\n", encoding="utf-8")


def summary(report: dict[str, Any]) -> dict[str, float]:
    """Returns the gated numbers of a score.py report: F1 overall and per kind, field accuracy."""
    out = {name: float(report[name]["f1"]) for name in ("overall", *KINDS)}
    out["field_accuracy"] = float(report["overall"]["field_accuracy"])
    return out
