"""Name folding and whole-word dictionary matching shared by countries and the gazetteer.

Text is folded one character to one character (lowercase, no diacritics, every
non-alphanumeric character a space), so offsets in the folded text are offsets in the
original. Latin keys are stored padded with spaces (" united states "): an Aho-Corasick
match on the space-padded folded text is then a whole-word match by construction, with
no per-match boundary test. Keys for CJK names are stored unpadded, as CJK text has no
spaces between words.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import ahocorasick

_ASCII_UPPER = re.compile("[A-Z]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ASCII_TABLE = {i: (chr(i).lower() if chr(i).isalnum() else " ") for i in range(128)}
_NOT_ASCII = re.compile("([^\x00-\x7f]+)")


# Letters that Unicode does not decompose into a base letter plus a mark.
_BASE_LETTERS = {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ŧ": "t", "ð": "d", "þ": "t"}


def fold_char(ch: str) -> str:
    """Returns the one-character folded form of ch: base letter lowercased, or a space."""
    if not ch.isalnum():
        return " "
    if ch.lower() in _BASE_LETTERS:
        return _BASE_LETTERS[ch.lower()]
    base = unicodedata.normalize("NFKD", ch)[0]
    low = base.lower()[0] if base.isalnum() else ch.lower()[0]
    return low


class _FoldTable(dict[int, str]):
    """A str.translate table that computes and keeps the folded form of each new character."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Returns text folded character by character (same length, same offsets)."""
    if text.isascii():
        return text.translate(_ASCII_TABLE)
    if len(text) < 64:  # a name: splitting would cost more than it saves
        return text.translate(_FOLD_TABLE)
    # str.translate maps ASCII text through a fast path, other text one dict lookup per
    # character: English text with a few curly quotes is folded run by run.
    pieces = _NOT_ASCII.split(text)
    for k in range(0, len(pieces), 2):
        pieces[k] = pieces[k].translate(_ASCII_TABLE)
    for k in range(1, len(pieces), 2):
        pieces[k] = pieces[k].translate(_FOLD_TABLE)
    return "".join(pieces)


def name_key(name: str) -> str:
    """Returns the lookup key of a name: folded, spaces collapsed, no leading "the"."""
    key = " ".join(fold(name).split())
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    return key


def is_cjk(text: str) -> bool:
    """Returns True if text contains a Han, kana or hangul character."""
    return not text.isascii() and _CJK.search(text) is not None


def upper_positions(surface: str) -> frozenset[int]:
    """Returns the offsets of the uppercase letters of a name as written in its table."""
    if surface.isascii():
        return frozenset(m.start() for m in _ASCII_UPPER.finditer(surface))
    return frozenset(i for i, ch in enumerate(surface) if ch.isupper())


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pauses the cyclic garbage collector while building large tables of acyclic objects."""
    # Each collection walks every object alive; bulk building triggers hundreds of them.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def case_ok(text: str, start: int, required: frozenset[int]) -> bool:
    """Returns True if every letter required uppercase is uppercase in text at start."""
    for i in required:
        if not text[start + i].isupper():
            return False
    return True


def strip_the(name: str) -> str:
    """Returns name without a leading "the " (any case), which text matching ignores."""
    return name[4:] if name[:4].lower() == "the " and len(name) > 4 else name


def match_key(name: str) -> str:
    """Returns the automaton key of a name: folded (same length), space-padded unless CJK."""
    key = fold(strip_the(name))
    return key if is_cjk(name) else f" {key} "


class Keys:
    """A table's keys in two Aho-Corasick automata: the space-padded ones and the others (CJK).

    An automaton tries the branches of a node one by one: the hundreds of first characters of
    CJK names would be tried at every character of an English text. Those keys get their own
    automaton, run only over text with a character outside ASCII (each of them has one).
    """

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        self.padded, self.other = ahocorasick.Automaton(), ahocorasick.Automaton()
        for key, value in entries:
            auto = self.padded if key[:1] == " " else self.other
            if key.strip() and key not in auto:  # the first value of a key wins
                auto.add_word(key, (len(key), key[0] == " ", value))
        for auto in (self.padded, self.other):
            auto.make_automaton()
        self.wide = all(not key.isascii() for key in self.other.keys())

    def __len__(self) -> int:
        return len(self.padded) + len(self.other)

    def automata(self, folded: str) -> list[ahocorasick.Automaton]:
        """Returns the automata that may find a key in the folded text."""
        if len(self.other) == 0 or (self.wide and folded.isascii()):
            return [self.padded]
        return [self.padded, self.other]


def build_automaton(entries: Iterable[tuple[str, Any]]) -> Keys:
    """Returns the automata of (key, value) pairs; the first value of a key wins."""
    return Keys(entries)


def raw_matches(keys: Keys, text: str) -> Iterator[tuple[int, int, Any]]:
    """Yields (start, end, value) of every key in text, offsets in text, padding excluded.

    The padded keys' matches come first, then the others' (each in the order they end).
    """
    if len(keys) == 0 or not text:
        return
    folded = padded_fold(text)
    for auto in keys.automata(folded):
        for end_index, (size, padded, value) in auto.iter(folded):
            # folded has one leading pad, so folded offset i is text offset i - 1
            if padded:
                yield end_index - size + 1, end_index - 1, value
            else:
                yield end_index - size, end_index, value


_LAST_FOLDED: list[tuple[str, str]] = [("", "  ")]  # the last text padded_fold folded, and its fold


def padded_fold(text: str) -> str:
    """Returns " " + fold(text) + " ", kept for the last text (the country and place finders share it)."""
    last = _LAST_FOLDED[0]  # read once: another thread may replace it meanwhile
    if last[0] is not text:
        last = _LAST_FOLDED[0] = (text, f" {fold(text)} ")
    return last[1]


def longest_first(spans: Iterable[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Returns the spans that no longer overlapping span covers, in text order."""
    out: list[tuple[int, int, Any]] = []
    cluster: list[tuple[int, int, Any]] = []
    cluster_end = -1
    # Overlaps are rare and local: resolve each run of overlapping spans on its own.
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if cluster and span[0] >= cluster_end:
            if len(cluster) == 1:
                out.append(cluster[0])
            else:
                out.extend(_resolve(cluster))
            cluster = []
        cluster.append(span)
        cluster_end = span[1] if len(cluster) == 1 else max(cluster_end, span[1])
    out.extend(_resolve(cluster))
    return out


def _resolve(cluster: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Returns the non-overlapping spans of a cluster, longest (then earliest) first kept."""
    if len(cluster) < 2:
        return cluster
    kept: list[tuple[int, int, Any]] = []
    for span in sorted(cluster, key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s[0])
