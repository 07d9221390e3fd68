"""No article can stop a run: what once crashed a corpus, a failing rule isolated to its article, and every
analysis fed news-like text it was not written for."""

from __future__ import annotations

import importlib
import json
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newslens as nl
from newslens.tokenize import CHUNK_CHARS

figure_rows = importlib.import_module("newslens.figures.frames")  # the module, not the function `nl.figures`

GOOD = "Kyiv was hit overnight, officials said.\nRescuers worked through the day.\n"


# --- the crashes found on real corpora, fixed at their root ---------------------------------------


def test_a_month_before_a_decimal_is_not_a_date_with_a_day():
    f = nl.figures("Soybean oil prev 3.7, Feb 872.0, Mar 24.5, total 55.8 (33.7).")
    assert f.loc[f["kind"] == "date", "date"].tolist() == ["--02", "--03"]
    assert 872.0 in f["value"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        'So when the company signaled last summer that it would make a deal with Mr. Clarke, Mr. Barrett said, "we '
        'were floored."',
        "Studies indicated growth could last, but the latest figures suggested this could not be maintained, it said.",
    ],
)
def test_two_attributions_of_one_clause_give_one_quote_row(text):
    q = nl.quotes(text)
    assert not q.duplicated(["start", "end"]).any(), q[["kind", "quote", "speaker", "rule"]]
    nl.figures(text)  # sorted these rows by speaker once, and None < str raised


def test_a_nested_attribution_keeps_both_speakers():
    q = nl.quotes("The latest figures suggested this could not be maintained, the ministry said.")
    assert set(q["quote"]) == {
        "this could not be maintained",
        "The latest figures suggested this could not be maintained",
    }


# --- one failing article is reported, the rest are analysed ---------------------------------------


@pytest.fixture
def boom_in_figures(monkeypatch):
    """A rule that raises on any sentence containing BOOM, as a bug in one rule would."""
    real = figure_rows.scan

    def scan(text, toks):
        if any(t.text == "BOOM" for t in toks):
            raise RuntimeError("boom")
        return real(text, toks)

    monkeypatch.setattr(figure_rows, "scan", scan)


def corpus_of(*texts: str) -> nl.Corpus:
    return nl.Corpus([nl.Article.from_text(t, id=f"a{i}") for i, t in enumerate(texts)])


def test_an_article_an_analysis_fails_on_is_left_out_and_reported(boom_in_figures):
    corpus = corpus_of("At least 23 people died, officials said.", "Then BOOM: 40 drones flew in.")
    with pytest.warns(nl.AnalysisWarning, match=r"1 article\(s\) could not be analysed \(figures\)"):
        f = nl.figures(corpus)
    assert set(f["article_id"]) == {"a0"}
    [problem] = f.attrs["problems"]
    assert (problem.article_id, problem.kind) == ("a1", "analysis failed")
    assert problem.reason == "analysis failed (figures): RuntimeError: boom"
    assert set(nl.sentences(corpus)["article_id"]) == {"a0", "a1"}  # the other analyses still see it


def test_analyze_finishes_counts_it_and_marks_its_batch_done(boom_in_figures, tmp_path):
    source = tmp_path / "c.jsonl"
    rows = [{"id": f"n{i}", "text": GOOD + ("BOOM 12 times.\n" if i == 3 else "")} for i in range(7)]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows) + json.dumps({"id": "empty", "text": ""}) + "\n")
    manifest = nl.analyze(source, tmp_path / "t", batch_size=3, workers=1, progress=False)
    assert manifest["complete"] and manifest["batches"] == 3
    assert (manifest["files"], manifest["records"], manifest["articles"], manifest["problems"]) == (1, 8, 7, 1)
    assert manifest["analysis_failed"] == 1
    problems = nl.open_tables(tmp_path / "t")["problems"]
    assert problems["kind"].tolist() == ["analysis failed", "not loaded"]
    assert problems["article_id"].iloc[0] == "n3" and problems["record"].tolist() == [4, 8]
    assert "n3" in set(nl.open_tables(tmp_path / "t")["quotes"]["article_id"])


def test_the_manifest_adds_up_for_a_folder_with_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "a", "text": GOOD}) + "\n{broken\n")
    (tmp_path / "d.png").write_bytes(b"\x89PNG")
    m = nl.analyze(tmp_path, tmp_path / "out", workers=1, progress=False)  # its own output is not read back
    assert (m["files"], m["records"], m["articles"], m["problems"], m["notes"]) == (4, 5, 2, 3, 1)
    assert m["records"] == m["articles"] + m["problems"]


# --- any paragraph, however long ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The strike hit Kyiv and officials said more would follow. " * 8000,  # sentences
        "word " * 90_000,  # no punctuation at all
        "x" * 250_000,  # no spaces either
    ],
    ids=["sentences", "no punctuation", "one token"],
)
def test_a_huge_line_is_split_with_its_offsets_kept(line):
    s = nl.sentences(line)
    assert (s["end"] - s["start"]).max() <= CHUNK_CHARS
    assert all(line[r.start : r.end] == r.text for r in s.itertuples())
    covered = "".join(line[r.start : r.end] for r in s.itertuples())
    assert covered.replace(" ", "") == line.replace(" ", "")


# --- every analysis on news-like text -------------------------------------------------------------

FRAGMENTS = [
    "Kyiv (AFP) - ", "LONDON, March 9 - ", "WASHINGTON (Reuters) — ", "REUTER", "&#3;", "&lt;ABC>", "Reuter",
    "Russia fired 40 drones overnight.", "At least 23 people were killed, officials said.",
    '"We will not give up," Zelensky said.', "“It is a disaster,” he told AFP.", "‘rare’", "'lose patience'",
    "Call centre users 'lose patience'", "Is the euro doomed?", "BAHIA COCOA REVIEW",
    "prices rose 3.5 percent to £3.4bn", "$1,200", "€50 million", "A$458.4m", "872.0", "Feb 872.0", "Mar 24.5,",
    "2.27 times", "5.93 mln", "1,750 dlrs per tonne", "Rs 5 crore", "the men's 200m race", "on 2 February",
    "31 December 2004", "1200 GMT", "2001/02", "nearly a fifth", "Second, it", "10-15", "between 10 and 15",
    "According to the ministry, ", "Mr. Smith, 59, of Ashton, Md., said", "the mayor of Kyiv, Vitali Klitschko, said",
    "he said.", "she added:", '"', "“", "”", "'", ",", ".", ":", "(", ")", "—", "- Subhead here -", "B.Svoboda--TPP",
    "By Jane Doe", "Advertisement", "RBGPF", "0.0000", "    ", "\t", "WALLACE: Let's start.", "...", "…",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n    ", ""]
NEWS = st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(f + s for f, s in parts)
)


def spans_in_bounds(frame, text, pairs):
    for a, b in pairs:
        if a not in frame:
            continue
        starts, ends = frame[a].dropna().astype(int), frame[b].dropna().astype(int)
        assert ((0 <= starts) & (starts <= len(text))).all(), a
        assert ((0 <= ends) & (ends <= len(text))).all(), b
        assert (frame[a].dropna().astype(int) <= frame[b].dropna().astype(int)).all(), (a, b)


@given(NEWS)
def test_every_analysis_runs_on_news_like_text_with_spans_in_bounds(text):
    with warnings.catch_warnings():
        warnings.simplefilter("error", nl.AnalysisWarning)  # an analysis that fails on an article fails here
        article = nl.Article.from_text(text, id="x")
        if not article.body:
            return
        quotes = nl.quotes(article)
        assert not quotes.duplicated(["start", "end"]).any(), quotes[["kind", "quote", "rule"]]
        spans_in_bounds(quotes, text, [("start", "end"), ("speaker_start", "speaker_end"), ("cue_start", "cue_end")])
        assert all(text[r.start : r.end] == r.quote for r in quotes.itertuples())
        figures = nl.figures(article)
        spans_in_bounds(figures, text, [("start", "end")])
        assert all(text[r.start : r.end] == r.surface for r in figures.itertuples())
        for frame in (nl.sentences(article), nl.words(article), nl.sentiment(article)):
            spans_in_bounds(frame, text, [("start", "end")])
        for unit in ("paragraph", "section", "article", "speaker", "voice"):
            nl.sentiment(article, by=unit)
        nl.speakers(article)
        nl.figure_checks(figures)
        nl.article_table(article)
        nl.top_words(article)
        nl.render.quote_table(article, quotes)
        nl.render.figure_table(article, figures)
