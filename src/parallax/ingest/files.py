"""Turn what a user names on the command line into input files, each with the kind of source it holds.

A user points Parallax at files, folders, globs, URLs or ``-`` (stdin) and expects it to find the
articles without being told each file's format. Extensions decide first; where they are missing or
generic the first bytes decide (an HTML page saved as ``.txt`` is still HTML). Nothing here reads a
whole file: kinds are sniffed from a short head, and the size limit is checked from ``stat`` before
anything is read.
"""

from __future__ import annotations

import glob
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["text", "html", "newsplease", "jsonl", "feed", "warc", "urls"]

SNIFF_BYTES = 4096

# Files Parallax itself writes, which a folder of inputs often also holds.
OWN_OUTPUT_SUFFIXES = frozenset({".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3"})
OWN_OUTPUT_NAMES = frozenset({"briefing.json", "briefing.md", "briefing.html", "report.html"})
MANIFEST_NAMES = frozenset({"manifest.json", "manifest.csv"})

EXTENSION_KINDS: dict[str, Kind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "newsplease",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".urls": "urls",
    ".list": "urls",
}
TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text", ""})

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.I | re.S)
_URL_LINE = re.compile(r"^https?://\S+$")


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file with its kind, a URL, or stdin (``path == "-"``)."""

    path: str
    kind: Kind | Literal["url", "stdin"]


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def expand(inputs: Sequence[str], skip: Sequence[Path] = ()) -> Iterator[Input | tuple[str, str]]:
    """Every input as an ``Input``, or ``(name, reason)`` when a name matches nothing readable.

    Folders are walked recursively in sorted order, skipping hidden files and folders, Parallax's own
    outputs and manifests; globs are expanded sorted; ``skip`` lists files (the manifest) never read.
    """
    skipped = {p.resolve() for p in skip}
    for name in inputs:
        if name == "-":
            yield Input("-", "stdin")
        elif is_url(name):
            yield Input(name, "url")
        elif Path(name).is_dir():
            yield from _walk(Path(name), skipped)
        elif Path(name).is_file():
            if Path(name).resolve() not in skipped:
                yield Input(name, kind_of(Path(name)))
        elif glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield (name, "no file matches this pattern")
            for match in matches:
                path = Path(match)
                if path.is_dir():
                    yield from _walk(path, skipped)
                elif path.is_file() and path.resolve() not in skipped and not _ignored(path):
                    yield Input(match, kind_of(path))
        else:
            yield (name, "no such file or folder")


def _walk(folder: Path, skipped: set[Path]) -> Iterator[Input]:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if _ignored(path) or path.name.lower() in MANIFEST_NAMES or path.resolve() in skipped:
            continue
        yield Input(str(path), kind_of(path))


def _ignored(path: Path) -> bool:
    name = path.name.lower()
    return name.startswith(".") or name in OWN_OUTPUT_NAMES or path.suffix.lower() in OWN_OUTPUT_SUFFIXES


def kind_of(path: Path) -> Kind:
    """The kind of source a file holds, from its extension and, where that is not enough, its head."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".warc")):
        return "warc"
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        head = b""
    suffix = path.suffix.lower()
    if suffix in EXTENSION_KINDS:
        return EXTENSION_KINDS[suffix]
    return sniff(head, url_list_ok=suffix in TEXT_EXTENSIONS and _only_urls(path))


def sniff(head: bytes, url_list_ok: bool = False) -> Kind:
    """The kind of a document from its first bytes (for stdin and files without a telling extension)."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith((b"WARC/", b"\x1f\x8b")):  # a WARC, or gzip: WARC.gz is the one gzip input read
        return "warc"
    if _HTML_START.match(head):
        return "html"
    if _FEED_START.match(head):
        return "feed"
    if url_list_ok:
        return "urls"
    stripped = head.lstrip()
    if stripped.startswith(b"["):
        return "newsplease"
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)[0].rstrip()
        return "jsonl" if first_line.endswith(b"}") and b"\n{" in stripped else "newsplease"
    return "text"


def _only_urls(path: Path, limit: int = 1_000_000) -> bool:
    """True when a small text file holds nothing but URLs (and blank or ``#`` comment lines)."""
    try:
        if path.stat().st_size > limit:
            return False
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return bool(urls) and all(_URL_LINE.match(url) for url in urls)
