"""Exact shortcuts for the rules' regexes: the words every match must contain, checked first.

A regex that a rule runs on each sentence is only worth running where one of the words all of
its matches contain occurs. Those words are read off the regex itself (`required_words`), so a
rule edited later keeps its shortcut right. For an IGNORECASE regex they are looked up in the
lower-cased text, which is exact as long as lower-casing keeps every offset and folds letters
as IGNORECASE does (`folded`); where it does not, the regex simply runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from amity.extract import regex_words
from amity.extract.doc import Doc
from amity.extract.lowered import lowered
from amity.extract.regex_words import MAX_STRINGS, Spellings, Words, per_regex

# Characters that re.IGNORECASE folds otherwise than str.lower (or that lower to two letters).
UNFOLDABLE = re.compile("[\u0130\u0131\u017f]")
UNFOLDABLE_CHARS = "\u0130\u0131\u017f"
MIN_WORD = 3  # shorter words would let most sentences through


def folded(doc: Doc) -> str | None:
    """Returns the lower-cased text (same offsets), or None where lower-casing is not exact."""
    key = ("folded", -1)
    if key not in doc.cache:
        text = doc.text
        # str.__contains__ finds one character fast (at once where the text cannot hold it).
        unfoldable = any(ch in text for ch in UNFOLDABLE_CHARS)
        doc.cache[key] = None if unfoldable else text.lower()
    return doc.cache[key]  # type: ignore[no-any-return]


IGNORECASE = int(re.IGNORECASE)


def _ignores_case(rx: re.Pattern[str]) -> bool:
    return bool(rx.flags & IGNORECASE)


class _Index:
    """Aho-Corasick automata over the words of every regex indexed so far (one per case rule)."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...], words_of: Any) -> None:
        self.patterns = patterns
        self.ids = {id(rx) for rx in patterns}  # a Pattern's hash is computed from its whole code
        self.words_of = words_of
        self.automata: dict[bool, Any] = {}
        for ic in (True, False):
            words = {w for rx in patterns if _ignores_case(rx) == ic for w in words_of(rx)}
            if words:
                auto = ahocorasick.Automaton()
                for word in words:
                    auto.add_word(word, word)
                auto.make_automaton()
                self.automata[ic] = auto

    def occurrences(self, hay: str, ic: bool) -> dict[str, list[int]]:
        """Returns where each word of the automaton starts in the text."""
        found: dict[str, list[int]] = {}
        auto = self.automata.get(ic)
        if auto is not None:
            for last, word in auto.iter(hay):
                found.setdefault(word, []).append(last - len(word) + 1)
        return found


_indexes: dict[str, _Index] = {}


def _occurrences(doc: Doc, rx: re.Pattern[str], kind: str, words_of: Any) -> dict[str, list[int]]:
    """Returns where the words of the index `kind` start in the text (one pass per report).

    The index is rebuilt with rx's words if it did not have them yet (once per regex).
    """
    index = _indexes.get(kind)
    if index is None or id(rx) not in index.ids:
        patterns = index.patterns if index else ()
        index = _indexes[kind] = _Index(patterns + (rx,), words_of)
    ic = _ignores_case(rx)
    key = (kind, ic)
    cached = doc.cache.get(key)
    if cached is None or cached[0] is not index:
        hay = folded(doc) if ic else doc.text
        cached = doc.cache[key] = (index, index.occurrences(hay or "", ic))
    return cached[1]  # type: ignore[no-any-return]


# What a report's searches with one regex need, worked out at its first search there:
# where its required words lie (or True: always run it, False: it matches nowhere), the
# lower-cased text with the regex's case-sensitive twin ("", None: run the regex itself), and
# the sorted offsets where a match can begin (None: anywhere).
Entry = tuple[Any, str, "re.Pattern[str] | None", "list[int] | None"]


def _entry(doc: Doc, rx: re.Pattern[str]) -> Entry:
    """Returns the report's entry for rx, computed once per report."""
    entry = doc.scans.get(id(rx))
    if entry is None:
        cs = lowered(rx)
        low = folded(doc) if cs is not None else None
        spots = _spots(doc, rx)
        starts = None if spots is False else match_starts(doc, rx)
        entry = (spots, low, cs, starts) if low is not None else (spots, "", None, starts)
        doc.scans[id(rx)] = entry
    return entry


def match_starts(doc: Doc, rx: re.Pattern[str]) -> list[int] | None:
    """Returns the sorted offsets where a match of rx can begin in the text (None: anywhere).

    Trying rx only there, the leftmost offset where it matches gives the match rx.search
    gives: a long alternation run at every offset of a sentence costs far more.
    """
    return wordstarts.match_starts(doc, rx)


def may_match(doc: Doc, rx: re.Pattern[str], start: int, end: int) -> bool:
    """Returns False only if rx cannot match inside [start, end): a set of its words is not there."""
    return _may((doc.scans.get(id(rx)) or _entry(doc, rx))[0], start, end)


def _may(spots: Any, start: int, end: int) -> bool:
    """Returns False if a set of words in spots has no word lying whole inside [start, end)."""
    if spots is True or spots is False:
        return spots  # type: ignore[no-any-return]
    for starts, ends in spots:
        i = bisect_left(starts, start)
        while i < len(starts) and starts[i] < end and ends[i] > end:
            i += 1
        if i == len(starts) or starts[i] >= end:
            return False
    return True


def _spots(doc: Doc, rx: re.Pattern[str]) -> list[tuple[list[int], list[int]]] | bool:
    """Returns the sorted (starts, ends) of each set of rx's words in the text.

    True to always run rx, False where a set has no word in the whole text.
    """
    sets = required_sets(rx)
    ic = _ignores_case(rx)
    hay = (folded(doc) if ic else doc.text) if sets else None
    if hay is None:
        return True
    found = _occurrences(doc, rx, "required", _all_required)
    out = []
    for words in sets:
        present = regex_words.present(found, words)  # sets may hold hundreds of words
        if not present:
            return False
        if len(present) == 1:  # one word's starts come sorted from the automaton
            (word,) = present
            starts, size = found[word], len(word)
            out.append((starts, [s + size for s in starts]))
            continue
        pairs = sorted((s, s + len(w)) for w in present for s in found[w])
        out.append(([p[0] for p in pairs], [p[1] for p in pairs]))
    return out


def search(doc: Doc, rx: re.Pattern[str], start: int = 0, end: int | None = None) -> Any:
    """Returns rx.search(doc.text, start, end), skipping the search where it cannot match."""
    end = len(doc.text) if end is None else end
    spots, low, cs, starts = doc.scans.get(id(rx)) or _entry(doc, rx)
    if not _may(spots, start, end):
        return None
    if starts is not None:
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return _first_match(rx, doc.text, cs, low, starts[lo:hi], 0, end)
    if cs is None:
        return rx.search(doc.text, start, end)
    m = cs.search(low, start, end)
    return None if m is None else rx.match(doc.text, m.start(), end)


def search_in(doc: Doc, rx: re.Pattern[str], text: str, start: int) -> Any:
    """Returns rx.search(text) for text == doc.text[start:start+len(text)], skipped where it cannot match."""
    end = start + len(text)
    spots, low, cs, starts = doc.scans.get(id(rx)) or _entry(doc, rx)
    if not _may(spots, start, end):
        return None
    if starts is not None:
        # The text's first offset is tried too: there the text has nothing before it, so a
        # match may begin where the report has a word character before it.
        lo, hi = bisect_right(starts, start), bisect_left(starts, end)
        hay = low[start:end] if cs is not None else ""
        return _first_match(rx, text, cs, hay, [start, *starts[lo:hi]], start, len(text))
    if cs is None:
        return rx.search(text)
    m = cs.search(low[start:end])
    return None if m is None else rx.match(text, m.start())


def _first_match(
    rx: re.Pattern[str],
    text: str,
    cs: re.Pattern[str] | None,
    low: str,
    starts: list[int],
    shift: int,
    end: int,
) -> Any:
    """Returns rx.match(text, s - shift, end) at the first of the offsets s where rx matches.

    cs, if given, is tried first over low (text lower-cased): it fails faster than rx.
    """
    for s in starts:
        s -= shift
        if cs is None:
            m = rx.match(text, s, end)
            if m is not None:
                return m
        elif cs.match(low, s, end) is not None:
            return rx.match(text, s, end)
    return None


def finditer(
    doc: Doc, rx: re.Pattern[str], start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """Returns rx.finditer(doc.text, start, end), empty where it cannot match."""
    end = len(doc.text) if end is None else end
    spots, low, cs, starts = doc.scans.get(id(rx)) or _entry(doc, rx)
    if not _may(spots, start, end):
        return iter(())
    if starts is not None:
        return _matches(
            doc.text, rx, starts[bisect_left(starts, start) : bisect_left(starts, end)], end
        )
    if cs is None:
        return rx.finditer(doc.text, start, end)
    text = doc.text
    return (rx.match(text, m.start(), end) for m in cs.finditer(low, start, end))  # type: ignore[misc]


def _matches(
    text: str, rx: re.Pattern[str], starts: list[int], end: int
) -> Iterator[re.Match[str]]:
    """Returns the matches of rx tried at each offset in turn, past the end of the last match."""
    pos = 0
    for start in starts:
        if start >= pos:
            m = rx.match(text, start, end)
            if m is not None:
                pos = m.end()
                yield m


@per_regex
def required_words(rx: re.Pattern[str]) -> Words:
    """Returns words one of which every match of rx contains (lower-case if rx ignores case).

    Empty if the regex gives no such words (then it always runs).
    """
    ignore_case = _ignores_case(rx)
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
    except re.error:
        return frozenset()
    found = _required(list(tree), ignore_case)
    if not found or min(map(len, found)) < MIN_WORD:
        return frozenset()
    return _shortest(found)


def _shortest(found: Words) -> Words:
    """Returns the words without those that hold another one (found wherever the shorter one is)."""
    return frozenset(w for w in found if not any(v != w and v in w for v in found))


MAX_SETS = 3  # the most selective sets of required words a search checks
_SETS: dict[int, tuple[re.Pattern[str], tuple[Words, ...]]] = {}


def required_sets(rx: re.Pattern[str]) -> tuple[Words, ...]:
    """Returns sets of words, each holding a word every match of rx contains (best first, up to 3).

    A match needs a word of each set: where one set has none, rx cannot match.
    """
    known = _SETS.get(id(rx))
    if known is None or known[0] is not rx:  # keyed by id: hashing a Pattern hashes its code
        known = _SETS[id(rx)] = (rx, _required_sets(rx))
    return known[1]


def _required_sets(rx: re.Pattern[str]) -> tuple[Words, ...]:
    best = required_words(rx)
    if not best:
        return ()
    seen: list[Words] = []
    _required(list(sre_parse.parse(rx.pattern, rx.flags)), _ignores_case(rx), seen)
    others = {_shortest(w) for w in seen if min(map(len, w)) >= MIN_WORD} - {best}
    return (best, *sorted(others, key=_score, reverse=True)[: MAX_SETS - 1])


def _all_required(rx: re.Pattern[str]) -> Words:
    """Returns the words of all of rx's required sets."""
    return frozenset().union(*required_sets(rx))


def _score(words: Words) -> tuple[int, int]:
    return (min(map(len, words)), -len(words))


def _required(items: list[Any], ic: bool, seen: list[Words] | None = None) -> Words | None:
    """Returns the best set of words one of which any match of the sequence contains.

    seen, if given, gets every such set of the sequence's own items.
    """
    best: Words | None = None
    run: Words | None = frozenset({""})

    def consider(words: Words | None) -> None:
        nonlocal best
        if words and "" not in words and seen is not None:
            seen.append(words)
        if words and "" not in words and (best is None or _score(words) > _score(best)):
            best = words

    for op, av in items:
        spellings = _TEXT.exact(op, av, ic)
        if spellings is not None and run is not None and len(run) * len(spellings) <= MAX_STRINGS:
            run = frozenset(a + b for a, b in product(run, spellings))
            continue
        consider(run)
        run = spellings if spellings is not None else frozenset({""})
        if spellings is None:
            consider(_required_item(op, av, ic))
    consider(run)
    return best


def _required_item(op: Any, av: Any, ic: bool) -> Words | None:
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return None if (add | remove) & re.IGNORECASE else _required(list(sub), ic)
    if op is sre.ATOMIC_GROUP:
        return _required(list(av), ic)
    if op is sre.BRANCH:
        alts = [_required(list(alt), ic) for alt in av[1]]
        return None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]), ic)
    return None


def _char(code: int, ic: bool) -> str | None:
    ch = chr(code)
    if not ic:
        return ch
    # Only letters whose IGNORECASE class str.lower matches exactly (ASCII) or uncased characters.
    if ch.isascii() or (ch.lower() == ch and ch.upper() == ch):
        return ch.lower()
    return None


class _TextSpellings(Spellings):
    """Spellings as the text (or its lower-cased copy) shows them."""

    def exact(self, op: Any, av: Any, ic: bool) -> Words | None:
        """Returns every string an item can match, if they are few (None otherwise)."""
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return frozenset({""})  # zero-width: adds nothing to the matched text
        if op is sre.LITERAL:
            ch = _char(av, ic)
            return None if ch is None else frozenset({ch})
        if op is sre.IN:
            chars: list[str | None] = []
            for o, v in av:
                if o is sre.RANGE and v[1] - v[0] < 64:
                    chars.extend(_char(code, ic) for code in range(v[0], v[1] + 1))
                else:
                    chars.append(_char(v, ic) if o is sre.LITERAL else None)
            return None if None in chars or not chars else frozenset(c for c in chars if c)
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            return None if (add | remove) & re.IGNORECASE else self.exact_seq(list(sub), ic)
        return self.exact_choice(op, av, ic)


_TEXT = _TextSpellings()


@lru_cache(maxsize=64)
def spellings(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Returns every string a small regex (a list of words) matches, lower-case if it ignores case."""
    ic = bool(flags & re.IGNORECASE)
    found = _TEXT.exact_seq(list(sre_parse.parse(pattern, flags)), ic)
    if found is None or "" in found:
        raise ValueError(f"not a finite list of words: {pattern}")
    return tuple(sorted(found))


def reversed_text(doc: Doc) -> str:
    """Returns the text backwards (for reading leftwards from an offset with a regex)."""
    key = ("reversed", -1)
    if key not in doc.cache:
        doc.cache[key] = doc.text[::-1]
    return doc.cache[key]  # type: ignore[no-any-return]


def first_of(low: str, words: tuple[str, ...], start: int, end: int) -> int:
    """Returns the first offset in [start, end) where one of the words lies whole, or -1."""
    best = -1
    for word in words:
        i = low.find(word, start, end)
        if i >= 0 and (best < 0 or i < best):
            best = i
    return best


def finditer_all(doc: Doc, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Returns the matches of rx.finditer(doc.text), trying rx only where a match can begin.

    Where a match can begin is read off the regex (`first_words`): the strings every match
    starts with, found in one pass over the report. rx.match at each of those offsets in turn,
    past the end of the last match, finds what finditer finds.
    """
    firsts = first_words(rx)
    hay = (folded(doc) if _ignores_case(rx) else doc.text) if firsts else None
    if hay is None:
        yield from rx.finditer(doc.text)
        return
    text, pos = doc.text, 0
    for start in _starts(doc, rx, firsts):
        if start >= pos:
            m = rx.match(text, start)
            if m is not None:
                pos = m.end()
                yield m


def _starts(doc: Doc, rx: re.Pattern[str], firsts: Words) -> list[int]:
    """Returns the sorted offsets where one of rx's first words begins (at a word start if rx needs one)."""
    found = _occurrences(doc, rx, "first", first_words)
    starts = sorted({s for w in firsts for s in found.get(w, ())})
    if _at_word_start(rx):
        text = doc.text
        starts = [s for s in starts if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_")]
    return starts


@per_regex
def first_words(rx: re.Pattern[str]) -> Words:
    """Returns strings one of which every match of rx starts with (empty if there are none to say)."""
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
    except re.error:
        return frozenset()
    found = _TEXT.firsts(list(tree), _ignores_case(rx))
    return frozenset() if not found or "" in found else found


@per_regex
def _at_word_start(rx: re.Pattern[str]) -> bool:
    """True if rx opens with \\b and each of its first words opens with a word character."""
    tree = list(sre_parse.parse(rx.pattern, rx.flags))
    opens = bool(tree) and tree[0] == (sre.AT, sre.AT_BOUNDARY)
    return opens and all(w[0].isalnum() or w[0] == "_" for w in first_words(rx))


# wordstarts builds on this module: it is imported once this one is whole.
from amity.extract import wordstarts  # noqa: E402
