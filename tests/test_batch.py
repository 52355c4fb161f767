"""Many files at once: read_many, and ``newsdoc convert`` over folders, lists and JSON Lines."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest

import newsdoc
from newsdoc import batch
from newsdoc.cli import main

ARTICLE = "Harbour Seals Return\n\nBy Jane Roe\n\nWardens counted two hundred pups on the sandbanks.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of articles in three formats, one broken, one in a subfolder, one not an article."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "b.json").write_text(newsdoc.to_json(newsdoc.parse_text(ARTICLE.replace("Seals", "Terns"))))
    (folder / "sub" / "c.html").write_text("<article><h1>Otters</h1><p>Otters were seen on the river again.</p>")
    (folder / "sub" / "broken.json").write_text("{not json")
    (folder / "notes.csv").write_text("a,b\n")  # no format newsdoc reads: left out of a folder
    return folder


def test_read_many_keeps_order_and_reports_each_failure(corpus: Path) -> None:
    paths = sorted(str(p) for p in corpus.rglob("*") if p.is_file() and p.suffix != ".csv")
    for jobs in (1, 2):
        outcomes = list(newsdoc.read_many(paths, jobs=jobs))
        assert [o.source for o in outcomes] == paths
        titles = {Path(o.source).name: o.article.title if o.article else o.error for o in outcomes}
        assert titles == {
            "a.txt": "Harbour Seals Return",
            "b.json": "Harbour Terns Return",
            "c.html": "Otters",
            "broken.json": "FormatError: line 1, column 2: invalid JSON: Expecting property name enclosed in "
            "double quotes",
        }
    unordered = list(newsdoc.read_many(paths, jobs=2, ordered=False))
    assert sorted(o.source for o in unordered) == paths


def test_a_file_that_takes_too_long_is_given_up(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(path: str, **options: object) -> newsdoc.Article:
        time.sleep(5)
        return newsdoc.Article()

    monkeypatch.setattr(batch, "load", slow)
    start = time.perf_counter()
    [outcome] = newsdoc.read_many([corpus / "a.txt"], jobs=1, timeout=0.2)
    assert outcome.article is None
    assert outcome.error == "TimeoutError: gave up after 0.2 s (--timeout)"
    assert time.perf_counter() - start < 3


def test_convert_a_folder(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(corpus), "--out", str(out), "--jobs", "2"]) == 1  # one input is broken
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.md", "b.md", "sub/c.md"]
    assert newsdoc.from_markdown((out / "a.md").read_text()) == newsdoc.parse_text(ARTICLE)
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"newsdoc: {corpus / 'sub' / 'broken.json'}: FormatError: line 1, column 2: invalid JSON: " + (
        "Expecting property name enclosed in double quotes"
    )
    assert err[1].startswith("newsdoc: 3 converted, 1 failed, 0 skipped in ")


def test_resume_skips_what_is_done(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "sub" / "broken.json").unlink()
    out = tmp_path / "out"
    assert main(["convert", str(corpus), "--out", str(out), "--to", "json", "--jobs", "1"]) == 0
    later = time.time() + 10
    os.utime(corpus / "a.txt", (later, later))  # changed since: converted again
    assert main(["convert", str(corpus), "--out", str(out), "--to", "json", "--resume", "--jobs", "1"]) == 0
    assert capsys.readouterr().err.splitlines()[-1].startswith("newsdoc: 1 converted, 0 failed, 2 skipped in ")


def test_glob_and_a_list_of_paths_on_standard_input(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(corpus), "--glob", "*.txt", "--out", str(out)]) == 0
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["a.md"]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{corpus / 'b.json'}\n\n{corpus / 'sub' / 'c.html'}\n"))
    assert main(["convert", "-", "--out", str(tmp_path / "listed"), "--to", "text"]) == 0
    assert sorted(p.name for p in (tmp_path / "listed").iterdir()) == ["b.txt", "c.txt"]


def test_json_lines_with_the_source_of_each(corpus: Path, tmp_path: Path) -> None:
    lines = tmp_path / "all.jsonl"
    assert main(["convert", str(corpus), "--jsonl", str(lines), "--jobs", "2"]) == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, lines.read_text().splitlines())}
    assert sorted(records) == ["a.txt", "b.json", "broken.json", "c.html"]
    assert newsdoc.from_dict(records["a.txt"]["article"]) == newsdoc.parse_text(ARTICLE)
    assert records["broken.json"]["error"].startswith("FormatError: line 1")
    assert main(["convert", str(corpus / "a.txt"), "--to", "jsonl", "-o", str(lines)]) == 0
    assert len(lines.read_text().splitlines()) == 1


def test_outputs_never_overwrite_inputs_or_each_other(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "a.md").write_text(newsdoc.to_markdown(newsdoc.parse_text(ARTICLE)))
    before = (corpus / "a.md").read_bytes()
    assert main(["convert", str(corpus / "a.md"), str(corpus / "a.txt"), "--out", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"newsdoc: {corpus / 'a.md'}: ValueError: the output would overwrite the input" in err
    assert f"newsdoc: {corpus / 'a.txt'}: its output {corpus / 'a.md'} is also that of {corpus / 'a.md'}" in err
    assert (corpus / "a.md").read_bytes() == before


def test_output_names_that_say_what_to_do(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    assert main(["convert", str(corpus / "a.txt"), "-o", f"{folder}/"]) == 0  # a folder, not a file named "out"
    assert [p.name for p in folder.iterdir()] == ["a.md"]
    with pytest.raises(SystemExit) as stop:
        main(["convert", str(corpus / "a.txt"), "-o", str(tmp_path / "a.xyz")])
    assert stop.value.code == 2
    assert "cannot tell the output format from" in capsys.readouterr().err
    assert main(["convert", str(tmp_path / "empty"), "--out", str(folder)]) == 1


def test_several_inputs_need_somewhere_to_go(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["convert", str(corpus / "a.txt"), str(corpus / "b.json")])
    assert "several inputs need --out DIR" in capsys.readouterr().err


def write_archive(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    """A gzipped WARC of HTTP responses (address, body, content type), written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415 - the warc extra
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=True)
        for url, body, kind in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            # With the length known, warcio needs no temporary file (which it would leave open).
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(record)


def test_convert_a_web_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = b"<article><h1>Otters</h1><p>Otters were seen on the river again this spring.</p></article>"
    archive = tmp_path / "crawl.warc.gz"
    pages = [("https://river.example/otters", page, "text/html"), ("https://river.example/o.png", b"PNG", "image/png")]
    write_archive(archive, pages)
    lines = tmp_path / "pages.jsonl"
    assert main(["convert", str(archive), "--jsonl", str(lines)]) == 0
    [record] = map(json.loads, lines.read_text().splitlines())
    assert record["source"] == f"{archive}@0"
    article = newsdoc.from_dict(record["article"])
    assert (article.title, article.url, article.fetched is not None) == ("Otters", "https://river.example/otters", True)
    assert main(["convert", str(tmp_path), "--out", str(tmp_path / "out"), "--glob", "*.warc.gz"]) == 0
    assert [p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md")] == ["crawl/0.md"]
    broken = tmp_path / "broken.warc.gz"
    data = archive.read_bytes()
    broken.write_bytes(data[: len(data) // 2])  # cut inside the page record, not in the padding after it
    capsys.readouterr()
    assert main(["convert", str(broken), "--to", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert f"newsdoc: {broken}: ParseError: {broken}@" in err  # where the archive breaks
    assert json.loads(out.splitlines()[-1])["error"].startswith(f"ParseError: {broken}@")


def test_read_many_reads_every_file_in_the_encoding_given(tmp_path: Path) -> None:
    text = "Caf\u00e9s reopen\n\nThe caf\u00e9s by the quay reopened.\n"
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    [failed] = newsdoc.read_many([tmp_path / "latin.txt"], jobs=1)
    assert failed.error == "ParseError: not UTF-8 text (byte 3); give the text's encoding"
    [read] = newsdoc.read_many([tmp_path / "latin.txt"], jobs=1, encoding="cp1252")
    assert read.article is not None
    assert newsdoc.to_text(read.article) == text


def test_what_is_no_regular_file_in_a_folder_is_reported_not_read(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "sub" / "broken.json").unlink()
    os.mkfifo(corpus / "feed.txt")  # a pipe named as an article: reading it would wait for ever
    (corpus / "gone.html").symlink_to(corpus / "nowhere.html")
    out = tmp_path / "out"
    assert main(["convert", str(corpus), "--out", str(out), "--jobs", "1", "--timeout", "5"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == [
        f"newsdoc: {corpus / name}: not a regular file (a pipe, a device or a broken link); skipped"
        for name in ("feed.txt", "gone.html")
    ]
    assert err[2].startswith("newsdoc: 3 converted, 2 failed, 0 skipped in ")
    seen: list[str] = []
    assert sorted(name for _, name in batch.inputs([str(corpus)], passed_over=seen.append)) == [
        "a.txt",
        "b.json",
        "sub/c.html",
    ]
    assert seen == [str(corpus / "feed.txt"), str(corpus / "gone.html")]
