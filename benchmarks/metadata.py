"""Count the pages whose authors, date and language newsdoc finds, next to trafilatura and newspaper4k.

Usage::

    python benchmarks/metadata.py [--data DIR] [--limit N] [--show]

Every system gets the page's HTML and its address, as ``aeb.py`` gives them, in one run.
A page counts for a field when the system gives a non-empty value; the table also gives,
for dates, on how many pages a system's day agrees with newsdoc's (newsdoc's date and time
are in the page's zone or UTC, so a day either side counts as the same instant written in
another zone). The ground truth has no metadata, so these are counts, not scores:
``--show`` lists every page where a date differs, to read by eye.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import platform
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aeb import DEFAULT_DATA, Page, dist_version, load_pages

import newsdoc

FIELDS = ("authors", "date", "language")


@dataclass(frozen=True)
class Found:
    """What one system read from one page; ``None`` where it found nothing."""

    authors: tuple[str, ...] = ()
    date: dt.date | None = None
    language: str | None = None


Reader = Callable[[Page], Found]


def day(value: object) -> dt.date | None:
    """The calendar day of a date, a datetime or an ISO string; ``None`` for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def same_day(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= 1


def read_newsdoc(page: Page) -> Found:
    article = newsdoc.parse_html(page.html, url=page.url)
    return Found(article.authors, day(article.published), article.language)


def load_trafilatura() -> Reader:
    extract_metadata = importlib.import_module("trafilatura.metadata").extract_metadata

    def read(page: Page) -> Found:
        meta = extract_metadata(page.html, default_url=page.url)
        if meta is None:
            return Found()
        authors = tuple(name.strip() for name in (meta.author or "").split(";") if name.strip())
        return Found(authors, day(meta.date), None)  # trafilatura gives no language here

    return read


def load_newspaper() -> Reader:
    article_class = importlib.import_module("newspaper").Article

    def read(page: Page) -> Found:
        article = article_class(page.url or "https://example.org/", fetch_images=False)
        article.download(input_html=page.html)
        article.parse()
        return Found(tuple(article.authors), day(article.publish_date), article.meta_lang or None)

    return read


LOADERS: dict[str, Callable[[], Reader]] = {"trafilatura": load_trafilatura, "newspaper4k": load_newspaper}


def read_all(readers: dict[str, Reader], pages: list[Page]) -> dict[str, dict[str, Found]]:
    """Each system's findings by page id; a page a system fails on counts as nothing found."""
    found: dict[str, dict[str, Found]] = {name: {} for name in readers}
    for page in pages:
        for name, read in readers.items():
            try:
                found[name][page.id] = read(page)
            except Exception as exc:  # one bad page must not stop the benchmark
                print(f"note: {name} failed on {page.id[:8]}: {type(exc).__name__}: {exc}", file=sys.stderr)
                found[name][page.id] = Found()
    return found


def table(found: dict[str, dict[str, Found]], pages: list[Page]) -> list[str]:
    ours = found["newsdoc"]
    lines = [f"{'system':<12} {'authors':>8} {'dates':>6} {'language':>9} {'same day as newsdoc':>20}"]
    for name, by_page in found.items():
        counts = [sum(bool(getattr(by_page[p.id], field)) for p in pages) for field in FIELDS]
        agree = sum(same_day(by_page[p.id].date, ours[p.id].date) for p in pages)
        shown = "-" if name == "newsdoc" else str(agree)
        lines.append(f"{name:<12} {counts[0]:>8} {counts[1]:>6} {counts[2]:>9} {shown:>20}")
    return lines


def differences(found: dict[str, dict[str, Found]], pages: list[Page]) -> list[str]:
    """The pages where another system's date differs from newsdoc's, with the page's address."""
    lines = []
    for page in pages:
        dates = {name: by_page[page.id].date for name, by_page in found.items()}
        if any(not same_day(value, dates["newsdoc"]) and (value or dates["newsdoc"]) for value in dates.values()):
            shown = "  ".join(f"{name} {value or '-'}" for name, value in dates.items())
            lines.append(f"{page.id[:8]}  {shown}  {page.url or ''}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder (default %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N ids of ids.txt")
    parser.add_argument("--show", action="store_true", help="list the pages where a date differs")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")  # newspaper4k warns that nltk is missing; dateutil warns of zones
    readers: dict[str, Reader] = {"newsdoc": read_newsdoc}
    for name, load in LOADERS.items():
        try:
            readers[name] = load()
        except ImportError as exc:
            print(f"note: skipped {name}: {exc}", file=sys.stderr)
    pages = load_pages(args.data, args.limit)
    found = read_all(readers, pages)
    versions: dict[str, Any] = {name: dist_version(name) for name in ("newsdoc", "trafilatura", "newspaper4k")}
    print(f"{len(pages)} pages: how many give authors, a date, a language")
    print("\n".join(table(found, pages)))
    if args.show:
        print("\n".join(["", "pages where a date differs:", *differences(found, pages)]))
    print(f"\n{dt.date.today().isoformat()}; Python {platform.python_version()}; {versions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
