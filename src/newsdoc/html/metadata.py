"""What a page says about its article: JSON-LD, OpenGraph and other meta tags, ``<time>``."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html

from .. import classify

__all__ = ["metadata"]

_ARTICLE_TYPES = {
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "OpinionNewsArticle", "AnalysisNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting",
}  # fmt: skip


def metadata(root: lxml.html.HtmlElement, url: str | None) -> dict[str, Any]:
    """What the page says about the article, in its head and markup."""
    metas: dict[str, str] = {}
    for tag in root.iter("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = str(tag.get("content") or "").strip()
        if key and content:
            metas.setdefault(key, content)
    ld = _json_ld(root)
    when = _first(ld.get("datePublished"), metas.get("article:published_time"), metas.get("date"))
    if when is None and (time := root.find(".//time[@datetime]")) is not None:
        when = time.get("datetime")
    canonical = root.find(".//link[@rel='canonical']")
    authors = [" ".join(a.text_content().split()) for a in root.iterfind(".//a[@rel='author']")]
    return {
        "title": _first(ld.get("headline"), ld.get("name"), metas.get("og:title"), metas.get("twitter:title")),
        "summary": _first(
            ld.get("description"),
            metas.get("description"),
            metas.get("og:description"),
            metas.get("twitter:description"),
        ),
        "kicker": _first(ld.get("articleSection"), metas.get("article:section")),
        "authors": _names(ld.get("author"))
        or _split(metas.get("author"))
        or tuple(dict.fromkeys(filter(None, authors))),
        "tags": _split(ld.get("keywords")) or _split(metas.get("keywords")) or _split(metas.get("news_keywords")),
        "publication": _first(metas.get("og:site_name"), _names(ld.get("publisher"))),
        "published": _date(when),
        "url": url or _first(canonical.get("href") if canonical is not None else None, metas.get("og:url")),
    }


def _json_ld(root: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD, or ``{}``."""
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _ld_items(data):
            kinds = item.get("@type")
            if set(kinds if isinstance(kinds, list) else [kinds]) & _ARTICLE_TYPES:
                return item
    return {}


def _ld_items(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph", []))


def _first(*values: object) -> str | None:
    for value in values:
        first = value[0] if isinstance(value, list | tuple) and value else value
        if isinstance(first, str) and first.strip():
            return " ".join(first.split())
    return None


def _names(value: object) -> tuple[str, ...]:
    """The names of schema.org people or organisations."""
    items = value if isinstance(value, list) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    return tuple(" ".join(n.split()) for n in names if isinstance(n, str) and n.strip())


def _split(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())
    if isinstance(value, str):
        return tuple(v.strip() for v in re.split(r"[,;]", value) if v.strip())
    return ()


def _date(value: str | None) -> dt.datetime | None:
    """A time-zone-aware date and time (UTC when the page gives no zone)."""
    when = classify.read_date(value) if value else None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
