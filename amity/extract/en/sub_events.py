"""Sub-forums and panels a forum report lists after a lead ("the conference ran in three thematic
panels:", "the delegates split into three sub-forums:"): a forum event each, held where and when
the forum was, or on the day the lead gives."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span

PARTS = (
    r"(?:panel\s+sessions|panels|sub-?forums|(?:parallel\s+|breakout\s+)?sessions|sections|"
    r"round\s*tables|workshops)"
)
# "ran in three thematic panels:", "was built around three panel sessions: "A", "B" and "C""
LEAD = re.compile(r"\b(?:[\w-]+\s+){0,2}" + PARTS + r"\s*:", re.I)
# "- the local government panel, devoted to ...", "Sub-forum 1, "Tourism", compared ..."
ITEM = re.compile(
    r"[ \t]*(?:[-–—•*·][ \t]+)?(?:the\s+)?(?P<head>(?:[\w-]+\s+){0,4}?(?:panel|sub-?forum|session|"
    r"section|round\s*table|workshop)(?:\s+\d{1,2})?)\b",
    re.I,
)
# "On July 31, the section on youth policy and migration will discuss ...", "The same day, the
# panel on tourism met ...": a part of the forum as a sentence's subject
SUBJECT = re.compile(
    r"\W*(?:(?:On|By|In)\s+[^,]{3,30},\s+|The\s+same\s+day,\s+|Meanwhile,\s+)?the\s+"
    r"(?P<head>section|panel|sub-?forum|round\s*table|workshop)\s+(?P<topic>(?:on|devoted\s+to)\s+"
    r"[^,;]{3,80}?)\s+(?:will\s+|would\s+)?(?:discuss|discussed|met|meet|meets|focus|focused|"
    r"looked|look|examined|examine|considered|consider|heard|hear|was\s+held|is\s+held|took\s+place)\b",
    re.I,
)
ONE_ON = re.compile(
    r"\b(?P<parts>" + PARTS + r"),\s+one\s+(?:on|devoted\s+to)\s+(?P<a>[^,;.]{3,100}?)\s+and\s+"
    r"(?:one|another|the\s+other)\s+(?:on|devoted\s+to)\s+(?P<b>[^,;.]{3,100}?)\s*(?=[.;]|$)",
    re.I,
)
QUOTED = re.compile(r"[\"“]([^\"”\n]{3,120})[\"”]")
QUOTED_AFTER = re.compile(r",?\s*[\"“]([^\"”\n]{3,120})[\"”]")
MAX_ITEMS = 8


def sub_forums(
    doc: Doc, records: list[dict[str, Any]], mains: list[Span]
) -> list[tuple[Span, dict[str, Any]]]:
    """Returns (sentence, record) of the parts a forum's lead lists, each a forum of its own."""
    out: list[tuple[Span, dict[str, Any]]] = []
    sentences = doc.sentences
    for i, sent in enumerate(sentences):
        subject = SUBJECT.match(doc.text, sent.start, sent.end)
        forum = _forum_before(records, mains, sent.start) if subject else None
        if subject and forum is not None:
            # "On July 31, the section on youth policy will discuss ...": one part, told alone
            title = f"{subject.group('head')} {subject.group('topic')}".strip()
            same = subject.group().lstrip().lower().startswith("the same day")
            day = (out[-1][1]["start"], None) if same and out else _lead_day(doc, sent)
            out.append((sent, _part(forum, title, day)))
            continue
        ones = ONE_ON.search(doc.text, sent.start, sent.end)
        forum = _forum_before(records, mains, sent.start) if ones else None
        if ones and forum is not None:
            # "followed by two sub-forums, one on A and one on B"
            head = "sub-forum" if "forum" in ones.group("parts").lower() else "session"
            for topic in (ones.group("a"), ones.group("b")):
                out.append(
                    (sent, _part(forum, f"{head.capitalize()} on {topic}", _lead_day(doc, sent)))
                )
            continue
        lead = scan.search(doc, LEAD, sent.start, sent.end)
        forum = _forum_before(records, mains, sent.start) if lead else None
        if lead is None or forum is None:
            continue
        day = _lead_day(doc, sent)
        named = QUOTED.findall(doc.text, lead.end(), sent.end)
        if named:
            out.extend((sent, _part(forum, name, day)) for name in named[:MAX_ITEMS])
            continue
        for item in sentences[i + 1 : i + 1 + MAX_ITEMS]:
            part = _item_title(doc, item)
            if part is None:
                break
            out.append((item, _part(forum, part, day)))
    return out


def _forum_before(
    records: list[dict[str, Any]], mains: list[Span], start: int
) -> dict[str, Any] | None:
    """Returns the last forum told before a lead, if any."""
    told = [r for r, m in zip(records, mains, strict=True) if m.start <= start]
    forums = [r for r in told if r["type"] == "forum"]
    return forums[-1] if forums else None


def _lead_day(doc: Doc, sent: Span) -> tuple[str, str | None] | None:
    """Returns (start, end) of the day a lead gives ("On the afternoon of 29 October ...")."""
    days = [d for d in doc.in_range("date", sent.start, sent.end) if d.value.day]
    return days[0].value.iso() if days else None


def _item_title(doc: Doc, item: Span) -> str | None:
    """Returns the title of one listed part, or None when the list has ended."""
    text = doc.text[item.start : item.end]
    m = ITEM.match(text)
    if m is None or len(text) > 400:
        return None
    title = m.group("head").strip()
    quoted = QUOTED_AFTER.match(text, m.end())
    return f"{title}: {quoted.group(1)}" if quoted else title


def _part(forum: dict[str, Any], title: str, day: tuple[str, str | None] | None) -> dict[str, Any]:
    """Returns a forum record for one part, at the forum's place and on its day."""
    start, end = day if day else (forum.get("start"), None)
    return forum | {
        "type": "forum",
        "title": title,
        "start": start,
        "end": end,
        "organizers": [],
        "participants": None,
        "confidence": 0.5,
    }
