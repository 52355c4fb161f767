"""The work newsdoc's readers do next to trafilatura's, counted in CPU instructions with cachegrind.

Usage::

    python benchmarks/instructions.py [--pages DIR] [--only NAME[,NAME]] [--text-mb MB]

Wall-clock rates on a shared machine move with its load, by half or more between runs
minutes apart; the count of instructions a pass runs moves by a fraction of a percent. It is
the figure to compare two versions of the code by, and the one to read a ratio to an
anchor from, knowing that instructions are not time: code that spends its time in C (lxml,
the ``json`` module) runs more of them per cycle than Python does.

Each measurement runs in a child under ``valgrind --tool=cachegrind --cache-sim=no``
twice: once with an untimed warm-up pass only, once with the warm-up and one more pass.
The difference is the instructions of one warm pass, start-up and imports left out.

* ``newsdoc`` and ``trafilatura``: a pass of ``newsdoc.parse_html`` and of
  ``trafilatura.extract`` over every page of ``--pages`` (default the 85 AEB dev pages),
  given as bytes, as in ``speed.py``;
* ``parse_text``: ``newsdoc.parse_text`` of the seed article repeated to ``--text-mb`` MB
  (default 0.5).

A tool that is not installed is skipped with a note. Valgrind must be on the ``PATH``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

from aeb import DEFAULT_DATA
from scaling import MB, grown_text
from speed import TOOLS, every_page, read_pages

import newsdoc

MEASUREMENTS = ("newsdoc", "trafilatura", "parse_text")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions_of(report: str) -> int:
    """The instructions cachegrind's summary (its stderr) counts: ``==1== I   refs:      2,434,213,621``."""
    if (found := _REFS.search(report)) is None:
        raise ValueError("no 'I refs' line in cachegrind's report")
    return int(found[1].replace(",", ""))


def child(name: str, passes: int, pages: Path, text_mb: float) -> None:
    """Run *passes* passes of measurement *name*: the first is the warm-up."""
    if name == "parse_text":
        text = grown_text(round(text_mb * MB))
        run = lambda: newsdoc.parse_text(text)  # noqa: E731 - one line, as the page tools
    else:
        run = every_page(TOOLS[name](), read_pages(pages, as_text=False))
    for _ in range(passes):
        run()


def counted(name: str, passes: int, options: list[str]) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command += [sys.executable, __file__, "--child", name, "--passes", str(passes), *options]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return instructions_of(done.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_DATA / "html", help="folder of *.html[.gz] pages")
    parser.add_argument("--only", metavar="NAME[,NAME]", help=f"only these: {', '.join(MEASUREMENTS)}")
    parser.add_argument("--text-mb", type=float, default=0.5, help="MB of seed text for parse_text (default 0.5)")
    parser.add_argument("--child", choices=MEASUREMENTS, help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.passes, args.pages, args.text_mb)
        return 0
    only = [name.strip() for name in (args.only or ",".join(MEASUREMENTS)).split(",") if name.strip()]
    if unknown := sorted(set(only) - set(MEASUREMENTS)):
        parser.error(f"--only: no measurement is named {', '.join(unknown)}; choose from {', '.join(MEASUREMENTS)}")
    if shutil.which("valgrind") is None:
        print("valgrind is not on the PATH: install it (apt install valgrind) to count instructions", file=sys.stderr)
        return 2
    options = ["--pages", str(args.pages), "--text-mb", str(args.text_mb)]
    pages = len(read_pages(args.pages, as_text=False))
    counts: dict[str, int] = {}
    for name in only:
        if name in TOOLS:
            try:
                TOOLS[name]()
            except ImportError as error:
                print(f"{name:<12} skipped: not installed ({error})")
                continue
        counts[name] = counted(name, 2, options) - counted(name, 1, options)
        unit = f"{args.text_mb:g} MB of seed text" if name == "parse_text" else f"{pages} pages from {args.pages}"
        print(f"{name:<12} {counts[name] / 1e6:10,.0f} M instructions a warm pass over {unit}")
    if "newsdoc" in counts and "trafilatura" in counts:
        print(f"trafilatura runs {counts['trafilatura'] / counts['newsdoc']:.2f}x the instructions of newsdoc")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
