"""Replay fuzz artifacts against the current code and group them into distinct findings.

Usage::

    python fuzz/triage.py TARGET ARTIFACT_OR_DIR... [--timeout SECONDS]

Each artifact is fed to the target as libFuzzer fed it. Findings are grouped by exception
type and the innermost newsdoc frame of the traceback (for a round trip that came back
different, which has no such frame, by the pair and the first field that differs). For each
group it prints how many artifacts fell into it, the smallest one, its message and the frame.
Artifacts that now pass are counted as fixed: the code moves on while the artifacts stay.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from targets import TARGETS  # found through the path set just above

__all__ = ["main"]


class _HangError(Exception):
    """Raised by the alarm when an artifact runs longer than ``--timeout``."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _HangError


def _newsdoc_frame(error: BaseException) -> str:
    """The innermost frame in newsdoc's own code, as ``path:line in function``; the cause's first."""
    for link in (error.__cause__, error):
        if link is None:
            continue
        frames = [frame for frame in traceback.extract_tb(link.__traceback__) if "/newsdoc/" in frame.filename]
        if frames:
            frame = frames[-1]
            path = frame.filename[frame.filename.rindex("/newsdoc/") + 1 :]
            return f"{path}:{frame.lineno} in {frame.name}"
    return "-"


def _key(error: BaseException) -> tuple[str, str]:
    """What makes two findings the same: the exception type, and where it was raised."""
    frame = _newsdoc_frame(error)
    if isinstance(error, AssertionError) and frame == "-":
        # A round trip that came back different: which pair, and which field differs.
        match = re.match(r"(round trip .*? != a)(?:; (\w+))?", str(error))
        if match:
            return "AssertionError", " ".join(part for part in match.groups() if part)
    return type(error).__name__, frame


def _artifacts(paths: list[Path]) -> Iterator[Path]:
    """The files named, and the files in the folders named."""
    for path in paths:
        if path.is_dir():
            yield from sorted(item for item in path.iterdir() if item.is_file())
        else:
            yield path


def main(argv: list[str] | None = None) -> None:
    """Replay the artifacts and print one paragraph per distinct finding."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--timeout", type=int, default=20, help="seconds before an artifact counts as a hang")
    options = parser.parse_args(argv)

    signal.signal(signal.SIGALRM, _alarm)
    groups: dict[tuple[str, str], list[tuple[Path, bytes, BaseException]]] = {}
    fixed = 0
    for path in _artifacts(options.paths):
        data = path.read_bytes()
        signal.alarm(options.timeout)
        try:
            TARGETS[options.target](data)
        except _HangError as error:
            groups.setdefault(("hang", f"over {options.timeout}s"), []).append((path, data, error))
        except Exception as error:  # every exception is a finding to sort
            groups.setdefault(_key(error), []).append((path, data, error))
        else:
            fixed += 1
        finally:
            signal.alarm(0)

    for (kind, where), found in sorted(groups.items(), key=lambda item: -len(item[1])):
        path, data, failure = min(found, key=lambda item: len(item[1]))
        message = str(failure).splitlines()[0][:300] if str(failure) else ""
        print(f"== {kind} at {where}: {len(found)} artifact(s)")
        print(f"   smallest: {path} ({len(data)} bytes)")
        print(f"   message: {message}")
        if failure.__cause__ is not None:
            print(f"   cause: {type(failure.__cause__).__name__}: {str(failure.__cause__)[:300]}")
    print(f"{fixed} artifact(s) pass on the current code; {len(groups)} distinct finding(s)")


if __name__ == "__main__":
    main()
