"""The sample reports in examples/: they read back, match their sources and are our own words."""

from __future__ import annotations

import importlib.util
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest
from docx import Document
from pypdf import PdfReader

from amity.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REPORTS = EXAMPLES / "reports"
SEEDS = Path("/work/shared/corpus/seeds")

# File name -> (words the title must hold, the publication date as the report writes it).
EXPECTED: dict[str, tuple[tuple[str, ...], str]] = {
    "01_chengdu_friendship_cities_forum_2024.txt": (
        ("Chengdu", "Friendship", "Forum", "Sub-forums"),
        "Published 14 May 2024",
    ),
    "02_apcen_latest_news_2019H2.txt": (("Latest", "News", "APCEN"), "(2019.7-2019.12)"),
    "03_kunming_sister_city_signings.html": (
        ("Sister-City", "Agreements", "Lancang-Mekong"),
        'content="2023-11-22"',
    ),
    "04_shandong_vice_governor_delegation_europe.docx": (
        ("Vice", "Governor", "Shandong", "Delegation"),
        "November 3, 2023",
    ),
    "05_fengtai_foreign_affairs_review_2022.pdf": (
        ("Fengtai", "Foreign", "Affairs", "2022"),
        "Date: 2023-01-18",
    ),
    "06_spokane_valley_council_tonami_sister_city.html": (
        ("Council", "Sister", "City", "Tonami"),
        'content="2024-03-12',
    ),
    "07_chatellerault_velbert_twinning_50_years.md": (
        ("Châtellerault", "Velbert", "50", "Twinning"),
        "Published 21 June 2024",
    ),
    "08_gimhae_hue_friendship_agreement.txt": (
        ("Gimhae", "Hue", "Friendship", "Agreement"),
        "Date: 2023-09-08",
    ),
    "09_heilongjiang_amur_working_group.docx": (
        ("Heilongjiang", "Amur", "Working", "Group"),
        "2021.12.15",
    ),
    "10_toowoomba_whanganui_youth_exchange.txt": (
        ("Toowoomba", "Whanganui", "Youth", "Exchange"),
        "Published 2 October 2023",
    ),
    "11_central_asia_delegations_china_eurasia_expo.pdf": (
        ("Kazakh", "Uzbek", "Delegations", "Expo"),
        "Date: 2023-08-21",
    ),
    "12_guizhou_international_youth_camp.docx": (
        ("International", "Youth", "Camp", "Guizhou"),
        "Published 28 July 2024",
    ),
    "13_sichuan_medical_team_mozambique.txt": (
        ("Sichuan", "Medical", "Team", "Mozambique"),
        "Released: 2022-02-16",
    ),
    "14_suzhou_culture_week_italy_tour.html": (
        ("Suzhou", "Culture", "Week", "Tour"),
        'content="2024-09-30"',
    ),
    "15_jiangxi_friendship_association_annual_meeting.pdf": (
        ("Friendship", "Annual", "Meeting", "Members"),
        "Published 9 December 2023",
    ),
}

MIN_PER_FORMAT = {"txt": 4, "html": 3, "pdf": 3, "docx": 3, "md": 1}
MONTHS = ("July", "August", "September", "October", "November", "December")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
SHINGLE = 10


class _PageText(HTMLParser):
    """Collects an HTML page's <title> and its visible text, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.parts: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            del self._stack[self._stack.index(tag) :]

    def handle_data(self, data: str) -> None:
        current = self._stack[-1] if self._stack else ""
        if current == "title":
            self.title += data
        elif current not in ("script", "style"):
            self.parts.append(data)


def parse_html(path: Path) -> _PageText:
    """Returns the parsed page of an HTML sample."""
    page = _PageText()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def read_title_and_text(path: Path) -> tuple[str, str]:
    """Returns the (title, text) a sample reads back to, with the library of its format."""
    fmt = path.suffix[1:]
    if fmt == "pdf":
        reader = PdfReader(path)
        title = reader.metadata.title if reader.metadata else ""
        return str(title), "\n".join(p.extract_text() for p in reader.pages)
    if fmt == "docx":
        doc = Document(str(path))
        return doc.core_properties.title, "\n".join(p.text for p in doc.paragraphs)
    if fmt == "html":
        page = parse_html(path)
        return page.title, " ".join(page.parts)
    text = path.read_text(encoding="utf-8")
    return text.strip().splitlines()[0].lstrip("# "), text


def squeeze(text: str) -> str:
    """Returns the text without any whitespace, for layout-proof comparisons."""
    return re.sub(r"\s+", "", text)


def is_name_run(run: list[str]) -> bool:
    """Tells whether most words of the run are capitalized: a title or an organization's name."""
    return sum(word[0].isupper() or word[0].isdigit() for word in run) * 2 >= len(run)


def shingles(text: str) -> set[tuple[str, ...]]:
    """Returns every run of SHINGLE consecutive words of the text that is prose, lower-cased."""
    seq = re.findall(r"[A-Za-z0-9]+", text)
    runs = (seq[i : i + SHINGLE] for i in range(len(seq) - SHINGLE + 1))
    # Long official names ("the Chinese People's Association for ...") are shared facts, not copying.
    return {tuple(w.lower() for w in run) for run in runs if not is_name_run(run)}


@pytest.fixture(scope="module")
def make_samples() -> Iterator[ModuleType]:
    """Returns examples/make_samples.py loaded as a module (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_samples", EXAMPLES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def sample_files() -> list[Path]:
    """Returns the sample report files, sorted by name."""
    return sorted(p for p in REPORTS.iterdir() if p.is_file())


def test_every_sample_is_listed_and_every_listed_sample_exists() -> None:
    assert sorted(p.name for p in sample_files()) == sorted(EXPECTED)


def test_enough_samples_in_every_format() -> None:
    counts = Counter(p.suffix[1:] for p in sample_files())
    assert len(sample_files()) >= 14
    for fmt, least in MIN_PER_FORMAT.items():
        assert counts[fmt] >= least, f"only {counts[fmt]} .{fmt} samples"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_reads_back_with_title_and_date(name: str) -> None:
    path = REPORTS / name
    title_words, dateline = EXPECTED[name]
    title, text = read_title_and_text(path)
    assert path.stat().st_size < 60_000
    assert len(text) > 1000
    assert all(word in title for word in title_words), title
    raw = path.read_text(encoding="utf-8") if path.suffix in (".html", ".md", ".txt") else text
    assert dateline in raw


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith((".pdf", ".docx"))))
def test_binary_sample_matches_its_source(name: str, make_samples: ModuleType) -> None:
    src = make_samples.parse_source(EXAMPLES / "sources" / f"{Path(name).stem}.txt")
    title, text = read_title_and_text(REPORTS / name)
    assert src.out_name == name
    assert title == src.title
    for _kind, block in src.blocks:
        assert squeeze(block) in squeeze(text)


def test_every_source_has_its_built_sample(make_samples: ModuleType) -> None:
    built = {src.out_name for src in make_samples.sources()}
    on_disk = {p.name for p in sample_files() if p.suffix in (".pdf", ".docx")}
    assert built == on_disk


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_build_is_deterministic_and_reads_back(
    fmt: str, make_samples: ModuleType, tmp_path: Path
) -> None:
    src = next(s for s in make_samples.sources() if s.fmt == fmt)
    first, second = make_samples.build(src), make_samples.build(src)
    assert first == second
    out = tmp_path / src.out_name
    out.write_bytes(first)
    assert read_title_and_text(out)[0] == src.title
    assert first == (REPORTS / src.out_name).read_bytes()


def test_make_all_writes_every_source(make_samples: ModuleType, tmp_path: Path) -> None:
    written = make_samples.make_all(tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(s.out_name for s in make_samples.sources())
    for path in written:
        if path.suffix == ".docx":
            assert zipfile.is_zipfile(path)
        else:
            assert path.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("source", "complaint"),
    [
        ("format: pdf\ndate: 2024-01-02\nauthor: Us\n---\nTitle\n\nA “curly” quote.\n", "Latin-1"),
        ("format: pdf\ndate: 2024-01-02\n---\nTitle\n\nText.\n", "author"),
        ("format: odt\ndate: 2024-01-02\nauthor: Us\n---\nTitle\n\nText.\n", "odt"),
        ("format: pdf\ndate: 2024-01-02\nauthor: Us\nTitle\n\nText.\n", "---"),
    ],
)
def test_bad_source_is_refused_with_a_clear_message(
    source: str, complaint: str, make_samples: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(complaint)):
        make_samples.build(make_samples.parse_source(path))


def test_bulletin_has_thirty_dated_items_grouped_by_month() -> None:
    text = (REPORTS / "02_apcen_latest_news_2019H2.txt").read_text(encoding="utf-8")
    headings = re.findall(r"^(\w+) 2019$", text, flags=re.M)
    assert headings == list(MONTHS)
    sections = re.split(r"^\w+ 2019$", text, flags=re.M)[1:]
    for month, section in zip(MONTHS, sections, strict=True):
        items = re.findall(r"^(?:On|From|In) (\w+)", section, flags=re.M)
        assert items and set(items) == {month}, month
    assert len(re.findall(r"^(?:On|From|In) \w+", text, flags=re.M)) >= 30


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".html")))
def test_html_sample_is_a_full_page(name: str) -> None:
    html = (REPORTS / name).read_text(encoding="utf-8")
    for marker in ("<title>", 'property="article:published_time"', "<nav", "<footer", "<article"):
        assert marker in html, marker
    assert "<h1>" in html.split("<article", 1)[1]


def test_some_samples_carry_cjk_names() -> None:
    with_cjk = [p.name for p in sample_files() if CJK.search(read_title_and_text(p)[1])]
    assert len(with_cjk) >= 4, with_cjk


@pytest.mark.corpus
@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed corpus is not mounted")
def test_no_sample_shares_a_run_of_words_with_the_seeds() -> None:
    seed_shingles: set[tuple[str, ...]] = set()
    for seed in SEEDS.glob("*.txt"):
        seed_shingles |= shingles(seed.read_text(encoding="utf-8"))
    for path in sample_files():
        shared = shingles(read_title_and_text(path)[1]) & seed_shingles
        assert not shared, f"{path.name} repeats a seed: {' '.join(next(iter(shared)))}"
