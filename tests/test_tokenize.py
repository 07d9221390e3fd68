"""Sentences and words: offline, offsets into the article's text, news-aware."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newslens as nl
from newslens import tokenize
from newslens.tokenize import split_sentences
from newslens.tokens import figure_tokens, mark_quoted

from .conftest import shared


def split(text: str) -> list[str]:
    return nl.sentences(text)["text"].tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Glass was flying... we were screaming when the bombs went off," she told AFP.',
            ['"Glass was flying... we were screaming when the bombs went off," she told AFP.'],
        ),
        (
            "The S.E.C. said it would increase oversight. The U.S. Treasury agreed.",
            ["The S.E.C. said it would increase oversight.", "The U.S. Treasury agreed."],
        ),
        (
            "Ukraine's air force said Moscow fired 629 drones and missiles. That would make it the second-largest.",
            [
                "Ukraine's air force said Moscow fired 629 drones and missiles.",
                "That would make it the second-largest.",
            ],
        ),
        (
            "Mr. Smith met Gen. Jones and Sen. Lee in the U.S. capital on Sept. 3 at 4 p.m. local time. They spoke.",
            [
                "Mr. Smith met Gen. Jones and Sen. Lee in the U.S. capital on Sept. 3 at 4 p.m. local time.",
                "They spoke.",
            ],
        ),
        (
            "The memo was written by B. Svoboda for Acme Inc. last year. It leaked.",
            ["The memo was written by B. Svoboda for Acme Inc. last year.", "It leaked."],
        ),
        ('He said: "We will win." Then he left.', ['He said: "We will win."', "Then he left."]),
        (
            "He lives at No. 10 Downing Street. No. It is not.",
            ["He lives at No. 10 Downing Street.", "No.", "It is not."],
        ),
        ("It was cut off... The next day it returned.", ["It was cut off...", "The next day it returned."]),
        ("He was born in Dulwich. [17] He moved later.", ["He was born in Dulwich. [17]", "He moved later."]),
    ],
)
def test_news_sentences(text, expected):
    assert split(text) == expected


def test_a_sentence_never_crosses_a_paragraph_break():
    text = "The first paragraph has no final stop\nThe second one does."
    s = nl.sentences(text)
    assert s["text"].tolist() == ["The first paragraph has no final stop", "The second one does."]
    assert s["paragraph"].tolist() == [0, 1]


def test_closing_quote_stays_with_its_sentence():
    assert split('"They continue to strike." The Kremlin said more.') == [
        '"They continue to strike."',
        "The Kremlin said more.",
    ]


def test_seed_sentences_cover_body_and_subheads_only(seed):
    s = nl.sentences(seed)
    kinds = seed.paragraphs["kind"]
    assert set(s["kind"]) == {"body", "subhead"}
    assert not s["paragraph"].map(kinds).isin(["boilerplate", "byline"]).any()
    assert (s["text"] == [seed.text[a:b] for a, b in zip(s.start, s.end, strict=True)]).all()


def test_words_undo_the_tokenizers_quote_rewriting():
    text = "He said \"it's fine,\" and “left” -- $5bn can't wait."
    w = nl.words(text)
    assert w["text"].tolist() == [
        "He",
        "said",
        '"',
        "it",
        "'s",
        "fine",
        ",",
        '"',
        "and",
        "“",
        "left",
        "”",
        "--",
        "$",
        "5bn",
        "ca",
        "n't",
        "wait",
        ".",
    ]
    assert all(text[r.start : r.end] == r.text for r in w.itertuples())


def test_words_fall_back_when_alignment_fails():
    text = "Odd ``marks'' and '' here `` there."
    w = nl.words(text)
    assert all(text[r.start : r.end] == r.text for r in w.itertuples())
    assert "marks" in w["text"].tolist()


def test_no_nltk_data_is_ever_loaded_or_downloaded(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("newslens tried to fetch NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    text = "Mr. Smith arrived. He spoke to reporters."
    assert len(nl.sentences(text)) == 2
    assert len(nl.words(text)) == 9


def test_empty_and_punctuation_only_text():
    assert nl.sentences("").empty and nl.words("").empty
    assert list(nl.sentences("").columns) == [
        "article_id",
        "sentence",
        "paragraph",
        "kind",
        "start",
        "end",
        "text",
        "words",
    ]
    assert len(nl.sentences("?!... ---")) >= 0


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. O'Brien said the plan was dead.",
        "The U.S. economy grew and Gov. Hochul said so.",
        "J. Smith and W. bush met ex-Gov. Carey at St. Paul's on Sept. 4.",
        "He met Mr. Smith. Then he left.",  # a real end after an abbreviation's sentence
        "Prof. Ada Lovelace wrote it. It ran.",
        "The vote was 5. The count was 7.",
        "It was J. 5 people came.",  # an initial before a digit: Punkt may end the sentence
        "Dr. (retired) Jones spoke.",
        "Rep. ... said nothing.",
    ],
)
def test_the_one_sentence_shortcut_agrees_with_punkt(paragraph, monkeypatch):
    """Paragraphs whose only full stops Punkt never ends a sentence at are answered without Punkt: the
    answer must be Punkt's own."""
    shortcut = split_sentences(paragraph)
    monkeypatch.setattr(tokenize, "_one_sentence", lambda *_: False)
    assert shortcut == split_sentences(paragraph)


# Contexts of a candidate break as Punkt builds them, each with whether our tokenizer answers it without
# Punkt's second pass.
PUNKT_CONTEXTS = [
    ("said. The", True),
    ("again.\u201d", True),  # a closing mark after the stop: the context ends with it
    ('again."', True),
    ("Kyiv.)", True),
    ("it? She", True),
    ("Really! Then", True),
    ("said.\n\nThe", True),
    ("Zürich. Später", True),
    ("gov. Hochul", False),  # an abbreviation of ours
    ("Mr. Smith", False),
    ("J. Smith", False),  # an initial
    ("2015. The", False),  # a number
    ("U.S. officials", False),
    ("ex-Gov. Carey", False),
    ('"said. The', False),  # a mark before the word
    ("said... The", False),
    ("Really?? Yes", False),
]


@pytest.mark.parametrize(("context", "answered"), PUNKT_CONTEXTS)
def test_punkt_contexts_answered_by_us_are_answered_as_punkt_would(context, answered):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt = tokenize._punkt()
    assert punkt.plain_break(context) == answered
    assert punkt.text_contains_sentbreak(context) == PunktSentenceTokenizer.text_contains_sentbreak(punkt, context)


_PIECES = ["said", "Mr", "J", "U.S", "2015", "it", "Gov", "Zürich", "etc", "(", ")", '"', "\u201d", ".", "?", "!",
           "...", " ", "\n", "The", "he", "ex-Gov"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_sentences_split_as_punkt_alone_would(pieces):
    """Our answers to Punkt's question change none of its sentence spans."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    text = "".join(pieces)
    punkt = tokenize._punkt()
    ours = list(punkt.span_tokenize(text))
    with pytest.MonkeyPatch.context() as m:
        m.setattr(type(punkt), "text_contains_sentbreak", PunktSentenceTokenizer.text_contains_sentbreak)
        assert ours == list(punkt.span_tokenize(text))


def _stock_punkt():
    """NLTK's Punkt with our parameters and its own patterns (the `regex` engine under NLTK's guard)."""
    return tokenize._NewsPunkt(tokenize._punkt()._params)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "--", "'", "»", "«", "’", ",", ":", "5.", "1,200", "a.m.", "\t"]),
                max_size=16))  # fmt: skip
def test_punkt_on_the_standard_re_splits_as_nltks_own_patterns(pieces):
    text = "".join(pieces)
    assert list(tokenize._punkt().span_tokenize(text)) == list(_stock_punkt().span_tokenize(text))


def test_punkt_and_word_patterns_are_the_standard_re():
    """The guard NLTK puts round every pattern costs a third of sentence splitting and half of word
    splitting: ours are plain `re`."""
    import re

    lang = tokenize._punkt()._lang_vars
    assert isinstance(lang.period_context_re(), re.Pattern)
    assert isinstance(lang._word_tokenizer_re(), re.Pattern)
    assert isinstance(lang.re_boundary_realignment, re.Pattern)
    assert isinstance(tokenize._punkt()._Token._RE_NUMERIC, re.Pattern)
    assert all(isinstance(p, re.Pattern) for p, _ in tokenize._word_tokenizer().PUNCTUATION)


@pytest.mark.parametrize("layout", ["as-is", "one-line"])
def test_punkt_on_the_standard_re_splits_dev_news_as_nltks_own_patterns(layout):
    with shared("data/polnear-dev.jsonl").open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    if layout == "one-line":
        texts = [t.replace("\n", " ") for t in texts]
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    assert len(paragraphs) > 80
    ours, stock = tokenize._punkt(), _stock_punkt()
    assert [p for p in paragraphs if list(ours.span_tokenize(p)) != list(stock.span_tokenize(p))] == []


_WORD_PIECES = ["said", "don't", "'", "''", '"', "``", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "{", "}",
                "<", ">", "--", "–", "—", "...", ".", ",", ":", ";", "?", "!", "$", "3.88", "1,200", "U.S.", "I'm",
                "gonna", "cannot", "*", "@", "#", "%", "&", " ", "\n", "Zürich"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=16))
def test_words_on_the_standard_re_split_as_nltks_own_patterns(pieces):
    from nltk.tokenize import NLTKWordTokenizer

    text = "".join(pieces)
    assert list(tokenize._word_tokenizer().span_tokenize(text)) == list(NLTKWordTokenizer().span_tokenize(text))


def test_words_split_dev_news_as_nltks_own_patterns():
    from nltk.tokenize import NLTKWordTokenizer

    with shared("data/polnear-dev.jsonl").open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    sentences = nl.sentences([nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])["text"].tolist()
    assert len(sentences) > 1000
    ours, stock = tokenize._word_tokenizer(), NLTKWordTokenizer()
    assert [s for s in sentences if list(ours.span_tokenize(s)) != list(stock.span_tokenize(s))] == []


def test_body_words_are_the_body_sentences_words_with_their_counts():
    a = nl.Article.from_text("A headline here\n\nThe minister said the plan was dead. The plan, she said, was dead.")
    words = tokenize.body_words(a)
    body = " ".join(a.text[s:e] for s, e, _, kind in tokenize.sentence_spans(a) if kind == "body")
    assert sum(words.values()) == tokenize.count_words(body)
    assert words["plan"] == 2 and words["The"] == 2 and "headline" not in words
    assert list(words)[:3] == ["The", "minister", "said"]  # in the order first seen


@pytest.mark.parametrize(
    ("spans", "quoted"),
    [
        ([], "----------"),  # no quote marks: nothing is quoted, whatever was marked before
        ([(8, 20)], "--QQQQQ---"),  # `He said "it is over" today`: the marks and the words they enclose
        ([(0, 5), (9, 13)], "QQ-QQ-----"),  # a token that starts inside a span is inside it
        ([(8, 20), (40, 50)], "--QQQQQ---"),  # a span past the last token changes nothing
        ([(28, 60)], "---------Q"),
    ],
)
def test_a_token_is_quoted_when_it_starts_inside_quote_marks(spans, quoted):
    text = 'He said "it is over" today, and they all knew why'
    toks = figure_tokens(text, 0, len(text))[:10]
    for t in toks:
        t.quoted = True  # (tokens are shared: marking them again must clear what does not apply)
    mark_quoted(toks, spans)
    assert "".join("Q" if t.quoted else "-" for t in toks) == quoted


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("acquired &lt;Nippon Corp>", ["acquired", "&lt;", "Nippon", "Corp", ">"]),
        ("McDonalds Corp &lt;MCD>", ["McDonalds", "Corp", "&lt;", "MCD", ">"]),
        ("AT&amp;T said", ["AT&amp;T", "said"]),
        ("to&#127; 125 mln", ["to", "&#127;", "125", "mln"]),
        ("R&D; costs", ["R&D", ";", "costs"]),
    ],
    ids=["a company in wire brackets", "a ticker", "an escaped ampersand inside a name", "a numeric entity",
         "no entity"],
)  # fmt: skip
def test_an_sgml_entity_left_in_wire_copy_is_one_token(text, tokens):
    from newslens.quotes.phrases import tokens as phrase_tokens_of

    assert [t.text for t in phrase_tokens_of(text, 0, len(text))] == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("said Sen. Ted Cruz.", ["said", "Sen.", "Ted", "Cruz", "."]),
        ("said Gov. Mike DeWine", ["said", "Gov.", "Mike", "DeWine"]),
        ("said a company spokesman.", ["said", "a", "company", "spokesman", "."]),
        ("the White House press secretary.", ["the", "White", "House", "press", "secretary", "."]),
        ("said Mayor J. Smith", ["said", "Mayor", "J.", "Smith"]),
    ],
    ids=["a title's abbreviation", "another abbreviation", "a role word ending a sentence",
         "a title word ending a sentence", "an initial"],
)  # fmt: skip
def test_only_an_abbreviation_or_an_initial_keeps_its_period(text, tokens):
    from newslens.quotes.phrases import tokens as phrase_tokens_of

    assert [t.text for t in phrase_tokens_of(text, 0, len(text))] == tokens
