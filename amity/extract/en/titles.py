"""Role titles in a sentence's tokens: "Executive Vice Chairman", "Vice-Premier", "Councillors"."""

from __future__ import annotations

from amity.extract.en.lexicon import TITLE_HEADS, TITLE_WORDS

Tok = tuple[int, int, str]
MODIFIERS = {
    "former",
    "then",
    "the",
    "acting",
    "honorary",
    "incumbent",
    "newly",
    "elected",
    "current",
    "outgoing",
    "late",
}
# Qualifiers of a title only in lower case: "Lund's international secretary", "its press
# officer" (capitalized, they open bodies' names: "Sister Cities International")
LOWER_TITLE_WORDS = {"international", "press", "communications", "protocol"}
TITLE_PREFIXES = {"second", "third", "principal", "senior", "junior", "first"}
HYPHEN_PREFIXES = ("vice-", "deputy-", "co-", "ex-", "assistant-", "then-")
# Plural heads: "Councillors Jason Shepherd and Carol James" gives each the singular title.
PLURAL_HEADS = {
    "leaders": "leader",
    "mayors": "mayor", "councillors": "councillor", "councilors": "councilor",
    "presidents": "president", "governors": "governor", "ministers": "minister",
    "members": "member", "chairmen": "chairman", "ambassadors": "ambassador",
    "directors": "director", "deputies": "deputy", "akims": "akim", "khokims": "khokim",
    "officials": "official", "representatives": "representative", "delegates": "delegate",
    "councilmembers": "councilmember", "commissioners": "commissioner", "aldermen": "alderman",
    "trustees": "trustee", "senators": "senator", "selectmen": "selectman",
    "secretaries": "secretary", "consuls": "consul", "supervisors": "supervisor",
    "superintendents": "superintendent", "principals": "principal", "coordinators": "coordinator",
    "chairs": "chair", "headteachers": "headteacher", "teachers": "teacher",
    "students": "student", "pupils": "pupil", "chaperones": "chaperone", "veterans": "veteran",
    "volunteers": "volunteer", "interpreters": "interpreter",
}  # fmt: skip


def _hyphened(low: str, words: set[str]) -> bool:
    """True for "vice-premier": a prefix joined to a word of the set."""
    return low.startswith(HYPHEN_PREFIXES) and low.split("-", 1)[1] in words


_TITLE_WORD: dict[str, bool] = {}  # is_title_word's answers: tokens recur, sentence after sentence
MEMO_SIZE = 50_000


def is_title_word(tok: str) -> bool:
    """True for a word that can be part of a role title."""
    found = _TITLE_WORD.get(tok)
    if found is None:
        if len(_TITLE_WORD) >= MEMO_SIZE:
            _TITLE_WORD.clear()
        low = tok.lower()
        found = (
            low in TITLE_WORDS
            or low in PLURAL_HEADS
            or _hyphened(low, TITLE_WORDS)
            or tok in LOWER_TITLE_WORDS
        )
        _TITLE_WORD[tok] = found
    return found


def is_head(tok: str) -> bool:
    """True for a word that can end a role title (what the role is)."""
    low = tok.lower()
    return low in TITLE_HEADS or _hyphened(low, TITLE_HEADS)


def title_runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """Returns [start, end) token ranges of role titles ("Executive Vice Chairman")."""
    runs, i = [], 0
    while i < len(toks):
        if not is_title_word(toks[i][2]):
            i += 1
            continue
        j = i
        while j < len(toks) and (
            is_title_word(toks[j][2])
            or (
                toks[j][2] == "and"
                and j + 1 < len(toks)
                and is_title_word(toks[j + 1][2])
                and (
                    is_head(toks[j + 1][2])
                    or toks[j + 1][2].lower()
                    in {"vice", "deputy", "executive", "first", "chief", "party", "assistant"}
                )
            )
        ):
            j += 1
        last = j - 1
        while last >= i and not is_head(toks[last][2]):
            last -= 1
        if last >= i and _learner_in_a_noun(toks, last):
            last = i - 1  # "student exchange co-ordinator", "Student Goodwill Tour": no title
        if last >= i:
            start = i
            while start < last and toks[start][2].lower() in MODIFIERS:
                start += 1
            start = _after_headless_and(toks, start, last)
            while start > 0 and toks[start - 1][2].lower() in TITLE_PREFIXES:
                start -= 1  # "Second Secretary", "Principal Advisor"
            runs.append((start, last + 1))
        i = max(j, i + 1)
    return runs


LEARNERS = {"student", "pupil"}
AFTER_LEARNER = {"from", "at", "of", "in", "with", "and", "who", "was", "is", "has", "had", "said"}


def _learner_in_a_noun(toks: list[Tok], last: int) -> bool:
    """True for "student" that qualifies the noun after it rather than naming a role."""
    if toks[last][2].lower() not in LEARNERS or last + 1 >= len(toks):
        return False
    nxt = toks[last + 1][2]
    if nxt.isalpha() and nxt.islower():
        return nxt not in AFTER_LEARNER
    return toks[last][2][0].isupper() and nxt[:1].isupper()


def _after_headless_and(toks: list[Tok], start: int, last: int) -> int:
    """Returns where a title starts past "Parliament and" (no role before the "and")."""
    for k in range(start, last):
        if is_head(toks[k][2]):
            return start
        if toks[k][2] == "and":
            return k + 1
    return start
