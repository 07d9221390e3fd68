"""Cheap word tests that say which paragraphs and sentences can hold an attribution at all: most cannot,
and need no tokens (the tests read the words of the text, far faster than tokenizing it)."""

from __future__ import annotations

from .. import rules
from ..articles import Article
from ..tokens import span_letter_words
from .attribution import speaker_label

_CUE_WORDS = rules.SPEECH_VERBS | rules.EVIDENCE_VERBS | rules.DEMAND_VERBS | {"according", "per"}


_INTRODUCING = rules.INTRODUCING_NOUNS | rules.INTRODUCING_ADJECTIVES


def may_attribute(
    article: Article, start: int, end: int, sentences: list[tuple[int, int]], next_opens_quote: bool
) -> bool:
    """Can a paragraph without quote marks hold an attribution: a cue word ("said", "according", "found"),
    a noun of speech before "that" ("claims that"), a poll that "had" someone leading, a transcript label,
    a closing colon, or, before a paragraph that opens with a quote, a word that introduces it ("warning",
    "blunt")? (Far cheaper than its tokens.) The words are read sentence by sentence (`sentences` make up
    the paragraph), stopping at the first cue word: the sentences' words are the ones the reported-speech
    and figure screens read next."""
    text = article.text
    if text[start:end].rstrip().endswith(":") or speaker_label(text, start, end) is not None:
        return True
    read = []
    for s, e in sentences:
        words = span_letter_words(article, s, e)
        if not _CUE_WORDS.isdisjoint(words):
            return True
        read.append(words)
    words = set().union(*read)
    return (
        ("that" in words and not rules.SPEECH_NOUNS.isdisjoint(words))
        or (not rules.PLACING_VERBS.isdisjoint(words) and not rules.DOCUMENT_NOUNS.isdisjoint(words))
        or (next_opens_quote and not _INTRODUCING.isdisjoint(words))
    )


_REPORTING = rules.SPEECH_VERBS | rules.EVIDENCE_VERBS | {"according", "per"}


_BEFORE_THAT = rules.SPEECH_NOUNS | rules.THAT_VERBS | rules.NOUN_FORM_THAT_VERBS


def may_report(words: set[str]) -> bool:
    """Can a sentence with these words hold reported speech: a verb of speaking or showing, "according to",
    a poll that "had" someone leading, a noun of speech or a verb of knowing before "that", "called for"?
    (Most sentences that have "had" or "report" have none, and need no tokens.)"""
    return (
        not _REPORTING.isdisjoint(words)
        or (not rules.PLACING_VERBS.isdisjoint(words) and not rules.DOCUMENT_NOUNS.isdisjoint(words))
        or ("that" in words and not _BEFORE_THAT.isdisjoint(words))
        or ("for" in words and not rules.DEMAND_VERBS.isdisjoint(words))
    )
