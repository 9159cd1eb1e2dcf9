"""Events in Chinese reports: a cue word (论坛, 访问, 会见, 签约, 培训...) in a sentence that dates
it, names it (第三届..., “...”), holds it (举行, 将于) or takes part in it (出席, 参加).

A bare or pointed-back mention ("论坛将于...", "此次论坛由...主办") adds to the last event of
its type instead of making a new one; an undated mention of a type already read does too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.zh.home import places_in
from amity.extract.zh.lexicon import PEOPLE_MEASURES, cue_pattern, cue_types, title_pattern
from amity.extract.zh.text import CLAUSE_END, clause_bounds, simple

HOLD = re.compile(
    "举行|举办|召开|开幕|闭幕|拉开帷幕|将于|即将|于.{0,12}?在|启动|开展|组织|主办|承办"
)
JOIN = re.compile("出席|参加|参与|参会|与会|应邀|邀请|率|赴|访问|抵达|前往|来访|莅临")
POINTER = re.compile("(?:本次|此次|该|这次|本届|此届|上述)$")
NAMED = re.compile(r"第[\d一二三四五六七八九十百]+[届次期]|首届|“|《|\d{4}年?")
# Where a name of an event stops, walking back from its cue word.
PHRASE_STOP = re.compile(
    "出席|参加|参与|举办|举行|召开|在|于|了|将|为|是|赴|并|及|和|与|开展|组织|主办|承办|邀请|欢迎|应|由|到"
)
ANNIVERSARY = re.compile(r"[\d一二三四五六七八九十]+周年")
THEME_YEAR = re.compile(
    r"(今年|明年|去年|(?:19|20)\d{2}年)(?:是|为)([^,;。!?]{2,20}?年)(?=[,;。!?]|$)"
)
ORGANIZED = re.compile("由(?P<orgs>[^,;。]{2,80}?)(?:联合|共同)?(?:主办|承办|举办|发起|组织)")
SUBJECT_HOLDS = re.compile("(?P<orgs>[^,;。]{2,80}?)(?:在[^,;。]{1,12}?)?(?:举办|举行|主办)(?:了)?")
ORG_END = re.compile(
    "(会|馆|中心|协会|友协|政府|部|局|委|院|大学|学校|公司|集团|组织|基金会|办|厅|社|馆|团)$"
)
PARTICIPATE = re.compile("出席|参加|参会|与会|参与|到场")
PHRASE_BREAK = "".join(ch for ch in CLAUSE_END if ch not in "“”《》")


@dataclass
class Draft:
    """An event being read: its cue, sentence, fields and evidence."""

    type: str
    cue: tuple[int, int]
    sent: int
    title: str
    evidence: tuple[int, int]
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    countries: list[str] = field(default_factory=list)
    organizers: list[str] = field(default_factory=list)
    participants: int | None = None
    named: bool = False
    strength: int = 0  # 2: dated in the cue's clause or with a verb of holding; 1: in its sentence


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
        if (
            ANNIVERSARY.match(view, m.end())
            or _in_role(view, m.end())
            or view[m.end() : m.end() + 1] in ("生", "员")
        ):
            continue
        lo = phrase_start(view, m.start(), sent.start)
        kind = types[m.group()]
        found = [c for c in found if not (c[3] >= lo and c[2] == kind)] + [
            (m.start(), m.end(), kind, lo)
        ]
    return found


def _in_role(view: str, end: int) -> bool:
    """True if a title follows the cue word closely: "访日团总团团长" is a role, not a visit."""
    pattern = title_pattern()
    return any(pattern.match(view, end + k) for k in range(3))


def _clause_has(pattern: re.Pattern[str], view: str, pos: int, sent: Span) -> bool:
    lo, hi = clause_bounds(view, pos, sent.start, sent.end)
    return pattern.search(view, lo, hi) is not None


def _date_of(doc: Doc, sent: Span, pos: int) -> Span | None:
    """Returns the date of the sentence that governs pos: the last before it, else the first."""
    dates = [d for d in doc.in_range("date", sent.start, sent.end) if d.data.get("part") != "年底"]
    finer = [
        d for d in dates if not (d.value and len(str(d.value)) == 4 and not d.data.get("relative"))
    ]
    dates = finer or dates  # "5月19日...2010年首批": the year names a batch, the day dates it
    before = [d for d in dates if d.start < pos]
    return before[-1] if before else (dates[0] if dates else None)


def _held_elsewhere(view: str, cue: tuple[int, int], sent: Span) -> bool:
    """True if the clause holds something else: "论坛在京举行媒体吹风会" (cue before the verb,
    no cue after it)."""
    lo, hi = clause_bounds(view, cue[0], sent.start, sent.end)
    verb = re.compile("举行|举办|召开").search(view, cue[1], hi)
    return (
        verb is not None and cue_pattern().search(view, verb.end(), hi) is None and verb.end() < hi
    )


def make_draft(
    doc: Doc, view: str, sent: Span, idx: int, c: tuple[int, int, str, int]
) -> Draft | None:
    """Returns the event a cue states, or None if the sentence neither dates, names, holds nor joins it."""
    start, end, kind, lo = c
    name = NAMED.search(view, lo, start)
    if (
        name is not None
        and name.group() in ("“", "《")
        or (name and name.group().startswith(("第", "首")))
    ):
        lo = name.start()  # "二阶祝贺第二届...论坛": the name starts at 第
    lo += len(view[lo:start]) - len(view[lo:start].lstrip("“”\"'《》 "))
    named = name is not None and end - lo > end - start
    pointed = bool(POINTER.search(view, max(sent.start, start - 3), start)) or (
        lo == start and not named
    )
    date = None if _held_elsewhere(view, (start, end), sent) else _date_of(doc, sent, start)
    held = _clause_has(HOLD, view, start, sent) or _clause_has(JOIN, view, start, sent)
    if date is None and not named and not held:
        return None
    draft = Draft(
        kind,
        (start, end),
        idx,
        doc.text[lo:end],
        (sent.start, sent.end),
        named=named and not pointed,
    )
    if date is not None:
        draft.start, draft.end = date.value, date.data.get("end")
        c_lo, c_hi = clause_bounds(view, start, sent.start, sent.end, ",;。!?\n")
        draft.strength = (
            2 if c_lo <= date.start < c_hi or _clause_has(HOLD, view, date.start, sent) else 1
        )
    fill_place(doc, view, draft, sent)
    return draft


def fill_place(doc: Doc, view: str, draft: Draft, sent: Span) -> None:
    """Sets city, country and the countries taking part from the sentence."""
    where = [
        p
        for p in places_in(doc, sent.start, sent.end)
        if p[0] > 0 and view[p[0] - 1] in "在于赴到访抵问达至都"
    ]
    dest = [
        c
        for c in doc.in_range("country", sent.start, sent.end)
        if c.start and view[c.start - 1] in "访赴抵来在"
    ]
    if where:
        draft.city, draft.country = where[0][2], where[0][3]
    elif dest:
        draft.country = str(dest[0].value)
    codes = [str(c.value) for c in doc.in_range("country", sent.start, sent.end)]
    codes += [p[3] for p in where[:1] if p[3]]
    draft.countries = list(dict.fromkeys(codes))
    if draft.country is None and len(draft.countries) == 1:
        draft.country = draft.countries[0]


def fill_numbers(doc: Doc, view: str, drafts: list[Draft], sent: Span) -> None:
    """Gives each head count of the sentence to the event whose cue is nearest in its clause."""
    for n in doc.in_range("number", sent.start, sent.end):
        if not n.data["unit"] or n.data["unit"] not in PEOPLE_MEASURES + "人次":
            continue
        lo, hi = clause_bounds(view, n.start, sent.start, sent.end)
        near = [d for d in drafts if d.sent == sent.data.get("idx") and lo <= d.cue[0] < hi + 12]
        if near:
            best = min(near, key=lambda d: abs(d.cue[0] - n.start))
            if best.participants is None:
                best.participants = int(n.value)
            n.data["event"] = True


def fill_organizers(doc: Doc, view: str, draft: Draft, sent: Span) -> None:
    """Sets the organizers: "由A和B主办" or "A、B在东京举办酒会"."""
    lo, hi = clause_bounds(view, draft.cue[0], sent.start, sent.end, ",;。!?\n")
    m = ORGANIZED.search(view, sent.start, sent.end) or SUBJECT_HOLDS.match(view, lo, hi)
    if m is None:
        return
    s, e = m.span("orgs")
    names = []
    for part in re.split("[、和与及]", view[s:e]):
        part_start = view.index(part, s) if part else s
        if ORG_END.search(part) and len(part) >= 3:
            names.append(doc.text[part_start : part_start + len(part)])
    if names and not draft.organizers:
        draft.organizers = names


def refer_back(drafts: list[Draft], new: Draft) -> Draft | None:
    """Returns the earlier event a mention points back to, or None if it is a new event."""
    same = [d for d in drafts if d.type == new.type]
    if not same:
        return None
    if new.named:
        titled = [d for d in same if d.title == new.title]
        return titled[-1] if titled else None
    if new.start is None or new.strength > same[-1].strength or same[-1].start == new.start:
        return same[-1]
    return None


def merge(old: Draft, new: Draft) -> None:
    """Adds what a later mention says to the event it points back to."""
    if new.strength > old.strength:
        old.start, old.end, old.evidence = new.start, new.end, new.evidence
        old.city, old.country, old.strength = (
            new.city or old.city,
            new.country or old.country,
            new.strength,
        )
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
    sent.data["idx"] = idx
    mine: list[Draft] = theme_years(doc, view, sent, idx)
    for c in cues(doc, view, sent):
        draft = make_draft(doc, view, sent, idx, c)
        if draft is None:
            continue
        fill_organizers(doc, view, draft, sent)
        old = refer_back(drafts + mine, draft)
        if old is None:
            mine.append(draft)
        else:
            merge(old, draft)
    _inherit_dates(drafts, mine)
    drafts.extend(mine)
    fill_numbers(doc, view, drafts, sent)
    if not mine:
        _late_counts(doc, view, sent, idx, drafts)


def _inherit_dates(drafts: list[Draft], mine: list[Draft]) -> None:
    """Undated, unplaced events take the month and place of an event of the two sentences before."""
    if not drafts or any(d.sent - drafts[-1].sent > 2 for d in mine):
        return
    last = drafts[-1]
    for d in mine:
        if d.start is None and last.start:
            d.start = last.start[:7]
        if d.city is None and d.country is None:
            d.city, d.country = last.city, last.country


def _late_counts(doc: Doc, view: str, sent: Span, idx: int, drafts: list[Draft]) -> None:
    """A sentence that only says who came ("约500人出席了酒会") gives the count to that event."""
    if not drafts or not PARTICIPATE.search(view, sent.start, sent.end):
        return
    for n in doc.in_range("number", sent.start, sent.end):
        if n.data["unit"] in PEOPLE_MEASURES and not n.data.get("event"):
            target = drafts[-1] if idx - drafts[-1].sent <= 3 else None
            if target is not None and target.participants is None:
                target.participants = int(n.value)
                n.data["event"] = True
            return


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
    doc.add(
        "event",
        [Span(d.cue[0], d.cue[1], "event", i, {"type": d.type}) for i, d in enumerate(drafts)],
    )
    return doc
