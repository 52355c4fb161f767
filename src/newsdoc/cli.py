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
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import assert_never

from . import __version__
from .errors import LimitError, NewsdocError
from .files import FORMATS, READERS, SUFFIXES, decode, guess_format, read_bytes
from .html import Dropped, parse_page, to_html
from .html.parts import clip
from .jsonformat import to_json
from .limits import DEFAULT_LIMITS, Limits
from .markdown import to_markdown
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
)
from .text import to_text

__all__ = ["main"]

WRITERS: dict[str, Callable[[Article], str]] = {
    "markdown": to_markdown,
    "json": to_json,
    "text": to_text,
    "html": to_html,
}

_EPILOG = """\
examples:
  newsdoc convert seeds/000_770722033839be41.txt            # text to Markdown, printed
  newsdoc convert article.txt --to json -o article.json
  newsdoc convert article.md --to text                      # back to the scraped text
  cat article.txt | newsdoc convert - --from text --to json
  newsdoc convert page.html --to markdown                   # find the article in a saved page
  newsdoc inspect article.txt                               # one line a block
  newsdoc inspect page.html --dropped                       # and what was left out, and why
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
    try:
        # Bytes: text mode would turn CRLF into LF, and a page says its own encoding.
        data = read_bytes(args.input, limits)
        source = args.source or guess_format(args.input, data)
        dropped: tuple[Dropped, ...] = ()
        if source == "html":  # bytes: the page's own charset and detection decide
            page = parse_page(data, limits=limits)
            article, dropped = page.article, page.dropped
        else:
            article = READERS[source](decode(data), limits=limits)
        if args.command == "convert":
            output = WRITERS[args.target or _target(args.output)](article)
        else:
            output = outline(article) + (_dropped(dropped) if args.dropped else "")
        _write(args.output if args.command == "convert" else "-", output)
    except LimitError as error:
        hint = " (--max-size MB takes more)" if "max_size" in str(error) else ""
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
    for command in (convert, inspect):
        command.add_argument("input", metavar="INPUT", help="the article file, or - for standard input")
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
    convert.add_argument(
        "--to", dest="target", choices=WRITERS, help="the output format (default: from -o, else markdown)"
    )
    convert.add_argument(
        "-o", "--output", default="-", metavar="OUTPUT", help="where to write (default: - for standard output)"
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
    # A temporary file beside the target, renamed over it once whole: a full disk or a
    # kill part way leaves the old file (or none), never a truncated one.
    target = Path(path)
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", delete=False) as file:
        try:
            file.write(data)
        except OSError as error:
            file.close()
            os.unlink(file.name)
            raise OSError(error.errno, error.strerror, path) from None
    os.chmod(file.name, target.stat().st_mode if target.exists() else 0o666 & ~_umask())
    os.replace(file.name, target)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
    for name in ("title", "kicker", "authors", "tags", "source", "publication", "published", "url"):
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
            return "list", " / ".join(block.items), {"ordered": block.ordered or None}
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
