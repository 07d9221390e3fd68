"""The report site of `newslens report --html`: an index that links every report, static pages that run
no script, article text escaped, every link followed in headless Chromium (`tests/site_check.py`)."""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest

from newslens.report import STYLESHEET

from .site_check import HOSTILE, HOSTILE_MARK, check, chromium, static_check

REPO = Path(__file__).resolve().parents[1]
OUTPUTS = REPO / "outputs"
PAGE = (Path(__file__).parent / "data" / "pages" / "article.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """A run of `newslens report --html` over two hostile articles: a text whose quote is markup, and a
    saved page whose headline and paragraph hold markup as text."""
    corpus = tmp_path_factory.mktemp("hostile")
    (corpus / "quote.txt").write_text(
        f'Mayor warns of storm\n\n"{HOSTILE} We are ready," Mayor Jane Doe said on Friday. The council said '
        "it had 40 crews on standby across the city.\n",
        encoding="utf-8",
    )
    page = PAGE.replace("<h1>Storm Darragh", f"<h1>{html.escape(HOSTILE)} Storm Darragh")
    page = page.replace("<p>Forecasters said", f"<p>{html.escape(HOSTILE)} Forecasters said")
    (corpus / "page.html").write_text(page, encoding="utf-8")
    out = tmp_path_factory.mktemp("site")
    run = subprocess.run(
        [sys.executable, "-m", "newslens", "report", "--articles", str(corpus), "--out", str(out), "--html"],
        capture_output=True, text=True, timeout=600, cwd=REPO,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return out


def test_the_index_links_every_report_and_its_notebook(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    for notebook in sorted((REPO / "notebooks").glob("*.ipynb")):
        assert f'href="{notebook.stem}.html"' in index and f'href="{notebook.stem}.ipynb"' in index
    assert "2 articles" in index and "<script" not in index


def test_the_index_counts_outlets_as_the_outlets_report_names_them(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "outlets: <b>1</b>" in index  # the saved page's site name
    assert "articles with no outlet named: <b>1</b>" in index  # the text file names none


def test_article_markup_shows_as_text(site):
    quotes = (site / "02_quotes.html").read_text(encoding="utf-8")
    assert html.escape("<script>") in quotes or "&lt;script&gt;" in quotes
    for page in site.glob("*.html"):
        body = page.read_text(encoding="utf-8")
        assert "<script" not in body, page.name
        assert f"document.title='{HOSTILE_MARK}'</script>" not in body, page.name


def test_every_report_carries_its_provenance_with_no_date_or_absolute_path(site):
    for page in site.glob("0*.html"):
        record = page.read_text(encoding="utf-8").split(">Provenance", 1)[-1]
        assert "newslens 0." in record and "2 articles, 0 problems" in record, page.name
        assert str(site.parent) not in record and "hostile" in record, page.name


def test_every_link_resolves_and_a_page_loads_only_the_stylesheet_beside_it(site):
    failures, pages = static_check(site)
    assert not failures
    assert len(pages) == 1 + len(list((REPO / "notebooks").glob("*.ipynb")))
    assert (site / STYLESHEET).stat().st_size > 10_000
    for page in site.glob("0*.html"):
        body = page.read_text(encoding="utf-8")
        assert f'<link href="{STYLESHEET}" rel="stylesheet"/>' in body and body.count("<link") == 1, page.name


@pytest.mark.parametrize(
    ("link", "failure"),
    [
        ('<link rel="stylesheet" href="https://cdn.example.com/x.css">', "from outside the site"),
        ('<link rel="stylesheet" href="//cdn.example.com/x.css">', "from outside the site"),
        ('<link rel="stylesheet" href="/x.css">', "from outside the site"),
        ('<link rel="stylesheet" href="gone.css">', "which is missing"),
        ('<script src="x.js"></script>', "script element"),
        ('<a href="missing.html">x</a>', "broken link"),
    ],
)
def test_the_site_check_fails_on_what_a_page_must_not_do(tmp_path, link, failure):
    (tmp_path / "index.html").write_text(f"<html><head>{link}</head><body></body></html>", encoding="utf-8")
    failures, _ = static_check(tmp_path)
    assert any(failure in f for f in failures), failures


@pytest.mark.skipif(chromium() is None, reason="needs Chromium (apt-get install chromium)")
def test_every_page_opens_in_a_real_browser_with_no_console_message_and_nothing_run(site):
    assert check(site) == []


def test_the_committed_site_is_whole():
    failures, pages = static_check(OUTPUTS)
    assert not failures and len(pages) > 1
