"""Articles as table rows: :func:`article_row` and :func:`block_rows`, for DataFrames, Parquet and SQL.

Every row holds every column, ``None`` where the article or block has no value, so a
corpus makes two tables of a fixed schema, whatever its articles hold. Lists stay lists
and dates are ISO 8601 strings, so the rows are JSON as they stand.

``articles``, one row an article (:data:`ARTICLE_COLUMNS`):

=============  ================  =========  ===============================================
column         Arrow             SQL        value
=============  ================  =========  ===============================================
source         string            VARCHAR    where the article was read from (a file, ``crawl.warc.gz@123``)
title          string            VARCHAR    :attr:`~newsdoc.Article.title`
kicker         string            VARCHAR    :attr:`~newsdoc.Article.kicker`
authors        list<string>      VARCHAR[]  :attr:`~newsdoc.Article.authors`, ``[]`` for none
tags           list<string>      VARCHAR[]  :attr:`~newsdoc.Article.tags`, ``[]`` for none
source_org     string            VARCHAR    :attr:`~newsdoc.Article.source`, the organisation it comes from
publication    string            VARCHAR    :attr:`~newsdoc.Article.publication`
published      string            VARCHAR    :attr:`~newsdoc.Article.published`, ISO 8601 (a date, or a date and time)
url            string            VARCHAR    :attr:`~newsdoc.Article.url`
fetched        string            VARCHAR    :attr:`~newsdoc.Article.fetched`, ISO 8601
words          int64             BIGINT     words of :attr:`~newsdoc.Article.text`, the body's prose
blocks         int64             BIGINT     the number of blocks
=============  ================  =========  ===============================================

``blocks``, one row a block (:data:`BLOCK_COLUMNS`):

=============  ================  =========  ===============================================
column         Arrow             SQL        value
=============  ================  =========  ===============================================
source         string            VARCHAR    as in ``articles``: the key that joins the two
index          int64             BIGINT     the block's position in :attr:`~newsdoc.Article.blocks`
type           string            VARCHAR    the block's type as JSON names it: ``caption``, ``pull_quote``, ...
text           string            VARCHAR    the words, as :func:`~newsdoc.model.plain_text` gives them, except that
                                            a caption's credit and a pull quote's attribution have their own columns
credit         string            VARCHAR    :attr:`Caption.credit <newsdoc.Caption.credit>`
attribution    string            VARCHAR    :attr:`PullQuote.attribution <newsdoc.PullQuote.attribution>`, or
                                            :attr:`Attribution.source <newsdoc.Attribution.source>`
image          int64             BIGINT     :attr:`Caption.image <newsdoc.Caption.image>`, the index of its picture
repeats        int64             BIGINT     :attr:`PullQuote.repeats <newsdoc.PullQuote.repeats>`, the paragraph's index
=============  ================  =========  ===============================================

Only ``source``, ``authors``, ``tags``, ``words``, ``blocks``, ``index``, ``type`` and
``text`` are never null.
"""

from __future__ import annotations

import datetime as dt

from .jsonformat import type_name
from .model import Article, Attribution, Block, Caption, PullQuote, plain_text

__all__ = ["ARTICLE_COLUMNS", "BLOCK_COLUMNS", "article_row", "block_rows"]

Row = dict[str, str | int | list[str] | None]
"""A row: a value for each column, ``None`` where there is none."""

ARTICLE_COLUMNS: dict[str, str] = {
    "source": "string",
    "title": "string",
    "kicker": "string",
    "authors": "list<string>",
    "tags": "list<string>",
    "source_org": "string",
    "publication": "string",
    "published": "string",
    "url": "string",
    "fetched": "string",
    "words": "int64",
    "blocks": "int64",
}
"""The columns of :func:`article_row`, in order, with their Arrow types."""

BLOCK_COLUMNS: dict[str, str] = {
    "source": "string",
    "index": "int64",
    "type": "string",
    "text": "string",
    "credit": "string",
    "attribution": "string",
    "image": "int64",
    "repeats": "int64",
}
"""The columns of :func:`block_rows`, in order, with their Arrow types."""


def article_row(article: Article, source: str) -> Row:
    r"""The row of *article* in the ``articles`` table.

    Args:
        article: The article.
        source: Where it was read from: the key that joins it to its blocks.

    Returns:
        A value for each of :data:`ARTICLE_COLUMNS`, in their order.

    Examples:
        >>> import newsdoc
        >>> from newsdoc.tables import article_row
        >>> article = newsdoc.parse_text("Talks in Moscow\n\nBy Jane Roe\n\nThe talks went on.\n")
        >>> row = article_row(article, "talks.txt")
        >>> row["title"], row["authors"], row["words"], row["published"]
        ('Talks in Moscow', ['Jane Roe'], 4, None)
    """
    return {
        "source": source,
        "title": article.title,
        "kicker": article.kicker,
        "authors": list(article.authors),
        "tags": list(article.tags),
        "source_org": article.source,
        "publication": article.publication,
        "published": _iso(article.published),
        "url": article.url,
        "fetched": _iso(article.fetched),
        "words": len(article.text.split()),
        "blocks": len(article.blocks),
    }


def block_rows(article: Article, source: str) -> list[Row]:
    r"""The rows of *article*'s blocks in the ``blocks`` table, in reading order.

    Args:
        article: The article.
        source: Where it was read from, as for :func:`article_row`.

    Returns:
        A row a block, each with a value for each of :data:`BLOCK_COLUMNS`, in their order.

    Examples:
        >>> import newsdoc
        >>> from newsdoc.tables import block_rows
        >>> article = newsdoc.parse_text("Talks in Moscow\n\nSergei Lavrov in Moscow. (AP Photo)\n\nThe talks.\n")
        >>> row = block_rows(article, "talks.txt")[1]
        >>> row["type"], row["text"], row["credit"]
        ('caption', 'Sergei Lavrov in Moscow.', 'AP Photo')
    """
    return [_block_row(block, source, index) for index, block in enumerate(article.blocks)]


def _block_row(block: Block, source: str, index: int) -> Row:
    credit = attribution = image = repeats = None
    if isinstance(block, Caption):
        text, credit, image = block.text, block.credit, block.image
    elif isinstance(block, PullQuote):
        # The words alone, as for a caption: the attribution has a column, and plain_text's quote marks are layout.
        text, attribution, repeats = block.text, block.attribution, block.repeats
    else:
        text = plain_text(block)
        if isinstance(block, Attribution):
            attribution = block.source
    return {
        "source": source,
        "index": index,
        "type": type_name(type(block)),  # the JSON format's name for it
        "text": text,
        "credit": credit,
        "attribution": attribution,
        "image": image,
        "repeats": repeats,
    }


def _iso(when: dt.date | None) -> str | None:
    return None if when is None else when.isoformat()
