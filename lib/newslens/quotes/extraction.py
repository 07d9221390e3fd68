"""One article's quotes, found and attributed.

`quote_records(article)` runs, paragraph by paragraph, the passes a wire editor would: pair the quote
marks, attribute each quote, find reported speech, give a quote inside a reported clause that clause's
speaker, carry attribution over to the quotes that name nobody, and resolve every speaker phrase.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import rules
from ..articles import Article
from ..articles.layout import ONE_LINE
from ..tokenize import sentence_spans
from ..tokens import Token, mark_quoted, span_letter_words, span_tokens, within
from .attribution import (
    HEAD_SENTENCE,
    attribute_after,
    attribute_before,
    characterised_as,
    fronted_participle,
    introducer,
    introduces,
    join_interrupted,
    label_line,
    names_a_work,
    nearest_attributed,
    pronoun_at,
    quote_kind,
    sentence_bounds,
    speaker_label,
    subject_of_cue,
)
from .clauses import end_before_other_attributions, ends_clause
from .marks import Marked, find_quote_marks, is_nickname, runs_on, trim_end
from .phrases import char_span, phrase, words_in
from .records import QuoteRecord, Row
from .reported import reported_speech
from .screening import may_attribute, may_report
from .speakers import SpeakerResolver


@dataclass
class _Paragraph:
    """What the passes read and write for one body paragraph: its sentences, quote marks, rows, and the
    tokens of the sentences the passes read (tokenized when first read: most sentences never are)."""

    article: Article
    index: int
    start: int
    end: int
    sentences: list[tuple[int, int]]
    marks: list[Marked]
    active: bool  # can the paragraph hold an attribution at all (see `may_attribute`)?
    before_quote: bool  # does the next body paragraph open with a quote?
    rows: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]
        self.spans = [(m.open_at if m.open_at >= 0 else m.start, m.after) for m in self.marks]  # with the marks
        self._read: dict[int, tuple[list[Token], list[int]]] = {}

    def _sentence(self, k: int) -> tuple[list[Token], list[int]]:
        if k not in self._read:
            toks = span_tokens(self.article, *self.sentences[k])
            mark_quoted(toks, self.spans)
            self._read[k] = (toks, [t.start for t in toks])
        return self._read[k]

    def tokens(self, a: int, b: int, last: int | None = None) -> list[Token]:
        """The tokens in [a, b) (only the `last` ones when given)."""
        if not self.active:
            return []
        k = max(0, bisect.bisect_right(self.sentence_starts, a) - 1)
        toks, starts = self._sentence(k)
        if k + 1 >= len(self.sentences) or self.sentences[k + 1][0] >= b:
            return within(toks, starts, a, b, last)
        joined = list(toks)  # [a, b) runs over more than one sentence
        while k + 1 < len(self.sentences) and self.sentences[k + 1][0] < b:
            k += 1
            joined.extend(self._sentence(k)[0])
        return within(joined, [t.start for t in joined], a, b, last)


@dataclass
class _Carry:
    """What a paragraph hands the next: who spoke last, and an introducer ("Caddell continued:")."""

    speaker: Row | None = None
    intro: Row | None = None


def _extract(article: Article) -> tuple[list[Row], list[tuple[int, int]]]:
    """The article's quotes and reported speech as rows, each pass run over each body paragraph in turn;
    and the spans inside quote marks, with their marks."""
    text = article.text
    rows: list[Row] = []
    quoted: list[tuple[int, int]] = []
    carry = _Carry()
    for para in _paragraphs(article):
        quoted.extend(para.spans)
        turn = speaker_label(text, para.start, para.end)
        _transcript_turn(text, para, turn)
        _attribute_quotes(text, para, turn)
        _reported_speech(text, para)
        _quotes_inside_reported_speech(text, para)
        _after_an_attributing_sentence(text, para)
        _carry_over(para, carry)
        para.rows = join_interrupted(text, para.rows, para.sentence_starts)
        rows.extend(para.rows)
        carry = _hand_on(text, para)
        if carry.intro is not None:
            rows.append(carry.intro)
    return rows, quoted


def _paragraphs(article: Article) -> Iterator[_Paragraph]:
    """The body paragraphs, with their sentences, their paired quote marks and their tokens."""
    text = article.text
    body = [(i, p.start, p.end) for i, p in enumerate(article.structure.paragraphs) if p.kind == "body"]
    by_para: dict[int, list[Marked]] = {}
    for m in find_quote_marks(text, body, lost_breaks=article.structure.layout == ONE_LINE):
        if not rules.CODE_QUOTE.fullmatch(text, m.start, m.end) and not is_nickname(text, m):
            by_para.setdefault(m.paragraph, []).append(m)  # (an id, a link or a nickname in marks is no quote)
    by_para_sents: dict[int, list[tuple[int, int]]] = {}
    for s, e, p, _ in sentence_spans(article):
        by_para_sents.setdefault(p, []).append((s, e))
    for n, (pi, ps, pe) in enumerate(body):
        marks = by_para.get(pi, [])
        ahead = by_para.get(body[n + 1][0], []) if n + 1 < len(body) else []
        next_opens = bool(ahead) and ahead[0].open_at == body[n + 1][1]  # the next paragraph opens with a quote
        sentences = by_para_sents.get(pi) or [(ps, pe)]
        active = bool(marks) or may_attribute(article, ps, pe, sentences, next_opens)  # else nothing to attribute
        yield _Paragraph(article, pi, ps, pe, sentences, marks, active, next_opens)


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
        para.rows.append(Row("direct", content_from, end, para.index, "transcript turn", mention=label,
                             marks=[(content_from, end)]))  # fmt: skip


def _attribute_quotes(text: str, para: _Paragraph, turn: tuple[tuple[int, int], int] | None) -> None:
    """Each quote of the paragraph, attributed by its cue after it or before it, and given its kind."""
    for qi, m in enumerate(para.marks):
        if turn is not None and m.start == turn[1]:
            para.rows.append(Row("direct", m.start, m.end, para.index, "transcript turn", turn[0], marked=m,
                                 marks=[(m.start, m.end)]))  # fmt: skip
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
    row = Row("quote", m.start, m.end, para.index, "", marked=m, marks=[(m.start, m.end)])
    tail = para.tokens(tail_from, tail_to) if tail_from < tail_to else []
    head = para.tokens(s_start, head_to, HEAD_SENTENCE) if head_from < head_to else []
    if head_from < head_to and names_a_work(head, text[m.start : m.end]):
        row.kind, row.rule = "scare", "title of a work"
        return row
    n_words = words_in(text, m.start, m.end)
    long_quote = n_words > rules.SCARE_QUOTE_MAX_WORDS
    found = attribute_after(text, tail, long_quote) if m.closed and not m.continues else None
    if found and extended and (not ends_clause(tail, found[1][1]) or (tail_to < s_end and tail[-1].text in ",:")):
        found = None  # `"..." She says it ...`, `"..." Jones said, "..."`: a new sentence, not this quote's cue
    if found and head and head[-1].word and not head[-1].quoted and runs_on(text, m):
        found = None  # `describing as "unhinged" a Donald Trump tweet attacking ...`: words inside a clause
    named = None  # `Sen. Claire McCaskill scolded him: "...," she said`: "she" is the name before
    if found and pronoun_at(tail, found[0]) and (before := attribute_before(text, head)):
        named = None if pronoun_at(head, before[0]) else before
    object_from = None  # where the object of a characterising cue starts: `called [the ruling "a disgrace"]`
    if found:
        row.rule = '"...," X said' if found[0][0] < found[1][0] else '"...," said X'
        toks_ = tail
    else:
        found = attribute_before(text, head)
        toks_ = head
        if found and (np := label_line(head)) is not None and np[0] > found[1][1]:
            found = None  # the nearest introducer wins: "With leaders worried about ..., Obama is rolling out a
            # new message: "..."" is Obama's
        if found:
            row.rule = 'X said: "..."' if head and head[-1].text in ":," else 'X CUE "..."'
            if head[found[1][1]].low in rules.CHARACTERIZING_VERBS and found[1][1] + 1 < len(head):
                object_from = head[found[1][1] + 1].start
        elif (np := label_line(head)) is not None:
            found, row.rule = (np, (len(head) - 1, len(head) - 1), ""), 'X: "..."'
        elif (characterised := characterised_as(head)) is not None:
            np, verb = characterised
            found, row.rule = (np, (verb, verb), ""), 'X VERB Y as "..."'
            object_from = head[verb + 1].start
        elif (fronted := fronted_participle(head, tail)) is not None:
            cue, np = fronted  # `After saying her foot was "so swollen ...," she was ...`: the main clause's subject
            row.rule, row.mention, row.cue = 'VERBing "...," X ...', phrase(text, tail, np), char_span(head, (cue, cue))
    if found:
        np, cue, title = found
        row.mention = phrase(text, toks_, np)
        row.cue = char_span(toks_, cue) if row.rule != 'X: "..."' else None
        row.title = title
        if named is not None:
            row.refers_to, row.title = phrase(text, head, named[0]), named[2]
    row.kind = quote_kind(
        text, m, n_words, head_from, head_to, tail, bool(found) and row.rule.startswith('"'), row.mention is not None
    )
    if row.rule == 'X: "..."':
        row.kind = "direct"
    if object_from is not None and row.kind == "partial" and object_from < head_to:
        row.start, row.end = object_from, m.after  # the clause that reports the words, with their marks
    return row


def _reported_speech(text: str, para: _Paragraph) -> None:
    """Reported speech outside the quote marks, sentence by sentence (those with a word that can start it)."""
    if not para.active:
        return
    for s, e in para.sentences:
        if may_report(span_letter_words(para.article, s, e)):
            para.rows.extend(reported_speech(text, para.tokens(s, e), (s, e), para.index, para.spans))


def _quotes_inside_reported_speech(text: str, para: _Paragraph) -> None:
    """A quote inside a reported clause is that clause's speaker's words ("Politifact ruled that it is
    “true”"), and a partial or scare quote there is a partial quote whose row is the whole clause: `X said
    the plan was "a disgrace"` is one row, kind partial, spanning `the plan was "a disgrace"`."""
    reported = sorted((r for r in para.rows if r.kind == "indirect"), key=lambda r: r.start)
    reported_starts = [r.start for r in reported]
    end_before_other_attributions(text, para.rows, reported, reported_starts)
    absorbed = []
    for r in para.rows:
        if r.marked is None or r.kind not in ("partial", "scare") or r.rule == 'X VERB Y as "..."':
            continue
        k = bisect.bisect_right(reported_starts, r.start)
        outer = reported[k - 1] if k and r.end <= reported[k - 1].end + 2 else None
        if outer is None or (r.mention is not None and r.cue != outer.cue):
            continue  # outside any reported clause, or attributed to someone else there
        outer.kind = "partial"
        outer.marks.append((r.start, r.end))
        outer.end = max(outer.end, min(r.marked.after, r.end + 1))
        absorbed.append(r)
    if absorbed:
        gone = {id(r) for r in absorbed}
        para.rows = [r for r in para.rows if id(r) not in gone]


def _after_an_attributing_sentence(text: str, para: _Paragraph) -> None:
    """A quote that is a sentence of its own, with no attribution, right after a sentence of the same
    paragraph whose subject speaks without quoting ("X called him a master at deals. "He showed ...""),
    is that subject's."""
    for r in para.rows:
        if r.mention is not None or r.marked is None or r.kind == "scare":
            continue
        k = bisect.bisect_right(para.sentence_starts, r.marked.open_at) - 1
        if k < 1 or r.marked.open_at - para.sentences[k][0] > 1:
            continue
        toks = para.tokens(*para.sentences[k - 1])
        if not toks or any(t.quoted for t in toks):
            continue
        found = attribute_before(text, toks)
        if found is not None:
            (np, cue, title), r.rule = found, 'X said. "..."'
            r.mention, r.cue, r.title = phrase(text, toks, np), char_span(toks, cue), title


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
    elif not para.marks and para.before_quote:
        last = para.sentences[-1]
        toks = para.tokens(*last)
        if toks and (np := introduces(toks)) is not None:  # "Zelensky had a warning for Moscow."
            intro = Row("_intro", last[1], last[1], para.index, "X had a warning:", phrase(text, toks, np))
    return _Carry(speaking[-1] if speaking else None, intro)


_RECORDS: weakref.WeakKeyDictionary[Article, list[QuoteRecord]] = weakref.WeakKeyDictionary()


def quote_records(a: Article) -> list[QuoteRecord]:
    """One article's quotes (every column of `newslens.quotes` but `words`), computed once per Article and
    shared: sentiment's `quoted` and `speaker` columns and the figures' claimants read them."""
    cached = _RECORDS.get(a)
    if cached is not None:
        return cached
    text = a.text
    rows, quoted = _extract(a)
    sent_starts = [s for s, _, _, _ in sentence_spans(a)]
    people = SpeakerResolver(a, quoted)
    for r in sorted(rows, key=lambda r: r.start):
        if r.mention is not None and r.carried_from is None:
            found = people.resolve(
                text, r.refers_to or r.mention, r.title, r.rule == "transcript turn", subject_of_cue(text, r)
            )
            r.speaker, r.title, r.speaker_type = found.name, found.title, found.type
            if found.unsure:
                r.rule += " (pronoun unresolved)"
    for r in rows:
        if r.carried_from is not None:
            src = r.carried_from
            while src.carried_from is not None:
                src = src.carried_from
            r.speaker, r.title, r.speaker_type, r.cue = src.speaker, src.title, src.speaker_type, None
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
                (r.speaker_type or None) if r.speaker else None,
                text[r.cue[0] : r.cue[1]] if r.cue else None,
                r.cue[0] if r.cue else None,
                r.cue[1] if r.cue else None,
                r.paragraph,
                max(0, bisect.bisect_right(sent_starts, r.start) - 1),
                r.rule,
                tuple(r.marks),
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
