"""Builds the PDF and Word sample reports in examples/reports from the texts in examples/sources.

Run from the repository root: `.venv/bin/python examples/make_samples.py [--out DIR]`.

A source file starts with a header of `key: value` lines (`format`: pdf or docx, `date`:
ISO date, `author`), then a line `---`, then the report: its title on the first line,
blocks separated by blank lines, `## ` for a heading and `- ` for a list item.
The output is deterministic (fixed dates inside the files), so rebuilding does not churn git.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from amity.errors import InputError

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
REPORTS = HERE / "reports"
FORMATS = ("pdf", "docx")
HEADER_KEYS = ("format", "date", "author")

if TYPE_CHECKING:
    from fpdf import FPDF


@dataclass(frozen=True)
class Source:
    """One sample report to build: its metadata and its blocks of text."""

    name: str
    fmt: str
    date: dt.date
    author: str
    title: str
    blocks: tuple[tuple[str, str], ...]

    @property
    def out_name(self) -> str:
        """Returns the file name of the built report."""
        return f"{self.name}.{self.fmt}"


def parse_header(lines: list[str], path: Path) -> dict[str, str]:
    """Returns the header's key/value pairs, checked for the keys every source needs."""
    header = dict(line.split(":", 1) for line in lines if ":" in line)
    header = {key.strip(): value.strip() for key, value in header.items()}
    missing = [key for key in HEADER_KEYS if not header.get(key)]
    if missing:
        raise InputError(f"{path.name}: header lacks {', '.join(missing)}", "add them above '---'")
    if header["format"] not in FORMATS:
        raise InputError(f"{path.name}: unknown format {header['format']!r}", "use pdf or docx")
    return header


def parse_blocks(body: str) -> tuple[tuple[str, str], ...]:
    """Returns the body's blocks as (kind, text) pairs: heading, item or para."""
    blocks = []
    for chunk in body.strip().split("\n\n"):
        # Single newlines inside a block are kept: dateline blocks put one field per line.
        text = "\n".join(" ".join(line.split()) for line in chunk.strip().splitlines())
        if text.startswith("## "):
            blocks.append(("heading", text[3:]))
        elif text.startswith("- "):
            blocks.append(("item", text[2:]))
        elif text:
            blocks.append(("para", text))
    return tuple(blocks)


def parse_source(path: Path) -> Source:
    """Returns the Source that a file in examples/sources describes."""
    head, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
    if not sep:
        raise InputError(f"{path.name}: no '---' line after the header", "see make_samples.py")
    header = parse_header(head.splitlines(), path)
    title, _, rest = body.strip().partition("\n")
    return Source(
        name=path.stem,
        fmt=header["format"],
        date=dt.date.fromisoformat(header["date"]),
        author=header["author"],
        title=title.strip(),
        blocks=parse_blocks(rest),
    )


def build_pdf(src: Source) -> bytes:
    """Returns the source laid out as a PDF in a core font (so its text must be Latin-1)."""
    from fpdf import FPDF

    check_latin1(src)
    pdf = FPDF(format="A4")
    pdf.set_title(src.title)
    pdf.set_author(src.author)
    pdf.set_creator("Amity examples/make_samples.py")
    pdf.set_creation_date(dt.datetime.combine(src.date, dt.time(9), tzinfo=dt.UTC))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf_text(pdf, src.title, style="B", size=15)
    for kind, text in src.blocks:
        if kind == "heading":
            pdf_text(pdf, text, style="B", size=12)
        else:
            pdf_text(pdf, f"- {text}" if kind == "item" else text, style="", size=10.5)
    return bytes(pdf.output())


def pdf_text(pdf: FPDF, text: str, style: str, size: float) -> None:
    """Writes one block of wrapped text followed by a small gap."""
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(size * 0.4)


def check_latin1(src: Source) -> None:
    """Raises InputError if the source has characters the PDF core fonts cannot show."""
    for text in (src.title, *(text for _, text in src.blocks)):
        try:
            text.encode("latin-1")
        except UnicodeEncodeError as exc:
            bad = text[exc.start : exc.end]
            raise InputError(
                f"{src.name}: {bad!r} is not Latin-1", "PDF samples use core fonts; use docx"
            ) from exc


def build_docx(src: Source) -> bytes:
    """Returns the source as a Word document with its title and date in the core properties."""
    from docx import Document

    doc = Document()
    stamp = dt.datetime.combine(src.date, dt.time(9))
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = src.title, src.author, src.author
    props.created, props.modified, props.revision = stamp, stamp, 1
    doc.add_heading(src.title, level=0)
    styles = {"heading": "Heading 1", "item": "List Bullet", "para": None}
    for kind, text in src.blocks:
        if kind == "heading":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text, style=styles[kind])
    buffer = io.BytesIO()
    doc.save(buffer)
    return fix_zip_times(buffer.getvalue(), stamp)


def fix_zip_times(data: bytes, stamp: dt.datetime) -> bytes:
    """Returns the zip archive rewritten with every entry dated `stamp` (python-docx uses now)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build(src: Source) -> bytes:
    """Returns the bytes of the built report in the source's format."""
    return build_pdf(src) if src.fmt == "pdf" else build_docx(src)


def sources(folder: Path = SOURCES) -> list[Source]:
    """Returns every source in the folder, sorted by name."""
    return [parse_source(path) for path in sorted(folder.glob("*.txt"))]


def make_all(out: Path = REPORTS, folder: Path = SOURCES) -> list[Path]:
    """Builds every source into `out` and returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sources(folder):
        path = out / src.out_name
        path.write_bytes(build(src))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Builds the samples and prints one line per file written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPORTS, help="output folder")
    args = parser.parse_args(argv)
    try:
        for path in make_all(args.out):
            print(f"{path.stat().st_size:>7}  {path}")
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
