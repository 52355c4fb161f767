"""Summarise a folder of articles: block types, credit agencies and sources.

Reads every .txt, .html, .htm, .md and .json file in the folder (seeds/ if
none is given):

    python examples/summarise.py
    python examples/summarise.py path/to/articles

A file newsdoc cannot read is named on standard error and left out of the
summary; the script then exits with status 1.
"""

import re
import sys
from collections import Counter
from pathlib import Path

import newsdoc

SEEDS = Path(__file__).parent.parent / "seeds"
SUFFIXES = {".txt", ".html", ".htm", ".md", ".json"}

# The agencies newsdoc itself knows, longest first so that "Getty Images" wins over "Getty",
# matched as whole words ("AP" in "Edlib News Network via AP", not in "APEC").
AGENCIES = sorted(newsdoc.DEFAULT_CUES.agencies, key=len, reverse=True)
AGENCY = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, AGENCIES))})(?![\w-])", re.IGNORECASE)
# One name per agency however a credit spells it: "REUTERS" counts as "Reuters".
NAMES = {name.casefold(): name for name in reversed(newsdoc.DEFAULT_CUES.agencies)}


folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SEEDS
articles, failed = 0, 0
kinds, agencies, sources = Counter(), Counter(), Counter()
for path in sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES):
    try:
        article = newsdoc.load(path)
    except (OSError, newsdoc.NewsdocError) as error:
        print(f"{path}: {error}", file=sys.stderr)
        failed += 1
        continue
    articles += 1
    kinds.update(type(block).__name__ for block in article.blocks)
    for block in article.blocks:
        if isinstance(block, newsdoc.Caption) and block.credit:
            # A set: "AP Photo/AP" is one AP picture, not two.
            agencies.update({NAMES[m.casefold()] for m in AGENCY.findall(block.credit)})
    # The article's source and its republication notes usually name the same outfit: count it once an article.
    named = {article.source} | {b.source for b in article.blocks if isinstance(b, newsdoc.Attribution)}
    sources.update(named - {None})

print(f"{articles} articles in {folder}")
print("\nBlocks:")
for kind, count in kinds.most_common():
    print(f"  {count:4}  {kind}")
print("\nCredit agencies (captions crediting them):")
for agency, count in agencies.most_common(5):
    print(f"  {count:4}  {agency}")
print("\nSources (articles naming them):")
for source, count in sources.most_common(5):
    print(f"  {count:4}  {source}")
sys.exit(1 if failed else 0)
