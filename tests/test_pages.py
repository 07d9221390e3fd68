"""Saved web pages in: the article's own text (title first, one paragraph per line, every offset indexing
`article.text`), its paragraph kinds and metadata from the page; every bad page a problem with its reason."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

import newslens as nl
from newslens import rules

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture(scope="module")
def page() -> nl.Article:
    corpus = nl.load_articles(PAGES / "article.html")
    assert corpus.problems.empty
    return corpus[0]


def test_the_text_is_the_headline_then_the_article_one_paragraph_per_line(page):
    assert page.text.startswith("Storm Darragh: thousands without power as winds hit 90mph\nMore than 40,000 homes")
    assert "Most read" not in page.text and "Celebrity chef" not in page.text  # page furniture left out
    assert "cookies" not in page.text and "All rights reserved" not in page.text


def test_offsets_index_the_article_text(page):
    for p in page.paragraphs.itertuples():
        assert page.text[p.start : p.end] == p.text
    for q in nl.quotes(page).itertuples():
        assert page.text[q.start : q.end] == q.quote
    for f in nl.figures(page).itertuples():
        assert page.text[f.start : f.end] == f.surface


def test_headings_are_subheads_and_the_headline_the_title(page):
    kinds = dict(zip(page.paragraphs["text"], page.paragraphs["kind"], strict=True))
    assert kinds["Storm Darragh: thousands without power as winds hit 90mph"] == "title"
    assert kinds["Rail lines closed"] == "subhead"
    assert page.structure.layout == "web page"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "Storm Darragh: thousands without power as winds hit 90mph"),  # without " | site"
        ("author", "Megan Price"),
        ("date", "2024-12-07"),
        ("url", "https://www.coastalherald.example/news/storm-darragh-power-cuts"),  # canonical, not og:url
        ("source", "The Coastal Herald"),
    ],
)
def test_metadata_comes_from_the_page(page, field, value):
    assert getattr(page, field) == value


def test_the_analyses_read_a_page_like_any_article(page):
    q = nl.quotes(page)
    assert "Pam Kelly" in set(q["speaker"])
    f = nl.figures(page)
    assert ((f["surface"] == "More than 40,000 homes") & (f["approx"] == "More than")).any()


def test_a_folder_of_pages_and_a_record_with_an_html_field_load(tmp_path):
    (tmp_path / "a.html").write_bytes((PAGES / "article.html").read_bytes())
    (tmp_path / "b.htm").write_bytes((PAGES / "article.html").read_bytes())
    html = (PAGES / "article.html").read_text(encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "rec", "html": html, "source": "Herald"}) + "\n")
    corpus = nl.load_articles(tmp_path)
    assert sorted(a.id for a in corpus) == ["a", "b", "rec"] and corpus.problems.empty
    rec = corpus.by_id("rec")
    assert rec.source == "Herald" and rec.text == corpus.by_id("a").text  # the record's fields win


def _load(tmp_path: Path, name: str, data: bytes) -> nl.Corpus:
    path = tmp_path / name
    path.write_bytes(data)
    return nl.load_articles(path)


ARTICLE = (PAGES / "article.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.html", b"", "empty page"),
        ("blank.html", b"  \n\t ", "empty page"),
        ("plain.html", b"This is not a web page, only words in a file with the wrong suffix.\n" * 3, "not an HTML"),
        ("binary.htm", bytes(range(256)) * 40, "not an HTML"),
        ("cookie-wall.html", (PAGES / "cookie-wall.html").read_bytes(), "no article text"),
        ("index-page.html", (PAGES / "index-page.html").read_bytes(), "no article text"),
        ("huge.html", b"<html><body>" + b"<p>words words</p>" * (rules.MAX_PAGE_BYTES // 18 + 10), "too large"),
        ("utf16-no-bom.html", ARTICLE.encode("utf-16-le"), ""),  # NUL bytes: not read as a page
    ],
)
def test_a_bad_page_is_a_problem_with_its_reason(tmp_path, name, data, reason):
    corpus = _load(tmp_path, name, data)
    assert len(corpus) == 0 and len(corpus.problems) == 1
    assert reason in corpus.problems["reason"].iloc[0]


@pytest.mark.parametrize(
    "broken",
    [
        ARTICLE[: len(ARTICLE) // 2],  # cut off mid-page
        ARTICLE.replace("</p>", "").replace("</article>", ""),  # unclosed tags
        ARTICLE.replace("<p>", "<p><<<>>>&&&#xZZ;", 3),  # garbage in the markup
        "<p>" * 20_000 + "The end.",  # deep nesting
    ],
)
def test_broken_markup_loads_or_is_a_problem_and_never_raises(tmp_path, broken):
    corpus = _load(tmp_path, "broken.html", broken.encode("utf-8"))
    assert len(corpus) + len(corpus.problems) == 1
    for a in corpus:
        assert all(a.text[p.start : p.end] == p.text for p in a.paragraphs.itertuples())


@pytest.mark.parametrize(
    ("encoding", "prefix", "declared"),
    [
        ("windows-1251", b"", '<meta charset="windows-1251">'),
        ("iso-8859-1", b"", '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
        ("utf-16", b"", ""),  # UTF-16 with its byte-order mark
        ("utf-8", b"\xef\xbb\xbf", ""),  # a UTF-8 byte-order mark
    ],
)
def test_a_page_in_another_encoding_is_read_by_its_mark_or_its_declaration(tmp_path, encoding, prefix, declared):
    words = "Привет мир" if encoding == "windows-1251" else "café déjà vu"
    html = ARTICLE.replace('<meta charset="utf-8">', declared).replace(
        "rare red warning", f"rare red warning ({words})"
    )
    corpus = _load(tmp_path, "page.html", prefix + html.encode(encoding))
    assert corpus.problems.empty, corpus.problems
    assert f"({words})" in corpus[0].text


def test_loading_a_page_never_touches_the_network(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access while loading a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    corpus = _load(tmp_path, "page.html", (PAGES / "article.html").read_bytes())
    assert len(corpus) == 1
