"""Chinese quantities: "300余人", "2800多对", "三名", "十余", "百余位", "近千", "约500人", "2.5万"."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.zh.lexicon import MEASURES
from amity.extract.zh.text import simple

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
DIGITS.update({"八": 8, "九": 9})
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUM = "〇零一二两三四五六七八九十百千万亿"
# A count: digits or Chinese numerals, an optional 万/亿, then 余/多/几 and a measure word.
NUMBER = re.compile(
    r"(?P<pre>将近|接近|近|约|大约|超过|逾|达|多达|共|近乎)?"
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?[万亿]?|[{CN_NUM}]+)"
    r"(?P<post>余|多|来|几)?"
    rf"(?P<unit>人次|[{MEASURES}]|位)?"
)
QUAL_PRE = {
    "将近": "nearly",
    "接近": "nearly",
    "近": "nearly",
    "近乎": "nearly",
    "约": "about",
    "大约": "about",
    "超过": "more_than",
    "逾": "more_than",
}
QUAL_POST = {"余": "more_than", "多": "more_than", "来": "about", "几": "more_than"}
# Chinese-numeral words that are not counts ("一带一路", "一行", "一道", "一些").
NOT_COUNT_AFTER = set("带行道些起同致直般样切定边方体心份点举下时系项贯向")


def parse_chinese(text: str) -> int | None:
    """Returns the value of a Chinese numeral ("二十三" 23, "一百零五" 105, "三万" 30000)."""
    if text and all(ch in DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(DIGITS[ch]) for ch in text))  # "二〇一八"
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch in BIG_UNITS:
            total = (total + section + (digit or 0)) * BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_number(text: str) -> float | None:
    """Returns the value of digits ("2,800", "2.5万") or Chinese numerals, or None."""
    if not text:
        return None
    scale = BIG_UNITS.get(text[-1], 1) if text[0].isdigit() else 1
    body = text[:-1] if scale > 1 else text
    if body[0].isdigit():
        try:
            return float(body.replace(",", "")) * scale
        except ValueError:
            return None
    value = parse_chinese(body)
    return None if value is None else float(value)


def _is_count(view: str, m: re.Match[str]) -> bool:
    """True if a match is a quantity, not a date part, an ordinal, an idiom or a code."""
    num, start = m.group("num"), m.start("num")
    before = view[start - 1] if start else ""
    after = view[m.end("num") : m.end("num") + 1]
    if before == "第" or after in ("年", "月", "日", "号", "届", "次", "时", "点", "周", "岁"):
        return False
    if before and (before.isdigit() or before in ".-/:"):
        return False
    if not num[0].isdigit():
        if num[0] in "十百千万亿" and not (m.group("post") or m.group("unit") or m.group("pre")):
            return False
        if num == "两" and m.group("unit") in ("国", None):
            return False  # "两国", "两市": both, not a count
        if after in NOT_COUNT_AFTER or (num == "一" and not m.group("unit")):
            return False
        return bool(m.group("unit") or m.group("post") or m.group("pre"))
    return True


def numbers(doc: Doc) -> Doc:
    """Fills "number" mentions: value, qualifier and measure word, outside dates."""
    view = simple(doc)
    in_date = bytearray(len(view) + 1)
    for d in doc.get("date"):
        in_date[d.start : d.end] = b"\x01" * (d.end - d.start)
    found = []
    for m in NUMBER.finditer(view):
        if in_date[m.start("num")] or not _is_count(view, m):
            continue
        value = parse_number(m.group("num"))
        if value is None or value <= 0:
            continue
        qualifier = QUAL_POST.get(m.group("post") or "") or QUAL_PRE.get(m.group("pre") or "")
        number = int(value) if value == int(value) else value
        data = {"qualifier": qualifier, "unit": m.group("unit") or "", "num_start": m.start("num")}
        found.append(Span(m.start(), m.end(), "number", number, data))
    doc.add("number", found)
    return doc
