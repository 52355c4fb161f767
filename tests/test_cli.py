"""The newsdoc command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_770722033839be41.txt"


def test_convert_seed_to_markdown(capsys: pytest.CaptureFixture[str], seed_article: newsdoc.Article) -> None:
    assert main(["convert", str(SEED)]) == 0
    assert capsys.readouterr().out == newsdoc.to_markdown(seed_article)


@pytest.mark.parametrize(("target", "suffix"), [("json", ".json"), ("markdown", ".md"), ("text", ".txt")])
def test_convert_chain_is_lossless(tmp_path: Path, target: str, suffix: str, seed_text: str) -> None:
    out = tmp_path / f"seed{suffix}"
    assert main(["convert", str(SEED), "-o", str(out)]) == 0  # format from the extension
    back = tmp_path / "back.txt"
    assert main(["convert", str(out), "--to", "text", "-o", str(back)]) == 0
    assert back.read_bytes() == seed_text.encode("utf-8")


def test_stdin_and_content_sniffing() -> None:
    """JSON on standard input is known by its content; CRLF comes back untouched."""
    document = newsdoc.to_json(newsdoc.parse_text("One paragraph.\r\n\r\nAnother.\r\n"))
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", "convert", "-", "--to", "text"],
        input=document.encode(),
        capture_output=True,
        check=True,
    )
    assert done.stdout == b"One paragraph.\r\n\r\nAnother.\r\n"


def test_crlf_text_from_stdin_round_trips() -> None:
    text = (Path(__file__).parent / "fixtures" / "text" / "08_crlf_reuters_inline.txt").read_bytes()
    as_json = subprocess.run(
        [sys.executable, "-m", "newsdoc", "convert", "-", "--from", "text", "--to", "json"],
        input=text,
        capture_output=True,
        check=True,
    ).stdout
    back = subprocess.run(
        [sys.executable, "-m", "newsdoc", "convert", "-", "--to", "text"],
        input=as_json,
        capture_output=True,
        check=True,
    ).stdout
    assert back == text


def test_inspect_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "title:       INSIGHT: Russias Search for Leverage in the Syrian Crisis"
    assert "blocks:      18" in lines
    caption = next(line for line in lines if "caption" in line)
    assert caption.startswith("  0  caption")
    assert "[credit: AP Image]" in caption
    quote = next(line for line in lines if "pull_quote" in line)
    assert "[attribution: Stratfor analysis]" in quote
    assert "[repeats: 13]" in quote


def test_bad_input_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "newsdoc", "version": 1, "blocks": [{"type": "caption"}]}')
    assert main(["convert", str(bad)]) == 1
    assert capsys.readouterr().err == f"newsdoc: {bad}: $.blocks[0].text: required field missing\n"
    assert main(["convert", str(tmp_path / "missing.txt")]) == 1
    assert "No such file or directory" in capsys.readouterr().err
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    assert main(["inspect", str(binary)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["convert", str(SEED), "--to", "pdf"])
    assert exit_.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["convert", "--help"])
    out = capsys.readouterr().out
    assert "newsdoc convert pages/ --out articles/       # a folder, file by file" in out
    assert max(map(len, out.splitlines())) <= 80  # read in a terminal, and in the docs without scrolling


def test_python_dash_m(seed_text: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", "convert", str(SEED), "--to", "json"], capture_output=True, check=True
    )
    assert newsdoc.to_text(newsdoc.from_json(done.stdout)) == seed_text
    assert json.loads(done.stdout)["blocks"][0]["credit"] == "AP Image"


WORDPRESS = SEED.with_name("000_770722033839be41.wordpress.html")


def test_convert_page_to_markdown_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(WORDPRESS), "--to", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "*Credit: Edlib News Network via AP*" in markdown
    assert "Related posts" not in markdown
    out = tmp_path / "seed.html"
    assert main(["convert", str(SEED), "-o", str(out)]) == 0  # --to from the extension
    assert newsdoc.parse_html(out.read_bytes()) == newsdoc.parse_text(SEED.read_text("utf-8"))


def test_inspect_page_dropped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(WORDPRESS), "--dropped"]) == 0
    out = capsys.readouterr().out
    assert "[credit: AP Image]" in out
    dropped = out.split("\ndropped:")[1]
    assert 'class "related"' in dropped
    assert 'class "comments"' in dropped
    assert "tag <script>" in dropped


def test_html_is_sniffed_from_content() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", "inspect", "-"], input=WORDPRESS.read_bytes(), capture_output=True, check=True
    )
    assert b"INSIGHT: Russias Search for Leverage" in done.stdout
    assert b"[attribution: Stratfor analysis]" in done.stdout


@pytest.mark.parametrize("name", ["article.txt", "article.md", "article.json", "article.html", "article"])
def test_load_reads_each_format_by_its_name_or_content(
    tmp_path: Path, seed_text: str, seed_article: newsdoc.Article, name: str
) -> None:
    writer = {".md": newsdoc.to_markdown, ".json": newsdoc.to_json, ".html": newsdoc.to_html}
    path = tmp_path / name
    path.write_bytes(writer.get(path.suffix, newsdoc.to_text)(seed_article).encode())
    assert newsdoc.load(path) == seed_article
    assert newsdoc.to_text(newsdoc.load(path)) == seed_text


@pytest.mark.parametrize("name", ["scraped.txt", "converted.md"])
def test_load_types_scraped_text_and_markdown_with_the_cues_given(tmp_path: Path, name: str) -> None:
    """A photo agency the default cues do not know, named in a caption under its picture."""
    picture = "ferry-quay.jpg" if name.endswith(".txt") else "![The quay](ferry-quay.jpg)"
    (tmp_path / name).write_text(
        f"Ferries Resume\n\n{picture}\n\nSailors wait on the quay. (Lakeside Photo)\n\nThe ferry left at dawn.\n"
    )
    cues = attrs.evolve(newsdoc.DEFAULT_CUES, agencies=(*newsdoc.DEFAULT_CUES.agencies, "Lakeside"))
    assert not newsdoc.load(tmp_path / name).blocks_of(newsdoc.Caption)
    (caption,) = newsdoc.load(tmp_path / name, cues=cues).blocks_of(newsdoc.Caption)
    assert caption.credit == "Lakeside Photo"


def test_load_says_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9\n")
    with pytest.raises(newsdoc.ParseError, match=r"not UTF-8 text \(byte 3\)"):
        newsdoc.load(tmp_path / "latin.txt")
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        newsdoc.load(tmp_path / "latin.txt", format="pdf")


LATIN = "Caf\u00e9s reopen on the quay\n\nThe caf\u00e9s by the ferry quay reopened, \u00e0 la fa\u00e7on of old.\n"


def test_load_reads_a_text_file_in_the_encoding_given(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(LATIN.encode("cp1252"))
    assert newsdoc.to_text(newsdoc.load(tmp_path / "latin.txt", encoding="windows-1252")) == LATIN
    (tmp_path / "latin.md").write_bytes(("# " + LATIN).encode("cp1252"))
    assert newsdoc.load(tmp_path / "latin.md", encoding="latin1").title == "Caf\u00e9s reopen on the quay"
    with pytest.raises(newsdoc.ParseError, match=r"^not UTF-8 text \(byte 3\); give the text's encoding$"):
        newsdoc.load(tmp_path / "latin.txt")
    with pytest.raises(newsdoc.ParseError, match=r"^not utf8 text \(byte 3\)$"):
        newsdoc.load(tmp_path / "latin.txt", encoding="utf8")
    with pytest.raises(newsdoc.ParseError, match="unknown encoding 'klingon'"):
        newsdoc.load(tmp_path / "latin.txt", encoding="klingon")


def test_the_url_option_gives_a_saved_page_its_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page saved to a file has lost where it came from: --url says it, as parse_html(url=...) takes it."""
    page = tmp_path / "ferries.html"
    page.write_bytes(
        b"<article><h1>Ferries return</h1><p>The first ferry left at dawn, <a href='/timetable'>on time</a>, "
        b"and the quay was full.</p><p>\xdeehir k\xf6pr\xfcy\xfc a\xe7t\xfd, and the crossing reopened.</p></article>"
    )  # no charset declared, and Turkish in windows-1254
    address = "https://haber.example.com.tr/news/ferries"
    assert main(["convert", str(page), "--to", "json", "--url", address]) == 0
    article = newsdoc.from_json(capsys.readouterr().out)
    assert article.url == address
    assert article.blocks[0].marks[0].href == "https://haber.example.com.tr/timetable"  # type: ignore[union-attr]
    assert article.blocks[1].text.startswith("\u015eehir k\u00f6pr\u00fcy\u00fc a\u00e7t\u0131,")  # type: ignore[union-attr]
    assert newsdoc.load(page, url=address) == article
    assert main(["inspect", str(page), "--url", address]) == 0
    assert address in capsys.readouterr().out
    # Only a page has an address, and only one
    text = tmp_path / "ferries.txt"
    text.write_text("The first ferry left at dawn.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as usage:
        main(["convert", str(text), "--url", address])
    assert usage.value.code == 2
    assert f"--url is a web page's address, and {text} is text, not a page" in capsys.readouterr().err
    with pytest.raises(ValueError, match=r"url is a web page's address, and '.*ferries.txt' is text, not a page"):
        newsdoc.load(text, url=address)
    with pytest.raises(SystemExit) as usage:
        main(["convert", str(page), str(page), "--jsonl", "-", "--url", address])
    assert usage.value.code == 2
    assert "--url gives one page's address: convert the page alone" in capsys.readouterr().err


def test_the_encoding_option_reads_text_and_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "latin.txt"
    text.write_bytes(LATIN.encode("cp1252"))
    assert main(["convert", str(text), "--to", "text"]) == 1
    assert capsys.readouterr().err == f"newsdoc: {text}: not UTF-8 text (byte 3); give the text's encoding\n"
    assert main(["convert", str(text), "--to", "text", "--encoding", "cp1252"]) == 0
    assert capsys.readouterr().out == LATIN
    # A page's charset as the HTTP header gave it, which wins over the page's own declaration
    page = tmp_path / "page.html"
    page.write_bytes(f'<meta charset="utf-8"><article><h1>Caf\u00e9s</h1><p>{LATIN}</p>'.encode("cp1252"))
    assert main(["inspect", str(page), "--encoding", "windows-1252"]) == 0
    assert "Caf\u00e9s" in capsys.readouterr().out
    # And in a batch, file by file
    out = tmp_path / "out"
    assert main(["convert", str(text), str(page), "--out", str(out), "--to", "text", "--encoding", "cp1252"]) == 0
    assert (out / "latin.txt").read_text(encoding="utf-8") == LATIN
    assert "Caf\u00e9s" in (out / "page.txt").read_text(encoding="utf-8")
