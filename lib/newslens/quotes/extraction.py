"""One article's quotes, found and attributed.

`quote_records(article)` runs, paragraph by paragraph, the passes a wire editor would: pair the quote
marks, attribute each quote, find reported speech, give a quote inside a reported clause that clause's
speaker, carry attribution over to the quotes that name nobody, and resolve every speaker phrase.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import rules
from ..articles import Article
from ..articles.layout import ONE_LINE
from ..tokenize import sentence_spans
from ..tokens import Token, mark_quoted, paragraph_tokens, within
from .attribution import (
    HEAD_SENTENCE,
    attribute_after,
    attribute_before,
    introducer,
    nearest_attributed,
    pronoun_at,
    quote_kind,
    sentence_bounds,
    speaker_label,
)
from .marks import Marked, find_quote_marks, trim_end
from .phrases import char_span, ends_clause, phrase, words_in
from .records import QuoteRecord, Row
from .reported import reported_speech
from .speakers import SpeakerResolver, full_names, genders


@dataclass
class _Paragraph:
    """What the passes read and write for one body paragraph: its sentences, quote marks, tokens, rows."""

    index: int
    start: int
    end: int
    sentences: list[tuple[int, int]]
    marks: list[Marked]
    toks: list[Token]
    rows: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]
        self.spans = [(m.open_at if m.open_at >= 0 else m.start, m.after) for m in self.marks]  # with the marks
        self.token_starts = [t.start for t in self.toks]

    def tokens(self, a: int, b: int, last: int | None = None) -> list[Token]:
        return within(self.toks, self.token_starts, a, b, last)


@dataclass
class _Carry:
    """What a paragraph hands the next: who spoke last, and an introducer ("Caddell continued:")."""

    speaker: Row | None = None
    intro: Row | None = None


def _extract(article: Article) -> list[Row]:
    """The article's quotes and reported speech as rows, each pass run over each body paragraph in turn."""
    text = article.text
    rows: list[Row] = []
    carry = _Carry()
    for para in _paragraphs(article):
        turn = speaker_label(text, para.start, para.end)
        _transcript_turn(text, para, turn)
        _attribute_quotes(text, para, turn)
        _reported_speech(text, para)
        _quotes_inside_reported_speech(para)
        _carry_over(para, carry)
        rows.extend(para.rows)
        carry = _hand_on(text, para)
        if carry.intro is not None:
            rows.append(carry.intro)
    return rows


def _paragraphs(article: Article) -> Iterator[_Paragraph]:
    """The body paragraphs, with their sentences, their paired quote marks and their tokens."""
    text = article.text
    body = [(i, p.start, p.end) for i, p in enumerate(article.structure.paragraphs) if p.kind == "body"]
    by_para: dict[int, list[Marked]] = {}
    for m in find_quote_marks(text, body, lost_breaks=article.structure.layout == ONE_LINE):
        by_para.setdefault(m.paragraph, []).append(m)
    by_para_sents: dict[int, list[tuple[int, int]]] = {}
    for s, e, p, _ in sentence_spans(article):
        by_para_sents.setdefault(p, []).append((s, e))
    for pi, ps, pe in body:
        marks = by_para.get(pi, [])
        if marks or _may_attribute(text, ps, pe):
            toks = paragraph_tokens(article, pi, phrases=True)
            mark_quoted(toks, [(m.open_at if m.open_at >= 0 else m.start, m.after) for m in marks])
        else:
            toks = []  # no quote mark, cue word, label or introducing colon: nothing here to attribute
        yield _Paragraph(pi, ps, pe, by_para_sents.get(pi) or [(ps, pe)], marks, toks)


_CUE_WORDS = rules.SPEECH_VERBS | rules.EVIDENCE_VERBS | rules.DEMAND_VERBS | {"according"}
_LETTERS = re.compile(r"[^\W\d_]+")


def _may_attribute(text: str, start: int, end: int) -> bool:
    """Can a paragraph without quote marks hold an attribution: a cue word ("said", "according", "found"),
    a transcript label or a closing colon that introduces the next paragraph? (Cheaper than its tokens.)"""
    if text[start:end].rstrip().endswith(":") or speaker_label(text, start, end) is not None:
        return True
    return not _CUE_WORDS.isdisjoint(_LETTERS.findall(text[start:end].lower()))


def _transcript_turn(text: str, para: _Paragraph, turn: tuple[tuple[int, int], int] | None) -> None:
    """A paragraph that opens with a speaker's label ("WALLACE: ...") is that speaker's turn."""
    if turn is None:
        return
    label, content_from = turn
    opening = next((m for m in para.marks if m.open_at == para.start or (m.continued and m.start == para.start + 1)),
                   None)  # fmt: skip
    if opening is not None and opening.start <= content_from < opening.end:
        opening.start = content_from
    elif opening is None:
        end = trim_end(text, content_from, para.end)
        para.rows.append(Row("direct", content_from, end, para.index, "transcript turn", mention=label))


def _attribute_quotes(text: str, para: _Paragraph, turn: tuple[tuple[int, int], int] | None) -> None:
    """Each quote of the paragraph, attributed by its cue after it or before it, and given its kind."""
    for qi, m in enumerate(para.marks):
        if turn is not None and m.start == turn[1]:
            para.rows.append(Row("direct", m.start, m.end, para.index, "transcript turn", turn[0], marked=m))
        else:
            para.rows.append(_attribute_quote(text, para, qi, m))


def _attribute_quote(text: str, para: _Paragraph, qi: int, m: Marked) -> Row:
    """One quote's row: the words after its closing mark up to its sentence's end (`tail`) are read for
    `"...," X said`, else the words before it in its sentence (`head`) for `X said: "..."`."""
    sents, starts, spans = para.sentences, para.sentence_starts, para.spans
    s_start, _ = sentence_bounds(sents, starts, m.open_at if m.open_at >= 0 else m.start)
    close = m.close_at if m.close_at >= 0 else m.end
    _, s_end = sentence_bounds(sents, starts, close)
    head_from = max(s_start, spans[qi - 1][1] if qi else para.start)
    tail_from = m.after
    extended = False
    if s_end <= tail_from and (k := bisect.bisect_right(starts, close)) < len(sents):
        s_end, extended = sents[k][1], True  # the quote ended its sentence: `"...?" Graham asked.`
    tail_to = min(s_end, spans[qi + 1][0] if qi + 1 < len(spans) else para.end)
    head_to = m.open_at if m.open_at >= 0 else m.start
    row = Row("quote", m.start, m.end, para.index, "", marked=m)
    tail = para.tokens(tail_from, tail_to) if tail_from < tail_to else []
    long_quote = words_in(text, m.start, m.end) > rules.SCARE_QUOTE_MAX_WORDS
    found = attribute_after(text, tail, long_quote) if m.closed and not m.continues else None
    if found and extended and not ends_clause(tail, found[1][1]):
        found = None  # `"..." She says it ...` is a new sentence, not this quote's attribution
    head = para.tokens(s_start, head_to, HEAD_SENTENCE) if head_from < head_to else []
    named = None  # `Sen. Claire McCaskill scolded him: "...," she said`: "she" is the name before
    if found and pronoun_at(tail, found[0]) and (before := attribute_before(text, head)):
        named = None if pronoun_at(head, before[0]) else before
    if found:
        row.rule = '"...," X said' if found[0][0] < found[1][0] else '"...," said X'
        toks_ = tail
    else:
        found = attribute_before(text, head)
        toks_ = head
        if found:
            row.rule = 'X said: "..."' if head and head[-1].text in ":," else 'X CUE "..."'
    if found:
        np, cue, title = found
        row.mention = phrase(text, toks_, np)
        row.cue = char_span(toks_, cue)
        row.title = title
        if named is not None:
            row.refers_to, row.title = phrase(text, head, named[0]), named[2]
    row.kind = quote_kind(
        text, m, head_from, head_to, tail, bool(found) and row.rule.startswith('"'), found is not None
    )
    return row


def _reported_speech(text: str, para: _Paragraph) -> None:
    """Reported speech outside the quote marks, sentence by sentence."""
    for s, e in para.sentences:
        para.rows.extend(reported_speech(text, para.tokens(s, e), (s, e), para.index, para.spans))


def _quotes_inside_reported_speech(para: _Paragraph) -> None:
    """A quote with no attribution of its own inside a reported clause is that clause's speaker's
    ("Politifact ruled that it is “true”")."""
    reported = sorted((r for r in para.rows if r.kind == "indirect"), key=lambda r: r.start)
    reported_starts = [r.start for r in reported]
    for r in para.rows:
        if r.mention is None and r.marked is not None:
            k = bisect.bisect_right(reported_starts, r.start)
            outer = reported[k - 1] if k and r.end <= reported[k - 1].end + 2 else None
            if outer is not None:
                r.mention, r.cue, r.title, r.rule = outer.mention, outer.cue, outer.title, "inside reported speech"


def _carry_over(para: _Paragraph, carry: _Carry) -> None:
    """Quotes that name nobody take their speaker from a paragraph mate, from the paragraph that
    introduced them ("X continued:"), or from the paragraph before when they open this one (wire style)."""
    para.rows.sort(key=lambda r: r.start)
    attributed = [r for r in para.rows if r.mention is not None]
    attributed_starts = [r.start for r in attributed]
    for r in para.rows:
        if r.mention is not None or r.kind == "scare":
            continue
        opens = r.marked is not None and r.marked.open_at == para.start
        mate = nearest_attributed(attributed, attributed_starts, r)
        if mate is not None:
            r.carried_from, r.rule, r.mention = mate, "same paragraph", mate.mention
        elif carry.intro is not None and opens:
            r.carried_from, r.rule, r.mention, r.cue = carry.intro, "X said:", carry.intro.mention, carry.intro.cue
        elif carry.speaker is not None and opens:
            r.carried_from, r.rule = carry.speaker, "carried over"
        elif r.marked is not None and r.marked.continued and carry.speaker is not None:
            r.carried_from, r.rule = carry.speaker, "quote continues"
        else:
            r.rule = r.rule or "no attribution"
    for r in para.rows:
        if r.kind == "scare" and not r.rule:
            r.rule = "scare quote"


def _hand_on(text: str, para: _Paragraph) -> _Carry:
    """The last speaker of the paragraph, and an introducer when it ends with a colon."""
    speaking = [r for r in para.rows if r.mention is not None or r.carried_from is not None]
    intro = None
    if text[para.start : para.end].rstrip().endswith(":"):
        intro = introducer(text, para.tokens(*para.sentences[-1]), para.index)
    return _Carry(speaking[-1] if speaking else None, intro)


_RECORDS: weakref.WeakKeyDictionary[Article, list[QuoteRecord]] = weakref.WeakKeyDictionary()


def quote_records(a: Article) -> list[QuoteRecord]:
    """One article's quotes (every column of `newslens.quotes` but `words`), computed once per Article and
    shared: sentiment's `quoted` and `speaker` columns and the figures' claimants read them."""
    cached = _RECORDS.get(a)
    if cached is not None:
        return cached
    text = a.text
    rows = _extract(a)
    sent_starts = [s for s, _, _, _ in sentence_spans(a)]
    names = full_names(text)
    people = SpeakerResolver(names, genders(text, names))
    for r in rows:
        if r.mention is not None and r.carried_from is None:
            r.speaker, r.title, _ = people.resolve(text, r.refers_to or r.mention, r.title)
    for r in rows:
        if r.carried_from is not None:
            src = r.carried_from
            while src.carried_from is not None:
                src = src.carried_from
            r.speaker, r.title, r.cue = src.speaker, src.title, None
    out: list[QuoteRecord | None] = []
    seen: dict[tuple[int, int], int] = {}  # span -> index in out: one row per span, the attributed one
    for r in rows:
        if r.kind == "_intro":
            continue
        if (r.start, r.end) in seen:
            k = seen[(r.start, r.end)]
            if out[k].speaker is not None or r.speaker is None:
                continue
            out[k] = None  # replaced by this attributed row
        seen[(r.start, r.end)] = len(out)
        own = (r.mention is not None and r.carried_from is None) or r.rule == "same paragraph"
        source = r.mention or _source_mention(r)
        out.append(
            QuoteRecord(
                a.id,
                r.kind,
                text[r.start : r.end],
                r.start,
                r.end,
                r.speaker,
                text[source[0] : source[1]] if source else None,
                r.mention[0] if r.mention and own else None,
                r.mention[1] if r.mention and own else None,
                r.title or None,
                text[r.cue[0] : r.cue[1]] if r.cue else None,
                r.cue[0] if r.cue else None,
                r.cue[1] if r.cue else None,
                r.paragraph,
                max(0, bisect.bisect_right(sent_starts, r.start) - 1),
                r.rule,
            )
        )
    records = [r for r in out if r is not None]
    _RECORDS[a] = records
    return records


def _source_mention(r: Row) -> tuple[int, int] | None:
    """For a quote carried over from an earlier paragraph: the words that named its speaker there."""
    src = r.carried_from
    while src is not None and src.mention is None:
        src = src.carried_from
    return src.mention if src is not None else None
