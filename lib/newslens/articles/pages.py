"""Saved web pages: the article's own text and what the page declares about it (title, author, date, url,
site), read with trafilatura. Nothing is fetched and nothing on the page is run: the markup is parsed,
the main text extracted, and the article's text is that text, title first, one paragraph per line.

Headings inside the article become `subhead` paragraphs, the headline the `title`; a dateline or a byline
at the top is found as in any text (`structure.given_structure`). A page that cannot give an article (not
HTML, too large, no article text at all: a cookie wall, an index page) is a `LoadError` with its reason.
"""

from __future__ import annotations

import codecs
from html import unescape
from typing import Any

from .. import rules
from .decoding import normalize_newlines
from .model import Article, LoadError

#: How trafilatura is asked: main text only, precision over recall (measured on the 60 dev pages of the
#: article-extraction benchmark: F1 0.977 against 0.966 with its defaults), with the page's metadata.
EXTRACTION = {"include_comments": False, "favor_precision": True, "with_metadata": True}


def decode_page(data: bytes) -> tuple[str, dict[str, Any]]:
    """A page's bytes as text: by its byte-order mark, else the charset its markup declares, else UTF-8,
    else cp1252 (with a note). Raises LoadError for an empty, oversized or undecodable page."""
    if not data.strip():
        raise LoadError("empty page")
    if len(data) > rules.MAX_PAGE_BYTES:
        raise LoadError(f"page too large: {len(data) / 1e6:.1f} MB (web pages are read up to "
                        f"{rules.MAX_PAGE_BYTES / 1e6:.0f} MB)")  # fmt: skip
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decoded(data, name, name)
    if b"\x00" in data[:4096]:
        raise LoadError("not an HTML page (binary: contains NUL bytes)")
    declared = rules.PAGE_CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            codecs.lookup(name)
        except LookupError:
            name = None
        if name is not None:
            try:
                return normalize_newlines(data.decode(name)), {"encoding": name}
            except UnicodeDecodeError:
                pass  # a page that lies about its charset: read it as if it declared none
    try:
        return normalize_newlines(data.decode("utf-8")), {"encoding": "utf-8"}
    except UnicodeDecodeError as e:
        text, meta = _decoded(data, "cp1252", "cp1252")
        meta["note"] = f"not valid UTF-8 (byte {e.start}); decoded as cp1252"
        return text, meta


def _decoded(data: bytes, codec: str, name: str) -> tuple[str, dict[str, Any]]:
    try:
        return normalize_newlines(data.decode(codec)), {"encoding": name}
    except UnicodeDecodeError as e:
        raise LoadError(f"undecodable page: not {name} (byte {e.start})") from None


def page_article(aid: str, html: str, shown: str | None, record: int | None, meta: dict, **given: Any) -> Article:
    """The Article a web page holds (see the module docstring). `given` fields (a record's title, url, ...)
    win over what the page declares."""
    if "\x00" in html[:4096] or not rules.HTML_MARKUP.search(html[:65536]):
        raise LoadError("not an HTML page (no markup)")
    doc = _extract(html)
    lines = [" ".join(line.split()) for line in (doc.text or "").split("\n")] if doc is not None else []
    lines = [line for line in lines if line]
    if not lines:
        raise LoadError("no article text in the page (a cookie wall, an index or an empty page?)")
    headings = {" ".join("".join(h.itertext()).split()) for h in doc.body.iter("head")} if doc.body is not None else ()
    title = _without_site(" ".join((given.get("title") or doc.title or "").split()), doc.sitename) or None
    parts = [(line, "subhead" if line in headings else "body") for line in lines]
    if title and parts[0][0] == title:
        parts[0] = (title, "title")  # the headline opens the extracted text
    elif title:
        parts.insert(0, (title, "title"))
    text, spans = "", []
    for line, kind in parts:
        start = len(text) + (1 if text else 0)
        text = f"{text}\n{line}" if text else line
        spans.append((start, len(text), kind))
    declared = {"title": title, "author": doc.author, "date": doc.date, "url": canonical_url(html) or doc.url,
                "source": doc.sitename or doc.hostname}  # fmt: skip
    fields = {k: v for k, v in declared.items() if v} | {k: v for k, v in given.items() if v}
    m = dict(meta, format="html", extractor=f"trafilatura {_version()}")
    if record is not None:
        m["record"] = record
    art = Article(id=aid, text=text, path=shown, meta=m, given=tuple(spans), **fields)
    if not art.body:
        raise LoadError("no article text in the page (only a headline)")
    return art


def _without_site(title: str, site: str | None) -> str:
    """A page title without the site's name after it: "Storm hits coast | The Coastal Herald" -> "Storm
    hits coast"."""
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            if title.endswith(sep + site):
                return title[: -len(sep + site)].rstrip()
    return title


def canonical_url(html: str) -> str | None:
    """The address the page declares canonical (<link rel="canonical">), when it is an absolute web address:
    a page's own address is the one it gives, not the one it was saved from or shared as."""
    for tag in rules.LINK_TAG.finditer(html, 0, min(len(html), 400_000)):
        if rules.CANONICAL_REL.search(tag.group()) and (href := rules.HREF.search(tag.group())):
            url = unescape(next(g for g in href.groups() if g)).strip()
            if url.startswith(("http://", "https://")):
                return url
    return None


def _extract(html: str):
    """trafilatura's document for a page (None when it finds none); imported here, so loading plain text
    never pays for it."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(html, **EXTRACTION)
    except (ValueError, TypeError, RecursionError) as e:  # broken markup beyond what lxml recovers from
        raise LoadError(f"unreadable page: {type(e).__name__}") from None


def _version() -> str:
    from importlib.metadata import version

    return version("trafilatura")
