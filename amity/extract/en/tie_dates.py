"""The dates of ties: the date a sentence gives a tie, the date the next sentences give its
signing, the event it was signed at, the date of each tie of a list ("with A in 1961"), and the
one signing of a sister-city agreement a news report tells."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span


def _item_date(doc: Doc, sent: Span, pairs: list[tuple[Span, Span]], k: int) -> dict[str, str]:
    """Returns {"since": date} of the k-th tie of a list: the date right after its partner
    ("with A in 1961"), else the nearest one before it ("in 1983 added a link with B")."""
    j = k
    # "A and B in X, both twinned in 1993": partners joined by "and" share the date after them
    while j + 1 < len(pairs) and _chained(doc, pairs[j][1], pairs[j + 1][1]):
        j += 1
    b = pairs[j][1]
    after_end = pairs[j + 1][1].start if j + 1 < len(pairs) else sent.end
    before_start = pairs[k - 1][1].end if k > 0 else sent.start
    before_start = max(before_start, doc.text.rfind(";", before_start, b.start) + 1)
    semicolon = doc.text.find(";", b.end, after_end)
    after = doc.in_range("date", b.end, semicolon if semicolon >= 0 else after_end)
    before = [d for d in doc.in_range("date", before_start, b.start)]
    found = after[0] if after else (before[-1] if before else None)
    if found is None or found.value is None or found.value.year is None:
        return {"undated": "1"}  # the list dates some ties, not this one
    iso = found.value.iso()[0]
    return {"since": iso} if iso else {"undated": "1"}


def _chained(doc: Doc, b: Span, c: Span) -> bool:
    """True for two partners joined by "and" with no date between them ("A in Palau and B")."""
    gap = doc.text[b.end : c.start]
    return " and " in f"{gap} " and ";" not in gap and not doc.in_range("date", b.end, c.start)


def date_of(doc: Doc, sent: Span) -> str | None:
    """Returns the date of a tie: its sentence's date, else the event it was signed at."""
    from amity.extract.en.events import is_headline, sentence_date

    dates_from = scan.search(doc, DATES_FROM, sent.start, sent.end)
    if dates_from:
        return dates_from.group(1)  # "came in 1969; the twinning itself dates from 1983"
    d = sentence_date(doc, sent)
    if d and scan.search(doc, ANNIVERSARY, sent.start, sent.end) and d.data.get("kind") == "rel":
        return None  # "the 20-year relationship will be celebrated this month": not its start
    if d:
        return d.value.iso()[0]
    if scan.search(doc, JUST_SIGNED, sent.start, sent.end):
        return _signed_later(doc, sent) or doc.published  # news: "A and B have signed ..."
    if doc.items and sent.end <= doc.items[0].end and is_headline(doc, doc.items[0], 0):
        return _signed_later(doc, sent, None)  # a headline: "A and B become twin cities"
    if not scan.search(doc, DEED_WORDS, sent.start, sent.end):
        return None  # "The other ten are ...": a list of ties, not a deed dated by an event
    best = None
    at_event = scan.search_in(doc, AT_EVENT, doc.text[sent.start : sent.end], sent.start)
    for ev, rec in zip(doc.get("event"), doc.records.get("events", []), strict=True):
        same_item = doc.item_at(ev.start) is doc.item_at(sent.start)
        if ev.start <= sent.start and (same_item or at_event):
            best = rec.get("start")
    return best


# "... back to 1989", "... from the year 1958": the year a tie began, after a verb of reaching
BACK_TO_YEAR = r"\s+(?:back\s+)?(?:to|from)\s+(?:the\s+(?:year\s+)?)?((?:19|20)\d\d)\b"
DATES_FROM = re.compile(r"\b(?:dates|dating|goes|going|went|reaches)" + BACK_TO_YEAR, re.I)
DEED_WORDS = re.compile(
    r"\b(?:sign\w*|agree\w*|establish\w*|formali[sz]\w*|memorand\w*|protocols?|inked|put (?:their|his|her|its) (?:names?|signatures?) to|put pen to paper|become|became|"
    r"forged|concluded|twinned|linked|joined|admitted|accepted|set up|renewed|members?)\b",
    re.I,
)
AT_EVENT = re.compile(
    r"\b(?:at|during|on)\s+the\s+(?:sub-forum|forum|ceremony|conference|summit|meeting)", re.I
)


ANNIVERSARY = re.compile(r"\banniversar|\bcelebrat|\b\d+-year\b|\byears? of\b", re.I)
JUST_SIGNED = re.compile(
    r"\b(?:have|has) (?:just |now |recently |officially )?(?:signed|entered into|established|"
    r"formali[sz]ed|become)\b|\bsigned\b[^.]{0,80}\btoday\b",
    re.I,
)
SIGNED_AGAIN = re.compile(
    r"\b(?:the|this|that|an?) (?:document|agreement|memorandum|accord|protocol|mou)\b[^.]{0,60}\b(?:was|were) signed\b",
    re.I,
)


def _signed_later(doc: Doc, sent: Span, within: int | None = 2) -> str | None:
    """Returns the date the next sentences give the signing ("The document was signed on 8 May")."""
    from amity.extract.en.events import sentence_date

    later = [s for s in doc.sentences if s.start >= sent.end][:within]
    for s in later:
        if scan.search(doc, SIGNED_AGAIN, s.start, s.end):
            d = sentence_date(doc, s)
            return d.value.iso()[0] if d else None
    return None


def _tie_signing_date(doc: Doc) -> str | None:
    """Returns the date of the one signing event of a sister-city agreement the report tells."""
    from amity.extract.en.cues import TIE

    dates = {
        rec["start"]
        for ev, rec in zip(doc.get("event"), doc.records.get("events", []), strict=True)
        if rec["type"] == "signing"
        and rec.get("start")
        and scan.search(doc, TIE, ev.start, ev.end) is not None
    }
    if len(dates) > 1 and doc.published:
        # "signed a declaration last year that an agreement would follow": the news is this year's
        dates = {d for d in dates if d[:4] == doc.published[:4]}
    return dates.pop() if len(dates) == 1 else None


def _is_news_tie(doc: Doc, tie: dict[str, Any]) -> bool:
    """True for the tie a report is about: both parties named in its headline or first lines."""
    head = doc.text[: doc.items[1].end] if len(doc.items) > 1 else doc.text[:400]
    return all(tie[side]["name"].split()[0] in head for side in ("a", "b"))


# "the twinning became official in 1968", "The relationship dates back to 1987": when the tie
# the report tells began, said without naming its parties again
TIE_BEGAN = re.compile(
    r"\b(?:the|their|our|this)\s+(?:official\s+)?(?:twinning|partnership|relationship|friendship|tie|link|"
    r"sister[\s-]city (?:relationship|agreement|tie)|twinning (?:agreement|charter))\s+"
    r"(?:became official|was (?:officially |formally )?(?:established|formali[sz]ed|sealed|signed|concluded|founded|made official)"
    r"|dates (?:back )?(?:to|from)|goes back to|began|started)\b",
    re.I,
)


def began_date(doc: Doc) -> str | None:
    """Returns the date a sentence gives for when the report's tie began, if one sentence does."""
    found = set()
    for sent in doc.sentences:
        m = scan.search(doc, TIE_BEGAN, sent.start, sent.end)
        dates = doc.in_range("date", m.end(), min(sent.end, m.end() + 20)) if m else []
        if dates:
            found.add(dates[0].value.iso()[0])  # "became official in 1968", not 1966 before it
    return found.pop() if len(found) == 1 else None
