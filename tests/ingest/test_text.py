"""Decoding bytes in every supported encoding, normalization, hashing, language."""

from __future__ import annotations

import pytest

from amity.errors import InputError
from amity.ingest.text import content_hash, decode, guess_language, normalize

ZH = "我们区今年与友好城市开展了多次交流活动，包括青年互访、文化周和教育合作。"
FR = "L’été dernier, la délégation a visité l’école de Montréal; naïve «accueil»."
RU = "Делегация города посетила выставку и подписала соглашение о сотрудничестве."


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (FR.encode("utf-8"), "utf-8", FR),
        (b"\xef\xbb\xbf" + FR.encode("utf-8"), "utf-8", FR),
        (b"\xff\xfe" + FR.encode("utf-16-le"), "utf-16-le", FR),
        (b"\xfe\xff" + ZH.encode("utf-16-be"), "utf-16-be", ZH),
        (ZH.encode("gb18030"), "gb18030", ZH),
        ("友好城市".encode("gb18030"), "gb18030", "友好城市"),
        (FR.encode("cp1252"), "cp1252", FR),
        ("Zürich café".encode("cp1252"), "cp1252", "Zürich café"),
        (RU.encode("cp1251"), "cp1251", RU),
    ],
)
def test_decode_finds_the_encoding(data: bytes, encoding: str, expected: str) -> None:
    decoded = decode("r.txt", data)
    assert (decoded.encoding, decoded.text, decoded.warning) == (encoding, expected, None)


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    data = ("Déjà vu — ünïcode " * 4).encode("utf-8") + b"\xff\xfe broken \xc3"
    decoded = decode("r.txt", data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 3
    assert decoded.text.startswith("Déjà vu")
    assert "3 place(s)" in (decoded.warning or "")


def test_declared_charset_wins_when_it_fits() -> None:
    assert decode("p.html", "Ärger".encode("latin-1"), declared="latin-1").text == "Ärger"


def test_unknown_declared_charset_is_ignored() -> None:
    assert decode("p.html", b"plain words", declared="no-such-charset").text == "plain words"


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary\x00", b"PK\x03\x04" + bytes(range(256)), b"text with a NUL\x00 in it"],
)
def test_binary_is_rejected(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^x\.bin: binary file, not a report"):
        decode("x.bin", data)


def test_broken_utf16_after_bom_is_rejected() -> None:
    with pytest.raises(InputError, match="utf-16-le byte-order mark"):
        decode("r.txt", b"\xff\xfe\x00\xd8")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("line   \nnext\t\n", "line\nnext"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),
        ("a\n\n\nb", "a\n\n\nb"),
        ("e\u0301t\u00e9", "\u00e9t\u00e9"),
        ("\ufeff  lead\x00ing\x07 ", "leading"),
        ("page\fbreak", "page\nbreak"),
    ],
)
def test_normalize(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


def test_same_text_saved_differently_hashes_the_same() -> None:
    windows = "Title\r\n\r\nBody text.  \r\n"
    unix = "Title\n\nBody text.\n"
    assert content_hash(normalize(windows)) == content_hash(normalize(unix))
    assert content_hash(normalize(unix)) != content_hash(normalize(unix + "more"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ZH, "zh"),
        ("The city of Xining signed a friendship agreement with 友好城市 partners.", "en"),
        ("中国与英国的城市 signed 协议 today 友好", "zh"),
        (RU, "ru"),
        ("東京都と北京市は、友好都市として交流を続けています。", "ja"),
        ("서울과 베이징은 자매도시입니다", "ko"),
        ("12345 — 678", None),
    ],
)
def test_guess_language(text: str, language: str | None) -> None:
    assert guess_language(text) == language
