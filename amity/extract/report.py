"""Extraction of one report file, for `amity extract`: records in the RECORDS.md format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from amity.records import KINDS, to_records_format
from amity.settings import Settings


def extract_file(
    path: Path, settings: Settings, keep_spans: bool = False, lang: str | None = None
) -> dict[str, Any]:
    """Returns the RECORDS.md object of one report file (evidence spans kept if asked).

    The language's pipeline runs: `lang` if given, else the one guessed from the text's script.
    """
    from amity.extract import extract_records
    from amity.ingest.report import read_report

    report = read_report(str(path), settings.max_bytes)
    config = settings.pipeline if settings.pipeline != "default" else None
    result = extract_records(
        report.text,
        published=report.published,
        title=report.title,
        lang=lang or report.language,
        config=config,
    )
    out = to_records_format(path.name, result.get("published"), result, report.text)
    if keep_spans:
        for kind in KINDS:
            for pub, rec in zip(out[kind], result[kind], strict=True):
                pub["span"] = rec.get("span")
                pub["confidence"] = rec.get("confidence")
    if result.get("failures"):
        out["failures"] = [{"component": c, "message": m} for c, m in result["failures"]]
    return out


def render_table(result: dict[str, Any]) -> str:
    """Returns the records as plain text tables, one block per kind."""
    lines = [f"{result['doc']}  published: {result.get('published') or '-'}"]
    cols = {
        "events": ("type", "start", "end", "city", "country", "participants", "title"),
        "partnerships": ("type", "a", "b", "date"),
        "people": ("name", "title", "organization", "country"),
        "figures": ("subject", "metric", "value", "qualifier"),
    }
    for kind in KINDS:
        rows = result.get(kind) or []
        lines.append(f"\n{kind} ({len(rows)})")
        for rec in rows:
            lines.append("  " + " | ".join(_cell(rec.get(c)) for c in cols[kind]))
    for failure in result.get("failures", []):
        lines.append(f"\nfailure in {failure['component']}: {failure['message']}")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return f"{value.get('name')} ({value.get('country') or '-'})"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "-" if value is None else str(value)[:80]
