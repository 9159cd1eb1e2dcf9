"""What a Chinese event record says besides its cue: where, who took part, how many, who hosted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amity.extract.doc import Doc, Span
from amity.extract.zh.home import places_in
from amity.extract.zh.lexicon import PEOPLE_MEASURES
from amity.extract.zh.text import clause_bounds

ORGANIZED = re.compile("由(?P<orgs>[^,;。]{2,80}?)(?:联合|共同)?(?:主办|承办|举办|发起|组织)")
SUBJECT_HOLDS = re.compile("(?P<orgs>[^,;。]{2,80}?)(?:在[^,;。]{1,12}?)?(?:举办|举行|主办)(?:了)?")
ORG_END = re.compile(
    "(会|馆|中心|协会|友协|政府|部|局|委|院|大学|学校|公司|集团|组织|基金会|办|厅|社|团)$"
)
PARTICIPATE = re.compile("出席|参加|参会|与会|参与|到场")
# What may stand between a verb of place and the place: countries, bigger places, "首都".
LINKS = re.compile("首都|首府|省会|的")
PLACE_VERBS = "在于赴到访抵问达至往"
COUNT_UNITS = PEOPLE_MEASURES + "人次"


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
    word: str = ""
    pointed: bool = False
    clause: int = 0
    parties: bool = False
    during: bool = False


def venue(doc: Doc, view: str, sent: Span) -> tuple[str, str | None] | None:
    """Returns (city, country) of the place a verb of place leads to ("在陕西西安", "访问日本爱知县")."""
    places = places_in(doc, sent.start, sent.end)
    spans = sorted(
        [(p[0], p[1]) for p in places]
        + [(c.start, c.end) for c in doc.in_range("country", sent.start, sent.end)]
    )
    for i, p in enumerate(places):
        if _led(view, p[0], spans):
            chain = p
            for q in places[i + 1 :]:  # "陕西西安": the last of a run of places is the most precise
                gap = view[chain[1] : q[0]]
                if gap and not LINKS.fullmatch(gap):
                    break
                chain = q
            return chain[2], chain[3]
    return None


def _led(view: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    """True if a verb of place comes before pos, over countries, places and links between."""
    while pos > 0:
        link = LINKS.search(view, max(0, pos - 2), pos)
        before = [s for s in spans if s[1] == pos]
        if before:
            pos = before[0][0]
        elif link is not None and link.end() == pos:
            pos = link.start()
        else:
            return view[pos - 1] in PLACE_VERBS
    return False


def fill_place(doc: Doc, view: str, draft: Draft, sent: Span) -> None:
    """Sets city, country and the countries taking part from the sentence."""
    where = venue(doc, view, sent)
    dest = [
        c
        for c in doc.in_range("country", sent.start, sent.end)
        if c.start and view[c.start - 1] in "访赴抵来在"
    ]
    if where:
        draft.city, draft.country = where
    elif dest:
        draft.country = str(dest[0].value)
    codes = [str(c.value) for c in doc.in_range("country", sent.start, sent.end)]
    codes += [p[3] for p in places_in(doc, sent.start, sent.end) if p[3]]
    draft.countries = list(dict.fromkeys(codes))
    if draft.country is None and len(draft.countries) == 1:
        draft.country = draft.countries[0]


def fill_numbers(doc: Doc, view: str, mine: list[Draft], sent: Span) -> None:
    """Gives each head count of the sentence to the event whose cue is nearest in its clause,
    or to the sentence's event when the clause says who took part ("40名青年代表参加")."""
    for n in doc.in_range("number", sent.start, sent.end):
        if n.data["unit"] not in COUNT_UNITS or not n.data["unit"] or n.data.get("event"):
            continue
        lo, hi = clause_bounds(view, n.start, sent.start, sent.end)
        near = [d for d in mine if lo <= d.cue[0] < hi + 12]
        if not near and PARTICIPATE.search(view, lo, hi + 4) and mine:
            near = mine[:1]
        if near:
            best = min(near, key=lambda d: abs(d.cue[0] - n.start))
            if best.participants is None:
                best.participants = int(n.value)
            n.data["event"] = True


def late_counts(doc: Doc, view: str, sent: Span, idx: int, drafts: list[Draft]) -> None:
    """A sentence that only says who came ("约500人出席了酒会") adds its count and countries."""
    if (
        not drafts
        or idx - drafts[-1].sent > 3
        or not PARTICIPATE.search(view, sent.start, sent.end)
    ):
        return
    target = drafts[-1]
    codes = [str(c.value) for c in doc.in_range("country", sent.start, sent.end)]
    target.countries = list(dict.fromkeys(target.countries + codes))
    for n in doc.in_range("number", sent.start, sent.end):
        if n.data["unit"] in PEOPLE_MEASURES and n.data["unit"] and not n.data.get("event"):
            if target.participants is None:
                target.participants = int(n.value)
                n.data["event"] = True
            return


def fill_organizers(doc: Doc, view: str, draft: Draft, sent: Span) -> None:
    """Sets the organizers: "由A和B主办" or "A、B在东京举办酒会"."""
    lo, hi = clause_bounds(view, draft.cue[0], sent.start, sent.end, ",;。!?\n")
    m = ORGANIZED.search(view, sent.start, sent.end) or SUBJECT_HOLDS.match(view, lo, hi)
    if m is None:
        return
    s, e = m.span("orgs")
    names = []
    pos = s
    for part in re.split("[、和及]", view[s:e]):
        part_start = view.index(part, pos) if part else pos
        pos = part_start + len(part)
        if ORG_END.search(part) and len(part) >= 3:
            names.append(doc.text[part_start : part_start + len(part)])
    if names and not draft.organizers:
        draft.organizers = names
