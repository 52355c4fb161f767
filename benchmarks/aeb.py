"""Score article-body extraction on the Article Extraction Benchmark (AEB) dev split.

Usage::

    python benchmarks/aeb.py [--data DIR] [--limit N] [--systems newsdoc,trafilatura,readability,newspaper4k]
                             [--repeat K] [--json OUT] [--without-classes]

The metric is the one of scrapinghub/article-extraction-benchmark (``evaluate.py``):

* Tokens are the matches of the Unicode regex ``\\w+`` (case kept). Shingles are the runs
  of 4 consecutive tokens, counted as a multiset; a text of 1-3 tokens is one shingle of
  all its tokens, an empty text has none.
* Per page, with ``tp`` the size of the multiset intersection of predicted and true
  shingles: precision = tp / |pred|, recall = tp / |true|.
* A page whose prediction is empty is left out of the precision mean (it still scores
  recall 0); a page whose ground truth is empty is left out of the recall mean.
* Precision and recall are averaged over pages (macro average), and the reported F1 is
  the harmonic mean of those two averages, as upstream does, not the mean of per-page
  F1s. The per-page F1 written by ``--json`` is only an aid to analysis.

Extraction alone is timed: pages are decompressed and decoded beforehand, every system gets
the same ``str``, and one warm-up extraction of the first page is not counted. With
``--repeat K`` the pages are extracted K times and the fastest pass is reported.

``--without-classes`` takes every ``class`` and ``id`` attribute out of the pages first (with
lxml, before any timing), as a site whose classes are hashes or utility names
(``css-1x9a2b``, ``mt-4 text-lg``) names nothing: what each system finds by the page's
structure and words alone.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import importlib
import json
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html

import newsdoc
from newsdoc import Heading, ItemList, Paragraph, Quote, Table

Extractor = Callable[[str, str | None], str]

# The shared data sits beside the checkout: ../shared/data/aeb-dev.
DEFAULT_DATA = Path(
    os.environ.get("NEWSDOC_AEB_DATA", Path(__file__).resolve().parents[2] / "shared" / "data" / "aeb-dev")
)
DISTRIBUTIONS = ("newsdoc", "trafilatura", "readability-lxml", "newspaper4k", "lxml")
_TOKEN = re.compile(r"\w+")
# Elements after which readability's HTML gets a paragraph break, so that words of
# neighbouring blocks never run together into one token.
_BREAKS: tuple[str, ...] = ("p", "div", "li", "dd", "dt", "blockquote", "pre", "table", "tr", "ul", "ol", "br")
_BREAKS += ("section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption")


@dataclass(frozen=True)
class Page:
    id: str
    url: str | None
    html: str
    truth: str


@dataclass
class Run:
    """One system's outputs, errors and extraction seconds, by page id."""

    texts: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def body_text(article: newsdoc.Article) -> str:
    """The article body as the benchmark counts it: blank-line separated block texts.

    Paragraphs, subheadings, quotes, each item of a list and each row of a table count, in block order. The
    headline (a level-1 heading, as :attr:`newsdoc.Article.text` leaves it out too), captions,
    images, pull quotes, standfirsts, attributions, disclaimers, bios, fragments and slugs do
    not: the ground truth leaves out captions and the headline, and the other blocks repeat
    or surround the body rather than being part of it.
    """
    parts: list[str] = []
    for block in article.blocks:
        match block:
            case Heading(level=1):
                pass
            case Paragraph() | Heading() | Quote():
                parts.append(block.text)
            case ItemList():
                parts.extend(block.items)
            case Table():
                parts.extend(" ".join(row) for row in block.rows)
    return "\n\n".join(parts)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of runs of *n* consecutive ``\\w+`` tokens of *text*."""
    tokens = tuple(_TOKEN.findall(text))
    if len(tokens) < n:
        return Counter([tokens] if tokens else [])
    return Counter(tokens[i : i + n] for i in range(len(tokens) - n + 1))


def page_scores(pred: str, true: str) -> tuple[float | None, float | None, float]:
    """Precision, recall and F1 of one page; None where upstream leaves the page out."""
    predicted, expected = shingles(pred), shingles(true)
    tp = (predicted & expected).total()
    precision = tp / predicted.total() if predicted else None
    recall = tp / expected.total() if expected else None
    if precision is None or recall is None:
        return precision, recall, float(precision is None and recall is None)
    return precision, recall, harmonic(precision, recall)


def harmonic(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0


def load_newsdoc() -> Extractor:
    parse = getattr(newsdoc, "parse_html", None)
    if parse is None:
        raise ImportError("newsdoc.parse_html does not exist yet")
    return lambda html, url: body_text(parse(html, url=url))


def load_trafilatura() -> Extractor:
    trafilatura = importlib.import_module("trafilatura")
    return lambda html, url: trafilatura.extract(html, url=url) or ""


def load_readability() -> Extractor:
    """readability's summary HTML as text, one paragraph per block element."""
    document = importlib.import_module("readability").Document
    lxml_html = importlib.import_module("lxml.html")

    def extract(html: str, url: str | None) -> str:
        root = lxml_html.fromstring(document(html).summary())
        for element in root.iter(*_BREAKS):
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
        paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", root.text_content()))
        return "\n\n".join(p for p in paragraphs if p)

    return extract


def load_newspaper() -> Extractor:
    """newspaper4k on the given HTML; fetch_images=False keeps it from downloading images."""
    article = importlib.import_module("newspaper").Article
    return lambda html, url: article(url or "", fetch_images=False).download(input_html=html).parse().text


LOADERS: dict[str, Callable[[], Extractor]] = {
    "newsdoc": load_newsdoc,
    "trafilatura": load_trafilatura,
    "readability": load_readability,
    "newspaper4k": load_newspaper,
}


def load_pages(data: Path, limit: int | None) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = (data / "ids.txt").read_text(encoding="utf-8").split()[:limit]
    pages = []
    for page_id in ids:
        html = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        pages.append(Page(page_id, truth[page_id].get("url"), html, truth[page_id]["articleBody"]))
    return pages


def without_classes(page: Page) -> Page:
    """*page* with no ``class`` or ``id`` attribute left on any element."""
    root = lxml.html.document_fromstring(page.html)
    for element in root.iter():
        if isinstance(element.tag, str):
            for name in ("class", "id"):
                element.attrib.pop(name, None)
    return Page(page.id, page.url, lxml.etree.tostring(root, encoding="unicode", method="html"), page.truth)


def run(extract: Extractor, pages: list[Page], repeat: int) -> Run:
    """Extract every page *repeat* times; keep the first pass's outputs and the fastest pass's times."""
    with contextlib.suppress(Exception):  # warm-up; the timed pass records a failure of this page
        extract(pages[0].html, pages[0].url)
    passes: list[Run] = []
    for _ in range(repeat):
        current = Run()
        for page in pages:
            start = time.perf_counter()
            try:
                text = extract(page.html, page.url)
            except Exception as exc:  # one bad page must not stop the benchmark
                text = ""
                current.errors[page.id] = f"{type(exc).__name__}: {exc}"
            current.seconds[page.id] = time.perf_counter() - start
            current.texts[page.id] = text
        passes.append(current)
    fastest = min(passes, key=lambda p: p.total_seconds)
    return Run(passes[0].texts, passes[0].errors, fastest.seconds)


def summarise(result: Run, pages: list[Page]) -> dict[str, Any]:
    per_page: dict[str, dict[str, Any]] = {}
    for page in pages:
        precision, recall, f1 = page_scores(result.texts[page.id], page.truth)
        per_page[page.id] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "seconds": result.seconds[page.id],
            "error": result.errors.get(page.id),
            "text": result.texts[page.id],
        }
    precisions = [s["precision"] for s in per_page.values() if s["precision"] is not None]
    recalls = [s["recall"] for s in per_page.values() if s["recall"] is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    return {
        "pages": len(pages),
        "failures": len(result.errors),
        "f1": harmonic(precision, recall),
        "precision": precision,
        "recall": recall,
        "pages_per_second": len(pages) / result.total_seconds if result.total_seconds else float("inf"),
        "per_page": per_page,
    }


def dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})")
    parser.add_argument("--limit", type=int, help="only the first N pages of ids.txt")
    parser.add_argument("--systems", default=",".join(LOADERS), help="comma-separated, from: " + ", ".join(LOADERS))
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per system; the fastest is reported")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write per-page scores and outputs here")
    parser.add_argument("--without-classes", action="store_true", help="take every class and id out of the pages")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.systems.split(",") if name.strip()]
    if unknown := [name for name in names if name not in LOADERS]:
        parser.error(f"unknown systems: {', '.join(unknown)}")
    if args.repeat < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--repeat and --limit must be at least 1")

    started = time.perf_counter()
    pages = load_pages(args.data, args.limit)
    if args.without_classes:
        pages = [without_classes(page) for page in pages]
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        try:
            extract = LOADERS[name]()
        except ImportError as exc:
            print(f"note: skipped {name}: {exc}", file=sys.stderr)
            continue
        outcome = run(extract, pages, args.repeat)
        if outcome.errors:
            page_id, error = next(iter(outcome.errors.items()))
            print(f"note: {name} failed on {len(outcome.errors)} pages, first {page_id}: {error}", file=sys.stderr)
        results[name] = summarise(outcome, pages)

    print(f"{'system':<12} {'pages':>5} {'fails':>5} {'F1':>6} {'precision':>9} {'recall':>6} {'pages/s':>8}")
    for name, r in results.items():
        print(
            f"{name:<12} {r['pages']:>5} {r['failures']:>5} {r['f1']:>6.3f} {r['precision']:>9.3f}"
            f" {r['recall']:>6.3f} {r['pages_per_second']:>8.1f}"
        )
    if "newsdoc" in results and "trafilatura" in results:
        ours, theirs = results["newsdoc"], results["trafilatura"]
        f1_ratio = ours["f1"] / theirs["f1"] if theirs["f1"] else float("inf")
        speed_ratio = ours["pages_per_second"] / theirs["pages_per_second"]
        print(f"newsdoc / trafilatura: F1 x{f1_ratio:.3f}, pages/s x{speed_ratio:.2f}")
    versions = {name: dist_version(name) for name in DISTRIBUTIONS}
    print(f"Python {platform.python_version()}; " + ", ".join(f"{k} {v}" for k, v in versions.items()))
    stripped = "; without classes or ids" if args.without_classes else ""
    print(f"{dt.date.today().isoformat()}; repeat {args.repeat}{stripped}; total {time.perf_counter() - started:.1f} s")

    if args.json:
        meta = {"python": platform.python_version(), "versions": versions, "date": dt.date.today().isoformat()}
        meta |= {"data": str(args.data), "repeat": args.repeat, "without_classes": args.without_classes}
        args.json.write_text(json.dumps({"meta": meta, "systems": results}, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
