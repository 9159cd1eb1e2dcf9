"""Events in Chinese reports: a cue word (论坛, 访问, 会见, 签约, 培训...) in a sentence that dates
it, names it (第三届..., “...”), holds it (举行, 将于) or takes part in it (出席, 参加).

A bare or pointed-back mention ("论坛将于...", "此次论坛由...主办") adds to the last event of
its type instead of making a new one; so does an undated mention of a cue word already read.
"""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.zh.event_fields import (
    Draft,
    fill_numbers,
    fill_organizers,
    fill_place,
    late_counts,
)
from amity.extract.zh.lexicon import cue_pattern, cue_types, title_pattern
from amity.extract.zh.text import CLAUSE_END, clause_bounds, simple

HOLD = re.compile(
    "举行|举办|召开|开幕|闭幕|拉开帷幕|将于|即将|于.{0,12}?在|启动|开展|组织|主办|承办"
)
JOIN = re.compile("出席|参加|参与|参会|与会|应邀|邀请|率|赴|访问|抵达|前往|来访|莅临")
MEETING_VERBS = re.compile("会见|会谈|会晤|接见|宴请")
ACTS = re.compile("会见|会谈|会晤|接见|宴请|签署|签订|签约|捐赠|援建|演出|举行|举办")
POINTER = re.compile("(?:本次|此次|该|这次|本届|此届|上述)$")
NAMED = re.compile(r"第[\d一二三四五六七八九十百]+[届次期]|首届|“|《|\d{4}年?")
# Where a name of an event stops, walking back from its cue word.
PHRASE_STOP = re.compile(
    "出席|参加|参与|举办|举行|召开|在|于|了|将|为|是|赴|并|及|和|与|开展|组织|主办|承办|邀请|欢迎|应|由|到|的"
)
ANNIVERSARY = re.compile(r"[\d一二三四五六七八九十]+周年")
THEME_YEAR = re.compile(
    r"(今年|明年|去年|(?:19|20)\d{2}年)(?:是|为)([^,;。!?]{2,20}?(?<!周)年)(?=[,;。!?]|$)"
)
PARTIES = re.compile("与|和|同")
PRESS = re.compile("吹风会|发布会|记者会|通气会|筹备会")
# Sentences that add up a year's work state figures, not events.
TALLY = re.compile(
    "全年|累计|总计|总数|共接待|共派出|共组织|共举办|共邀请|过去[一二三四五六七八九十\\d]+年"
)
DURING = re.compile("[\u4e00-\u9fff]{1,8}期间")
# A date right before these is when a tie was made or since when something goes on.
TIE_DATE = re.compile("以来|结为|缔结|结好|建立|起")
PHRASE_BREAK = "".join(ch for ch in CLAUSE_END if ch not in "“”《》")


def phrase_start(view: str, cue_start: int, floor: int) -> int:
    """Returns where the name ending in a cue word starts: back to a clause mark or a verb."""
    lo = cue_start
    while lo > floor and view[lo - 1] not in PHRASE_BREAK and not view[lo - 1].isspace():
        lo -= 1
    cut = None
    for m in PHRASE_STOP.finditer(view, lo, cue_start):
        if not _inside_quotes(view, lo, m.start()):
            cut = m.end()
    return cut if cut is not None else lo


def _inside_quotes(view: str, lo: int, pos: int) -> bool:
    """True if pos is inside a “...” or 《...》 opened after lo."""
    seg = view[lo:pos]
    return seg.count("“") > seg.count("”") or seg.count("《") > seg.count("》")


def cues(doc: Doc, view: str, sent: Span) -> list[tuple[int, int, str, int]]:
    """Returns (cue start, cue end, type, name start) of a sentence; a name taking in an
    earlier cue ("高峰论坛地方合作分论坛") absorbs it."""
    types = cue_types()
    found: list[tuple[int, int, str, int]] = []
    for m in cue_pattern().finditer(view, sent.start, sent.end):
        if _not_an_event(doc, view, m, sent):
            continue
        lo = phrase_start(view, m.start(), sent.start)
        kind = types[m.group()]
        found = [c for c in found if not (c[3] >= lo and c[2] == kind)]
        found.append((m.start(), m.end(), kind, lo))
    return found


def _not_an_event(doc: Doc, view: str, m: re.Match[str], sent: Span) -> bool:
    """True for a cue word that is a role ("访日团团长"), a person ("研修生"), an anniversary
    ("成立70周年") or the guest of a meeting ("会见了代表团")."""
    end = m.end()
    if ANNIVERSARY.match(view, end) or view[end : end + 1] in ("生", "员"):
        return True
    if doc.at("role", m.start()) is not None or any(
        title_pattern().match(view, end + k) for k in range(3)
    ):
        return True
    if cue_types()[m.group()] == "visit":
        lo, _ = clause_bounds(view, m.start(), sent.start, sent.end)
        return MEETING_VERBS.search(view, lo, m.start()) is not None
    return False


def _clause_has(pattern: re.Pattern[str], view: str, pos: int, sent: Span) -> bool:
    lo, hi = clause_bounds(view, pos, sent.start, sent.end)
    return pattern.search(view, lo, hi) is not None


def _date_of(doc: Doc, view: str, sent: Span, pos: int) -> Span | None:
    """Returns the date of the sentence that governs pos: the last before it, else the first."""
    dates = [
        d
        for d in doc.in_range("date", sent.start, sent.end)
        if d.data.get("part") != "年底"
        and not TIE_DATE.match(view, d.end)
        and view[d.start - 1 : d.start] != "自"
    ]
    finer = [
        d for d in dates if not (d.value and len(str(d.value)) == 4 and not d.data.get("relative"))
    ]
    dates = finer or dates  # "5月19日...2010年首批": the year names a batch, the day dates it
    before = [d for d in dates if d.start < pos]
    return before[-1] if before else (dates[0] if dates else None)


def _held_elsewhere(view: str, cue: tuple[int, int], sent: Span) -> bool:
    """True if the clause holds a press event after the cue: "论坛在京举行媒体吹风会"."""
    lo, hi = clause_bounds(view, cue[0], sent.start, sent.end)
    verb = re.compile("举行|举办|召开").search(view, cue[1], hi)
    return verb is not None and PRESS.search(view, verb.end(), hi) is not None


def _title_start(view: str, lo: int, start: int) -> int:
    """Returns where an event's name starts: at 第/首届 or a quote if it has one; no stray quote."""
    name = NAMED.search(view, lo, start)
    if name is not None and (name.group() in ("“", "《") or name.group().startswith(("第", "首"))):
        lo = name.start()
    while (
        lo < start and view[lo] in "“”《》\"' " and not (view[lo] == "“" and "”" in view[lo:start])
    ):
        lo += 1
    return lo


def make_draft(
    doc: Doc, view: str, sent: Span, idx: int, c: tuple[int, int, str, int]
) -> Draft | None:
    """Returns the event a cue states, or None if the sentence neither dates, names, holds nor joins it."""
    start, end, kind, lo = c
    lo = _title_start(view, lo, start)
    named = NAMED.search(view, lo, start) is not None
    pointed = bool(POINTER.search(view, max(sent.start, start - 3), start)) or (
        lo == start and not named
    )
    date = None if _held_elsewhere(view, (start, end), sent) else _date_of(doc, view, sent, start)
    held = any(_clause_has(p, view, start, sent) for p in (HOLD, JOIN, ACTS))
    if date is None and not named and not held:
        return None
    draft = Draft(kind, (start, end), idx, doc.text[lo:end], (sent.start, sent.end))
    draft.named, draft.word, draft.pointed = named and not pointed, view[start:end], pointed
    draft.clause = clause_bounds(view, start, sent.start, sent.end, ",;。!?\n")[0]
    draft.parties = PARTIES.search(view, draft.clause, start) is not None
    if date is not None:
        draft.start, draft.end = date.value, date.data.get("end")
        c_lo, c_hi = clause_bounds(view, start, sent.start, sent.end, ",;。!?\n")
        in_clause = c_lo <= date.start < c_hi
        draft.strength = 2 if in_clause or _clause_has(HOLD, view, date.start, sent) else 1
    fill_place(doc, view, draft, sent)
    return draft


def refer_back(drafts: list[Draft], new: Draft) -> Draft | None:
    """Returns the earlier event a mention points back to, or None if it is a new event."""
    same = [d for d in drafts if d.type == new.type]
    if not same:
        return None
    last = same[-1]
    if last.sent == new.sent and not (new.named and last.named and new.title != last.title):
        if not (new.type == "signing" and _clauses_apart(last, new)):
            return last  # one event of a type per sentence: "访华团一行于8月2日访问我市"
    if new.named:
        titled = [d for d in same if d.title == new.title]
        return titled[-1] if titled else None
    if new.strength == 0:
        return None if new.during else last
    if last.strength == 0 or (new.pointed and new.strength > last.strength):
        return last
    return last if last.start == new.start and new.word == last.word else None


def _clauses_apart(a: Draft, b: Draft) -> bool:
    """True if two cues of a sentence stand in different clauses, each naming its parties."""
    return a.clause != b.clause and b.parties


def merge(old: Draft, new: Draft) -> None:
    """Adds what a later mention says to the event it points back to."""
    if new.strength > old.strength:
        old.start, old.end, old.evidence, old.strength = (
            new.start,
            new.end,
            new.evidence,
            new.strength,
        )
        old.city, old.country = new.city or old.city, new.country or old.country
    old.countries = list(dict.fromkeys(old.countries + new.countries))
    old.organizers = old.organizers or new.organizers
    old.participants = old.participants if old.participants is not None else new.participants


def theme_years(doc: Doc, view: str, sent: Span, idx: int) -> list[Draft]:
    """Returns the "今年是中日青少年交流促进年" events (type other, the year as date)."""
    out = []
    for m in THEME_YEAR.finditer(view, sent.start, sent.end):
        date = doc.at("date", m.start())
        d = Draft("other", m.span(2), idx, doc.text[m.start(2) : m.end(2)], (sent.start, sent.end))
        d.start = date.value[:4] if date is not None and date.value else None
        d.countries = [str(c.value) for c in doc.in_range("country", m.start(2), m.end(2))]
        d.named = True
        out.append(d)
    return out


def read_sentence(doc: Doc, view: str, sent: Span, idx: int, drafts: list[Draft]) -> None:
    """Adds the events of one sentence to drafts (new ones, or to the events they point back to)."""
    mine: list[Draft] = theme_years(doc, view, sent, idx)
    touched: list[Draft] = []
    tally = TALLY.search(view, sent.start, sent.end) is not None
    for c in [] if tally else cues(doc, view, sent):
        draft = make_draft(doc, view, sent, idx, c)
        if draft is None:
            continue
        fill_organizers(doc, view, draft, sent)
        draft.during = DURING.match(view, sent.start) is not None
        _inherit(view, sent, drafts, draft)
        old = refer_back(drafts + mine, draft)
        if old is None:
            mine.append(draft)
        else:
            merge(old, draft)
            touched.append(old)
    drafts.extend(mine)
    fill_numbers(doc, view, mine + [d for d in touched if d not in mine], sent)
    if not mine and not touched and not tally:
        late_counts(doc, view, sent, idx, drafts)


def _inherit(view: str, sent: Span, drafts: list[Draft], d: Draft) -> None:
    """An undated or unplaced event takes the month and place of the event just before it,
    when that one is at most two sentences back or the sentence says "...期间"."""
    if not drafts:
        return
    last = drafts[-1]
    during = DURING.match(view, sent.start) is not None
    if d.sent - last.sent > 2 and not during:
        return
    if d.start is None and last.start:
        d.start = last.start[:7]
    if d.city is None and d.country is None:
        d.city, d.country = last.city, last.country


def record(d: Draft) -> dict[str, Any]:
    """Returns the events record of a draft."""
    return {
        "type": d.type,
        "title": d.title,
        "start": d.start,
        "end": d.end,
        "city": d.city,
        "country": d.country,
        "organizers": d.organizers,
        "participants": d.participants,
        "countries": d.countries,
        "span": list(d.evidence),
        "confidence": 0.7 if d.start else 0.5,
    }


def events(doc: Doc) -> Doc:
    """Fills the events records and "event" mentions (value: index of the record)."""
    view = simple(doc)
    drafts: list[Draft] = []
    for idx, sent in enumerate(doc.sentences):
        read_sentence(doc, view, sent, idx, drafts)
    doc.records["events"] = [record(d) for d in drafts]
    spans = [Span(d.cue[0], d.cue[1], "event", i, {"type": d.type}) for i, d in enumerate(drafts)]
    doc.add("event", spans)
    return doc
