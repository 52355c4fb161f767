"""Addresses: which a writer may make live (a page's ``javascript:`` never becomes a link of ours), and what they say.

Writers show an image's address only when it is safe to follow; an unsafe one
still rides, inert, in the data that reads the article back, so nothing is lost.
The rule is an allow-list, as HTML sanitisers such as bleach and nh3 keep one.
An address also says which folders a page sits in, and the site's name as its
host spells it.
"""

from __future__ import annotations

import re
import urllib.parse

__all__ = ["folders", "safe_url", "site_label"]

_SCHEME = re.compile(r"\A([A-Za-z][A-Za-z0-9+.-]*):")
_SAFE_SCHEMES = frozenset({"http", "https", "ftp", "mailto", "tel"})
# Pictures a browser will not run: not SVG, which may hold scripts.
_SAFE_DATA = re.compile(r"\Adata:image/(?:png|gif|jpeg|webp)[;,]", re.I)
# What browsers ignore in an address before reading its scheme: "java\tscript:" runs as javascript:.
_IGNORED = re.compile(r"[\x00-\x20]")


def safe_url(url: str) -> bool:
    r"""Whether a browser following *url* only fetches something: no script, no local file.

    A relative address is safe, as are http, https, ftp, mailto and tel, and
    ``data:`` pictures in PNG, GIF, JPEG or WebP.

    Examples:
        >>> from newsdoc.urls import safe_url
        >>> safe_url("https://example.com/a.jpg"), safe_url("/images/a.jpg"), safe_url("a.jpg")
        (True, True, True)
        >>> safe_url("javascript:alert(1)"), safe_url(" Java\tScript:alert(1)"), safe_url("data:image/svg+xml,<svg/>")
        (False, False, False)
    """
    plain = _IGNORED.sub("", url)
    match = _SCHEME.match(plain)
    if match is None:
        return True
    scheme = match[1].lower()
    return scheme in _SAFE_SCHEMES or (scheme == "data" and _SAFE_DATA.match(plain) is not None)


def folders(url: str) -> frozenset[str]:
    """The folders of the path of *url*, lower-cased: ``{"author"}`` for ``/author/jane-roe/``.

    Its parts but the last, which names the page or the file itself; none when urllib
    cannot read the address (``http://[x``).

    Examples:
        >>> from newsdoc.urls import folders
        >>> sorted(folders("https://example.com/Images/Authors/jane.jpg")), folders("/columnists/")
        (['authors', 'images'], frozenset())
    """
    try:
        path = urllib.parse.urlsplit(url).path
    except ValueError:
        return frozenset()
    return frozenset([part for part in path.lower().split("/") if part][:-1])


def site_label(url: str) -> str | None:
    """The name of the site as its address spells it: the longest label of its host but the last, lower-cased.

    ``"harbourtimes"`` for ``https://www.harbourtimes.co.uk/news/``; ``None`` for a relative
    address, or one urllib cannot read.

    Examples:
        >>> from newsdoc.urls import site_label
        >>> site_label("https://news.harbourtimes.co.uk/a"), site_label("/news/a")
        ('harbourtimes', None)
    """
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        return None
    labels = host.split(".")[:-1] if host else []
    return max(labels, key=len) if labels else None
