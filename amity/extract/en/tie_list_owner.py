"""Whose partners a list names and where the list ends: "X's sister cities A, B", "the town"
or "it" after "Besides Niepołomice,", a partner "which had been twinned with" another, and a
name that opens a clause of its own. `tie_pairs` reads a sentence's lists with these."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.en.party_names import _parties
from amity.extract.en.tie_context import _focus, _focus_named

JOINED = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*|,?\s+and\s+(?:with\s+)?)")


def _joined_run(doc: Doc, tail: list[Span]) -> list[Span]:
    """Returns the first partners of a list and those joined to them ("A (1991) and B"), up to a
    name told otherwise ("with Oulu, for example, produced the Smart Astana project")."""
    run = tail[:1]
    for n in tail[1:]:
        if not JOINED.fullmatch(doc.text, run[-1].end, n.start):
            break
        run.append(n)
    return run


# "The partnership with Dreux was sealed in 1992", "the ties with Heidelberg (1991)": the
# report's own town's ties, told without naming it
THE_TIES = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")


TWINNED_WITH = re.compile(
    r"\b(?:which|that)\s+(?:is|was|has been|had been|have been)\s+(?:also\s+|already\s+)?"
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
    r"\b[Tt]he\s+(region|province|prefecture|oblast|state|county|district|city|town|municipality)\s+"
    r"(?:also\s+|already\s+)?(?:has|have|had|is|was|maintains|signed)\b"
)


def _kind_subject(doc: Doc, sent: Span, head: list[Span], before: int) -> Span | None:
    """Returns the party "the region" of "Besides Shaanxi, the region has an agreement with"
    refers to; "the town" is the one named before it, or else the report's own ("Besides
    Niepołomice, the town is twinned with")."""
    text = doc.text[sent.start : sent.end]
    named = THE_KIND_DOES.search(text, head[-1].end - sent.start if head else 0, before)
    if named is None:
        return None
    word = named.group(1).lower()
    if word not in ("city", "town", "municipality"):
        return _focus_named(doc, sent.start, word)
    if head and not BESIDES.match(text):
        return head[0]  # "Colchester's society says the town has three partners"
    return _focus(doc, sent.start)  # "In June the city signed agreements with Omsk"


BESIDES = re.compile(r"\W*(?:Besides|Apart from|Aside from|In addition to)\s")
# "Besides Sannohe,": the clause that sets a partner aside
BESIDES_CLAUSE = re.compile(BESIDES.pattern + r"[^,;]{1,60},")


def _the_ties_with(text: str, mark: re.Match[str]) -> bool:
    """True for "the partnership with A", "the ties with B": a town's ties, the town unnamed."""
    return bool(
        re.match(r"(?:partnerships?|ties|twinnings?)\s+with\b", mark.group(), re.I)
        and THE_TIES.search(text, 0, mark.start())
    )


def _own_town_subject(
    doc: Doc, sent: Span, mark: re.Match[str], parties: list[Span], besides: re.Match[str] | None
) -> Span | None:
    """Returns the report's own town as whose partners a list names: "from our partner towns A",
    "Besides Saitama, it is twinned with A" (unless it is the one set aside), "The partnership
    with Dreux was sealed in 1992" with no town named before it."""
    from amity.extract.en.own_ties import _home_party

    text = doc.text[sent.start : sent.end]
    head = [n for n in parties if n.end <= sent.start + mark.start()]
    if besides is not None:
        head = [n for n in head if n.start >= sent.start + besides.end()]
    it_after = besides is not None and re.match(
        r"\s*(?:it|the\s+(?:city|town|municipality))\b", text[besides.end() :]
    )
    ours = re.match(r"our\b", mark.group(), re.I)
    if not (ours or it_after or not head and _the_ties_with(text, mark)):
        return None
    home = _home_party(doc, sent.start + mark.start())
    if besides is None or home is None or not (ours or it_after):
        return home
    aside = {str(n.value) for n in parties if n.end <= sent.start + besides.end()}
    if str(home.value) not in aside:
        return home
    focus = _focus(doc, sent.start)  # the report's own is the one set aside
    return None if focus is None or str(focus.value) in aside else focus
