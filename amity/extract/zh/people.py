"""People in Chinese text: a title and its body before the name ("湖北省副省长赵海山"), or the name
before the title ("唐家璇会长"), chains of titles ("市委书记兼市长"), names with · and lists
("副主任朱丹、程海波").

A name after a title runs to a clause mark or a word that never belongs to a name (先生, 表示,
率领, 一行...). A name before a title must start with a common surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from amity.extract.doc import Doc, Span
from amity.extract.zh.lexicon import (
    COMPOUND_SURNAMES,
    DESK,
    INTERNATIONAL,
    NAME_STOPS,
    SURNAMES,
    title_pattern,
)
from amity.extract.zh.text import CLAUSE_END, is_han, simple
from amity.registry.countries import Countries

# Characters that a name written without a surname we know never holds.
NON_NAME = set(
    "的了在是和与及会协部局厅处司团队组委院校馆所省市县区州党府等将已被把对向为于从由并也都还就要能可"
)
# Words after which the body of a title starts ("会见了外交部亚洲司参赞薛剑").
ORG_CUTS = re.compile(
    "会见|会谈|出席|邀请|陪同|率领|带领|欢迎|感谢|会上|届时|其中|包括|以及|以|了|的|由|与|同|向|对(?!外)|为|在|应|据|是|和(?!国)|及|等|即|有"
)
TRAVEL_TITLE = re.compile(r"驻[^\W馆处部司团会局办]{1,5}$")
MAX_NAME = 5


@dataclass
class Person:
    """A person read from the text, with where the statement of their role starts."""

    name: str
    start: int
    end: int
    title: str | None
    org: str | None
    org_span: tuple[int, int] | None
    evidence_start: int


def surname_length(view: str, pos: int) -> int:
    """Returns the length of the Chinese surname at pos (2 for compound ones), 0 if none."""
    if view[pos : pos + 2] in COMPOUND_SURNAMES:
        return 2
    return 1 if pos < len(view) and view[pos] in SURNAMES else 0


def _stop_at(view: str, pos: int) -> bool:
    """True if a word that never belongs to a name starts at pos."""
    return view.startswith(NAME_STOPS, pos)


def name_after(view: str, pos: int) -> tuple[int, int] | None:
    """Returns the span of the name that starts at pos (right after a title), or None."""
    end = pos
    while (
        end < len(view)
        and end - pos < 12
        and view[end] not in CLAUSE_END
        and not view[end].isspace()
    ):
        end += 1
    run = view[pos:end]
    if _stop_at(view, pos) or title_pattern().match(view, pos):
        return None
    if "·" in run or "•" in run:
        return _foreign(view, pos, end)
    sur = surname_length(view, pos)
    low = max(2, sur + 1)
    for k in range(low, min(len(run), MAX_NAME if not sur else 4) + 1):
        if k < len(run) and _stop_at(view, pos + k):
            return _checked(view, pos, pos + k, sur)
    closed = end >= len(view) or view[end] in CLAUSE_END or view[end].isspace()
    if 2 <= len(run) <= (MAX_NAME if closed else 3 if sur else 0):
        return _checked(view, pos, end, sur)
    if sur and len(run) > 3:
        return (pos, pos + 3) if all(is_han(c) for c in run[:3]) else None
    return None


def _checked(view: str, start: int, end: int, sur: int) -> tuple[int, int] | None:
    """Returns the span if it can be a name: Han only, and without a surname no function words."""
    text = view[start:end]
    if not all(is_han(c) for c in text):
        return None
    if not sur and any(c in NON_NAME for c in text):
        return None
    return start, end


def _foreign(view: str, pos: int, end: int) -> tuple[int, int] | None:
    """Returns the span of a transliterated name with · ("辛拉冯·库派吞"), cut at a stop word."""
    dot = max(view.rfind("·", pos, end), view.rfind("•", pos, end))
    stop = dot + 2
    while stop < end and not _stop_at(view, stop):
        stop += 1
    return (pos, stop) if stop - pos >= 3 else None


def name_before(view: str, pos: int) -> tuple[int, int] | None:
    """Returns the span of a surname-first name that ends at pos (right before a title)."""
    for size in (3, 2, 4):
        start = pos - size
        if start < 0 or not all(is_han(c) for c in view[start:pos]):
            continue
        if not surname_length(view, start) or any(c in NON_NAME for c in view[start + 1 : pos]):
            continue
        before = view[start - 1] if start else "。"
        if before in CLAUSE_END or before.isspace() or before in "会协部局办委院馆团社党府处司":
            return start, pos
    return None


def org_before(view: str, title_start: int, floor: int) -> tuple[int, int] | None:
    """Returns the span of the body a title belongs to, written right before it, or None."""
    lo = title_start
    while lo > floor and view[lo - 1] not in CLAUSE_END and not view[lo - 1].isspace():
        lo -= 1
    cut = None
    for m in ORG_CUTS.finditer(view, lo, title_start):
        cut = m.end()
    if cut is not None:
        lo = cut
    return (lo, title_start) if title_start - lo >= 2 else None


def read_people(doc: Doc, view: str, sent: Span) -> list[Person]:
    """Returns the people of one sentence, in order."""
    out: list[Person] = []
    for m in title_pattern().finditer(view, sent.start, sent.end):
        org = org_before(view, m.start(), sent.start)
        after = name_after(view, m.end())
        if after is not None:
            out.extend(_listed(doc, view, m, after, org, sent.end))
            continue
        before = name_before(view, m.start())
        if before is not None:
            org = org_before(view, before[0], sent.start)
            title = (m.start(), m.end())
            out.append(_person(doc, before, title, org, org[0] if org else before[0], m.end()))
    return out


def _listed(
    doc: Doc,
    view: str,
    m: re.Match[str],
    first: tuple[int, int],
    org: tuple[int, int] | None,
    stop: int,
) -> list[Person]:
    """Returns the person after a title and those listed after them with 、 ("朱丹、程海波")."""
    begin = org[0] if org else m.start()
    title = (m.start(), m.end())
    people = [_person(doc, first, title, org, begin, first[1])]
    pos = first[1]
    while pos < stop and view[pos] == "、" and surname_length(view, pos + 1):
        nxt = name_after(view, pos + 1)
        if nxt is None or nxt[1] - nxt[0] > 3 or title_pattern().match(view, nxt[1]):
            break
        people.append(_person(doc, nxt, title, org, begin, nxt[1]))
        pos = nxt[1]
    return people


def _person(
    doc: Doc,
    name: tuple[int, int],
    title: tuple[int, int],
    org: tuple[int, int] | None,
    begin: int,
    end: int,
) -> Person:
    """Returns a Person; a body ending in "驻华" ("日本驻华大使") gives that part to the title."""
    title_text = doc.text[title[0] : title[1]]
    org_text = doc.text[org[0] : org[1]] if org else None
    if org is not None:
        travel = TRAVEL_TITLE.search(simple(doc), org[0], org[1])
        if travel:
            title_text = doc.text[travel.start() : org[1]] + title_text
            org = (org[0], travel.start()) if travel.start() - org[0] >= 2 else None
            org_text = doc.text[org[0] : org[1]] if org else None
    if org is not None and Countries.load().code(simple(doc)[org[0] : org[1]]):
        org_text = None  # "日本首相": the country is the person's, not a body
    return Person(doc.text[name[0] : name[1]], name[0], end, title_text, org_text, org, begin)


def person_country(doc: Doc, p: Person, clause_start: int) -> str | None:
    """Returns the country a person stands for: their body's, their clause's, or CN by default."""
    view = simple(doc)
    if p.org_span and view.startswith(INTERNATIONAL, p.org_span[0]):
        return None
    lo = p.org_span[0] if p.org_span else p.start
    for c in doc.in_range("country", lo, p.start):
        if c.end < len(view) and view[c.end] in DESK and p.org_span and c.end + 1 == p.org_span[1]:
            continue  # "日本部": a desk of a Chinese body, not Japan
        return str(c.value)
    for place in doc.in_range("place", lo, p.start):
        return str(place.data["country"])
    before = doc.in_range("country", clause_start, lo)
    if before:
        return str(before[-1].value)
    if "·" in p.name:  # a transliterated name: the foreign country its sentence names last
        foreign = [c for c in doc.in_range("country", 0, p.start) if c.value != "CN"]
        return str(foreign[-1].value) if foreign else None
    return "CN" if surname_length(view, p.start) and "·" not in p.name else None


def people(doc: Doc) -> Doc:
    """Fills "person" mentions and the people records (one per name, its first statement)."""
    view = simple(doc)
    seen: dict[str, Span] = {}
    roles: list[Span] = []
    records = []
    for sent in doc.sentences or [Span(0, len(view))]:
        for p in read_people(doc, view, sent):
            if p.name in seen:
                continue
            country = person_country(
                doc, p, _clause_chain_start(view, p.evidence_start, sent.start)
            )
            data = {"title": p.title, "organization": p.org, "country": country}
            seen[p.name] = Span(p.start, p.end, "person", p.name, data)
            roles.append(Span(p.evidence_start, p.end, "role"))
            records.append(
                {
                    "name": p.name,
                    "title": p.title,
                    "organization": p.org,
                    "country": country,
                    "span": [p.evidence_start, p.end],
                    "confidence": 0.8 if p.title else 0.5,
                }
            )
    doc.add("person", list(seen.values()))
    doc.add("role", roles)
    doc.records["people"] = records
    return doc


def _clause_chain_start(view: str, pos: int, floor: int) -> int:
    """Returns where the chain of titles before pos starts: back over 、 to a comma or stop."""
    lo = pos
    while lo > floor and view[lo - 1] not in ",;:。!?\n":
        lo -= 1
    return lo
