"""amity.extract.en.counterparts: a counterpart named without a title takes the title before."""

from __future__ import annotations

import pytest

from tests.extract.test_people import people_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riverton Mayor Ann Kelly and her Sapporo counterpart, Fumio Ueda, signed the "
            "agreement on Friday.",
            ("Fumio Ueda", "Mayor", "Sapporo", "JP"),
        ),
        (
            "Governor Lee Nak-yon and his Polish counterpart, Krystyna Kosmala, met in Lodz.",
            ("Krystyna Kosmala", "Governor", None, "PL"),
        ),
    ],
)
def test_a_counterpart_takes_the_title_before(text: str, expected: tuple[str, ...]) -> None:
    assert expected in people_of(text)


def test_a_counterpart_with_a_title_of_their_own_is_read_as_written() -> None:
    text = "Mayor Ann Kelly and her Russian counterpart, Moscow Mayor Sergey Sobyanin, met."
    names = [p[0] for p in people_of(text)]
    assert "Sergey Sobyanin" in names and "Moscow Mayor Sergey Sobyanin" not in names


def test_no_titled_person_before_no_counterpart() -> None:
    text = "The club welcomed a guest. Later his counterpart, Fumio Ueda, spoke."
    assert all(p[0] != "Fumio Ueda" for p in people_of(text))
