"""Speed of newsdoc's readers and writers next to the tools it is measured against, in one process.

Usage::

    python benchmarks/speed.py [--repeats N] [--only pages,text,markdown,json] [--pages DIR]
                               [--input bytes|text] [--text-mb MB] [--doc-mb MB]
                               [--bodies FILE]

Four measurements, each run in this one process, one after another, so that the ratios
between tools come from the same run:

* ``pages``: pages per second over every ``*.html`` and ``*.html.gz`` page of ``--pages``
  (default the 85 AEB dev pages) for ``newsdoc.parse_html``, ``trafilatura.extract``,
  ``readability.Document(page).summary()``, resiliparse's ``extract_plain_text(tree,
  main_content=True)`` and, as the floor, ``lxml.html.document_fromstring`` alone.
  Pages are read and unpacked once, before any timing. Every tool gets the same input:
  by default the page's bytes, as a crawler holds them, so that each tool finds the
  charset its own way (resiliparse through ``detect_encoding`` and
  ``HTMLTree.parse_from_bytes``); ``--input text`` gives every tool the page decoded
  from UTF-8 instead (resiliparse through ``HTMLTree.parse``). A page a tool raises on
  is counted as failed, and the run goes on. newsdoc's rate over each tool's is printed.
* ``text``: MB/s of ``newsdoc.parse_text`` on the seed article
  ``seeds/000_770722033839be41.txt`` repeated to ``--text-mb`` MB (default 16), copies
  parted by a blank line; and, as a second figure, on the article bodies of ``--bodies``
  (default the AEB dev ground truth: each entry's ``articleBody``), each parsed alone. No
  paragraph of those repeats, as every one of the seed's does, and each is a few KB: the
  figure a user parsing a corpus of article texts sees. It is printed, not a target.
* ``markdown``: MB/s of ``to_markdown`` and ``from_markdown`` on the article that
  ``parse_text`` reads from the seed repeated to ``--doc-mb`` MB (default 2; read once,
  untimed), with markdown-it-py's own parse of the same Markdown
  (``MarkdownIt("commonmark").enable("table").parse``) as the anchor.
* ``json``: MB/s of ``to_json`` and ``from_json`` on that article, with ``json.dumps`` of
  ``newsdoc.to_dict(article)`` (with ``to_json``'s arguments, so the very same text) and
  ``json.loads`` of that text as the anchors. ``to_json`` includes building the dict.

MB is 2**20 bytes of UTF-8: of the input for a reader, of the output for a writer. The
ratios of the ``markdown`` and ``json`` measurements are newsdoc's time over the anchor's
on the same text (lower is better); those of ``pages`` are newsdoc's pages/s over the
tool's (higher is better).

Each call is warmed up first (``pages``: one untimed pass over all pages, which also counts
failures; ``text``: one call on the seed alone; the others: one untimed call), then timed
``--repeats`` times (default 5); the median counts. The noise of each figure is its spread,
(slowest - fastest) / median, and the load average is printed at the start and the end:
on a shared 2-core machine, read a figure with a large spread or a load above 2 as rough.
The run ends with the issue's targets, each marked met or missed. A tool that is not
installed is skipped with a note (``pip install -e ".[bench]"`` installs them all).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import gzip
import json
import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import lxml.html
import markdown_it
from aeb import DEFAULT_DATA, dist_version
from scaling import MB, SEED, grown_text

import newsdoc

Page = bytes | str
Tool = Callable[[Page], object]
MEASUREMENTS = ("pages", "text", "markdown", "json")
DISTRIBUTIONS = ("newsdoc", "trafilatura", "readability-lxml", "resiliparse", "lxml", "markdown-it-py")


@dataclass(frozen=True)
class Timing:
    """The seconds of each timed run of one measurement."""

    seconds: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def spread(self) -> float:
        return (max(self.seconds) - min(self.seconds)) / self.median if self.median else 0.0


def measure(run: Callable[[], object], repeats: int, warm_up: Callable[[], object] | None = None) -> Timing:
    """Call *warm_up* once untimed (if given), then time *repeats* calls of *run*."""
    if warm_up is not None:
        warm_up()
    seconds = []
    for _ in range(repeats):
        gc.collect()  # garbage left by the previous run is not this run's to collect
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return Timing(tuple(seconds))


@dataclass(frozen=True)
class Rate:
    """A measured rate (pages/s or MB/s at the median time) and the spread of its runs."""

    value: float
    spread: float


def report(name: str, timing: Timing, amount: float, unit: str) -> Rate:
    """Print one measurement's rate (*amount* per median second) and spread, and return them."""
    rate = Rate(amount / timing.median, timing.spread)
    runs = f"median {timing.median:.3f} s of {len(timing.seconds)}"
    print(f"  {name:<16} {rate.value:9.1f} {unit:<8} spread {rate.spread:4.0%}  ({runs})")
    return rate


# --- the page tools: each a loader that imports its tool, or raises ImportError -------------------


def load_newsdoc() -> Tool:
    return newsdoc.parse_html


def load_trafilatura() -> Tool:
    import trafilatura  # noqa: PLC0415 - optional

    return trafilatura.extract


def load_readability() -> Tool:
    from readability import Document  # noqa: PLC0415 - optional

    return lambda page: Document(page).summary()


def load_resiliparse() -> Tool:
    from resiliparse.extract.html2text import extract_plain_text  # noqa: PLC0415 - optional
    from resiliparse.parse.encoding import detect_encoding  # noqa: PLC0415
    from resiliparse.parse.html import HTMLTree  # noqa: PLC0415

    def extract(page: Page) -> str:
        if isinstance(page, bytes):
            tree = HTMLTree.parse_from_bytes(page, detect_encoding(page) or "utf-8")
        else:
            tree = HTMLTree.parse(page)
        return str(extract_plain_text(tree, main_content=True))

    return extract


def load_lxml() -> Tool:
    return lxml.html.document_fromstring


TOOLS: dict[str, Callable[[], Tool]] = {
    "newsdoc": load_newsdoc,
    "trafilatura": load_trafilatura,
    "readability": load_readability,
    "resiliparse": load_resiliparse,
    "lxml (floor)": load_lxml,
}


def read_pages(folder: Path, as_text: bool) -> list[Page]:
    paths = sorted([*folder.glob("*.html"), *folder.glob("*.html.gz")])
    pages = [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in paths]
    return [page.decode("utf-8", "replace") for page in pages] if as_text else list(pages)


def every_page(tool: Tool, pages: Sequence[Page]) -> Callable[[], int]:
    """A pass of *tool* over *pages* that returns how many pages it raised on."""

    def run() -> int:
        failures = 0
        for page in pages:
            try:
                tool(page)
            except Exception:  # one bad page must not stop the benchmark
                failures += 1
        return failures

    return run


# --- the four measurements: each prints its lines and returns its rates by name ------------------


def pages_rates(folder: Path, as_text: bool, repeats: int) -> dict[str, Rate]:
    pages = read_pages(folder, as_text)
    if not pages:
        print(f"pages: no *.html or *.html.gz page in {folder}; skipped")
        return {}
    size = sum(len(page) for page in pages) / MB
    print(f"pages: {len(pages)} pages ({size:.1f} MB) from {folder}, each given as {'text' if as_text else 'bytes'}")
    rates: dict[str, Rate] = {}
    for name, load in TOOLS.items():
        try:
            tool = load()
        except ImportError as error:
            print(f"  {name:<16} skipped: not installed ({error})")
            continue
        run = every_page(tool, pages)
        failures = run()  # the warm-up: one untimed pass, which also counts the pages it fails on
        rates[name] = report(name, measure(run, repeats), len(pages), "pages/s")
        if failures:
            print(f"  {'':<16} ({failures} of {len(pages)} pages raised)")
    for name, rate in rates.items():
        if name != "newsdoc" and "newsdoc" in rates:
            print(f"  newsdoc / {name} = {rates['newsdoc'].value / rate.value:.2f}x")
    return rates


def text_rates(size_mb: float, repeats: int, bodies: Path) -> dict[str, Rate]:
    text = grown_text(round(size_mb * MB))
    size = len(text.encode("utf-8")) / MB
    print(f"text: the seed article repeated to {size:.2f} MB")
    seed = SEED.read_text(encoding="utf-8")
    timing = measure(lambda: newsdoc.parse_text(text), repeats, warm_up=lambda: newsdoc.parse_text(seed))
    rates = {"parse_text": report("parse_text", timing, size, "MB/s")}
    if not bodies.is_file():
        print(f"  parse_text on real bodies skipped: no {bodies}")
        return rates
    # Real article text, no paragraph repeated: each body parsed alone, as a user parses a corpus.
    texts = [entry["articleBody"] for entry in json.loads(bodies.read_text(encoding="utf-8")).values()]
    size = sum(len(body.encode("utf-8")) for body in texts) / MB
    print(f"  (and {len(texts)} article bodies of {bodies.name}, {size:.2f} MB, each parsed alone)")

    def run() -> None:
        for body in texts:
            newsdoc.parse_text(body)

    rates["parse_text bodies"] = report("parse_text bodies", measure(run, repeats, warm_up=run), size, "MB/s")
    return rates


@cache
def article(size_mb: float) -> newsdoc.Article:
    """The article read from the seed repeated to *size_mb* MB, once for the Markdown and JSON measurements."""
    return newsdoc.parse_text(grown_text(round(size_mb * MB)))


def compare(runs: dict[str, Callable[[], object]], size: float, repeats: int, pairs: dict[str, str]) -> dict[str, Rate]:
    """Time each of *runs* on a text of *size* MB; print each newsdoc call's time over its anchor's."""
    rates = {name: report(name, measure(run, repeats, warm_up=run), size, "MB/s") for name, run in runs.items()}
    for name, anchor in pairs.items():
        times = rates[anchor].value / rates[name].value  # the same MB, so the ratio of times
        print(f"  {name} takes {times:.2f}x the time of {anchor}")
    return rates


def markdown_rates(size_mb: float, repeats: int) -> dict[str, Rate]:
    source = article(size_mb)
    markdown = newsdoc.to_markdown(source)
    size = len(markdown.encode("utf-8")) / MB
    print(f"markdown: the article of {size_mb:g} MB of seed text ({len(source.blocks)} blocks) as {size:.2f} MB")
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    runs: dict[str, Callable[[], object]] = {
        "to_markdown": lambda: newsdoc.to_markdown(source),
        "from_markdown": lambda: newsdoc.from_markdown(markdown),
        "markdown-it": lambda: parser.parse(markdown),
    }
    return compare(runs, size, repeats, {"to_markdown": "markdown-it", "from_markdown": "markdown-it"})


def json_rates(size_mb: float, repeats: int) -> dict[str, Rate]:
    source = article(size_mb)
    data, text = newsdoc.to_dict(source), newsdoc.to_json(source)
    size = len(text.encode("utf-8")) / MB
    print(f"json: the article of {size_mb:g} MB of seed text ({len(source.blocks)} blocks) as {size:.2f} MB")
    runs: dict[str, Callable[[], object]] = {
        "to_json": lambda: newsdoc.to_json(source),
        "json.dumps": lambda: json.dumps(data, ensure_ascii=False, indent=2),
        "from_json": lambda: newsdoc.from_json(text),
        "json.loads": lambda: json.loads(text),
    }
    return compare(runs, size, repeats, {"to_json": "json.dumps", "from_json": "json.loads"})


# --- the targets of the issue ---------------------------------------------------------------------


# Each target: its name, the figure (a rate, or one rate over another: for a time ratio, the anchor's
# rate over newsdoc's), the goal, and whether the figure must reach the goal (else stay within it).
TARGETS: tuple[tuple[str, str, str | None, float, bool], ...] = (
    ("parse_html ≥ 3× trafilatura pages/s", "pages:newsdoc", "pages:trafilatura", 3.0, True),
    ("parse_text ≥ 10 MB/s", "text:parse_text", None, 10.0, True),
    ("from_markdown within 2× of markdown-it's parse", "markdown:markdown-it", "markdown:from_markdown", 2.0, False),
    ("to_json within 3× of json.dumps", "json:json.dumps", "json:to_json", 3.0, False),
    ("from_json within 3× of json.loads", "json:json.loads", "json:from_json", 3.0, False),
    ("stretch: parse_html ≥ ½ resiliparse pages/s", "pages:newsdoc", "pages:resiliparse", 0.5, True),
)


def verdicts(rates: dict[str, Rate]) -> list[str]:
    """The lines of the targets table: each target, its figure, and met, missed or not run."""
    lines = [f"{'target':<48} {'measured':<12} verdict"]
    for name, top, bottom, goal, at_least in TARGETS:
        if top not in rates or (bottom is not None and bottom not in rates):
            lines.append(f"{name:<48} {'-':<12} not run")
            continue
        value = rates[top].value / rates[bottom].value if bottom else rates[top].value
        shown = f"{value:.2f}x" if bottom else f"{value:.1f} MB/s"
        met = value >= goal if at_least else value <= goal
        lines.append(f"{name:<48} {shown:<12} {'met' if met else 'missed'}")
    return lines


def load_average() -> str:
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each, median reported (default 5)")
    parser.add_argument("--only", metavar="NAME[,NAME]", help=f"only these measurements: {', '.join(MEASUREMENTS)}")
    parser.add_argument("--pages", type=Path, default=DEFAULT_DATA / "html", help="folder of *.html[.gz] pages")
    parser.add_argument("--input", choices=("bytes", "text"), default="bytes", help="what each page tool gets")
    parser.add_argument("--text-mb", type=float, default=16.0, help="MB of seed text for parse_text (default 16)")
    parser.add_argument("--doc-mb", type=float, default=2.0, help="MB of seed text for the article (default 2)")
    parser.add_argument(
        "--bodies", type=Path, default=DEFAULT_DATA / "ground-truth.json", help="article bodies for parse_text, as JSON"
    )
    args = parser.parse_args(argv)
    only = [name.strip() for name in (args.only or ",".join(MEASUREMENTS)).split(",") if name.strip()]
    if unknown := sorted(set(only) - set(MEASUREMENTS)):
        parser.error(f"--only: no measurement is named {', '.join(unknown)}; choose from {', '.join(MEASUREMENTS)}")
    if args.repeats < 1 or args.text_mb <= 0 or args.doc_mb <= 0:
        parser.error("--repeats must be at least 1, --text-mb and --doc-mb positive")

    started = time.perf_counter()
    versions = ", ".join(f"{name} {dist_version(name)}" for name in DISTRIBUTIONS)
    print(f"{dt.datetime.now().isoformat(timespec='seconds')}; Python {platform.python_version()}; {versions}")
    print(f"{os.cpu_count()} CPUs; load average {load_average()} at start (1, 5, 15 min)")
    print(f"{args.repeats} timed runs per measurement after a warm-up, median reported; spread = (max - min) / median")
    if args.repeats < 3:
        print("note: fewer than 3 runs, so the medians and spreads say little")
    sections: dict[str, Callable[[], dict[str, Rate]]] = {
        "pages": lambda: pages_rates(args.pages, args.input == "text", args.repeats),
        "text": lambda: text_rates(args.text_mb, args.repeats, args.bodies),
        "markdown": lambda: markdown_rates(args.doc_mb, args.repeats),
        "json": lambda: json_rates(args.doc_mb, args.repeats),
    }
    rates: dict[str, Rate] = {}
    for name in MEASUREMENTS:
        if name in only:
            print()
            rates |= {f"{name}:{key}": rate for key, rate in sections[name]().items()}

    print(f"\nload average {load_average()} at end; {time.perf_counter() - started:.0f} s in all")
    if rates:
        noisiest = max(rates, key=lambda name: rates[name].spread)
        print(f"largest spread {rates[noisiest].spread:.0%}, of {noisiest}")
    print("\n" + "\n".join(verdicts(rates)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
