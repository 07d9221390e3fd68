"""Sentiment: VADER's own scores per sentence, honest aggregates, offline, robust."""

from __future__ import annotations

import socket

import pytest

import newslens as nl
from newslens.sentiment import SENTENCE_COLUMNS, label
from newslens.vader import analyzer

# Examples and compound scores published in VADER's documentation (README of vaderSentiment 3.3.2).
VADER_README = {
    "VADER is smart, handsome, and funny.": 0.8316,
    "VADER is smart, handsome, and funny!": 0.8439,
    "VADER is very smart, handsome, and funny.": 0.8545,
    "VADER is VERY SMART, handsome, and FUNNY.": 0.9227,
    "VADER is VERY SMART, handsome, and FUNNY!!!": 0.9342,
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!": 0.9469,
    "VADER is not smart, handsome, nor funny.": -0.7424,
    "The book was good.": 0.4404,
    "At least it isn't a horrible book.": 0.431,
    "The book was only kind of good.": 0.3832,
    "The plot was good, but the characters are uncompelling and the dialog is not great.": -0.7042,
    "Today SUX!": -0.5461,
    "Make sure you :) or :D today!": 0.8633,
    "Not bad at all": 0.431,
}


@pytest.mark.parametrize(("text", "compound"), VADER_README.items())
def test_each_sentence_scores_exactly_as_vader_itself(text, compound):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    row = nl.sentiment(text).iloc[0]
    assert row["compound"] == compound == SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    assert row["text"] == text


def test_the_analyzer_is_built_once_and_never_downloads(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("sentiment tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    analyzer.cache_clear()
    first = analyzer()
    assert nl.sentiment("Rescuers worked through the night. It was terrible.").shape[0] == 2
    assert analyzer() is first


def test_labels_use_vaders_thresholds():
    assert [label(c) for c in (0.05, 0.0499, -0.0499, -0.05)] == [
        "positive", "neutral", "neutral", "negative"]  # fmt: skip


def test_seed_arc_has_one_row_per_body_sentence_only(seed):
    s = nl.sentiment(seed)
    body = nl.sentences(seed).query("kind == 'body'")
    assert s["sentence"].tolist() == body["sentence"].tolist()
    assert set(s["section"]) == {"(lead)", "'Diplomacy ruined'", "Stuttering diplomacy"}
    for word in ("RBGPF", "Svoboda", "Stuttering diplomacy -"):
        assert not s["text"].str.contains(word, regex=False).any()


def test_quoted_share_and_speaker(seed):
    s = nl.sentiment(seed).set_index("start")
    peskov = s.loc[2688]  # "They continue to strike ..." is all quote, carried over to Peskov
    assert peskov["quoted"] > 0.95 and peskov["speaker"] == "Dmitry Peskov"
    narrative = s[s["quoted"] == 0]
    assert narrative["speaker"].isna().all()


def test_aggregation_is_length_weighted_with_shares():
    text = "This is wonderful and great.\nThis is a terrible, horrible, awful disaster that nobody wanted at all.\n"
    sent = nl.sentiment(text)
    words = sent["text"].str.split().str.len()
    art = nl.sentiment(text, by="article").iloc[0]
    assert art["sentences"] == 2 and art["words"] == words.sum()
    assert art["compound"] == pytest.approx((sent["compound"] * words).sum() / words.sum(), abs=1e-4)
    assert (art["negative_share"], art["positive_share"], art["neutral_share"]) == (0.5, 0.5, 0.0)
    paras = nl.sentiment(text, by="paragraph")
    assert paras["compound"].tolist() == sent["compound"].tolist()


def test_by_speaker_and_section_columns(seed):
    by_speaker = nl.sentiment(seed, by="speaker")
    assert list(by_speaker.columns) == [
        "article_id",
        "speaker",
        "sentences",
        "words",
        "compound",
        "negative_share",
        "neutral_share",
        "positive_share",
    ]
    assert "Dmitry Peskov" in set(by_speaker["speaker"])
    by_section = nl.sentiment(seed, by="section")
    assert by_section["section"].tolist() == ["(lead)", "'Diplomacy ruined'", "Stuttering diplomacy"]
    assert by_section["sentences"].sum() == len(nl.sentiment(seed))


def test_unknown_unit_is_a_clear_error():
    with pytest.raises(ValueError, match="by must be one of"):
        nl.sentiment("Fine.", by="word")


@pytest.mark.parametrize("text", ["", "   \n ", "?!... --- !!!", "😀 😡 💔 🙏", "🙂" * 5000])
def test_empty_punctuation_and_emoji_never_raise(text):
    s = nl.sentiment(text)
    assert list(s.columns) == list(SENTENCE_COLUMNS)
    assert s["compound"].between(-1, 1).all()


def test_a_megabyte_paragraph_is_scored_without_error():
    text = "the attack was horrible but hope remains " * 25_000
    s = nl.sentiment(text)
    assert s["compound"].between(-1, 1).all()
    assert s["words"].sum() == 7 * 25_000  # every word in some scored piece
