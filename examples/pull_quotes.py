"""Find the pull quotes of an article and the paragraphs they repeat.

A pull quote usually repeats a sentence of the body; newsdoc records which
block (``quote.repeats``). This prints each quote, who it is attributed to,
and the repeated paragraph with the quoted words marked » «. With no
arguments it reads the seed; it also reads .html, .htm, .md and .json files:

    python examples/pull_quotes.py
    python examples/pull_quotes.py article.txt page.html
"""

import sys
from pathlib import Path

import newsdoc

SEED = Path(__file__).parent.parent / "seeds" / "000_770722033839be41.txt"


for path in [Path(arg) for arg in sys.argv[1:]] or [SEED]:
    article = newsdoc.load(path)
    quotes = [(n, b) for n, b in enumerate(article.blocks) if isinstance(b, newsdoc.PullQuote)]
    print(f"{path}: {len(quotes)} pull quote(s)")
    for number, quote in quotes:
        print(f"\n  block {number}: “{quote.text}”")
        print(f"  attributed to: {quote.attribution or '(no one)'}")
        if quote.repeats is None:
            print("  repeats nothing in the article")
            continue
        repeated = article.blocks[quote.repeats]
        text = getattr(repeated, "text", "")  # every block but Image and ItemList has text
        print(f"  repeats block {quote.repeats} ({type(repeated).__name__}):")
        if quote.text in text:
            # Mark the passage rather than print it twice: the quote is already shown above.
            text = text.replace(quote.text, f"»{quote.text}«", 1)
        else:
            print("  (the quoted words are not in it verbatim)")
        print(f"    {text}")
