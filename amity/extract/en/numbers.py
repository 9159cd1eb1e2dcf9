"""A grammar of English quantities: "more than 2,800", "a three-member delegation", "some 40"."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.wordstarts import finditer_words

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a pair of": 2,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
QUALIFIERS = [
    (
        "more_than",
        r"more\s+than|over|above|upwards\s+of|in\s+excess\s+of|at\s+least|no\s+less\s+than|not\s+less\s+than|exceeding|beyond|more\s+than\s+and",
    ),
    (
        "nearly",
        r"nearly|almost|close\s+to|just\s+under|nearing|up\s+to|under|less\s+than|fewer\s+than",
    ),
    (
        "about",
        r"about|around|approximately|roughly|some|an\s+estimated|estimated|circa|approx\.?|nigh\s+on",
    ),
]
WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a\s+dozen|dozen|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|a\s+pair\s+of)"
    r"(?:\s+(?:hundred|thousand|million)(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))?)?"
)
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
QUAL = "|".join(f"(?P<{name}>{rx})" for name, rx in QUALIFIERS)
NUMBER = re.compile(
    rf"(?<![\w.,/-])(?:(?:{QUAL})\s+)?(?P<num>{DIGITS}|{WORD_NUM})"
    rf"(?P<scale>\s*(?:million|billion|thousand|hundred|mln|bn|k)\b)?(?P<pct>\s*(?:%|percent|per\s+cent))?"
    rf"(?P<member>-(?:member|person|strong|people|man))?(?![\w]|,\d|\.\d)",
    re.I,
)
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)


def word_value(words: str) -> float | None:
    """Returns the value of a number written in words ("twenty-one", "three hundred")."""
    total, current = 0.0, 0.0
    for w in re.split(
        r"[\s-]+",
        words.lower()
        .replace("a dozen", "dozen")
        .replace("a couple of", "two")
        .replace("a pair of", "two"),
    ):
        if w in ("and", "a", "of"):
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1.0) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
    return total + current


def parse_number(m: re.Match[str]) -> float | None:
    """Returns the value of a NUMBER match, its scale word applied."""
    raw = m.group("num")
    if raw[0].isdigit():
        value: float | None = float(raw.replace(",", ""))
    else:
        value = word_value(raw)
    if value is None:
        return None
    scale = (m.group("scale") or "").strip().lower()
    mult = {
        "million": 1e6,
        "mln": 1e6,
        "billion": 1e9,
        "bn": 1e9,
        "thousand": 1e3,
        "k": 1e3,
        "hundred": 100,
    }
    return value * mult.get(scale, 1)


def qualifier_of(m: re.Match[str]) -> str | None:
    """Returns more_than, nearly, about or None for the words before the number."""
    for name, _ in QUALIFIERS:
        if m.group(name):
            return name
    return None


# Telephone numbers are no quantities: "on 03 5036 2333", "(707) 342-6036", "01303 892621",
# "+44 ..." (the whole number is skipped, not only the part that opens it)
PHONE = re.compile(
    r"\+\d[\d\s().-]*\d|\b0\d{3,}(?:[\s-]\d{3,})?\b"
    r"|(?:\(\d{2,5}\)\s?|\b\d{2,5}[\s.-])\d{3,4}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b"
)


def find_numbers(text: str, skip: list[Span] | None = None, doc: Doc | None = None) -> list[Span]:
    """Returns the quantity mentions of the text, outside the given spans (dates); doc: its Doc."""
    doc = doc if doc is not None and doc.text is text else Doc(text=text)
    blocked = bytearray(len(text))
    phones = [(m.start(), m.end()) for m in PHONE.finditer(text)]
    for lo, hi in [(s.start, s.end) for s in skip or []] + phones:
        blocked[lo:hi] = b"\x01" * (hi - lo)
    out = []
    for m in finditer_words(doc, NUMBER):
        start = m.start("num")
        if any(blocked[start : m.end("num")]):
            continue
        value = parse_number(m)
        if value is None:
            continue
        raw = m.group("num")
        word = not raw[0].isdigit()
        if word and raw.lower() == "one" and not m.group("member"):
            continue  # "one of", "one-stop": rarely a count worth keeping
        data = {
            "qualifier": qualifier_of(m),
            "percent": bool(m.group("pct")),
            "member": bool(m.group("member")),
            "word": word,
            "num_start": start,
        }
        out.append(
            Span(m.start(), m.end(), "number", int(value) if value.is_integer() else value, data)
        )
    return out


def numbers(doc: Doc) -> Doc:
    """Fills the "number" mentions (quantities outside dates)."""
    doc.add("number", find_numbers(doc.text, doc.get("date"), doc))
    return doc
