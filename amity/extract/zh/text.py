"""The view of a Chinese report that the zh components read: simplified, half-width, same offsets.

Every rule of amity.extract.zh matches on `simple(doc)`: the text with traditional characters
mapped to simplified ones and full-width ASCII forms to ASCII, one character for one, so that
an offset in the view is an offset in the report. Records take their words from `doc.text`,
as the report writes them.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from amity.extract.doc import Doc, Span

# Characters that end a clause or list item in Chinese (both widths, as the view is half-width).
CLAUSE_END = ',;:、。!?()"“”‘’《》「」『』\n'
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_RUN = re.compile(f"[{HAN}]+")
_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALF[0x3000] = 0x20  # ideographic space


@cache
def fold_table() -> dict[int, int]:
    """Returns the str.translate table: traditional to simplified (one to one), full to half width."""
    table = dict(_HALF)
    path = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        trad, _, simple = line.partition("\t")
        first = simple.split(" ")[0] if simple else ""
        # Only single characters keep offsets; the first reading is the common one.
        if len(trad) == 1 and len(first) == 1 and trad != first:
            table[ord(trad)] = ord(first)
    for trad, simple in EXTRA.items():
        table[ord(trad)] = ord(simple)
    return table


# Variants OpenCC leaves alone that Chinese reports from Hong Kong, Taiwan and Japan use.
EXTRA = dict(
    zip(
        "裏於臺綫峯県広沢浜鉄桜恵斎辺栄亜仏関徳歩黒児岡団剣満髙",
        "里于台线峰县广泽滨铁樱惠斋边荣亚佛关德步黑儿冈团剑满高",
        strict=True,
    )
)


def fold(text: str) -> str:
    """Returns the text simplified and half-width, character for character."""
    return text.translate(fold_table())


def simple(doc: Doc) -> str:
    """Returns the folded view of the report (computed once per Doc)."""
    key = ("zh.simple", 0)
    view = doc.cache.get(key)
    if view is None:
        view = doc.cache[key] = fold(doc.text)
    return str(view)


def sentences(doc: Doc) -> list[Span]:
    """Returns the report's sentences (the segmenter's), or one span of the whole text."""
    return doc.sentences or [Span(0, len(doc.text), "sentence")]


def clause_bounds(
    view: str, pos: int, start: int, end: int, marks: str = CLAUSE_END
) -> tuple[int, int]:
    """Returns the clause (between two of the marks) of [start, end) that holds pos."""
    lo = pos
    while lo > start and view[lo - 1] not in marks:
        lo -= 1
    hi = pos
    while hi < end and view[hi] not in marks:
        hi += 1
    return lo, hi


def is_han(ch: str) -> bool:
    """Returns True for a Han character."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
