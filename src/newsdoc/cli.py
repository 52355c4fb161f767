"""The ``newsdoc`` command: convert articles between formats and inspect their blocks.

``newsdoc convert INPUT`` writes an article in another format (Markdown unless
``--to`` or the name given to ``-o`` says otherwise); ``newsdoc inspect INPUT``
prints its metadata and one line a block, and with ``--dropped`` what a web
page's cleaning left out. The input format comes from ``--from``, else the file
name, else the content; ``-`` reads standard input. ``python -m newsdoc`` runs
the same command.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import assert_never

from tqdm import tqdm

from . import __version__
from .batch import WRITERS, Conversion, Page, describe, inputs, is_archive, run_each
from .errors import LimitError, NewsdocError
from .files import FORMATS, READERS, SUFFIXES, decode, guess_format, read_bytes, write_file
from .html import Dropped, parse_page
from .html.parts import clip
from .limits import DEFAULT_LIMITS, Limits
from .model import (
    Article,
    Attribution,
    Bio,
    Block,
    Caption,
    Disclaimer,
    Fragment,
    Heading,
    Image,
    ItemList,
    Paragraph,
    PullQuote,
    Quote,
    Standfirst,
    Table,
)

__all__ = ["main"]

_EPILOG = """\
examples:
  newsdoc convert article.txt                  # text to Markdown, printed
  newsdoc convert article.txt -o article.json  # the format from the name
  newsdoc convert article.md --to text         # back to the scraped text
  cat article.txt | newsdoc convert - --from text --to json
  newsdoc convert page.html.gz                 # the article in a saved page
  newsdoc convert pages/ --out articles/       # a folder, file by file
  newsdoc convert crawl.warc.gz --to jsonl     # a web archive, a line a page
  newsdoc inspect article.txt                  # one line a block
  newsdoc inspect page.html --dropped          # and what was left out, and why
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsdoc`` command, as the console script does.

    Errors in the input are printed as one line on standard error, without a
    traceback. Input and output are bytes, so line endings pass through
    unchanged.

    Args:
        argv: The arguments after the program name; ``None`` reads them from
            ``sys.argv``.

    Returns:
        The exit status, 0 on success and 1 for input that cannot be read or
        output that cannot be written.

    Raises:
        SystemExit: With status 2 for a wrong command line, as argparse does;
            with 0 after ``--help`` or ``--version``.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    limits = Limits(max_size=args.max_size)
    if args.command == "convert":
        if _many(args):
            if args.url is not None:
                parser.error("--url gives one page's address: convert the page alone")
            return _convert_many(args, limits, parser)
        if len(args.inputs) > 1:
            parser.error("several inputs need --out DIR, or --to jsonl")
        args.input = args.inputs[0]
        if args.target is None and args.output != "-" and Path(args.output).suffix.lower() not in SUFFIXES:
            parser.error(f"cannot tell the output format from {args.output!r}: name it with --to")
    try:
        # Bytes: text mode would turn CRLF into LF, and a page says its own encoding.
        data = read_bytes(args.input, limits)
        source = args.source or guess_format(args.input, data)
        dropped: tuple[Dropped, ...] = ()
        if source == "html":  # bytes: the charset given, else the page's own and detection decide
            page = parse_page(data, url=args.url, limits=limits, encoding=args.encoding)
            article, dropped = page.article, page.dropped
        elif args.url is not None:
            parser.error(f"--url is a web page's address, and {args.input} is {source}, not a page")
        else:
            article = READERS[source](decode(data, limits, args.encoding), limits=limits)
        if args.command == "convert":
            output = WRITERS[args.target or _target(args.output)](article)
        else:
            output = outline(article) + (_dropped(dropped) if args.dropped else "")
        _write(args.output if args.command == "convert" else "-", output)
    except LimitError as error:
        hint = " (--max-size MB takes more)" if error.limit == "max_size" else ""
        print(f"newsdoc: {args.input}: {error}{hint}", file=sys.stderr)
        return 1
    except NewsdocError as error:
        print(f"newsdoc: {args.input}: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (newsdoc convert ... | head): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        print(f"newsdoc: {error.filename or args.input}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdoc",
        description="Turn news articles into typed documents, and write them back out.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    convert = commands.add_parser(
        "convert",
        help="convert an article to another format",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inspect = commands.add_parser(
        "inspect",
        help="show the typed blocks of an article",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inspect.add_argument(
        "--dropped", action="store_true", help="also list what a page's boilerplate removal left out, and why"
    )
    convert.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article files and folders (searched at any depth); - for standard input, or for a list of paths "
        "when converting several",
    )
    inspect.add_argument("input", metavar="INPUT", help="the article file, or - for standard input")
    for command in (convert, inspect):
        command.add_argument(
            "--from", dest="source", choices=FORMATS, help="the input format (default: from the file name or content)"
        )
        command.add_argument(
            "--max-size",
            type=_megabytes,
            default=DEFAULT_LIMITS.max_size,
            metavar="MB",
            help=f"refuse a larger input (default: {DEFAULT_LIMITS.max_size // 2**20})",
        )
        command.add_argument(
            "--encoding",
            metavar="CHARSET",
            help="the input's charset (default: UTF-8; for a page, its own declaration); for a page, as the HTTP"
            " header gave it",
        )
        command.add_argument(
            "--url",
            help="where the page came from: the article's address, the base of its relative links, and its"
            " country for charset detection",
        )
    convert.add_argument(
        "--to",
        dest="target",
        choices=[*WRITERS, "jsonl"],
        help="the output format (default: from -o, else markdown); jsonl: one JSON article a line",
    )
    convert.add_argument(
        "-o", "--output", default="-", metavar="OUTPUT", help="where to write (default: - for standard output)"
    )
    many = convert.add_argument_group("converting many files")
    many.add_argument("--out", metavar="DIR", help="write one output file an input here, named as the input is")
    many.add_argument("--jsonl", metavar="FILE", help="write one JSON line an input to FILE (- for standard output)")
    many.add_argument("--glob", metavar="PATTERN", help="in folders, only files matching PATTERN (e.g. '*.html')")
    many.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: one a core)")
    many.add_argument("--resume", action="store_true", help="skip inputs whose output exists and is newer")
    many.add_argument(
        "--timeout", type=float, default=60.0, metavar="SECONDS", help="give up a file after this long (0: never)"
    )
    return parser


def _megabytes(value: str) -> int:
    try:
        size = float(value)
    except ValueError:
        size = -1
    if not 0 < size < 2**40:
        raise argparse.ArgumentTypeError(f"expected a number of megabytes, got {value!r}")
    return int(size * 2**20)


def _write(path: str, text: str) -> None:
    data = text.encode("utf-8")
    if path == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_file(path, data)


def _many(args: argparse.Namespace) -> bool:
    """Whether ``convert`` has a batch to do: several inputs, a folder, an output folder or JSON Lines."""
    to_folder = args.output.endswith(("/", os.sep)) or os.path.isdir(args.output)
    wanted = args.out or args.jsonl or args.target == "jsonl" or to_folder
    return bool(wanted or len(args.inputs) > 1 or any(os.path.isdir(path) for path in args.inputs))


def _convert_many(args: argparse.Namespace, limits: Limits, parser: argparse.ArgumentParser) -> int:
    """Convert every input to a file in the output folder, or to a line of JSON Lines; report each failure."""
    jsonl = args.jsonl or (args.output if args.target == "jsonl" else None)
    target = "jsonl" if jsonl or args.target == "jsonl" else args.target or "markdown"
    out = None if target == "jsonl" else args.out or (None if args.output == "-" else args.output)
    if target != "jsonl" and out is None:
        parser.error("several inputs need --out DIR for the files written, or --to jsonl")
    conversion = Conversion(
        target=target,
        out=out,
        format=args.source,
        resume=args.resume,
        timeout=args.timeout or None,
        limits=limits,
        encoding=args.encoding,
    )
    start = time.perf_counter()
    work, archives, failed = _files(args, conversion)
    skipped, converted = 0, 0
    if not work and not archives and not failed:
        print("newsdoc: no input files found", file=sys.stderr)
        return 1
    broken: list[tuple[str, str]] = []  # archives that could not be read to their end, and why
    jobs: Iterator[tuple[str, str] | Page] = itertools.chain(work, _pages(archives, limits, broken))
    lines = contextlib.nullcontext(sys.stdout) if jsonl in (None, "-") else _Lines(jsonl)
    total = None if archives else len(work)  # an archive's pages are counted as they are read
    unit = "page" if archives else "file"
    with tqdm(total=total, unit=unit, disable=not sys.stderr.isatty(), file=sys.stderr) as bar, lines as sink:
        for done in run_each(conversion, jobs, jobs=args.jobs, ordered=False):
            bar.update()
            if done.error is not None:
                failed += 1
                bar.write(f"newsdoc: {done.source}: {done.error}", file=sys.stderr)
                if target == "jsonl":
                    sink.write(_error_line(done.source, done.error))
            elif done.skipped:
                skipped += 1
            else:
                converted += 1
                if done.line is not None:
                    sink.write(done.line + "\n")
        for source, error in broken:
            failed += 1
            print(f"newsdoc: {source}: {error}", file=sys.stderr)
            if target == "jsonl":
                sink.write(_error_line(source, error))
    seconds = time.perf_counter() - start
    rate = (converted + failed) / seconds if seconds else 0.0
    summary = f"{converted} converted, {failed} failed, {skipped} skipped in {seconds:.1f} s ({rate:.1f} a second)"
    print(f"newsdoc: {summary}", file=sys.stderr)
    return 1 if failed else 0


def _error_line(source: str, error: str) -> str:
    """The JSON line that says a file or an archive failed, so that a corpus's records miss nothing silently."""
    return json.dumps({"source": source, "error": error}, ensure_ascii=False) + "\n"


def _files(args: argparse.Namespace, conversion: Conversion) -> tuple[list[tuple[str, str]], list[str], int]:
    """The input files with their names, the web archives among them, and how many clash or are no files.

    Each of those is reported here.
    """
    work: list[tuple[str, str]] = []
    archives: list[str] = []
    outputs: dict[Path, str] = {}
    clashes = 0
    no_files: list[str] = []  # in a folder, named as inputs
    for source, name in inputs(args.inputs, glob=args.glob, passed_over=no_files.append):
        if is_archive(source):
            archives.append(source)
            continue
        output = conversion.output_for(name) if conversion.out is not None else None
        if output is not None and output in outputs:
            print(f"newsdoc: {source}: its output {output} is also that of {outputs[output]}; skipped", file=sys.stderr)
            clashes += 1
            continue
        if output is not None:
            outputs[output] = source
        work.append((source, name))
    for path in no_files:
        print(f"newsdoc: {path}: not a regular file (a pipe, a device or a broken link); skipped", file=sys.stderr)
    return work, archives, clashes + len(no_files)


def _pages(archives: list[str], limits: Limits, broken: list[tuple[str, str]]) -> Iterator[Page]:
    """The HTML pages of each web archive, read here; where one breaks is added to *broken*."""
    if not archives:
        return
    from . import warc  # noqa: PLC0415 - an optional extra: imported only for an archive

    for archive in archives:
        try:
            yield from warc.records(archive, limits=limits)
        except (NewsdocError, OSError) as error:
            broken.append((archive, describe(error)))


class _Lines(io.StringIO):
    """A JSON Lines file written whole when the batch ends, as every output of ``convert`` is."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def close(self) -> None:
        if not self.closed:
            write_file(self.path, self.getvalue().encode("utf-8"))
        super().close()


def _dropped(dropped: tuple[Dropped, ...]) -> str:
    """What the page's cleaning left out, grouped by rule."""
    if not dropped:
        return "\ndropped:     nothing\n"
    lines = [f"\ndropped:     {len(dropped)} parts of the page"]
    for item in dropped:
        lines.append(f"  {item.rule:22} {item.element[:30]:30} {clip(item.text, 40)}")
    return "\n".join(lines) + "\n"


def _target(path: str) -> str:
    return SUFFIXES.get(Path(path).suffix.lower(), "markdown") if path != "-" else "markdown"


def outline(article: Article) -> str:
    """Describe *article* as ``newsdoc inspect`` prints it.

    Args:
        article: The article.

    Returns:
        Its metadata, one field a line, then one line a block with its index,
        its type, its first words and what the parser read from it (credit,
        kind, source, ...).
    """
    lines = []
    for name in ("title", "kicker", "authors", "tags", "source", "publication", "published", "url", "fetched"):
        value = getattr(article, name)
        if value not in (None, ()):
            shown = ", ".join(value) if isinstance(value, tuple) else value
            lines.append(f"{name + ':':13}{shown}")
    lines.append(f"{'blocks:':13}{len(article.blocks)}")
    for i, block in enumerate(article.blocks):
        kind, words, details = _describe(block)
        extra = "".join(f"  [{key}: {value}]" for key, value in details.items() if value is not None)
        lines.append(f"{i:3}  {kind:12} {clip(words, 48)}{extra}")
    return "\n".join(lines) + "\n"


def _describe(block: Block) -> tuple[str, str, dict[str, object]]:
    match block:
        case Paragraph() | Standfirst() | Quote() | Disclaimer():
            return type(block).__name__.lower(), block.text, {}
        case Heading():
            return "heading", block.text, {"level": block.level}
        case ItemList():
            return (
                "list",
                " / ".join(block.items),
                {"ordered": block.ordered or None, "start": block.start if block.start != 1 else None},
            )
        case Table():
            first = " / ".join(block.rows[0]) if block.rows else ""
            return "table", first, {"rows": len(block.rows), "header": block.header or None}
        case Image():
            slug = block.slug
            details: dict[str, object] = {"src": block.src}
            if slug is not None:
                details |= {"slug": slug.words, "width": slug.width, "date": slug.date}
            return "image", block.alt, details
        case Caption():
            return "caption", block.text, {"credit": block.credit, "image": block.image}
        case PullQuote():
            return "pull_quote", block.text, {"attribution": block.attribution, "repeats": block.repeats}
        case Attribution():
            return "attribution", block.text, {"kind": block.kind.value, "source": block.source, "work": block.work}
        case Bio():
            return "bio", block.text, {"name": block.name}
        case Fragment():
            return "fragment", block.text, {"role": block.role}
        case _:
            assert_never(block)
