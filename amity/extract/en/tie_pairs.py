"""Tie pairs: the pairs of parties one sentence ties. This module holds the reading of a
sentence's pairs ("between A and B", "A-B", "B has been A's sister city", "signed by A and B",
"A with B, C with D", "A and B are sister cities of C") and of a party's list of partners ("its
twin towns A, B and C"), with the marks such lists follow.
"""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.agreements import ALSO, BECAME_VERB, DOCUMENT, signers
from amity.extract.en.cues import TIE
from amity.extract.en.parties import (
    _clause_subject,
    _first_with_rest,
    _pairs_before,
    _without_qualifiers,
)
from amity.extract.en.party_names import _parties
from amity.extract.en.tie_context import (
    PRONOUN,
    _context_pair,
    _focus,
    _focus_named,
    _host_pair,
    _journey_pair,
    _referred_pair,
    _signers_bodies,
    _two_schools_before,
)
from amity.extract.en.tie_list_owner import (
    BESIDES_CLAUSE,
    _joined_run,
    _kind_subject,
    _list_owner,
    _list_run,
    _own_town_subject,
    _the_ties_with,
    _with_relatives,
)
from amity.extract.en.tie_types import AGREEMENT, SCHOOL, THE_OTHERS

LIST_MARK = re.compile(
    r"\b(?:twin towns|sister cities|partner towns)\s+[-–—]\s+|\b(?:(?:sister|twin|partner)[\s-](?:city|town) status with|partners are|partners include|twinned with|twinning with|linked (?:in friendship )?with|(?:its|their|our|the|[A-Z][\w-]+['’]s) (?:other )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )?(?:[A-Z][a-z]+ |(?:common|joint|shared|mutual) )?(?:sister|twin|partner|friendship)[\s-](?:cities|towns)(?:\s*[-–—,:])?(?=\s+(?-i:[A-Z]))|relations?(?:hips?)? with|ties with|links? with|partnerships? with|agreements? with|sister cit(?:y|ies) (?:of|with|in)|twin (?:towns?|cit(?:y|ies)) (?:of|with)|partner cit(?:y|ies) (?:of|with)|namely|include|includes|including|among them|(?<=ies, |wns, )alongside|(?<=cities |.towns )is|are|were)\s+(?:the\s+)?|:\s*",
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


OF_OWNER = re.compile(r"(?:sister|twin|partner)\s+(?:cit|town)\w*\s+of\b", re.I)
NEW_PREDICATE = re.compile(r",\s+and\s+(?:is|are|was|were|has|have|had)\b")
AMONG_PARTNERS = re.compile(
    r"\W*Among\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:partners|twins|sister cities|twin cities|twin towns)\b"
)


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


# "International Relations Division": an office's name, no link
LINK_WORD = re.compile(
    r"\b(?:partnerships?|links?|relationships?|(?<!International )(?<!Foreign )(?<!External )relations|"
    r"ties|pairs|twinning|friendship|linked (?:up )?with)\b",
    re.I,
)


# "The town has four friendship towns: A, B": the report's own place lists its partners
THE_PLACE_HAS = re.compile(
    r"\b[Tt]he (?:city|town|district|county|shire|municipality)\s+(?:now\s+|also\s+)?"
    r"(?:has|had|maintains|keeps)\b"
)


# "Guangzhou's sister cities": a list mark that names whose partners follow
OWNED_MARK = re.compile(r"[A-Z][\w-]+['’]s\s")


def _list_mark(doc: Doc, text: str, sent: Span, parties: list[Span]) -> re.Match[str] | None:
    """Returns the mark a list of partners follows; a lead-in label's colon ("A little history:",
    naming no party before it) is none."""
    marks = list(LIST_MARK.finditer(text))
    for k, mark in enumerate(marks):
        bare = mark.group().strip().lower()
        if bare == "is" and not AMONG_PARTNERS.match(text):
            continue  # "Among its twin cities is Khabarovsk", not "Boulder Sister Cities is run"
        later = marks[k + 1 :]
        if bare in ("are", "were", ":") and any(OWNED_MARK.match(m.group()) for m in later):
            continue  # "the Estonians are not the only guests: Ahrensburg's other partner towns, A"
        if not any(n.end <= sent.start + mark.start() for n in parties):
            if bare == ":" and not THE_PLACE_HAS.search(text, 0, mark.start()):
                continue
            if bare in ("are", "were") and any(OF_OWNER.match(m.group()) for m in later):
                continue  # "Among the guests were delegations from the twin cities of A, B"
        return mark
    return None


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
    r"municipality|commune|village|(?P<many>cities|towns|regions|provinces|municipalities|communes))\b"
)
MEMBER_GAP_BEFORE = re.compile(
    r"\s*(?:,\s*(?:which|that)\s*|\s+that\s*"
    r"|,\s+(?:the|a|an)\s+[^,;]{0,60}?\b(?:city|town|region|municipality|capital|prefecture)\s+(?:that|which)\s*"
    r"|,\s+(?:a|an)\s+[^,;()]{0,80},\s*)?"  # "Redon, a small town in Brittany, has been"
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
    for k in range(len(before) - 1, -1, -1):
        if MEMBER_GAP_BEFORE.fullmatch(doc.text, before[k].end, m.start()):
            if owner is None or owner is before[k]:
                return []
            members = [before[k]]
            while (
                m.group("many")
                and k > 0
                and ITEM_GAP.fullmatch(doc.text, before[k - 1].end, before[k].start)
            ):
                k -= 1  # "A, B and C are Keçiören's sister municipalities"
                members.insert(0, before[k])
            return [(owner, member) for member in members]
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


# "between A and B", "the twinning of A and B"
BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?|\b(?:twinning|partnership|friendship|link)\s+of\s+(?=[A-Z])"
)
SIGNATORY_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s+and\s+(?:the\s+)?")


AMONG_THEM = re.compile(
    r"\b(?:among them|including|such as|namely)\s+(?:the\s+)?"
    r"|\bpairs\s+of\s+[^—–:;]{0,80}?\s*[—–:]\s*(?:the\s+)?",  # "five pairs of sister cities — A and B"
    re.I,
)


def _sides(doc: Doc, a: Span, b: Span) -> str:
    """Returns "two" for places in two countries, "one" for places in one, else "unknown"."""
    ca = next((p.data.get("country") for p in doc.spanning("place", a.start, a.end)), None)
    cb = next((p.data.get("country") for p in doc.spanning("place", b.start, b.end)), None)
    return "unknown" if not (ca and cb) else "two" if ca != cb else "one"


def _tie_pairs(doc: Doc, sent: Span, kind: str) -> list[tuple[Span, Span]]:
    text = doc.text[sent.start : sent.end]
    parties = _parties(doc, sent.start, sent.end)
    owned = _owned_tie(doc, sent, parties) or _signed_by(doc, sent, parties)
    if owned:
        return owned
    joined = _hyphen_pair(doc, parties, sent)
    if joined:
        return [joined]
    among = AMONG_THEM.search(text)
    if among:
        # "cities in Hyogo, among them Seattle and Kobe, partners since 1957, and Spokane and
        # Nishinomiya": pairs named two by two
        pairs = _pairs_before(doc, [n for n in parties if n.start >= sent.start + among.end()])
        sides = [_sides(doc, a, b) for a, b in pairs]
        if sides.count("two") >= 2 and "one" not in sides:
            return pairs
    between = BETWEEN.search(text)
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
    besides = BESIDES_CLAUSE.match(text)
    if besides:  # "Besides Sannohe, they include Gore": the partner set aside is no owner
        head = [n for n in head if n.start >= sent.start + besides.end()]
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
        subject = _kind_subject(doc, sent, head, mark.start()) or subject
        pronoun = PRONOUN.search(text)
        if subject is None and pronoun:
            subject = _focus_named(doc, sent.start, pronoun.group().split()[-1].lower())
        if subject is None:
            subject = _own_town_subject(doc, sent, mark, parties, besides)
            if subject is not None and not head and _the_ties_with(text, mark):
                tail = _joined_run(doc, tail)  # "The partnership with Oulu, for example, ..."
        if subject is None and (AMONG_PARTNERS.match(text) or THE_OTHERS.match(text)):
            subject = _focus(doc, sent.start)  # "Among the partners he named were A and B"
        if subject is None and (
            pronoun
            or re.search(
                r"\b(?:its|their|our)\b|\bthe (?:city|town|district|county|shire|council)['’]s\b"
                # "Since then we have signed sister city agreements with A, B and C"
                r"|\bwe\s+(?:have\s+|had\s+)?(?:also\s+)?(?:signed|twinned|formed|established|concluded)\b",
                text[: mark.start()],
                re.I,
            )
            or (mark.group().strip() == ":" and THE_PLACE_HAS.search(text, 0, mark.start()))
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


IT_BEFORE = re.compile(
    r"\b(?:it|the (?:city|town))\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:also\s+)?(?:been\s+)?$",
    re.I,
)
