"""A report's text cut into segments, each with the records whose evidence covers it.

Templates print each segment's text through autoescaping, so no report text is
ever marked safe: the highlighting is only the structure around the segments.
"""

from __future__ import annotations

from typing import Any

from amity.records import KINDS

Mark = dict[str, Any]


def marks(records: dict[str, list[dict[str, Any]]], length: int) -> list[tuple[int, int, Mark]]:
    """Returns (start, end, mark) for every unrejected record whose span lies in the text."""
    out = []
    for kind in KINDS:
        for record in records.get(kind) or []:
            span = record.get("span")
            if not span or record.get("review_state") == "rejected":
                continue
            start, end = int(span[0]), int(span[1])
            if 0 <= start < end <= length:
                mark = {"kind": kind, "id": record["id"], "state": record.get("review_state"),
                        "start": start}  # fmt: skip
                out.append((start, end, mark))
    return out


def segments(text: str, records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Returns [{text, start, marks, anchors}] covering the text; marks are the covering records.

    Overlapping spans split the text at every boundary, so each segment carries
    every record that covers it, shortest span first (the most specific link);
    anchors name the records whose evidence starts there.
    """
    found = marks(records, len(text))
    cuts = sorted({0, len(text), *(s for s, _, _ in found), *(e for _, e, _ in found)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [(e - s, m) for s, e, m in found if s <= start and end <= e]
        covering.sort(key=lambda pair: (pair[0], pair[1]["kind"], pair[1]["id"]))
        found_here = [m for _, m in covering]
        anchors = [f"{m['kind']}-{m['id']}" for m in found_here if m["start"] == start]
        out.append(
            {"text": text[start:end], "start": start, "marks": found_here, "anchors": anchors}
        )
    return out
