"""amity.extract.catalog and pipeline: components by name, order checks, failures, user parts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from amity.errors import AmityError, ExtractError
from amity.extract import extract_records, get_pipeline
from amity.extract.catalog import CATALOG, make, register
from amity.extract.doc import Doc, Span
from amity.extract.pipeline import FunctionComponent, Pipeline

TEXT = "Town news\n\nDate: 2020-06-01\n\nOn May 5, a choir from Lyon visited Oslo, Norway."
HERE = __name__


def boom(doc: Doc) -> Doc:
    """A component with a bug: always raises."""
    raise RuntimeError("the component broke")


def shout(doc: Doc) -> None:
    """A user component: marks every date mention and adds one figure record per date."""
    doc.add("shout", [Span(d.start, d.end, "shout", doc.slice(d)) for d in doc.get("date")])
    for d in doc.get("date"):
        doc.records["figures"].append(
            {
                "subject": "dates",
                "metric": doc.slice(d),
                "value": 1,
                "qualifier": None,
                "span": [d.start, d.end],
                "confidence": 1.0,
            }
        )


@pytest.fixture
def catalog() -> Iterator[dict[str, object]]:
    """Yields the catalog, restored after the test so registrations do not leak."""
    saved = dict(CATALOG)
    yield CATALOG
    CATALOG.clear()
    CATALOG.update(saved)


def write_config(folder: Path, components: list[str]) -> str:
    """Writes a pipeline config for English with these components; returns its path."""
    path = folder / "pipelines.toml"
    names = ", ".join(f'"{c}"' for c in components)
    path.write_text(f"[en]\ncomponents = [{names}]\n", encoding="utf-8")
    return str(path)


def test_default_pipeline_names() -> None:
    names = get_pipeline("en").names
    assert names[0] == "segment" and names[-1] == "finalize"
    assert set(names) <= set(CATALOG)


def test_unknown_component() -> None:
    with pytest.raises(ExtractError, match="unknown pipeline component 'en.nothing'") as info:
        make("en.nothing")
    assert "segment" in str(info.value)


def test_component_that_cannot_be_loaded(catalog: dict[str, object]) -> None:
    register("broken", "amity.extract.no_such_module:fn")
    with pytest.raises(ExtractError, match="cannot load"):
        make("broken")


def test_missing_need_is_refused() -> None:
    with pytest.raises(ExtractError, match="'en.people' needs .*name"):
        Pipeline([make("segment"), make("countries"), make("en.people")])


def test_config_with_missing_need_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["segment", "en.numbers", "finalize"])
    with pytest.raises(ExtractError, match="no earlier component fills"):
        extract_records(TEXT, lang="en", config=config)


def test_config_with_unknown_component(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["segment", "en.guesswork"])
    with pytest.raises(ExtractError, match="en.guesswork"):
        extract_records(TEXT, lang="en", config=config)


@pytest.mark.parametrize(
    ("content", "message"), [("[en\ncomponents=", "cannot read"), (None, "cannot read")]
)
def test_unreadable_config(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "conf.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ExtractError, match=message):
        extract_records(TEXT, lang="en", config=str(path))


def test_language_without_pipeline() -> None:
    with pytest.raises(ExtractError, match="no extraction pipeline for language 'xx'") as info:
        extract_records(TEXT, lang="xx")
    assert isinstance(info.value, AmityError)


def test_failing_component_is_recorded_and_others_run(
    catalog: dict[str, object], tmp_path: Path
) -> None:
    register("test.boom", f"{HERE}:boom", needs=("text",))
    config = write_config(tmp_path, ["segment", "test.boom", "en.dates", "finalize"])
    result = extract_records(TEXT, lang="en", config=config)
    assert result["failures"] == [("test.boom", "RuntimeError: the component broke")]
    assert result["published"] == "2020-06-01"


def test_failure_shown_by_extract_file(catalog: dict[str, object], tmp_path: Path) -> None:
    from amity.extract.report import extract_file, render_table
    from amity.settings import Settings

    register("test.boom", f"{HERE}:boom", needs=("text",))
    config = write_config(tmp_path, ["segment", "en.dates", "test.boom", "finalize"])
    report = tmp_path / "news.txt"
    report.write_text(TEXT, encoding="utf-8")
    result = extract_file(report, Settings(pipeline=config))
    assert result["failures"] == [
        {"component": "test.boom", "message": "RuntimeError: the component broke"}
    ]
    assert "failure in test.boom" in render_table(result)


def test_user_component_runs(catalog: dict[str, object], tmp_path: Path) -> None:
    register("test.shout", f"{HERE}:shout", needs=("date",), fills=("shout",))
    config = write_config(tmp_path, ["segment", "en.dates", "test.shout", "finalize"])
    result = extract_records(TEXT, lang="en", config=config)
    assert result["failures"] == []
    spans = [TEXT[f["span"][0] : f["span"][1]] for f in result["figures"]]
    assert spans == ["2020-06-01", "May 5"]


def test_user_component_in_a_pipeline_object() -> None:
    seen: list[str] = []
    comp = FunctionComponent("count", lambda doc: seen.append(doc.text) or None, ("sentences",))
    pipeline = Pipeline([make("segment"), comp])
    doc = pipeline(Doc(text="One. Two."))
    assert (
        seen == ["One. Two."] and len(doc.sentences) == 2 and pipeline.names == ["segment", "count"]
    )
