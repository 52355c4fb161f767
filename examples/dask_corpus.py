"""Read a corpus of saved pages and web archives with Dask, and write its articles and blocks as tables.

Each input file is a task: a saved page (.html, .htm, packed or not) is read with
newsdoc.read_many, a web archive (.warc, .warc.gz, .arc, .arc.gz) with
newsdoc.warc.read_warc, page after page. Dask runs the tasks side by side. The rows
that newsdoc.tables makes go to JSON Lines, one file a partition:

    OUT/articles/0.jsonl   one line an article
    OUT/blocks/0.jsonl     one line a block
    OUT/errors/0.jsonl     one line a file or page that could not be read

and to Parquet beside them (OUT/articles/0.parquet, ...) when pyarrow is installed.
Folders are searched for such files at any depth.

    pip install "newsdoc[warc,dask]"
    python examples/dask_corpus.py pages/ crawl.warc.gz --out tables
    python examples/dask_corpus.py pages/ --out tables --partitions 32 --scheduler synchronous
"""

import argparse
import importlib.util
import json
from pathlib import Path

import dask
import dask.bag as db

import newsdoc
from newsdoc.tables import ARTICLE_COLUMNS, BLOCK_COLUMNS, article_row, block_rows
from newsdoc.warc import read_warc

ARCHIVES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGES = (".html", ".htm", ".html.gz", ".htm.gz")
TABLES = ("articles", "blocks", "errors")
COLUMNS = {"articles": ARTICLE_COLUMNS, "blocks": BLOCK_COLUMNS, "errors": {"source": "string", "error": "string"}}


def inputs(paths):
    """The pages and archives among *paths*, folders searched, in a stable order."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += [
                str(f) for f in sorted(path.rglob("*")) if f.is_file() and f.name.lower().endswith(ARCHIVES + PAGES)
            ]
        else:
            found.append(str(path))  # a file named is read, whatever its name
    return found


def tables_of(path):
    """The rows one input file gives, by table: {"articles": [...], "blocks": [...], "errors": [...]}."""
    # One job inside a task: Dask already runs as many tasks at once as it has workers.
    outcomes = read_warc(path, jobs=1) if path.lower().endswith(ARCHIVES) else newsdoc.read_many([path], jobs=1)
    tables = {name: [] for name in TABLES}
    for outcome in outcomes:
        if outcome.article is None:
            tables["errors"].append({"source": outcome.source, "error": outcome.error})
        else:
            tables["articles"].append(article_row(outcome.article, outcome.source))
            tables["blocks"].extend(block_rows(outcome.article, outcome.source))
    return tables


def corpus(paths, partitions):
    """The three tables of the files at *paths* as Dask bags of rows, by name; nothing is read yet."""
    read = db.from_sequence(paths, npartitions=max(1, min(partitions, len(paths)))).map(tables_of)
    # Bags that share `read` are computed together, so each file is read once (see write()).
    return {name: read.pluck(name).flatten() for name in TABLES}


def write_parquet(rows, path, columns):
    """Write *rows* to a Parquet file with the fixed schema *columns* ({name: Arrow type})."""
    import pyarrow as pa  # noqa: PLC0415 - optional: only this function needs it
    import pyarrow.parquet as pq  # noqa: PLC0415

    types = {"string": pa.string(), "int64": pa.int64(), "list<string>": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in columns.items()])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)


def write(bags, out):
    """Write each bag of rows to OUT/NAME/N.jsonl, and N.parquet with pyarrow, in one pass over the files.

    Returns the number of rows of each table.
    """
    parquet = importlib.util.find_spec("pyarrow") is not None
    writes = []
    for name, bag in bags.items():
        (out / name).mkdir(parents=True, exist_ok=True)
        lines = bag.map(json.dumps, ensure_ascii=False)
        writes += lines.to_textfiles(str(out / name / "*.jsonl"), encoding="utf-8", compute=False)
        if parquet:
            write_part = dask.delayed(write_parquet)
            for number, part in enumerate(bag.to_delayed()):
                writes.append(write_part(part, str(out / name / f"{number}.parquet"), COLUMNS[name]))
    # One compute for all: the files are read once, whatever is made of them.
    *_, counts = dask.compute(*writes, {name: bag.count() for name, bag in bags.items()})
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description="Read pages and web archives with Dask; write articles and blocks.")
    parser.add_argument("paths", nargs="+", help="saved pages, web archives, or folders of them")
    parser.add_argument("--out", type=Path, default=Path("tables"), help="folder to write to (default: tables)")
    parser.add_argument("--partitions", type=int, default=8, help="Dask partitions (default: 8)")
    parser.add_argument(
        "--scheduler", default="processes", help="Dask's scheduler: processes (the default), threads or synchronous"
    )
    args = parser.parse_args(argv)
    paths = inputs(args.paths)
    if not paths:
        parser.error("no pages or web archives found")
    with dask.config.set(scheduler=args.scheduler):
        counts = write(corpus(paths, args.partitions), args.out)
    print(f"{len(paths)} files: {counts['articles']} articles, {counts['blocks']} blocks, {counts['errors']} errors")
    parquet = importlib.util.find_spec("pyarrow") is not None
    print(
        f"written to {args.out}/ as JSON Lines"
        + (" and Parquet" if parquet else " (pip install pyarrow for Parquet too)")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
