"""Pages per second for a whole corpus: newsdoc's batch conversion with 1 and 2 jobs, Dask, and trafilatura.

Usage::

    python benchmarks/batch.py [--data DIR] [--pages N] [--jobs N] [--keep DIR]

The corpus is the AEB dev pages (unpacked) copied, under new names, until it holds
``--pages`` pages (2,040 by default: 24 copies of the 85). Each system converts the
whole folder to JSON files, from the command line as a user runs it, start-up included:

* ``newsdoc convert CORPUS --out OUT --to json --jobs 1``, then ``--jobs N``;
* the same work through ``dask.bag`` on Dask's local process scheduler with N workers,
  when Dask is installed (``pip install "newsdoc[dask]"``);
* ``trafilatura --input-dir CORPUS --output-dir OUT --json --parallel N``, the anchor.

It prints wall-clock seconds and pages per second for each, the speed-up of N jobs over 1,
and newsdoc's N-job rate over trafilatura's. Targets: N=2 jobs at least 1.7 times 1 job,
and newsdoc at least as fast as trafilatura. The machine should be otherwise idle: other
work on the same cores lowers every figure, and the parallel ones most.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from aeb import DEFAULT_DATA, dist_version

import newsdoc


def make_corpus(data: Path, folder: Path, pages: int) -> list[Path]:
    """Write *pages* pages into *folder*, copies of the dev pages under new names."""
    sources = sorted((data / "html").glob("*.html.gz"))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(pages):
        source = sources[i % len(sources)]
        target = folder / f"{i:05d}_{source.name.removesuffix('.gz')}"
        target.write_bytes(gzip.decompress(source.read_bytes()))
        written.append(target)
    return written


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def command(args: Sequence[str]) -> Callable[[], object]:
    def run() -> None:
        subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return run


def _convert(paths: tuple[str, str]) -> bool:
    source, out = paths
    try:
        article = newsdoc.load(source)
    except newsdoc.NewsdocError:
        return False
    Path(out).write_text(newsdoc.to_json(article), encoding="utf-8")
    return True


def dask_run(corpus: list[Path], out: Path, jobs: int) -> Callable[[], object] | None:
    try:
        import dask.bag  # noqa: PLC0415 - optional
    except ImportError:
        return None
    pairs = [(str(p), str(out / (p.stem + ".json"))) for p in corpus]

    def run() -> None:
        bag = dask.bag.from_sequence(pairs, npartitions=jobs * 8)
        bag.map(_convert).compute(scheduler="processes", num_workers=jobs)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})")
    parser.add_argument("--pages", type=int, default=2040, help="pages in the corpus (default 2040)")
    parser.add_argument("--jobs", type=int, default=2, help="jobs for the parallel runs (default 2)")
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it (default: a temporary folder)")
    args = parser.parse_args(argv)

    root = args.keep or Path(tempfile.mkdtemp(prefix="newsdoc-batch-"))
    corpus = make_corpus(args.data, root / "corpus", args.pages)
    newsdoc_cli = [sys.executable, "-m", "newsdoc", "convert", str(root / "corpus"), "--to", "json"]
    trafilatura = ["trafilatura", "--input-dir", str(root / "corpus"), "--output-dir", str(root / "out-traf")]
    trafilatura += ["--json", "--parallel", str(args.jobs)]
    runs: dict[str, Callable[[], object] | None] = {
        "newsdoc, 1 job": command([*newsdoc_cli, "--out", str(root / "out-1"), "--jobs", "1"]),
        f"newsdoc, {args.jobs} jobs": command([*newsdoc_cli, "--out", str(root / "out-n"), "--jobs", str(args.jobs)]),
        f"dask, {args.jobs} workers": dask_run(corpus, root / "out-dask", args.jobs),
        f"trafilatura, --parallel {args.jobs}": command(trafilatura) if shutil.which("trafilatura") else None,
    }
    (root / "out-dask").mkdir(exist_ok=True)
    versions = ", ".join(f"{d} {dist_version(d)}" for d in ("newsdoc", "trafilatura", "dask"))
    print(f"{dt.date.today()}; Python {platform.python_version()}; {versions}; {os.cpu_count()} cores")
    print(f"corpus: {len(corpus)} pages in {root / 'corpus'}\n")
    rates: dict[str, float] = {}
    for name, run in runs.items():
        if run is None:
            print(f"{name:32} not installed")
            continue
        seconds = timed(run)
        rates[name] = len(corpus) / seconds
        print(f"{name:32} {seconds:7.1f} s {rates[name]:8.1f} pages/s")
    one, many = rates.get("newsdoc, 1 job"), rates.get(f"newsdoc, {args.jobs} jobs")
    anchor = rates.get(f"trafilatura, --parallel {args.jobs}")
    if one and many:
        print(f"\n{args.jobs} jobs over 1 job: {many / one:.2f}x (target 1.7x for 2 jobs)")
    if many and anchor:
        print(f"newsdoc over trafilatura, {args.jobs} each: {many / anchor:.2f}x (target 1.0x)")
    if not args.keep:
        shutil.rmtree(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
