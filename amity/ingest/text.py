"""Bytes to clean text: encoding detection, normalization, content hash, language guess.

Invalid UTF-8 policy: bytes that are mostly valid UTF-8 (at least three valid multi-byte
characters per broken sequence) are decoded with U+FFFD replacement and a warning; bytes that
fit neither UTF-8 nor another encoding are rejected with an InputError.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator

from amity.errors import InputError

BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff]")
_BLANKS = re.compile(r"\n{4,}")
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
SAMPLE = 64 * 1024


class Decoded:
    """Text decoded from bytes, with the encoding used and any warning about the decoding."""

    __slots__ = ("text", "encoding", "warning")

    def __init__(self, text: str, encoding: str, warning: str | None = None) -> None:
        self.text = text
        self.encoding = encoding
        self.warning = warning


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """Returns (encoding, BOM length) if the bytes start with a Unicode byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    """Returns True if the bytes (without a UTF-16/32 BOM) hold NULs or many control bytes."""
    sample = data[:SAMPLE]
    if b"\x00" in data:
        return True
    controls = len(_BINARY_CONTROLS.findall(sample))
    return controls > max(8, len(sample) // 100)


def _cjk_share(text: str) -> float:
    """Returns the share of non-ASCII characters that are CJK ideographs or CJK punctuation."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return 0.0
    cjk = sum(1 for c in wide if _is_cjk(c))
    return cjk / len(wide)


def _is_cjk(char: str) -> bool:
    """Returns True for Han ideographs, CJK punctuation and full-width forms."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x2FFFF
    )


def _mean_high_run(data: bytes) -> float:
    """Returns the mean length of runs of non-ASCII bytes (1 for Latin accents, 2+ for GB)."""
    runs = [len(m) for m in _HIGH_RUNS.findall(data[:SAMPLE])]
    return sum(runs) / len(runs) if runs else 0.0


def _try(data: bytes, encoding: str) -> str | None:
    """Returns the strict decoding of the bytes, or None if they are not in that encoding."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """Returns a replacing UTF-8 decoding if the bytes are UTF-8 with a few broken sequences."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127) - bad
    if good == 0 or good < 3 * bad:
        return None
    warning = f"invalid UTF-8 in {bad} place(s), replaced with U+FFFD"
    return Decoded(text, "utf-8", warning)


def _legacy(data: bytes) -> Decoded | None:
    """Returns the bytes decoded as GB18030 or Windows-1252, whichever fits the byte pattern."""
    mean_run = _mean_high_run(data)
    order = ("gb18030", "cp1252") if mean_run >= 2 else ("cp1252", "gb18030")
    for encoding in order:
        text = _try(data, encoding)
        if text is None:
            continue
        if encoding == "gb18030" and _cjk_share(text) >= 0.9:
            return Decoded(text, encoding)
        if encoding == "cp1252" and mean_run < 3:
            return Decoded(text, encoding)
    return None


def _detected(data: bytes) -> Decoded | None:
    """Returns the decoding charset-normalizer is confident about, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * SAMPLE]).best()
    if best is None or best.chaos > 0.1:
        return None
    text = _try(data, best.encoding)
    return Decoded(text, best.encoding) if text is not None else None


def decode(name: str, data: bytes, declared: str | None = None) -> Decoded:
    """Returns the text of the bytes: BOM, declared charset, UTF-8, GB18030/1252, detection."""
    bom = bom_encoding(data)
    if bom:
        return _decode_bom(name, data, *bom)
    if looks_binary(data):
        raise InputError(
            f"{name}: binary file, not a report", "give a text, HTML, PDF or .docx file"
        )
    for attempt in _attempts(data, declared):
        found = attempt()
        if found is not None:
            return found
    raise InputError(
        f"{name}: not valid UTF-8 and no known encoding fits the bytes", "save the file as UTF-8"
    )


def _attempts(data: bytes, declared: str | None) -> Iterator[Callable[[], Decoded | None]]:
    """Yields the decoders to try, in order, each returning Decoded or None."""
    if declared:
        yield lambda: _declared(data, declared)
    yield lambda: _utf8(data)
    yield lambda: _mostly_utf8(data)
    yield lambda: _legacy(data)
    yield lambda: _detected(data)


def _utf8(data: bytes) -> Decoded | None:
    """Returns the strict UTF-8 decoding, or None."""
    text = _try(data, "utf-8")
    return Decoded(text, "utf-8") if text is not None else None


def _declared(data: bytes, declared: str) -> Decoded | None:
    """Returns the decoding with a charset the document declares, if it is known and fits."""
    try:
        text = _try(data, declared)
    except LookupError:
        return None
    return Decoded(text, declared) if text is not None else None


def _decode_bom(name: str, data: bytes, encoding: str, skip: int) -> Decoded:
    """Returns the text after a BOM, or an InputError if the bytes break that encoding."""
    try:
        return Decoded(data[skip:].decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}",
            "re-save the file as UTF-8",
        ) from exc


def normalize(text: str) -> str:
    """Returns the text in NFC, with \\n line ends, no trailing spaces, at most 2 blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n\n", text).strip()


def content_hash(text: str) -> str:
    """Returns the sha256 hex digest of the (normalized) text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_SCRIPTS = {
    "ja": re.compile(r"[\u3040-\u30ff]+"),
    "ko": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]+"),
    "zh": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+"),
    "ru": re.compile(r"[\u0400-\u04ff]+"),
    "ar": re.compile(r"[\u0600-\u06ff]+"),
    "en": re.compile(r"[A-Za-z\u00c0-\u024f]+"),
}


_ASCII_LETTER = re.compile(r"[A-Za-z]")


def guess_language(text: str, sample: int = 3000) -> str | None:
    """Returns a script-based language guess ("zh", "en", "ru"...) or None for no letters."""
    head = text[:sample]
    if head.isascii():
        return "en" if _ASCII_LETTER.search(head) else None
    counts = {lang: sum(map(len, pattern.findall(head))) for lang, pattern in _SCRIPTS.items()}
    return _pick_language(counts)


def _pick_language(counts: dict[str, int]) -> str | None:
    """Returns the language with the most letters; kana makes Han text Japanese."""
    if counts["ja"] and counts["ja"] * 5 >= counts["zh"]:
        counts["ja"] += counts["zh"] * 3
        counts["zh"] = 0
    # Han characters stand for more text than Latin letters: weigh them as short words.
    counts["zh"] *= 3
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else None
