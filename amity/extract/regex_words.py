"""What a parsed regex matches and begins with, as strings: the analysis scan.py and
wordstarts.py share. Each says how one item reads (`exact`) in the view of the text it
searches; the rest (sequences, first words and their lengthening) is the same for both."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any, TypeVar

Words = frozenset[str]
MAX_STRINGS = 256  # above this many spellings a run of the regex is cut in two
T = TypeVar("T")
MEMO_SIZE = 4096  # regexes remembered by a memo: those of the rules, and more


def per_regex(func: Callable[[re.Pattern[str]], T]) -> Callable[[re.Pattern[str]], T]:
    """Returns func remembering its answer per regex, kept by the regex's id.

    functools.lru_cache hashes its argument at every call, and a Pattern's hash is computed
    from its whole code: microseconds for a long alternation, at each search.
    """
    known: dict[int, tuple[re.Pattern[str], T]] = {}

    def memo(rx: re.Pattern[str]) -> T:
        hit = known.get(id(rx))
        if hit is None or hit[0] is not rx:  # the regex is kept: its id is not given again
            if len(known) >= MEMO_SIZE:
                known.clear()
            hit = known[id(rx)] = (rx, func(rx))
        return hit[1]

    memo.__doc__, memo.__name__, memo.__wrapped__ = func.__doc__, func.__name__, func  # type: ignore[attr-defined]
    return memo


def present(found: dict[Any, Any], words: frozenset[Any]) -> frozenset[Any] | set[Any]:
    """Returns the words that are keys of found, looked up from the smaller of the two.

    (found.keys() & words looks up every one of the words, however few keys found has.)
    """
    return words.intersection(found) if len(found) < len(words) else found.keys() & words


class Spellings:
    """The strings the items of a parsed regex match and start with, in one view of the text."""

    # A first word is lengthened by a repeat's first round ("a+b" starts with "a").
    first_round = False
    # Groups that set case flags of their own are read into (the caller has judged the flags).
    case_groups = False

    def exact(self, op: Any, av: Any, ic: bool) -> Words | None:
        """Returns every string one item can match, if they are few (None otherwise)."""
        raise NotImplementedError

    def exact_choice(self, op: Any, av: Any, ic: bool) -> Words | None:
        """Returns every string an alternation or an optional item matches, read the same in
        every view (None for any other item, or too many strings)."""
        if op is sre.BRANCH:
            alts = [self.exact_seq(list(alt), ic) for alt in av[1]]
            if any(a is None for a in alts) or sum(map(len, alts)) > MAX_STRINGS:  # type: ignore[arg-type]
                return None
            return frozenset().union(*alts)  # type: ignore[arg-type]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] == 1:
            inner = self.exact_seq(list(av[2]), ic)
            return None if inner is None else inner | ({""} if av[0] == 0 else set())
        return None

    def exact_seq(self, items: list[Any], ic: bool) -> Words | None:
        """Returns every string a sequence of items can match, if they are few."""
        out: Words = frozenset({""})
        for op, av in items:
            spellings = self.exact(op, av, ic)
            if spellings is None or len(out) * len(spellings) > MAX_STRINGS:
                return None
            out = frozenset(a + b for a, b in product(out, spellings))
        return out

    def firsts(self, items: list[Any], ic: bool) -> Words | None:
        """Returns the strings every match of the sequence starts with ("" if it can match nothing)."""
        if not items:
            return frozenset({""})
        (op, av), rest = items[0], items[1:]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return self.firsts(rest, ic)  # zero-width: the match starts with what follows
        head = self.exact(op, av, ic)
        if head is not None and "" not in head:
            return self.extended(head, rest, ic)
        if head is None:
            head = self.firsts_item(op, av, ic)
        if head is None or "" not in head:
            return head
        after = self.firsts(rest, ic)
        return None if after is None else (head - {""}) | after

    def extended(self, head: Words, rest: list[Any], ic: bool) -> Words:
        """Returns head lengthened by the exact items that follow it."""
        for op, av in rest:
            once = (
                self.first_round
                and op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
                and av[0] >= 1
            )
            spellings = self.exact_seq(list(av[2]), ic) if once else self.exact(op, av, ic)
            if spellings is None or len(head) * len(spellings) > MAX_STRINGS:
                break
            if self.first_round and "" in spellings:
                break
            head = frozenset(a + b for a, b in product(head, spellings))
            if once:
                break  # what the other rounds match is not known
        return head

    def firsts_item(self, op: Any, av: Any, ic: bool) -> Words | None:
        """Returns the strings a group, branch or repeat starts with."""
        if op is sre.SUBPATTERN:
            _, add, remove, sub = av
            if not self.case_groups and (add | remove) & re.IGNORECASE:
                return None
            return self.firsts(list(sub), ic)
        if op is sre.ATOMIC_GROUP:
            return self.firsts(list(av), ic)
        if op is sre.BRANCH:
            alts = [self.firsts(list(alt), ic) for alt in av[1]]
            return None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            body = self.firsts(list(av[2]), ic)
            return None if body is None else body | ({""} if av[0] == 0 else set())
        return None
