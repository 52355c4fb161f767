"""The scripts in examples/ run and print what they promise."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import newsdoc

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
SEED_NAMES = ["000_770722033839be41.html5.html", "000_770722033839be41.txt", "000_770722033839be41.wordpress.html"]
SEED_CREDITS = ["AP Image", "Edlib News Network via AP", "AP"]
TITLE = "INSIGHT: Russias Search for Leverage in the Syrian Crisis"
QUOTE = (
    "Russia is looking to avoid an accelerated downfall of the Syrian regime to give itself time to force its way"
    " into the negotiation over an eventual Syrian transition."
)


def run(name: str, *args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args], capture_output=True, text=True, check=True, cwd=cwd
    )
    return done.stdout


def fail(name: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a script that should report a bad input and exit with status 1."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args], capture_output=True, text=True, cwd=cwd, check=False
    )
    assert done.returncode == 1, done.stderr
    return done


def counts(out: str, header: str) -> dict[str, int]:
    """The '  count  name' lines under *header* in the output of summarise.py, in order."""
    lines = out.split(header + "\n", 1)[1].split("\n\n", 1)[0].splitlines()
    return {name: int(count) for count, name in (line.split(None, 1) for line in lines)}


def write_json(path: Path, *blocks: newsdoc.Block) -> None:
    path.write_text(newsdoc.to_json(newsdoc.Article(blocks=blocks)), encoding="utf-8")


def test_outline_on_the_seed() -> None:
    lines = run("outline.py").splitlines()
    assert lines[0] == "INSIGHT: Russias Search for Leverage in the Syrian Crisis  [18 blocks]"
    assert lines[1].startswith("  0  Caption      Syrian President Bashar Assad")
    assert lines[1].endswith("(credit: AP Image)")
    assert any(line.endswith("(attributed to Stratfor analysis)") for line in lines)


def test_outline_on_a_fixture() -> None:
    out = run("outline.py", str(ROOT / "tests" / "fixtures" / "text" / "08_crlf_reuters_inline.txt"))
    assert "(credit: REUTERS/Anouk Verbeke)" in out


def test_html_to_markdown_on_the_seeds(tmp_path: Path) -> None:
    lines = run("html_to_markdown.py", cwd=tmp_path).splitlines()
    pages = sorted(SEEDS.glob("*.html"))
    assert len(lines) == len(pages) == 2
    # Both show their breadcrumb trail, their kicker (the HTML5 page as a link to its section) and their tags; the
    # HTML5 page its byline under the headline (a block), the WordPress theme its line "Posted on ... by ...", which
    # dates and signs the piece.
    sizes = {"000_770722033839be41.html5": 23, "000_770722033839be41.wordpress": 23}
    for line, page in zip(lines, pages, strict=True):
        target = Path("markdown") / f"{page.stem}.md"
        assert line == f"{page} -> {target} ({sizes[page.stem]} blocks, title: {TITLE})"
        # The Markdown reads back to exactly the article the page holds.
        markdown = (tmp_path / target).read_bytes().decode("utf-8")
        assert newsdoc.from_markdown(markdown) == newsdoc.parse_html(page.read_bytes())
    assert sorted(p.name for p in (tmp_path / "markdown").iterdir()) == [
        "000_770722033839be41.html5.md",
        "000_770722033839be41.wordpress.md",
    ]


def test_html_to_markdown_skips_a_bad_page(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"  # newsdoc HTML whose data is broken: parse_html raises ParseError
    bad.write_text('<html><body><article data-newsdoc="{}"></article></body></html>', encoding="utf-8")
    good = SEEDS / "000_770722033839be41.html5.html"
    done = fail("html_to_markdown.py", str(bad), str(good), "-o", "out", cwd=tmp_path)
    assert done.stderr.startswith(f"{bad}: ")
    assert done.stdout.startswith(f"{good} -> ")  # the good page after the bad one is still converted
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["000_770722033839be41.html5.md"]


def test_captions_to_csv_on_the_seeds() -> None:
    rows = list(csv.DictReader(io.StringIO(run("captions_to_csv.py"))))
    assert len(rows) == 9
    assert list(rows[0]) == ["file", "block", "caption", "credit", "image_src", "image_alt"]
    by_file: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_file.setdefault(Path(row["file"]).name, []).append(row)
    assert sorted(by_file) == SEED_NAMES
    for found in by_file.values():
        assert [row["credit"] for row in found] == SEED_CREDITS
        assert found[1]["caption"].startswith("Anti-regime protesters hold up a placard")
        assert found[1]["image_alt"].startswith("ap syr2 300 12dec12")
    assert [row["block"] for row in by_file["000_770722033839be41.txt"]] == ["0", "8", "12"]
    # The WordPress page's breadcrumb trail ("Home \u00bb Insight \u00bb ..."), its kicker ("INSIGHT", its category
    # over the headline) and its line "Posted on December 12, 2012 by ..." stand before its first caption.
    assert [row["block"] for row in by_file["000_770722033839be41.wordpress.html"]] == ["4", "12", "16"]
    # Scraped text has no addresses, and its first caption comes before any picture.
    assert [row["image_src"] for row in by_file["000_770722033839be41.txt"]] == ["", "", ""]
    assert by_file["000_770722033839be41.txt"][0]["image_alt"] == ""
    assert by_file["000_770722033839be41.html5.html"][2]["image_src"] == (
        "https://middleeastvoices.voanews.com/media/2012/12/ap-syr3-300-12dec12.jpg"  # joined with the page's address
    )


def test_captions_to_csv_to_a_file(tmp_path: Path) -> None:
    assert run("captions_to_csv.py", str(SEEDS / "000_770722033839be41.txt"), "-o", "captions.csv", cwd=tmp_path) == ""
    with (tmp_path / "captions.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["credit"] for row in rows] == SEED_CREDITS


def test_pull_quotes_on_the_seed(seed_article: newsdoc.Article) -> None:
    lines = run("pull_quotes.py").splitlines()
    assert lines[0].endswith("000_770722033839be41.txt: 1 pull quote(s)")
    assert f"  block 6: “{QUOTE}”" in lines
    assert "  attributed to: Stratfor analysis" in lines
    assert "  repeats block 13 (Paragraph):" in lines
    paragraph = lines[lines.index("  repeats block 13 (Paragraph):") + 1]
    assert paragraph.startswith("    Russia may also be using its interactions with the United States")
    assert f"military intervention. »{QUOTE}« The actions that follow" in paragraph
    assert paragraph.replace("»", "").replace("«", "") == "    " + seed_article.blocks[13].text


def test_pull_quotes_that_repeat_nothing(tmp_path: Path) -> None:
    write_json(
        tmp_path / "quotes.json",
        newsdoc.Paragraph(text="The body says something else."),
        newsdoc.PullQuote(text="Words found nowhere."),
        newsdoc.PullQuote(text="Other words.", attribution="Jane Doe", repeats=0),
    )
    out = run("pull_quotes.py", "quotes.json", cwd=tmp_path)
    assert out.startswith("quotes.json: 2 pull quote(s)\n")
    first, second = out.split("\n\n")[1:]
    assert first.splitlines()[1:] == ["  attributed to: (no one)", "  repeats nothing in the article"]
    assert second.splitlines()[1:] == [
        "  attributed to: Jane Doe",
        "  repeats block 0 (Paragraph):",
        "  (the quoted words are not in it verbatim)",
        "    The body says something else.",
    ]


def test_summarise_the_seeds() -> None:
    out = run("summarise.py")
    assert out.startswith("3 articles in ")
    blocks = counts(out, "Blocks:")
    # 6 paragraphs an article; 3 pictures in the text and 4 in each page (the author box's
    # portrait or logo is an icon, no picture); 3 captions each.
    assert blocks["Paragraph"] == 18
    assert blocks["Image"] == 11
    assert blocks["Caption"] == 9
    # the text; the WordPress page, with its trail, its kicker, its "Posted on ... by ..." line and its tags; the
    # HTML5 page, with its trail, its kicker, its byline and its tags
    assert sum(blocks.values()) == 18 + 23 + 23
    assert list(blocks.values()) == sorted(blocks.values(), reverse=True)
    assert counts(out, "Credit agencies (captions crediting them):") == {"AP": 9}  # 3 captions a file, AP in each
    assert counts(out, "Sources (articles naming them):") == {"Stratfor": 3}


def test_summarise_matches_agencies_as_whole_words(tmp_path: Path) -> None:
    def caption(credit: str) -> newsdoc.Caption:
        return newsdoc.Caption(text="A picture.", credit=credit)

    write_json(
        tmp_path / "a.json",
        caption("AP Photo/AP"),  # AP once, not twice
        caption("Jane Doe/AFP via Getty Images"),  # Getty Images, not also Getty
        caption("REUTERS/Anouk Verbeke"),  # counted as Reuters
        caption("APEC handout"),  # no agency
        newsdoc.Attribution(text="Republished from Example News.", source="Example News"),
    )
    write_json(tmp_path / "b.json", caption("Reuters"))
    out = run("summarise.py", str(tmp_path))
    assert counts(out, "Credit agencies (captions crediting them):") == {
        "Reuters": 2,
        "AP": 1,
        "AFP": 1,
        "Getty Images": 1,
    }
    assert counts(out, "Sources (articles naming them):") == {"Example News": 1}


def test_summarise_skips_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{}", encoding="utf-8")
    (tmp_path / "seed.txt").write_bytes((SEEDS / "000_770722033839be41.txt").read_bytes())
    (tmp_path / "notes.csv").write_text("not an article", encoding="utf-8")  # not a suffix it reads
    done = fail("summarise.py", str(tmp_path))
    assert (
        done.stderr == f'{tmp_path / "broken.json"}: $.format: expected "newsdoc" (is this a newsdoc JSON document?)\n'
    )
    assert done.stdout.startswith(f"1 articles in {tmp_path}\n")
    assert counts(done.stdout, "Credit agencies (captions crediting them):") == {"AP": 3}
