"""Score newsdoc's typed roles (captions, credits, standfirsts, pull quotes, notes) on the AEB dev pages.

Usage::

    python benchmarks/roles.py [--data DIR] [--ids FILE|ID,ID] [--json OUT] [--browser] [--without-classes]
                               [--misses ROLE[,ROLE]] [--source html|bs4|inscriptis|markdownify|browser]

The labels are ``roles.json`` in the data folder; its README says how to score, and this
script does that:

* Both sides are normalised (NFKC, curly quotes and dashes to plain ones, white space
  collapsed) and split into lower-cased ``\\w+`` tokens, counted as a multiset.
* A label and a block match when the tokens they share are at least half of the longer
  side's tokens. Matching is one to one, best pairs first.
* Per role: precision = matched blocks / blocks, recall = matched labels / labels, and
  F1 = 2 * matched / (labels + blocks), which is their harmonic mean and is 0, not
  undefined, when one side is empty.
* A caption matches on its words alone or on its words plus credit, on either side,
  whichever overlaps more. A Caption block matching a video caption (``video: true``,
  not scored) counts neither for nor against precision. Of the matched captions whose
  label has a credit, "credits" is the share whose block credit matches the label's
  ``credit`` or ``credit_alt`` by the same rule.
* "notes" pools bios, disclaimers and attributions; a note label may be matched by a
  block of any type named in its ``accept`` list (class names: Bio, Disclaimer, ...).

Each page is read four ways: ``parse_html`` on the page, ``parse_text`` on two
scraped-text renditions of it (BeautifulSoup's ``get_text`` and inscriptis), and
``from_markdown`` on the Markdown markdownify writes of it (as a converter hands a page to
a pipeline; skipped when markdownify is not installed); with ``--browser``, a fifth: the
text a headless Chromium shows for the page (see ``browser_text.py``). Pages are
split into tune and holdout by a hash of their id; every figure is given for both and
for all pages, with the AEB body F1 of ``aeb.py`` on the same pages. With
``--without-classes``, every ``class`` and ``id`` is taken out of the pages first, as
``aeb.py --without-classes`` does: what newsdoc types by structure and words alone.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import importlib
import json
import platform
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aeb import DEFAULT_DATA, Page, Run, body_text, dist_version, load_pages, summarise, without_classes
from browser_text import BrowserText
from bs4 import BeautifulSoup

import newsdoc
from newsdoc import Attribution, Bio, Caption, Disclaimer, PullQuote, Standfirst

MATCH_AT = 0.5
"""A label and a block match when shared tokens / the longer side's tokens is at least this."""
_TOKEN = re.compile(r"\w+")
_PLAIN = str.maketrans(dict.fromkeys("‘’‚‛′", "'") | dict.fromkeys("“”„‟″«»", '"') | dict.fromkeys("‐‑‒–—―−", "-"))
_NOT_TEXT = ("script", "style", "noscript", "template")
DISTRIBUTIONS = ("newsdoc", "beautifulsoup4", "inscriptis", "lxml")
SUBSETS = ("tune", "holdout", "all")
# Role name -> the block types scored for it. "notes" pools the last three.
ROLE_TYPES: dict[str, tuple[type[newsdoc.Block], ...]] = {
    "captions": (Caption,),
    "standfirsts": (Standfirst,),
    "pull_quotes": (PullQuote,),
    "bios": (Bio,),
    "disclaimers": (Disclaimer,),
    "attributions": (Attribution,),
    "notes": (Bio, Disclaimer, Attribution),
}
NOTE_TYPES = {"bios": "Bio", "disclaimers": "Disclaimer", "attributions": "Attribution"}
MICRO_ROLES = ("captions", "standfirsts", "pull_quotes", "bios", "disclaimers", "attributions")
MISS_ROLES = (*ROLE_TYPES, "credits")


# --- matching: small pure functions -------------------------------------------------------


def tokens(text: str) -> Counter[str]:
    """The multiset of lower-cased ``\\w+`` tokens of *text*, after NFKC and plain quotes and dashes."""
    plain = " ".join(unicodedata.normalize("NFKC", text).translate(_PLAIN).split())
    return Counter(_TOKEN.findall(plain.lower()))


def overlap(a: Counter[str], b: Counter[str]) -> float:
    """Shared tokens (as multisets) over the longer side's tokens; 0 when both are empty."""
    longer = max(a.total(), b.total())
    return (a & b).total() / longer if longer else 0.0


@dataclass(frozen=True)
class Item:
    """A label or a block, as the matcher sees it."""

    text: str
    readings: tuple[Counter[str], ...]
    """Alternative token multisets; a pair scores by its best two readings."""
    kinds: frozenset[str]
    """A block's type name; for a label, the block types it accepts."""
    credits: tuple[str, ...] = ()
    """A caption's credit (for a label, also credit_alt)."""


def item(text: str, kinds: Iterable[str], credits: Sequence[str] = ()) -> Item:
    """An item read as *text* alone, and, when it has a credit, also as text plus its first credit."""
    readings = [tokens(text)]
    if credits:
        readings.append(tokens(f"{text} {credits[0]}"))
    return Item(text, tuple(readings), frozenset(kinds), tuple(credits))


def score(label: Item, block: Item) -> float:
    """The best overlap of any reading of *label* with any reading of *block*; 0 if its type is not accepted."""
    if not label.kinds & block.kinds:
        return 0.0
    return max(overlap(a, b) for a in label.readings for b in block.readings)


def match(labels: Sequence[Item], blocks: Sequence[Item]) -> list[tuple[int, int, float]]:
    """One-to-one matches (label index, block index, score), taking the best-scoring pairs first.

    Ties go to the earlier label, then the earlier block.
    """
    pairs = [(score(label, block), i, j) for i, label in enumerate(labels) for j, block in enumerate(blocks)]
    taken_labels: set[int] = set()
    taken_blocks: set[int] = set()
    matches = []
    for value, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if value >= MATCH_AT and i not in taken_labels and j not in taken_blocks:
            taken_labels.add(i)
            taken_blocks.add(j)
            matches.append((i, j, value))
    return matches


def credit_right(label: Item, block: Item) -> bool:
    """Whether the block's credit matches the label's credit or credit_alt."""
    return bool(block.credits) and any(overlap(tokens(c), tokens(block.credits[0])) >= MATCH_AT for c in label.credits)


@dataclass(frozen=True)
class Tally:
    """Counts that add up over pages: matched pairs, labels, and blocks that count for precision."""

    matched: int = 0
    labels: int = 0
    blocks: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.matched + other.matched, self.labels + other.labels, self.blocks + other.blocks)

    @property
    def f1(self) -> float | None:
        both = self.labels + self.blocks
        return 2 * self.matched / both if both else None


@dataclass(frozen=True)
class Outcome:
    """One role on one page: its labels, its blocks, and how they matched."""

    labels: tuple[Item, ...]
    blocks: tuple[Item, ...]
    matches: tuple[tuple[int, int, float], ...]
    ignored: tuple[int, ...] = ()
    """Blocks that matched an unscored label (a video caption): neither for nor against."""

    @property
    def tally(self) -> Tally:
        return Tally(len(self.matches), len(self.labels), len(self.blocks) - len(self.ignored))

    def credits(self) -> Tally:
        """Of the matches whose label has a credit: how many block credits are right (blocks = labels)."""
        eligible = [(i, j) for i, j, _ in self.matches if self.labels[i].credits]
        right = sum(credit_right(self.labels[i], self.blocks[j]) for i, j in eligible)
        return Tally(right, len(eligible), len(eligible))


def outcome(labels: Sequence[Item], blocks: Sequence[Item], unscored: Sequence[Item] = ()) -> Outcome:
    """Match *labels* to *blocks*, then set aside the blocks left over that match an *unscored* label."""
    matches = match(labels, blocks)
    matched = {j for _, j, _ in matches}
    rest = [j for j in range(len(blocks)) if j not in matched]
    ignored = sorted(rest[j] for _, j, _ in match(unscored, [blocks[j] for j in rest]))
    return Outcome(tuple(labels), tuple(blocks), tuple(matches), tuple(ignored))


# --- labels and blocks ----------------------------------------------------------------------


def label_items(entry: Mapping[str, Any]) -> dict[str, list[Item]]:
    """The labels of one page of roles.json, by role, plus "video" (captions not scored)."""
    labels: dict[str, list[Item]] = {"captions": [], "video": []}
    for caption in entry["captions"]:
        credits = [c for c in (caption["credit"], caption.get("credit_alt")) if c]
        labels["video" if caption["video"] else "captions"].append(item(caption["text"], ["Caption"], credits))
    labels["standfirsts"] = [item(entry["standfirst"], ["Standfirst"])] if entry["standfirst"] else []
    labels["pull_quotes"] = [item(quote["text"], ["PullQuote"]) for quote in entry["pull_quotes"]]
    labels["notes"] = []
    for role, kind in NOTE_TYPES.items():
        labels[role] = [item(note["text"], [kind]) for note in entry[role]]
        labels["notes"] += [item(note["text"], note.get("accept") or [kind]) for note in entry[role]]
    return labels


def block_item(block: newsdoc.Block) -> Item:
    credits = [block.credit] if isinstance(block, Caption) and block.credit else []
    return item(getattr(block, "text", ""), [type(block).__name__], credits)


def score_page(labels: Mapping[str, Sequence[Item]], blocks: Sequence[newsdoc.Block]) -> dict[str, Outcome]:
    """Every role's outcome on one page."""
    outcomes = {}
    for role, types in ROLE_TYPES.items():
        items = [block_item(block) for block in blocks if isinstance(block, types)]
        outcomes[role] = outcome(labels[role], items, labels["video"] if role == "captions" else ())
    return outcomes


def holdout(page_id: str) -> bool:
    """Whether a page is in the holdout third, by a hash of its id."""
    return int(hashlib.sha1(("roles-holdout:" + page_id).encode()).hexdigest(), 16) % 3 == 0


def tidy(text: str) -> str:
    """A scraper's usual tidy-up: each line stripped, runs of 3 or more newlines squeezed to 2."""
    lines = "\n".join(line.strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", lines).strip()


def bs4_text(html: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    for element in soup(_NOT_TEXT):
        element.decompose()
    return tidy(soup.get_text("\n"))


def load_inscriptis() -> Callable[[str], str]:
    get_text: Callable[[str], str] = importlib.import_module("inscriptis").get_text
    return lambda html: tidy(get_text(html))


def load_markdownify() -> Callable[[str], str]:
    markdownify: Callable[..., str] = importlib.import_module("markdownify").markdownify
    return lambda html: markdownify(html, heading_style="ATX")


MARKDOWN = frozenset({"markdownify"})
"""The renditions that are Markdown, read with ``from_markdown``; the others are text, read with ``parse_text``."""


def reader(name: str) -> Callable[[str], newsdoc.Article]:
    """How the rendition *name* is read: ``from_markdown`` or ``parse_text``."""
    return newsdoc.from_markdown if name in MARKDOWN else newsdoc.parse_text


# --- the run --------------------------------------------------------------------------------


@dataclass
class Source:
    """One way of reading the pages: outcomes by page and role, and errors by page."""

    name: str
    outcomes: dict[str, dict[str, Outcome]]
    errors: dict[str, str]

    def tally(self, role: str, ids: Iterable[str]) -> Tally:
        total = Tally()
        for page_id in ids:
            found = self.outcomes[page_id]
            if role == "credits":
                total += found["captions"].credits()
            elif role == "micro":
                total = sum((found[r].tally for r in MICRO_ROLES), total)
            else:
                total += found[role].tally
        return total


def read_pages(
    name: str, read: Callable[[Page], newsdoc.Article], pages: Sequence[Page], labels: Mapping[str, Any]
) -> tuple[Source, dict[str, newsdoc.Article]]:
    """Read every page one way and score it; a page whose reading raises has no blocks."""
    source = Source(name, {}, {})
    articles = {}
    for page in pages:
        try:
            articles[page.id] = read(page)
            blocks: Sequence[newsdoc.Block] = articles[page.id].blocks
        except Exception as exc:  # one bad page must not stop the benchmark
            source.errors[page.id] = f"{type(exc).__name__}: {exc}"
            blocks = ()
        source.outcomes[page.id] = score_page(labels[page.id], blocks)
    for page_id, error in source.errors.items():
        print(f"error: {name}: {page_id}: {error}", file=sys.stderr)
    return source, articles


def body_f1(pages: Sequence[Page], articles: Mapping[str, newsdoc.Article], errors: Mapping[str, str]) -> float | None:
    """aeb.py's body F1 of newsdoc over *pages* (macro precision and recall, then their harmonic mean)."""
    if not pages:
        return None
    texts = {page.id: body_text(articles[page.id]) if page.id in articles else "" for page in pages}
    return float(summarise(Run(texts, dict(errors), dict.fromkeys(texts, 0.0)), list(pages))["f1"])


def select(pages: list[Page], wanted: str | None) -> list[Page]:
    """The pages named by --ids: a file of ids or a comma-separated list; unique prefixes will do."""
    if wanted is None:
        return pages
    path = Path(wanted)
    names = path.read_text(encoding="utf-8").split() if path.is_file() else wanted.split(",")
    chosen = []
    for name in filter(None, (n.strip() for n in names)):
        hits = [page for page in pages if page.id.startswith(name)]
        if len(hits) != 1:
            raise ValueError(f"--ids: {name!r} names {len(hits)} pages")
        chosen.append(hits[0])
    return chosen


def short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def described(part: Item) -> str:
    """The text of a label or block for --misses, with its credits if it has any."""
    return short(part.text) + (f" [credit: {' | '.join(part.credits)}]" if part.credits else "")


def misses(source: Source, roles: Sequence[str]) -> list[str]:
    """Per page, each missed label and each unmatched block of *roles* (and each wrong credit)."""
    lines = []
    for page_id, found in source.outcomes.items():
        for role in roles:
            result = found["captions" if role == "credits" else role]
            matched = {i: j for i, j, _ in result.matches}
            if role == "credits":
                for i, j in matched.items():
                    label, block = result.labels[i], result.blocks[j]
                    if label.credits and not credit_right(label, block):
                        got = block.credits[0] if block.credits else None
                        lines.append(f"{source.name} credits {page_id}: label {label.credits} block {got!r}")
                continue
            lines += [
                f"{source.name} {role} {page_id}: missed label: {described(label)}"
                for i, label in enumerate(result.labels)
                if i not in matched
            ]
            spare = set(matched.values()) | set(result.ignored)
            lines += [
                f"{source.name} {role} {page_id}: extra {next(iter(block.kinds))}: {described(block)}"
                for j, block in enumerate(result.blocks)
                if j not in spare
            ]
    return lines


def cell(tally: Tally, role: str) -> str:
    """'F1 matched/labels matched/blocks'; for credits 'share right/eligible'; '-' when there is nothing."""
    if tally.f1 is None:
        return "-"
    if role == "credits":
        return f"{tally.f1:.2f} {tally.matched}/{tally.labels}"
    return f"{tally.f1:.2f} {tally.matched}/{tally.labels} {tally.matched}/{tally.blocks}"


def table(rows: Sequence[tuple[str, Sequence[str]]], title: str) -> list[str]:
    width = max(len(name) for name, _ in rows)
    columns = [max(len(SUBSETS[k]), *(len(cells[k]) for _, cells in rows)) for k in range(len(SUBSETS))]
    head = f"{title:<{width}}  " + "  ".join(f"{s:>{w}}" for s, w in zip(SUBSETS, columns, strict=True))
    body = [
        f"{name:<{width}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(cells, columns, strict=True))
        for name, cells in rows
    ]
    return [head, *body]


ROW_NAMES = {
    "captions": "captions",
    "credits": "credits split right",
    "standfirsts": "standfirsts",
    "pull_quotes": "pull quotes",
    "bios": "bios",
    "disclaimers": "disclaimers",
    "attributions": "attributions",
    "notes": "notes (pooled, accept)",
    "micro": "micro-F1 all roles",
}


def role_rows(source: Source, subsets: Mapping[str, Sequence[str]], prefix: str = "") -> list[tuple[str, list[str]]]:
    return [
        (prefix + name, [cell(source.tally(role, subsets[s]), role) for s in SUBSETS])
        for role, name in ROW_NAMES.items()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})")
    parser.add_argument("--ids", help="only these pages: a file of ids, or ids (or unique prefixes) joined by commas")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write per-page labels, blocks and matches here")
    parser.add_argument("--misses", metavar="ROLE[,ROLE]", help="list missed labels and extra blocks of these roles")
    parser.add_argument(
        "--source", default="html", choices=("html", "bs4", "inscriptis", "markdownify", "browser"), help="for --misses"
    )
    parser.add_argument("--browser", action="store_true", help="also read the text a headless Chromium shows")
    parser.add_argument(
        "--without-classes", action="store_true", help="take every class and id attribute out of the pages first"
    )
    args = parser.parse_args(argv)
    shown = [r.strip() for r in (args.misses or "").split(",") if r.strip()]
    if unknown := [r for r in shown if r not in MISS_ROLES]:
        parser.error(f"unknown roles {unknown}; choose from {', '.join(MISS_ROLES)}")

    renditions: dict[str, Callable[[str], str]] = {"bs4": bs4_text}
    try:
        renditions["inscriptis"] = load_inscriptis()
    except ImportError as exc:
        print(f"note: skipped the inscriptis rendition: {exc}", file=sys.stderr)
    try:
        renditions["markdownify"] = load_markdownify()
    except ImportError as exc:
        print(f"note: skipped the markdownify rendition: {exc}", file=sys.stderr)
    with contextlib.ExitStack() as stack:
        if args.browser:
            try:
                browser = stack.enter_context(BrowserText())
            except (OSError, RuntimeError) as exc:
                parser.error(f"--browser: {exc}")
            renditions["browser"] = lambda html: tidy(browser.inner_text(html))
        return run(args, parser, renditions, shown)


def run(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    renditions: dict[str, Callable[[str], str]],
    shown: list[str],
) -> int:
    """Read, score and print, as :func:`main` was asked."""
    if shown and args.source not in ("html", *renditions):
        parser.error(f"--source {args.source}: that rendition cannot run")

    started = time.perf_counter()
    try:
        pages = select(load_pages(args.data, None), args.ids)
    except ValueError as exc:
        parser.error(str(exc))
    if args.without_classes:
        pages = [without_classes(page) for page in pages]
    roles = json.loads((args.data / "roles.json").read_text(encoding="utf-8"))
    labels = {page.id: label_items(roles[page.id]) for page in pages}
    ids = [page.id for page in pages]
    subsets = {"tune": [i for i in ids if not holdout(i)], "holdout": [i for i in ids if holdout(i)], "all": ids}

    html, articles = read_pages("html", lambda page: newsdoc.parse_html(page.html, url=page.url), pages, labels)
    sources = {"html": html}
    for name, render in renditions.items():
        read = reader(name)
        sources[name], _ = read_pages(name, lambda page, r=render, f=read: f(r(page.html)), pages, labels)
    seconds = time.perf_counter() - started

    if shown:
        print("\n".join(misses(sources[args.source], shown)))
        print()
    for name in renditions:
        title = f"from_markdown on {name} Markdown" if name in MARKDOWN else f"parse_text on {name} text"
        print("\n".join(table(role_rows(sources[name], subsets), title)))
        print()
    by_id = {page.id: page for page in pages}
    body = [body_f1([by_id[i] for i in subsets[s]], articles, html.errors) for s in SUBSETS]
    rows = role_rows(html, subsets)
    rows += [
        (
            f"{'markdown' if name in MARKDOWN else 'text'} micro-F1 ({name})",
            [cell(sources[name].tally("micro", subsets[s]), "micro") for s in SUBSETS],
        )
        for name in renditions
    ]
    rows += [("AEB body F1 (newsdoc)", ["-" if f is None else f"{f:.3f}" for f in body])]
    versions = {name: dist_version(name) for name in DISTRIBUTIONS}
    counts = ", ".join(f"{s} {len(subsets[s])}" for s in SUBSETS)
    print(
        f"{dt.date.today().isoformat()}; Python {platform.python_version()}; "
        + ", ".join(f"{k} {v}" for k, v in versions.items())
    )
    stripped = "; without classes or ids" if args.without_classes else ""
    print(f"pages: {counts}; loaded, read and scored in {seconds:.1f} s{stripped}")
    print("cells: F1 matched/labels matched/blocks (credits: share right, right/matched captions with a credit)")
    print("\n".join(table(rows, "parse_html role")))

    if args.json:
        dump = {
            "meta": {
                "date": dt.date.today().isoformat(),
                "python": platform.python_version(),
                "versions": versions,
                "without_classes": args.without_classes,
            },
            "pages": {
                page_id: {
                    "split": "holdout" if holdout(page_id) else "tune",
                    "sources": {name: page_json(source, page_id) for name, source in sources.items()},
                }
                for page_id in ids
            },
        }
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def page_json(source: Source, page_id: str) -> dict[str, Any]:
    found = source.outcomes[page_id]
    roles: dict[str, Any] = {
        role: {
            "labels": [label.text for label in result.labels],
            "blocks": [block.text for block in result.blocks],
            "matches": [{"label": i, "block": j, "score": round(value, 3)} for i, j, value in result.matches],
            "ignored_blocks": list(result.ignored),
        }
        for role, result in found.items()
    }
    captions = found["captions"]
    roles["captions"]["credits"] = [
        {
            "label": captions.labels[i].credits,
            "block": captions.blocks[j].credits,
            "right": credit_right(captions.labels[i], captions.blocks[j]),
        }
        for i, j, _ in captions.matches
        if captions.labels[i].credits
    ]
    return {"error": source.errors.get(page_id), "roles": roles}


if __name__ == "__main__":
    sys.exit(main())
