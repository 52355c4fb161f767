"""Convert saved web pages to Markdown files, one .md per page.

With no arguments it converts the HTML pages in seeds/ into ./markdown/:

    python examples/html_to_markdown.py
    python examples/html_to_markdown.py page.html other.htm -o converted

A page newsdoc cannot read is named on standard error and skipped; the script
then exits with status 1 once the other pages are written.
"""

import argparse
import sys
from pathlib import Path

import newsdoc

SEEDS = Path(__file__).parent.parent / "seeds"

parser = argparse.ArgumentParser(description="Convert saved web pages to Markdown.")
parser.add_argument("pages", nargs="*", type=Path, help="HTML files (default: the pages in seeds/)")
parser.add_argument("-o", "--out", type=Path, default=Path("markdown"), help="folder to write to (default: markdown)")
args = parser.parse_args()

pages = args.pages or sorted(SEEDS.glob("*.html"))
args.out.mkdir(parents=True, exist_ok=True)
failed = 0
for page in pages:
    try:
        # Bytes, not text: newsdoc decodes them as the page itself declares.
        article = newsdoc.parse_html(page.read_bytes())
    except (OSError, newsdoc.NewsdocError) as error:
        print(f"{page}: {error}", file=sys.stderr)
        failed += 1
        continue
    target = args.out / f"{page.stem}.md"
    # newline="" writes the article's own line endings, untranslated on every platform.
    with target.open("w", encoding="utf-8", newline="") as file:
        file.write(newsdoc.to_markdown(article))
    print(f"{page} -> {target} ({len(article.blocks)} blocks, title: {article.title or '(none)'})")

sys.exit(1 if failed else 0)
