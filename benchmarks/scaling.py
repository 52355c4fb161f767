"""Measure whether newsdoc's readers and writers run in linear time and bounded memory.

Usage::

    python benchmarks/scaling.py [--sizes 1,4,16] [--only NAME[,NAME]] [--timeout 120]
                                 [--repeat 3] [--data DIR] [--page ID] [--json OUT]

Every case is one newsdoc function on one shape of input, run at each size (in MB of
2**20 bytes of UTF-8). Per case it prints seconds per MB at each size, the ratio of
seconds per MB at the largest size to that at the smallest (target at most 1.3: the
time grows linearly), and the peak memory of the call as a multiple of the input size
at the largest size (target at most 10 for text, Markdown and JSON, at most 30 for
HTML). A figure that misses its target is marked ``!``.

What "input" means:

* For a reader (``parse_text``, ``parse_html``, ``from_markdown``, ``from_json``) it is
  the text the reader is given. Shapes made from the grown seed article (``*-written``)
  are sized by that article's text, so their own input is somewhat larger than the
  nominal size; seconds and memory are always divided by the actual input.
* For a writer (``to_text``, ``to_markdown``, ``to_json``, ``to_html``) it is the source
  the article was read from: the grown seed text (``*-seed``) or the JSON of many tiny
  blocks (``*-tiny``). The size of what the writer wrote goes to ``--json`` as
  ``output_bytes``.

How it measures: each (case, size) runs in a fresh ``python`` process, one at a time, so
that its peak RSS is that case's alone and the two noisy cores are not shared by two
measurements. The child makes one untimed call on 4 kB of the same shape (lazy imports and
regex compilation are not counted), builds its input, collects garbage and hands freed heap
back to the system (``malloc_trim``), resets the kernel's peak-RSS mark
(``/proc/self/clear_refs``; where it cannot, ``getrusage``, which can hide a call that peaks
lower than the input's building did), reads ``VmRSS``, times the call with
``time.perf_counter`` and reads ``VmHWM``. Peak memory is ``VmHWM - VmRSS before`` of the
first call in the process: the call's working memory, its result included, the input not.
The call is made ``--repeat`` times and the median seconds count; above the smallest size,
it is made once when it takes over 2 s (so 16 MB figures are mostly one run).

A call that outlives ``--timeout`` is killed and its cell reads ``>120s``. A larger size is
not run (``>120s*``) when the size below timed out or its seconds, scaled linearly, already
exceed the timeout: no call here is faster than linear, so it could only time out.

The grown seed article is what ``text-seed`` reads: that case keeps it, as JSON in a
temporary folder, for the cases that need it (a size it did not reach is read in a process
of its own).
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import datetime as dt
import fnmatch
import gc
import gzip
import json
import math
import os
import platform
import resource
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
from aeb import DEFAULT_DATA, dist_version

import newsdoc

MB = 2**20
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_770722033839be41.txt"
# A USA Today news story: a small page (67 kB) whose body is 48 paragraphs in one <div>,
# so that from 1 MB up almost all of the grown page is article paragraphs.
DEFAULT_PAGE = "c58aa507c4de"
TIME_TARGET = 1.3
MEMORY_TARGETS = {"text": 10.0, "markdown": 10.0, "json": 10.0, "html": 30.0}
ONCE_AFTER = 2.0
"""Above the smallest size, a size whose first run takes longer than this many seconds runs only once."""
WARM_UP = 4 * 1024
"""Bytes of the warm-up input: lazy imports and regex compilation happen there, not in the measured call."""


# --- inputs: small pure functions of a size in bytes -----------------------------------------


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def repeated(unit: str, size: int, head: str = "", tail: str = "", sep: str = "") -> str:
    """``head + unit (+ sep + unit)... + tail``, with as few units as make it at least *size* bytes."""
    fixed, step = nbytes(head) + nbytes(tail), nbytes(unit) + nbytes(sep)
    count = max(1, math.ceil((size - fixed + nbytes(sep)) / step))
    return head + sep.join([unit] * count) + tail


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def grown_text(size: int) -> str:
    """The seed article repeated, copies parted by a blank line: realistic scraped text."""
    return repeated(seed_text().strip("\n"), size, sep="\n\n", tail="\n")


def wrapped_windows_text(size: int) -> str:
    """The seed article hard-wrapped at 72 characters, each line ended as Windows ends it."""
    paragraphs = ["\r\n".join(textwrap.wrap(p)) for p in seed_text().split("\n\n") if p.strip()]
    return repeated("\r\n\r\n".join(paragraphs), size, sep="\r\n\r\n", tail="\r\n")


def one_line(size: int) -> str:
    """The seed's words on one line: no line break anywhere to cut at."""
    return repeated(" ".join(seed_text().split()), size, sep=" ")


def word_lines(size: int) -> str:
    return repeated("\n".join(seed_text().split()), size, sep="\n", tail="\n")


def crlf_word_lines(size: int) -> str:
    """One word a line, each line ended as Windows ends it: every line break is read as a line feed."""
    return repeated("\r\n".join(seed_text().split()), size, sep="\r\n", tail="\r\n")


def tiny_paragraphs(size: int) -> str:
    """A one-word paragraph after every blank line: the text of the page of tiny paragraphs."""
    return repeated("Word.\n\n", size)


def repeated_titles(size: int) -> str:
    """The headline repeated line after line over a byline and a paragraph: each line a showing of the title."""
    return repeated(
        "Ferries Resume After the Storm\n\n",
        size,
        tail="By Ines Volk\n\nThe first ferry left the harbour at dawn on Tuesday, three days after the storm.\n",
    )


def blank_lines(size: int) -> str:
    return repeated("\n", size, head="First paragraph.\n", tail="Last paragraph.\n")


def spaces(size: int) -> str:
    return repeated(" ", size, head="The start of a line.", tail="The end of it.\n")


def quoted_spaces(size: int) -> str:
    """A quote mark, then spaces and a word: where a pull quote's marks, and the spaces inside them, are looked for."""
    return repeated(" ", size, head="\u201c", tail="x\n")


def page(head: str, unit: str, size: int, *, start: str = "", end: str = "") -> str:
    """A web page whose <article> holds *unit* repeated (between *start* and *end*) to at least *size* bytes."""
    top = f"<!DOCTYPE html><html><head><title>{head}</title></head><body><article><h1>{head}</h1>{start}"
    return repeated(unit, size, head=top, tail=end + "</article></body></html>")


def void_page(size: int) -> str:
    return page("Void elements", "<figure><img src=a.jpg></figure>", size)


def tiny_paragraphs_page(size: int) -> str:
    return page("Tiny paragraphs", "<p>Word.</p>\n", size)


def nested_articles_page(size: int) -> str:
    return page(
        "Nested articles", "<article><p>A reader's comment, long enough to count as prose.</p></article>\n", size
    )


def bylines_page(size: int) -> str:
    line = "<p><a href='/author/mara-lind/'>Mara Lind</a> wrote this for the paper on March 3</p>\n"
    return page("Bylines", line, size)


def huge_paragraph_page(size: int) -> str:
    return page("One paragraph", " ".join(seed_text().split()), size, start="<p>", end="</p>")


def linked_paragraph_page(size: int) -> str:
    """One paragraph of links, as a page's tag cloud or an index writes it: each link a mark of one text."""
    return page("Linked words", "<a href='/tag/harbour/'>harbour</a> \n", size, start="<p>", end="</p>")


def break_runs_page(size: int) -> str:
    """Paragraphs parted by two line breaks in one element, as old pages write a story, each with a link."""
    return page("Break runs", "Ferry <a href='/ferry/'>notes</a> at dawn<br><br>\n", size, start="<div>", end="</div>")


def menu_page(size: int) -> str:
    """A menu of links in one list beside a short article, as a site's index of sections is written."""
    return page(
        "Menu",
        "<li><a href='/section/'>Section</a></li>\n",
        size,
        start="<p>The body, a sentence.</p><ul>",
        end="</ul>",
    )


def thread_page(size: int) -> str:
    """A comment thread: each comment's paragraph under the line that signs it, a handle and a date from now."""
    return page(
        "Thread",
        "<div><div>quaywatcher \u00b7 2 hours ago</div><p>A comment on the ferry, long enough to be prose.</p></div>\n",
        size,
    )


def asides_page(size: int) -> str:
    """Paragraphs, each with a sidebar beside it in words of its own: a page of many boxes, none a pull quote."""
    unit = "<p>Crossing {0} ran late.</p><aside><p>Timetable {0}: the fares of the season, the stops.</p></aside>\n"
    boxes = "".join(unit.format(i) for i in range(math.ceil(size / nbytes(unit))))
    return page("Asides", boxes, size)


def dropped_run_page(size: int) -> str:
    """Menus with words between them, each menu dropped: a run of thousands of siblings taken out of one element."""
    return page("Dropped", "<nav>Menu</nav> word\n", size)


def credit_labels_page(size: int) -> str:
    """One figure of credits, each after its label for screen readers: every label is read with what follows it."""
    unit = "<span class='visually-hidden'>Image source, </span>Jane Roe\n"
    return page("Credits", unit, size, start="<figure><img src='harbour.jpg'>", end="</figure>")


def credit_lines_page(size: int) -> str:
    """One paragraph, then lines that credit pictures, each in a box: no paragraph after the first."""
    return page("Credit lines", "<div><p>Photo: Jane Roe/AP</p></div>\n", size, start="<p>The body, a sentence.</p>")


def figure_tables_page(size: int) -> str:
    """One figure holding its picture and tables of one cell: thousands of boxes read, and no paragraph."""
    unit = "<table><tr><td>Photo: Jane Roe/AP</td></tr></table>\n"
    return page("Figure", unit, size, start="<figure><img src='harbour.jpg'>", end="</figure>")


def grown_page(html: str, size: int) -> str:
    """A real page whose body paragraphs are repeated, in place, to at least *size* bytes.

    The body is the element with the most ``<p>`` children; copies of those paragraphs go
    after the last one, so the page keeps its head, navigation and footer around one long
    article.
    """
    root = lxml.html.document_fromstring(html)
    body = max(root.iter(lxml.etree.Element), key=lambda e: sum(child.tag == "p" for child in e))
    paragraphs = [child for child in body if child.tag == "p"]
    chunk = "".join(lxml.html.tostring(p, encoding="unicode", with_tail=True) for p in paragraphs)
    # A marker is replaced by text rather than appending elements: the size is then exact
    # arithmetic, not a serialisation per copy.
    paragraphs[-1].addnext(lxml.etree.Comment("grow"))
    before, after = lxml.html.tostring(root.getroottree(), encoding="unicode").split("<!--grow-->")
    return repeated(chunk, size, head=before, tail=after)


def tiny_group(first: int) -> str:
    """Five one-word blocks as JSON (paragraph, heading, image, its caption, quote), the first at *first*."""
    blocks = [
        {"type": "paragraph", "text": "Word."},
        {"type": "heading", "text": "Head", "level": 2},
        {"type": "image", "alt": "", "src": "a.jpg", "slug": None},
        {"type": "caption", "text": "Photo.", "credit": None, "image": first + 2},  # names its image by position
        {"type": "quote", "text": "Said."},
    ]
    return ", ".join(json.dumps(block) for block in blocks)


def tiny_blocks(size: int) -> str:
    """An article's JSON of many one-word blocks, at least *size* bytes."""
    head, tail = '{"format": "newsdoc", "version": 1, "title": "Tiny blocks", "blocks": [', "]}\n"
    groups: list[str] = []
    total = len(head) + len(tail)
    while total < size:
        groups.append(tiny_group(5 * len(groups)))
        total += len(groups[-1]) + 2
    return head + ", ".join(groups) + tail


def markdown_images(size: int) -> str:
    return repeated("![A photo of the talks.](a.jpg)\n", size, sep="\n")


def markdown_quotes(size: int) -> str:
    return repeated("> A quoted line, on its own.\n", size, sep="\n")


def markdown_lines(size: int) -> str:
    """Blocks each on a line of its own with no blank line between, as some converters write them: one run."""
    sentence = "The ferry service across the lake resumed on Monday after a winter of repairs to both landings."
    return repeated(f"{sentence} {sentence}\n", size)


# --- cases ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """What a child needs to find its input: the page and the cached seed articles."""

    data: Path
    page: str
    cache: Path | None
    """Where the grown seed article is kept as JSON, by size; ``None`` in a child run by hand."""

    def kept(self, size: int) -> Path | None:
        return None if self.cache is None else self.cache / f"seed-{size}.json"


@dataclass(frozen=True)
class Case:
    name: str
    function: str
    """The newsdoc function measured."""
    format: str
    """The format read or written, which sets the memory target."""
    build: Callable[[int, Where], tuple[Any, int]]
    """The argument of the call and the input size in bytes, for a nominal size in bytes."""
    seeded: bool = False
    """Whether it needs the grown seed article, read once per size beforehand."""
    keeps: bool = False
    """Whether its result is the grown seed article, kept for the seeded cases (saves reading it again)."""
    hostile: bool = False

    @property
    def memory_target(self) -> float:
        return MEMORY_TARGETS[self.format]


def text_input(make: Callable[[int], str]) -> Callable[[int, Where], tuple[Any, int]]:
    def build(size: int, where: Where) -> tuple[Any, int]:
        text = make(size)
        return text, nbytes(text)

    return build


def real_page(size: int, where: Where) -> tuple[Any, int]:
    found = sorted((where.data / "html").glob(f"{where.page}*.html.gz"))
    if len(found) != 1:
        raise ValueError(f"--page {where.page}: {len(found)} pages in {where.data / 'html'}")
    html = grown_page(gzip.decompress(found[0].read_bytes()).decode("utf-8"), size)
    return html, nbytes(html)


def seed_article(size: int, where: Where) -> Any:
    """The grown seed article, as read once beforehand; a size not kept (the warm-up's) is read here."""
    kept = where.kept(size)
    return newsdoc.from_json(kept.read_bytes()) if kept and kept.exists() else newsdoc.parse_text(grown_text(size))


def written(writer: str) -> Callable[[int, Where], tuple[Any, int]]:
    """The grown seed article written by *writer*: input for the reader of that format."""

    def build(size: int, where: Where) -> tuple[Any, int]:
        text = getattr(newsdoc, writer)(seed_article(size, where))
        return text, nbytes(text)

    return build


def seed_source(size: int, where: Where) -> tuple[Any, int]:
    return seed_article(size, where), nbytes(grown_text(size))


def tiny_source(size: int, where: Where) -> tuple[Any, int]:
    source = tiny_blocks(size)
    return newsdoc.from_json(source), nbytes(source)


WRITERS = {"to_text": "text", "to_markdown": "markdown", "to_json": "json", "to_html": "html"}
CASES: tuple[Case, ...] = (
    Case("text-seed", "parse_text", "text", text_input(grown_text), keeps=True),
    Case("text-wrapped-crlf", "parse_text", "text", text_input(wrapped_windows_text)),
    Case("text-one-line", "parse_text", "text", text_input(one_line), hostile=True),
    Case("text-word-lines", "parse_text", "text", text_input(word_lines), hostile=True),
    Case("text-crlf-lines", "parse_text", "text", text_input(crlf_word_lines), hostile=True),
    Case("text-tiny-p", "parse_text", "text", text_input(tiny_paragraphs), hostile=True),
    Case("text-blank-lines", "parse_text", "text", text_input(blank_lines), hostile=True),
    Case("text-spaces", "parse_text", "text", text_input(spaces), hostile=True),
    Case("text-quote-spaces", "parse_text", "text", text_input(quoted_spaces), hostile=True),
    Case("text-titles", "parse_text", "text", text_input(repeated_titles), hostile=True),
    Case("html-page", "parse_html", "html", real_page),
    Case("html-written", "parse_html", "html", written("to_html"), seeded=True),
    Case("html-void", "parse_html", "html", text_input(void_page), hostile=True),
    Case("html-tiny-p", "parse_html", "html", text_input(tiny_paragraphs_page), hostile=True),
    Case("html-nested", "parse_html", "html", text_input(nested_articles_page), hostile=True),
    Case("html-bylines", "parse_html", "html", text_input(bylines_page), hostile=True),
    Case("html-huge-p", "parse_html", "html", text_input(huge_paragraph_page), hostile=True),
    Case("html-links-p", "parse_html", "html", text_input(linked_paragraph_page), hostile=True),
    Case("html-break-runs", "parse_html", "html", text_input(break_runs_page), hostile=True),
    Case("html-menu", "parse_html", "html", text_input(menu_page), hostile=True),
    Case("html-asides", "parse_html", "html", text_input(asides_page), hostile=True),
    Case("html-thread", "parse_html", "html", text_input(thread_page), hostile=True),
    Case("html-dropped", "parse_html", "html", text_input(dropped_run_page), hostile=True),
    Case("html-credit-labels", "parse_html", "html", text_input(credit_labels_page), hostile=True),
    Case("html-credit-lines", "parse_html", "html", text_input(credit_lines_page), hostile=True),
    Case("html-figure-tables", "parse_html", "html", text_input(figure_tables_page), hostile=True),
    Case("md-written", "from_markdown", "markdown", written("to_markdown"), seeded=True),
    Case("md-images", "from_markdown", "markdown", text_input(markdown_images), hostile=True),
    Case("md-quotes", "from_markdown", "markdown", text_input(markdown_quotes), hostile=True),
    Case("md-lines", "from_markdown", "markdown", text_input(markdown_lines), hostile=True),
    Case("json-written", "from_json", "json", written("to_json"), seeded=True),
    Case("json-tiny", "from_json", "json", text_input(tiny_blocks), hostile=True),
    *(Case(f"{writer}-seed", writer, fmt, seed_source, seeded=True) for writer, fmt in WRITERS.items()),
    *(Case(f"{writer}-tiny", writer, fmt, tiny_source, hostile=True) for writer, fmt in WRITERS.items()),
)
BY_NAME = {case.name: case for case in CASES}


# --- the child: one call, measured -----------------------------------------------------------


def status_kib(name: str) -> int:
    """A ``kB`` field of /proc/self/status (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise KeyError(name)


def settle() -> str:
    """Free what building the input left behind and restart the peak-RSS mark; say how."""
    gc.collect()
    # Without this, heap that building the input freed is reused by the call and never shows in RSS.
    libc = ctypes.util.find_library("c")
    if libc:
        ctypes.CDLL(libc).malloc_trim(0)
    try:
        Path("/proc/self/clear_refs").write_text("5")  # 5: reset VmHWM to the current RSS
    except OSError:
        return "getrusage"
    return "clear_refs"


def measure(case: Case, size: int, where: Where, runs: int, once_after: float) -> Iterator[dict[str, Any]]:
    """Time the call *runs* times on one input (fewer once a run takes over *once_after* > 0 seconds).

    The peak is meaningful for the first run only: later runs reuse heap the first one grew.
    """
    function = getattr(newsdoc, case.function)
    function(case.build(WARM_UP, where)[0])
    argument, input_bytes = case.build(size, where)
    for _ in range(runs):
        method = settle()
        before = status_kib("VmRSS")
        start = time.perf_counter()
        result = function(argument)
        seconds = time.perf_counter() - start
        # Without clear_refs, ru_maxrss (KiB on Linux) is the process's peak, input building included.
        peak = status_kib("VmHWM") if method == "clear_refs" else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        output = nbytes(result) if isinstance(result, str) else len(result.blocks)
        if case.keeps:
            keep(result, where.kept(size))  # after the figures were taken: neither timed nor in the peak
        del result
        yield {
            "seconds": seconds,
            "peak_bytes": max(0, peak - before) * 1024,
            "input_bytes": input_bytes,
            ("output_bytes" if case.function.startswith("to_") else "blocks"): output,
            "rss_method": method,
        }
        if 0 < once_after < seconds:
            break


def keep(article: Any, path: Path | None) -> None:
    if path is not None and not path.exists():
        path.write_text(newsdoc.to_json(article, indent=None), encoding="utf-8")


def prepare(size: int, where: Where) -> dict[str, Any]:
    """Read the grown seed text once and keep the article as JSON for the seeded cases."""
    start = time.perf_counter()
    article = newsdoc.parse_text(grown_text(size))
    keep(article, where.kept(size))
    return {"seconds": time.perf_counter() - start, "blocks": len(article.blocks)}


# --- the parent: runs, cells and the table ---------------------------------------------------


@dataclass
class Cell:
    """One case at one size: its runs, or why it has none."""

    runs: list[dict[str, Any]] = field(default_factory=list)
    problem: str | None = None
    """``timeout``, ``error``, ``no input``, or ``skipped``: not run, as it would time out."""

    @property
    def seconds_per_mb(self) -> float | None:
        if not self.runs:
            return None
        return float(statistics.median(r["seconds"] for r in self.runs)) / (float(self.runs[0]["input_bytes"]) / MB)

    @property
    def peak_ratio(self) -> float | None:
        if not self.runs:
            return None
        return float(self.runs[0]["peak_bytes"] / self.runs[0]["input_bytes"])  # the fresh process's run


def child(argv: Sequence[str], timeout: float, lines: int = 1) -> tuple[list[dict[str, Any]], str | None]:
    """Run this script with *argv* and read up to *lines* JSON results, each within *timeout* seconds.

    Returns the results read and the problem that stopped the child early: ``timeout`` (it is
    killed) or ``error`` (it failed; its last line of stderr is printed).
    """
    command = [sys.executable, str(Path(__file__).resolve()), *argv]
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors)
        assert process.stdout is not None
        # Raw reads under select, not readline: a buffered reader can hold a line select cannot see.
        fd, pending = process.stdout.fileno(), b""
        try:
            while len(results) < lines:
                if b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    results.append(json.loads(line))
                elif not select.select([fd], [], [], timeout)[0]:
                    return results, "timeout"
                elif not (chunk := os.read(fd, 1 << 16)):
                    break  # the child ended: done early, or failed
                else:
                    pending += chunk
        finally:
            process.kill()  # a no-op for a child that has ended
            returncode = process.wait()
            process.stdout.close()
        if returncode not in (0, -signal.SIGKILL) or (returncode and not results):
            errors.seek(0)
            last = (errors.read().decode("utf-8", "replace").strip().splitlines() or [f"exit {returncode}"])[-1]
            print(f"error: {' '.join(argv[:3])}: {last}", file=sys.stderr)
            return results, "error"
    return results, None


def where_argv(where: Where) -> list[str]:
    return ["--data", str(where.data), "--page", where.page, *(["--cache", str(where.cache)] if where.cache else [])]


@dataclass(frozen=True)
class Plan:
    """What a run measures: the sizes in bytes, where the inputs come from, runs a size, timeout."""

    sizes: tuple[int, ...]
    where: Where
    repeat: int
    timeout: float


def run_cell(case: Case, size: int, plan: Plan) -> Cell:
    """Run *case* at *size* ``plan.repeat`` times: always at the smallest size, else while runs are short."""
    once_after = 0.0 if size == plan.sizes[0] else ONCE_AFTER
    argv = ["--child", case.name, str(size), str(plan.repeat), str(once_after), *where_argv(plan.where)]
    runs, problem = child(argv, plan.timeout, plan.repeat)
    # A later run that timed out or failed is dropped: the runs before it still count.
    return Cell(runs, None if runs else problem)


def ratio(cells: Sequence[Cell], sizes: Sequence[int], timeout: float) -> tuple[float | None, bool]:
    """Seconds per MB at the largest size over that at the smallest; True when it is a lower bound."""
    first, last = cells[0].seconds_per_mb, cells[-1].seconds_per_mb
    if first is None or first == 0:
        return None, False
    if last is None and cells[-1].problem in ("timeout", "skipped"):
        bound = timeout / (sizes[-1] / MB) / first
        return (bound, True) if bound > TIME_TARGET else (None, False)  # a bound under the target says nothing
    return (None, False) if last is None else (last / first, False)


def figure(value: float) -> str:
    return f"{value:.3g}" if value < 100 else f"{value:.0f}"


def show_cell(cell: Cell, timeout: float) -> str:
    if cell.seconds_per_mb is not None:
        return figure(cell.seconds_per_mb)
    return {"timeout": f">{timeout:g}s", "skipped": f">{timeout:g}s*"}.get(cell.problem or "", cell.problem or "-")


def row(case: Case, cells: Sequence[Cell], sizes: Sequence[int], timeout: float) -> tuple[list[str], dict[str, Any]]:
    """The table cells of one case, and its verdict for --json."""
    value, bound = ratio(cells, sizes, timeout)
    slow = value is not None and value > TIME_TARGET
    ran = [(size, cell.peak_ratio) for size, cell in zip(sizes, cells, strict=True) if cell.peak_ratio is not None]
    peak_size, peak = ran[-1] if ran else (None, None)
    heavy = peak is not None and peak > case.memory_target
    shown_ratio = "-" if value is None else (">" if bound else "") + figure(value) + ("!" if slow else "")
    shown_peak = "-" if peak is None else figure(peak) + ("!" if heavy else "")
    if peak_size is not None and peak_size != sizes[-1]:
        shown_peak += f" @{peak_size / MB:.3g}"
    timed_out = any(c.problem in ("timeout", "skipped") for c in cells)
    misses = [word for word, miss in (("slow", slow), ("timeout", timed_out), ("memory", heavy)) if miss]
    if any(c.problem in ("error", "no input") for c in cells):
        misses.append("error")
    verdict = ", ".join(misses) or ("ok" if value is not None and peak is not None else "incomplete")
    shape = "hostile" if case.hostile else "realistic"
    cells_shown = [show_cell(c, timeout) for c in cells]
    line = [case.name, case.function, *cells_shown, shown_ratio, shown_peak, verdict]
    record = {
        "function": case.function,
        "shape": shape,
        "memory_target": case.memory_target,
        "ratio": value,
        "ratio_is_lower_bound": bound,
        "peak_ratio": peak,
        "peak_size_mb": None if peak_size is None else peak_size / MB,
        "verdict": verdict,
        "sizes": {
            f"{s / MB:.3g}": {"problem": c.problem, "seconds_per_mb": c.seconds_per_mb, "runs": c.runs}
            for s, c in zip(sizes, cells, strict=True)
        },
    }
    return line, record


def table(header: Sequence[str], lines: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(h), *(len(line[k]) for line in lines)) for k, h in enumerate(header)]

    def render(cells: Sequence[str]) -> str:
        return " | ".join(
            f"{c:<{w}}" if k < 2 or k == len(cells) - 1 else f"{c:>{w}}"
            for k, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [render(header), "-+-".join("-" * w for w in widths), *(render(line) for line in lines)]


def chosen(patterns: str | None) -> list[Case]:
    """The cases named by --only: names or shell patterns (``html-*``), comma-separated."""
    if not patterns:
        return list(CASES)
    wanted = [p.strip() for p in patterns.split(",") if p.strip()]
    if unknown := [p for p in wanted if not fnmatch.filter(BY_NAME, p)]:
        raise ValueError(f"--only: no case is named {', '.join(unknown)}; cases: {', '.join(BY_NAME)}")
    return [case for case in CASES if any(fnmatch.fnmatchcase(case.name, p) for p in wanted)]


def sizes_of(text: str) -> list[int]:
    sizes = sorted({round(float(part) * MB) for part in text.split(",") if part.strip()})
    if not sizes or sizes[0] <= 0:
        raise ValueError("--sizes: give positive sizes in MB, such as 1,4,16")
    return sizes


def would_time_out(below: Cell, size: int, timeout: float) -> bool:
    """Whether *size* is sure to time out, from the size below: it did, or its time scaled linearly does.

    No reader or writer takes less than linear time (each reads all its input), so a linear
    projection is a lower bound: skipping such a run only saves the wait for its timeout.
    """
    if below.problem in ("timeout", "skipped"):
        return True
    return below.seconds_per_mb is not None and below.seconds_per_mb * size / MB > timeout


def prepare_seed(plan: Plan) -> dict[int, str | None]:
    """Read the grown seed article at each size where ``text-seed`` did not keep it; the problems by size."""
    problems: dict[int, str | None] = {}
    for size in plan.sizes:
        kept = plan.where.kept(size)
        if kept is None or kept.exists():
            problems[size] = None
            continue
        results, problems[size] = child(["--prepare", str(size), *where_argv(plan.where)], plan.timeout)
        if results:
            print(f"seed article at {size / MB:.3g} MB: parse_text {results[0]['seconds']:.1f} s", file=sys.stderr)
    return problems


def run_cases(cases: Sequence[Case], plan: Plan) -> list[list[Cell]]:
    """Every case at every size, one child process at a time (``text-seed`` first, as it is in CASES)."""
    prepared: dict[int, str | None] | None = None
    table_cells = []
    for case in cases:
        if case.seeded and prepared is None:
            prepared = prepare_seed(plan)
        cells: list[Cell] = []
        for size in plan.sizes:
            if case.seeded and prepared and prepared[size]:
                cells.append(Cell(problem="no input"))
            elif cells and would_time_out(cells[-1], size, plan.timeout):
                cells.append(Cell(problem="skipped"))
            else:
                cells.append(run_cell(case, size, plan))
        shown = "  ".join(show_cell(cell, plan.timeout) for cell in cells)
        print(f"{case.name}: s/MB {shown}", file=sys.stderr, flush=True)  # progress: a full run takes minutes
        table_cells.append(cells)
    return table_cells


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16", help="input sizes in MB, comma-separated (default 1,4,16)")
    parser.add_argument("--only", metavar="NAME[,NAME]", help="only these cases (names or patterns such as html-*)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a run may take (default 120)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size under 10 s, median reported (default 3)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"AEB folder (default {DEFAULT_DATA})")
    parser.add_argument(
        "--page", default=DEFAULT_PAGE, help=f"id or prefix of the page to grow (default {DEFAULT_PAGE})"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every run's figures here")
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    # The children: this script, run again to measure one call or to read the seed once.
    parser.add_argument("--child", nargs=4, metavar=("CASE", "BYTES", "RUNS", "ONCE_AFTER"), help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=int, metavar="BYTES", help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        args.cases, args.size_list = chosen(args.only), sizes_of(args.sizes)
    except ValueError as exc:
        parser.error(str(exc))
    if args.repeat < 1 or args.timeout <= 0:
        parser.error("--repeat must be at least 1 and --timeout positive")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    where = Where(args.data, args.page, args.cache)
    if args.child:
        name, size, runs, once_after = args.child
        for result in measure(BY_NAME[name], int(size), where, int(runs), float(once_after)):
            print(json.dumps(result), flush=True)
        return 0
    if args.prepare:
        print(json.dumps(prepare(args.prepare, where)))
        return 0
    if args.list:
        for case in CASES:
            kind = "hostile" if case.hostile else "realistic"
            print(f"{case.name:<18} {case.function:<14} {kind}, memory target {case.memory_target:g}x")
        return 0

    started = time.perf_counter()
    sizes, versions = args.size_list, {name: dist_version(name) for name in ("newsdoc", "lxml")}
    print(
        f"{dt.datetime.now().isoformat(timespec='seconds')}; Python {platform.python_version()}; "
        + ", ".join(f"{k} {v}" for k, v in versions.items())
        + f"; {os.cpu_count()} CPUs"
    )
    print(
        f"sizes {', '.join(f'{s / MB:.3g}' for s in sizes)} MB; {args.repeat} runs a size"
        f" (1 when a run takes over {ONCE_AFTER:g} s), median s/MB; timeout {args.timeout:g} s; page {args.page}",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="newsdoc-scaling-") as cache:
        plan = Plan(tuple(sizes), Where(args.data, args.page, Path(cache)), args.repeat, args.timeout)
        all_cells = run_cases(args.cases, plan)
    lines, records = [], {}
    for case, cells in zip(args.cases, all_cells, strict=True):
        line, records[case.name] = row(case, cells, sizes, args.timeout)
        lines.append(line)

    at = [f"@{s / MB:.3g}" for s in sizes]
    ratio_name = f"{at[-1][1:]}/{at[0][1:]}"
    header = ["case", "reader/writer", f"s/MB {at[0]}", *at[1:], ratio_name, "peak ×input", "verdict"]
    print("\n".join(table(header, lines)))
    print(
        f"targets: {ratio_name} (s/MB at the largest size over the smallest) <= {TIME_TARGET};"
        " peak memory <= 10x input for text, Markdown and JSON, 30x for HTML. ! marks a miss."
        f" >{args.timeout:g}s: timed out; >{args.timeout:g}s*: not run, as the size below timed out or,"
        " scaled linearly, would; peak @N: at the largest size that ran"
    )
    seconds = time.perf_counter() - started
    print(f"total {seconds:.0f} s")
    if args.json:
        meta: dict[str, Any] = {
            "date": dt.date.today().isoformat(),
            "python": platform.python_version(),
            "versions": versions,
        }
        meta |= {"sizes_mb": [s / MB for s in sizes], "repeat": args.repeat, "timeout": args.timeout}
        meta |= {"page": args.page, "seconds": seconds}
        args.json.write_text(json.dumps({"meta": meta, "cases": records}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
