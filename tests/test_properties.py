"""Properties that hold for any input: spans in bounds and exact, sentences ordered, the loader never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newslens as nl
from newslens.articles import LoadError, decode
from newslens.figures.quantities import may_hold, scan
from newslens.tokenize import sentence_spans
from newslens.tokens import figure_tokens

settings.register_profile(
    "newslens", max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("newslens")

PIECES = [*"abcXYZ .,;:!?\"'“”‘’-—…()[]`\n\r\t0123456789$%", "Mr.", "U.S.", "...", "--", " said", "''", "``"]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
TEXT = st.one_of(NEWSY, st.text(max_size=200))


@given(TEXT)
def test_sentence_spans_are_exact_ordered_and_disjoint(text):
    s = nl.sentences(text)
    prev_end = 0
    for r in s.itertuples():
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text
        assert r.start >= prev_end
        assert "\n" not in r.text
        prev_end = r.end


@given(TEXT)
def test_word_spans_are_exact_and_inside_their_sentence(text):
    s = nl.sentences(text).set_index("sentence")
    for r in nl.words(text).itertuples():
        assert text[r.start : r.end] == r.text
        assert s.at[r.sentence, "start"] <= r.start and r.end <= s.at[r.sentence, "end"]


@given(TEXT)
def test_paragraphs_point_into_the_text(text):
    a = nl.Article.from_text(text)
    for r in a.paragraphs.itertuples():
        assert text[r.start : r.end] == r.text


@given(st.binary(max_size=400))
def test_decode_never_raises_anything_but_a_load_error(data):
    try:
        text, meta = decode(data)
    except LoadError:
        return
    assert "\r" not in text and meta["encoding"]


@given(st.lists(st.binary(max_size=200), min_size=1, max_size=4))
def test_loader_never_raises_on_arbitrary_bytes(tmp_path_factory, blobs):
    folder = tmp_path_factory.mktemp("blobs")
    for i, blob in enumerate(blobs):
        (folder / f"{i}.{['txt', 'jsonl', 'json', 'csv'][i % 4]}").write_bytes(blob)
    corpus = nl.load_articles(folder)
    assert len(corpus) + len(corpus.problems) >= len(blobs)


FIGURE_PIECES = [*PIECES, "twenty", "-five", " one", " a ", "third", "May", "MARCH", "dozen", "_", "’s", "£",
                 "₹", "€", "(D-Nev.)", "million", "bn", " at least ", "Monday", "double-digit", "K", "é"]  # fmt: skip
FIGURE_TEXT = st.lists(st.sampled_from(FIGURE_PIECES), max_size=60).map("".join)


@given(FIGURE_TEXT)
def test_a_sentence_passed_over_by_the_figure_prefilter_holds_no_figure(text):
    a = nl.Article.from_text(text)
    for s, e, _, _ in sentence_spans(a):
        if not may_hold(text, s, e):
            assert list(scan(text, figure_tokens(text, s, e))) == [], text[s:e]
