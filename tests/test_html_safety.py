"""Article text is untrusted: whatever renders it as HTML shows markup as characters, never runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd

import newslens as nl
from newslens import render

from .conftest import REPO

EVIL = 'Officials said <script>alert("x")</script> and <img src=x onerror=alert(1)> were found.\nMore text here.'


def test_tables_escape_article_text():
    html = nl.sentences(EVIL)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html


def test_a_rendered_report_shows_markup_as_text(tmp_path):
    (tmp_path / "evil.txt").write_text(EVIL, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "newslens", "report", "--articles", str(tmp_path), "--out", str(out), "--html"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    for page in out.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert '<script>alert("x")</script>' not in html, page.name
        assert "<img src=x onerror" not in html, page.name
    for book in out.glob("*.ipynb"):
        for cell in json.loads(book.read_text(encoding="utf-8"))["cells"]:
            for o in cell.get("outputs", []):
                assert "<script>alert" not in "".join(o.get("data", {}).get("text/html", "")), book.name


def test_highlighted_tables_escape_article_text_exactly_once():
    text = 'Officials said <b>"we will <script>rebuild</script>,"</b> the mayor said on Monday.\nMore.'
    html = nl.render.quote_table(text, nl.quotes(text))
    assert "<mark" in html and "</mark>" in html  # our markup stays markup
    assert "&lt;script&gt;" in html and "<script>" not in html  # the article's markup is shown, escaped once
    assert "&amp;lt;" not in html
    figures = nl.render.figure_table(
        "Officials said <i>40</i> people died.", nl.figures("Officials said <i>40</i> people died.")
    )
    assert "<mark" in figures and "&lt;i&gt;" in figures and "&amp;lt;" not in figures


def test_an_excerpt_shows_the_line_breaks_of_wrapped_text_as_spaces_and_keeps_the_data():
    frame = pd.DataFrame({"quote": ["the plan was\n  a <b>disgrace</b>", "one line"], "start": [3, 9]})
    frame["speaker"] = pd.Categorical(["Jane\nDoe", "X"])
    shown = render.first(frame)
    html_out = shown._repr_html_()
    assert "the plan was a &lt;b&gt;disgrace&lt;/b&gt;" in html_out and "Jane Doe" in html_out
    assert "\\n" not in html_out and "\\n" not in repr(shown)
    assert frame.loc[0, "quote"] == "the plan was\n  a <b>disgrace</b>"
