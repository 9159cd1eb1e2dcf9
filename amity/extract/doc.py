"""The document that flows through the pipeline: text, its segments, mentions and records."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from amity.records import empty_records


@dataclass(slots=True)
class Span:
    """A stretch of the text, [start, end), with a label and an optional value."""

    start: int
    end: int
    label: str = ""
    value: Any = None
    data: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, other: Span) -> bool:
        """Returns True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def within(self, start: int, end: int) -> bool:
        """Returns True if the span lies inside [start, end)."""
        return start <= self.start and self.end <= end


@dataclass
class Doc:
    """One report on its way through the pipeline."""

    text: str
    published: str | None = None
    title: str | None = None
    lang: str = "en"
    name: str = ""
    items: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    mentions: dict[str, list[Span]] = field(default_factory=dict)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=empty_records)
    period: tuple[str, str] | None = None
    failures: list[tuple[str, str]] = field(default_factory=list)
    _starts: list[int] | None = field(default=None, repr=False)
    _index: dict[str, tuple[list[Span], list[int], int]] = field(default_factory=dict, repr=False)
    _items: list[Span] | None = field(default=None, repr=False)
    _item_starts: list[int] | None = field(default=None, repr=False)
    # Results that several components compute from the same sentence (tokens, titles).
    cache: dict[tuple[str, int], Any] = field(default_factory=dict, repr=False)
    # What scan worked out for each regex searched in this report, by the regex's id.
    scans: dict[int, Any] = field(default_factory=dict, repr=False)

    def add(self, label: str, spans: list[Span]) -> None:
        """Stores the spans of one mention label, sorted by position."""
        self.mentions[label] = sorted(spans, key=lambda s: (s.start, -s.end))
        self._index.pop(label, None)

    def get(self, label: str) -> list[Span]:
        """Returns the mentions of one label (empty if none were found)."""
        return self.mentions.get(label, [])

    def in_range(self, label: str, start: int, end: int) -> list[Span]:
        """Returns the mentions of a label that lie inside [start, end)."""
        ix = self._index.get(label)
        if ix is None or len(ix[0]) != len(ix[1]):
            ix = self._indexed(label)
        spans, starts, longest = ix
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        # Those that start at least `longest` before the end end inside: no test for them.
        mid = bisect_right(starts, end - longest, lo, hi)
        out = spans[lo:mid]
        for k in range(mid, hi):
            if spans[k].end <= end:
                out.append(spans[k])
        return out

    def _indexed(self, label: str) -> tuple[list[Span], list[int], int]:
        """Returns (spans, their starts, the longest span's length) of a label, kept until it changes."""
        spans = self.mentions.get(label) or []
        longest = max((s.end - s.start for s in spans), default=0)
        ix = self._index[label] = (spans, [s.start for s in spans], longest)
        return ix

    def starting(self, label: str, start: int, end: int) -> list[Span]:
        """Returns the mentions of a label that start inside [start, end), wherever they end."""
        ix = self._index.get(label)
        if ix is None or len(ix[0]) != len(ix[1]):
            ix = self._indexed(label)
        starts = ix[1]
        lo = bisect_left(starts, start)
        return ix[0][lo : bisect_left(starts, end, lo)]

    def overlapping(self, label: str, start: int, end: int) -> list[Span]:
        """Returns the mentions of a label that share a character with [start, end)."""
        ix = self._index.get(label)
        if ix is None or len(ix[0]) != len(ix[1]):
            ix = self._indexed(label)
        starts = ix[1]
        # Mentions are short: those that start more than 500 characters earlier cannot reach in.
        lo = bisect_left(starts, start - 500)
        return [s for s in ix[0][lo : bisect_left(starts, end, lo)] if s.end > start]

    def spanning(self, label: str, start: int, end: int) -> list[Span]:
        """Returns every mention of a label that shares a character with [start, end), in order."""
        ix = self._index.get(label)
        if ix is None or len(ix[0]) != len(ix[1]):
            ix = self._indexed(label)
        starts = ix[1]
        lo = bisect_right(starts, start - ix[2])
        return [s for s in ix[0][lo : bisect_left(starts, end, lo)] if s.end > start]

    def at(self, label: str, pos: int) -> Span | None:
        """Returns the mention of a label that covers the offset pos."""
        ix = self._index.get(label)
        if ix is None or len(ix[0]) != len(ix[1]):
            ix = self._indexed(label)
        starts, spans = ix[1], ix[0]
        for k in range(bisect_left(starts, pos - 500), bisect_left(starts, pos + 1)):
            if spans[k].end > pos:
                return spans[k]
        return None

    def value_at(self, label: str, pos: int) -> str | None:
        """Returns the value (e.g. the ISO code of a country) of the mention covering pos."""
        span = self.at(label, pos)
        return None if span is None or span.value is None else str(span.value)

    def _sentence_starts(self) -> list[int]:
        if self._starts is None or len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        return self._starts

    def sentences_in(self, start: int, end: int) -> list[Span]:
        """Returns the sentences that start inside [start, end), in order."""
        starts = self._sentence_starts()
        return self.sentences[bisect_left(starts, start) : bisect_left(starts, end)]

    def sentence_at(self, pos: int) -> Span | None:
        """Returns the sentence that holds the offset pos."""
        i = bisect_right(self._sentence_starts(), pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def item_at(self, pos: int) -> Span | None:
        """Returns the item (paragraph) that holds the offset pos."""
        if self._items is not self.items:
            self._items, self._item_starts = self.items, _disjoint_starts(self.items)
        if self._item_starts is None:
            return next((item for item in self.items if item.start <= pos < item.end), None)
        i = bisect_right(self._item_starts, pos) - 1
        if i >= 0 and pos < self.items[i].end:
            return self.items[i]
        return None

    def slice(self, span: Span | tuple[int, int]) -> str:
        """Returns the text of a span."""
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        return self.text[start:end]


def _disjoint_starts(spans: list[Span]) -> list[int] | None:
    """Returns the starts of spans that follow one another without overlap, else None."""
    for a, b in zip(spans, spans[1:], strict=False):
        if b.start < a.end:
            return None
    return [s.start for s in spans]
