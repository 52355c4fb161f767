"""Write the starting corpora for the fuzz targets into ``fuzz/corpus/<target>/``.

Usage::

    python fuzz/seed.py [--pages N] [--out DIR]

Sources: the scraped texts in ``seeds/`` and ``tests/fixtures/text/``, the web pages in
``seeds/``, a few real pages from ``/work/shared/data/aeb-dev/html/`` (first 64 KB of each,
unpacked), and the Markdown, JSON and HTML that newsdoc writes for the articles read from
all of those. Files are named by the SHA-1 of their bytes, as libFuzzer names its own, so
seeding twice adds nothing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
from pathlib import Path

import newsdoc

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path("/work/shared/data/aeb-dev/html")
# Real pages run to hundreds of KB; their head and first screens hold most of the structure
# the reader cares about, and small inputs keep every libFuzzer run fast.
PAGE_BYTES = 64 * 1024


def _write(directory: Path, data: bytes) -> bool:
    """Store *data* in *directory* under its SHA-1; whether it was new."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / hashlib.sha1(data).hexdigest()  # a name for the file, not a signature
    if path.exists():
        return False
    path.write_bytes(data)
    return True


def _articles_and_inputs(pages: int) -> tuple[list[newsdoc.Article], list[bytes], list[bytes]]:
    """Read the sources; give the articles, the scraped texts and the web pages."""
    texts = [
        path.read_bytes()
        for pattern in ("seeds/*.txt", "tests/fixtures/text/*.txt")
        for path in sorted(ROOT.glob(pattern))
    ]
    html = [path.read_bytes() for path in sorted(ROOT.glob("seeds/*.html"))]
    if PAGES.is_dir():
        for path in sorted(PAGES.glob("*.html.gz"))[:pages]:
            with gzip.open(path) as packed:
                html.append(packed.read(PAGE_BYTES))
    articles = []
    for text in texts:
        try:
            articles.append(newsdoc.parse_text(text.decode("utf-8")))
        except (newsdoc.NewsdocError, UnicodeDecodeError) as error:
            print(f"skipping a text seed newsdoc refuses: {error}")
    for page in html:
        try:
            articles.append(newsdoc.parse_html(page))
        except newsdoc.NewsdocError as error:
            print(f"skipping a page newsdoc refuses: {error}")
    return articles, texts, html


def main(argv: list[str] | None = None) -> None:
    """Write the corpora and say how many new files each target got."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12, help="how many aeb-dev pages to take (default 12)")
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz" / "corpus", help="where the corpora go")
    options = parser.parse_args(argv)

    articles, texts, html = _articles_and_inputs(options.pages)
    corpora: dict[str, list[bytes]] = {
        "parse_text": texts + [newsdoc.to_text(article).encode() for article in articles],
        "parse_html": html + [newsdoc.to_html(article).encode() for article in articles],
        "from_markdown": [newsdoc.to_markdown(article).encode() for article in articles],
        # Indented and compact JSON exercise different whitespace paths of the parser.
        "from_json": [newsdoc.to_json(article, indent=indent).encode() for article in articles for indent in (2, None)],
    }
    for golden in sorted((ROOT / "tests" / "fixtures" / "golden").glob("*")):
        target = {".md": "from_markdown", ".json": "from_json"}.get(golden.suffix)
        if target:
            corpora[target].append(golden.read_bytes())
    for target, inputs in corpora.items():
        added = sum(_write(options.out / target, data) for data in inputs)
        print(f"{target}: {added} new of {len(inputs)} inputs in {options.out / target}")


if __name__ == "__main__":
    main()
