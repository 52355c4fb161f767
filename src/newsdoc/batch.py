"""Many articles at once: :func:`read_many` reads files in worker processes, each failure reported, none fatal.

A corpus holds odd files: one that is not an article, one too large, one that
takes the parser too long. Each comes back as an :class:`Outcome` with its error,
and the batch goes on. Workers are processes (the parsers are Python, and Python
threads share one core); an article pickles cleanly, so it travels back whole.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from attrs import frozen

from .cues import DEFAULT_CUES, Cues
from .errors import NewsdocError
from .files import SUFFIXES, load, unpacked_name, write_file
from .html import to_html
from .jsonformat import to_dict, to_json
from .limits import DEFAULT_LIMITS, Limits
from .markdown import to_markdown
from .model import Article
from .text import to_text

__all__ = [
    "ARCHIVE_SUFFIXES",
    "EXTENSIONS",
    "WRITERS",
    "Conversion",
    "Converted",
    "Outcome",
    "cores",
    "inputs",
    "is_archive",
    "read_many",
    "run_each",
    "time_limit",
]

T = TypeVar("T")
R = TypeVar("R")


@frozen
class Outcome:
    """What reading one file gave: its article, or why there is none."""

    source: str
    """The file's path, as given."""
    article: Article | None
    """The article, or ``None`` when the file could not be read."""
    error: str | None = None
    """Why there is no article, as the error's kind and message (``ParseError: line 3: ...``)."""
    seconds: float = 0.0
    """How long reading took."""


def read_many(  # noqa: PLR0913 - keyword-only options, each with a default
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    ordered: bool = True,
    timeout: float | None = 60.0,
    format: str | None = None,
    cues: Cues = DEFAULT_CUES,
    limits: Limits = DEFAULT_LIMITS,
    encoding: str | None = None,
) -> Iterator[Outcome]:
    r"""Read every file in *paths* as :func:`~newsdoc.load` does, in worker processes.

    A file that cannot be read, or takes longer than *timeout*, gives an
    :class:`Outcome` with its error and no article; the others go on.

    Args:
        paths: The files; any iterable, read lazily, so a generator over a huge folder works.
        jobs: Worker processes; by default one for each core this process may use. With 1,
            files are read in this process, one after another.
        ordered: Yield outcomes in the order of *paths*; otherwise as each file is done.
        timeout: Seconds one file may take before it is given up (``None``: no limit).
        format: The format of every file (see :func:`~newsdoc.load`); by default told file by file.
        cues: The cue words for scraped text, web pages and Markdown newsdoc did not write.
        limits: How large and deep an input to take.
        encoding: The charset of every file, as for :func:`~newsdoc.load`.

    Yields:
        One outcome a file.

    Examples:
        >>> import newsdoc, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Talks in Moscow\n\nBy Jane Roe\n\nThe talks went on.\n")
        >>> _ = (folder / "b.json").write_text("{not json")
        >>> for outcome in newsdoc.read_many(sorted(folder.iterdir()), jobs=1):
        ...     print(pathlib.Path(outcome.source).name, outcome.article and outcome.article.title, outcome.error)
        a.txt Talks in Moscow None
        b.json None FormatError: line 1, column 2: invalid JSON: Expecting property name enclosed in double quotes
    """
    read = _Reader(format, cues, limits, timeout, encoding)
    yield from run_each(read, (os.fspath(p) for p in paths), jobs=jobs, ordered=ordered)


@frozen
class _Reader:
    """One file to one outcome; a class rather than a closure, so that it pickles to a worker."""

    format: str | None
    cues: Cues
    limits: Limits
    timeout: float | None
    encoding: str | None

    def __call__(self, path: str) -> Outcome:
        start = time.perf_counter()
        try:
            with time_limit(self.timeout):
                article = load(path, format=self.format, cues=self.cues, limits=self.limits, encoding=self.encoding)
        except Exception as error:  # one bad file, or a bug it finds, must not stop the batch
            return Outcome(path, None, describe(error), time.perf_counter() - start)
        return Outcome(path, article, None, time.perf_counter() - start)


def describe(error: BaseException) -> str:
    """An error as one line: ``ParseError: ...``; an unexpected one says it is a bug to report."""
    if isinstance(error, NewsdocError | OSError | TimeoutError | ValueError):
        return f"{type(error).__name__}: {error}"
    return f"{type(error).__name__}: {error} (a bug in newsdoc: please report it with the file)"


def run_each(
    work: Callable[[T], R], items: Iterable[T], *, jobs: int | None = None, ordered: bool = True
) -> Iterator[R]:
    """``work(item)`` for each item, in *jobs* worker processes (or here, for one job).

    *work* must pickle (a module-level function or a frozen class instance) and should
    catch its own errors: one it raises ends the run.
    """
    jobs = jobs or cores()
    if jobs <= 1:
        yield from map(work, items)
        return
    # Each worker is handed *work* once: pickled with every item, its cues would be read again
    # for each, and compared field by field with those its caches hold.
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, initializer=_hold, initargs=(work,)) as pool:
        # A window of pending items keeps memory flat over a corpus of any size.
        window = jobs * 8
        pending: dict[concurrent.futures.Future[R], int] = {}
        done: dict[int, R] = {}
        for index, item in enumerate(items):
            pending[pool.submit(_do, item)] = index
            if len(pending) >= window:
                yield from _drain(pending, done, ordered)
        while pending:
            yield from _drain(pending, done, ordered)


_held: list[Callable[[Any], Any]] = []  # in a worker process: the work it does


def _hold(work: Callable[[Any], Any]) -> None:
    _held.append(work)


def _do(item: Any) -> Any:
    return _held[0](item)


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _drain(pending: dict[concurrent.futures.Future[R], int], done: dict[int, R], ordered: bool) -> Iterator[R]:
    """Wait for one item or more to finish; yield what may go out (in order: all before the first pending)."""
    finished, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
    for future in finished:
        done[pending.pop(future)] = future.result()
    if not ordered:
        yield from done.values()
        done.clear()
        return
    lowest = min(pending.values(), default=None)
    for index in sorted(i for i in done if lowest is None or i < lowest):
        yield done.pop(index)


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeoutError` in the block once *seconds* have passed (on Unix, in the main thread)."""
    if seconds is None or not hasattr(signal, "setitimer"):
        yield
        return

    def give_up(signum: int, frame: object) -> None:
        raise TimeoutError(f"gave up after {seconds:g} s (--timeout)")

    try:
        previous = signal.signal(signal.SIGALRM, give_up)
    except ValueError:  # not the main thread: no timer
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- converting a corpus: what ``newsdoc convert INPUT... --out DIR`` does -----------------------

WRITERS: dict[str, Callable[[Article], str]] = {
    "markdown": to_markdown,
    "json": to_json,
    "text": to_text,
    "html": to_html,
}
"""The writers of ``newsdoc convert --to``, by format name."""

EXTENSIONS = {"markdown": ".md", "json": ".json", "text": ".txt", "html": ".html"}
"""The file name extension of each format's output."""


@frozen
class Converted:
    """What converting one file gave."""

    source: str
    """The input file."""
    output: str | None = None
    """The file written, if any."""
    line: str | None = None
    """The JSON Lines record, for ``--to jsonl``."""
    error: str | None = None
    """Why the file was not converted."""
    skipped: bool = False
    """Whether the output was there already, newer than the input (``--resume``)."""
    seconds: float = 0.0
    """How long it took."""


class Page(Protocol):
    """A page of a web archive, as :class:`newsdoc.warc.Record` is one."""

    @property
    def where(self) -> str:
        """The archive and the page's place in it."""

    @property
    def name(self) -> str:
        """A name for the page's output."""

    def article(self, *, cues: Cues, limits: Limits) -> Article:
        """The page's article."""


@frozen(kw_only=True)
class Conversion:
    """Convert one input file to one output file (or a JSON Lines record), as a worker does it."""

    target: str
    """A format of :data:`WRITERS`, or ``"jsonl"``."""
    out: str | None = None
    """The output folder; ``None`` for JSON Lines."""
    format: str | None = None
    """The input format; ``None`` tells it file by file."""
    resume: bool = False
    """Skip an input whose output exists and is newer."""
    timeout: float | None = 60.0
    """Seconds one file may take."""
    cues: Cues = DEFAULT_CUES
    limits: Limits = DEFAULT_LIMITS
    encoding: str | None = None
    """The charset of every input file, as for :func:`~newsdoc.load`."""

    def output_for(self, name: str) -> Path:
        """Where the output of the input named *name* (relative to its folder) goes."""
        assert self.out is not None
        path = unpacked_name(name)
        if path.suffix.lower() in SUFFIXES:
            path = path.with_suffix("")
        return Path(self.out) / path.parent / (path.name + EXTENSIONS[self.target])

    def __call__(self, job: tuple[str, str] | Page) -> Converted:
        """Convert the input file at ``job[0]``, named ``job[1]`` below its folder, or a page of a web archive."""
        source, name = job if isinstance(job, tuple) else (job.where, job.name)
        start = time.perf_counter()
        output = self.output_for(name) if self.out is not None else None
        try:
            if output is not None and output.resolve() == Path(source).resolve():
                raise ValueError("the output would overwrite the input")
            if self.resume and output is not None and isinstance(job, tuple) and _newer(output, Path(source)):
                return Converted(source, str(output), skipped=True)
            with time_limit(self.timeout):
                if isinstance(job, tuple):
                    article = load(
                        source, format=self.format, cues=self.cues, limits=self.limits, encoding=self.encoding
                    )
                else:
                    article = job.article(cues=self.cues, limits=self.limits)
                if output is None:
                    record = {"source": source, "article": to_dict(article)}
                    line = json.dumps(record, ensure_ascii=False)
                    return Converted(source, line=line, seconds=time.perf_counter() - start)
                text = WRITERS[self.target](article)
            output.parent.mkdir(parents=True, exist_ok=True)
            write_file(output, text.encode("utf-8"))
        except Exception as error:  # one bad file, or a bug it finds, must not stop the batch
            return Converted(source, error=describe(error), seconds=time.perf_counter() - start)
        return Converted(source, str(output), seconds=time.perf_counter() - start)


def _newer(output: Path, source: Path) -> bool:
    try:
        return output.stat().st_mtime >= source.stat().st_mtime
    except FileNotFoundError:
        return False


def inputs(
    paths: Iterable[str],
    *,
    glob: str | None = None,
    stdin: IO[str] | None = None,
    passed_over: Callable[[str], object] | None = None,
) -> Iterator[tuple[str, str]]:
    """Each input file with its name below the folder it was found in: files as given, folders searched.

    Args:
        paths: Files and folders; ``-`` reads a list of paths, one a line, from *stdin*.
        glob: The pattern a file in a folder must match (``*.html``), searched at any depth;
            by default every file whose name says a format newsdoc reads.
        stdin: Where ``-`` reads paths from (standard input by default).
        passed_over: Called with each path in a folder that is named as an input but is no
            regular file (a pipe, a socket, a device, a broken link), which is not read: a pipe
            would never end. A path given outright is read, whatever it is.
    """
    for path in paths:
        if path == "-":
            lines = (line.rstrip("\r\n") for line in (stdin or sys.stdin))
            yield from inputs([line for line in lines if line], glob=glob, passed_over=passed_over)
        elif os.path.isdir(path):
            found = sorted(Path(path).rglob(glob or "*"))
            for file in found:
                if not (glob or _readable(file.name)) or file.is_dir():
                    continue
                if file.is_file():
                    yield str(file), str(file.relative_to(path))
                elif passed_over is not None:
                    passed_over(str(file))
        else:
            yield path, Path(path).name


def _readable(name: str) -> bool:
    """Whether a file's name says a format newsdoc reads (``page.html``, ``page.html.gz``, ``crawl.warc.gz``)."""
    suffix = unpacked_name(name).suffix.lower()
    return suffix in SUFFIXES or suffix in ARCHIVE_SUFFIXES


ARCHIVE_SUFFIXES = (".warc", ".arc")
"""The suffixes of web archives, each of many pages (compressed or not: ``crawl.warc.gz``)."""


def is_archive(path: str) -> bool:
    """Whether the file at *path* is named as a web archive is."""
    return unpacked_name(path).suffix.lower() in ARCHIVE_SUFFIXES
