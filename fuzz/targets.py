"""Coverage-guided fuzz targets for newsdoc's readers and writers, run by atheris (libFuzzer).

Usage::

    python fuzz/targets.py TARGET [libFuzzer flags...] [corpus dirs or files...]

TARGET is one of ``parse_text``, ``parse_html``, ``from_markdown`` and ``from_json``.

Each target holds newsdoc to its contract:

* a reader returns an :class:`newsdoc.Article` or raises a :class:`newsdoc.NewsdocError`;
  any other exception is left to propagate, so that libFuzzer records the input;
* every writer writes every Article the readers return;
* ``from_json(to_json(a))``, ``from_markdown(to_markdown(a))`` and ``parse_html(to_html(a))``
  give back ``a``, and ``to_text(parse_text(s))`` gives back ``s``; a pair that does not
  raises :class:`AssertionError` naming it;
* ``parse_text`` types *s* without falling back to plain paragraphs: its ``RuntimeWarning``
  that a typing would have changed the bytes is raised here, a finding too.

See ``fuzz/README.md`` for seeding, flags and turning a finding into a test.
"""

from __future__ import annotations

import os
import shlex
import sys
import warnings
from collections.abc import Callable
from typing import TypeVar

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints
import attrs

# Instrument newsdoc only: its branches are what we want libFuzzer to steer by, and
# instrumenting bs4, lxml's Python side or markdown-it too would slow every run.
with atheris.instrument_imports(include=["newsdoc"]):
    import newsdoc
    from newsdoc import markdown

__all__ = ["TARGETS", "check_article", "main"]

# libFuzzer's fork mode re-runs this script without the target name we took out of argv
# (libFuzzer would read it as a corpus path), so the name travels to the children here.
TARGET_VARIABLE = "NEWSDOC_FUZZ_TARGET"

Input = TypeVar("Input")


def _read(reader: Callable[[Input], newsdoc.Article], data: Input) -> newsdoc.Article | None:
    """Call *reader* on *data*; ``None`` when it refuses the input with a NewsdocError.

    Refusing bad input is allowed by the contract; any other exception is a finding
    and propagates.
    """
    try:
        return reader(data)
    except newsdoc.NewsdocError:
        return None


def _first_difference(back: newsdoc.Article, article: newsdoc.Article) -> str:
    """Name the first field (or block) where *back* differs from *article*.

    It goes into the AssertionError's message, so that findings of one kind group
    together and a reader of the log sees where to look.
    """
    for field in attrs.fields(newsdoc.Article):
        mine, theirs = getattr(back, field.name), getattr(article, field.name)
        if mine == theirs:
            continue
        if field.name == "blocks":
            for index, (got, want) in enumerate(zip(mine, theirs, strict=False)):
                if got != want:
                    return f"blocks[{index}]: got {got!r:.200}, want {want!r:.200}"
            return f"blocks: got {len(mine)} blocks, want {len(theirs)}"
        return f"{field.name}: got {mine!r:.200}, want {theirs!r:.200}"
    return "no field differs (type or equality problem)"


def _round_trip(name: str, reader: Callable[[str], newsdoc.Article], written: str, article: newsdoc.Article) -> None:
    """Check that *reader* gives *article* back from *written*, what a writer made of it.

    A NewsdocError here is a finding too: a reader must take what newsdoc itself wrote.
    """
    try:
        back = reader(written)
    except newsdoc.NewsdocError as error:
        raise AssertionError(f"round trip {name} raised {type(error).__name__}: {error}") from error
    if back != article:
        raise AssertionError(f"round trip {name} != a; {_first_difference(back, article)}")


def check_article(article: newsdoc.Article) -> None:
    """Run all four writers on *article* and the three round trips that must hold for it."""
    # Any exception from a writer propagates: writers have no inputs they may refuse.
    newsdoc.to_text(article)
    _round_trip("from_json(to_json(a))", newsdoc.from_json, newsdoc.to_json(article), article)
    _round_trip("from_markdown(to_markdown(a))", newsdoc.from_markdown, newsdoc.to_markdown(article), article)
    _round_trip("parse_html(to_html(a))", newsdoc.parse_html, newsdoc.to_html(article), article)


def _as_text(data: bytes) -> str:
    """Decode *data* as UTF-8 the way a careful caller would, so that seed files read as themselves."""
    return data.decode("utf-8", "replace")


def fuzz_parse_text(data: bytes) -> None:
    """Scraped text: ``to_text(parse_text(s)) == s``, then the writers and round trips."""
    texts = [_as_text(data)]
    # FuzzedDataProvider reaches code points that mutated UTF-8 seldom forms (it picks
    # ASCII, UCS-2 or UCS-4 from the first byte); skip it when it adds nothing new.
    provided = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    if provided != texts[0]:
        texts.append(provided)
    for text in texts:
        article = _read(newsdoc.parse_text, text)
        if article is None:
            continue
        if newsdoc.to_text(article) != text:
            raise AssertionError("round trip to_text(parse_text(s)) != s")
        check_article(article)


def fuzz_parse_html(data: bytes) -> None:
    """Web pages, as bytes (newsdoc sniffs the encoding) and as text; then the writers and round trips."""
    for page in (data, _as_text(data)):
        article = _read(newsdoc.parse_html, page)
        if article is not None:
            check_article(article)


def fuzz_from_markdown(data: bytes) -> None:
    """Markdown, any text at all: read whole and read in the smallest pieces, the same; on success, the round trips."""
    text = _as_text(data)
    article = _read(newsdoc.from_markdown, text)
    whole, markdown._PIECE = markdown._PIECE, 1  # a long text is parsed in pieces: cut this one wherever it may be
    try:
        in_pieces = _read(newsdoc.from_markdown, text)
    finally:
        markdown._PIECE = whole
    if in_pieces != article:
        difference = "one refused" if None in (in_pieces, article) else _first_difference(in_pieces, article)
        raise AssertionError(f"from_markdown in pieces != whole; {difference}")
    if article is not None:
        check_article(article)


def fuzz_from_json(data: bytes) -> None:
    """JSON documents, as bytes and as text; on success, the round trips."""
    for document in (data, _as_text(data)):
        article = _read(newsdoc.from_json, document)
        if article is not None:
            check_article(article)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "parse_text": fuzz_parse_text,
    "parse_html": fuzz_parse_html,
    "from_markdown": fuzz_from_markdown,
    "from_json": fuzz_from_json,
}
"""The fuzz targets by name; each takes libFuzzer's bytes."""


def main(argv: list[str]) -> None:
    """Pick the target named by ``argv[1]`` (or by a fork-mode parent) and hand the rest to libFuzzer."""
    argv = list(argv)
    if len(argv) > 1 and argv[1] in TARGETS:
        os.environ[TARGET_VARIABLE] = argv.pop(1)
    name = os.environ.get(TARGET_VARIABLE)
    if name not in TARGETS:
        sys.exit(f"usage: {argv[0]} {{{','.join(TARGETS)}}} [libFuzzer flags...] [corpus...]")
    # libFuzzer starts its fork-mode, merge and minimize children by running argv[0] through
    # the shell; naming this interpreter there runs them without a shebang or an exec bit.
    argv[0] = shlex.join([sys.executable, os.path.abspath(argv[0])])
    # parse_text keeps the bytes by reading a text it would have changed as plain paragraphs, with a
    # warning: here that warning is a finding, as the fault behind it is.
    warnings.filterwarnings("error", message=r"parse_text\(\) could not type", category=RuntimeWarning)
    atheris.Setup(argv, TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
