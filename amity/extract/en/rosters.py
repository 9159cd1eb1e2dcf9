"""People listed under a role in minutes and newsletters: "Members Present: A, B and C",
"Treasurer: Paul Tatt"; they serve the body whose header the report carries."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.en.person_words import HONORIFICS, POST_NOMINALS, SURNAME_PARTICLES, Person

# A line of names with no role: who attended
ATTENDANCE_WORDS = r"Present|Attending|Attendees|In[ \t]+attendance|Apologies|Absent"
# A role that heads a line of names, with the attendance words minutes add to it.
ROSTER = re.compile(
    r"(?m)^[ \t]*(?P<role>(?:(?:Vice|Deputy|Assistant)[- ])?(?:[Cc]hair(?:man|woman|person)?|[Pp]resident|"
    r"Secretary|Treasurer|Members?|Committee [Mm]embers?|Board [Mm]embers?|Board|Staff|Directors?|"
    r"Trustees?|Councillors?|Councilors?|Commissioners?|Officers?|Patrons?|Guests?)"
    r"(?:[ \t]+(?:[Pp]resent|[Aa]bsent|[Aa]ttending|(?:not[ \t]+)?in[ \t]+attendance|[Ee]xcused))?"
    # "Present: A, B and C": who attended, with no role
    rf"|{ATTENDANCE_WORDS})"
    r"[ \t]*:[ \t]*(?P<names>[^\n]{3,400})$"
)
# One name: two to four capitalized words ("Harry O'Grady", "n'Detenga n'Gurumo", "Mary-Ann Lee")
NAME = re.compile(
    r"(?:[A-Z][\w'’.-]*|[a-z]{1,2}['’][A-Z]?[\w'’-]+)(?:\s+(?:[A-Z][\w'’.-]*|[a-z]{1,2}['’][A-Z]?[\w'’-]+|"
    + "|".join(SURNAME_PARTICLES)
    + r")){1,3}"
)
# A role in brackets after a name: "(Chair)", "(Vice-Chair)", "(Treasurer)"; not "(clerk's office)"
OWN_ROLE = re.compile(
    r"(?:(?:Vice|Deputy|Assistant)[- ])?(?:[Cc]hair(?:man|woman|person)?|[Pp]resident|[Ss]ecretary|"
    r"[Tt]reasurer|[Cc]lerk|[Dd]irector|[Cc]oordinator|[Cc]o-ordinator)"
)
ATTENDANCE = re.compile(ATTENDANCE_WORDS, re.I)
SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
# A role that heads a header's body: "Swingfield Twinning Association - NEWSLETTER No 6"
BODY_WORDS = re.compile(
    r"\b(?:association|society|sister cit(?:y|ies)|twinning|committee|club|friendship|council)\b",
    re.I,
)


def roster_people(doc: Doc, found: list[Person]) -> list[Person]:
    """Returns the people found in sentences, less those a roster line lists, and then the
    people of every roster line, each with the role as title and the body the header names."""
    if ":" not in doc.text:
        return found
    out: list[Person] = []
    body = header_body(doc)
    for m in ROSTER.finditer(doc.text):
        names = _names(m.group("names"), m.start("names"))
        if not names:
            continue
        title = _role(m.group("role"))
        for start, end, name, own in names:
            span = Span(start, end, "person", name)
            evidence = (m.start(), m.end()) if len(names) == 1 else (start, end)
            role = own or title  # who only attended serves no body the roster says
            out.append(Person(span, role, body if role else None, None, evidence))
    # "Bill Wilsher, Nancy King": a sentence's reading of a roster takes a name for a title
    lines = [(p.evidence[0], p.evidence[1]) for p in out]
    kept = [p for p in found if not any(a <= p.name.start < b for a, b in _line_spans(doc, lines))]
    return kept + out


def _line_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Returns the whole lines the spans lie on."""
    out = []
    for a, _ in spans:
        start = doc.text.rfind("\n", 0, a) + 1
        end = doc.text.find("\n", a)
        out.append((start, len(doc.text) if end < 0 else end))
    return out


def _names(text: str, offset: int) -> list[tuple[int, int, str, str | None]]:
    """Returns (start, end, name, own role) of each item of a list made of names only ("Ann Lee
    (Chair)" has a role of her own), else nothing."""
    out = []
    pos = 0
    for sep in [*SEPARATOR.finditer(text), None]:
        end = sep.start() if sep else len(text.rstrip(" .;"))
        item = text[pos:end]
        own = re.search(r"\s*\(([^)]*)\)\s*$", item.strip())  # "Ann Lee (chair)"
        core = item.strip()[: own.start()] if own else item.strip()
        core = _bare_name(core)  # "Mrs Ali Tanner", "Brian Andrews PSM": the name only
        if core:
            if not NAME.fullmatch(core):
                return []
            at = text.index(core, pos)
            role = own.group(1) if own and OWN_ROLE.fullmatch(own.group(1)) else None
            out.append((offset + at, offset + at + len(core), core, role))
        if sep is None:
            break
        pos = sep.end()
    return out


def _bare_name(item: str) -> str:
    """Returns a listed name without the courtesy title before it or the letters after it."""
    words = item.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words = words[:-1]
    return " ".join(words)


def _role(role: str) -> str | None:
    """Returns the title a roster's role gives each of its people ("Members Present": Member;
    "Present": none)."""
    if ATTENDANCE.fullmatch(role):
        return None
    role = re.sub(
        r"\s+(?:present|absent|attending|(?:not\s+)?in\s+attendance|excused)$", "", role, flags=re.I
    )
    if role.endswith("s") and not role.lower().endswith(("ss", "staff")):
        role = role[:-1]
    return role


def header_body(doc: Doc) -> str | None:
    """Returns the body the report's first lines name ("DELRAY BEACH SISTER CITIES")."""
    for line in doc.text[:400].split("\n")[:4]:
        head = re.split(r"\s+[-–—|]\s+|,\s", line.strip())[0]
        if head and len(head.split()) <= 8 and BODY_WORDS.search(head):
            return head
    return None
