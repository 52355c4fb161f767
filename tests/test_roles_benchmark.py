"""benchmarks/roles.py: its matching rule on small hand examples, and a run on the seed pages.

The run uses a benchmark folder made here from the two seed pages, laid out as the real one
is, with a roles.json labelled by hand from reading the pages. The real figures come from
running the script on the real pages.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsdoc

from .conftest import benchmark_module

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "benchmarks" / "roles.py"
# "wordpress" falls in the tune two thirds and "html5-seed" in the holdout third.
SEEDS = {"wordpress": "000_770722033839be41.wordpress.html", "html5-seed": "000_770722033839be41.html5.html"}


@pytest.fixture(scope="module")
def roles() -> Iterator[ModuleType]:
    with benchmark_module("roles") as module:
        yield module


def caption_label(text: str, credit: str | None) -> dict[str, Any]:
    return {"text": text, "credit": credit, "video": False, "zone": "body", "via": "hand", "element": "figcaption"}


def entry(**roles: Any) -> dict[str, Any]:
    empty: dict[str, Any] = {"captions": [], "standfirst": None, "pull_quotes": [], "bios": [], "disclaimers": []}
    return empty | {"attributions": []} | roles


# --- the matching rule ---------------------------------------------------------------------


def test_tokens_are_normalised_lower_cased_words(roles: ModuleType) -> None:
    assert roles.tokens("Don’t  —  “STOP” ﬁle") == Counter(["don", "t", "stop", "file"])


def test_a_match_needs_half_of_the_longer_side(roles: ModuleType) -> None:
    four = roles.item("one two three four", ["Bio"])
    assert roles.score(four, roles.item("one two", ["Bio"])) == 0.5
    assert roles.match([four], [roles.item("one two", ["Bio"])]) == [(0, 0, 0.5)]
    # All of the block's words are in the label, but they are 2 of the label's 5.
    five = roles.item("one two three four five", ["Bio"])
    assert roles.score(five, roles.item("one two", ["Bio"])) == 0.4
    assert roles.match([five], [roles.item("one two", ["Bio"])]) == []


def test_shared_tokens_are_counted_as_multisets(roles: ModuleType) -> None:
    assert roles.overlap(roles.tokens("the the the cat"), roles.tokens("the the dog")) == 0.5
    assert roles.overlap(roles.tokens("the the the cat"), roles.tokens("the dog")) == 0.25


def test_matching_is_one_to_one_best_pairs_first(roles: ModuleType) -> None:
    labels = [roles.item("a b c x", ["Bio"]), roles.item("a b c d", ["Bio"])]
    blocks = [roles.item("a b c d", ["Bio"]), roles.item("a b y z", ["Bio"])]
    # In label order, the first label would take the first block (3 of 4 shared); the
    # second label shares all 4, so it takes it, and the first label gets the second block.
    assert roles.match(labels, blocks) == [(1, 0, 1.0), (0, 1, 0.5)]
    result = roles.outcome(labels, blocks[:1])
    assert result.tally == roles.Tally(1, 2, 1)
    assert result.tally.f1 == pytest.approx(2 / 3)


def test_a_caption_matches_on_text_and_credit_and_its_credit_is_checked_apart(roles: ModuleType) -> None:
    page = entry(captions=[caption_label("A man (Photo: John Smith/Getty Images)", "Photo: John Smith/Getty Images")])
    labels = roles.label_items(page)
    # Its words alone are 2 of the label's 7 tokens; with the credit, 6 of 7 (all but "photo").
    found = roles.score_page(labels, [newsdoc.Caption(text="A man", credit="John Smith/Getty Images")])["captions"]
    assert found.matches == ((0, 0, 6 / 7),)
    assert found.credits() == roles.Tally(1, 1, 1)
    # A credit left inside the caption's text still finds the caption, and counts against the credit.
    lost = roles.score_page(labels, [newsdoc.Caption(text="A man Photo John Smith Getty Images")])["captions"]
    assert len(lost.matches) == 1
    assert lost.credits() == roles.Tally(0, 1, 1)


def test_a_credit_may_match_credit_alt(roles: ModuleType) -> None:
    label = caption_label("Duvets on a bed", "Getty") | {"credit_alt": "Photo: Getty Images"}
    labels = roles.label_items(entry(captions=[label]))
    block = newsdoc.Caption(text="Duvets on a bed", credit="Getty Images via AP")
    # "Getty" is 1 of the block credit's 4 tokens; "Photo: Getty Images" shares 2 of 4.
    assert roles.score_page(labels, [block])["captions"].credits() == roles.Tally(1, 1, 1)
    alone = roles.label_items(entry(captions=[caption_label("Duvets on a bed", "Getty")]))
    assert roles.score_page(alone, [block])["captions"].credits() == roles.Tally(0, 1, 1)


def test_a_caption_of_a_video_counts_neither_way(roles: ModuleType) -> None:
    video = caption_label("Who is Julian Assange?", None) | {"video": True}
    labels = roles.label_items(entry(captions=[video, caption_label("Assange in London", None)]))
    blocks = [newsdoc.Caption(text="Who is Julian Assange?"), newsdoc.Caption(text="The embassy")]
    found = roles.score_page(labels, blocks)["captions"]
    assert found.ignored == (0,)
    assert found.tally == roles.Tally(0, 1, 1)


def test_a_note_may_be_matched_by_any_type_its_accept_list_names(roles: ModuleType) -> None:
    text = "Jane Doe is a fellow at the Institute. Views expressed are her own."
    both = entry(disclaimers=[{"text": text, "accept": ["Bio", "Disclaimer"]}])
    one = entry(disclaimers=[{"text": text, "accept": ["Disclaimer"]}])
    blocks = [newsdoc.Bio(text=text)]
    assert roles.score_page(roles.label_items(both), blocks)["notes"].tally == roles.Tally(1, 1, 1)
    assert roles.score_page(roles.label_items(one), blocks)["notes"].tally == roles.Tally(0, 1, 1)
    # The per-role rows score a role's own labels against its own blocks only.
    assert roles.score_page(roles.label_items(both), blocks)["disclaimers"].tally == roles.Tally(0, 1, 0)
    assert roles.score_page(roles.label_items(both), blocks)["bios"].tally == roles.Tally(0, 0, 1)


def test_f1_is_none_only_when_there_is_nothing(roles: ModuleType) -> None:
    assert roles.Tally(0, 0, 0).f1 is None
    assert roles.Tally(0, 0, 3).f1 == 0.0
    assert roles.Tally(3, 4, 6).f1 == pytest.approx(0.6)


def test_holdout_is_a_third_by_hash(roles: ModuleType) -> None:
    ids = [f"page{n}" for n in range(300)]
    held = [i for i in ids if roles.holdout(i)]
    assert held == [i for i in ids if int(hashlib.sha1(f"roles-holdout:{i}".encode()).hexdigest(), 16) % 3 == 0]
    assert 80 < len(held) < 120
    assert [roles.holdout(i) for i in SEEDS] == [False, True]


def test_tidy_strips_lines_and_squeezes_blank_runs(roles: ModuleType) -> None:
    assert roles.tidy("\n  Title \t\n\n\n\n  Body  line\n\n end \n") == "Title\n\nBody  line\n\nend"


def test_misses_lists_missed_labels_extra_blocks_and_wrong_credits(roles: ModuleType) -> None:
    labels = roles.label_items(entry(captions=[caption_label("A man at a desk", "AP"), caption_label("Gone", None)]))
    blocks = [newsdoc.Caption(text="A man at a desk", credit="Reuters"), newsdoc.Caption(text="Spare")]
    source = roles.Source("html", {"p1": roles.score_page(labels, blocks)}, {})
    assert roles.misses(source, ["captions", "credits"]) == [
        "html captions p1: missed label: Gone",
        "html captions p1: extra Caption: Spare",
        "html credits p1: label ('AP',) block 'Reuters'",
    ]


# --- a run on the seed pages ---------------------------------------------------------------

ATTRIBUTION = (
    "The analysis Russia’s Search for Leverage in the Syrian Crisis is republished with the permission of Stratfor."
)
DISCLAIMER = (
    "The views expressed in this Insight are the author’s own and are not endorsed by Middle East Voices or Voice"
    " of America. If you’d like to share your opinion on this post, you may use our democratic commenting system"
    " below. If you are a Middle East expert or analyst associated with an established academic institution, think"
    " tank or non-governmental organization, we invite you to contribute your perspectives on regional events and"
    " issues. Please email us through our Contact page with a short proposal for an Insight post or send us a link"
    " to an existing post already published on your institutional blog."
)
STANDFIRST = (
    "Russia and the United States are engaged in seemingly urgent negotiations over Syria. The Syrian chemical"
    " weapons threat that the United States has been publicly emphasizing may provide an opportunity for Russia to"
    " regain leverage in Syria after the fall of Syrian President Bashar al-Assad’s regime."
)
BIO = "Stratfor is a privately-owned subscription-based provider of geopolitical analysis."
CAPTIONS = (
    ("Syrian President Bashar Assad, right, with Russian Foreign Minister Sergei Lavrov", "AP Image"),
    (
        "Anti-regime protesters hold up a placard lampooning Russia's Vladimir Putin during a rally against his"
        " country's support of Syrian President Bashar al-Assad, Kafranbel (Kafr Nabl), Syria, June 12, 2012.",
        "Edlib News Network via AP",
    ),
    (
        "Russian President Vladimir Putin (R) and Foreign Minister Sergei Lavrov during talks with Turkish Prime"
        " Minister Recep Tayyip Erdogan in Istanbul December 3, 2012. Syria was among the topics discussed.",
        "AP",
    ),
)


def seed_roles(wordpress: bool) -> dict[str, Any]:
    """What a reader sees on the seed page: the WordPress page puts each credit in brackets
    at the end of the caption's paragraph, the HTML5 one in a span at the end of the figcaption."""
    captions = [
        caption_label(f"{text} ({credit})" if wordpress else f"{text} {credit}", credit) for text, credit in CAPTIONS
    ]
    captions[0]["text"] += "." if wordpress else ""
    quote = "Russia is looking to avoid an accelerated downfall of the Syrian regime to give itself time to force"
    quote += " its way into the negotiation over an eventual Syrian transition."
    return entry(
        captions=captions,
        standfirst=STANDFIRST,
        pull_quotes=[{"text": quote, "attribution": "Stratfor analysis", "repeats_body": True}],
        bios=[{"text": BIO, "accept": ["Bio"]}],
        disclaimers=[{"text": DISCLAIMER, "accept": ["Disclaimer"]}],
        attributions=[{"text": ATTRIBUTION, "accept": ["Attribution"]}],
    )


@pytest.fixture(scope="module")
def seed_data(tmp_path_factory: pytest.TempPathFactory, seed_article: newsdoc.Article) -> Path:
    # The seed's six body paragraphs, which test_seed checks by hand, are the true body.
    body = "\n\n".join(block.text for block in seed_article.blocks if isinstance(block, newsdoc.Paragraph))
    data = tmp_path_factory.mktemp("roles")
    (data / "html").mkdir()
    for page_id, name in SEEDS.items():
        (data / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress((ROOT / "seeds" / name).read_bytes()))
    truth = {page_id: {"articleBody": body, "url": None} for page_id in SEEDS}
    labels = {page_id: seed_roles(page_id == "wordpress") for page_id in SEEDS}
    (data / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (data / "roles.json").write_text(json.dumps(labels), encoding="utf-8")
    (data / "ids.txt").write_text("\n".join(SEEDS) + "\n", encoding="utf-8")
    return data


def run_script(data: Path, *options: str) -> tuple[str, dict[str, Any]]:
    out = data / "out.json"
    command = [sys.executable, str(SCRIPT), "--data", str(data), "--json", str(out), *options]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout, json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_run(seed_data: Path) -> tuple[str, dict[str, Any]]:
    return run_script(seed_data)


def row(stdout: str, name: str) -> list[str]:
    """The three cells (tune, holdout, all) of the last table's row *name*."""
    lines = stdout.splitlines()
    last = lines[max(i for i, line in enumerate(lines) if line.startswith("parse_html role")) :]
    found = [line for line in last if line.startswith(name + "  ")]
    assert len(found) == 1, stdout
    return re.split(r"\s{2,}", found[0][len(name) :].strip())


def test_the_table_comes_last_and_fits_in_twenty_lines(seed_run: tuple[str, dict[str, Any]]) -> None:
    stdout, _ = seed_run
    last = stdout.splitlines()[-20:]
    assert last[-1].startswith("AEB body F1 (newsdoc)"), stdout
    assert [line.split()[:2] for line in last if line.startswith("parse_html role")] == [["parse_html", "role"]]
    assert any(line.startswith("pages: tune 1, holdout 1, all 2;") for line in last)
    assert any(f"newsdoc {newsdoc.__version__}" in line for line in last)


@pytest.mark.parametrize(
    ("name", "labels"),
    [("captions", 3), ("standfirsts", 1), ("pull quotes", 1), ("bios", 1), ("disclaimers", 1), ("attributions", 1)],
)
def test_parse_html_finds_every_labelled_part_of_the_seed(
    seed_run: tuple[str, dict[str, Any]], name: str, labels: int
) -> None:
    # parse_html gives each seed page three captions with their credits, one standfirst,
    # one pull quote, one attribution, one disclaimer and one bio, and nothing else of these
    # types, so each role matches all its labels and all its blocks, page by page.
    one, two = f"1.00 {labels}/{labels} {labels}/{labels}", f"1.00 {2 * labels}/{2 * labels} {2 * labels}/{2 * labels}"
    assert row(seed_run[0], name) == [one, one, two]


def test_the_seed_sums_and_credits(seed_run: tuple[str, dict[str, Any]]) -> None:
    stdout, _ = seed_run
    assert row(stdout, "credits split right") == ["1.00 3/3", "1.00 3/3", "1.00 6/6"]
    assert row(stdout, "notes (pooled, accept)") == ["1.00 3/3 3/3", "1.00 3/3 3/3", "1.00 6/6 6/6"]
    assert row(stdout, "micro-F1 all roles") == ["1.00 8/8 8/8", "1.00 8/8 8/8", "1.00 16/16 16/16"]
    assert row(stdout, "AEB body F1 (newsdoc)") == ["1.000", "1.000", "1.000"]


@pytest.mark.parametrize(
    "rendition", ["text micro-F1 (bs4)", "text micro-F1 (inscriptis)", "markdown micro-F1 (markdownify)"]
)
def test_text_renditions_are_scored_against_the_same_labels(
    seed_run: tuple[str, dict[str, Any]], rendition: str
) -> None:
    cells = row(seed_run[0], rendition)
    # Eight labelled parts a page, whatever parse_text or from_markdown makes of the rendition.
    assert [re.sub(r"^\S+ (\d+)/(\d+) .*", r"\2", cell) for cell in cells] == ["8", "8", "16"]


def test_json_has_labels_blocks_and_matches_per_page(seed_run: tuple[str, dict[str, Any]]) -> None:
    _, dump = seed_run
    assert dump["pages"]["html5-seed"]["split"] == "holdout"
    captions = dump["pages"]["wordpress"]["sources"]["html"]["roles"]["captions"]
    assert captions["labels"][1].endswith("June 12, 2012. (Edlib News Network via AP)")
    assert [m["label"] for m in captions["matches"]] == [0, 1, 2]
    assert [c["right"] for c in captions["credits"]] == [True, True, True]
    assert set(dump["pages"]["wordpress"]["sources"]) == {"html", "bs4", "inscriptis", "markdownify"}


def test_without_classes_reads_the_pages_bare_and_says_so(seed_data: Path) -> None:
    stdout, dump = run_script(seed_data, "--without-classes")
    assert "; without classes or ids" in stdout
    assert dump["meta"]["without_classes"] is True
