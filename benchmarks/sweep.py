"""Sweep thousands of small page and text shapes for time that grows faster than the input.

Usage::

    python benchmarks/sweep.py [--readers html,text,markdown] [--sizes 64,256] [--grows 1.8]
                               [--part 0/1] [--timeout 60]

:mod:`scaling` measures a few dozen shapes carefully; this looks at many roughly. Each shape is
one element, line or Markdown construct repeated in one layout; it is read at two sizes (in kB),
and flagged when its seconds per MB at the larger is more than ``--grows`` times that at the
smaller and over 0.5 s/MB, in two rounds (a busy machine can make a linear reader's figure
wobble so once). A flagged shape is a lead, not a verdict: time it with :mod:`scaling` at 1, 4
and 16 MB.

Shapes for ``parse_html``: every tag below, with no class or a word from each class vocabulary of
:class:`~newsdoc.Cues`, holding a name, a credit line or a quote, laid out as siblings in the
article, inside one paragraph, each in a ``<div>`` of its own, or inside one figure. For
``parse_text`` and ``from_markdown``: every line below, parted by blank lines, by line breaks,
after one paragraph, alternating with paragraphs, or run together on one line.

``--part 0/2`` and ``--part 1/2`` split the shapes between two processes, one for each core.
"""

from __future__ import annotations

import argparse
import itertools
import signal
import sys
import time
from collections.abc import Callable, Iterator

from scaling import MB, nbytes, repeated

import newsdoc

KB = 1024
TAGS = (
    "p", "div", "span", "a", "li", "figure", "figcaption", "blockquote", "aside", "section", "header", "footer",
    "h2", "b", "em", "small", "time", "cite", "q", "img", "br", "td", "dd", "pre", "sup", "strong", "address",
    "picture", "label", "button",
)  # fmt: skip
TEXTS = ("Jane Roe", "Photo: Jane Roe/AP", "\u201cThe sea keeps the score of every winter here,\u201d she said.")
BODY = "The ferry left the harbour early on Monday, the council said, and more words followed it."
LINES = (
    *("By Jane Roe", "Photo: Jane Roe/AP", TEXTS[2], "harbour-at-dawn.jpg", "Tags: harbour, ferry, council"),
    *("Share this:", "Read more: The ferry returns", "Jane Roe is a reporter at the Harbour Daily."),
    *("This article was first published by the Harbour Review.", "Advertisement", "Updated: May 3, 2024"),
    *("* * *", "HARBOUR NEWS", "1. A numbered line", "- A bulleted line", "| a | b |", "Home > News > Harbour"),
    *("A harbour at dawn. (AP Photo/Jane Roe)", "Jane Roe", "May 3, 2024", "Editor's note: This was updated."),
    *("\u00a9 2024 Harbour Media", "Follow us on Facebook", BODY, "The Ferry Returns", "\u2014 Jane Roe"),
    *("(Reporting by Jane Roe; Editing by John Doe)", "Jane Roe contributed to this report.", "> quoted line"),
    *("## A heading", "![A harbour](a.jpg)", "[A link](http://example.com/a)", "*emphasis* and **strong**"),
    *("<div>raw</div>", "    indented code", "Q: What now?", "A: We wait.", "LONDON (Reuters) - The talks"),
)
ARTICLE = "<article><h1>The Ferry Returns</h1>"
# What a unit is repeated between, for each layout: (before, repeated unit, after), the unit given.
PAGE_LAYOUTS: dict[str, Callable[[str], tuple[str, str, str]]] = {
    "siblings": lambda unit: (f"{ARTICLE}<p>{BODY}</p>", unit + " word\n", "</article>"),
    "in-p": lambda unit: (f"{ARTICLE}<p>", unit + " word ", "</p></article>"),
    "in-div": lambda unit: (f"{ARTICLE}<p>{BODY}</p>", f"<div>{unit}</div>\n", "</article>"),
    "in-figure": lambda unit: (f"{ARTICLE}<figure><img src='a.jpg'>", unit + " ", "</figure></article>"),
}
TEXT_LAYOUTS: dict[str, Callable[[str], tuple[str, str, str]]] = {
    "blank-lines": lambda line: ("", line + "\n\n", ""),
    "lines": lambda line: ("", line + "\n", ""),
    "after-paragraph": lambda line: (f"The Ferry Returns\n\n{BODY}\n\n", line + "\n\n", ""),
    "alternating": lambda line: ("The Ferry Returns\n\n", f"{line}\n\n{BODY}\n\n", ""),
    "one-line": lambda line: ("", line + " ", ""),
}


def element(tag: str, word: str, text: str) -> str:
    """*text* in a *tag* classed *word*, with what the tag needs around it to stand where it is."""
    marked = f" class='{word}'" if word else ""
    if tag in {"img", "br"}:
        return f"<{tag}{marked} alt='{text}'>"
    around = {"td": ("<table><tr>", "</tr></table>"), "dd": ("<dl><dt>Term</dt>", "</dl>"), "li": ("<ul>", "</ul>")}
    start, end = around.get(tag, ("", ""))
    return f"{start}<{tag}{marked}>{text}</{tag}>{end}"


def shapes(readers: set[str]) -> Iterator[tuple[str, Callable[[str], object], tuple[str, str, str]]]:
    """Each shape's name, the reader it is for, and what it is made of."""
    cues = newsdoc.DEFAULT_CUES
    vocabularies = sorted(name for name in dir(cues) if name.endswith("_marks"))
    words = ["", *(next(iter(getattr(cues, name))) for name in vocabularies)]
    if "html" in readers:
        for tag, word, text, (layout, make) in itertools.product(TAGS, words, TEXTS, PAGE_LAYOUTS.items()):
            name = f"html {tag} class={word or '-'} {text[:12]!r} {layout}"
            yield name, newsdoc.parse_html, make(element(tag, word, text))
    lined = (("text", newsdoc.parse_text), ("markdown", newsdoc.from_markdown))
    for (reader, read), line, (layout, make) in itertools.product(lined, LINES, TEXT_LAYOUTS.items()):
        if reader in readers:
            yield f"{reader} {line[:24]!r} {layout}", read, make(line)


def seconds_a_mb(read: Callable[[str], object], parts: tuple[str, str, str], size: int, timeout: int) -> float:
    """Seconds per MB of one read of the shape grown to at least *size* bytes; infinite past *timeout*."""
    before, unit, after = parts
    source = repeated(unit, size, head=before, tail=after)
    signal.alarm(timeout)
    start = time.perf_counter()
    try:
        read(source)
    except TimeoutError:
        return float("inf")
    except newsdoc.NewsdocError:
        pass  # a clear error is an answer: how long it took to give it counts
    finally:
        signal.alarm(0)
    return (time.perf_counter() - start) / (nbytes(source) / MB)


def growth(
    read: Callable[[str], object], parts: tuple[str, str, str], sizes: tuple[int, int], grows: float, timeout: int
) -> tuple[float, float] | None:
    """The shape's s/MB at the two sizes if it grows past *grows*, in two rounds: a busy machine makes one of them."""
    first = second = 0.0
    for _ in range(2):
        first = seconds_a_mb(read, parts, sizes[0], timeout)
        if first == float("inf"):
            break
        second = seconds_a_mb(read, parts, sizes[1], timeout)
        if not (second > 0.5 and second > grows * first):
            return None
    return first, second


def _timed_out(*_: object) -> None:
    raise TimeoutError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", default="html,text,markdown", help="which readers' shapes (default all)")
    parser.add_argument("--sizes", default="64,256", help="the two sizes in kB (default 64,256)")
    parser.add_argument("--grows", type=float, default=1.8, help="flag a growth of s/MB past this (default 1.8)")
    parser.add_argument("--part", default="0/1", help="this process's share of the shapes, as K/N (default 0/1)")
    parser.add_argument("--timeout", type=int, default=60, help="seconds a read may take (default 60)")
    args = parser.parse_args(argv)
    small, large = (int(kb) * KB for kb in args.sizes.split(","))
    part, parts = map(int, args.part.split("/"))
    signal.signal(signal.SIGALRM, _timed_out)
    flagged = swept = 0
    started = time.perf_counter()
    for name, read, made in itertools.islice(shapes(set(args.readers.split(","))), part, None, parts):
        swept += 1
        if (found := growth(read, made, (small, large), args.grows, args.timeout)) is None:
            continue
        first, second = found
        flagged += 1
        print(f"grows  {name}: {first:.2f} then {second:.2f} s/MB", flush=True)
    print(f"{swept} shapes at {args.sizes} kB, {flagged} flagged, in {time.perf_counter() - started:.0f} s")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
