"""The last step: records checked against the text, trimmed, deduplicated and ordered."""

from __future__ import annotations

import json
from typing import Any

from amity.extract.doc import Doc
from amity.records import KINDS


def _trim(text: str, span: list[int]) -> list[int]:
    start, end = max(0, span[0]), min(len(text), span[1])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [start, end]


def _key(kind: str, rec: dict[str, Any]) -> str:
    fields = {k: v for k, v in rec.items() if k not in ("span", "confidence")}
    return kind + json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)


def finalize(doc: Doc) -> Doc:
    """Drops records without valid evidence and exact duplicates; sorts each kind by position."""
    for kind in KINDS:
        seen: set[str] = set()
        kept = []
        for rec in doc.records.get(kind, []):
            span = rec.get("span")
            if not span or span[1] <= span[0]:
                continue
            rec["span"] = _trim(doc.text, span)
            key = _key(kind, rec)
            if key in seen or rec["span"][1] <= rec["span"][0]:
                continue
            seen.add(key)
            kept.append(rec)
        doc.records[kind] = sorted(kept, key=lambda r: r["span"][0])
    return doc
