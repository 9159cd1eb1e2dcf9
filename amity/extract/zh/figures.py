"""Stated figures in Chinese reports: "与130多个国家建立了2800多对友好城市关系" gives 130 countries
and 2800 ties (more_than); "友城共有32对" counts what comes before it; "全年共接待来访外国团组86批"
counts what a body did in a year.

A figure is a count with a measure word in a sentence about ties or members, in a sentence that
adds up (累计, 全年, 总数...), or the countries taking part in an event ("非洲20多个国家的百余位
代表参会"). Head counts of a single event are that event's participants, not figures.
"""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.zh.home import home_place
from amity.extract.zh.text import simple

TOPIC = re.compile(
    "友好城市|友城|姐妹城市|姊妹城市|友好省|友好关系|友好学校|姊妹学校|成员|会员|结好|合作关系|缔结|友好交流"
)
TALLY = re.compile("累计|全年|总数|总计|共计|截至|截止|先后|共(?!同)|过去.{1,3}年|年来")
PARTICIPATE = re.compile("出席|参加|参会|与会|参与")
UNITS = set("对个所家座批场项")
PEOPLE = ("人", "名", "人次")
METRIC_STOP = re.compile(
    "[,;:。!?、\n]|的|与|和(?=[\\d一二三四五六七八九十百])|建立|缔结|结成|开展|参会|出席|参加|共有|已|达|\\d"
)
SUBJECT_STOP = re.compile(
    "已|共|与|和|同|的|有|先后|累计|目前|现有|建立|缔结|在|全年|今年|去年|\\d"
)
COUNT_BEFORE = re.compile("(?:共有|总数达到|总数达|总数为|达到|达|有|共计|为)$")
# Words before a count that close its subject ("省友协全年共接待...", "全年新缔结...").
LEAD = re.compile(r"全年|累计|共计|共|已|先后|今年|去年|目前|(?:19|20)\d{2}年")
TRAIL = re.compile("(?:总数|总量|数量|数|已经|已|共|累计)+$")
NOUNS = re.compile("(?:国际)?(?:会员|成员|友城|友好城市|姐妹城市|友好省州|友好学校)")
NOT_SUBJECT = re.compile("(?:覆盖|分布|包括|涉及|来自|遍及|其中|双方|两市|两国|组派|派出|接待)")
HOME_WORDS = {"全省": "省", "我省": "省", "全市": "市", "我市": "市", "本市": "市"}


def clause_start(view: str, pos: int, floor: int) -> int:
    """Returns where the clause holding pos starts."""
    lo = pos
    while lo > floor and view[lo - 1] not in ",;。!?\n":
        lo -= 1
    return lo


def metric_after(doc: Doc, view: str, n: Span, hi: int) -> str:
    """Returns what a count counts, written after it ("2526对友好省州和友好城市关系")."""
    stop = METRIC_STOP.search(view, n.end, hi)
    end = stop.start() if stop else hi
    return doc.text[n.end : end].strip("()")


def metric_before(doc: Doc, view: str, n: Span, lo: int) -> tuple[str, int]:
    """Returns what a count counts when it comes last ("中国与南非的友城共有32对",
    "全年新缔结国际友好城市5对") and where the words before it (the subject) end."""
    head = view[lo : n.start]
    verb = COUNT_BEFORE.search(head)
    body = head[: verb.start()] if verb else head
    body = body[: TRAIL.search(body).start()] if TRAIL.search(body) else body  # type: ignore[union-attr]
    cut = max(body.rfind("的"), body.rfind("是"))
    if cut >= 0:
        return doc.text[lo + cut + 1 : lo + len(body)], lo + cut
    noun = NOUNS.search(body) if verb else None
    if noun is not None:
        start = noun.start()
        return doc.text[lo + start : lo + len(body)], lo + start
    leads = list(LEAD.finditer(body))
    if leads and leads[-1].end() < len(body):
        return doc.text[lo + leads[-1].end() : lo + len(body)], lo + leads[0].start()
    return "", lo


def subject_of(doc: Doc, view: str, lo: int, hi: int) -> str:
    """Returns who a figure is about: the clause's words before its first verb or number."""
    stop = SUBJECT_STOP.search(view, lo, hi)
    end = stop.start() if stop else hi
    return doc.text[lo:end].strip()


class Reader:
    """Reads the figures of a report, carrying the last subject over to clauses without one."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.view = simple(doc)
        self.last_subject: str | None = None

    def home(self, word: str) -> str | None:
        """Returns the name of the report's own province or city ("全省" -> 江苏)."""
        place = home_place(self.doc, HOME_WORDS[word])
        return None if place is None else self.doc.text[place.start : place.end]

    def subject(self, lo: int, end: int, metric: str) -> str | None:
        """Returns the subject of a clause, or the last one, or the report's own place."""
        view = self.view
        subject = subject_of(self.doc, view, lo, end)
        head = view[lo : lo + 2]
        if head in HOME_WORDS:
            return self.home(head) or subject
        if not subject or subject == metric or NOT_SUBJECT.match(view, lo):
            if self.last_subject:
                return self.last_subject
            return self.home("全市") or self.home("全省")
        return subject

    def figure(self, n: Span, sent: Span, event: str | None) -> dict[str, Any] | None:
        """Returns the figure a count states, or None if it is not one."""
        view = self.view
        lo = clause_start(view, n.start, sent.start)
        metric = metric_after(self.doc, view, n, sent.end)
        end = n.start
        if not metric:
            metric, end = metric_before(self.doc, view, n, lo)
        if not metric:
            metric = n.data.get("unit") or ""
        if not metric:
            return None
        subject = self.subject(lo, end, metric)
        if event and (PARTICIPATE.search(view, n.end, sent.end) or not subject):
            subject = event
        if not subject:
            return None
        self.last_subject = subject
        return {
            "subject": subject,
            "metric": metric,
            "value": n.value,
            "qualifier": n.data.get("qualifier"),
            "span": [sent.start, sent.end],
            "confidence": 0.6,
        }


def counts(doc: Doc, view: str, sent: Span, topical: bool, tally: bool) -> list[Span]:
    """Returns the counts of a sentence that may be figures."""
    out = []
    for n in doc.in_range("number", sent.start, sent.end):
        unit = n.data.get("unit") or ""
        if n.data.get("event") or not unit:
            continue
        if unit[:1] in UNITS and (topical or tally or view.startswith("国家", n.end)):
            out.append(n)
        elif unit in PEOPLE and tally:
            out.append(n)
    return out


def figures(doc: Doc) -> Doc:
    """Fills the figures records."""
    view = simple(doc)
    reader = Reader(doc)
    titles = [(e["span"][0], e["title"]) for e in doc.records.get("events", [])]
    out = []
    for sent in doc.sentences:
        topical = TOPIC.search(view, sent.start, sent.end) is not None
        tally = TALLY.search(view, sent.start, sent.end) is not None
        joined = PARTICIPATE.search(view, sent.start, sent.end) is not None
        if not (topical or tally or joined):
            continue
        event = next((t for s, t in reversed(titles) if s <= sent.start), None) if joined else None
        for n in counts(doc, view, sent, topical, tally):
            rec = reader.figure(n, sent, event)
            if rec is not None:
                out.append(rec)
    doc.records["figures"] = out
    return doc
