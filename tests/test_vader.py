"""newslens.vader gives the reference vaderSentiment's scores, exactly, for every rule and any text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newslens as nl
from newslens import vader

from .conftest import SEED, shared


def reference(text: str) -> dict[str, float]:
    return vader.analyzer().polarity_scores(text)


# One example per rule of VADER's, each scored by the reference and by us.
RULE_EXAMPLES = [
    "The talks were good.",  # a lexicon word
    "The talks were not good.",  # negation just before
    "The talks were not very good.",  # negation two words before, a booster between
    "The talks weren't at all good.",  # "n't" three words before
    "It was never so good.",  # "never so" amplifies
    "It was never this bad and never so very bad.",
    "It was without doubt good.",  # "without doubt" does not negate
    "It was without any doubt good.",
    "The plan was kind of good.",  # "kind of" dampens
    "The plan was sort of good.",
    "At least it was not a horrible outcome.",  # "least" negates unless "at least" / "very least"
    "It was the least good option.",
    "Least good of all.",
    "The very least good option.",
    "There was no good answer.",  # "no" before a lexicon word negates it
    "No, it was fine.",
    "There was no hope or joy.",  # "no X or Y"
    "The plan is the bomb.",  # special idioms
    "It was the kiss of death for the deal.",
    "The deal was a kiss of death.",
    "We waited at the bus stop in hope.",
    "Yeah right, that will work.",
    "The plot was good, but the characters are dull and the dialog is not great.",  # "but" shifts weight
    "Good but bad but good.",
    "The result was GOOD, the mood was not.",  # capitals among lower case
    "THE RESULT WAS GOOD.",  # all capitals: no emphasis
    "The result was VERY good.",  # a booster in capitals
    "This is great!",  # exclamation marks
    "This is great!!!!!!",
    "Is this great?? Really??",  # question marks
    "Is this bad???? Truly????",
    "Make sure you :) or :D today!",  # emoticons
    "The vote was 😁 and the crowd 💘.",  # emoji, rewritten into words by the reference
    "",
    "   ",
    "...",
    "The committee met on Tuesday.",  # no lexicon word at all
    "The committee met on Tuesday!!! Why??",  # no lexicon word: its emphasis marks add nothing
    "'Good,' he said. \"Terrible!\"",  # punctuation stripped from words
    "A-ha! :-( ok",
]


@pytest.mark.parametrize("text", RULE_EXAMPLES)
def test_each_rule_scores_as_the_reference(text):
    assert vader.polarity_scores(text) == reference(text)


_WORDS = st.sampled_from(
    "good bad not never so this without doubt kind of sort least at very no or nor but the bomb kiss death "
    "bus stop yeah right isn't don't extremely barely hope joy hate love killed war peace deal SUX GREAT "
    ":) :( :D 😁 💘 ! ? !! ?? , . ' \" - ( )".split()
)
_CASED = st.tuples(_WORDS, st.sampled_from([str, str.upper, str.capitalize])).map(lambda p: p[1](p[0]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_CASED, st.sampled_from(["", ",", ".", "!", "?", "'", '"'])), max_size=30))
def test_generated_news_words_score_as_the_reference(words):
    text = " ".join(w + p for w, p in words)
    assert vader.polarity_scores(text) == reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_scores_as_the_reference(text):
    assert vader.polarity_scores(text) == reference(text)


def test_the_seed_sentences_score_as_the_reference():
    sentences = nl.sentences(nl.load_articles(SEED))["text"].tolist()
    assert len(sentences) > 20
    assert [vader.polarity_scores(s) for s in sentences] == [reference(s) for s in sentences]


def test_dev_news_sentences_score_as_the_reference():
    path = shared("data/polnear-dev.jsonl")
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    sentences = nl.sentences([nl.Article.from_text(t, id=str(i)) for i, t in enumerate(texts)])["text"]
    assert len(sentences) > 1000
    mismatched = [s for s in sentences if vader.polarity_scores(s) != reference(s)]
    assert mismatched == []
