"""One door: every analysis takes an Article, a str, a Corpus, a list of Articles or strings, a Series of
strings, a DataFrame of articles, or analysed Tables, and gives the same answer for the same articles."""

from __future__ import annotations

import pandas as pd
import pytest

import newslens as nl
from newslens import outlets
from newslens.source import SourceWarning, articles_of

TEXTS = {
    "a1": 'Russia fired 40 drones at Kyiv overnight, officials said. "We will rebuild," said Vitali Klitschko.\n',
    "a2": "At least 23 people were killed in the strike, the ministry said.\nRescuers worked through the night.\n",
}
ARTICLES = [nl.Article.from_text(t, id=i) for i, t in TEXTS.items()]

ANALYSES = {
    "sentences": nl.sentences,
    "words": nl.words,
    "quotes": nl.quotes,
    "figures": nl.figures,
    "sentiment": nl.sentiment,
    "sentiment by article": lambda x: nl.sentiment(x, by="article"),
    "speakers": nl.speakers,
    "article_table": lambda x: nl.article_table(x).drop(columns=["encoding"]),
    "paragraph_kinds": nl.paragraph_kinds,
    "top_words": nl.top_words,
    "quote_positions": nl.quote_positions,
    "figure_checks": nl.figure_checks,
    "claimants": lambda x: nl.claimants(nl.figures(x)),
    "outlet_summary": outlets.outlet_summary,
}

INPUTS = {
    "list of Articles": lambda: ARTICLES,
    "Corpus": lambda: nl.Corpus(ARTICLES),
    "list of str": lambda: list(TEXTS.values()),
    "Series": lambda: pd.Series(TEXTS),
    "DataFrame": lambda: pd.DataFrame({"id": list(TEXTS), "text": list(TEXTS.values())}),
    "DataFrame with the ids as index": lambda: pd.DataFrame({"body": list(TEXTS.values())}, index=list(TEXTS)),
    "Tables": lambda: nl.analyze_in_memory(ARTICLES),
}


def same(frame: pd.DataFrame) -> pd.DataFrame:
    """Comparable across inputs: categoricals (from tables) as plain values, only the shared columns."""
    out = frame.reset_index(drop=True)
    return out.astype({c: out[c].cat.categories.dtype for c in out.columns if out[c].dtype == "category"})


@pytest.mark.parametrize("source", list(INPUTS))
@pytest.mark.parametrize("analysis", list(ANALYSES))
def test_every_analysis_takes_every_kind_of_input(analysis, source):
    expected = same(ANALYSES[analysis](ARTICLES))
    got = same(ANALYSES[analysis](INPUTS[source]()))
    if source in ("list of str",) and "article_id" in expected:
        expected = expected.assign(article_id=expected["article_id"].map({"a1": "0", "a2": "1"}))
    columns = [c for c in expected.columns if c in got.columns]
    assert len(columns) >= len(expected.columns) - 1  # from tables, sentiment leaves out the sentence text
    pd.testing.assert_frame_equal(got[columns], expected[columns], check_dtype=False)


def test_a_single_text_and_a_single_article():
    assert nl.quotes(TEXTS["a1"])["speaker"].tolist() == nl.quotes(ARTICLES[0])["speaker"].tolist()


def test_rows_without_text_are_left_out_with_a_warning():
    frame = pd.DataFrame({"text": [TEXTS["a1"], None, "   "]}, index=["x", "y", "z"])
    with pytest.warns(SourceWarning, match=r"2 row\(s\) hold no article text and are left out: y, z"):
        assert [a.id for a in articles_of(frame)] == ["x"]


def test_a_dataframe_without_a_text_column_names_the_columns_it_has():
    with pytest.raises(TypeError, match=r"needs a text column \(text, body, content\); this one has: id, story"):
        nl.quotes(pd.DataFrame({"id": ["a"], "story": ["Some text."]}))


def test_dataframe_metadata_reaches_the_articles():
    frame = pd.DataFrame({"text": [TEXTS["a2"]], "title": ["Strike"], "source": ["AFP"], "date": ["9 March 2024"]})
    [a] = articles_of(frame)
    assert (a.id, a.title, a.source, a.date) == ("0", "Strike", "AFP", "2024-03-09")


def test_anything_else_is_refused_with_what_is_accepted():
    with pytest.raises(TypeError, match=r"expected an Article, a str, a Corpus"):
        nl.sentences(42)


def test_analyze_in_memory_takes_loaded_articles_as_well_as_paths(tmp_path):
    for i, t in TEXTS.items():
        (tmp_path / f"{i}.txt").write_text(t)
    from_paths = nl.analyze_in_memory(tmp_path)
    from_corpus = nl.analyze_in_memory(nl.load_articles(tmp_path))
    for name in from_paths:
        pd.testing.assert_frame_equal(from_paths[name], from_corpus[name], obj=name)
