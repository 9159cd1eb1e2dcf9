"""Matches of a regex that can only begin at a word start, tried where its first words begin.

A regex that opens with \\b before a word character, or with a lookbehind that no word
character may precede ("(?<![\\w.,/-])"), matches only where a word starts. In a view of the
text where every non-word character is a space and every digit a "0" (same offsets), such
a match starts right after a space, and the strings it starts with read the same way:
"more than 40" begins with " more " whatever spaces, tabs or dashes the text has there.
One Aho-Corasick pass over that view finds where those words begin: rx.match at each such
offset in turn, past the end of the last match, finds what rx.finditer finds, without
running the regex at every position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from amity.extract import regex_words, scan
from amity.extract.alternatives import alternatives
from amity.extract.doc import Doc
from amity.extract.regex_words import Spellings, Words, per_regex
from amity.registry.matching import CharMap


def finditer_words(doc: Doc, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Returns the matches of rx.finditer(doc.text) (see the module doc)."""
    view = _view(doc, blind(rx)) if view_words(rx) else None
    if view is None:
        yield from scan.finditer_all(doc, rx)
        return
    text, pos = doc.text, 0
    for start in _starts(doc, rx, view):
        if start >= pos:
            m = rx.match(text, start)
            if m is not None:
                pos = m.end()
                yield m


def match_starts(doc: Doc, rx: re.Pattern[str]) -> list[int] | None:
    """Returns the sorted text offsets where a match of rx can begin (None if not known)."""
    view = _view(doc, blind(rx)) if view_words(rx) else None
    return None if view is None else _starts(doc, rx, view)


def _view(doc: Doc, ic: bool) -> str | None:
    """Returns " " + the text (lower-cased if ic) as the view shows it (see `seen`)."""
    key = ("word-view", int(ic))
    if key not in doc.cache:
        hay = scan.folded(doc) if ic else doc.text
        doc.cache[key] = None if hay is None else " " + _shown(hay)
    return doc.cache[key]  # type: ignore[no-any-return]


class _Index:
    """One automaton over the view words of every regex seen so far, per case rule."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns
        self.ids = {id(rx) for rx in patterns}  # a Pattern's hash is computed from its whole code
        self.automata: dict[bool, Any] = {}
        for ic in (True, False):
            words = {w for rx in patterns if blind(rx) == ic for w in view_words(rx)}
            if words:
                auto = ahocorasick.Automaton()
                for word in words:
                    auto.add_word(word.lstrip(FIRST), word)
                auto.make_automaton()
                self.automata[ic] = auto


_index: list[_Index] = [_Index(())]


def _starts(doc: Doc, rx: re.Pattern[str], view: str) -> list[int]:
    """Returns the sorted text offsets where one of rx's view words begins."""
    index = _index[0]
    if id(rx) not in index.ids:
        index = _index[0] = _Index(index.patterns + (rx,))
    ic = blind(rx)
    key = ("word-starts", int(ic))
    cached = doc.cache.get(key)
    if cached is None or cached[0] is not index:
        found: dict[ViewWord, list[int]] = {}
        for last, word in index.automata[ic].iter(view):
            # view has one leading space: its offset i is text offset i - 1, and a start
            # word's own leading space sits at the text offset just before the match (a
            # first word's mark stands for that space).
            found.setdefault(word, []).append(last - len(word) + 1)
        cached = doc.cache[key] = (index, found)
    found = cached[1]
    present = regex_words.present(found, view_words(rx))  # hundreds of words, maybe
    if len(present) == 1:
        return found[next(iter(present))]
    return sorted({s for word in present for s in found[word]})


# A string to find in the view: a start word (" held"), or a first word marked by FIRST
# ("\x01put pen"): one that can begin anywhere, even inside a word.
ViewWord = str
FIRST = "\x01"
MIN_FIRST = 3  # first words that may begin inside a word: shorter ones are found everywhere


@per_regex
def view_words(rx: re.Pattern[str]) -> frozenset[ViewWord]:
    """Returns the strings of the view one of which begins wherever a match of rx can.

    Its start words, else those of each of its alternatives (see alternatives.py) or, for
    an alternative that can begin inside a word, its first words as the view shows them.
    Empty if an alternative has neither (or only short first words).
    """
    if start_words(rx):
        return start_words(rx)
    ic = blind(rx)
    out: set[ViewWord] = set()
    for part in alternatives(rx):
        words, mark = start_words(part), ""
        if not words:
            words, mark = scan.first_words(part), FIRST
            if not words or min(map(len, words)) < MIN_FIRST:
                return frozenset()
        # A part that heeds case in a regex that does not everywhere: the view is lower-cased.
        if ic and any(len(w.lower()) != len(w) for w in words):
            return frozenset()
        out |= {mark + _shown(w.lower() if ic else w) for w in words}
    return frozenset(out)


@per_regex
def start_words(rx: re.Pattern[str]) -> Words:
    """Returns " " + each string (non-word characters as spaces) a match of rx starts with.

    Empty if rx can match other than at a word start, or its first strings are not known.
    """
    try:
        tree = list(sre_parse.parse(rx.pattern, rx.flags))
    except re.error:
        return frozenset()
    if not tree or not (_not_after_word(*tree[0]) or tree[0] == (sre.AT, sre.AT_BOUNDARY)):
        return frozenset()
    found = _SHOWN.firsts(tree, blind(rx))
    if not found or any(not w or not _is_word(w[0]) for w in found):
        return frozenset()  # \b before a non-word character: no word start there
    return frozenset(" " + w for w in found)


@per_regex
def blind(rx: re.Pattern[str]) -> bool:
    """True if rx ignores case, in all or in part ("(?i:last|next)").

    Its start words and the view are then lower-cased throughout: a part that heeds case
    finds no fewer starts that way.
    """
    return bool(rx.flags & re.IGNORECASE) or _scoped_blind(list(sre_parse.parse(rx.pattern)))


def _scoped_blind(items: list[Any]) -> bool:
    """True if a group among the items turns IGNORECASE on."""
    for op, av in items:
        if op is sre.SUBPATTERN and av[1] & re.IGNORECASE:
            return True
        for sub in _children(op, av):
            if _scoped_blind(list(sub)):
                return True
    return False


def _children(op: Any, av: Any) -> list[Any]:
    """Returns the item sequences nested in one item."""
    if op is sre.SUBPATTERN:
        return [av[3]]
    if op is sre.BRANCH:
        return list(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op is sre.GROUPREF_EXISTS:
        return [seq for seq in av[1:] if seq is not None]
    return []


def _not_after_word(op: Any, av: Any) -> bool:
    """True for a lookbehind of one character that fails after any word character."""
    if op is not sre.ASSERT_NOT or av[0] != -1:
        return False
    inner = list(av[1])
    return (
        len(inner) == 1
        and inner[0][0] is sre.IN
        and (sre.CATEGORY, sre.CATEGORY_WORD) in inner[0][1]
        and not any(o is sre.NEGATE for o, _ in inner[0][1])
    )


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _seen(ch: str) -> str:
    """Returns a character as the view shows it: a space if no word character, "0" if a digit."""
    if not _is_word(ch):
        return " "
    # Every digit \\d may match (under any flags) is one: the automaton then needs one "0"
    # where it would need hundreds of digits, each a branch to test after every space.
    return "0" if ch.isdecimal() else ch


_shown = CharMap(_seen)  # the text as the view shows it, character by character


class _ShownSpellings(Spellings):
    """Spellings as the view shows them: a space for what is no word character, "0" a digit."""

    first_round = True
    case_groups = True  # case flags: see blind

    def exact(self, op: Any, av: Any, ic: bool) -> Words | None:
        """Returns every string (as the view shows it) an item can match, if they are few."""
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return frozenset({""})
        if op is sre.LITERAL:
            ch = scan._char(av, ic)
            return None if ch is None else frozenset({_seen(ch)})
        if op is sre.IN:
            return _class(list(av), ic)
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            return self.exact_seq(list(sub), ic)  # case flags: see blind
        return self.exact_choice(op, av, ic)


_SHOWN = _ShownSpellings()


def _class(items: list[Any], ic: bool) -> Words | None:
    """Returns the characters of a class as the view shows them (None if too many to list)."""
    if items == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return frozenset({"0"})
    chars: set[str] = set()
    for o, v in items:
        if o is sre.CATEGORY and v in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
            chars.add(" ")  # no word character in it
        elif o is sre.RANGE and v[1] - v[0] < 64:
            found = [scan._char(code, ic) for code in range(v[0], v[1] + 1)]
            if None in found:
                return None
            chars.update(_seen(c) for c in found if c)
        elif o is sre.LITERAL and (ch := scan._char(v, ic)) is not None:
            chars.add(_seen(ch))
        else:
            return None
    return frozenset(chars) or None
