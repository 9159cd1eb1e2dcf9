"""Partnerships: sister and friendship cities, friendly schools, agreements and memberships.

This module holds the component, the type of tie a sentence speaks of, the pairs it ties and
the lists of partners, and the merging of restated ties; the parties, a sentence's own tie,
memberships and the dates of ties live in parties, own_ties, memberships and tie_dates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.agreements import (
    ALSO,
    BECAME_VERB,
    DOCUMENT,
    SAME,
    documents,
    same_occasion,
    signers,
)
from amity.extract.en.cues import TIE
from amity.extract.en.lexicon import ORG_HEADS
from amity.extract.en.located import home_place
from amity.extract.en.memberships import _memberships
from amity.extract.en.own_ties import _becomes, _own_partner
from amity.extract.en.parties import (
    _clause_subject,
    _first_with_rest,
    _pairs_before,
    _parties,
    _record,
    _without_qualifiers,
)
from amity.extract.en.tie_dates import (
    _is_news_tie,
    _item_date,
    _tie_signing_date,
    began_date,
    date_of,
)
from amity.extract.en.tie_lists import (
    Lead,
    PairLead,
    _list_lead,
    _listed_ties,
    _table_items,
    _with_items,
    pair_items,
    pair_lead,
)
from amity.extract.en.tie_merge import (
    _fill_countries,
    _fold_context_agreements,
    _norm,
    _pair_key,
    drop_listed_agreements,
    merge_ties,
)
from amity.extract.en.tie_phrases import phrase_ties

SCHOOL = re.compile(
    r"\b(?:sister|friendly|friendship|partner)[\s-]+schools?\b"
    # "Since the two schools set up the partnership in 1988"
    r"|\b(?:the|both)\s+(?:two\s+)?schools\s+(?:have\s+|had\s+)?(?:set\s+up|established|started|began|"
    r"signed|formed|launched)\s+(?:the|a|their)\s+(?:[\w-]+\s+)?(?:partnership|link|exchange|agreement)\b",
    re.I,
)
AGREEMENT = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|letter of intent|accords?|framework|protocol|declaration of intent|partnership|pacts?|joint (?:statement|declaration|communiqu[eé])|plan of action|programm?e? of cooperation)\b",
    re.I,
)
SIGNED = re.compile(
    r"\b(?:signed|sign|inked|put (?:their|his|her|its) (?:names?|signatures?) to|put pen to paper|concluded|established|establish|formali[sz]ed|entered into|renewed|became|become|are now|officially|reached|agreed)\b",
    re.I,
)
WITH = re.compile(r"\bwith\s+(?:the\s+)?", re.I)


TIE_AGREEMENT = re.compile(
    r"\b(?:agreement|memorandum|protocol)\s+(?:on|of)\s+(?:the\s+)?(?:establish\w*\s+(?:of\s+)?)?(?:friendship|twin|sister|twinning|friendly)",
    re.I,
)
SIGNING = re.compile(
    r"\b(?:sign\w*|inked|put (?:their|his|her|its) (?:names?|signatures?) to|put pen to paper|concluded|entered|"
    r"put (?:their|its) (?:[\w-]+\s+){0,2}on paper)\b",
    re.I,
)


# "a framework agreement between the two cities": a tie stated without a verb of signing
AGREEMENT_BETWEEN = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|protocol|pacts?)\s+between\b", re.I
)
HAS_AGREEMENT = re.compile(
    r"\b(?:has|have|had)\s+(?:an?\s+)?(?:MoUs?|MOUs?|agreements?|memorand(?:um|a))\s+with\b", re.I
)


def tie_type(text: str, doc: Doc | None = None, start: int = 0) -> str | None:
    """Returns the partnership type a sentence speaks of, or None (doc and start: where it lies)."""

    def found(rx: re.Pattern[str]) -> bool:
        return bool(rx.search(text) if doc is None else scan.search_in(doc, rx, text, start))

    if found(SCHOOL):
        return "school"
    if found(TIE) or found(TIE_AGREEMENT):
        return "sister_city"
    if doc is not None and found(OWN_PARTNERS) and _sister_report(doc):
        return "sister_city"  # "Among Tartu's older partners are ..." in a report on twinning
    if doc is not None and found(TIE_BEGAN) and found(SIGNING) and _sister_report(doc):
        return "sister_city"  # "The partnership began in 1993, when A and B signed ..."
    if found(AGREEMENT) and (found(SIGNING) or found(HAS_AGREEMENT) or found(AGREEMENT_BETWEEN)):
        return "agreement"
    return None


TIE_BEGAN = re.compile(
    r"^\W*(?:The|Their|Our|This)\s+(?:partnership|relationship|twinning|friendship)\s+"
    r"(?:began|started|dates\s+(?:back\s+)?(?:to|from)|goes\s+back\s+to)\b"
)
OWN_PARTNERS = re.compile(
    r"(?:\b[A-Z][\w-]+['’]s|\b(?:its|their|our))\s+(?:[\w-]+\s+){0,2}?partners\s+(?:are|include|were)\b"
    r"|\bAmong\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?partners\b"
)


def _sister_report(doc: Doc) -> bool:
    """True for a report that speaks of sister, twin or partner cities somewhere."""
    key = ("sister report", -1)
    if key not in doc.cache:
        doc.cache[key] = scan.search(doc, TIE, 0, len(doc.text)) is not None
    return bool(doc.cache[key])


LIST_MARK = re.compile(
    r"\b(?:twin towns|sister cities|partner towns)\s+[-–—]\s+|\b(?:(?:sister|twin|partner)[\s-](?:city|town) status with|partners are|partners include|twinned with|twinning with|linked (?:in friendship )?with|(?:its|their|our|the|[A-Z][\w-]+['’]s) (?:other )?(?:[A-Z][a-z]+ )?(?:sister|twin|partner)[\s-](?:cities|towns)(?:\s*[-–—,:])?(?=\s+(?-i:[A-Z]))|relations?(?:hips?)? with|ties with|links? with|partnerships? with|agreements? with|sister cit(?:y|ies) (?:of|with|in)|twin (?:towns?|cit(?:y|ies)) (?:of|with)|partner cit(?:y|ies) (?:of|with)|namely|include|includes|including|among them|(?<=ies, |wns, )alongside|are|were)\s+(?:the\s+)?|:\s*",
    re.I,
)
REFER = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:cities|capitals|towns|sides|municipalities|provinces|regions|districts|counties|schools|universities|councils|parties)\b|\bthe two\b",
    re.I,
)
# "A new sister city relationship links Adelanto, California, and Hadong County"
JOINS = re.compile(
    r"\b(?:links|linking|joins|joining|connects|connecting|unites|uniting|makes|made)\s+(?:the\s+)?"
)
JOINED_WITH = re.compile(
    r"(?:\s+(?:region|province|oblast|district|county|prefecture|state))?\s+(?:and|with|to)\s+(?:the\s+)?"
)
# After the first of "the twin cities of A (Germany), B (China) and C": the list goes on.
LIST_GOES_ON = re.compile(r"\s*(?:\([^)]{2,40}\)\s*)?,\s*[A-Z]")
OTHERS = re.compile(r"\bothers?\b|\balongside\b")
# "Guilin, Hastings' sister city in China since 1981": the year the tie dates from
SINCE = re.compile(r"[^.;]{0,40}?\bsince\s+((?:1[89]|20)\d\d)\b")
OF_OWNER = re.compile(r"(?:sister|twin|partner)\s+(?:cit|town)\w*\s+of\b", re.I)
NEW_PREDICATE = re.compile(r",\s+and\s+(?:is|are|was|were|has|have|had)\b")
AMONG_PARTNERS = re.compile(
    r"\W*Among\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:partners|twins|sister cities|twin cities|twin towns)\b"
)
PRONOUN = re.compile(
    r"^(?:it|its|the city|the town|the district|the county|the region|the province)\b", re.I
)


WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


def _referred_pair(doc: Doc, sent: Span, parties: list[Span]) -> list[tuple[Span, Span]]:
    """Returns (A, B) of "The province signed ... with B": A is the province told of before."""
    text = doc.text[sent.start : sent.end].lstrip()
    pronoun = PRONOUN.match(text)
    partner = next(
        (
            n
            for n in parties
            if WITH_BEFORE.search(doc.text, max(sent.start, n.start - 12), n.start)
        ),
        None,
    )
    if pronoun is None or partner is None:
        return []
    word = pronoun.group().split()[-1].lower()
    subject = _focus_named(doc, sent.start, word) or _focus(doc, sent.start)
    if subject is None or str(subject.value) == str(partner.value):
        return []
    return [(subject, partner)]


def _hyphen_pair(doc: Doc, parties: list[Span], sent: Span) -> tuple[Span, Span] | None:
    """Returns (A, B) of "the A-B sister city relationship" when both halves are known places."""
    cue = scan.search(doc, TIE, sent.start, sent.end)
    for n in parties:
        value = str(n.value)
        if "-" not in value or cue is None or not 0 <= cue.start() - n.end <= 2:
            continue
        cut = n.start + value.index("-")
        a, b = Span(n.start, cut, n.label, value[: cut - n.start], n.data), None
        b = Span(cut + 1, n.end, n.label, value[cut - n.start + 1 :], n.data)
        if doc.in_range("place", a.start, a.end) and doc.in_range("place", b.start, b.end):
            return a, b
    return None


def _weak_mark(mark: re.Match[str], cue: re.Match[str] | None) -> bool:
    """True for "are"/"were" that do not follow the tie they would list ("its sister cities are")."""
    word = mark.group().strip().lower()
    return word in ("are", "were", "are the", "were the") and (
        cue is None or cue.end() > mark.start()
    )


def _focus(doc: Doc, before: int) -> Span | None:
    """Returns the place the report is about: its home city, else the one named most before."""
    home, _ = home_place(doc)
    if home:
        first = next((p for p in doc.get("place") if str(p.value) == home), None)
        if first is not None and first.start < before:
            return Span(first.start, first.end, "name", home, {"cls": "place"})
    counts: dict[str, list[Span]] = {}
    for n in _parties_before(doc, before):
        if n.data.get("cls") in ("place", "name") and doc.in_range("place", n.start, n.end):
            counts.setdefault(str(n.value), []).append(n)
    if not counts:
        return None
    return max(counts.values(), key=len)[0]


def _focus_named(doc: Doc, before: int, word: str) -> Span | None:
    """Returns the party "the province" refers to: the one most named before whose name ends with
    that word ("South Jeolla Province"), if any."""
    if word in ("it", "its", "city", "town"):
        return None
    counts: dict[str, list[Span]] = {}
    for n in _parties_before(doc, before):
        if str(n.value).lower().endswith(" " + word):
            counts.setdefault(str(n.value), []).append(n)
    return max(counts.values(), key=len)[0] if counts else None


def _parties_before(doc: Doc, before: int) -> list[Span]:
    """Returns _parties(doc, 0, before): the first of the report's parties, read off them all.

    Parties are found name after name, each by those before it: the parties of the names that
    end by `before` open the list of the whole report's. Found once, that list serves each
    sentence that refers back to "the city" or "the province", not read again each time.
    """
    key = ("parties from the start", -1)
    if key not in doc.cache:
        doc.cache[key] = _parties_by_name_end(doc)
    known = doc.cache[key]
    if known is None:
        return _parties(doc, 0, before)
    parties, ends = known
    return parties[: bisect_right(ends, before)]


def _parties_by_name_end(doc: Doc) -> tuple[list[Span], list[int]] | None:
    """Returns the report's parties and the end of the name each lies in (None if names overlap
    or a party lies outside its name: then no list of them is the start of another)."""
    names = doc.get("name")
    if any(b.start < a.end for a, b in zip(names, names[1:], strict=False)):
        return None
    starts = [n.start for n in names]
    parties = _parties(doc, 0, len(doc.text))
    ends = []
    for p in parties:
        i = bisect_right(starts, p.start) - 1
        if i < 0 or p.end > names[i].end:
            return None
        ends.append(names[i].end)
    return parties, ends


def _context_pair(doc: Doc, before: int, places: bool = False) -> tuple[Span, Span] | None:
    """Returns the last pair of places named together before `before` ("A and B", "A-B"); with
    `places`, of places the gazetteer knows ("the two cities": not two companies)."""
    found = None
    for sent in doc.sentences:
        if sent.start >= before:
            break
        pair = _last_pair(doc, sent.start, min(sent.end, before), places)
        if pair:
            found = pair
    if found is None:  # "its Japanese sister city, Nagaizumi-cho": the report's own tie
        found = next(
            (
                pair
                for s in doc.sentences
                if s.end <= before
                for pair in [_own_partner(doc, s)]
                if pair
            ),
            None,
        )
    return found


def _last_pair(doc: Doc, start: int, end: int, places: bool) -> tuple[Span, Span] | None:
    """Returns the last pair of places named together in [start, end), with `places` of places
    the gazetteer knows (found once per range: each tie that refers to "the two cities" reads
    every sentence before it)."""
    known: dict[tuple[int, int], Any] = doc.cache.setdefault(("last pair", int(places)), {})
    if (start, end) not in known:
        pairs = _pairs_before(doc, _parties(doc, start, end))
        if places:
            pairs = [p for p in pairs if all(doc.in_range("place", n.start, n.end) for n in p)]
        known[(start, end)] = pairs[-1] if pairs else None
    return known[(start, end)]  # type: ignore[no-any-return]


def ties_in(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the partnerships one sentence establishes or reports."""
    text = doc.text[sent.start : sent.end]
    kind = tie_type(text, doc, sent.start)
    linked = kind is None and _linked(doc, sent)
    ties = _ties_of(doc, sent, "sister_city" if linked else kind)
    if linked:
        ties = [t for t in ties if t["type"] == "membership" or _both_places(doc, sent, t)]
    ties = [t for t in ties if t["type"] != "sister_city" or not _a_body(doc, t)]
    if scan.search(doc, PROPOSED, sent.start, sent.end):
        return []  # "a letter proposing a sister city relationship": no tie yet
    if scan.search(doc, ENDED, sent.start, sent.end):
        return [t for t in ties if not _ended(doc, sent, t)]
    return ties


# "International Relations Division": an office's name, no link
LINK_WORD = re.compile(
    r"\b(?:partnerships?|links?|relationships?|(?<!International )(?<!Foreign )(?<!External )relations|"
    r"ties|pairs|twinning|friendship|linked (?:up )?with)\b",
    re.I,
)
PROPOSED = re.compile(
    r"\b(?:propos(?:e|es|ed|ing|al)|request(?:s|ed|ing)?|possibility of|to consider|voted\s+for|feasibility|would like(?: to)?|"
    r"approv(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}agreements?|still (?:to|have to|has to|need to|needs to) be signed|"
    r"declined|turned down|resolved to|pledged to|vowed to|expected to (?:join|become|sign)|"
    r"(?:hop(?:e|es|ed|ing)|intend(?:s|ed)?|aim(?:s|ed)?) to (?:conclude|sign|"
    r"establish|formali[sz]e|become|set up))\b(?![^.;]{0,80}\bsigned\b)",
    re.I,
)


PLACE_BODIES = {"council", "government", "administration", "assembly", "office"}


def _a_body(doc: Doc, tie: dict[str, Any]) -> bool:
    """True if a party of a sister-city tie is a body ("Ministry of Foreign Affairs"), no place
    ("Brooklyn Center" is a city the gazetteer knows)."""
    for side in ("a", "b"):
        words = {w.lower().strip("’'") for w in tie[side]["name"].split()}
        if (words & ORG_HEADS) - PLACE_BODIES and tie[side]["name"] not in _place_names(doc):
            return True
    return False


def _place_names(doc: Doc) -> set[str]:
    """Returns the names of the places the gazetteer found in the report."""
    key = ("place names", -1)
    if key not in doc.cache:
        doc.cache[key] = {str(p.value) for p in doc.get("place")}
    return set(doc.cache[key])


def _linked(doc: Doc, sent: Span) -> bool:
    """True for "A and B made their partnership official" in a report about sister cities."""
    if not scan.search(doc, LINK_WORD, sent.start, sent.end):
        return False
    return _sister_report(doc)


def _both_places(doc: Doc, sent: Span, tie: dict[str, Any]) -> bool:
    """True if both parties of a tie look like places: known to the gazetteer, or short names
    with no word of a body's name ("Bry", not "Dong-Eui University")."""
    names = _place_names(doc)
    for side in ("a", "b"):
        name = tie[side]["name"]
        words = [w.lower() for w in name.split()]
        if set(words) & ORG_HEADS or (len(words) > 3 and not any(n in name for n in names)):
            return False
    return True


ENDED = re.compile(
    r"\b(?:has|have|had)\s+(?:since\s+)?been\s+(?:ended|terminated|suspended|dissolved|discontinued|cancelled|canceled)"
    r"|\b(?:was|were)\s+(?:later\s+)?(?:ended|terminated|suspended|dissolved|discontinued)\b"
    r"|\bcame\s+to\s+an\s+end\b|\b(?:twinning|partnership|tie|link)\s+(?:ended|lapsed|ceased)\b",
    re.I,
)


def _ended(doc: Doc, sent: Span, tie: dict[str, Any]) -> bool:
    """True for a tie the sentence says has ended ("a link with Reno, set up in 1973, has since been ended")."""
    text = doc.text[sent.start : sent.end]
    for side in ("a", "b"):
        name = tie[side]["name"]
        at = text.find(name)
        end = ENDED.search(text, max(0, at))
        if at >= 0 and end and not re.search(r"[;.]", text[at : end.start()]):
            return True
    return False


def _ties_of(doc: Doc, sent: Span, kind: str | None) -> list[dict[str, Any]]:
    """Returns the partnerships one sentence states, ended ones included."""
    out: list[dict[str, Any]] = []
    own = _own_partner(doc, sent)
    if own:
        since = SINCE.match(doc.text, max(own[0].end, own[1].end), sent.end)
        extra = {"since": since.group(1)} if since else {}
        # A visit to "its sister city" dates the visit; "B became A's sister city" dates the tie.
        visit = _becomes(doc, sent) is None
        out.append(_record(doc, "sister_city", *own, sent) | {"own": visit} | extra)
    if own and kind:
        # "Kochi is the fifth sister region of South Jeolla; its other four are A and B"
        named = {_norm(str(own[0].value)), _norm(str(own[1].value))}
        for a, b in _tie_pairs(doc, sent, kind):
            pair = {_norm(str(a.value)), _norm(str(b.value))}
            between = doc.text[own[1].end : b.start]
            if pair != named and b.start > own[1].end and OTHERS.search(between):
                out.append(_record(doc, kind, a, b, sent))
    elif kind:
        pairs = _tie_pairs(doc, sent, kind)
        for k, (a, b) in enumerate(pairs):
            # "The two mayors signed a memorandum": parties named only before the sentence
            # "also signed a separate pact": one more document, not the tie's own.
            context = max(a.start, b.start) < sent.start and not ALSO.search(
                doc.text, sent.start, sent.end
            )
            rec = _record(doc, kind, a, b, sent) | ({"context": True} if context else {})
            if a.data.get("signer"):
                rec["signed_by"] = True  # "signed by Mayor A of X and Mayor B of Y": X and Y
            if scan.search(doc, SAME, sent.start, sent.end):
                rec["same"] = True
            if len(pairs) > 1:
                rec.update(_item_date(doc, sent, pairs, k))
            out.extend(
                documents(doc, sent, rec) if kind == "agreement" and len(pairs) == 1 else [rec]
            )
    out.extend(_memberships(doc, sent))
    out.extend(phrase_ties(doc, sent))
    return out


def _list_mark(doc: Doc, text: str, sent: Span, parties: list[Span]) -> re.Match[str] | None:
    """Returns the mark a list of partners follows; a lead-in label's colon ("A little history:",
    naming no party before it) is none."""
    marks = list(LIST_MARK.finditer(text))
    for k, mark in enumerate(marks):
        bare = mark.group().strip().lower()
        if not any(n.end <= sent.start + mark.start() for n in parties):
            if bare == ":":
                continue
            if bare in ("are", "were") and any(OF_OWNER.match(m.group()) for m in marks[k + 1 :]):
                continue  # "Among the guests were delegations from the twin cities of A, B"
        return mark
    return None


TWINNED_WITH = re.compile(
    r"\b(?:which|that)\s+(?:is|was|has been|had been|have been)\s+(?:also\s+)?"
    r"(?:twinned|linked|paired)\s+with\s+(?:the\s+)?$"
)


def _with_relatives(doc: Doc, subject: Span, tail: list[Span]) -> list[tuple[Span, Span]]:
    """Returns the subject's partners, but "B, which had been twinned with C" ties B to C."""
    out: list[tuple[Span, Span]] = []
    for k, t in enumerate(tail):
        if str(t.value) == str(subject.value):
            continue
        before = doc.text[max(0, t.start - 60) : t.start]
        if k > 0 and TWINNED_WITH.search(before):
            out.append((tail[k - 1], t))
        else:
            out.append((subject, t))
    return out


WITH_GAP = re.compile(
    r"\s+(?:has|have|had)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?|\s+with\s+(?:the\s+)?"
)
ITEM_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _gapped_pairs(doc: Doc, parties: list[Span]) -> list[tuple[Span, Span]]:
    """Returns the pairs of "A with B, C with D and E with F" (the verb said once)."""
    pairs: list[tuple[Span, Span]] = []
    k = 0
    while k + 1 < len(parties):
        a, b = parties[k], parties[k + 1]
        if WITH_GAP.fullmatch(doc.text, a.end, b.start) and (
            not pairs or ITEM_GAP.fullmatch(doc.text, pairs[-1][1].end, a.start)
        ):
            pairs.append((a, b))
            k += 2
        else:
            k += 1
    return pairs


# "Yangon and Ulaanbaatar are both friendship cities of Busan": each is tied to the owner
OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
ARE_BEFORE = re.compile(
    r"\s+(?:are|were|have been|had been)\s+(?:both\s+|all\s+|also\s+|now\s+)*(?:\w+\s+){0,3}$"
)


def _cities_of_owner(
    doc: Doc, sent: Span, parties: list[Span], head: list[Span], cue: re.Match[str] | None
) -> list[tuple[Span, Span]]:
    """Returns (member, owner) pairs of "A and B are sister cities of C" (cue: in the sentence)."""
    if cue is None or not head:
        return []
    start, end = sent.start + cue.start(), sent.start + cue.end()
    if not OWNER_AFTER.match(doc.text, end) or not ARE_BEFORE.search(doc.text, head[-1].end, start):
        return []
    owner = next((n for n in parties if n.start >= end), None)
    if owner is None or owner.start - end > 8:
        return []
    members = _list_run(doc, head)
    return [(owner, m) for m in members if m.start != owner.start]


# "between Lahti and its Nordic twin cities A, B and C": a town and its list, not a pair
BETWEEN_OWN = re.compile(
    r"[^,;.]{1,60}?\s+and\s+(?:its|their)\s+(?:[A-Z][a-z]+\s+)?(?:sister|twin|partner|friendship)\b"
)


# "Hitachi has been Tauranga's sister city since 1988", "Hitachi, the city that is Tauranga's twin"
OWNED_TIE = re.compile(
    r"\b(?:is|was|are|were|has been|have been|had been|became|becomes|remains)\s+(?:also\s+|now\s+|long\s+)?"
    r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s|(?P<our>our))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sister|twin|partner|friendship)[\s-](?:city|town|region|province|state|prefecture|county|"
    r"municipality|commune|village)\b"
)
MEMBER_GAP_BEFORE = re.compile(
    r"\s*(?:,\s*(?:which|that)\s*|\s+that\s*"
    r"|,\s+(?:the|a|an)\s+[^,;]{0,60}?\b(?:city|town|region|municipality|capital|prefecture)\s+(?:that|which)\s*)?"
)


def _owned_tie(doc: Doc, sent: Span, parties: list[Span]) -> list[tuple[Span, Span]]:
    """Returns (owner, member) of "A has been B's sister city" and "A, the city that is B's twin"."""
    m = OWNED_TIE.search(doc.text, sent.start, sent.end)
    if m is None:
        return []
    if m.group("our"):
        from amity.extract.en.own_ties import _home_party

        owner = _home_party(doc, m.start("our"))  # "Shinmachi has been our sister city"
    else:
        owner = next((p for p in parties if p.start == m.start("owner")), None)
    before = [p for p in parties if p.end <= m.start()]
    for member in reversed(before):
        if MEMBER_GAP_BEFORE.fullmatch(doc.text, member.end, m.start()):
            return [(owner, member)] if owner is not None and owner is not member else []
    return []


# "A Letter of Intent has been signed by the MCI and Sejong City": the signatories follow
SIGNED_BY = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+\s+)?signed\s+by\s+(?:the\s+)?"
)


def _signed_by(doc: Doc, sent: Span, parties: list[Span]) -> list[tuple[Span, Span]]:
    """Returns (A, B) of a document "signed by A and B"."""
    m = SIGNED_BY.search(doc.text, sent.start, sent.end)
    if m is None:
        return []
    after = [p for p in parties if p.start >= m.end()]
    if len(after) < 2 or after[0].start - m.end() > 2:
        return []  # "signed by the two mayors": people, not the parties
    if not SIGNATORY_GAP.fullmatch(doc.text, after[0].end, after[1].start):
        return []
    return [(after[0], after[1])]


SIGNATORY_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s+and\s+(?:the\s+)?")


def _tie_pairs(doc: Doc, sent: Span, kind: str) -> list[tuple[Span, Span]]:
    text = doc.text[sent.start : sent.end]
    parties = _parties(doc, sent.start, sent.end)
    owned = _owned_tie(doc, sent, parties) or _signed_by(doc, sent, parties)
    if owned:
        return owned
    joined = _hyphen_pair(doc, parties, sent)
    if joined:
        return [joined]
    between = re.search(r"\bbetween\s+(?:the\s+)?", text)
    if between and not BETWEEN_OWN.match(text, between.end()):
        after = [n for n in parties if n.start >= sent.start + between.end()]
        listed = _first_with_rest(doc, after)
        if listed:
            return listed
        pairs = _pairs_before(doc, after[:2]) or _between_pair(doc, after, sent)
        if pairs:
            return pairs
    gapped = _gapped_pairs(doc, parties)
    if len(gapped) >= 2:
        return gapped  # "Andhra Pradesh has an MoU with Toyama, Tamil Nadu with Ehime"
    # "one makes A and B sister cities, the other joins C with D"
    linked: list[tuple[Span, Span]] = []
    for joins in JOINS.finditer(text):
        after = [n for n in parties if n.start >= sent.start + joins.end()][:2]
        if _pairs_before(doc, after):
            linked.extend(_pairs_before(doc, after))
        elif len(after) == 2 and JOINED_WITH.fullmatch(doc.text, after[0].end, after[1].start):
            linked.append((after[0], after[1]))
    if linked:
        return linked
    mark = _list_mark(doc, text, sent, parties)
    cue = (
        scan.search_in(doc, TIE, text, sent.start)
        or scan.search_in(doc, SCHOOL, text, sent.start)
        or scan.search_in(doc, AGREEMENT, text, sent.start)
    )
    cut = sent.start + (mark.start() if mark else (cue.start() if cue else len(text)))
    head = [n for n in parties if n.end <= cut]
    owned = _cities_of_owner(doc, sent, parties, head, cue)
    if owned:
        return owned
    pairs = _pairs_before(doc, head)
    if not pairs and not head and cue:
        pairs = signers(doc, parties, cut)  # "The partnership began when A and B signed"
    if pairs:
        return pairs
    if not head and mark is None:
        referred = _referred_pair(doc, sent, parties)
        if referred:
            return referred  # "The province signed a memorandum with Darkhan-Uul Province"
    listed_with = mark is not None and re.search(r"\bwith\b", mark.group())
    if (
        not head
        and not listed_with
        and len(_pairs_before(doc, parties)) >= 2
        and LINK_WORD.search(text)
    ):
        return _pairs_before(doc, parties)  # "Other pairs include A and B, C and D"
    if mark and _weak_mark(mark, cue) and not AMONG_PARTNERS.match(text):
        mark = None  # "Plans ... were discussed": a verb, not a list of partners
    if mark and mark.group().strip() == ":":
        # "... one of the oldest pairs: A and B became sister cities in 1975": a clause of its own
        after_colon = signers(doc, parties, sent.start + mark.end(), BECAME_VERB)
        if after_colon:
            return after_colon
    if mark:
        tail = [n for n in parties if n.start >= sent.start + mark.end()]
        if mark.group().rstrip()[-1:] in "-–—":  # "twin towns - A, B and C - the camp ..."
            close = re.search(r"\s[-–—]\s", text[mark.end() :])
            if close:
                tail = [n for n in tail if n.end <= sent.start + mark.end() + close.start()]
        subject = _clause_subject(doc, head) if head else None
        subject = _list_owner(doc, sent, mark, text[: mark.start()]) or subject
        if (
            head
            and re.match(r"(?:its|their)\b", mark.group())
            and re.fullmatch(r"\s+and\s+", doc.text[head[-1].end : sent.start + mark.start()])
        ):
            subject = head[-1]  # "teams from Szentendre and its twin towns A, B and C"
        if head and IT_BEFORE.search(text[: mark.start()]):
            subject = head[0]  # "Colchester ... : it has been twinned with ..."
        named = THE_KIND_DOES.search(text, head[-1].end - sent.start if head else 0, mark.start())
        if named:  # "Besides Shaanxi, the region has an agreement with ...": the region's
            subject = _focus_named(doc, sent.start, named.group(1).lower()) or subject
        pronoun = PRONOUN.search(text)
        if subject is None and pronoun:
            subject = _focus_named(doc, sent.start, pronoun.group().split()[-1].lower())
        if subject is None and AMONG_PARTNERS.match(text):
            subject = _focus(doc, sent.start)  # "Among the partners he named were A and B"
        if subject is None and (
            pronoun
            or re.search(
                r"\b(?:its|their|our)\b|\bthe (?:city|town|district|county|shire|council)['’]s\b",
                text[: mark.start()],
                re.I,
            )
        ):
            subject = _focus(doc, sent.start)
        if subject is None and OF_OWNER.match(mark.group()) and len(tail) > 1:
            if LIST_GOES_ON.match(doc.text, tail[0].end):
                subject = _focus(doc, sent.start)  # "delegations from the twin cities of A (DE), B"
            else:
                subject, tail = tail[0], tail[1:]  # "The sister cities of Murmansk are A and B"
        # "... with A and B, and is a member of C": the list ends where a new predicate begins
        ends = NEW_PREDICATE.search(doc.text, sent.start + mark.end(), sent.end)
        tail = [n for n in tail if ends is None or n.start < ends.start()]
        tail = _list_run(doc, _without_qualifiers(doc, tail))
        if subject is not None and tail:
            return _with_relatives(doc, subject, tail)
    signed_with = scan.search_in(doc, SIGNED_WITH, text, sent.start)
    if signed_with and head:
        partner = [n for n in parties if n.start >= sent.start + signed_with.end()]
        if partner and partner[0].start - (sent.start + signed_with.end()) < 30:
            return [(_clause_subject(doc, head), partner[0])]
    refer = scan.search_in(doc, REFER, text, sent.start)
    if refer or (not parties and ALSO.search(text) and DOCUMENT.search(text)):
        towns = bool(
            refer and re.search(r"cities|towns|capitals|municipalities", refer.group(), re.I)
        )
        schools = bool(refer and "school" in refer.group().lower())
        pair = _two_schools_before(doc, sent.start) if schools else None
        pair = pair or _host_pair(doc, sent, refer) or _context_pair(doc, sent.end, places=towns)
        if pair:
            return [pair]
    bodies = _signers_bodies(doc, sent) or _journey_pair(doc, sent, parties)
    return [bodies] if bodies else []


# "a group from Clinton Township came to Yasu, and the Sister City Agreement was signed"
JOURNEY_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
JOURNEY_TO = re.compile(
    r"\b(?:came|went|travell?ed|traveled|flew|arrived|returned)\s+(?:to|in)\s+(?:the\s+)?$"
    r"|\bvisited\s+(?:the\s+)?$"
)


def _journey_pair(doc: Doc, sent: Span, parties: list[Span]) -> tuple[Span, Span] | None:
    """Returns (origin, destination) of visitors who came from one place to another in the
    sentence that tells the signing, when it names no pair of its own."""
    places = [n for n in parties if doc.in_range("place", n.start, n.end)]
    origin = next(
        (n for n in places if JOURNEY_FROM.search(doc.text, max(sent.start, n.start - 8), n.start)),
        None,
    )
    if origin is None:
        return None
    goal = next(
        (
            n
            for n in places
            if n.start > origin.end
            and JOURNEY_TO.search(doc.text, max(origin.end, n.start - 20), n.start)
        ),
        None,
    )
    return (origin, goal) if goal is not None else None


SIGNED_VERB = re.compile(
    r"\b(?:signed|inked|put\s+(?:their|his|her)\s+(?:names?|signatures?)\s+to)\b", re.I
)


SCHOOL_NAME = re.compile(r"\b(?:School|College|Gakuen|Gymnasium|Lyc[eé]e|Academy)\b")


def _two_schools_before(doc: Doc, before: int) -> tuple[Span, Span] | None:
    """Returns the last two schools named before "the two schools" (each named on its own)."""
    start = max(0, before - 1500)
    schools: list[Span] = []
    for n in _parties(doc, start, before):
        if SCHOOL_NAME.search(str(n.value)) and all(str(n.value) != str(s.value) for s in schools):
            schools.append(n)
    return (schools[-2], schools[-1]) if len(schools) >= 2 else None


def _signers_bodies(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns the bodies of the two people who signed ("Mayor John Smith of Riverton and Mayor
    Ken Sato of Kobe signed a memorandum"): the parties are whom they sign for."""
    if not SIGNED_VERB.search(doc.text, sent.start, sent.end):
        return None
    bodies: list[Span] = []
    for person in doc.records.get("people") or []:
        start, end = person["span"]
        org = person.get("organization")
        if not org or start < sent.start or end > sent.end:
            continue
        at = doc.text.find(org, start, end)
        if at >= 0 and all(str(b.value) != org for b in bodies):
            bodies.append(Span(at, at + len(org), "name", org, {"signer": True}))
    return (bodies[0], bodies[1]) if len(bodies) == 2 else None


# "Sydney's six sister cities, alongside ...", "Ashgabat's other partner cities, A, B"
OWNER_OF_LIST = re.compile(
    r"(?:^|\s)([A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?:sister|twin|partner)[\s-](?:cities|towns)\b"
)


def _list_owner(doc: Doc, sent: Span, mark: re.Match[str], before: str) -> Span | None:
    """Returns whose list of partners a mark opens: "X's" own, or the report's for "the other
    partner cities - A, B"."""
    owner = OWNER_OF_LIST.search(mark.group()) or (
        OWNER_OF_LIST.search(before) if mark.group().strip() == "alongside" else None
    )
    if owner:
        at = sent.start + (
            owner.start(1) if owner.string is before else mark.start() + owner.start(1)
        )
        named = [n for n in _parties(doc, sent.start, sent.end) if n.start <= at < n.end]
        return _without_possessive(named[0]) if named else None
    if re.match(r"the\s", mark.group()):
        return _focus(doc, sent.start)
    return None


def _without_possessive(n: Span) -> Span:
    """Returns "Ashgabat" of the party "Ashgabat's"."""
    value = str(n.value)
    cut = re.search(r"['’]s?$", value)
    if not cut:
        return n
    return Span(n.start, n.start + cut.start(), n.label, value[: cut.start()], n.data)


# "went to Yangzhou, where the two cities signed", "in Weihai, the two sides signed": the place
# the visitors were in, and the report's own city
WHERE_THE_TWO = re.compile(r"(?:,\s+where|^\W*(?:[\w ]{0,20},\s+)?in\s+\S+,)\s+$", re.I)


def _host_pair(doc: Doc, sent: Span, refer: re.Match[str] | None) -> tuple[Span, Span] | None:
    """Returns (home, host) when "the two" follow the one place the visitors were in."""
    if refer is None:
        return None
    at = sent.start + refer.start()
    places = [n for n in _parties(doc, sent.start, at) if doc.in_range("place", n.start, n.end)]
    if not places or not WHERE_THE_TWO.search(doc.text[sent.start : at]):
        return None
    home = _focus(doc, sent.start)
    host = places[-1]
    if home is None or str(home.value) == str(host.value):
        return None
    return home, host


# A name followed by a verb starts a clause of its own: "..., and last year General Lagos, in
# Santa Fe province, sealed a twinning with ...": the list before it has ended.
SUBJECT_OF = re.compile(
    r"(?:,\s+in\s+[^,;()]{1,40},)?\s+(?:also\s+|then\s+|later\s+)?(?:sealed|signed|twinned|joined|"
    r"became|agreed|established|concluded|inaugurated|celebrated|marked|hosted|welcomed|has|have|"
    r"had|was|were|is|are|will|said)\b"
)


def _list_run(doc: Doc, tail: list[Span]) -> list[Span]:
    """Returns the partners of a list up to a name that is the subject of a clause of its own."""
    for k in range(1, len(tail)):
        if SUBJECT_OF.match(doc.text, tail[k].end) and re.search(
            r"(?:,|;)\s*(?:and|but|while)\b", doc.text[tail[k - 1].end : tail[k].start]
        ):
            return tail[:k]
    return tail


THE_KIND_DOES = re.compile(
    r"\b[Tt]he\s+(region|province|prefecture|oblast|state|county|district)\s+"
    r"(?:also\s+|already\s+)?(?:has|have|had|is|was|maintains|signed)\b"
)
AND_NEXT = re.compile(r",?\s+and\s+(?:the\s+)?(?=[A-Z])")


def _between_pair(doc: Doc, after: list[Span], sent: Span) -> list[tuple[Span, Span]]:
    """Returns (A, B) of "between A[, its county, country,] and B": the first party after "and"."""
    if not after:
        return []
    m = AND_NEXT.search(doc.text, after[0].end, sent.end)
    if m is None or re.search(r"[;:]", doc.text[after[0].end : m.start()]):
        return []
    b = next((n for n in after if n.start >= m.end()), None)
    return [(after[0], b)] if b is not None and b.start - m.end() < 20 else []


SIGNED_WITH = re.compile(
    r"\b(?:signed|inked|put (?:their|his|her|its) (?:names?|signatures?) to|put pen to paper|concluded|reached|entered into|formali[sz]ed|forged|established|set up)\b"
    r"[^.;]{0,90}?\bwith\s+(?:the\s+)?",
    re.I,
)


LONG_FORM = re.compile(r"\s+(?:an|am|ob|im|in|bei|upon|on|sur|sul|del|de)\s")


def _one_town(a: str, b: str) -> bool:
    """True for two names of one town: the same, or a short form ("Moosburg an der Isar")."""
    a, b = _norm(a), _norm(b)
    short, full = sorted((a, b), key=len)
    return a == b or full.startswith(short) and LONG_FORM.match(full, len(short)) is not None


IT_BEFORE = re.compile(
    r"\b(?:it|the (?:city|town))\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:also\s+)?(?:been\s+)?$",
    re.I,
)


def partnerships(doc: Doc) -> Doc:
    """Fills the partnerships records."""
    out = []
    prev: Span | None = None
    lead: Lead | None = None
    pairs: PairLead | None = None
    for sent in doc.sentences:
        items = _with_items(doc, sent, lead) or _table_items(doc, sent, lead)
        items = items or pair_items(doc, sent, pairs)
        lead = _list_lead(doc, sent, lead)
        pairs = pair_lead(doc, sent, pairs, prev)
        for rec in (items or ties_in(doc, sent)) + _listed_ties(doc, sent, prev):
            # A visit to "its sister city" dates the visit, not the tie.
            since = rec.pop("since", None)
            undated = rec.pop("undated", None) or rec.pop("own", False)
            rec["date"] = since or (None if undated else date_of(doc, sent))
            rec.pop("own", None)
            out.append(rec)
        prev = sent
    # a party tied to itself ("Changwon's sister city ... in Changwon") is a misreading
    out = [t for t in out if not _one_town(t["a"]["name"], t["b"]["name"])]
    headline_end = doc.items[0].end if doc.items else 0
    ties = _fold_context_agreements(
        merge_ties(drop_listed_agreements(out), headline_end), doc.published
    )
    same_occasion(ties, _pair_key)
    signed = _tie_signing_date(doc)
    told = [t for t in ties if t["type"] == "sister_city" and _is_news_tie(doc, t)]
    if len(told) == 1 and not told[0]["date"]:
        told[0]["date"] = began_date(
            doc
        )  # the tie the report tells: "the twinning became official in"
    for tie in ties:
        _fill_countries(doc, tie)
        if signed and tie["type"] == "sister_city" and not tie["date"] and _is_news_tie(doc, tie):
            tie["date"] = signed
    doc.records["partnerships"] = ties
    return doc
