"""Stated figures in Chinese reports: "与130多个国家建立了2800多对友好城市关系" gives 130 countries
and 2800 ties (more_than); "友城共有32对" counts what comes before it.

A figure is a count with a measure word (对, 个, 所, 家, 座) in a sentence about ties or members,
or the countries taking part in an event ("非洲20多个国家的百余位代表参会").
"""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.zh.text import simple

TOPIC = re.compile(
    "友好城市|友城|姐妹城市|姊妹城市|友好省|友好关系|友好学校|姊妹学校|成员|会员|结好|合作关系|缔结|友好交流"
)
PARTICIPATE = re.compile("出席|参加|参会|与会|参与")
UNITS = set("对个所家座")
METRIC_STOP = re.compile(
    "[,;:。!?、\n]|的|与|和(?=[\\d一二三四五六七八九十百])|建立|缔结|结成|开展|参会|出席|参加|共有|已|达|\\d"
)
SUBJECT_STOP = re.compile("已|共|与|和|同|的|有|先后|累计|目前|现有|建立|缔结|在|\\d")
COUNT_BEFORE = re.compile("(?:共有|总数达|达到|达|有|共计)$")
TIME_CLAUSE = re.compile(r"^(?:截至|截止|到|至)")


def clause_start(view: str, pos: int, floor: int) -> int:
    """Returns where the clause holding pos starts (after a comma that does not end a time phrase)."""
    lo = pos
    while lo > floor and view[lo - 1] not in ",;。!?\n":
        lo -= 1
    return lo


def metric_after(doc: Doc, view: str, n: Span, hi: int) -> str:
    """Returns what a count counts, written after it ("2526对友好省州和友好城市关系")."""
    stop = METRIC_STOP.search(view, n.end, hi)
    end = stop.start() if stop else hi
    return doc.text[n.end : end].strip("()")


def metric_before(doc: Doc, view: str, n: Span, lo: int) -> str:
    """Returns what a count counts when it comes last ("中国与南非的友城共有32对")."""
    head = view[lo : n.start]
    verb = COUNT_BEFORE.search(head)
    if verb is None:
        return ""
    body = head[: verb.start()]
    cut = max(body.rfind("的"), body.rfind("是"))
    return doc.text[lo + cut + 1 : lo + verb.start()] if cut >= 0 else ""


def subject_of(doc: Doc, view: str, lo: int, hi: int) -> str:
    """Returns who a figure is about: the clause's words before its first verb or number."""
    stop = SUBJECT_STOP.search(view, lo, hi)
    end = stop.start() if stop else lo
    return doc.text[lo:end].strip()


def figure(doc: Doc, view: str, n: Span, sent: Span, event: str | None) -> dict[str, Any] | None:
    """Returns the figure a count states, or None if it is not one."""
    lo = clause_start(view, n.start, sent.start)
    metric = metric_after(doc, view, n, sent.end) or metric_before(doc, view, n, lo)
    if not metric:
        return None
    subject = subject_of(doc, view, lo, n.start)
    if event and (PARTICIPATE.search(view, n.end, sent.end) or not subject):
        subject = event
    if not subject:
        return None
    return {
        "subject": subject,
        "metric": metric,
        "value": n.value,
        "qualifier": n.data.get("qualifier"),
        "span": [sent.start, sent.end],
        "confidence": 0.6,
    }


def figures(doc: Doc) -> Doc:
    """Fills the figures records."""
    view = simple(doc)
    titles = [(e["span"][0], e["title"]) for e in doc.records.get("events", [])]
    out = []
    for sent in doc.sentences:
        topical = TOPIC.search(view, sent.start, sent.end) is not None
        joined = PARTICIPATE.search(view, sent.start, sent.end) is not None
        if not topical and not joined:
            continue
        event = next((t for s, t in reversed(titles) if s <= sent.start), None) if joined else None
        for n in doc.in_range("number", sent.start, sent.end):
            if n.data.get("event") or (n.data.get("unit") or "")[:1] not in UNITS:
                continue
            if not topical and not view.startswith("国家", n.end):
                continue
            rec = figure(doc, view, n, sent, event)
            if rec is not None:
                out.append(rec)
    doc.records["figures"] = out
    return doc
