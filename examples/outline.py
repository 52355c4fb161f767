"""Print the typed outline of an article: one line a block, with credits and attributions.

Run it on the seed, or on any scraped text, Markdown, newsdoc JSON or web page
(newsdoc.load tells them apart by name and content):

    python examples/outline.py
    python examples/outline.py path/to/article.md
"""

import sys
from pathlib import Path

import newsdoc

SEED = Path(__file__).parent.parent / "seeds" / "000_770722033839be41.txt"

path = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
article = newsdoc.load(path)
print(f"{article.title or '(no title)'}  [{len(article.blocks)} blocks]")
for number, block in enumerate(article.blocks):
    kind = type(block).__name__
    words = block.text  # an image's is its alt text, a list's its items
    line = f"{number:3}  {kind:<12} {' '.join(words.split())[:50]}"
    # The parts other extractors flatten: say who took the picture and who is quoted.
    if isinstance(block, newsdoc.Caption) and block.credit:
        line += f"  (credit: {block.credit})"
    if isinstance(block, newsdoc.PullQuote) and block.attribution:
        line += f"  (attributed to {block.attribution})"
    print(line)
