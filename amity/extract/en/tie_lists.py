"""Lists of partners: "A (Country), B (Country)" after a sentence on ties, items under a lead
("Bingen maintains partnerships with six towns:" then "With ... since 1958."), and tables of
ties, one line each ("1981  Kanagawa Prefecture, Japan")."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.cues import TIE
from amity.extract.en.parties import _pairs_before, _record
from amity.extract.en.party_names import _parties

LISTED_PLACE = re.compile(r"[A-Z][\w’'. -]{1,40}?\s+\((?:the\s+)?[A-Z][\w .'-]{1,30}\)")
OF_AFTER_TIE = re.compile(
    r"(?:sister|twin|partner|friendship)[\s-](?:cit(?:y|ies)|towns?)\s+of\s+(?=[A-Z])", re.I
)


def _listed_ties(doc: Doc, sent: Span, prev: Span | None) -> list[dict[str, Any]]:
    """Returns ties listed as "A (Country), B (Country)" right after a sentence about ties."""
    text = doc.text[sent.start : sent.end]
    if prev is None or scan.search_in(doc, TIE, text, sent.start):
        return []
    before = doc.text[prev.start : prev.end]
    if not scan.search_in(doc, TIE, before, prev.start) or len(LISTED_PLACE.findall(text)) < 2:
        return []
    of = OF_AFTER_TIE.search(before)
    named = _parties(doc, prev.start + of.end(), prev.end) if of else []
    subject = named[0] if named else next(iter(_parties(doc, prev.start, prev.end)), None)
    if subject is None:
        return []
    listed = [n for n in _parties(doc, sent.start, sent.end) if str(n.value) != str(subject.value)]
    return [_record(doc, "sister_city", subject, n, sent) for n in listed]


WITH_ITEM = re.compile(
    r"\W{0,3}(?:And\s+|and\s+)?[Ww]ith\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:town|city|village|municipality|district|county)\s+of\s+)?(?=[A-Z])"
)
LEADS_LIST = re.compile(
    r"\b(?:partnerships?|twinnings?|twinned|(?:sister|twin|partner|friendship)[\s-]+(?:cit(?:y|ies)|towns?|"
    r"states?|provinces?|regions?|prefectures?|count(?:y|ies)|municipalit(?:y|ies))(?:\s+relation(?:ship)?s)?)"
    r"\b[^.]*:\s*$",
    re.I,
)
# A heading over a table of ties: "OUR SISTER CITIES", "Twin towns".
LIST_HEADING = re.compile(
    r"\W{0,3}(?:[\w’'.-]+\s+){0,4}(?:sister|twin|partner|friendship)[\s-]+(?:cit(?:y|ies)|towns|states|"
    r"provinces|regions|prefectures|counties|municipalities)(?:\s+[\w’'-]+){0,3}\W{0,2}$",
    re.I,
)
# One line of a table of ties: "1981  Kanagawa Prefecture, Japan", "- Kushiro, Japan (1965)".
TABLE_LINE = re.compile(
    r"\W{0,3}(?:(?:19|20)\d\d\b[\s:.–—-]*)?(?P<name>[^\W\d_][^,(\n–—]{1,60}?)\s*(?:[,(–—]|\s-\s|$)"
)
LISTED_WORDS = {"and", "of", "de", "du", "des", "la", "le", "del", "di", "da", "do", "am", "an",
                "der", "sur", "the", "since", "in", "now", "part"}  # fmt: skip
PLURAL_HEAD = re.compile(
    r"(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?P<head>Counties|States|Provinces|Prefectures|Regions|"
    r"Districts|Cities|Oblasts|Departments|Municipalities|Cantons|Shires)$"
)


Lead = tuple[Span, int]  # the owner of a list of partners, and sentences since its last item


def _with_items(doc: Doc, sent: Span, lead: Lead | None) -> list[dict[str, Any]]:
    """Returns the tie of an item "With the English town of Hitchin since 1958." under a lead."""
    if lead is None:
        return []
    m = WITH_ITEM.match(doc.text, sent.start, sent.end)
    partner = (
        next((n for n in _parties(doc, m.end(), sent.end) if n.start == m.end()), None)
        if m
        else None
    )
    return [_record(doc, "sister_city", lead[0], partner, sent)] if partner else []


def _table_items(doc: Doc, sent: Span, lead: Lead | None) -> list[dict[str, Any]]:
    """Returns the ties of a table line under a lead: "1981  Kanagawa Prefecture, Japan"."""
    names = _table_names(doc, sent) if lead is not None else []
    if not names or lead is None:
        return []
    country = next(iter(doc.in_range("country", names[-1].end, sent.end)), None)
    year = YEAR.search(doc.text, sent.start, sent.end)
    out = []
    for name in names:
        rec = _record(doc, "sister_city", lead[0], name, sent)
        if country is not None:
            rec["b"]["country"] = str(country.value)
        if year is not None:
            rec["since"] = _year_date(doc, sent, year.group())
        out.append(rec)
    return out


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_date(doc: Doc, sent: Span, year: str) -> str:
    """Returns the line's full date within its year ("signed on 18 May 2009"), else the year."""
    for d in doc.in_range("date", sent.start, sent.end):
        iso = str(d.value.iso()[0])
        if iso.startswith(year) and len(iso) > len(year):
            return iso
    return year


# "- Keelung, Taiwan: Yalee Shih will travel ...": an item of reports, one per partner.
PLACE_COUNTRY_COLON = re.compile(r"\W{0,3}(?P<name>[A-Z][^,:\n]{1,40}),\s+[A-Z][\w .'-]{1,30}:")


def _table_names(doc: Doc, sent: Span) -> list[Span]:
    """Returns the partners a table line names, or [] when the line is prose."""
    line = doc.text[sent.start : sent.end]
    item = PLACE_COUNTRY_COLON.match(line)
    if item and doc.in_range("country", sent.start + item.end("name"), sent.start + item.end()):
        start = sent.start + item.start("name")
        return [Span(start, sent.start + item.end("name"), "name", item.group("name"))]
    m = TABLE_LINE.match(line)
    if m is None or "\n" in line.strip() or len(line) > 200:
        return []
    if _prose(line):
        return []  # a lower-case word other than a name's particles: a sentence, not a line
    name, start = m.group("name").rstrip(" .-"), sent.start + m.start("name")
    end = start + len(name)
    if name.isupper() or doc.spanning("date", start, end):
        return []  # "2021 HIGHLIGHTS", "Oct. 1 - Salisbury": a heading or a dated item
    alone = doc.in_range("country", start, end) and not doc.spanning("place", start, start + 1)
    if alone or not doc.in_range("country", end, sent.end):
        return []  # an item names a partner and then its country: "Kanagawa Prefecture, Japan"
    return _split_plural(name, start)


def _prose(line: str) -> bool:
    """True for a line with a lower-case word other than a name's particles: a sentence, not a
    line of names ("Kanagawa Prefecture, Japan (1985)")."""
    bare = re.sub(r"\([^)]*\)", "", line)
    return any(w not in LISTED_WORDS for w in re.findall(r"\b[a-z][\w’'-]*", bare))


def _split_plural(name: str, start: int) -> list[Span]:
    """Returns "Bong and Maryland Counties" as Bong County and Maryland County, else the name."""
    both = PLURAL_HEAD.fullmatch(name)
    pair = re.fullmatch(
        r"(?P<a>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?) and (?P<b>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?)",
        name,
    )
    if both is None and pair is not None:  # "Cologne and Chemnitz (Germany)": two towns
        return [
            Span(start + pair.start(g), start + pair.end(g), "name", pair.group(g)) for g in "ab"
        ]
    if both is None:
        return [Span(start, start + len(name), "name", name)]
    head = both.group("head")
    head = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return [
        Span(start + both.start(g), start + both.end(g), "name", f"{both.group(g)} {head}")
        for g in ("a", "b")
    ]


def _heading_owner(doc: Doc, sent: Span) -> Span | None:
    """Returns the report's own place under a heading "Sister Cities" that opens a table."""
    if not LIST_HEADING.fullmatch(doc.text, sent.start, sent.end):
        return None
    return _home_span(doc)


def _home_span(doc: Doc) -> Span | None:
    """Returns the first mention of the report's own place, if it has one."""
    from amity.extract.en.located import home_place

    home = home_place(doc)[0]
    return next((p for p in doc.get("place") if p.value == home), None)


def _lead_owner(doc: Doc, sent: Span) -> Span | None:
    """Returns whose partners a lead lists: "Volgograd's" of "Delegations came from Volgograd's
    twin cities:", else its first place, else its first party."""
    parties = _parties(doc, sent.start, sent.end)
    owner = _possessor(doc, parties)
    if owner is not None:
        return owner
    placed = [n for n in parties if doc.in_range("place", n.start, n.end)]
    return next(iter(placed or parties), None)


def _possessor(doc: Doc, parties: list[Span]) -> Span | None:
    """Returns the first party written with a possessive ("Volgograd's twin cities")."""
    return next(
        (
            n
            for n in parties
            if str(n.value).endswith(("'s", "’s")) or doc.text[n.end : n.end + 2] in ("'s", "’s")
        ),
        None,
    )


def _list_lead(doc: Doc, sent: Span, lead: Lead | None) -> Lead | None:
    """Returns the owner of "Bingen maintains partnerships with six towns:" while its items go on."""
    if scan.search(doc, LEADS_LIST, sent.start, sent.end):
        owner = _lead_owner(doc, sent) or _home_span(doc)
        return (owner, 0) if owner else None
    heading = _heading_owner(doc, sent)
    if heading is not None:
        return heading, SECTION
    if lead is None:
        return None
    if WITH_ITEM.match(doc.text, sent.start, sent.end) or _table_names(doc, sent):
        return lead[0], min(lead[1], 0)
    if lead[1] < 0:
        # under a heading "PARTNER TOWNS" the list goes on past remarks on its towns, up to
        # the next heading
        return None if _heading_line(doc, sent) else lead
    # A remark between items ("Hitchin has a population of ...") keeps the list open once.
    return (lead[0], lead[1] + 1) if lead[1] < 1 else None


SECTION = -1  # the gap count of a list under a heading: it lasts as long as the section


def _heading_line(doc: Doc, sent: Span) -> bool:
    """True for a short line of its own with no closing stop: a heading."""
    line = doc.text[sent.start : sent.end].strip()
    before = doc.text[max(0, sent.start - 2) : sent.start]
    after = doc.text[sent.end : sent.end + 2]
    return (
        "\n" not in line
        and len(line) < 80
        and not line.endswith((".", ":", ";", ","))
        and (sent.start == 0 or before.endswith("\n"))
        and (after.startswith("\n") or not after)
    )


# "The new pairs are as follows:", "The following cities were twinned:": items of pairs follow
PAIR_LEAD = re.compile(
    r"\b(?:pairs?|as follows|the following)\b[^.\n]*:\s*$"
    r"|\b(?P<deeds>agreements|memoranda|memorandums|protocols)\b[^.\n]*:\s*$",
    re.I,
)
BULLET = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])[ \t]+")


PairLead = tuple[Span, str | None]  # the lead of a list of pairs, and the date of its ties


def pair_lead(doc: Doc, sent: Span, lead: PairLead | None, prev: Span | None) -> PairLead | None:
    """Returns the lead of a list of pairs while its bulleted items go on: a sentence ending in
    a colon, in a report on ties; its ties are dated by it or by the sentence before it."""
    found = scan.search(doc, PAIR_LEAD, sent.start, sent.end)
    if found:
        # imported where they are needed: the modules import this one
        from amity.extract.en.tie_dates import date_of
        from amity.extract.en.tie_types import _sister_report

        # "concluded eight memoranda of cooperation:": the lead itself tells of ties
        if found.group("deeds") or _sister_report(doc):
            return sent, date_of(doc, sent) or (date_of(doc, prev) if prev else None)
    return lead if lead and BULLET.match(doc.text, sent.start, sent.end) else None


def _dashed_pair(doc: Doc, parties: list[Span]) -> list[tuple[Span, Span]]:
    """Returns the pair of an item "- Marneuli - Shamkir;": two names joined by a dash."""
    if len(parties) == 2 and re.fullmatch(
        r"\s+[-–—]\s+", doc.text[parties[0].end : parties[1].start]
    ):
        return [(parties[0], parties[1])]
    return []


def pair_items(doc: Doc, sent: Span, lead: PairLead | None) -> list[dict[str, Any]]:
    """Returns the tie of a bulleted item "- Kashgar Prefecture and Kiziriq district;" under a
    lead of pairs."""
    bullet = BULLET.match(doc.text, sent.start, sent.end) if lead else None
    if lead is None or bullet is None or sent.end - sent.start > 220:
        return []
    parties = _parties(doc, sent.start, sent.end)
    pairs = _pairs_before(doc, parties) or _dashed_pair(doc, parties)
    # the item is the pair: "- the city of Kashgar and ...", not a task naming two bodies
    if not pairs or pairs[0][0].start - bullet.end() > 15:
        return []
    from amity.extract.en.tie_types import tie_type

    # "signed eight memoranda of cooperation, between:": the lead says what each pair signed
    lead_text = doc.text[lead[0].start : lead[0].end]
    kind = "agreement" if tie_type(lead_text, doc, lead[0].start) == "agreement" else "sister_city"
    rec = _record(doc, kind, *pairs[0], sent)
    return [rec | ({"since": lead[1]} if lead[1] else {"undated": "1"})]


# "Among the others are A; B and C in Japan", "Besides Jincheon, they are A, Norway; B": the
# rest of the partners a sentence on ties counted ("Nagaoka becomes Honolulu's 28th sister city")
CONTINUED = re.compile(
    r"\W{0,3}(?:Among\s+(?:the\s+)?others|Among\s+them|(?:The\s+)?others|They|These|"
    r"The\s+list(?:\s+already|\s+also)?|"
    r"Besides\s+[^,.;]{2,40},\s+(?:they|the\s+others))\s+(?:are|include|includes|were)\s+(?=[A-Z])"
)
# "Chuncheon, a city of about 280,000 people ..., now has ties with nine foreign cities"
HAS_TIES = re.compile(
    r"(?:,[^;]{0,100}?,)?\s+(?:now\s+|also\s+|already\s+|currently\s+)?(?:has|have|maintains|boasts|counts)\b"
    r"|\s+and\s+(?:its|their)\b"
)
SINCE_ITEM = re.compile(r"[^;]{0,60}?\bsince\s+((?:19|20)\d\d)\b")


def _counting_owner(doc: Doc, sent: Span) -> Span | None:
    """Returns whose ties a sentence counts: "Honolulu's" of "Honolulu's 28th sister city", the
    last party that "has" them or goes with "its" ("Vallejo and its nine sister cities")."""
    parties = _parties(doc, sent.start, sent.end)
    having = [n for n in parties if HAS_TIES.match(doc.text, n.end, sent.end)]
    return _possessor(doc, parties) or (having[-1] if having else None)


def _continued_list(doc: Doc, sent: Span, prev: Span | None) -> list[dict[str, Any]]:
    """Returns the ties of a sentence that goes on listing the partners the one before counted."""
    m = CONTINUED.match(doc.text, sent.start, sent.end)
    if m is None or prev is None or not scan.search(doc, TIE, prev.start, prev.end):
        return []
    owner = _counting_owner(doc, prev)
    if owner is None:
        return []
    own = re.sub(r"['’]s$", "", str(owner.value))
    out = []
    for n in _parties(doc, m.end(), sent.end):
        if re.sub(r"['’]s$", "", str(n.value)) == own or doc.in_range("country", n.start, n.end):
            continue
        rec = _record(doc, "sister_city", owner, n, sent)
        since = SINCE_ITEM.match(doc.text, n.end, sent.end)
        out.append(rec | ({"since": since.group(1)} if since else {"undated": "1"}))
    return out


# "Participating Sister Cities: Oyama, Japan; Minami, Japan": a labelled line of the report's
# own partners
LABELLED = re.compile(
    r"\W{0,3}(?:[A-Z][\w’'-]*\s+){0,3}(?:Sister|Twin|Partner|Friendship)[\s-]+(?:[Cc]ities|[Tt]owns|"
    r"[Mm]unicipalities|[Rr]egions|[Pp]rovinces|[Pp]refectures)\s*:\s*(?=[A-Z])"
)


def _labelled_items(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the ties of a line "Sister Cities: A, Country; B, Country" to the report's place."""
    m = LABELLED.match(doc.text, sent.start, sent.end)
    home = _home_span(doc) if m else None
    if m is None or home is None:
        return []
    if _prose(doc.text[m.end() : sent.end]):
        return []  # "Friendship towns: Mariehamn congratulates Kuressaare": a headline
    return [
        _record(doc, "sister_city", home, n, sent) | {"undated": "1"}
        for n in _parties(doc, m.end(), sent.end)
        if not doc.in_range("country", n.start, n.end) and str(n.value) != str(home.value)
    ]
