"""A corpus on Dask: examples/dask_corpus.py over generated pages and a web archive, and the rows of newsdoc.tables."""

from __future__ import annotations

import datetime as dt
import doctest
import gzip
import importlib.util
import io
import json
import pickle
import random
import sys
from pathlib import Path
from types import ModuleType

import cloudpickle
import dask
import pytest
from pyarrow import parquet
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsdoc
import newsdoc.tables
from newsdoc.tables import ARTICLE_COLUMNS, BLOCK_COLUMNS, article_row, block_rows
from newsdoc.warc import _PageReader, records

EXAMPLE = Path(__file__).parent.parent / "examples" / "dask_corpus.py"
PAGES = 47  # saved pages; three more articles come from the web archive
CREDITS = ["AP Photo", "Reuters", "Anna Berg/AFP via Getty Images"]
WORDS = [
    "harbour",
    "ferry",
    "council",
    "budget",
    "river",
    "bridge",
    "school",
    "library",
    "winter",
    "market",
    "crossing",
]
FETCHED = "2026-02-03T04:05:06Z"


def dispatch(number: int) -> newsdoc.Article:
    """An article made up from its number: paragraphs of 8 to 17 words, a captioned picture in
    every third, a pull quote repeating the first paragraph in every fifth."""
    pick = random.Random(number)
    sizes = [8 + number % 7 + k for k in range(2 + number % 4)]
    paragraphs = [" ".join(pick.choice(WORDS) for _ in range(size)).capitalize() + "." for size in sizes]
    blocks: list[newsdoc.Block] = [newsdoc.Paragraph(text=text) for text in paragraphs]
    if number % 3 == 0:
        credit = CREDITS[number // 3 % 3]
        caption = newsdoc.Caption(text=f"The river crossing, picture {number}.", credit=credit, image=1)
        blocks[1:1] = [newsdoc.Image(alt=f"river crossing {number}", src=f"/pictures/{number}.jpg"), caption]
    if number % 5 == 0:
        blocks.append(newsdoc.PullQuote(text=paragraphs[0].rstrip("."), attribution="The harbour master", repeats=0))
    return newsdoc.Article(
        title=f"Dispatch {number}",
        authors=("Jane Roe", "Ola Nordmann")[: number % 3],
        tags=("harbour",) if number % 2 else (),
        published=dt.date(2026, 1, 1 + number % 28),
        blocks=tuple(blocks),
    )


def words(number: int) -> int:
    return sum(8 + number % 7 + k for k in range(2 + number % 4))


@pytest.fixture(scope="module")
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_corpus", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules[module.__name__] = module
    # Run as a script, its functions live in __main__ and travel to Dask's workers by value; so here.
    cloudpickle.register_pickle_by_value(module)
    yield module
    cloudpickle.unregister_pickle_by_value(module)
    del sys.modules[module.__name__]


@pytest.fixture(scope="module")
def corpus(example: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """47 saved pages (one in a subfolder, one packed), one broken page, and a web archive of three more."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "sub").mkdir()
    for number in range(PAGES):
        html = newsdoc.to_html(dispatch(number)).encode("utf-8")
        if number == 7:
            (folder / "sub" / f"{number:02}.html").write_bytes(html)
        elif number == 8:
            (folder / f"{number:02}.html.gz").write_bytes(gzip.compress(html))
        else:
            (folder / f"{number:02}.html").write_bytes(html)
    # A page newsdoc wrote whose data is broken: the one page that fails.
    (folder / "broken.html").write_text('<html><body><article data-newsdoc="{}"></article></body></html>')
    (folder / "notes.txt").write_text("not a page: left out of a folder")
    with (folder / "crawl.warc.gz").open("wb") as file:
        writer = WARCWriter(file, gzip=True)
        for number in range(PAGES, PAGES + 3):
            body = newsdoc.to_html(dispatch(number)).encode("utf-8")
            respond(writer, f"https://example.org/{number}", body, [("Content-Type", "text/html; charset=utf-8")])
        bad = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
        respond(writer, "https://example.org/bad", b"\x1f\x8b\x08\x00broken", bad)
    found: list[str] = example.inputs([str(folder)])
    return found


def respond(writer: WARCWriter, url: str, body: bytes, headers: list[tuple[str, str]]) -> None:
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": FETCHED},
    )
    writer.write_record(record)


def compute(example: ModuleType, paths: list[str], scheduler: str) -> dict[str, list[dict[str, object]]]:
    bags = example.corpus(paths, 6)
    with dask.config.set(scheduler=scheduler, num_workers=2):
        tables = dask.compute(bags)[0]
    return {name: list(rows) for name, rows in tables.items()}


@pytest.fixture(scope="module")
def tables(example: ModuleType, corpus: list[str]) -> dict[str, list[dict[str, object]]]:
    return compute(example, corpus, "synchronous")


def test_the_folder_gives_the_pages_and_the_archive(corpus: list[str]) -> None:
    names = [Path(path).name for path in corpus]
    assert len(names) == PAGES + 2
    assert "crawl.warc.gz" in names
    assert "08.html.gz" in names
    assert "07.html" in names
    assert "notes.txt" not in names


def test_the_articles_table(tables: dict[str, list[dict[str, object]]]) -> None:
    articles = tables["articles"]
    assert len(articles) == PAGES + 3
    assert all(list(row) == list(ARTICLE_COLUMNS) for row in articles)
    by_title = {row["title"]: row for row in articles}
    assert sorted(by_title) == sorted(f"Dispatch {n}" for n in range(PAGES + 3))
    for number in range(PAGES + 3):
        row = by_title[f"Dispatch {number}"]
        assert row["words"] == words(number)
        assert row["blocks"] == len(dispatch(number).blocks)
        assert row["authors"] == ["Jane Roe", "Ola Nordmann"][: number % 3]
        assert row["published"] == f"2026-01-{1 + number % 28:02}"
    archived = by_title[f"Dispatch {PAGES}"]
    assert str(archived["source"]).endswith("crawl.warc.gz@0")
    assert archived["url"] == f"https://example.org/{PAGES}"
    assert archived["fetched"] == "2026-02-03T04:05:06+00:00"
    assert by_title["Dispatch 1"]["fetched"] is None
    assert by_title["Dispatch 1"]["tags"] == ["harbour"]
    assert by_title["Dispatch 2"]["tags"] == []


def test_the_blocks_table(tables: dict[str, list[dict[str, object]]]) -> None:
    blocks = tables["blocks"]
    assert all(list(row) == list(BLOCK_COLUMNS) for row in blocks)
    assert len(blocks) == sum(len(dispatch(n).blocks) for n in range(PAGES + 3))
    kinds: dict[str, int] = {}
    for row in blocks:
        kinds[str(row["type"])] = kinds.get(str(row["type"]), 0) + 1
    pictures, quotes = len(range(0, PAGES + 3, 3)), len(range(0, PAGES + 3, 5))
    assert kinds == {
        "paragraph": sum(2 + n % 4 for n in range(PAGES + 3)),
        "image": pictures,
        "caption": pictures,
        "pull_quote": quotes,
    }
    captions = [row for row in blocks if row["type"] == "caption"]
    assert {row["credit"] for row in captions} == set(CREDITS)
    assert all(row["index"] == 2 and row["image"] == 1 for row in captions)
    credit_of = {row["text"]: row["credit"] for row in captions}
    assert credit_of["The river crossing, picture 6."] == "Anna Berg/AFP via Getty Images"
    assert credit_of["The river crossing, picture 12."] == "Reuters"
    assert credit_of["The river crossing, picture 45."] == "AP Photo"
    assert credit_of["The river crossing, picture 48."] == "Reuters"  # from the web archive
    quotes_rows = [row for row in blocks if row["type"] == "pull_quote"]
    assert {row["attribution"] for row in quotes_rows} == {"The harbour master"}
    assert {row["repeats"] for row in quotes_rows} == {0}
    assert all(row["credit"] is None for row in blocks if row["type"] != "caption")


def test_the_errors_table(tables: dict[str, list[dict[str, object]]]) -> None:
    errors = sorted(tables["errors"], key=lambda row: str(row["source"]))
    assert [Path(str(row["source"])).name.split("@")[0] for row in errors] == ["broken.html", "crawl.warc.gz"]
    assert all(str(row["error"]).startswith("ParseError: ") for row in errors)


def test_processes_give_what_one_process_gives(
    example: ModuleType, corpus: list[str], tables: dict[str, list[dict[str, object]]]
) -> None:
    # Each file's rows cross from a worker process and back: everything on the way pickles.
    assert compute(example, corpus, "processes") == tables


def test_the_script_writes_json_lines(
    example: ModuleType, corpus: list[str], tables: dict[str, list[dict[str, object]]], tmp_path: Path
) -> None:
    with dask.config.set(scheduler="synchronous"):
        counts = example.write(example.corpus(corpus, 3), tmp_path)
    assert sorted(p.name for p in (tmp_path / "blocks").glob("*.jsonl")) == ["0.jsonl", "1.jsonl", "2.jsonl"]
    read = {
        name: [
            json.loads(line)
            for part in sorted((tmp_path / name).glob("*.jsonl"))
            for line in part.read_text().splitlines()
        ]
        for name in ("articles", "blocks", "errors")
    }
    blocks = sum(len(dispatch(n).blocks) for n in range(PAGES + 3))
    assert {name: len(rows) for name, rows in read.items()} == counts == {"articles": 50, "blocks": blocks, "errors": 2}
    assert sorted(read["blocks"], key=str) == sorted(tables["blocks"], key=str)
    parquet = sorted(p.name for p in (tmp_path / "articles").glob("*.parquet"))
    assert parquet == ["0.parquet", "1.parquet", "2.parquet"]


def test_the_script_writes_parquet(example: ModuleType, corpus: list[str], tmp_path: Path) -> None:

    with dask.config.set(scheduler="synchronous"):
        example.write(example.corpus(corpus, 2), tmp_path)
    parts = [parquet.read_table(part) for part in sorted((tmp_path / "blocks").glob("*.parquet"))]
    assert len(parts) == 2
    assert all(part.schema.names == list(BLOCK_COLUMNS) for part in parts)
    assert str(parts[0].schema.field("image").type) == "int64"
    assert sum(part.num_rows for part in parts) == sum(len(dispatch(n).blocks) for n in range(PAGES + 3))
    articles = parquet.read_table(tmp_path / "articles" / "0.parquet")
    assert str(articles.schema.field("authors").type) == "list<element: string>"


def test_what_travels_to_workers_pickles(example: ModuleType, corpus: list[str]) -> None:
    things = [
        dispatch(15),
        newsdoc.parse_text((Path(__file__).parent.parent / "seeds" / "000_770722033839be41.txt").read_text("utf-8")),
        newsdoc.DEFAULT_CUES,
        newsdoc.Limits(max_size=2**20, max_depth=100),
        _PageReader(newsdoc.DEFAULT_CUES, newsdoc.Limits(), 60.0),
        next(records(next(path for path in corpus if path.endswith(".warc.gz")))),
    ]
    for thing in things:
        assert pickle.loads(pickle.dumps(thing)) == thing
    for function in (example.tables_of, example.write_parquet, article_row, block_rows):
        assert pickle.loads(cloudpickle.dumps(function)).__name__ == function.__name__
        assert pickle.loads(pickle.dumps(function)) is function


def test_rows_of_every_block_type() -> None:
    article = newsdoc.Article(
        title="Ferry Times",
        kicker="TRANSPORT",
        source="Coastal Weekly",
        publication="The Harbour Post",
        published=dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC),
        fetched=dt.datetime(2026, 1, 3, 0, 0, tzinfo=dt.UTC),
        url="https://example.org/ferry",
        blocks=(
            newsdoc.Heading(text="Ferry Times", level=1),
            newsdoc.Standfirst(text="The winter timetable starts early."),
            newsdoc.ItemList(items=("Monday", "Friday"), ordered=True),
            newsdoc.Quote(text="We sail when the sea allows."),
            newsdoc.Attribution(text="First published by Coastal Weekly.", source="Coastal Weekly"),
            newsdoc.Disclaimer(text="The views are the author's own."),
            newsdoc.Bio(text="Jane Roe writes about the coast.", name="Jane Roe"),
            newsdoc.Fragment(text="By Jane Roe", role="byline"),
            newsdoc.Caption(text="The ferry at dawn."),
        ),
    )
    row = article_row(article, "ferry.json")
    assert row == {
        "source": "ferry.json",
        "title": "Ferry Times",
        "kicker": "TRANSPORT",
        "authors": [],
        "tags": [],
        "source_org": "Coastal Weekly",
        "publication": "The Harbour Post",
        "published": "2026-01-02T03:04:00+00:00",
        "url": "https://example.org/ferry",
        "fetched": "2026-01-03T00:00:00+00:00",
        "words": 13,  # the standfirst, the list and the quote: not the headline, nor the notes
        "blocks": 9,
    }
    rows = block_rows(article, "ferry.json")
    assert [(r["type"], r["text"], r["attribution"]) for r in rows] == [
        ("heading", "Ferry Times", None),
        ("standfirst", "The winter timetable starts early.", None),
        ("item_list", "1. Monday\n2. Friday", None),
        ("quote", "We sail when the sea allows.", None),
        ("attribution", "First published by Coastal Weekly.", "Coastal Weekly"),
        ("disclaimer", "The views are the author's own.", None),
        ("bio", "Jane Roe writes about the coast.", None),
        ("fragment", "By Jane Roe", None),
        ("caption", "The ferry at dawn.", None),
    ]
    assert [r["index"] for r in rows] == list(range(9))
    assert rows[-1]["credit"] is None
    assert rows[-1]["image"] is None
    assert json.loads(json.dumps(rows)) == rows


def test_the_examples_in_the_tables_module_run() -> None:
    failures, tried = doctest.testmod(newsdoc.tables)
    assert tried >= 6
    assert failures == 0
