"""Tests of amity.registry.matching: folding, keys, whole-word matching, longest match."""

from __future__ import annotations

import pytest

from amity.registry.matching import (
    build_automaton,
    case_ok,
    fold,
    is_cjk,
    longest_first,
    match_key,
    name_key,
    raw_matches,
    upper_positions,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Côte d'Ivoire", "cote d ivoire"),
        ("ŌITA-shi", "oita shi"),
        ("Bağcılar", "bagcilar"),
        ("İzmir", "izmir"),
        ("Łódź", "lodz"),
        ("中国，白俄罗斯", "中国 白俄罗斯"),
        ("U.S.A.", "u s a "),
    ],
)
def test_fold_keeps_offsets(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the United  States", "united states"),
        ("The Gambia", "gambia"),
        ("  Xi'an ", "xi an"),
        ("The", "the"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [("长宁", True), ("ソウル", True), ("서울", True), ("Seoul", False), ("Zürich", False)],
)
def test_is_cjk(text: str, expected: bool) -> None:
    assert is_cjk(text) is expected


def test_match_key_pads_latin_only() -> None:
    assert match_key("The Netherlands") == " netherlands "
    assert match_key("中国") == "中国"


def test_raw_matches_are_whole_words_with_true_offsets() -> None:
    auto = build_automaton([(match_key("Oman"), "OM"), (match_key("中国"), "CN")])
    text = "A woman from Oman, then 中国人."
    spans = list(raw_matches(auto, text))
    assert [(text[s:e], v) for s, e, v in spans] == [("Oman", "OM"), ("中国", "CN")]


def test_cjk_keys_are_looked_for_only_in_text_beyond_ascii() -> None:
    keys = build_automaton([(match_key("Oman"), "OM"), (match_key("中国"), "CN")])
    assert keys.automata(" oman ") == [keys.padded]
    assert keys.automata(" 中国 ") == [keys.padded, keys.other]
    assert keys.wide


def test_packaged_tables_keys_of_both_kinds_never_find_the_same_span() -> None:
    # raw_matches yields the padded keys' matches before the others': the order of equal
    # spans would then differ from one automaton's, were a key of each kind the same text.
    from amity.registry.countries import Countries
    from amity.registry.gazetteer import Gazetteer

    for table in (Countries.load(), Gazetteer.load()):
        table.find("x")
        keys = table._auto
        inner = {key[1:-1] for key in keys.padded.keys()}
        assert not [key for key in keys.other.keys() if key in inner]


def test_build_automaton_keeps_first_value_of_a_key() -> None:
    auto = build_automaton([(" x ", 1), (" x ", 2)])
    assert [v for _, _, v in raw_matches(auto, "x")] == [1]


def test_raw_matches_on_empty_inputs() -> None:
    assert list(raw_matches(build_automaton([]), "anything")) == []
    assert list(raw_matches(build_automaton([(" a ", 1)]), "")) == []


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([(0, 6, "a"), (7, 13, "b"), (0, 13, "ab")], [(0, 13, "ab")]),
        ([(0, 3, "a"), (4, 8, "b")], [(0, 3, "a"), (4, 8, "b")]),
        ([(2, 8, "mid"), (0, 4, "left"), (6, 12, "right")], [(2, 8, "mid")]),
        ([(6, 12, "right"), (0, 6, "left")], [(0, 6, "left"), (6, 12, "right")]),
        ([], []),
    ],
)
def test_longest_first(spans: list[tuple[int, int, str]], kept: list[tuple[int, int, str]]) -> None:
    # of two overlapping spans of equal length the earlier wins; touching spans both stay
    assert longest_first(spans) == kept


@pytest.mark.parametrize(
    ("alias", "surface", "ok"),
    [
        ("US", "US", True),
        ("US", "us", False),
        ("US", "Us", False),
        ("China", "china", False),
        ("China", "CHINA", True),
        ("Côte d'Ivoire", "Côte d'ivoire", False),
    ],
)
def test_case_ok(alias: str, surface: str, ok: bool) -> None:
    assert case_ok(surface, 0, upper_positions(alias)) is ok
