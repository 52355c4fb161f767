"""Write every picture caption, its credit and its picture to CSV.

With no arguments it reads every file in seeds/ and writes to standard output;
it reads scraped text, saved pages (.html, .htm), Markdown (.md) and newsdoc
JSON (.json):

    python examples/captions_to_csv.py
    python examples/captions_to_csv.py article.txt page.html -o captions.csv
"""

import argparse
import csv
import sys
from pathlib import Path

import newsdoc

SEEDS = Path(__file__).parent.parent / "seeds"


parser = argparse.ArgumentParser(description="Write captions and their credits to CSV.")
parser.add_argument("files", nargs="*", type=Path, help="article files (default: every file in seeds/)")
parser.add_argument("-o", "--out", type=Path, help="CSV file to write (default: standard output)")
args = parser.parse_args()

# newline="" lets the csv module write its own line endings, as the csv docs ask.
out = args.out.open("w", encoding="utf-8", newline="") if args.out else sys.stdout
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["file", "block", "caption", "credit", "image_src", "image_alt"])
for path in args.files or sorted(p for p in SEEDS.iterdir() if p.is_file()):
    article = newsdoc.load(path)
    for number, block in enumerate(article.blocks):
        if not isinstance(block, newsdoc.Caption):
            continue
        # A caption points at its picture by position; in scraped text it may have none.
        image = article.blocks[block.image] if block.image is not None else None
        src, alt = (image.src, image.alt) if isinstance(image, newsdoc.Image) else (None, None)
        writer.writerow([path, number, block.text, block.credit, src, alt])  # None is written as ""
if args.out:
    out.close()
